//! An entry, an exit and the proxy on loopback: SOCKS5 and HTTP CONNECT fetches, refusals.
#![cfg(feature = "net")]
#![allow(clippy::unwrap_used)]

use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use conclave_relay::{
    directory::{DIRECTORY_VERSION, Directory, IssuerKey, Path, RelayDescriptor, Role},
    hex,
    net::{
        client::{CircuitError, Proxy, ProxyConfig, TokenFuture, TokenSource, build_circuit},
        relay::{Relay, RelayLimits, serve},
        tls::RelayIdentity,
        tokens::DirectoryTokens,
    },
    noise::NoiseKeypair,
    policy::ExitPolicy,
};
use conclave_tokens::{IssuerSecretKey, TokenChallenge};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
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

    fn entry(&self) -> conclave_relay::directory::Issuer {
        conclave_relay::directory::Issuer {
            name: self.name.clone(),
            keys: vec![IssuerKey::new(
                &self.key.public_key().to_spki_der(),
                i64::MAX,
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
    _shutdown: watch::Sender<bool>,
}

async fn start(policy: ExitPolicy) -> Net {
    let issuer = Issuer::new("home.test");
    let (shutdown, shutdown_rx) = watch::channel(false);
    let mut relays = Vec::new();
    let mut descriptors = Vec::new();
    for (role, country, operator) in [(Role::Entry, "DE", "alpha"), (Role::Exit, "NL", "beta")] {
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
            exit_policy: policy.clone(),
        };
        descriptors.push(descriptor.clone());
        relays.push((listener, noise, identity, descriptor));
    }
    let directory = Arc::new(Directory {
        version: DIRECTORY_VERSION,
        operator: "test".into(),
        issued_at: 0,
        expires_at: i64::MAX,
        relays: descriptors,
        issuers: vec![issuer.entry()],
    });
    let path = Path {
        entry: directory.relays[0].clone(),
        exit: directory.relays[1].clone(),
        same_operator: false,
    };
    let (_dir_tx, dir_rx) = watch::channel(directory);
    for (listener, noise, identity, descriptor) in relays {
        let relay = Arc::new(Relay {
            id: descriptor.id.clone(),
            roles: descriptor.roles.clone(),
            identity,
            noise,
            policy: policy.clone(),
            tokens: Arc::new(DirectoryTokens::new(&descriptor.id, dir_rx.clone(), now_ms)),
            directory: dir_rx.clone(),
            limits: RelayLimits::default(),
            view: None,
        });
        tokio::spawn(serve(relay, listener, shutdown_rx.clone()));
    }
    std::mem::forget(_dir_tx);
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
        _shutdown: shutdown,
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
