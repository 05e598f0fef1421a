//! The load generator: devices over real TLS WebSockets, closed-loop or paced senders, and
//! receivers that measure send → deliver latency against one in-process clock.
//!
//! Modes: `raw` sends opaque payloads through the real server path (auth, durable queues,
//! group commit, fan-out, acks); `e2e` runs real MLS engines (encrypt, post, fan-out, decrypt;
//! client state stays in memory, its persistence cost is a criterion benchmark); `bare` drives
//! the in-tree relay (no auth, no storage) with the same plan.

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::Duration,
};

use anyhow::{Context, bail};
use conclave_client::{Auth, Connection, Endpoint};
use conclave_client_core::{DeviceKey, Engine, Event, HistoryBody, envelope::Content};
use conclave_proto::{
    Delivery, DeviceId, GroupEvent, GroupId, PayloadKind, QueueSeq, Request, Response, SecretCode,
    Timestamp, Username,
};
use futures_util::{SinkExt as _, StreamExt as _};
use tokio::sync::Semaphore;
use tokio_tungstenite::tungstenite::Message;

use crate::stats::{Clock, Latencies};

/// Who sends to whom, how much and how fast.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Each group's member device indices; every member sends to the others of its group.
    pub groups: Vec<Vec<usize>>,
    pub devices: usize,
    /// Messages each member sends.
    pub per_sender: usize,
    /// Paced: total messages per second over all senders. `None`: closed loop (one in flight
    /// per sender).
    pub rate: Option<f64>,
    pub payload: usize,
    pub time_limit: Duration,
}

impl Plan {
    pub fn expected_messages(&self) -> u64 {
        self.groups
            .iter()
            .map(|g| (g.len() * self.per_sender) as u64)
            .sum()
    }
    pub fn expected_deliveries(&self) -> u64 {
        self.groups
            .iter()
            .map(|g| (g.len() * (g.len() - 1) * self.per_sender) as u64)
            .sum()
    }
    fn senders(&self) -> Vec<(usize, Vec<usize>)> {
        let mut out = Vec::new();
        for g in &self.groups {
            for &m in g {
                out.push((m, g.iter().copied().filter(|&o| o != m).collect()));
            }
        }
        out
    }
}

/// What a run measured.
#[derive(Debug, Default)]
pub struct Outcome {
    pub accepted: u64,
    pub delivered: u64,
    pub ack: Latencies,
    pub deliver: Latencies,
    /// Cluster runs: deliveries whose sender and recipient are on different nodes.
    pub deliver_cross: Latencies,
    pub elapsed: Duration,
    pub timed_out: bool,
}

/// Shared counters of a run.
struct Shared {
    clock: Clock,
    accepted: AtomicU64,
    delivered: AtomicU64,
    stop: AtomicBool,
    ack: Mutex<Latencies>,
    deliver: Mutex<Latencies>,
    deliver_cross: Mutex<Latencies>,
}

impl Shared {
    fn new(clock: Clock) -> Arc<Shared> {
        Arc::new(Shared {
            clock,
            accepted: AtomicU64::new(0),
            delivered: AtomicU64::new(0),
            stop: AtomicBool::new(false),
            ack: Mutex::default(),
            deliver: Mutex::default(),
            deliver_cross: Mutex::default(),
        })
    }
    fn lock<'a>(m: &'a Mutex<Latencies>) -> std::sync::MutexGuard<'a, Latencies> {
        m.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// `[t_ns u64][sender u32][i u32]` then zeros up to `size`.
fn stamp(clock: &Clock, sender: usize, i: usize, size: usize) -> Vec<u8> {
    let mut p = Vec::with_capacity(size.max(16));
    p.extend_from_slice(&clock.now_ns().to_le_bytes());
    p.extend_from_slice(&(sender as u32).to_le_bytes());
    p.extend_from_slice(&(i as u32).to_le_bytes());
    p.resize(size.max(16), 0);
    p
}

fn stamped_at(p: &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(p.get(..8)?.try_into().ok()?))
}

fn stamped_sender(p: &[u8]) -> Option<usize> {
    Some(u32::from_le_bytes(p.get(8..12)?.try_into().ok()?) as usize)
}

/// When sender `j` of `senders` sends its message `i`, relative to the start (paced plans).
fn due(plan: &Plan, senders: usize, j: usize, i: usize) -> Option<Duration> {
    plan.rate
        .map(|r| Duration::from_secs_f64((i * senders + j) as f64 / r))
}

async fn wait_done(shared: &Shared, plan: &Plan, started: tokio::time::Instant) -> bool {
    let expected = (plan.expected_messages(), plan.expected_deliveries());
    loop {
        let got = (
            shared.accepted.load(Ordering::Relaxed),
            shared.delivered.load(Ordering::Relaxed),
        );
        if got.0 >= expected.0 && got.1 >= expected.1 {
            return false;
        }
        if started.elapsed() > plan.time_limit {
            shared.stop.store(true, Ordering::Relaxed);
            return true;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

fn outcome(shared: &Shared, elapsed: Duration, timed_out: bool) -> Outcome {
    Outcome {
        accepted: shared.accepted.load(Ordering::Relaxed),
        delivered: shared.delivered.load(Ordering::Relaxed),
        ack: std::mem::take(&mut *Shared::lock(&shared.ack)),
        deliver: std::mem::take(&mut *Shared::lock(&shared.deliver)),
        deliver_cross: std::mem::take(&mut *Shared::lock(&shared.deliver_cross)),
        elapsed,
        timed_out,
    }
}

// ---------------------------------------------------------------------------------- devices

/// A registered device of the server under test.
pub struct Device {
    /// The cluster node it is connected to (0 for a single server).
    pub node: usize,
    pub id: DeviceId,
    pub username: Username,
    pub key: DeviceKey,
    pub conn: Arc<Connection>,
    pub deliveries: Option<tokio::sync::mpsc::Receiver<Delivery>>,
}

/// Registers `n` devices (accounts) with invitations made by the admin account.
pub async fn register(
    endpoint: &Endpoint,
    admin_link: &conclave_proto::ServerLink,
    n: usize,
    prefix: &str,
) -> anyhow::Result<Vec<Device>> {
    register_on(std::slice::from_ref(endpoint), admin_link, n, prefix).await
}

/// [`register`] on a cluster: device `i` connects to node `i % nodes.len()`.
pub async fn register_on(
    nodes: &[Endpoint],
    admin_link: &conclave_proto::ServerLink,
    n: usize,
    prefix: &str,
) -> anyhow::Result<Vec<Device>> {
    let endpoint = nodes.first().context("no node")?;
    let admin_key = DeviceKey::generate(&mut rand::rngs::OsRng);
    let admin = Connection::open(
        endpoint,
        Auth::Register {
            invite: admin_link.code.clone(),
            username: &format!("{prefix}admin"),
            device_name: "bench",
            key: &admin_key,
        },
    )
    .await
    .context("registering the bench admin")?;
    let mut codes: Vec<SecretCode> = Vec::new();
    let mut left = n;
    while left > 0 {
        let uses = left.min(conclave_proto::limits::INVITE_USES_MAX as usize);
        match admin
            .request(Request::InviteCreate {
                uses: uses as u32,
                expires_in_secs: 24 * 3600,
            })
            .await?
        {
            Response::InviteCreated(c) => {
                for _ in 0..uses {
                    codes.push(c.code.clone());
                }
            }
            other => bail!("unexpected {other:?}"),
        }
        left -= uses;
    }
    admin.close().await;
    let permits = Arc::new(Semaphore::new(32));
    let mut tasks = Vec::with_capacity(n);
    for (i, code) in codes.into_iter().enumerate() {
        let node = i % nodes.len();
        let (endpoint, permits) = (nodes[node].clone(), permits.clone());
        let name = format!("{prefix}{i:06}");
        tasks.push(tokio::spawn(async move {
            let _permit = permits.acquire_owned().await?;
            let key = DeviceKey::generate(&mut rand::rngs::OsRng);
            let mut conn = Connection::open(
                &endpoint,
                Auth::Register {
                    invite: code,
                    username: &name,
                    device_name: "bench",
                    key: &key,
                },
            )
            .await
            .with_context(|| format!("registering {name}"))?;
            let deliveries = conn.take_deliveries();
            anyhow::Ok(Device {
                node,
                id: conn.device(),
                username: Username::parse(&name)?,
                key,
                conn: Arc::new(conn),
                deliveries: Some(deliveries),
            })
        }));
    }
    let mut out = Vec::with_capacity(n);
    for t in tasks {
        out.push(t.await??);
    }
    Ok(out)
}

/// Receives a device's queue in order (filling gaps left by dropped pushes with `fetch`),
/// hands each delivery to `handle`, and acknowledges in batches.
async fn receive(
    conn: Arc<Connection>,
    mut rx: tokio::sync::mpsc::Receiver<Delivery>,
    shared: Arc<Shared>,
    mut handle: impl FnMut(&Delivery) + Send,
) {
    // Acknowledgements are off the latency path: like a real client, acknowledge what was
    // handled in batches (every ACK_EVERY or 256 entries), not after each delivery.
    const ACK_EVERY: Duration = Duration::from_millis(20);
    let mut last = 0u64;
    let mut unacked: Vec<QueueSeq> = Vec::new();
    let mut oldest_unacked = tokio::time::Instant::now();
    loop {
        if !unacked.is_empty() && oldest_unacked.elapsed() >= ACK_EVERY {
            let (conn, seqs) = (conn.clone(), std::mem::take(&mut unacked));
            tokio::spawn(async move { conn.ack(seqs).await });
        }
        let wait = if unacked.is_empty() {
            Duration::from_millis(100)
        } else {
            ACK_EVERY.saturating_sub(oldest_unacked.elapsed())
        };
        let d = match tokio::time::timeout(wait, rx.recv()).await {
            Ok(Some(d)) => d,
            Ok(None) => return,
            Err(_) if shared.stop.load(Ordering::Relaxed) => return,
            Err(_) => continue,
        };
        if unacked.is_empty() {
            oldest_unacked = tokio::time::Instant::now();
        }
        if d.seq.0 <= last {
            continue;
        }
        if d.seq.0 > last + 1 {
            // Pushes were dropped (the receiver fell behind): read them from the queue.
            while last + 1 < d.seq.0 {
                let Ok(missing) = conn.fetch(QueueSeq(last), 256).await else {
                    return;
                };
                if missing.is_empty() {
                    break;
                }
                for m in missing.iter().filter(|m| m.seq.0 < d.seq.0) {
                    handle(m);
                    unacked.push(m.seq);
                    last = m.seq.0;
                }
                if missing.last().is_some_and(|m| m.seq.0 >= d.seq.0) {
                    break;
                }
            }
        }
        handle(&d);
        unacked.push(d.seq);
        last = d.seq.0;
        if unacked.len() >= 256 {
            let (conn, seqs) = (conn.clone(), std::mem::take(&mut unacked));
            tokio::spawn(async move { conn.ack(seqs).await });
        }
    }
}

// ---------------------------------------------------------------------------------- raw

pub async fn run_raw(devices: &mut [Device], plan: &Plan) -> anyhow::Result<Outcome> {
    let shared = Shared::new(Clock::new());
    let mut receivers = Vec::new();
    let nodes: Arc<Vec<usize>> = Arc::new(devices.iter().map(|d| d.node).collect());
    for d in devices.iter_mut() {
        let rx = d.deliveries.take().context("deliveries taken")?;
        let shared2 = shared.clone();
        let (nodes, here) = (nodes.clone(), d.node);
        receivers.push(tokio::spawn(receive(
            d.conn.clone(),
            rx,
            shared.clone(),
            move |d| {
                // The Welcomes of the groups formed before the run are not part of it.
                if d.kind != PayloadKind::Opaque {
                    return;
                }
                if let Some(t) = stamped_at(&d.payload) {
                    let latency = shared2.clock.since(t);
                    Shared::lock(&shared2.deliver).record(latency);
                    let from = stamped_sender(&d.payload).and_then(|s| nodes.get(s).copied());
                    if from.is_some_and(|n| n != here) {
                        Shared::lock(&shared2.deliver_cross).record(latency);
                    }
                }
                shared2.delivered.fetch_add(1, Ordering::Relaxed);
            },
        )));
    }
    let started = tokio::time::Instant::now();
    let senders = plan.senders();
    let count = senders.len();
    for (j, (sender, to)) in senders.into_iter().enumerate() {
        let conn = devices[sender].conn.clone();
        let recipients: Vec<DeviceId> = to.iter().map(|&t| devices[t].id).collect();
        let (shared, plan) = (shared.clone(), plan.clone());
        tokio::spawn(async move {
            for i in 0..plan.per_sender {
                if let Some(at) = due(&plan, count, j, i) {
                    tokio::time::sleep_until(started + at).await;
                }
                if shared.stop.load(Ordering::Relaxed) {
                    return;
                }
                let payload = stamp(&shared.clock, sender, i, plan.payload);
                let t = shared.clock.now_ns();
                match conn.send(recipients.clone(), payload).await {
                    Ok(_) => {
                        Shared::lock(&shared.ack).record(shared.clock.since(t));
                        shared.accepted.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(e) => {
                        eprintln!("send failed: {e}");
                        return;
                    }
                }
            }
        });
    }
    let timed_out = wait_done(&shared, plan, started).await;
    let elapsed = started.elapsed();
    shared.stop.store(true, Ordering::Relaxed);
    Ok(outcome(&shared, elapsed, timed_out))
}

// ---------------------------------------------------------------------------------- e2e

/// Builds one MLS group per plan group (the first member creates it and adds the others).
/// Forms `groups` (member device indices, creator first) as real MLS groups at the server,
/// outside the measured part: opaque `Send`s reach only devices that share a conversation with
/// the sender (or the sender's own), so raw runs need the groups the server knows.
pub async fn share_groups(devices: &mut [Device], groups: &[Vec<usize>]) -> anyhow::Result<()> {
    let plan = Plan {
        groups: groups.to_vec(),
        devices: devices.len(),
        per_sender: 0,
        rate: None,
        payload: 0,
        time_limit: Duration::from_secs(0),
    };
    setup_e2e(devices, &plan).await.map(drop)
}

pub async fn setup_e2e(
    devices: &mut [Device],
    plan: &Plan,
) -> anyhow::Result<(Vec<Arc<Mutex<Engine>>>, Vec<GroupId>)> {
    let engines: Vec<Arc<Mutex<Engine>>> = devices
        .iter()
        .map(|d| Arc::new(Mutex::new(Engine::new(d.username.clone(), d.id, &d.key))))
        .collect();
    let lock = |e: &Arc<Mutex<Engine>>| e.lock().unwrap_or_else(|p| p.into_inner()).key_packages(1);
    for (d, e) in devices.iter().zip(&engines) {
        let one_time = lock(e)?;
        match d
            .conn
            .request(Request::PublishKeyPackages {
                one_time,
                last_resort: None,
            })
            .await?
        {
            Response::KeyPackagesStored { .. } => {}
            other => bail!("unexpected {other:?}"),
        }
    }
    let mut groups = Vec::new();
    for g in &plan.groups {
        let creator = g[0];
        let conn = devices[creator].conn.clone();
        let engine = engines[creator].clone();
        let id = engine
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .create_group(
                conclave_client_core::envelope::ConversationMeta::Group {
                    name: "bench".into(),
                },
                Timestamp(0),
            )?;
        conn.request(Request::CreateGroup { group: id.clone() })
            .await?;
        let others: Vec<DeviceId> = g[1..].iter().map(|&m| devices[m].id).collect();
        let mut packages = Vec::new();
        for chunk in others.chunks(200) {
            match conn
                .request(Request::ClaimKeyPackages {
                    devices: chunk.to_vec(),
                })
                .await?
            {
                Response::KeyPackages(k) => packages.extend(k),
                other => bail!("unexpected {other:?}"),
            }
        }
        let prepared = engine
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .prepare_commit(&id, packages, &[])?;
        let seq = match conn
            .request(Request::Commit {
                group: id.clone(),
                epoch: prepared.epoch,
                commit: prepared.commit,
                added: prepared.added,
                removed: prepared.removed,
                welcome: prepared.welcome,
            })
            .await?
        {
            Response::Committed { seq, .. } => seq,
            other => bail!("unexpected {other:?}"),
        };
        engine
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .commit_accepted(&id, seq, Timestamp(0))?;
        // Every other member joins from its Welcome.
        for &m in &g[1..] {
            let queued = devices[m].conn.fetch(QueueSeq(0), 16).await?;
            let mut joined = false;
            for d in &queued {
                let events = engines[m]
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .process(d)?;
                joined |= events.iter().any(|e| matches!(e, Event::Joined { .. }));
            }
            if !joined {
                bail!("device {} did not join", devices[m].id);
            }
            devices[m]
                .conn
                .ack(queued.iter().map(|d| d.seq).collect())
                .await?;
        }
        groups.push(id);
    }
    Ok((engines, groups))
}

pub async fn run_e2e(
    devices: &mut [Device],
    engines: &[Arc<Mutex<Engine>>],
    groups: &[GroupId],
    plan: &Plan,
) -> anyhow::Result<Outcome> {
    let shared = Shared::new(Clock::new());
    for (i, d) in devices.iter_mut().enumerate() {
        let rx = d.deliveries.take().context("deliveries taken")?;
        let (shared2, engine) = (shared.clone(), engines[i].clone());
        tokio::spawn(receive(d.conn.clone(), rx, shared.clone(), move |d| {
            if d.kind != PayloadKind::Group {
                return;
            }
            let events = match engine.lock().unwrap_or_else(|p| p.into_inner()).process(d) {
                Ok(ev) => ev,
                Err(e) => {
                    eprintln!("decrypt failed: {e}");
                    return;
                }
            };
            for e in events {
                if let Event::Message(m) = e
                    && let HistoryBody::Message {
                        content: Content::Text { text },
                        ..
                    } = &m.body
                    && let Some(t) = text.split(' ').next().and_then(|t| t.parse::<u64>().ok())
                {
                    Shared::lock(&shared2.deliver).record(shared2.clock.since(t));
                    shared2.delivered.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    let group_of = |device: usize| {
        plan.groups
            .iter()
            .position(|g| g.contains(&device))
            .map(|i| groups[i].clone())
    };
    let started = tokio::time::Instant::now();
    let senders = plan.senders();
    let count = senders.len();
    for (j, (sender, _)) in senders.into_iter().enumerate() {
        let conn = devices[sender].conn.clone();
        let engine = engines[sender].clone();
        let group = group_of(sender).context("sender without group")?;
        let (shared, plan) = (shared.clone(), plan.clone());
        tokio::spawn(async move {
            let pad = "x".repeat(plan.payload.saturating_sub(24));
            for i in 0..plan.per_sender {
                if let Some(at) = due(&plan, count, j, i) {
                    tokio::time::sleep_until(started + at).await;
                }
                if shared.stop.load(Ordering::Relaxed) {
                    return;
                }
                let t = shared.clock.now_ns();
                let text = format!("{t} {pad}");
                let prepared = {
                    let mut e = engine.lock().unwrap_or_else(|p| p.into_inner());
                    let id = match e.fresh_message_id() {
                        Ok(id) => id,
                        Err(_) => return,
                    };
                    match e.prepare_message(&group, id, Content::Text { text }, Timestamp(0)) {
                        Ok(p) => p,
                        Err(err) => {
                            eprintln!("encrypt failed: {err}");
                            return;
                        }
                    }
                };
                let request = Request::GroupMessage {
                    group: group.clone(),
                    epoch: prepared.epoch,
                    message: prepared.bytes.clone(),
                };
                match conn.request(request).await {
                    Ok(Response::Posted { seq }) => {
                        engine
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .message_posted(&prepared, seq, Timestamp(0));
                        Shared::lock(&shared.ack).record(shared.clock.since(t));
                        shared.accepted.fetch_add(1, Ordering::Relaxed);
                    }
                    other => {
                        eprintln!("post failed: {other:?}");
                        return;
                    }
                }
            }
        });
    }
    let timed_out = wait_done(&shared, plan, started).await;
    let elapsed = started.elapsed();
    shared.stop.store(true, Ordering::Relaxed);
    Ok(outcome(&shared, elapsed, timed_out))
}

// ---------------------------------------------------------------------------------- bare

type BareSocket = conclave_client::raw::Socket;

pub async fn run_bare(endpoint: &Endpoint, plan: &Plan) -> anyhow::Result<Outcome> {
    let shared = Shared::new(Clock::new());
    // Connect and join every device to its group (a group id per plan group).
    let mut sockets: Vec<Option<BareSocket>> = Vec::with_capacity(plan.devices);
    for _ in 0..plan.devices {
        sockets.push(Some(conclave_client::raw::connect(endpoint).await?));
    }
    for (gi, g) in plan.groups.iter().enumerate() {
        for &m in g {
            let s = sockets[m].as_mut().context("socket")?;
            s.send(Message::Binary((gi as u32).to_le_bytes().to_vec().into()))
                .await?;
        }
    }
    // Each device: a writer (sender loop) and a reader (acks and deliveries).
    let senders = plan.senders();
    let count = senders.len();
    let mut plans: Vec<Option<usize>> = vec![None; plan.devices];
    for (j, (sender, _)) in senders.iter().enumerate() {
        plans[*sender] = Some(j);
    }
    // Let every join land before the clock starts.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = tokio::time::Instant::now();
    for (device, socket) in sockets.iter_mut().enumerate() {
        let socket = socket.take().context("socket")?;
        let (mut sink, mut stream) = socket.split();
        let (shared_r, shared_w, plan) = (shared.clone(), shared.clone(), plan.clone());
        let acks = Arc::new(Semaphore::new(0));
        let acks_w = acks.clone();
        tokio::spawn(async move {
            while let Some(Ok(m)) = stream.next().await {
                let Message::Binary(b) = m else { continue };
                match b.first() {
                    Some(b'A') => {
                        if let Some(t) = stamped_at(&b[1..]) {
                            Shared::lock(&shared_r.ack).record(shared_r.clock.since(t));
                        }
                        shared_r.accepted.fetch_add(1, Ordering::Relaxed);
                        acks.add_permits(1);
                    }
                    Some(b'D') => {
                        if let Some(t) = stamped_at(&b[1..]) {
                            Shared::lock(&shared_r.deliver).record(shared_r.clock.since(t));
                        }
                        shared_r.delivered.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => {}
                }
                if shared_r.stop.load(Ordering::Relaxed) {
                    return;
                }
            }
        });
        let Some(j) = plans[device] else { continue };
        tokio::spawn(async move {
            for i in 0..plan.per_sender {
                if let Some(at) = due(&plan, count, j, i) {
                    tokio::time::sleep_until(started + at).await;
                }
                if shared_w.stop.load(Ordering::Relaxed) {
                    return;
                }
                let mut frame = vec![b'M'];
                frame.extend(stamp(&shared_w.clock, device, i, plan.payload));
                if sink.send(Message::Binary(frame.into())).await.is_err() {
                    return;
                }
                // Closed loop: the next after the ack.
                match acks_w.acquire().await {
                    Ok(p) => p.forget(),
                    Err(_) => return,
                }
            }
            // Keep the socket open until the run ends.
            while !shared_w.stop.load(Ordering::Relaxed) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            let _ = sink.close().await;
        });
    }
    let timed_out = wait_done(&shared, plan, started).await;
    let elapsed = started.elapsed();
    shared.stop.store(true, Ordering::Relaxed);
    Ok(outcome(&shared, elapsed, timed_out))
}

/// A device that is offline while `n` payloads are queued for it, then comes back: how fast
/// does it drain?
pub async fn backlog(
    endpoint: &Endpoint,
    devices: &mut [Device],
    n: usize,
    payload: usize,
) -> anyhow::Result<(Outcome, Duration)> {
    let clock = Clock::new();
    let (sender, offline) = (devices[0].conn.clone(), devices[1].id);
    let key = DeviceKey::from_secret_bytes(&devices[1].key.secret_bytes());
    // Go offline: close the receiver's session.
    devices[1].deliveries.take();
    let conn = std::mem::replace(&mut devices[1].conn, sender.clone());
    if let Ok(conn) = Arc::try_unwrap(conn) {
        conn.close().await;
    }

    let shared = Shared::new(clock);
    let permits = Arc::new(Semaphore::new(64));
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        let permit = permits.clone().acquire_owned().await?;
        let (sender, shared) = (sender.clone(), shared.clone());
        let body = stamp(&shared.clock, 0, i, payload);
        tasks.push(tokio::spawn(async move {
            let _permit = permit;
            let t = shared.clock.now_ns();
            sender.send(vec![offline], body).await.map(|_| {
                Shared::lock(&shared.ack).record(shared.clock.since(t));
                shared.accepted.fetch_add(1, Ordering::Relaxed);
            })
        }));
    }
    for t in tasks {
        t.await??;
    }
    // Back online: drain.
    let started = tokio::time::Instant::now();
    let mut conn = Connection::open(
        endpoint,
        Auth::Device {
            id: offline,
            key: &key,
        },
    )
    .await?;
    let rx = conn.take_deliveries();
    let conn = Arc::new(conn);
    let shared2 = shared.clone();
    let receiver = tokio::spawn(receive(conn.clone(), rx, shared.clone(), move |_| {
        shared2.delivered.fetch_add(1, Ordering::Relaxed);
    }));
    let deadline = started + Duration::from_secs(120);
    let mut timed_out = false;
    while shared.delivered.load(Ordering::Relaxed) < n as u64 {
        if tokio::time::Instant::now() > deadline {
            timed_out = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let drain = started.elapsed();
    shared.stop.store(true, Ordering::Relaxed);
    let _ = receiver.await;
    let out = outcome(&shared, drain, timed_out);
    Ok((out, drain))
}

/// Decodes a group delivery (unused by raw mode; kept for symmetry in diagnostics).
#[allow(dead_code)]
fn group_event(d: &Delivery) -> Option<GroupEvent> {
    GroupEvent::decode(&d.payload).ok()
}
