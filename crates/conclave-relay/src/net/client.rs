//! The local proxy: SOCKS5 and HTTP CONNECT on one loopback port, streams multiplexed over
//! circuits through an entry and an exit of the directory, rotated every ~10 minutes.

use std::{
    collections::HashMap,
    future::Future,
    net::SocketAddr,
    pin::Pin,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use serde::Serialize;
use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    net::{TcpListener, TcpStream},
    sync::{broadcast, watch},
};
use tokio_rustls::TlsConnector;

use super::{
    mux::{Mux, MuxLimits, Side},
    readahead::ReadAhead,
    tls::{pinned_client_config, server_name},
};
use crate::{
    cell::{CELL_LEN, EndReason, encode_begin},
    directory::{Directory, Path as RelayPath, RelayDescriptor, choose_path},
    noise::{ClientHandshake, ExitAnswer, split},
    open::{self, Status},
    socks::{self, Parsed, Reply, Target},
};

/// Tokens fetched for one origin, or why none could be.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<Vec<Vec<u8>>, String>> + Send + 'a>>;

/// Fetches tokens for an origin (a relay id) from the member's home server.
pub trait TokenSource: Send + Sync + 'static {
    fn tokens<'a>(&'a self, origin: &'a str, n: u32) -> TokenFuture<'a>;
}

#[derive(Debug, Clone)]
pub struct ProxyConfig {
    pub exit_country: Option<String>,
    /// A circuit takes new streams for this long, then a new one is built (old streams
    /// finish on the old one).
    pub circuit_lifetime: Duration,
    /// A circuit per destination host (no two sites share an exit session).
    pub new_circuit_per_site: bool,
    pub connect_timeout: Duration,
    /// Tokens fetched per origin at a time.
    pub token_batch: u32,
}

impl Default for ProxyConfig {
    fn default() -> Self {
        ProxyConfig {
            exit_country: None,
            circuit_lifetime: Duration::from_secs(600),
            new_circuit_per_site: false,
            connect_timeout: Duration::from_secs(15),
            token_batch: 4,
        }
    }
}

/// Why a circuit could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CircuitError {
    #[error("{0}")]
    NoPath(String),
    #[error("no token for {origin}: {reason}")]
    Tokens { origin: String, reason: String },
    #[error("cannot reach the entry relay {addr}: {reason}")]
    EntryUnreachable { addr: String, reason: String },
    #[error("the entry relay refused the circuit: {0}")]
    EntryRefused(String),
    #[error("the exit relay refused the circuit: {0}")]
    ExitRefused(String),
    #[error("circuit set-up timed out")]
    TimedOut,
}

impl CircuitError {
    /// Refusals by policy (tokens) map to SOCKS "not allowed"; the rest to "general failure".
    fn reply(&self) -> Reply {
        match self {
            CircuitError::Tokens { .. }
            | CircuitError::EntryRefused(_)
            | CircuitError::ExitRefused(_) => Reply::NotAllowed,
            CircuitError::EntryUnreachable { .. } => Reply::NetworkUnreachable,
            CircuitError::TimedOut => Reply::TtlExpired,
            CircuitError::NoPath(_) => Reply::GeneralFailure,
        }
    }
}

/// Something the front end shows.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ProxyEvent {
    CircuitBuilt {
        circuit: u64,
        entry: RelaySummary,
        exit: RelaySummary,
        same_operator: bool,
        setup_ms: u64,
    },
    CircuitFailed {
        error: String,
    },
    StreamFailed {
        reason: String,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct RelaySummary {
    pub id: String,
    pub country: String,
    pub operator: String,
}

impl From<&RelayDescriptor> for RelaySummary {
    fn from(r: &RelayDescriptor) -> Self {
        RelaySummary {
            id: r.id.clone(),
            country: r.country.clone(),
            operator: r.operator.clone(),
        }
    }
}

/// Counters for the progress line and `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct ProxyStatus {
    pub circuits: usize,
    pub streams: u64,
    pub sent_bytes: u64,
    pub received_bytes: u64,
    pub circuits_built: u64,
}

/// A built circuit: a mux over TLS to the entry, Noise to the exit.
pub struct Circuit {
    pub id: u64,
    pub path: RelayPath,
    pub mux: Arc<Mux>,
    pub born: Instant,
}

/// Builds one circuit along `path`, spending one token at each hop.
pub async fn build_circuit(
    path: &RelayPath,
    entry_token: &[u8],
    exit_token: &[u8],
    streams_max: usize,
) -> Result<Arc<Mux>, CircuitError> {
    let entry = &path.entry;
    let unreachable = |reason: String| CircuitError::EntryUnreachable {
        addr: entry.addr.clone(),
        reason,
    };
    let fp = entry
        .tls_fp()
        .map_err(|e| CircuitError::NoPath(e.to_string()))?;
    let exit_key = path
        .exit
        .noise_key()
        .map_err(|e| CircuitError::NoPath(e.to_string()))?;
    let config = pinned_client_config(fp).map_err(|e| unreachable(e.to_string()))?;
    let tcp = TcpStream::connect(&entry.addr)
        .await
        .map_err(|e| unreachable(e.to_string()))?;
    let _ = tcp.set_nodelay(true);
    let mut tls = TlsConnector::from(config)
        .connect(server_name(), ReadAhead::new(tcp))
        .await
        .map_err(|e| unreachable(format!("TLS: {e}")))?;
    let hello =
        open::encode_open(&path.exit.id, entry_token).map_err(|e| unreachable(e.to_string()))?;
    let (handshake, first) =
        ClientHandshake::start(&exit_key, exit_token).map_err(|e| unreachable(e.to_string()))?;
    tls.write_all(&hello)
        .await
        .map_err(|e| unreachable(e.to_string()))?;
    tls.flush().await.map_err(|e| unreachable(e.to_string()))?;
    let mut head = [0u8; 3];
    tls.read_exact(&mut head)
        .await
        .map_err(|_| CircuitError::EntryRefused("the entry closed the connection".into()))?;
    let (status, len) =
        open::answer_head(&head).map_err(|e| CircuitError::EntryRefused(e.to_string()))?;
    let mut message = vec![0u8; len];
    tls.read_exact(&mut message)
        .await
        .map_err(|_| CircuitError::EntryRefused("the entry closed the connection".into()))?;
    if status != Status::Ok {
        return Err(CircuitError::EntryRefused(
            String::from_utf8_lossy(&message).into_owned(),
        ));
    }
    tls.write_all(&first)
        .await
        .map_err(|e| unreachable(e.to_string()))?;
    tls.flush().await.map_err(|e| unreachable(e.to_string()))?;
    let mut reply = vec![0u8; CELL_LEN];
    tls.read_exact(&mut reply)
        .await
        .map_err(|_| CircuitError::ExitRefused("the circuit closed during the handshake".into()))?;
    let (answer, keys) = handshake
        .finish(&reply)
        .map_err(|e| CircuitError::ExitRefused(e.to_string()))?;
    let keys = match (answer, keys) {
        (ExitAnswer::Accepted, Some(keys)) => keys,
        (ExitAnswer::Refused(reason), _) => return Err(CircuitError::ExitRefused(reason)),
        (ExitAnswer::Accepted, None) => {
            return Err(CircuitError::ExitRefused("no keys".into()));
        }
    };
    let (sealer, opener) = split(keys);
    let (reader, writer) = tokio::io::split(tls);
    Ok(Mux::start(
        Side::Client,
        reader,
        writer,
        sealer,
        opener,
        None,
        MuxLimits {
            streams_max,
            bytes_max: u64::MAX,
            idle_timeout: None,
        },
    ))
}

pub struct Proxy {
    config: ProxyConfig,
    directory: watch::Receiver<Arc<Directory>>,
    tokens: Arc<dyn TokenSource>,
    stock: Mutex<HashMap<String, Vec<Vec<u8>>>>,
    /// The circuit new streams use (per site in `new_circuit_per_site` mode: key = host).
    current: tokio::sync::Mutex<HashMap<String, Arc<Circuit>>>,
    /// Every live circuit, current or retired (closed once retired and idle).
    live: Mutex<Vec<Arc<Circuit>>>,
    guard: Mutex<Option<String>>,
    next_circuit: AtomicU64,
    events: broadcast::Sender<ProxyEvent>,
    /// Bytes of circuits already closed.
    closed_sent: AtomicU64,
    closed_received: AtomicU64,
}

/// Circuits kept at once in per-site mode.
const SITE_CIRCUITS_MAX: usize = 64;

impl Proxy {
    pub fn new(
        config: ProxyConfig,
        directory: watch::Receiver<Arc<Directory>>,
        tokens: Arc<dyn TokenSource>,
    ) -> Arc<Proxy> {
        let (events, _) = broadcast::channel(256);
        Arc::new(Proxy {
            config,
            directory,
            tokens,
            stock: Mutex::new(HashMap::new()),
            current: tokio::sync::Mutex::new(HashMap::new()),
            live: Mutex::new(Vec::new()),
            guard: Mutex::new(None),
            next_circuit: AtomicU64::new(1),
            events,
            closed_sent: AtomicU64::new(0),
            closed_received: AtomicU64::new(0),
        })
    }

    pub fn events(&self) -> broadcast::Receiver<ProxyEvent> {
        self.events.subscribe()
    }

    pub fn status(&self) -> ProxyStatus {
        let live = self.live.lock().unwrap_or_else(|p| p.into_inner());
        let (mut sent, mut received, mut streams) = (0, 0, 0);
        for c in live.iter() {
            sent += c.mux.stats.sent.load(Ordering::Relaxed);
            received += c.mux.stats.received.load(Ordering::Relaxed);
            streams += u64::from(c.mux.stats.streams.load(Ordering::Relaxed));
        }
        ProxyStatus {
            circuits: live.len(),
            streams,
            sent_bytes: sent + self.closed_sent.load(Ordering::Relaxed),
            received_bytes: received + self.closed_received.load(Ordering::Relaxed),
            circuits_built: self.next_circuit.load(Ordering::Relaxed) - 1,
        }
    }

    async fn token(&self, origin: &str) -> Result<Vec<u8>, CircuitError> {
        if let Some(t) = self
            .stock
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get_mut(origin)
            .and_then(|v| v.pop())
        {
            return Ok(t);
        }
        let mut fetched = self
            .tokens
            .tokens(origin, self.config.token_batch.max(1))
            .await
            .map_err(|reason| CircuitError::Tokens {
                origin: origin.to_owned(),
                reason,
            })?;
        let first = fetched.pop().ok_or_else(|| CircuitError::Tokens {
            origin: origin.to_owned(),
            reason: "the home server gave none".into(),
        })?;
        self.stock
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(origin.to_owned())
            .or_default()
            .extend(fetched);
        Ok(first)
    }

    /// Builds a new circuit now (also used by benchmarks and tests).
    pub async fn new_circuit(&self) -> Result<Arc<Circuit>, CircuitError> {
        let started = Instant::now();
        let directory = self.directory.borrow().clone();
        let guard = self.guard.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let path = choose_path(
            &directory,
            self.config.exit_country.as_deref(),
            guard.as_deref(),
        )
        .map_err(|e| CircuitError::NoPath(e.to_string()))?;
        let entry_token = self.token(&path.entry.id).await?;
        let exit_token = self.token(&path.exit.id).await?;
        let mux = tokio::time::timeout(
            self.config.connect_timeout,
            build_circuit(&path, &entry_token, &exit_token, 1024),
        )
        .await
        .map_err(|_| CircuitError::TimedOut)??;
        *self.guard.lock().unwrap_or_else(|p| p.into_inner()) = Some(path.entry.id.clone());
        let circuit = Arc::new(Circuit {
            id: self.next_circuit.fetch_add(1, Ordering::Relaxed),
            path,
            mux,
            born: Instant::now(),
        });
        self.live
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(circuit.clone());
        let _ = self.events.send(ProxyEvent::CircuitBuilt {
            circuit: circuit.id,
            entry: (&circuit.path.entry).into(),
            exit: (&circuit.path.exit).into(),
            same_operator: circuit.path.same_operator,
            setup_ms: started.elapsed().as_millis() as u64,
        });
        Ok(circuit)
    }

    /// The circuit for a new stream to `host`: the current one while it is young and open.
    async fn circuit_for(&self, host: &str) -> Result<Arc<Circuit>, CircuitError> {
        let key = if self.config.new_circuit_per_site {
            host.to_ascii_lowercase()
        } else {
            String::new()
        };
        let mut current = self.current.lock().await;
        if let Some(c) = current.get(&key)
            && !c.mux.is_closed()
            && c.born.elapsed() < self.config.circuit_lifetime
        {
            return Ok(c.clone());
        }
        let circuit = match self.new_circuit().await {
            Ok(c) => c,
            Err(e) => {
                let _ = self.events.send(ProxyEvent::CircuitFailed {
                    error: e.to_string(),
                });
                return Err(e);
            }
        };
        if current.len() >= SITE_CIRCUITS_MAX
            && let Some(oldest) = current
                .iter()
                .min_by_key(|(_, c)| c.born)
                .map(|(k, _)| k.clone())
        {
            current.remove(&oldest);
        }
        current.insert(key, circuit.clone());
        Ok(circuit)
    }

    /// Closes retired circuits that carry no stream any more; forgets closed ones.
    fn sweep(&self) {
        let current: Vec<u64> = match self.current.try_lock() {
            Ok(c) => c.values().map(|c| c.id).collect(),
            Err(_) => return,
        };
        let mut live = self.live.lock().unwrap_or_else(|p| p.into_inner());
        live.retain(|c| {
            let retired = !current.contains(&c.id);
            if retired && c.mux.open_streams() == 0 {
                c.mux.close();
            }
            if c.mux.is_closed() {
                self.closed_sent
                    .fetch_add(c.mux.stats.sent.load(Ordering::Relaxed), Ordering::Relaxed);
                self.closed_received.fetch_add(
                    c.mux.stats.received.load(Ordering::Relaxed),
                    Ordering::Relaxed,
                );
                return false;
            }
            true
        });
    }

    /// Serves local connections until `shutdown` turns true.
    pub async fn run(
        self: Arc<Self>,
        listener: TcpListener,
        mut shutdown: watch::Receiver<bool>,
    ) -> std::io::Result<()> {
        let sweeper = {
            let proxy = self.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(Duration::from_secs(5));
                loop {
                    tick.tick().await;
                    proxy.sweep();
                }
            })
        };
        let local_only = Arc::new(tokio::sync::Semaphore::new(1024));
        loop {
            let (socket, peer) = tokio::select! {
                a = listener.accept() => match a {
                    Ok(a) => a,
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
                () = super::stopped(&mut shutdown) => break,
            };
            let Ok(permit) = local_only.clone().try_acquire_owned() else {
                continue;
            };
            let proxy = self.clone();
            tokio::spawn(async move {
                proxy.serve_local(socket, peer).await;
                drop(permit);
            });
        }
        sweeper.abort();
        for c in self.live.lock().unwrap_or_else(|p| p.into_inner()).iter() {
            c.mux.close();
        }
        Ok(())
    }

    async fn serve_local(&self, mut socket: TcpStream, _peer: SocketAddr) {
        let _ = socket.set_nodelay(true);
        let mut buf = Vec::with_capacity(512);
        let head = tokio::time::timeout(
            Duration::from_secs(10),
            read_front_door(&mut socket, &mut buf),
        )
        .await;
        let Ok(Some((door, target, used))) = head else {
            return;
        };
        let early = buf[used..].to_vec();
        let begin = match encode_begin(&target.host, target.port) {
            Ok(b) => b,
            Err(_) => {
                let _ = socket
                    .write_all(&door.fail_bytes(
                        Reply::HostUnreachable,
                        EndReason::NoSuchHost,
                        "bad host",
                    ))
                    .await;
                return;
            }
        };
        let mut attempt = 0;
        let stream = loop {
            attempt += 1;
            let circuit = match self.circuit_for(&target.host).await {
                Ok(c) => c,
                Err(e) => {
                    let _ = socket
                        .write_all(&door.fail_bytes(e.reply(), EndReason::Protocol, &e.to_string()))
                        .await;
                    return;
                }
            };
            match circuit.mux.open(begin.clone()).await {
                Ok(stream) => break stream,
                // The circuit died under us (the exit restarted, a rotation race): once more
                // on a fresh one.
                Err(EndReason::Protocol) if attempt == 1 && circuit.mux.is_closed() => continue,
                Err(reason) => {
                    let _ = self.events.send(ProxyEvent::StreamFailed {
                        reason: reason.describe().into(),
                    });
                    let _ = socket
                        .write_all(&door.fail_bytes(
                            Reply::for_end(reason),
                            reason,
                            reason.describe(),
                        ))
                        .await;
                    return;
                }
            }
        };
        if socket.write_all(&door.ok_bytes()).await.is_err() {
            return;
        }
        stream.pump(socket, early).await;
    }
}

#[derive(Debug, Clone, Copy)]
enum Door {
    Socks,
    Http,
}

impl Door {
    fn ok_bytes(self) -> Vec<u8> {
        match self {
            Door::Socks => Reply::Succeeded.encode().to_vec(),
            Door::Http => b"HTTP/1.1 200 Connection established\r\n\r\n".to_vec(),
        }
    }

    fn fail_bytes(self, reply: Reply, reason: EndReason, why: &str) -> Vec<u8> {
        match self {
            Door::Socks => reply.encode().to_vec(),
            Door::Http => {
                let (code, text) = socks::http_status_for_end(reason);
                let code = if reply == Reply::NotAllowed {
                    403
                } else {
                    code
                };
                socks::http_status(code, text, &format!("{why}\n"))
            }
        }
    }
}

/// Reads a SOCKS5 greeting + request or an HTTP CONNECT head; answers the greeting; refuses
/// what it cannot serve. Returns the door, the target and how many bytes of `buf` it used.
async fn read_front_door(
    socket: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> Option<(Door, Target, usize)> {
    let mut chunk = [0u8; 1024];
    let n = socket.read(&mut chunk).await.ok()?;
    if n == 0 {
        return None;
    }
    buf.extend_from_slice(&chunk[..n]);
    if buf[0] == 5 {
        let used = loop {
            match socks::socks_greeting(buf) {
                Parsed::Done((), used) => break used,
                Parsed::Refuse(reply, _) => {
                    let _ = socket.write_all(&reply).await;
                    return None;
                }
                Parsed::NeedMore => {}
            }
            read_more(socket, buf, &mut chunk).await?;
        };
        socket.write_all(&[5, 0]).await.ok()?;
        buf.drain(..used);
        loop {
            match socks::socks_request(buf) {
                Parsed::Done(target, used) => return Some((Door::Socks, target, used)),
                Parsed::Refuse(reply, _) => {
                    let _ = socket.write_all(&reply).await;
                    return None;
                }
                Parsed::NeedMore => {}
            }
            read_more(socket, buf, &mut chunk).await?;
        }
    }
    loop {
        match socks::http_connect(buf) {
            Parsed::Done(target, used) => return Some((Door::Http, target, used)),
            Parsed::Refuse(reply, _) => {
                let _ = socket.write_all(&reply).await;
                return None;
            }
            Parsed::NeedMore => {}
        }
        read_more(socket, buf, &mut chunk).await?;
    }
}

async fn read_more(socket: &mut TcpStream, buf: &mut Vec<u8>, chunk: &mut [u8]) -> Option<()> {
    if buf.len() > socks::HEAD_MAX {
        return None;
    }
    let n = socket.read(chunk).await.ok()?;
    if n == 0 {
        return None;
    }
    buf.extend_from_slice(&chunk[..n]);
    Some(())
}
