//! An entry, an exit and the proxy on loopback: SOCKS5 and HTTP CONNECT fetches, refusals,
//! the exit's DNS through a real name server, idle timeouts, spent tokens across restarts.
#![cfg(feature = "net")]
#![allow(clippy::unwrap_used)]

use std::{
    net::{Ipv4Addr, SocketAddr},
    path::PathBuf,
    sync::{
        Arc,
        atomic::{AtomicI64, AtomicUsize, Ordering},
    },
    time::Duration,
};

use conclave_relay::{
    directory::{DIRECTORY_VERSION, Directory, IssuerKey, Path, RelayDescriptor, Role},
    hex,
    net::{
        client::{CircuitError, Proxy, ProxyConfig, TokenFuture, TokenSource, build_circuit},
        relay::{Dns, Relay, RelayLimits, serve},
        tls::RelayIdentity,
        tokens::DirectoryTokens,
    },
    noise::NoiseKeypair,
    policy::ExitPolicy,
};
use conclave_tokens::{IssuerSecretKey, TokenChallenge};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream, UdpSocket},
    sync::watch,
};

/// A real Privacy Pass issuer (the home server's role, tested end to end with the server).
struct Issuer {
    key: IssuerSecretKey,
    name: String,
}

impl Issuer {
    fn new(name: &str) -> Arc<Issuer> {
        Arc::new(Issuer {
            key: IssuerSecretKey::generate().unwrap(),
            name: name.into(),
        })
    }

    fn token(&self, origin: &str) -> Vec<u8> {
        let challenge = TokenChallenge::new(self.name.as_str(), origin);
        let (request, pending) =
            conclave_tokens::begin(&self.key.public_key(), &challenge).unwrap();
        let response = self.key.issue(&request).unwrap();
        pending.finish(&response).unwrap().into_bytes()
    }

    fn entry_until(&self, not_after: i64) -> conclave_relay::directory::Issuer {
        conclave_relay::directory::Issuer {
            name: self.name.clone(),
            keys: vec![IssuerKey::new(
                &self.key.public_key().to_spki_der(),
                not_after,
            )],
        }
    }
}

struct Source(Arc<Issuer>);
impl TokenSource for Source {
    fn tokens<'a>(&'a self, origin: &'a str, n: u32) -> TokenFuture<'a> {
        Box::pin(async move { Ok((0..n).map(|_| self.0.token(origin)).collect()) })
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

async fn web_server() -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    tokio::spawn(async move {
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
            count.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                let n = s.read(&mut buf).await.unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let path = req.split(' ').nth(1).unwrap_or("/").to_string();
                let size: usize = path.trim_start_matches("/bytes/").parse().unwrap_or(0);
                let body: Vec<u8> = if size > 0 {
                    (0..size).map(|i| (i * 31 % 251) as u8).collect()
                } else {
                    format!("hello from {path}").into_bytes()
                };
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = s.write_all(head.as_bytes()).await;
                let _ = s.write_all(&body).await;
                let _ = s.shutdown().await;
            });
        }
    });
    (addr, accepted)
}

struct Net {
    proxy: SocketAddr,
    path: Path,
    issuer: Arc<Issuer>,
    /// Entry then exit: what a restart keeps.
    nodes: Vec<Node>,
    directory: watch::Sender<Arc<Directory>>,
    _shutdown: watch::Sender<bool>,
}

/// One relay's keys and how it runs; `restart` serves it anew from the same keys and data.
struct Node {
    noise: NoiseKeypair,
    identity: RelayIdentity,
    descriptor: RelayDescriptor,
    limits: RelayLimits,
    /// Where its spend log lives (`None`: in memory).
    spent_dir: Option<PathBuf>,
    shutdown: watch::Sender<bool>,
}

/// How a test network is set up.
struct Setup {
    policy: ExitPolicy,
    /// The exit's name servers (none: the system resolver).
    resolvers: Vec<SocketAddr>,
    entry_limits: RelayLimits,
    exit_limits: RelayLimits,
    /// A data directory per relay (`entry/`, `exit/`) for spend logs.
    data: Option<PathBuf>,
    now_ms: fn() -> i64,
    /// The issuer key's `not_after`.
    key_not_after: i64,
}

impl Setup {
    fn new(policy: ExitPolicy) -> Setup {
        Setup {
            policy,
            resolvers: Vec::new(),
            entry_limits: RelayLimits::default(),
            exit_limits: RelayLimits::default(),
            data: None,
            now_ms,
            key_not_after: i64::MAX,
        }
    }
}

async fn start(policy: ExitPolicy) -> Net {
    start_with(Setup::new(policy)).await
}

async fn start_with(setup: Setup) -> Net {
    let issuer = Issuer::new("home.test");
    let (shutdown, shutdown_rx) = watch::channel(false);
    let mut nodes = Vec::new();
    let mut listeners = Vec::new();
    for (role, country, operator, limits) in [
        (Role::Entry, "DE", "alpha", setup.entry_limits.clone()),
        (Role::Exit, "NL", "beta", setup.exit_limits.clone()),
    ] {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let noise = NoiseKeypair::generate();
        let identity = RelayIdentity::generate().unwrap();
        let descriptor = RelayDescriptor {
            id: RelayDescriptor::id_for(&noise.public),
            roles: vec![role],
            country: country.into(),
            operator: operator.into(),
            addr: listener.local_addr().unwrap().to_string(),
            tls_fp: hex(&identity.fingerprint),
            noise_key: RelayDescriptor::encode_noise_key(&noise.public),
            exit_policy: setup.policy.clone(),
        };
        let spent_dir = setup.data.as_ref().map(|d| {
            d.join(match role {
                Role::Entry => "entry",
                Role::Exit => "exit",
            })
        });
        nodes.push(Node {
            noise,
            identity,
            descriptor,
            limits,
            spent_dir,
            shutdown: watch::channel(false).0,
        });
        listeners.push(listener);
    }
    let directory = Arc::new(Directory {
        version: DIRECTORY_VERSION,
        operator: "test".into(),
        issued_at: 0,
        expires_at: i64::MAX,
        relays: nodes.iter().map(|n| n.descriptor.clone()).collect(),
        issuers: vec![issuer.entry_until(setup.key_not_after)],
    });
    let path = Path {
        entry: directory.relays[0].clone(),
        exit: directory.relays[1].clone(),
        same_operator: false,
    };
    let (dir_tx, dir_rx) = watch::channel(directory);
    for (node, listener) in nodes.iter_mut().zip(listeners) {
        node.serve(listener, &setup, dir_rx.clone());
    }
    let proxy = Proxy::new(
        ProxyConfig::default(),
        dir_rx,
        Arc::new(Source(issuer.clone())),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(proxy.run(listener, shutdown_rx));
    Net {
        proxy: addr,
        path,
        issuer,
        nodes,
        directory: dir_tx,
        _shutdown: shutdown,
    }
}

impl Node {
    fn serve(
        &mut self,
        listener: TcpListener,
        setup: &Setup,
        directory: watch::Receiver<Arc<Directory>>,
    ) {
        let id = &self.descriptor.id;
        let tokens = match &self.spent_dir {
            Some(dir) => {
                DirectoryTokens::persistent(id, directory.clone(), setup.now_ms, dir).unwrap()
            }
            None => DirectoryTokens::new(id, directory.clone(), setup.now_ms),
        };
        let relay = Arc::new(Relay {
            id: id.clone(),
            roles: self.descriptor.roles.clone(),
            identity: self.identity.clone(),
            noise: self.noise.clone(),
            policy: setup.policy.clone(),
            dns: Dns::servers(&setup.resolvers, Duration::from_secs(5)).unwrap(),
            tokens: Arc::new(tokens),
            directory,
            limits: self.limits.clone(),
            view: None,
        });
        let (shutdown, shutdown_rx) = watch::channel(false);
        self.shutdown = shutdown;
        tokio::spawn(serve(relay, listener, shutdown_rx));
    }
}

impl Net {
    /// Stops both relays and serves them again from the same keys and data directories on
    /// new ports (a restart); the directory follows.
    async fn restart(&mut self, setup: &Setup) {
        for node in &self.nodes {
            node.shutdown.send_replace(true);
        }
        let mut directory = (**self.directory.borrow()).clone();
        let mut listeners = Vec::new();
        for (node, relay) in self.nodes.iter_mut().zip(directory.relays.iter_mut()) {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            node.descriptor.addr = listener.local_addr().unwrap().to_string();
            relay.addr = node.descriptor.addr.clone();
            listeners.push(listener);
        }
        self.path.entry = directory.relays[0].clone();
        self.path.exit = directory.relays[1].clone();
        self.directory.send_replace(Arc::new(directory));
        for (node, listener) in self.nodes.iter_mut().zip(listeners) {
            node.serve(listener, setup, self.directory.subscribe());
        }
    }
}

async fn socks_get(proxy: SocketAddr, host: &str, port: u16, path: &str) -> Result<Vec<u8>, u8> {
    let mut s = TcpStream::connect(proxy).await.unwrap();
    s.write_all(&[5, 1, 0]).await.unwrap();
    let mut r = [0u8; 2];
    s.read_exact(&mut r).await.unwrap();
    assert_eq!(r, [5, 0]);
    let mut req = vec![5, 1, 0, 3, host.len() as u8];
    req.extend_from_slice(host.as_bytes());
    req.extend_from_slice(&port.to_be_bytes());
    s.write_all(&req).await.unwrap();
    let mut reply = [0u8; 10];
    s.read_exact(&mut reply).await.unwrap();
    if reply[1] != 0 {
        return Err(reply[1]);
    }
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut all = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut all))
        .await
        .unwrap()
        .unwrap();
    let at = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    Ok(all[at + 4..].to_vec())
}

fn loopback_allowed() -> ExitPolicy {
    ExitPolicy {
        allow: vec!["127.0.0.0/8".parse().unwrap()],
        ..ExitPolicy::default()
    }
}

#[tokio::test]
async fn socks_and_http_connect_fetch_through_two_hops() {
    let (web, _) = web_server().await;
    let net = start(loopback_allowed()).await;
    let body = socks_get(net.proxy, "localhost", web.port(), "/marker-1")
        .await
        .unwrap();
    assert_eq!(body, b"hello from /marker-1");
    let body = socks_get(net.proxy, "127.0.0.1", web.port(), "/bytes/3000000")
        .await
        .unwrap();
    assert_eq!(body.len(), 3_000_000);
    assert!(
        body.iter()
            .enumerate()
            .all(|(i, b)| *b == (i * 31 % 251) as u8)
    );

    let mut s = TcpStream::connect(net.proxy).await.unwrap();
    s.write_all(
        format!(
            "CONNECT localhost:{} HTTP/1.1\r\nHost: x\r\n\r\n",
            web.port()
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    let mut head = vec![0u8; 39];
    s.read_exact(&mut head).await.unwrap();
    assert!(
        head.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&head)
    );
    s.write_all(b"GET /via-connect HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).await.unwrap();
    assert!(all.ends_with(b"hello from /via-connect"));

    // Parallel streams over the one circuit.
    let mut tasks = Vec::new();
    for i in 0..20 {
        let proxy = net.proxy;
        let port = web.port();
        tasks.push(tokio::spawn(async move {
            let body = socks_get(
                proxy,
                "127.0.0.1",
                port,
                &format!("/bytes/{}", 1_000_000 + i),
            )
            .await
            .unwrap();
            assert_eq!(body.len(), 1_000_000 + i);
            assert!(
                body.iter()
                    .enumerate()
                    .all(|(j, b)| *b == (j * 31 % 251) as u8)
            );
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
}

#[tokio::test]
async fn the_exit_policy_refuses_internal_addresses_and_mail_ports() {
    let (web, _) = web_server().await;
    let net = start(ExitPolicy::default()).await;
    // 2 = connection not allowed by ruleset.
    assert_eq!(
        socks_get(net.proxy, "127.0.0.1", web.port(), "/").await,
        Err(2)
    );
    assert_eq!(
        socks_get(net.proxy, "localhost", web.port(), "/").await,
        Err(2)
    );
    assert_eq!(socks_get(net.proxy, "10.0.0.1", 80, "/").await, Err(2));
    assert_eq!(
        socks_get(net.proxy, "169.254.169.254", 80, "/").await,
        Err(2)
    );
    assert_eq!(socks_get(net.proxy, "93.184.216.34", 25, "/").await, Err(2));
    assert_eq!(
        socks_get(net.proxy, "no-such-host.invalid", 80, "/").await,
        Err(4)
    );
}

#[tokio::test]
async fn missing_reused_foreign_and_wrong_origin_tokens_are_refused_before_any_connection() {
    let (web, accepted) = web_server().await;
    let net = start(loopback_allowed()).await;
    let (entry, exit) = (net.path.entry.id.clone(), net.path.exit.id.clone());
    let good_exit = || net.issuer.token(&exit);
    let refused_at_entry =
        |r: Result<_, CircuitError>| matches!(r, Err(CircuitError::EntryRefused(_)));
    // Missing.
    assert!(refused_at_entry(
        build_circuit(&net.path, b"", &good_exit(), 8).await
    ));
    // Wrong origin: a token for the exit spent at the entry.
    assert!(refused_at_entry(
        build_circuit(&net.path, &net.issuer.token(&exit), &good_exit(), 8).await
    ));
    // Foreign issuer.
    let foreign = Issuer::new("home.test");
    assert!(refused_at_entry(
        build_circuit(&net.path, &foreign.token(&entry), &good_exit(), 8).await
    ));
    // Reused.
    let once = net.issuer.token(&entry);
    let mux = build_circuit(&net.path, &once, &good_exit(), 8)
        .await
        .unwrap();
    mux.close();
    assert!(refused_at_entry(
        build_circuit(&net.path, &once, &good_exit(), 8).await
    ));
    // At the exit: missing, wrong origin, foreign, reused.
    let refused_at_exit = |r: Result<_, CircuitError>| matches!(r, Err(CircuitError::ExitRefused(ref m)) if m.contains("token"));
    assert!(refused_at_exit(
        build_circuit(&net.path, &net.issuer.token(&entry), b"", 8).await
    ));
    assert!(refused_at_exit(
        build_circuit(
            &net.path,
            &net.issuer.token(&entry),
            &net.issuer.token(&entry),
            8
        )
        .await
    ));
    assert!(refused_at_exit(
        build_circuit(
            &net.path,
            &net.issuer.token(&entry),
            &foreign.token(&exit),
            8
        )
        .await
    ));
    let exit_once = net.issuer.token(&exit);
    build_circuit(&net.path, &net.issuer.token(&entry), &exit_once, 8)
        .await
        .unwrap()
        .close();
    assert!(refused_at_exit(
        build_circuit(&net.path, &net.issuer.token(&entry), &exit_once, 8).await
    ));
    // No refused circuit reached the web server.
    assert_eq!(accepted.load(Ordering::SeqCst), 0);
    // And the good path still works.
    assert_eq!(
        socks_get(net.proxy, "127.0.0.1", web.port(), "/ok")
            .await
            .unwrap(),
        b"hello from /ok"
    );
}

#[tokio::test]
async fn bad_input_at_the_relay_port_leaves_good_clients_served() {
    let (web, _) = web_server().await;
    let net = start(loopback_allowed()).await;
    let entry_addr: SocketAddr = net.path.entry.addr.parse().unwrap();
    let exit_addr: SocketAddr = net.path.exit.addr.parse().unwrap();
    // Not TLS at all, and truncated TLS, at both relays.
    for addr in [entry_addr, exit_addr] {
        for garbage in [
            &b"GET / HTTP/1.1\r\n\r\n"[..],
            &[0x16, 3, 1, 0xff, 0xff, 1][..],
            &[0u8; 4096][..],
        ] {
            let mut s = TcpStream::connect(addr).await.unwrap();
            let _ = s.write_all(garbage).await;
            let mut sink = Vec::new();
            let r = tokio::time::timeout(Duration::from_secs(15), s.read_to_end(&mut sink)).await;
            assert!(r.is_ok(), "the relay must close a garbage connection");
        }
    }
    // A flood of half-open connections from one address (more than the per-IP cap).
    let mut flood = Vec::new();
    for _ in 0..200 {
        if let Ok(s) = TcpStream::connect(entry_addr).await {
            flood.push(s);
        }
    }
    // TLS with a malformed hello, an oversized OPEN, and a garbage Noise handshake cell.
    let config =
        conclave_relay::net::tls::pinned_client_config(net.path.entry.tls_fp().unwrap()).unwrap();
    let connector = tokio_rustls::TlsConnector::from(config);
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.2:0".parse().unwrap()).unwrap();
    let tcp = socket.connect(entry_addr).await.unwrap();
    let mut tls = connector
        .connect(conclave_relay::net::tls::server_name(), tcp)
        .await
        .unwrap();
    tls.write_all(b"CNR1\xff\xffjunk").await.unwrap();
    tls.flush().await.unwrap();
    let mut answer = [0u8; 3];
    tls.read_exact(&mut answer).await.unwrap();
    assert_eq!(answer[0], 1, "malformed");
    // A valid entry token, then a garbage first cell for the exit: the circuit is dropped.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.2:0".parse().unwrap()).unwrap();
    let tcp = socket.connect(entry_addr).await.unwrap();
    let mut tls = connector
        .connect(conclave_relay::net::tls::server_name(), tcp)
        .await
        .unwrap();
    let open =
        conclave_relay::open::encode_open(&net.path.exit.id, &net.issuer.token(&net.path.entry.id))
            .unwrap();
    tls.write_all(&open).await.unwrap();
    tls.flush().await.unwrap();
    tls.read_exact(&mut answer).await.unwrap();
    assert_eq!(answer[0], 0);
    tls.write_all(&[7u8; conclave_relay::cell::CELL_LEN])
        .await
        .unwrap();
    tls.flush().await.unwrap();
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(15), tls.read_to_end(&mut rest)).await;
    assert!(
        closed.is_ok() && rest.is_empty(),
        "a garbage Noise handshake gets no answer"
    );
    // The flood's address is shed past its cap; once it lets go, that address is served
    // again (clients of other addresses were served throughout, as above from 127.0.0.2).
    drop(flood);
    assert_eq!(
        socks_get(net.proxy, "127.0.0.1", web.port(), "/after")
            .await
            .unwrap(),
        b"hello from /after"
    );
}

/// A name server on loopback: real DNS packets over UDP (hickory-proto's codec), answering
/// `A` queries from `zone`, NXDOMAIN for other names. Counts the queries it answered.
async fn name_server(zone: Vec<(&'static str, Vec<Ipv4Addr>)>) -> (SocketAddr, Arc<AtomicUsize>) {
    use hickory_proto::{
        op::{Message, MessageType, OpCode, ResponseCode},
        rr::{RData, Record, RecordType, rdata::A},
    };
    let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let addr = socket.local_addr().unwrap();
    let queries = Arc::new(AtomicUsize::new(0));
    let count = queries.clone();
    tokio::spawn(async move {
        let mut buf = vec![0u8; 4096];
        loop {
            let (n, from) = socket.recv_from(&mut buf).await.unwrap();
            let Ok(query) = Message::from_vec(&buf[..n]) else {
                continue;
            };
            count.fetch_add(1, Ordering::SeqCst);
            let mut answer = Message::new(query.metadata.id, MessageType::Response, OpCode::Query);
            answer.metadata.recursion_desired = query.metadata.recursion_desired;
            answer.metadata.recursion_available = true;
            answer.edns = query.edns.clone();
            for q in &query.queries {
                answer.add_query(q.clone());
                let name = q.name().to_ascii().to_ascii_lowercase();
                match zone.iter().find(|(n, _)| name.trim_end_matches('.') == *n) {
                    None => answer.metadata.response_code = ResponseCode::NXDomain,
                    Some((_, ips)) if q.query_type() == RecordType::A => {
                        for ip in ips {
                            answer.add_answer(Record::from_rdata(
                                q.name().clone(),
                                60,
                                RData::A(A(*ip)),
                            ));
                        }
                    }
                    // Known, but no records of that type (AAAA).
                    Some(_) => {}
                }
            }
            let _ = socket.send_to(&answer.to_vec().unwrap(), from).await;
        }
    });
    (addr, queries)
}

#[tokio::test]
async fn the_exit_resolves_through_its_configured_name_servers_and_polices_every_answer() {
    let (web, accepted) = web_server().await;
    let (dns, queries) = name_server(vec![
        ("web.conclave-test", vec![Ipv4Addr::LOCALHOST]),
        ("intranet.conclave-test", vec![Ipv4Addr::new(10, 0, 0, 1)]),
        // One refused and one allowed address: only the allowed one is dialled.
        (
            "mixed.conclave-test",
            vec![
                Ipv4Addr::new(169, 254, 169, 254),
                Ipv4Addr::new(127, 0, 0, 1),
            ],
        ),
    ])
    .await;
    let mut setup = Setup::new(loopback_allowed());
    setup.resolvers = vec![dns];
    let net = start_with(setup).await;

    // Names only this name server knows (the system resolver does not).
    assert_eq!(
        socks_get(net.proxy, "web.conclave-test", web.port(), "/via-dns")
            .await
            .unwrap(),
        b"hello from /via-dns"
    );
    assert_eq!(
        socks_get(net.proxy, "MIXED.conclave-test", web.port(), "/mixed")
            .await
            .unwrap(),
        b"hello from /mixed"
    );
    // 2 = not allowed by ruleset: the name resolves to an RFC 1918 address.
    assert_eq!(
        socks_get(net.proxy, "intranet.conclave-test", 80, "/").await,
        Err(2)
    );
    // 4 = host unreachable: NXDOMAIN.
    assert_eq!(
        socks_get(net.proxy, "nowhere.conclave-test", 80, "/").await,
        Err(4)
    );
    assert!(
        queries.load(Ordering::SeqCst) >= 4,
        "the exit asked the name server"
    );
    assert_eq!(accepted.load(Ordering::SeqCst), 2);

    // Without the loopback exception the same answer is refused.
    let (dns, _) = name_server(vec![("web.conclave-test", vec![Ipv4Addr::LOCALHOST])]).await;
    let mut setup = Setup::new(ExitPolicy::default());
    setup.resolvers = vec![dns];
    let strict = start_with(setup).await;
    assert_eq!(
        socks_get(strict.proxy, "web.conclave-test", web.port(), "/").await,
        Err(2)
    );
    assert_eq!(accepted.load(Ordering::SeqCst), 2);
}

/// A TCP server that echoes what it reads.
async fn echo_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                loop {
                    match s.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => {
                            if s.write_all(&buf[..n]).await.is_err() {
                                return;
                            }
                        }
                    }
                }
            });
        }
    });
    addr
}

/// A SOCKS5 stream to `127.0.0.1:port`, connected (nothing sent yet).
async fn socks_open(proxy: SocketAddr, port: u16) -> TcpStream {
    let mut s = TcpStream::connect(proxy).await.unwrap();
    s.write_all(&[5, 1, 0]).await.unwrap();
    let mut r = [0u8; 2];
    s.read_exact(&mut r).await.unwrap();
    let mut req = vec![5, 1, 0, 1, 127, 0, 0, 1];
    req.extend_from_slice(&port.to_be_bytes());
    s.write_all(&req).await.unwrap();
    let mut reply = [0u8; 10];
    s.read_exact(&mut reply).await.unwrap();
    assert_eq!(reply[1], 0, "stream refused");
    s
}

#[tokio::test]
async fn the_exit_closes_idle_streams_and_idle_circuits_and_frees_their_places() {
    let (web, _) = web_server().await;
    let echo = echo_server().await;
    let mut setup = Setup::new(loopback_allowed());
    setup.exit_limits.idle_timeout = Duration::from_secs(1);
    // One circuit and two streams at a time: a place not freed shows at once.
    setup.exit_limits.circuits_max = 1;
    setup.exit_limits.streams_per_circuit_max = 2;
    let net = start_with(setup).await;

    // A stream that says nothing (the web server waits for a request) and a busy one.
    let mut idle = socks_open(net.proxy, web.port()).await;
    let mut busy = socks_open(net.proxy, echo.port()).await;
    let started = tokio::time::Instant::now();
    let mut idle_closed_at = None;
    while started.elapsed() < Duration::from_millis(2500) {
        busy.write_all(b"ping").await.unwrap();
        let mut pong = [0u8; 4];
        tokio::time::timeout(Duration::from_secs(5), busy.read_exact(&mut pong))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(&pong, b"ping");
        let mut sink = [0u8; 64];
        if idle_closed_at.is_none()
            && let Ok(read) =
                tokio::time::timeout(Duration::from_millis(300), idle.read(&mut sink)).await
        {
            assert!(matches!(read, Ok(0) | Err(_)), "the idle stream got data");
            idle_closed_at = Some(started.elapsed());
        }
    }
    let at = idle_closed_at.expect("the idle stream was not closed");
    assert!(at >= Duration::from_millis(900), "closed too early: {at:?}");
    // Its place is free: with the busy stream still open, a second stream fits.
    assert_eq!(
        socks_get(net.proxy, "127.0.0.1", web.port(), "/second")
            .await
            .unwrap(),
        b"hello from /second"
    );
    // The busy stream kept the circuit; once it is quiet too, the exit closes the circuit
    // and frees its place: the next stream needs a new circuit, which the exit (one circuit
    // at a time) admits.
    drop(busy);
    tokio::time::sleep(Duration::from_millis(2000)).await;
    assert_eq!(
        socks_get(net.proxy, "127.0.0.1", web.port(), "/new-circuit")
            .await
            .unwrap(),
        b"hello from /new-circuit"
    );
}

#[tokio::test]
async fn the_entry_closes_an_idle_circuit_and_frees_its_place() {
    let mut setup = Setup::new(loopback_allowed());
    setup.entry_limits.idle_timeout = Duration::from_secs(1);
    setup.entry_limits.circuits_max = 1;
    let net = start_with(setup).await;
    let (entry, exit) = (net.path.entry.id.clone(), net.path.exit.id.clone());
    let mux = build_circuit(
        &net.path,
        &net.issuer.token(&entry),
        &net.issuer.token(&exit),
        8,
    )
    .await
    .unwrap();
    let started = tokio::time::Instant::now();
    tokio::time::timeout(Duration::from_secs(10), mux.closed())
        .await
        .expect("the entry kept an idle circuit");
    assert!(started.elapsed() >= Duration::from_millis(900));
    // The entry admits one circuit at a time: the idle one's place is free again.
    build_circuit(
        &net.path,
        &net.issuer.token(&entry),
        &net.issuer.token(&exit),
        8,
    )
    .await
    .unwrap()
    .close();
}

/// The clock of the restart test (its issuer key expires on it).
static RESTART_NOW_MS: AtomicI64 = AtomicI64::new(1_000);

fn restart_now_ms() -> i64 {
    RESTART_NOW_MS.load(Ordering::SeqCst)
}

#[tokio::test]
async fn a_token_spent_before_a_restart_is_refused_after_it_until_its_key_expires() {
    let (web, _) = web_server().await;
    let data = tempfile::tempdir().unwrap();
    let mut setup = Setup::new(loopback_allowed());
    setup.data = Some(data.path().to_owned());
    setup.now_ms = restart_now_ms;
    setup.key_not_after = 1_000_000;
    let mut net = start_with(setup).await;
    let (entry, exit) = (net.path.entry.id.clone(), net.path.exit.id.clone());
    let (entry_once, exit_once) = (net.issuer.token(&entry), net.issuer.token(&exit));
    build_circuit(&net.path, &entry_once, &exit_once, 8)
        .await
        .unwrap()
        .close();
    let key_id = net.issuer.key.public_key().key_id();
    let log_of = |role: &str| {
        data.path()
            .join(role)
            .join(format!("spent-{}.bin", hex(&key_id)))
    };
    assert!(log_of("entry").exists() && log_of("exit").exists());

    let mut setup = Setup::new(loopback_allowed());
    setup.data = Some(data.path().to_owned());
    setup.now_ms = restart_now_ms;
    net.restart(&setup).await;
    let spent = |r: Result<_, CircuitError>, at_entry: bool| match r {
        Err(CircuitError::EntryRefused(m)) if at_entry => m.contains("already spent"),
        Err(CircuitError::ExitRefused(m)) if !at_entry => m.contains("already spent"),
        _ => false,
    };
    assert!(spent(
        build_circuit(&net.path, &entry_once, &net.issuer.token(&exit), 8).await,
        true
    ));
    assert!(spent(
        build_circuit(&net.path, &net.issuer.token(&entry), &exit_once, 8).await,
        false
    ));
    // Fresh tokens still pass, and the proxy browses.
    assert_eq!(
        socks_get(net.proxy, "127.0.0.1", web.port(), "/after-restart")
            .await
            .unwrap(),
        b"hello from /after-restart"
    );

    // Past the key's expiry its logs are dropped at start (its tokens are refused anyway).
    RESTART_NOW_MS.store(2_000_000, Ordering::SeqCst);
    net.restart(&setup).await;
    assert!(!log_of("entry").exists() && !log_of("exit").exists());
    assert!(matches!(
        build_circuit(&net.path, &net.issuer.token(&entry), &net.issuer.token(&exit), 8).await,
        Err(CircuitError::EntryRefused(m)) if m.contains("not one this verifier trusts")
    ));
}
