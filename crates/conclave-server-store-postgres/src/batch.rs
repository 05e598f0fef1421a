//! One write batch of a node: the hot writes (enqueue, post, commit, ack) of many callers in
//! one transaction, with as few round trips as the semantics allow.
//!
//! 1. `BEGIN` and the batch's marker row, in one round trip.
//! 2. Every acknowledgement of the batch in one statement, then the release of acknowledged
//!    payloads: before the device locks, so that the locks other nodes wait for are held for
//!    as short a time as possible (a device acks entries committed by earlier batches only).
//! 3. Lock, in the global order, every group (ascending id) and every device (ascending id)
//!    the batch writes, reading the devices' queue counters: from here on the batch plans in
//!    memory against those counters and a cache of its groups.
//! 4. Run the operations in order. Each one checks everything that can refuse it against the
//!    in-memory state, then appends its payloads to the batch's pending writes (a refused one
//!    appends nothing). Commits change member lists at once (rare); posts cost no round trip
//!    after their group's first.
//! 5. Write every pending payload, queue row, device counter and group row in one statement.
//!
//! The global lock order is therefore: queue counters (acks), groups, devices, each ascending.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use conclave_proto::{DeviceId, GroupId, PayloadId, PayloadKind, QueueSeq, Timestamp};
use conclave_server_core::*;
use sqlx::{PgConnection, Row};

use crate::ops::{self, OpError, Result, id, ids};

/// (next seq, queue length) per device.
type Counters = BTreeMap<DeviceId, (i64, i64)>;

pub enum BatchOp<'a> {
    Enqueue(&'a NewPayload),
    Post(&'a GroupPost),
    Commit(&'a GroupCommit),
    Ack(DeviceId, &'a [QueueSeq]),
}

pub enum BatchOutcome {
    Enqueued(Enqueued),
    Posted(PostAccepted),
    Committed(CommitAccepted),
    Acked(u32),
}

struct CachedGroup {
    id: i64,
    epoch: u64,
    next_seq: u64,
    /// Ascending.
    members: Vec<DeviceId>,
    /// Members not in sync (1: behind, 2: rejoining; see migration 2), usually none.
    states: BTreeMap<DeviceId, i16>,
    dirty: bool,
}

const BEHIND: i16 = 1;
const REJOINING: i16 = 2;

impl CachedGroup {
    fn is_member(&self, d: DeviceId) -> bool {
        self.members.binary_search(&d).is_ok()
    }
    fn in_sync(&self, d: DeviceId) -> bool {
        self.is_member(d) && !self.states.contains_key(&d)
    }
    /// The sender of group traffic must be an in-sync member.
    fn check_sender(&self, d: DeviceId) -> std::result::Result<(), StoreError> {
        if !self.is_member(d) {
            Err(StoreError::NotMember)
        } else if !self.in_sync(d) {
            Err(StoreError::FellBehind(d))
        } else {
            Ok(())
        }
    }
}

/// A payload planned (recipients checked, seqs taken) but not yet written.
struct Pending {
    sender: DeviceId,
    kind: PayloadKind,
    sent_at: Timestamp,
    expires_at: Timestamp,
    body: Vec<u8>,
    /// (recipient, seq) in the caller's order.
    entries: Vec<(DeviceId, i64)>,
    /// Recipients left out because their queue was full (`OnFull::Skip`).
    skipped: Vec<DeviceId>,
}

/// An outcome waiting for the ids of its payloads (indices into the batch's pending writes).
enum Unfinished {
    Done(std::result::Result<BatchOutcome, StoreError>),
    Enqueued(usize, Vec<DeviceId>),
    Posted {
        seq: u64,
        recipients: Vec<DeviceId>,
        payloads: Vec<usize>,
        fell_behind: Vec<DeviceId>,
    },
    Committed {
        epoch: u64,
        seq: u64,
        recipients: Vec<DeviceId>,
        welcomed: Vec<DeviceId>,
        payloads: Vec<usize>,
        fell_behind: Vec<DeviceId>,
    },
    Acked,
}

#[derive(Default)]
struct State {
    counters: Counters,
    groups: HashMap<Vec<u8>, CachedGroup>,
    pending: Vec<Pending>,
}

/// Runs the batch inside an open transaction (the caller has sent BEGIN and the marker) and
/// returns an outcome per operation. An `Err` means the transaction is unusable.
pub async fn run(
    c: &mut PgConnection,
    ops: &[BatchOp<'_>],
) -> std::result::Result<Vec<std::result::Result<BatchOutcome, StoreError>>, sqlx::Error> {
    let sql = |e: OpError| match e {
        OpError::Sql(e) => e,
        OpError::Refused(e) => sqlx::Error::Protocol(e.to_string()),
    };
    let mut state = State::default();
    let t0 = std::time::Instant::now();
    let acked = ack_all(c, ops).await.map_err(sql)?;
    let t_acks = t0.elapsed();
    lock(c, ops, &mut state).await.map_err(sql)?;
    let t_lock = t0.elapsed();
    let mut unfinished = Vec::with_capacity(ops.len());
    for op in ops {
        let result = match op {
            BatchOp::Enqueue(p) => enqueue(&mut state, p),
            BatchOp::Post(p) => post(c, &mut state, p).await,
            BatchOp::Commit(m) => commit(c, &mut state, m).await,
            BatchOp::Ack(..) => Ok(Unfinished::Acked),
        };
        unfinished.push(match result {
            Ok(u) => u,
            Err(OpError::Refused(e)) => Unfinished::Done(Err(e)),
            Err(OpError::Sql(e)) => return Err(e),
        });
    }
    let t_ops = t0.elapsed();
    let payload_ids = write(c, &mut state).await.map_err(sql)?;
    tracing::trace!(
        ops = ops.len(),
        acks_us = t_acks.as_micros() as u64,
        lock_us = t_lock.as_micros() as u64,
        ops_us = t_ops.as_micros() as u64,
        write_us = t0.elapsed().as_micros() as u64,
        "batch phases"
    );
    let mut queued_of = |i: usize| -> Queued {
        let p = std::mem::replace(
            &mut state.pending[i],
            Pending {
                sender: DeviceId(0),
                kind: PayloadKind::Opaque,
                sent_at: Timestamp(0),
                expires_at: Timestamp(0),
                body: Vec::new(),
                entries: Vec::new(),
                skipped: Vec::new(),
            },
        );
        Queued {
            payload: PayloadId(payload_ids[i] as u64),
            entries: p
                .entries
                .into_iter()
                .map(|(d, s)| (d, QueueSeq(s as u64)))
                .collect(),
            sender: p.sender,
            kind: p.kind,
            sent_at: p.sent_at,
            body: p.body,
        }
    };
    let mut outcomes = Vec::with_capacity(ops.len());
    for (i, u) in unfinished.into_iter().enumerate() {
        outcomes.push(match u {
            Unfinished::Done(r) => r,
            Unfinished::Enqueued(p, skipped) => {
                let q = queued_of(p);
                Ok(BatchOutcome::Enqueued(Enqueued {
                    payload: q.payload,
                    entries: q.entries,
                    skipped,
                }))
            }
            Unfinished::Posted {
                seq,
                recipients,
                payloads,
                fell_behind,
            } => Ok(BatchOutcome::Posted(PostAccepted {
                seq,
                recipients,
                queued: payloads.into_iter().map(&mut queued_of).collect(),
                fell_behind,
            })),
            Unfinished::Committed {
                epoch,
                seq,
                recipients,
                welcomed,
                payloads,
                fell_behind,
            } => Ok(BatchOutcome::Committed(CommitAccepted {
                epoch,
                seq,
                recipients,
                welcomed,
                queued: payloads.into_iter().map(&mut queued_of).collect(),
                fell_behind,
            })),
            Unfinished::Acked => Ok(BatchOutcome::Acked(acked.get(&i).copied().unwrap_or(0))),
        });
    }
    Ok(outcomes)
}

/// Step 3: locks groups, then devices (reading their counters), in ascending order.
async fn lock(c: &mut PgConnection, ops: &[BatchOp<'_>], state: &mut State) -> Result<()> {
    let mut groups = BTreeSet::new();
    let mut devices = BTreeSet::new();
    for op in ops {
        match op {
            BatchOp::Enqueue(p) => devices.extend(p.recipients.iter().map(|d| id(d.0))),
            BatchOp::Post(p) => {
                groups.insert(p.group.as_bytes().to_vec());
            }
            BatchOp::Commit(m) => {
                groups.insert(m.group.as_bytes().to_vec());
                devices.extend(m.added.iter().map(|d| id(d.0)));
            }
            BatchOp::Ack(..) => {}
        }
    }
    let groups: Vec<Vec<u8>> = groups.into_iter().collect();
    let devices: Vec<i64> = devices.into_iter().collect();
    if !groups.is_empty() {
        let rows = sqlx::query(
            "SELECT g.group_id, g.id, g.epoch, g.next_seq,
                    ARRAY(SELECT m.device_id FROM mls_group_members m WHERE m.group_ref = g.id ORDER BY m.device_id),
                    ARRAY(SELECT m.device_id FROM mls_group_members m WHERE m.group_ref = g.id AND m.state <> 0 ORDER BY m.device_id),
                    ARRAY(SELECT m.state FROM mls_group_members m WHERE m.group_ref = g.id AND m.state <> 0 ORDER BY m.device_id)
             FROM mls_groups g WHERE g.group_id = ANY($1) ORDER BY g.id FOR UPDATE OF g",
        )
        .bind(&groups)
        .fetch_all(&mut *c)
        .await?;
        for r in rows {
            let members: Vec<i64> = r.try_get(4)?;
            let off: Vec<i64> = r.try_get(5)?;
            let off_states: Vec<i16> = r.try_get(6)?;
            state.groups.insert(
                r.try_get(0)?,
                CachedGroup {
                    id: r.try_get(1)?,
                    epoch: r.try_get::<i64, _>(2)? as u64,
                    next_seq: r.try_get::<i64, _>(3)? as u64,
                    members: members.into_iter().map(|d| DeviceId(d as u64)).collect(),
                    states: off
                        .into_iter()
                        .map(|d| DeviceId(d as u64))
                        .zip(off_states)
                        .collect(),
                    dirty: false,
                },
            );
        }
    }
    let mut all = devices;
    for g in state.groups.values() {
        all.extend(g.members.iter().map(|d| id(d.0)));
    }
    all.sort_unstable();
    all.dedup();
    if !all.is_empty() {
        let rows = sqlx::query(
            "SELECT d.id, d.next_seq, d.next_seq - 1 - r.removed FROM devices d
             JOIN queue_removed r ON r.device_id = d.id
             WHERE d.id = ANY($1) ORDER BY d.id FOR UPDATE OF d",
        )
        .bind(&all)
        .fetch_all(&mut *c)
        .await?;
        for r in rows {
            state.counters.insert(
                DeviceId(r.try_get::<i64, _>(0)? as u64),
                (r.try_get(1)?, r.try_get(2)?),
            );
        }
    }
    Ok(())
}

/// Checks recipients in order (unknown, then full) against `counters`, which it advances only
/// when every recipient passes. With `OnFull::Skip`, full recipients are left out (the
/// pending payload may then have no entries: write it only if it has some).
fn plan(p: &NewPayload, counters: &mut Counters) -> std::result::Result<Pending, StoreError> {
    let mut entries = Vec::with_capacity(p.recipients.len());
    let mut skipped = Vec::new();
    for &d in &p.recipients {
        let (seq, len) = counters
            .get(&d)
            .copied()
            .ok_or(StoreError::UnknownDevice(d))?;
        if len.max(0) as u64 >= p.queue_entries_max {
            match p.on_full {
                OnFull::Refuse => return Err(StoreError::QueueFull(d)),
                OnFull::Skip => {
                    skipped.push(d);
                    continue;
                }
            }
        }
        entries.push((d, seq));
    }
    for &(d, _) in &entries {
        if let Some(c) = counters.get_mut(&d) {
            c.0 += 1;
            c.1 += 1;
        }
    }
    Ok(Pending {
        sender: p.sender,
        kind: p.kind,
        sent_at: p.now,
        expires_at: p.expires_at,
        body: p.body.clone(),
        entries,
        skipped,
    })
}

fn enqueue(state: &mut State, p: &NewPayload) -> Result<Unfinished> {
    let mut pending = plan(p, &mut state.counters)?;
    if pending.entries.is_empty() {
        // Every recipient's queue was full: nothing is stored.
        return Ok(Unfinished::Done(Ok(BatchOutcome::Enqueued(Enqueued {
            payload: PayloadId(0),
            entries: Vec::new(),
            skipped: pending.skipped,
        }))));
    }
    let skipped = std::mem::take(&mut pending.skipped);
    state.pending.push(pending);
    Ok(Unfinished::Enqueued(state.pending.len() - 1, skipped))
}

/// Adds a planned group payload to the batch's writes if it reaches anyone; returns the
/// skipped recipients.
fn push_planned(
    state: &mut State,
    mut pending: Pending,
    payloads: &mut Vec<usize>,
) -> Vec<DeviceId> {
    let skipped = std::mem::take(&mut pending.skipped);
    if !pending.entries.is_empty() {
        state.pending.push(pending);
        payloads.push(state.pending.len() - 1);
    }
    skipped
}

/// Marks `devices` (whose queues were full) behind in the group and plans for each the
/// notice past the queue limit, so it learns it must be added back.
#[allow(clippy::too_many_arguments)]
async fn fell_behind(
    c: &mut PgConnection,
    state: &mut State,
    group: &GroupId,
    seq: u64,
    sender: DeviceId,
    devices: &[DeviceId],
    f: &FanOut,
    payloads: &mut Vec<usize>,
) -> Result<()> {
    if devices.is_empty() {
        return Ok(());
    }
    let g = cached(state, group)?;
    let group_ref = g.id;
    for &d in devices {
        g.states.insert(d, BEHIND);
    }
    sqlx::query(
        "UPDATE mls_group_members SET state = 1 WHERE group_ref = $1 AND device_id = ANY($2)",
    )
    .bind(group_ref)
    .bind(ids(devices))
    .execute(&mut *c)
    .await?;
    let (body, notice) = f.behind_notice(group, seq);
    let p = group_payload(sender, devices.to_vec(), body, &notice);
    let pending = plan(&p, &mut state.counters)?;
    push_planned(state, pending, payloads);
    Ok(())
}

fn group_payload(
    sender: DeviceId,
    recipients: Vec<DeviceId>,
    body: Vec<u8>,
    f: &FanOut,
) -> NewPayload {
    NewPayload {
        sender,
        kind: PayloadKind::Group,
        recipients,
        body,
        now: f.now,
        expires_at: f.expires_at,
        queue_entries_max: f.queue_entries_max,
        on_full: OnFull::Skip,
    }
}

fn cached<'s>(state: &'s mut State, group: &GroupId) -> Result<&'s mut CachedGroup> {
    state
        .groups
        .get_mut(group.as_bytes())
        .ok_or_else(|| OpError::Refused(StoreError::UnknownGroup(group.clone())))
}

async fn post(c: &mut PgConnection, state: &mut State, p: &GroupPost) -> Result<Unfinished> {
    let g = cached(state, &p.group)?;
    g.check_sender(p.sender)?;
    if p.epoch != g.epoch {
        return Err(StoreError::StaleEpoch { current: g.epoch }.into());
    }
    let seq = g.next_seq;
    let recipients: Vec<DeviceId> = g
        .members
        .iter()
        .copied()
        .filter(|&d| d != p.sender && g.in_sync(d))
        .collect();
    let pending = if recipients.is_empty() {
        None
    } else {
        let payload = group_payload(p.sender, recipients.clone(), p.event(seq), &p.fan_out);
        Some(plan(&payload, &mut state.counters)?)
    };
    let g = cached(state, &p.group)?;
    g.next_seq = seq + 1;
    g.dirty = true;
    let mut payloads = Vec::new();
    let mut behind = match pending {
        Some(pending) => push_planned(state, pending, &mut payloads),
        None => Vec::new(),
    };
    behind.sort_unstable();
    fell_behind(
        c,
        state,
        &p.group,
        seq,
        p.sender,
        &behind,
        &p.fan_out,
        &mut payloads,
    )
    .await?;
    Ok(Unfinished::Posted {
        seq,
        recipients,
        payloads,
        fell_behind: behind,
    })
}

async fn commit(c: &mut PgConnection, state: &mut State, m: &GroupCommit) -> Result<Unfinished> {
    let g = cached(state, &m.group)?;
    g.check_sender(m.sender)?;
    // One commit per epoch: the group row is locked by this batch, so a commit of another
    // node for the same epoch waits for this COMMIT and then finds the epoch moved on.
    if m.epoch != g.epoch {
        return Err(StoreError::StaleEpoch { current: g.epoch }.into());
    }
    let (group_ref, epoch, seq) = (g.id, g.epoch, g.next_seq);
    let before = g.members.clone();
    // A device both removed and added is a member that fell behind and asked to rejoin: its
    // old leaf goes, a fresh one comes with the Welcome.
    let CommitParts {
        rejoin,
        removed,
        joining,
    } = m.parts(|d| before.binary_search(&d).is_ok());
    for &d in &rejoin {
        if g.states.get(&d) != Some(&REJOINING) {
            return Err(StoreError::AlreadyMember(d).into());
        }
    }
    let in_sync: Vec<DeviceId> = before
        .iter()
        .copied()
        .filter(|&d| d != m.sender && g.in_sync(d))
        .collect();
    for &d in &joining {
        if before.binary_search(&d).is_ok() {
            return Err(StoreError::AlreadyMember(d).into());
        }
        if !state.counters.contains_key(&d) {
            return Err(StoreError::UnknownDevice(d).into());
        }
        if ops::group_count(c, id(d.0)).await? >= m.groups_per_device_max {
            return Err(StoreError::TooManyGroups {
                device: d,
                max: m.groups_per_device_max,
            }
            .into());
        }
    }
    let size = before.len() + joining.len() - removed.len();
    if size > m.group_devices_max {
        return Err(StoreError::GroupFull {
            size,
            max: m.group_devices_max,
        }
        .into());
    }
    let new_epoch = epoch + 1;
    let recipients = in_sync;
    let commit_planned = if recipients.is_empty() {
        None
    } else {
        let p = group_payload(
            m.sender,
            recipients.clone(),
            m.commit_event(new_epoch, seq),
            &m.fan_out,
        );
        Some(plan(&p, &mut state.counters)?)
    };
    let welcome_planned = match m.welcome_event(new_epoch) {
        Some(welcome) if !m.added.is_empty() => {
            let p = group_payload(m.sender, m.added.clone(), welcome, &m.fan_out);
            Some(plan(&p, &mut state.counters)?)
        }
        _ => None,
    };
    // Every check passed (planning with `OnFull::Skip` refuses nothing past the checks above).
    if !removed.is_empty() {
        sqlx::query("DELETE FROM mls_group_members WHERE group_ref = $1 AND device_id = ANY($2)")
            .bind(group_ref)
            .bind(ids(&removed))
            .execute(&mut *c)
            .await?;
    }
    if !joining.is_empty() {
        sqlx::query(
            "INSERT INTO mls_group_members (group_ref, device_id) SELECT $1, d FROM unnest($2::BIGINT[]) AS t(d)",
        )
        .bind(group_ref)
        .bind(ids(&joining))
        .execute(&mut *c)
        .await?;
    }
    if !rejoin.is_empty() {
        sqlx::query(
            "UPDATE mls_group_members SET state = 0 WHERE group_ref = $1 AND device_id = ANY($2)",
        )
        .bind(group_ref)
        .bind(ids(&rejoin))
        .execute(&mut *c)
        .await?;
    }
    let g = cached(state, &m.group)?;
    g.epoch = new_epoch;
    g.next_seq = seq + 1;
    g.dirty = true;
    g.members.retain(|d| removed.binary_search(d).is_err());
    g.members.extend(joining.iter().copied());
    g.members.sort_unstable();
    for d in removed.iter().chain(&rejoin) {
        g.states.remove(d);
    }
    let mut payloads = Vec::new();
    let mut behind = Vec::new();
    if let Some(p) = commit_planned {
        behind.extend(push_planned(state, p, &mut payloads));
    }
    let mut welcomed = Vec::new();
    if let Some(p) = welcome_planned {
        welcomed = p.entries.iter().map(|(d, _)| *d).collect();
        behind.extend(push_planned(state, p, &mut payloads));
    }
    behind.sort_unstable();
    fell_behind(
        c,
        state,
        &m.group,
        seq,
        m.sender,
        &behind,
        &m.fan_out,
        &mut payloads,
    )
    .await?;
    Ok(Unfinished::Committed {
        epoch: new_epoch,
        seq,
        recipients,
        welcomed,
        payloads,
        fell_behind: behind,
    })
}

/// Step 5: every pending payload, its queue rows, the devices' counters and the groups' rows,
/// in one statement. Returns the payload ids in pending order.
async fn write(c: &mut PgConnection, state: &mut State) -> Result<Vec<i64>> {
    let dirty: Vec<&CachedGroup> = state.groups.values().filter(|g| g.dirty).collect();
    if state.pending.is_empty() && dirty.is_empty() {
        return Ok(Vec::new());
    }
    let mut senders = Vec::with_capacity(state.pending.len());
    let mut kinds = Vec::with_capacity(state.pending.len());
    let mut sent = Vec::with_capacity(state.pending.len());
    let mut bodies: Vec<&[u8]> = Vec::with_capacity(state.pending.len());
    let (mut e_op, mut e_dev, mut e_seq, mut e_exp) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut touched: BTreeMap<DeviceId, i64> = BTreeMap::new();
    for (i, p) in state.pending.iter().enumerate() {
        senders.push(id(p.sender.0));
        kinds.push(i16::from(p.kind.to_u8()));
        sent.push(p.sent_at.0);
        bodies.push(&p.body);
        for &(d, s) in &p.entries {
            e_op.push(i as i64 + 1);
            e_dev.push(id(d.0));
            e_seq.push(s);
            e_exp.push(p.expires_at.0);
            let next = touched.entry(d).or_insert(s + 1);
            *next = (*next).max(s + 1);
        }
    }
    let devices: Vec<i64> = touched.keys().map(|d| id(d.0)).collect();
    let next: Vec<i64> = touched.values().copied().collect();
    let g_id: Vec<i64> = dirty.iter().map(|g| g.id).collect();
    let g_epoch: Vec<i64> = dirty.iter().map(|g| id(g.epoch)).collect();
    let g_next: Vec<i64> = dirty.iter().map(|g| id(g.next_seq)).collect();
    let rows = sqlx::query(
        "WITH ids AS (
             SELECT o, nextval(pg_get_serial_sequence('payloads', 'id')) AS id
             FROM generate_series(1, cardinality($1::BIGINT[])) AS o),
         p AS (
             INSERT INTO payloads (id, sender, kind, sent_at, body) OVERRIDING SYSTEM VALUE
             SELECT ids.id, t.sender, t.kind, t.sent_at, t.body
             FROM unnest($1::BIGINT[], $2::SMALLINT[], $3::BIGINT[], $4::BYTEA[])
                  WITH ORDINALITY AS t(sender, kind, sent_at, body, o)
             JOIN ids USING (o)),
         q AS (
             INSERT INTO queue (device_id, seq, payload_id, expires_at)
             SELECT e.d, e.s, ids.id, e.x
             FROM unnest($5::BIGINT[], $6::BIGINT[], $7::BIGINT[], $8::BIGINT[]) AS e(o, d, s, x)
             JOIN ids USING (o)),
         u AS (
             UPDATE devices SET next_seq = c.n
             FROM unnest($9::BIGINT[], $10::BIGINT[]) AS c(d, n) WHERE devices.id = c.d),
         g AS (
             UPDATE mls_groups SET epoch = c.e, next_seq = c.n
             FROM unnest($11::BIGINT[], $12::BIGINT[], $13::BIGINT[]) AS c(g, e, n)
             WHERE mls_groups.id = c.g)
         SELECT id FROM ids ORDER BY o",
    )
    .bind(&senders)
    .bind(&kinds)
    .bind(&sent)
    .bind(&bodies)
    .bind(&e_op)
    .bind(&e_dev)
    .bind(&e_seq)
    .bind(&e_exp)
    .bind(&devices)
    .bind(&next)
    .bind(&g_id)
    .bind(&g_epoch)
    .bind(&g_next)
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| r.try_get::<i64, _>(0).map_err(OpError::from))
        .collect()
}

/// Step 2: every acknowledgement of the batch in one statement (counting what each removed),
/// then the release of payloads no queue row points at any more. Returns the count per op.
async fn ack_all(c: &mut PgConnection, ops: &[BatchOp<'_>]) -> Result<HashMap<usize, u32>> {
    let (mut a_op, mut a_dev, mut a_seq) = (Vec::new(), Vec::new(), Vec::new());
    for (i, op) in ops.iter().enumerate() {
        if let BatchOp::Ack(d, seqs) = op {
            for s in seqs.iter() {
                a_op.push(i as i64);
                a_dev.push(id(d.0));
                a_seq.push(id(s.0));
            }
        }
    }
    let mut counts = HashMap::new();
    if a_op.is_empty() {
        return Ok(counts);
    }
    // A seq named twice (in one ack or two) is removed once and counted for the first.
    let rows = sqlx::query(
        "WITH a AS (
             SELECT DISTINCT ON (d, s) o, d, s
             FROM unnest($1::BIGINT[], $2::BIGINT[], $3::BIGINT[]) AS t(o, d, s) ORDER BY d, s, o),
         del AS (
             DELETE FROM queue q USING a WHERE q.device_id = a.d AND q.seq = a.s
             RETURNING a.o, q.device_id, q.payload_id),
         counted AS (
             UPDATE queue_removed r SET removed = r.removed + x.n
             FROM (SELECT device_id, COUNT(*) AS n FROM del GROUP BY device_id) x
             WHERE r.device_id = x.device_id)
         SELECT o, payload_id FROM del",
    )
    .bind(&a_op)
    .bind(&a_dev)
    .bind(&a_seq)
    .fetch_all(&mut *c)
    .await?;
    let mut payloads = Vec::with_capacity(rows.len());
    for r in rows {
        let op: i64 = r.try_get(0)?;
        *counts.entry(op as usize).or_insert(0u32) += 1;
        payloads.push(r.try_get::<i64, _>(1)?);
    }
    payloads.sort_unstable();
    payloads.dedup();
    ops::release_payloads(c, &payloads).await?;
    Ok(counts)
}
