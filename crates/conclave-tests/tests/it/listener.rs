//! The public port against strangers: connections that never become sessions are bounded in
//! time (TLS handshake, request head, keep-alive idle) and in number per address; `/metrics`
//! lives on its own address; the data directory is private; HSTS with an operator certificate;
//! `connections_max` against the descriptor limit.

use std::{
    os::unix::fs::PermissionsExt as _,
    path::Path,
    process::{Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use conclave_client::{Endpoint, raw};
use conclave_proto::{ErrorCode, ServerFrame, decode_server};
use conclave_tests::{TestServer, bin, http_get, https_get};
use tokio::{
    io::{AsyncRead, AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// Generous bounds around small timeouts: the machine running the tests may be loaded.
const SLACK: Duration = Duration::from_secs(4);

async fn tls_connect(endpoint: &Endpoint) -> tokio_rustls::client::TlsStream<TcpStream> {
    let (config, _) = conclave_client::tls_client_config(endpoint.pin);
    tls_connect_with(endpoint.port, config).await
}

async fn tls_connect_with(
    port: u16,
    config: Arc<rustls::ClientConfig>,
) -> tokio_rustls::client::TlsStream<TcpStream> {
    let tcp = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .expect("TLS handshake")
}

/// Reads until the server closes the connection (EOF or reset); how long after `started`.
async fn time_to_close(
    stream: &mut (impl AsyncRead + Unpin),
    started: Instant,
    bound: Duration,
) -> Duration {
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(
            bound.saturating_sub(started.elapsed()),
            stream.read(&mut buf),
        )
        .await
        {
            Err(_) => panic!("the server did not close the connection within {bound:?}"),
            Ok(Ok(0) | Err(_)) => return started.elapsed(),
            Ok(Ok(_)) => {}
        }
    }
}

#[tokio::test]
async fn silent_slow_and_idle_connections_are_closed_at_their_timeouts() {
    let server = TestServer::start_with_config(
        "[limits]\ntls_handshake_timeout = \"2s\"\nhttp_header_timeout = \"2s\"\n\
         http_connection_max = \"3s\"\nauth_timeout = \"2s\"\n",
    );
    let timeout = Duration::from_secs(2);

    // A WebSocket that never authenticates: told so and closed at the auth timeout.
    let ws_at = Instant::now();
    let mut ws = raw::connect(&server.endpoint).await.unwrap();
    let hello = raw::recv_bytes(&mut ws).await.unwrap().unwrap();
    assert!(matches!(
        decode_server(&hello).unwrap(),
        ServerFrame::Hello { .. }
    ));
    let ws_task = tokio::spawn(async move {
        let bytes = tokio::time::timeout(timeout + SLACK, raw::recv_bytes(&mut ws))
            .await
            .expect("closed within the auth timeout")
            .unwrap()
            .unwrap();
        match decode_server(&bytes).unwrap() {
            ServerFrame::Fatal(e) => {
                assert_eq!(e.code, ErrorCode::NotAuthenticated);
                assert!(e.message.contains("timed out"), "{}", e.message);
            }
            other => panic!("expected Fatal, got {other:?}"),
        }
        ws_at.elapsed()
    });
    // A keep-alive connection that asks something every second: closed at its lifetime limit.
    let busy_at = Instant::now();
    let busy = tls_connect(&server.endpoint).await;
    let busy_task = tokio::spawn(async move {
        let mut busy = busy;
        let mut buf = [0u8; 1024];
        loop {
            assert!(
                busy_at.elapsed() < Duration::from_secs(3) + SLACK,
                "still open"
            );
            if busy
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                .await
                .is_err()
            {
                break;
            }
            match tokio::time::timeout(SLACK, busy.read(&mut buf)).await {
                Ok(Ok(0) | Err(_)) => break,
                Ok(Ok(_)) => {}
                Err(_) => panic!("no answer"),
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        busy_at.elapsed()
    });

    // No TLS handshake at all: closed at the handshake timeout.
    let silent_tcp_at = Instant::now();
    let mut silent_tcp = TcpStream::connect(server.addr).await.unwrap();
    // TLS, then nothing: closed at the header timeout.
    let silent_tls_at = Instant::now();
    let mut silent_tls = tls_connect(&server.endpoint).await;
    // Slowloris: a request head that never ends, one header line a second.
    let mut slow = tls_connect(&server.endpoint).await;
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    let slow_task = tokio::spawn(async move {
        let started = Instant::now();
        for i in 0.. {
            tokio::time::sleep(Duration::from_secs(1)).await;
            let line = format!("X-Drip-{i}: still here\r\n");
            if slow.write_all(line.as_bytes()).await.is_err() || slow.flush().await.is_err() {
                break;
            }
            let mut buf = [0u8; 256];
            // A closed connection shows as EOF or an error on read.
            if let Ok(Ok(0) | Err(_)) =
                tokio::time::timeout(Duration::from_millis(10), slow.read(&mut buf)).await
            {
                break;
            }
            assert!(
                started.elapsed() < timeout + SLACK,
                "a slowloris connection is still open after {:?}",
                started.elapsed()
            );
        }
        started.elapsed()
    });
    // Keep-alive: one whole request answered, then idle: closed at the header timeout too.
    let mut idle = tls_connect(&server.endpoint).await;
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut answer = [0u8; 512];
    let n = idle.read(&mut answer).await.unwrap();
    let idle_at = Instant::now();
    assert!(
        String::from_utf8_lossy(&answer[..n]).starts_with("HTTP/1.1 200"),
        "keep-alive request answered"
    );

    for (what, elapsed) in [
        (
            "a TCP connection without TLS",
            time_to_close(&mut silent_tcp, silent_tcp_at, timeout + SLACK).await,
        ),
        (
            "a TLS connection without a request",
            time_to_close(&mut silent_tls, silent_tls_at, timeout + SLACK).await,
        ),
        (
            "an idle keep-alive connection",
            time_to_close(&mut idle, idle_at, timeout + SLACK).await,
        ),
    ] {
        assert!(
            elapsed >= timeout - Duration::from_millis(500),
            "{what} was closed early, after {elapsed:?}"
        );
    }
    let slow_for = slow_task.await.unwrap();
    assert!(
        slow_for >= timeout - Duration::from_millis(500) && slow_for < timeout + SLACK,
        "slowloris closed after {slow_for:?}"
    );
    let ws_for = ws_task.await.unwrap();
    assert!(
        ws_for >= timeout - Duration::from_millis(500),
        "auth timeout after {ws_for:?}"
    );
    let busy_for = busy_task.await.unwrap();
    assert!(
        busy_for >= Duration::from_millis(2500),
        "an active connection was closed after {busy_for:?}"
    );
    // The server is fine and serves new connections.
    let (status, _) = https_get(&server.endpoint, "/healthz").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn unauthenticated_connections_per_address_are_capped_and_sessions_are_not() {
    let server = TestServer::start_with_config("[limits]\nunauthenticated_per_ip_max = 3\n");
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    let carol = server.register("carol").await;
    let mut sessions = Vec::new();
    for device in [&alice, &bob] {
        sessions.push(device.connect(&server.endpoint).await.unwrap());
    }

    // Two TLS connections that send nothing and a WebSocket that has not authenticated fill
    // this address's allowance…
    let mut pending = Vec::new();
    for _ in 0..2 {
        pending.push(tls_connect(&server.endpoint).await);
    }
    let mut unauthenticated_ws = raw::connect(&server.endpoint).await.unwrap();
    assert!(
        raw::recv_bytes(&mut unauthenticated_ws)
            .await
            .unwrap()
            .is_some()
    );
    // …so the fourth is closed at accept (its handshake fails), and so is a new session.
    let (config, _) = conclave_client::tls_client_config(server.endpoint.pin);
    let tcp = TcpStream::connect(server.addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let fourth = tokio::time::timeout(
        SLACK,
        tokio_rustls::TlsConnector::from(config).connect(name, tcp),
    )
    .await
    .expect("refused at once");
    assert!(
        fourth.is_err(),
        "a fourth unauthenticated connection is refused"
    );
    assert!(alice.connect(&server.endpoint).await.is_err());

    // The authenticated sessions are unaffected.
    for s in &sessions {
        s.whoami().await.unwrap();
    }
    let (status, metrics) = http_get(server.metrics.unwrap(), "/metrics", "").await;
    assert_eq!(status, 200);
    let refused = metrics
        .lines()
        .find_map(|l| l.strip_prefix("conclave_connections_refused_per_ip_total "))
        .and_then(|v| v.parse::<u64>().ok())
        .expect("the refusal counter");
    assert!(refused >= 2, "{metrics}");

    // One pending connection leaves: a session can connect again (and, once `Ready`, no
    // longer counts: the two remaining pending ones and a new one fit).
    drop(pending.pop());
    let deadline = Instant::now() + SLACK;
    let carol_session = loop {
        match carol.connect(&server.endpoint).await {
            Ok(c) => break c,
            Err(_) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(100)).await
            }
            Err(e) => panic!("a session after a pending connection left: {e}"),
        }
    };
    carol_session.whoami().await.unwrap();
    pending.push(tls_connect(&server.endpoint).await);
    drop(pending);
    drop(unauthenticated_ws);
    for s in sessions {
        s.close().await;
    }
}

#[tokio::test]
async fn metrics_are_on_their_own_address_and_behind_a_token_when_one_is_set() {
    let token = "0123456789abcdef0123";
    let server = TestServer::start_with_config(&format!("metrics_token = \"{token}\"\n"));
    let (status, body) = https_get(&server.endpoint, "/metrics").await;
    assert_eq!(status, 404, "not on the public port: {body}");
    let metrics = server
        .metrics
        .expect("the server printed its metrics address");
    assert!(metrics.ip().is_loopback());

    assert_eq!(http_get(metrics, "/metrics", "").await.0, 401);
    let wrong = "Authorization: Bearer 0123456789abcdef0124\r\n";
    assert_eq!(http_get(metrics, "/metrics", wrong).await.0, 401);
    let right = format!("Authorization: Bearer {token}\r\n");
    let (status, body) = http_get(metrics, "/metrics", &right).await;
    assert_eq!(status, 200);
    assert!(body.contains("conclave_sessions_active"), "{body}");
    assert_eq!(http_get(metrics, "/healthz", &right).await.0, 404);

    // A non-loopback metrics address without a token is refused at start.
    let temp = tempfile::tempdir().unwrap();
    let out = Command::new(bin("conclave-server"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--metrics-listen",
            "0.0.0.0:0",
            "--data",
        ])
        .arg(temp.path().join("data"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("not a loopback address") && stderr.contains("metrics_token"),
        "{stderr}"
    );
}

fn modes_under(dir: &Path) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(path) = stack.pop() {
        let meta = std::fs::symlink_metadata(&path).unwrap();
        out.push((
            path.display().to_string(),
            meta.permissions().mode() & 0o777,
        ));
        if meta.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        }
    }
    out
}

fn assert_private(dir: &Path) {
    let modes = modes_under(dir);
    for (path, mode) in &modes {
        assert_eq!(mode & 0o077, 0, "{path} is {mode:o}; all: {modes:?}");
    }
    for name in [
        "",
        "conclave.db",
        "conclave.db-wal",
        "server.json",
        "tls/key.pem",
    ] {
        let path = dir.join(name).display().to_string();
        assert!(
            modes.iter().any(|(p, _)| *p == path.trim_end_matches('/')),
            "{path} exists: {modes:?}"
        );
    }
}

#[tokio::test]
async fn the_data_directory_is_private_and_a_loose_one_is_tightened() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let conn = alice.connect(&server.endpoint).await.unwrap();
    conn.whoami().await.unwrap();
    assert_private(&server.data);
    conn.close().await;

    server.stop();
    for (path, mode) in [
        ("", 0o755),
        ("conclave.db", 0o644),
        ("tls", 0o755),
        ("tls/cert.pem", 0o644),
    ] {
        std::fs::set_permissions(
            server.data.join(path),
            std::fs::Permissions::from_mode(mode),
        )
        .unwrap();
    }
    server.start_again();
    assert_private(&server.data);
    assert!(
        server
            .logs()
            .contains("other users could read the data directory")
    );
    alice
        .connect(&server.endpoint)
        .await
        .unwrap()
        .whoami()
        .await
        .unwrap();
}

/// A CA and a leaf for 127.0.0.1 it signed, as an operator would have.
fn operator_certificate(
    dir: &Path,
) -> (
    std::path::PathBuf,
    std::path::PathBuf,
    Arc<rustls::ClientConfig>,
) {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Conclave test CA");
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::from_params(&ca_params, &ca_key);
    let leaf_key = rcgen::KeyPair::generate().unwrap();
    let leaf = rcgen::CertificateParams::new(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
        .unwrap()
        .signed_by(&leaf_key, &issuer)
        .unwrap();
    let (cert, key) = (dir.join("chain.pem"), dir.join("key.pem"));
    std::fs::write(&cert, format!("{}{}", leaf.pem(), ca_cert.pem())).unwrap();
    std::fs::write(&key, leaf_key.serialize_pem()).unwrap();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca_cert.der().clone()).unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    (cert, key, Arc::new(config))
}

/// The response head of `GET path` on a connection.
async fn response_head(mut tls: tokio_rustls::client::TlsStream<TcpStream>, path: &str) -> String {
    tls.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = Vec::new();
    let _ = tls.read_to_end(&mut buf).await;
    let text = String::from_utf8_lossy(&buf).into_owned();
    text.split_once("\r\n\r\n")
        .map_or(text.clone(), |(head, _)| head.to_owned())
        .to_lowercase()
}

#[tokio::test]
async fn hsts_with_an_operator_certificate_and_not_with_the_pinned_one() {
    let temp = tempfile::tempdir().unwrap();
    let (cert, key, client) = operator_certificate(temp.path());
    let server = TestServer::start_with_config(&format!(
        "tls_cert = \"{}\"\ntls_key = \"{}\"\n",
        cert.display(),
        key.display()
    ));
    assert_eq!(server.endpoint.pin, None, "a CA certificate is not pinned");
    for path in ["/", "/healthz", "/no-such-page"] {
        let head = response_head(
            tls_connect_with(server.addr.port(), client.clone()).await,
            path,
        )
        .await;
        assert!(
            head.contains("\r\nstrict-transport-security: max-age=31536000"),
            "{path}: {head}"
        );
    }

    let pinned = TestServer::start();
    assert!(pinned.endpoint.pin.is_some());
    for path in ["/", "/healthz"] {
        let head = response_head(tls_connect(&pinned.endpoint).await, path).await;
        assert!(head.starts_with("http/1.1"), "{head}");
        assert!(
            !head.contains("strict-transport-security"),
            "{path}: {head}"
        );
    }
}

/// Starts the server (config file `toml`) under `prlimit --nofile=SOFT:HARD` and returns its
/// log up to listening.
fn start_under_nofile(soft: u64, hard: u64, toml: &str) -> String {
    let temp = tempfile::tempdir().unwrap();
    let config = temp.path().join("server.toml");
    std::fs::write(&config, toml).unwrap();
    let mut child = Command::new("prlimit")
        .arg(format!("--nofile={soft}:{hard}"))
        .arg("--")
        .arg(bin("conclave-server"))
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--metrics-listen",
            "off",
            "--data",
        ])
        .arg(temp.path().join("data"))
        .arg("--config")
        .arg(&config)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("prlimit (util-linux) runs");
    let stdout = child.stdout.take().unwrap();
    let listening = std::thread::spawn(move || {
        use std::io::BufRead as _;
        std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|l| l.starts_with("Listening on https://"))
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while !listening.is_finished() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    assert!(listening.join().unwrap(), "the server started");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn connections_max_is_checked_against_the_descriptor_limit() {
    // Soft below hard: raised to the hard limit; 700 - 256 descriptors are split a quarter to
    // connections not yet sessions, the rest to sessions.
    let log = start_under_nofile(400, 700, "");
    assert!(log.contains("raised the file descriptor limit"), "{log}");
    assert!(log.contains("from=400") && log.contains("to=700"), "{log}");
    assert!(
        log.contains("limits.connections_max is 50000 but the file descriptor limit (700)")
            && log.contains("serving at most 333 sessions and 111 connections not yet sessions"),
        "{log}"
    );
    // Enough descriptors for the configured limit: no warning.
    let log = start_under_nofile(400, 700, "[limits]\nconnections_max = 200\n");
    assert!(!log.contains("connections_max is"), "{log}");
}
