//! A deterministic in-process harness: one Conclave server and many client devices in one
//! process, driven by a seeded generator.
//!
//! The server is the real one (`conclave_server::Server`: TLS, WebSocket, SQLite group commit)
//! listening on loopback; the clients are real [`Messenger`]s with their encrypted state in
//! temporary home directories. Everything a scenario chooses (device keys, who sends what,
//! in which order) comes from the seed, so a failing run is replayed with the same seed
//! (`CONCLAVE_SEED=…`). MLS itself draws its own randomness, and the OS schedules the
//! server's tasks, so bytes and timings differ between runs while every observable order that
//! the protocol fixes (server sequence numbers, epochs) is the same.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::Duration,
};

use conclave_client::{
    Auth, Connection, Endpoint,
    messenger::Messenger,
    state::{Protection, StateFile},
};
use conclave_client_core::{
    DeviceKey, Engine, Event, HistoryBody, StoredMessage, envelope::Content,
};
use conclave_proto::{
    DeviceId, Fingerprint, GroupId, Request, Response, SecretCode, ServerLink, Username,
};
use rand::{Rng, SeedableRng, rngs::StdRng};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

const DEVICE_KEY: &[u8] = b"device/key";

/// The seed: `CONCLAVE_SEED` when set (to replay a failure), else `default`.
pub fn seed(default: u64) -> u64 {
    std::env::var("CONCLAVE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

struct Running {
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

/// One server and the devices of a scenario.
pub struct Harness {
    pub seed: u64,
    pub rng: StdRng,
    dir: tempfile::TempDir,
    pub data: PathBuf,
    pub addr: SocketAddr,
    pin: Option<Fingerprint>,
    server: Option<Running>,
    /// Where clients connect: the server, or a recording proxy in front of it.
    client_port: u16,
    /// The operator's account, which makes every invitation (admins have no quota).
    operator: Option<(DeviceId, DeviceKey)>,
    homes: usize,
    /// Bytes seen by the recording proxy, both directions.
    pub wire: Option<Arc<Mutex<Vec<u8>>>>,
    /// Overrides the queue limit per device from the next server (re)start.
    pub queue_entries_max: Option<u64>,
    /// The blob store's limits from the next server (re)start (default: the defaults).
    pub blob_limits: Option<conclave_server_core::blob::BlobLimits>,
}

impl Harness {
    /// Starts a server in a fresh temporary directory.
    pub async fn start(seed: u64) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("server");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let mut h = Harness {
            seed,
            rng: StdRng::seed_from_u64(seed),
            dir,
            data,
            addr,
            pin: None,
            server: None,
            client_port: addr.port(),
            operator: None,
            homes: 0,
            wire: None,
            queue_entries_max: None,
            blob_limits: Some(Default::default()),
        };
        h.run_server(listener);
        h.become_operator().await;
        h
    }

    /// Like [`Harness::start`], with clients connecting through a proxy that records every
    /// byte on the wire (see [`Harness::wire`]).
    pub async fn start_recording(seed: u64) -> Harness {
        let mut h = Harness::start(seed).await;
        let wire = Arc::new(Mutex::new(Vec::new()));
        let proxy = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        h.client_port = proxy.local_addr().expect("addr").port();
        let server = h.addr;
        let record = wire.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = proxy.accept().await {
                let record = record.clone();
                tokio::spawn(async move {
                    let Ok(upstream) = tokio::net::TcpStream::connect(server).await else {
                        return;
                    };
                    let (mut cr, mut cw) = client.into_split();
                    let (mut ur, mut uw) = upstream.into_split();
                    let r1 = record.clone();
                    let up = tokio::spawn(async move { pump(&mut cr, &mut uw, &r1).await });
                    pump(&mut ur, &mut cw, &record).await;
                    up.abort();
                });
            }
        });
        h.wire = Some(wire);
        h
    }

    fn config(&self) -> conclave_server::ServerConfig {
        let mut core = conclave_server_core::CoreConfig::default();
        // Scenarios send in bursts from one session.
        core.limits.requests_per_sec = 100_000;
        core.limits.requests_burst = 100_000;
        if let Some(max) = self.queue_entries_max {
            core.limits.queue_entries_per_device_max = max;
        }
        core.blobs = self.blob_limits.clone();
        conclave_server::ServerConfig {
            data: self.data.clone(),
            listen: self.addr,
            public_host: "127.0.0.1".into(),
            tls: None,
            acme: None,
            core,
            sweep_interval: Duration::from_secs(3600),
            web_dir: None,
            store: conclave_server::config::StoreConfig::Sqlite,
            bus: None,
            public_endpoints: Vec::new(),
            metrics: None,
            relay: Default::default(),
            media: None,
            push: None,
            blob_objects: None,
        }
    }

    fn run_server(&mut self, listener: TcpListener) {
        let server = conclave_server::Server::start(self.config()).expect("server starts");
        self.pin = server.pin();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(server.run(listener, async move {
            let _ = stopped.await;
        }));
        self.server = Some(Running { stop, task });
    }

    /// Stops the server gracefully (every acknowledged write is durable).
    pub async fn stop_server(&mut self) {
        if let Some(r) = self.server.take() {
            let _ = r.stop.send(());
            r.task.await.expect("server task").expect("server ran");
        }
    }

    /// Starts the server again on the same port and data directory.
    pub async fn start_server(&mut self) {
        assert!(self.server.is_none(), "the server is running");
        let mut tries = 0;
        let listener = loop {
            match TcpListener::bind(self.addr).await {
                Ok(l) => break l,
                Err(e) if tries < 50 => {
                    tries += 1;
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot bind {} again: {e}", self.addr),
            }
        };
        self.run_server(listener);
    }

    pub async fn restart_server(&mut self) {
        self.stop_server().await;
        self.start_server().await;
    }

    pub fn endpoint(&self) -> Endpoint {
        Endpoint {
            host: "127.0.0.1".into(),
            port: self.client_port,
            pin: self.pin,
        }
    }

    async fn become_operator(&mut self) {
        // The server writes it once it is serving.
        let path = self.data.join("admin-invite.txt");
        let mut text = String::new();
        for _ in 0..200 {
            if let Ok(t) = std::fs::read_to_string(&path)
                && t.ends_with('\n')
            {
                text = t;
                break;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        let link = ServerLink::parse(text.trim()).expect("admin link");
        let key = DeviceKey::generate(&mut self.rng);
        let conn = Connection::open(
            &self.endpoint(),
            Auth::Register {
                invite: link.code,
                username: "operator",
                device_name: "harness",
                key: &key,
            },
        )
        .await
        .expect("operator registers");
        self.operator = Some((conn.device(), key));
        conn.close().await;
    }

    async fn invite(&self) -> SecretCode {
        self.invite_for(1).await
    }

    async fn invite_for(&self, uses: u32) -> SecretCode {
        let (id, key) = self.operator.as_ref().expect("operator");
        let conn = Connection::open(&self.endpoint(), Auth::Device { id: *id, key })
            .await
            .expect("operator connects");
        let code = match conn
            .request(Request::InviteCreate {
                uses,
                expires_in_secs: 3600,
            })
            .await
            .expect("invite")
        {
            Response::InviteCreated(c) => c.code,
            other => panic!("unexpected {other:?}"),
        };
        conn.close().await;
        code
    }

    fn new_home(&mut self, label: &str) -> PathBuf {
        self.homes += 1;
        let home = self.dir.path().join(format!("{:03}-{label}", self.homes));
        std::fs::create_dir_all(&home).expect("home");
        home
    }

    /// A new account with its first device, connected and caught up.
    pub async fn join(&mut self, name: &str) -> Device {
        let code = self.invite().await;
        let key = DeviceKey::generate(&mut self.rng);
        let home = self.new_home(name);
        let state = new_state(&home, &key);
        let conn = Connection::open(
            &self.endpoint(),
            Auth::Register {
                invite: code,
                username: name,
                device_name: "harness",
                key: &key,
            },
        )
        .await
        .expect("register");
        Device::started(home, key, conn, state).await
    }

    /// `n` new accounts (`{prefix}1`, …) as bare connections: no messenger, no key packages;
    /// what a script would open to act on the server directly.
    pub async fn bare_accounts(&mut self, prefix: &str, n: u32) -> Vec<Connection> {
        let code = self.invite_for(n).await;
        let mut out = Vec::new();
        for i in 1..=n {
            let key = DeviceKey::generate(&mut self.rng);
            let conn = Connection::open(
                &self.endpoint(),
                Auth::Register {
                    invite: code.clone(),
                    username: &format!("{prefix}{i}"),
                    device_name: "bare",
                    key: &key,
                },
            )
            .await
            .expect("register");
            out.push(conn);
        }
        out
    }

    /// A second device of `existing`'s account (linked with a one-time code), connected; not
    /// yet in any conversation (see [`Device::add_new_devices`]).
    pub async fn link_device(&mut self, existing: &Device) -> Device {
        let code = match existing
            .m()
            .connection()
            .request(Request::DeviceLinkCreate {
                expires_in_secs: 600,
            })
            .await
            .expect("device link")
        {
            Response::DeviceLinkCreated { code, .. } => code,
            other => panic!("unexpected {other:?}"),
        };
        let key = DeviceKey::generate(&mut self.rng);
        let home = self.new_home(existing.username.as_str());
        let state = new_state(&home, &key);
        let conn = Connection::open(
            &self.endpoint(),
            Auth::JoinDevice {
                code,
                device_name: "harness-2",
                key: &key,
            },
        )
        .await
        .expect("join device");
        Device::started(home, key, conn, state).await
    }

    /// Picks one of `items` with the seeded generator.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.gen_range(0..items.len())]
    }

    /// A reference to a device for [`Device::start`].
    pub fn endpoint_for_devices(&self) -> Endpoint {
        self.endpoint()
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        if let Some(r) = self.server.take() {
            let _ = r.stop.send(());
            r.task.abort();
        }
    }
}

/// A new encrypted state holding the device key (key-file protected, as without a passphrase).
pub(crate) fn new_state(home: &Path, key: &DeviceKey) -> StateFile {
    let mut state = StateFile::create(home, Protection::KeyFile).expect("state");
    state
        .apply(&[(DEVICE_KEY.to_vec(), Some(key.secret_bytes().to_vec()))])
        .expect("key stored");
    state
}

async fn pump(
    from: &mut tokio::net::tcp::OwnedReadHalf,
    to: &mut tokio::net::tcp::OwnedWriteHalf,
    record: &Mutex<Vec<u8>>,
) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        record.lock().unwrap().extend_from_slice(&buf[..n]);
        if to.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
    let _ = to.shutdown().await;
}

/// One client device: its home directory (encrypted state) and, while online, its messenger.
pub struct Device {
    pub username: Username,
    pub id: DeviceId,
    pub home: PathBuf,
    key: DeviceKey,
    messenger: Option<Messenger>,
    /// Every event this device's messenger reported, in order.
    pub events: Vec<Event>,
}

impl Device {
    async fn started(home: PathBuf, key: DeviceKey, conn: Connection, state: StateFile) -> Device {
        let mut d = Device::assemble(home, key, conn, state);
        let events = d.m_mut().start().await.expect("messenger starts");
        d.events = events;
        d
    }

    /// A new device's messenger over its first connection, not yet started
    /// ([`Messenger::start`]: key packages, catch-up).
    pub(crate) fn assemble(
        home: PathBuf,
        key: DeviceKey,
        conn: Connection,
        state: StateFile,
    ) -> Device {
        let info = conn.info().clone();
        let engine = Engine::new(info.account.username.clone(), info.device, &key);
        Device {
            username: info.account.username,
            id: info.device,
            home,
            key,
            messenger: Some(Messenger::new(conn, engine, state)),
            events: Vec::new(),
        }
    }

    /// A new account through invitation `code` on the cluster nodes `endpoints` (the first
    /// tried first), with its encrypted state in `home`; connected and caught up.
    pub async fn register_on(
        endpoints: &[Endpoint],
        code: SecretCode,
        name: &str,
        home: PathBuf,
        rng: &mut StdRng,
    ) -> Device {
        std::fs::create_dir_all(&home).expect("home");
        let key = DeviceKey::generate(rng);
        let state = new_state(&home, &key);
        let conn = Connection::open_any(
            endpoints,
            Auth::Register {
                invite: code,
                username: name,
                device_name: "cluster",
                key: &key,
            },
        )
        .await
        .expect("register");
        Device::started(home, key, conn, state).await
    }

    /// After the connection was lost: fails over to another node, recovers, catches up and
    /// sends again what was unconfirmed.
    pub async fn reconnect(&mut self) -> Result<(), conclave_client::messenger::MessengerError> {
        let events = self.m_mut().reconnect().await?;
        self.events.extend(events);
        Ok(())
    }

    /// The device's signing key (to open raw sessions as this device).
    pub fn key(&self) -> &DeviceKey {
        &self.key
    }

    pub fn m(&self) -> &Messenger {
        self.messenger.as_ref().expect("the device is online")
    }

    pub fn m_mut(&mut self) -> &mut Messenger {
        self.messenger.as_mut().expect("the device is online")
    }

    pub fn is_online(&self) -> bool {
        self.messenger.is_some()
    }

    /// Goes offline: closes the connection and drops all in-memory state.
    pub async fn stop(&mut self) {
        if let Some(mut m) = self.messenger.take() {
            self.events.extend(m.take_events());
            m.close().await;
        }
    }

    /// Comes back from disk: reopens the encrypted state, reconnects, catches up.
    pub async fn start(&mut self, endpoint: &Endpoint) {
        self.start_on(std::slice::from_ref(endpoint))
            .await
            .expect("reconnect");
        let events = self.m_mut().start().await.expect("messenger starts");
        self.events.extend(events);
    }

    /// Reopens the encrypted state and connects to the first of `endpoints` that answers;
    /// online but not yet started ([`Messenger::start`]). On an error it stays offline.
    pub async fn start_on(
        &mut self,
        endpoints: &[Endpoint],
    ) -> Result<(), conclave_client::ClientError> {
        assert!(self.messenger.is_none(), "already online");
        let state = StateFile::open(&self.home, None).expect("state opens");
        let engine = Engine::load(
            self.username.clone(),
            self.id,
            &self.key,
            state.load_all().expect("state loads"),
        )
        .expect("engine loads");
        let conn = Connection::open_any(
            endpoints,
            Auth::Device {
                id: self.id,
                key: &self.key,
            },
        )
        .await?;
        self.messenger = Some(Messenger::new(conn, engine, state));
        Ok(())
    }

    pub async fn restart(&mut self, endpoint: &Endpoint) {
        self.stop().await;
        self.start(endpoint).await;
    }

    /// Processes everything queued for this device.
    pub async fn sync(&mut self) {
        let events = self.m_mut().sync().await.expect("sync");
        self.events.extend(events);
    }

    /// Sends a text; returns its place in the conversation.
    pub async fn say(&mut self, group: &GroupId, text: &str) -> u64 {
        let m = self.m_mut();
        let sent = m
            .send(
                group,
                Content::Text {
                    text: text.to_owned(),
                },
            )
            .await
            .unwrap_or_else(|e| panic!("send {text:?}: {e}"));
        sent.seq
    }

    /// Adds every device of the accounts in the conversation that is not in it yet (a new
    /// device of a member, say), as a send would.
    pub async fn add_new_devices(&mut self, group: &GroupId) {
        self.m_mut().reconcile(group).await.expect("reconcile");
    }

    /// The conversation's texts in server order: (seq, sender, device, text).
    pub fn texts(&self, group: &GroupId) -> Vec<(u64, String, DeviceId, String)> {
        texts(&self.m().engine().history(group))
    }

    /// How many times a text message arrived as an event (decrypted) on this device.
    pub fn received(&self, text: &str) -> usize {
        let pending: &[Event] = &[];
        self.events
            .iter()
            .chain(pending)
            .filter(|e| match e {
                Event::Message(m) => matches!(&m.body, HistoryBody::Message { content: Content::Text { text: t }, .. } if t == text),
                _ => false,
            })
            .count()
    }

    pub fn epoch(&self, group: &GroupId) -> u64 {
        self.m().engine().epoch(group).expect("epoch")
    }

    pub fn epoch_authenticator(&self, group: &GroupId) -> Vec<u8> {
        self.m()
            .engine()
            .epoch_authenticator(group)
            .expect("authenticator")
    }

    pub fn home(&self) -> &Path {
        &self.home
    }
}

pub fn texts(history: &[StoredMessage]) -> Vec<(u64, String, DeviceId, String)> {
    history
        .iter()
        .filter_map(|m| match &m.body {
            HistoryBody::Message {
                content: Content::Text { text },
                ..
            } => Some((m.seq, m.sender.to_string(), m.sender_device, text.clone())),
            _ => None,
        })
        .collect()
}

/// Usernames from literals (panics on an invalid one: for tests).
pub fn users(names: &[&str]) -> Vec<Username> {
    names
        .iter()
        .map(|n| Username::parse(n).expect("username"))
        .collect()
}
