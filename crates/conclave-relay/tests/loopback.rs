//! An entry, an exit and the proxy on loopback: SOCKS5 and HTTP CONNECT fetches, refusals.
#![cfg(feature = "net")]
#![allow(clippy::unwrap_used)]

use std::{
    collections::HashSet,
    future::Future,
    net::SocketAddr,
    pin::Pin,
    sync::{Arc, Mutex},
    time::Duration,
};

use conclave_relay::{
    directory::{DIRECTORY_VERSION, Directory, RelayDescriptor, Role},
    hex,
    net::{
        TokenCheck,
        client::{Proxy, ProxyConfig, TokenSource},
        relay::{Relay, RelayLimits, serve},
        tls::RelayIdentity,
    },
    noise::NoiseKeypair,
    policy::ExitPolicy,
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::watch,
};

/// Spend-once tokens: the relay side of a test issuer (the Privacy Pass issuer is tested
/// end to end with the server).
#[derive(Default)]
struct Ledger {
    issued: Mutex<HashSet<Vec<u8>>>,
}

struct Check(Arc<Ledger>, String);
impl TokenCheck for Check {
    fn redeem(&self, token: &[u8]) -> Result<(), String> {
        if !token.starts_with(self.1.as_bytes()) {
            return Err("wrong origin".into());
        }
        if self.0.issued.lock().unwrap().remove(token) {
            Ok(())
        } else {
            Err("unknown or spent".into())
        }
    }
}

struct Source(Arc<Ledger>);
impl TokenSource for Source {
    fn tokens<'a>(
        &'a self,
        origin: &'a str,
        n: u32,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<Vec<u8>>, String>> + Send + 'a>> {
        Box::pin(async move {
            let mut out = Vec::new();
            for _ in 0..n {
                let t = format!("{origin}:{}", hex(&rand::random::<[u8; 16]>())).into_bytes();
                self.0.issued.lock().unwrap().insert(t.clone());
                out.push(t);
            }
            Ok(out)
        })
    }
}

async fn web_server() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
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
    addr
}

struct Net {
    proxy: SocketAddr,
    _shutdown: watch::Sender<bool>,
}

async fn start(policy: ExitPolicy) -> Net {
    let ledger = Arc::new(Ledger::default());
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
        issuers: vec![],
    });
    let (_dir_tx, dir_rx) = watch::channel(directory);
    for (listener, noise, identity, descriptor) in relays {
        let relay = Arc::new(Relay {
            id: descriptor.id.clone(),
            roles: descriptor.roles.clone(),
            identity,
            noise,
            policy: policy.clone(),
            tokens: Arc::new(Check(ledger.clone(), descriptor.id.clone())),
            directory: dir_rx.clone(),
            limits: RelayLimits::default(),
            view: None,
        });
        tokio::spawn(serve(relay, listener, shutdown_rx.clone()));
    }
    std::mem::forget(_dir_tx);
    let proxy = Proxy::new(ProxyConfig::default(), dir_rx, Arc::new(Source(ledger)));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(proxy.run(listener, shutdown_rx));
    Net {
        proxy: addr,
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
    let web = web_server().await;
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
    let web = web_server().await;
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
