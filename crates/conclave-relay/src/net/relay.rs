//! The relay listener: one TLS port serving the entry role (`OPEN` from clients) and the
//! exit role (`LINK` from entries of the directory).

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    net::{TcpListener, TcpStream},
    sync::{Semaphore, watch},
};
use tokio_rustls::{TlsAcceptor, TlsConnector};

use super::{
    TokenCheck, ViewLog,
    idle::{Activity, Tracked},
    mux::{BeginHandler, Mux, MuxLimits, Side, StreamRx, pump},
    readahead::ReadAhead,
    tls::{RelayIdentity, fingerprint, server_name},
};
use crate::{
    cell::{CELL_LEN, EndReason, decode_begin},
    directory::{Directory, Role},
    noise::{ExitHandshake, NoiseKeypair, split},
    open::{self, Hello, Status},
    policy::{ExitPolicy, canonical},
};

#[derive(Debug, Clone)]
pub struct RelayLimits {
    /// Circuits open at once (entry and exit together).
    pub circuits_max: usize,
    /// Connections still in their TLS / hello / Noise handshake at once.
    pub handshakes_max: usize,
    /// Of those, from one IP address (a flood from one host cannot shut others out).
    pub handshakes_per_ip_max: usize,
    pub streams_per_circuit_max: usize,
    /// Data bytes (both ways) after which the exit ends a circuit.
    pub bytes_per_circuit_max: u64,
    pub handshake_timeout: Duration,
    pub connect_timeout: Duration,
    /// An entry ends a circuit after this long (clients rotate every ~10 minutes).
    pub circuit_lifetime_max: Duration,
    /// A circuit (entry and exit) with no traffic for this long is closed; so is a stream
    /// (exit) with no data either way.
    pub idle_timeout: Duration,
}

impl Default for RelayLimits {
    fn default() -> Self {
        RelayLimits {
            circuits_max: 4096,
            handshakes_max: 256,
            handshakes_per_ip_max: 64,
            streams_per_circuit_max: 128,
            bytes_per_circuit_max: 16 * 1024 * 1024 * 1024,
            handshake_timeout: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(10),
            circuit_lifetime_max: Duration::from_secs(3600),
            idle_timeout: Duration::from_secs(300),
        }
    }
}

pub struct Relay {
    pub id: String,
    pub roles: Vec<Role>,
    pub identity: RelayIdentity,
    pub noise: NoiseKeypair,
    pub policy: ExitPolicy,
    /// How the exit resolves names (before the policy sees the addresses).
    pub dns: Dns,
    pub tokens: Arc<dyn TokenCheck>,
    pub directory: watch::Receiver<Arc<Directory>>,
    pub limits: RelayLimits,
    /// The test-only record of what this relay learns per circuit; `None` by default.
    pub view: Option<Arc<ViewLog>>,
}

/// Serves relay connections until `shutdown` turns true.
pub async fn serve(
    relay: Arc<Relay>,
    listener: TcpListener,
    mut shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    let acceptor = TlsAcceptor::from(
        relay
            .identity
            .server_config()
            .map_err(std::io::Error::other)?,
    );
    let handshakes = Arc::new(Semaphore::new(relay.limits.handshakes_max));
    let circuits = Arc::new(Semaphore::new(relay.limits.circuits_max));
    let per_ip: PerIpMap = Arc::new(Mutex::new(HashMap::new()));
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, "relay accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = super::stopped(&mut shutdown) => return Ok(()),
        };
        // Over the cap of connections in handshake: shed the newest (a flood of half-open
        // circuits cannot grow memory or starve circuits already up).
        let Some(per_ip) = PerIpSlot::take(&per_ip, peer.ip(), relay.limits.handshakes_per_ip_max)
        else {
            drop(tcp);
            continue;
        };
        let Ok(handshake) = handshakes.clone().try_acquire_owned() else {
            drop(tcp);
            continue;
        };
        let handshake = Handshake {
            _global: handshake,
            _per_ip: per_ip,
        };
        let (relay, acceptor, circuits) = (relay.clone(), acceptor.clone(), circuits.clone());
        tokio::spawn(async move {
            let _ = tcp.set_nodelay(true);
            let accepted = tokio::time::timeout(
                relay.limits.handshake_timeout,
                acceptor.accept(ReadAhead::new(tcp)),
            )
            .await;
            let Ok(Ok(mut tls)) = accepted else {
                return;
            };
            let hello = tokio::time::timeout(relay.limits.handshake_timeout, read_hello(&mut tls))
                .await
                .unwrap_or(Err(crate::Error::Malformed("hello timed out")));
            let hello = match hello {
                Ok(h) => h,
                Err(e) => {
                    answer(&mut tls, Status::Malformed, &e.to_string()).await;
                    return;
                }
            };
            let Ok(circuit) = circuits.try_acquire_owned() else {
                answer(&mut tls, Status::Busy, "the relay is at its circuit limit").await;
                return;
            };
            match hello {
                Hello::Open { exit, token } => {
                    entry(&relay, tls, peer, exit, token, handshake).await;
                }
                Hello::Link => exit_link(&relay, tls, peer, handshake).await,
            }
            drop(circuit);
        });
    }
}

async fn read_hello<S: tokio::io::AsyncRead + Unpin>(tls: &mut S) -> Result<Hello, crate::Error> {
    let mut head = [0u8; 6];
    tls.read_exact(&mut head)
        .await
        .map_err(|_| crate::Error::Malformed("connection closed before the hello"))?;
    let (is_open, len) = open::hello_body_len(&head)?;
    if !is_open {
        return Ok(Hello::Link);
    }
    let mut body = vec![0u8; len];
    tls.read_exact(&mut body)
        .await
        .map_err(|_| crate::Error::Malformed("hello truncated"))?;
    open::decode_open(&body)
}

type ServerTls = tokio_rustls::server::TlsStream<ReadAhead<TcpStream>>;

type PerIpMap = Arc<Mutex<HashMap<IpAddr, usize>>>;

/// A connection's place among those in handshake (dropped once its circuit is up).
struct Handshake {
    _global: tokio::sync::OwnedSemaphorePermit,
    _per_ip: PerIpSlot,
}

struct PerIpSlot {
    map: PerIpMap,
    ip: IpAddr,
}

impl PerIpSlot {
    fn take(map: &PerIpMap, ip: IpAddr, max: usize) -> Option<PerIpSlot> {
        let mut m = map.lock().unwrap_or_else(|p| p.into_inner());
        let n = m.entry(ip).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(PerIpSlot {
            map: map.clone(),
            ip,
        })
    }
}

impl Drop for PerIpSlot {
    fn drop(&mut self) {
        let mut m = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = m.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

/// The entry role: check the token, link to the exit, then forward opaque cells both ways.
async fn entry(
    relay: &Relay,
    mut client: ServerTls,
    peer: SocketAddr,
    exit_id: String,
    token: Vec<u8>,
    handshake: Handshake,
) {
    if !relay.roles.contains(&Role::Entry) {
        answer(
            &mut client,
            Status::RoleNotOffered,
            "this relay is not an entry",
        )
        .await;
        return;
    }
    if let Err(e) = relay.tokens.redeem(&token) {
        answer(
            &mut client,
            Status::TokenRefused,
            &format!("entry token refused: {e}"),
        )
        .await;
        return;
    }
    let directory = relay.directory.borrow().clone();
    let Some(exit) = directory
        .relay(&exit_id)
        .filter(|r| r.has(Role::Exit))
        .cloned()
    else {
        answer(
            &mut client,
            Status::UnknownExit,
            "the directory has no such exit",
        )
        .await;
        return;
    };
    let linked = tokio::time::timeout(relay.limits.connect_timeout, link(relay, &exit)).await;
    let upstream = match linked {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => {
            answer(
                &mut client,
                Status::ExitUnreachable,
                &format!("cannot reach the exit: {e}"),
            )
            .await;
            return;
        }
        Err(_) => {
            answer(
                &mut client,
                Status::ExitUnreachable,
                "the exit did not answer in time",
            )
            .await;
            return;
        }
    };
    if !answer(&mut client, Status::Ok, "").await {
        return;
    }
    if let Some(view) = &relay.view {
        view.record(serde_json::json!({
            "role": "entry",
            "client": peer.to_string(),
            "exit": exit_id,
        }));
    }
    drop(handshake);
    // Until either side closes, the lifetime cap, or nothing moved for the idle timeout.
    let activity = Activity::default();
    let mut client = Tracked {
        inner: client,
        activity: &activity,
    };
    let mut upstream = Tracked {
        inner: upstream,
        activity: &activity,
    };
    let copy =
        tokio::io::copy_bidirectional_with_sizes(&mut client, &mut upstream, 64 * 1024, 64 * 1024);
    let _ = tokio::time::timeout(relay.limits.circuit_lifetime_max, async {
        tokio::select! {
            _ = copy => {}
            () = activity.idle(Some(relay.limits.idle_timeout)) => {}
        }
    })
    .await;
}

async fn link(
    relay: &Relay,
    exit: &crate::directory::RelayDescriptor,
) -> Result<tokio_rustls::client::TlsStream<ReadAhead<TcpStream>>, String> {
    let fp = exit.tls_fp().map_err(|e| e.to_string())?;
    let config = relay
        .identity
        .link_client_config(fp)
        .map_err(|e| e.to_string())?;
    let tcp = TcpStream::connect(&exit.addr)
        .await
        .map_err(|e| format!("{}: {e}", exit.addr))?;
    let _ = tcp.set_nodelay(true);
    let mut tls = TlsConnector::from(config)
        .connect(server_name(), ReadAhead::new(tcp))
        .await
        .map_err(|e| format!("TLS with the exit: {e}"))?;
    tls.write_all(&open::encode_link())
        .await
        .map_err(|e| e.to_string())?;
    tls.flush().await.map_err(|e| e.to_string())?;
    let mut head = [0u8; 3];
    tls.read_exact(&mut head).await.map_err(|e| e.to_string())?;
    let (status, len) = open::answer_head(&head).map_err(|e| e.to_string())?;
    let mut message = vec![0u8; len];
    tls.read_exact(&mut message)
        .await
        .map_err(|e| e.to_string())?;
    if status != Status::Ok {
        return Err(format!(
            "the exit refused the link: {}",
            String::from_utf8_lossy(&message)
        ));
    }
    Ok(tls)
}

/// The exit role: an entry of the directory links; the client's Noise handshake and token
/// follow; then streams.
async fn exit_link(relay: &Relay, mut tls: ServerTls, peer: SocketAddr, handshake: Handshake) {
    if !relay.roles.contains(&Role::Exit) {
        answer(
            &mut tls,
            Status::RoleNotOffered,
            "this relay is not an exit",
        )
        .await;
        return;
    }
    let entry_fp = tls
        .get_ref()
        .1
        .peer_certificates()
        .and_then(|c| c.first())
        .map(|c| fingerprint(c.as_ref()));
    let directory = relay.directory.borrow().clone();
    let known = entry_fp.and_then(|fp| directory.relay_by_fp(&fp, Role::Entry).cloned());
    let Some(entry) = known else {
        answer(
            &mut tls,
            Status::Malformed,
            "only entry relays of the directory may link",
        )
        .await;
        return;
    };
    if !answer(&mut tls, Status::Ok, "").await {
        return;
    }
    let mut first = vec![0u8; CELL_LEN];
    let read =
        tokio::time::timeout(relay.limits.handshake_timeout, tls.read_exact(&mut first)).await;
    if !matches!(read, Ok(Ok(_))) {
        return;
    }
    let Ok((pending, token)) = ExitHandshake::accept(&relay.noise, &first) else {
        return;
    };
    let keys = match relay.tokens.redeem(&token) {
        Err(e) => {
            if let Ok(cell) = pending.refuse(&format!("exit token refused: {e}")) {
                let _ = tls.write_all(&cell).await;
                let _ = tls.flush().await;
            }
            return;
        }
        Ok(()) => match pending.accept_circuit() {
            Ok((cell, keys)) => {
                if tls.write_all(&cell).await.is_err() || tls.flush().await.is_err() {
                    return;
                }
                keys
            }
            Err(_) => return,
        },
    };
    drop(handshake);
    let (sealer, opener) = split(keys);
    let (reader, writer) = tokio::io::split(tls);
    let handler = Arc::new(ExitStreams {
        policy: relay.policy.clone(),
        dns: relay.dns.clone(),
        connect_timeout: relay.limits.connect_timeout,
        view: relay.view.clone(),
        previous_hop: peer,
    });
    if let Some(view) = &relay.view {
        view.record(serde_json::json!({
            "role": "exit",
            "previous_hop": peer.to_string(),
            "entry": entry.id,
        }));
    }
    let mux = Mux::start(
        Side::Exit,
        reader,
        writer,
        sealer,
        opener,
        Some(handler),
        MuxLimits {
            streams_max: relay.limits.streams_per_circuit_max,
            bytes_max: relay.limits.bytes_per_circuit_max,
            idle_timeout: Some(relay.limits.idle_timeout),
        },
    );
    mux.closed().await;
}

struct ExitStreams {
    policy: ExitPolicy,
    dns: Dns,
    connect_timeout: Duration,
    view: Option<Arc<ViewLog>>,
    previous_hop: SocketAddr,
}

impl BeginHandler for ExitStreams {
    fn begin(&self, mux: Arc<Mux>, stream: u32, rx: StreamRx, data: Vec<u8>) {
        let policy = self.policy.clone();
        let dns = self.dns.clone();
        let timeout = self.connect_timeout;
        let view = self.view.clone();
        let previous_hop = self.previous_hop;
        tokio::spawn(async move {
            let (host, port) = match decode_begin(&data) {
                Ok(t) => t,
                Err(_) => {
                    mux.answer(stream, Err(EndReason::Protocol)).await;
                    return;
                }
            };
            if let Some(view) = &view {
                view.record(serde_json::json!({
                    "role": "exit",
                    "previous_hop": previous_hop.to_string(),
                    "destination": format!("{host}:{port}"),
                }));
            }
            match connect(&policy, &dns, &host, port, timeout).await {
                Ok(socket) => {
                    if mux.answer(stream, Ok(())).await {
                        pump(mux, stream, rx, socket, Vec::new()).await;
                    }
                }
                Err(reason) => {
                    mux.answer(stream, Err(reason)).await;
                }
            }
        });
    }
}

/// How the exit resolves names.
#[derive(Clone, Default)]
pub enum Dns {
    /// The operating system's resolver (`getaddrinfo`).
    #[default]
    System,
    /// The operator's name servers (`[relay] resolvers`), over UDP with TCP as fallback.
    Servers(Arc<hickory_resolver::TokioResolver>),
}

/// Addresses one name may resolve to that the exit considers.
pub const RESOLVED_ADDRESSES_MAX: usize = 16;

impl Dns {
    /// A resolver asking `servers` (in order) and nothing else: no hosts file, no search
    /// domains. Needs a tokio runtime.
    pub fn servers(servers: &[SocketAddr], timeout: Duration) -> std::io::Result<Dns> {
        use hickory_resolver::config::{
            LookupIpStrategy, NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts,
        };
        if servers.is_empty() {
            return Ok(Dns::System);
        }
        let name_servers = servers
            .iter()
            .map(|server| {
                let mut config = NameServerConfig::udp_and_tcp(server.ip());
                for connection in &mut config.connections {
                    connection.port = server.port();
                }
                config
            })
            .collect();
        let mut options = ResolverOpts::default();
        options.use_hosts_file = ResolveHosts::Never;
        options.ip_strategy = LookupIpStrategy::Ipv4AndIpv6;
        options.timeout = timeout;
        options.attempts = 1;
        options.num_concurrent_reqs = 1;
        options.try_tcp_on_error = true;
        options.cache_size = 4096;
        options.case_randomization = true;
        let resolver = hickory_resolver::Resolver::builder_with_config(
            ResolverConfig::from_name_servers(name_servers),
            hickory_resolver::net::runtime::TokioRuntimeProvider::default(),
        )
        .with_options(options)
        .build()
        .map_err(std::io::Error::other)?;
        Ok(Dns::Servers(Arc::new(resolver)))
    }

    /// Up to [`RESOLVED_ADDRESSES_MAX`] addresses of `host`.
    async fn resolve(
        &self,
        host: &str,
        port: u16,
        timeout: Duration,
    ) -> Result<Vec<SocketAddr>, EndReason> {
        match self {
            Dns::System => {
                match tokio::time::timeout(timeout, tokio::net::lookup_host((host, port))).await {
                    Ok(Ok(found)) => Ok(found.take(RESOLVED_ADDRESSES_MAX).collect()),
                    Ok(Err(_)) => Err(EndReason::NoSuchHost),
                    Err(_) => Err(EndReason::TimedOut),
                }
            }
            Dns::Servers(resolver) => {
                // A fully qualified name: no search domain is ever appended.
                let name = if host.ends_with('.') {
                    host.to_owned()
                } else {
                    format!("{host}.")
                };
                match tokio::time::timeout(timeout, resolver.lookup_ip(name.as_str())).await {
                    Ok(Ok(found)) => Ok(found
                        .iter()
                        .take(RESOLVED_ADDRESSES_MAX)
                        .map(|ip| SocketAddr::new(ip, port))
                        .collect()),
                    Ok(Err(_)) => Err(EndReason::NoSuchHost),
                    Err(_) => Err(EndReason::TimedOut),
                }
            }
        }
    }
}

impl std::fmt::Debug for Dns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Dns::System => f.write_str("Dns::System"),
            Dns::Servers(_) => f.write_str("Dns::Servers"),
        }
    }
}

/// Resolves (at the exit), applies the policy to every address, connects to the first
/// allowed one that answers.
pub async fn connect(
    policy: &ExitPolicy,
    dns: &Dns,
    host: &str,
    port: u16,
    timeout: Duration,
) -> Result<TcpStream, EndReason> {
    policy.check_port(port).map_err(|_| EndReason::NotAllowed)?;
    let literal = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host)
        .parse::<IpAddr>()
        .ok();
    let addresses: Vec<SocketAddr> = match literal {
        Some(ip) => vec![SocketAddr::new(ip, port)],
        None => dns.resolve(host, port, timeout).await?,
    };
    if addresses.is_empty() {
        return Err(EndReason::NoSuchHost);
    }
    let allowed: Vec<SocketAddr> = addresses
        .into_iter()
        .filter(|a| policy.check(a.ip(), port).is_ok())
        .map(|a| SocketAddr::new(canonical(a.ip()), a.port()))
        .collect();
    if allowed.is_empty() {
        return Err(EndReason::NotAllowed);
    }
    let mut last = EndReason::Unreachable;
    for address in allowed {
        match tokio::time::timeout(timeout, TcpStream::connect(address)).await {
            Ok(Ok(socket)) => return Ok(socket),
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                last = EndReason::Refused;
            }
            Ok(Err(_)) => last = EndReason::Unreachable,
            Err(_) => last = EndReason::TimedOut,
        }
    }
    Err(last)
}

/// Writes a hello answer and flushes it; `false` when the peer is gone.
async fn answer<S: tokio::io::AsyncWrite + Unpin>(
    s: &mut S,
    status: Status,
    message: &str,
) -> bool {
    s.write_all(&open::encode_answer(status, message))
        .await
        .is_ok()
        && s.flush().await.is_ok()
}
