//! Automatic HTTPS against a real ACME CA: Debian's `pebble` (Let's Encrypt's test CA),
//! started here on loopback with its validation authority pointed at the server's HTTPS port
//! (TLS-ALPN-01, validated for real: no `PEBBLE_VA_ALWAYS_VALID`). Issuance on first start,
//! renewal without a restart, the CLI joining with a link that carries no `fp=` (trusting
//! pebble's root through `SSL_CERT_FILE`), and the certificate it has kept when the CA is down,
//! across a restart too. HTTP-01 on a plain HTTP port (which redirects the rest to HTTPS), and
//! Chromium opening the web app over the certificate pebble issued, trusting pebble's root from
//! its NSS database the way a system-installed root is trusted, with no certificate flags.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use conclave_tests::TestServer;

struct Pebble {
    child: Child,
    mgmt: SocketAddr,
}

impl Drop for Pebble {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn pebble_bin() -> Option<PathBuf> {
    ["/usr/bin/pebble", "/usr/local/bin/pebble"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_listening(addr: SocketAddr) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on {addr}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A CA for pebble's own HTTPS, and pebble's certificate from it (pebble ships none).
fn pebble_tls(dir: &Path) -> PathBuf {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name
        .push(rcgen::DnType::CommonName, "pebble wfe test root");
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let issuer = rcgen::Issuer::new(ca, ca_key);
    let key = rcgen::KeyPair::generate().unwrap();
    let leaf = rcgen::CertificateParams::new(vec!["localhost".into(), "127.0.0.1".into()])
        .unwrap()
        .signed_by(&key, &issuer)
        .unwrap();
    std::fs::write(dir.join("wfe-cert.pem"), leaf.pem()).unwrap();
    std::fs::write(dir.join("wfe-key.pem"), key.serialize_pem()).unwrap();
    let root = dir.join("wfe-root.pem");
    std::fs::write(&root, ca_cert.pem()).unwrap();
    root
}

/// pebble validates TLS-ALPN-01 at `tls_port` and HTTP-01 at `http_port` of 127.0.0.1.
fn start_pebble(
    bin: &Path,
    dir: &Path,
    wfe: u16,
    mgmt: u16,
    tls_port: u16,
    http_port: u16,
) -> Pebble {
    let config = serde_json::json!({
        "pebble": {
            "listenAddress": format!("127.0.0.1:{wfe}"),
            "managementListenAddress": format!("127.0.0.1:{mgmt}"),
            "certificate": dir.join("wfe-cert.pem"),
            "privateKey": dir.join("wfe-key.pem"),
            "httpPort": http_port,
            "tlsPort": tls_port,
            "ocspResponderURL": "",
            "externalAccountBindingRequired": false
        }
    });
    let path = dir.join("pebble.json");
    std::fs::write(&path, config.to_string()).unwrap();
    let child = Command::new(bin)
        .arg("-config")
        .arg(&path)
        .env("PEBBLE_VA_NOSLEEP", "1")
        .env("PEBBLE_WFE_NONCEREJECT", "0")
        .env("PEBBLE_AUTHZREUSE", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start pebble");
    wait_listening(SocketAddr::from(([127, 0, 0, 1], wfe)));
    let mgmt = SocketAddr::from(([127, 0, 0, 1], mgmt));
    wait_listening(mgmt);
    Pebble { child, mgmt }
}

fn roots_from(pem: &[u8]) -> rustls::RootCertStore {
    use rustls::pki_types::{CertificateDer, pem::PemObject};
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(pem) {
        roots.add(cert.unwrap()).unwrap();
    }
    roots
}

fn client(roots: rustls::RootCertStore) -> tokio_rustls::TlsConnector {
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    tokio_rustls::TlsConnector::from(Arc::new(config))
}

/// The leaf certificate `addr` presents for `localhost`, verified against `roots`.
async fn served_leaf(addr: SocketAddr, roots: rustls::RootCertStore) -> Result<Vec<u8>, String> {
    let tcp = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| e.to_string())?;
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let tls = client(roots)
        .connect(name, tcp)
        .await
        .map_err(|e| e.to_string())?;
    Ok(tls.get_ref().1.peer_certificates().unwrap()[0].to_vec())
}

/// pebble's issuing root (it makes a fresh one at every start).
async fn pebble_root(pebble: &Pebble, wfe_root: &Path) -> Vec<u8> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let tcp = tokio::net::TcpStream::connect(pebble.mgmt).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let mut tls = client(roots_from(&std::fs::read(wfe_root).unwrap()))
        .connect(name, tcp)
        .await
        .unwrap();
    tls.write_all(b"GET /roots/0 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut response = Vec::new();
    let _ = tls.read_to_end(&mut response).await;
    let text = String::from_utf8_lossy(&response);
    let start = text
        .find("-----BEGIN CERTIFICATE-----")
        .expect("a PEM root");
    text[start..].as_bytes().to_vec()
}

fn count(logs: &str, needle: &str) -> usize {
    logs.matches(needle).count()
}

fn wait_for_count(server: &TestServer, needle: &str, n: usize, secs: u64) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while count(&server.logs(), needle) < n {
        assert!(
            Instant::now() < deadline,
            "waited {secs} s for {n} × {needle:?}; logs:\n{}",
            server.logs()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

const ISSUED: &str = "ACME: new certificate in use";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pebble_issues_renews_and_the_server_keeps_its_certificate_when_it_is_down() {
    let Some(bin) = pebble_bin() else {
        eprintln!(
            "\n\n*** SKIPPED acme::pebble…: `pebble` is not installed (apt-get install pebble; \
             scripts/test installs it) ***\n"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let wfe_root = pebble_tls(dir.path());
    let (wfe, mgmt, port) = (free_port(), free_port(), free_port());
    let mut pebble = start_pebble(&bin, dir.path(), wfe, mgmt, port, free_port());
    let data = dir.path().join("data");
    // pebble 2.4 issues certificates valid for years: a renewal window longer than that makes
    // every check renew, which is what the test needs to see.
    let config = format!(
        "public_host = \"localhost\"\n\
         acme_domains = [\"localhost\"]\n\
         acme_email = \"ops@example.org\"\n\
         acme_directory = \"https://localhost:{wfe}/dir\"\n\
         acme_ca_root = {:?}\n\
         acme_renew_before = \"100000d\"\n\
         acme_check_interval = \"4s\"\n",
        wfe_root.to_str().unwrap()
    );
    let mut server = TestServer::start_at(data.clone(), port, Some(&config));
    let link = server.admin_link.clone().expect("an admin invitation");
    assert_eq!(
        link.fingerprint, None,
        "an ACME server's links carry no fingerprint"
    );
    assert!(!link.to_string().contains("fp="), "{link}");

    wait_for_count(&server, ISSUED, 1, 60);
    let root = pebble_root(&pebble, &wfe_root).await;
    let addr = server.addr;
    let first = served_leaf(addr, roots_from(&root))
        .await
        .expect("a certificate pebble signed");
    assert!(data.join("acme/cert.pem").is_file());
    assert!(
        std::fs::read_dir(data.join("acme")).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("account-")),
        "the account is kept"
    );

    // The CLI trusts the WebPKI roots only, unless SSL_CERT_FILE adds pebble's.
    let root_file = dir.path().join("pebble-root.pem");
    std::fs::write(&root_file, &root).unwrap();
    let home = dir.path().join("alice");
    let cli = |args: &[&str], ca: bool| {
        let mut cmd = Command::new(conclave_tests::bin("conclave"));
        cmd.arg("--home").arg(&home).args(args);
        if ca {
            cmd.env("SSL_CERT_FILE", &root_file);
        } else {
            cmd.env_remove("SSL_CERT_FILE");
        }
        cmd.output().unwrap()
    };
    let refused = cli(&["join", &link.to_string(), "--name", "alice"], false);
    assert!(!refused.status.success(), "joined without trusting pebble");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("SSL_CERT_FILE"),
        "the refusal says what to do: {said}"
    );
    let _ = std::fs::remove_dir_all(&home);
    let joined = cli(&["join", &link.to_string(), "--name", "alice"], true);
    assert!(
        joined.status.success(),
        "join: {}",
        String::from_utf8_lossy(&joined.stderr)
    );

    // Renewal: a new certificate is served without a restart; the CLI carries on.
    let before = count(&server.logs(), ISSUED);
    wait_for_count(&server, ISSUED, before + 1, 60);
    let renewed = served_leaf(addr, roots_from(&root)).await.unwrap();
    assert_ne!(first, renewed, "a new certificate is served");
    assert!(cli(&["whoami"], true).status.success());

    // The CA goes away: the server says so and keeps serving what it has.
    drop(pebble);
    wait_for_count(&server, "ACME: could not obtain a certificate", 1, 30);
    let kept = served_leaf(addr, roots_from(&root)).await.unwrap();
    let latest = std::fs::read(data.join("acme/cert.pem")).unwrap();
    assert!(
        String::from_utf8_lossy(&latest).contains("BEGIN CERTIFICATE"),
        "the stored chain"
    );
    assert!(cli(&["whoami"], true).status.success());

    // And after a restart with the CA still down, it serves the stored certificate at once.
    server.stop();
    server.start_again();
    assert_eq!(served_leaf(addr, roots_from(&root)).await.unwrap(), kept);
    assert!(cli(&["whoami"], true).status.success());

    // A new pebble (a new root, and it knows no account): the server registers again and
    // obtains from it.
    pebble = start_pebble(&bin, dir.path(), wfe, mgmt, port, free_port());
    wait_for_count(&server, ISSUED, count(&server.logs(), ISSUED) + 1, 60);
    let new_root = pebble_root(&pebble, &wfe_root).await;
    served_leaf(addr, roots_from(&new_root)).await.unwrap();
    assert!(!server.logs().contains("panicked"));
}

fn chromium_bin() -> Option<PathBuf> {
    std::env::var_os("CONCLAVE_CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["/usr/bin/chromium", "/usr/bin/chromium-browser"].map(PathBuf::from))
        .find(|p| p.exists())
}

fn certutil_bin() -> Option<PathBuf> {
    ["/usr/bin/certutil"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// A home directory whose NSS database (where Chromium on Linux keeps the roots a user or an
/// administrator installed) trusts `root`, or none at all.
fn nss_home(certutil: &Path, home: &Path, root: Option<&Path>) {
    let db = home.join(".pki/nssdb");
    std::fs::create_dir_all(&db).unwrap();
    let db = format!("sql:{}", db.display());
    let run = |args: &[&str]| {
        let out = Command::new(certutil).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "certutil {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["-N", "-d", &db, "--empty-password"]);
    if let Some(root) = root {
        run(&[
            "-A",
            "-d",
            &db,
            "-n",
            "pebble test root",
            "-t",
            "C,,",
            "-i",
            root.to_str().unwrap(),
        ]);
    }
}

/// What headless Chromium (HOME = `home`, no certificate flags) shows at `url` once the page's
/// scripts have run (a virtual-time budget: the page's timers and fetches run to completion,
/// the wall clock is not waited on): its DOM.
fn chromium_dom(chromium: &Path, home: &Path, url: &str) -> String {
    let profile = home.join("profile");
    let mut child = Command::new(chromium)
        .env("HOME", home)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=60000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Bounded: a hung browser fails the test instead of hanging it.
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish loading {url} within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut dom = String::new();
    use std::io::Read as _;
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut dom)
        .unwrap();
    dom
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pebble_validates_http_01_and_chromium_opens_the_web_app_trusting_its_root() {
    let Some(bin) = pebble_bin() else {
        eprintln!(
            "\n\n*** SKIPPED acme::pebble_validates_http_01…: `pebble` is not installed \
             (apt-get install pebble; scripts/test installs it) ***\n"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let wfe_root = pebble_tls(dir.path());
    let (wfe, mgmt, port, http) = (free_port(), free_port(), free_port(), free_port());
    // pebble's TLS-ALPN-01 goes to a port where nothing listens: only HTTP-01 can pass.
    let _pebble = start_pebble(&bin, dir.path(), wfe, mgmt, free_port(), http);
    let data = dir.path().join("data");
    let config = format!(
        "public_host = \"localhost\"\n\
         acme_domains = [\"localhost\"]\n\
         acme_directory = \"https://localhost:{wfe}/dir\"\n\
         acme_ca_root = {:?}\n\
         acme_http_listen = \"127.0.0.1:{http}\"\n\
         acme_check_interval = \"2s\"\n",
        wfe_root.to_str().unwrap()
    );
    let server = TestServer::start_at(data.clone(), port, Some(&config));
    wait_for_count(&server, ISSUED, 1, 60);
    let root = pebble_root(&_pebble, &wfe_root).await;
    served_leaf(server.addr, roots_from(&root))
        .await
        .expect("a certificate pebble signed after HTTP-01");

    // The plain port sends everything else to HTTPS, on the name asked for when it is ours.
    let plain = plain_get(
        SocketAddr::from(([127, 0, 0, 1], http)),
        "localhost",
        "/x?y=1",
    );
    assert!(plain.starts_with("HTTP/1.1 308"), "{plain}");
    assert!(
        plain.contains(&format!("location: https://localhost:{port}/x?y=1")),
        "{plain}"
    );
    let stranger = plain_get(
        SocketAddr::from(([127, 0, 0, 1], http)),
        "evil.example",
        "/",
    );
    assert!(
        stranger.contains(&format!("location: https://localhost:{port}/\r\n")),
        "an unknown Host is not echoed: {stranger}"
    );
    let unknown = plain_get(
        SocketAddr::from(([127, 0, 0, 1], http)),
        "localhost",
        "/.well-known/acme-challenge/nothing-pending",
    );
    assert!(unknown.starts_with("HTTP/1.1 404"), "{unknown}");

    // Chromium with pebble's root in its NSS database opens the web app: no certificate flags.
    let (Some(chromium), Some(certutil)) = (chromium_bin(), certutil_bin()) else {
        panic!(
            "chromium and certutil (libnss3-tools) are needed for the browser check; \
             scripts/test installs them"
        );
    };
    let root_file = dir.path().join("pebble-root.pem");
    std::fs::write(&root_file, &root).unwrap();
    let url = format!("https://localhost:{port}/?lang=de");
    let trusting = dir.path().join("trusting");
    nss_home(&certutil, &trusting, Some(&root_file));
    let dom = chromium_dom(&chromium, &trusting, &url);
    assert!(dom.contains("<title>Conclave</title>"), "{dom}");
    // German text from the WebAssembly core (which holds the translations): the page's
    // scripts ran and its core loaded over that certificate. (The welcome screen with its join
    // form follows once IndexedDB answers, which virtual time does not always wait for.)
    assert!(
        dom.contains("<html lang=\"de\""),
        "the web app started: {dom}"
    );
    assert!(
        dom.contains("Wird geladen…") || dom.contains("aria-labelledby=\"join-title\""),
        "the web app started: {dom}"
    );
    // The control: the same browser without that root gets no page at all.
    let untrusting = dir.path().join("untrusting");
    nss_home(&certutil, &untrusting, None);
    let refused = chromium_dom(&chromium, &untrusting, &url);
    assert!(
        !refused.contains("<title>Conclave</title>"),
        "an untrusted certificate must not load the app: {refused}"
    );
    assert!(!server.logs().contains("panicked"));
}

/// One plain HTTP/1.1 GET, its response head (header names lowercased).
fn plain_get(addr: SocketAddr, host: &str, path: &str) -> String {
    use std::io::{Read as _, Write as _};
    let mut tcp = std::net::TcpStream::connect(addr).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        tcp,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    let _ = tcp.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().unwrap_or_default().to_owned();
    let headers: Vec<String> = lines
        .map(|l| {
            let (name, value) = l.split_once(':').unwrap_or((l, ""));
            format!("{}:{}", name.to_ascii_lowercase(), value)
        })
        .collect();
    format!("{status}\r\n{}\r\n\r\n{body}", headers.join("\r\n"))
}

/// The shared row's name for `names` (as `conclave-server`'s `acme::shared_name`).
fn shared_name(names: &[&str]) -> String {
    use sha2::Digest as _;
    let mut names = names.to_vec();
    names.sort();
    let hash = sha2::Sha256::digest(names.join(",").as_bytes());
    format!(
        "cert-{}",
        hash[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cluster_serves_one_certificate_and_a_node_that_did_not_order_answers_the_ca() {
    let Some(bin) = pebble_bin() else {
        eprintln!(
            "\n\n*** SKIPPED acme::a_cluster_serves_one_certificate…: `pebble` is not installed \
             (apt-get install pebble; scripts/test installs it) ***\n"
        );
        return;
    };
    let db = conclave_server_store_postgres::test_db::TestDatabase::create()
        .await
        .expect("test database");
    let temp = Arc::new(tempfile::tempdir().unwrap());
    let wfe_root = pebble_tls(temp.path());
    let (wfe, mgmt, port1, port2) = (free_port(), free_port(), free_port(), free_port());
    // The CA validates at node 2 only (a shared name: DNS may send it to any node).
    let pebble = start_pebble(&bin, temp.path(), wfe, mgmt, port2, free_port());
    // Node 1 holds the ordering lease from the start, so node 2 never orders: node 2 can
    // answer the CA only from what node 1 published in PostgreSQL.
    let lease = format!(
        "INSERT INTO acme_lease (name, holder, until) VALUES ('{}', 'localhost:{port1}', {})",
        shared_name(&["localhost"]),
        i64::MAX / 2
    );
    conclave_tests::cluster::psql(&db.url, &lease);
    let toml = format!(
        "store = \"{}\"\nbus = \"{}\"\nbus_subject = \"conclave.test.{:016x}\"\n\
         public_host = \"localhost\"\n\
         acme_domains = [\"localhost\"]\n\
         acme_directory = \"https://localhost:{wfe}/dir\"\n\
         acme_ca_root = {:?}\n\
         acme_renew_before = \"100000d\"\n\
         acme_check_interval = \"3s\"\n",
        db.url,
        conclave_tests::cluster::shared_nats_url(),
        rand::random::<u64>(),
        wfe_root.to_str().unwrap()
    );
    let node2 = TestServer::start_node_at(temp.clone(), "node2", &toml, port2);
    let node1 = TestServer::start_node_at(temp.clone(), "node1", &toml, port1);
    wait_for_count(&node1, ISSUED, 1, 90);
    wait_for_count(&node2, "ACME: the cluster's certificate in use", 1, 30);
    assert_eq!(
        count(&node2.logs(), ISSUED),
        0,
        "node 2 never ordered (node 1 holds the lease)"
    );
    let root = pebble_root(&pebble, &wfe_root).await;
    let one = served_leaf(node1.addr, roots_from(&root)).await.unwrap();
    let two = served_leaf(node2.addr, roots_from(&root)).await.unwrap();
    assert_eq!(one, two, "every node serves the same certificate");

    // A renewal by node 1 (validated at node 2 again) reaches node 2 without a restart.
    let renewed_once = count(&node2.logs(), "ACME: the cluster's certificate in use");
    wait_for_count(&node1, ISSUED, 2, 90);
    wait_for_count(
        &node2,
        "ACME: the cluster's certificate in use",
        renewed_once + 1,
        30,
    );
    let one = served_leaf(node1.addr, roots_from(&root)).await.unwrap();
    let two = served_leaf(node2.addr, roots_from(&root)).await.unwrap();
    assert_eq!(one, two, "the renewed certificate is served everywhere");
    for node in [&node1, &node2] {
        assert!(!node.logs().contains("panicked"));
    }
}
