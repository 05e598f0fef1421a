//! Test kit: runs the real `conclave-server` and `conclave` binaries (built beforehand by
//! `cargo build --bins`, as `scripts/test` does) in temporary directories on port 0.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod chaos;
pub mod cluster;
pub mod harness;

use std::{
    io::{BufRead, BufReader, Read},
    net::SocketAddr,
    path::{Path, PathBuf},
    process::{Child, Command, Output, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use conclave_client::{Auth, Connection, Endpoint};
use conclave_client_core::DeviceKey;
use conclave_proto::{DeviceId, ServerLink};
use rand::SeedableRng;

/// Path of a workspace binary next to the running test executable (target/<profile>/NAME).
pub fn bin(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    let path = profile_dir.join(name);
    assert!(
        path.exists(),
        "{} is missing: run `cargo build --bins` first (scripts/test does)",
        path.display()
    );
    path
}

pub struct TestServer {
    child: Option<Child>,
    pub data: PathBuf,
    _temp: Option<Arc<tempfile::TempDir>>,
    pub addr: SocketAddr,
    /// Present on a server's first start.
    pub admin_link: Option<ServerLink>,
    pub endpoint: Endpoint,
    /// Where it serves `/metrics` (plain HTTP on loopback, a port of its own).
    pub metrics: Option<SocketAddr>,
    stderr: Arc<Mutex<String>>,
    config: Option<String>,
}

impl TestServer {
    /// A fresh server in a new temporary data directory.
    pub fn start() -> Self {
        Self::start_with_config("")
    }

    /// A fresh server whose config file holds `toml`.
    pub fn start_with_config(toml: &str) -> Self {
        let temp = Arc::new(tempfile::tempdir().expect("tempdir"));
        let data = temp.path().join("data");
        let mut s = Self::spawn(data, Some(toml.to_owned()), Some(temp), 0);
        assert!(
            s.admin_link.is_some(),
            "a new server prints its admin invitation"
        );
        s.config = Some(toml.to_owned());
        s
    }

    /// A node whose config file (next to its data directory in `temp`) holds `toml`; unlike
    /// [`TestServer::start`] it need not print an admin invitation (another node may have).
    pub fn start_node(temp: Arc<tempfile::TempDir>, name: &str, toml: &str) -> Self {
        Self::start_node_at(temp, name, toml, 0)
    }

    /// A cluster node (as [`Self::start_node`]) on `port` (0: any).
    pub fn start_node_at(temp: Arc<tempfile::TempDir>, name: &str, toml: &str, port: u16) -> Self {
        let data = temp.path().join(name);
        let mut s = Self::spawn(data, Some(toml.to_owned()), Some(temp), port);
        s.config = Some(toml.to_owned());
        s
    }

    /// A server on an existing data directory (a restored one, say) and `port` (0: any), with
    /// `DATA.toml` as its config file when `config` is given.
    pub fn start_at(data: PathBuf, port: u16, config: Option<&str>) -> Self {
        let mut s = Self::spawn(data, config.map(str::to_owned), None, port);
        s.config = config.map(str::to_owned);
        s
    }

    fn spawn(
        data: PathBuf,
        config: Option<String>,
        temp: Option<Arc<tempfile::TempDir>>,
        port: u16,
    ) -> Self {
        let mut cmd = Command::new(bin("conclave-server"));
        cmd.arg("serve")
            .arg("--data")
            .arg(&data)
            .arg("--listen")
            .arg(format!("127.0.0.1:{port}"))
            .arg("--metrics-listen")
            .arg("127.0.0.1:0");
        if let Some(toml) = &config {
            std::fs::create_dir_all(data.parent().unwrap()).unwrap();
            let path = data.with_extension("toml");
            std::fs::write(&path, toml).unwrap();
            cmd.arg("--config").arg(path);
        }
        cmd.env("CONCLAVE_LOG", "debug")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(Stdio::null());
        let mut child = cmd.spawn().expect("spawn conclave-server");
        let stdout = child.stdout.take().unwrap();
        let stderr_text = Arc::new(Mutex::new(String::new()));
        {
            let mut stderr = child.stderr.take().unwrap();
            let sink = stderr_text.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = stderr.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    sink.lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            });
        }
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut admin_link = None;
        let mut metrics = None;
        let addr = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx.recv_timeout(left).unwrap_or_else(|_| {
                panic!(
                    "conclave-server did not start; stderr:\n{}",
                    stderr_text.lock().unwrap()
                )
            });
            if let Some(link) = line.strip_prefix("Admin invite: ") {
                admin_link = Some(ServerLink::parse(link).expect("admin link parses"));
            }
            if let Some(addr) = line.strip_prefix("Metrics on http://") {
                metrics = Some(addr.parse::<SocketAddr>().expect("metrics address"));
            }
            if let Some(addr) = line.strip_prefix("Listening on https://") {
                break addr.parse::<SocketAddr>().expect("listen address");
            }
        };
        let pin = std::fs::read_to_string(data.join("server.json"))
            .ok()
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
            .and_then(|v| {
                v["fingerprint"]
                    .as_str()
                    .and_then(conclave_proto::Fingerprint::parse_hex)
            });
        let endpoint = Endpoint {
            host: "127.0.0.1".into(),
            port: addr.port(),
            pin,
        };
        TestServer {
            child: Some(child),
            data,
            _temp: temp,
            addr,
            admin_link,
            endpoint,
            metrics,
            stderr: stderr_text,
            config,
        }
    }

    /// Everything the server logged so far.
    pub fn logs(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits (at most 10 s) until the log holds every one of `needles`: the server writes its
    /// log line after it has answered, so a test that checks the log right after a reply must
    /// give the line time to arrive. Returns whether it did.
    pub fn wait_for_log(&self, needles: &[&str]) -> bool {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let logs = self.logs();
            if needles.iter().all(|n| logs.contains(n)) {
                return true;
            }
            if std::time::Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends SIGTERM and waits for a clean exit.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(child.id().to_string())
                .status();
            let status = wait_timeout(&mut child, Duration::from_secs(30))
                .expect("server exits after SIGTERM");
            assert!(
                status.success(),
                "server exited with {status}; logs:\n{}",
                self.logs()
            );
        }
    }

    /// SIGKILL: no chance to flush anything.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same data directory and port.
    pub fn restart(&mut self) {
        self.stop();
        self.start_again();
    }

    /// Starts again after `stop` or `kill`.
    pub fn start_again(&mut self) {
        assert!(self.child.is_none(), "stop or kill first");
        let mut next = Self::spawn(
            self.data.clone(),
            self.config.clone(),
            self._temp.clone(),
            self.addr.port(),
        );
        next.stderr.lock().unwrap().insert_str(0, &self.logs());
        std::mem::swap(self, &mut next);
        // `next` now holds the old, stopped server: dropping it kills nothing.
    }

    pub fn is_running(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| c.try_wait().ok().flatten().is_none())
    }

    /// `conclave-server admin --data DATA ARGS…`
    pub fn admin(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(bin("conclave-server"));
        cmd.arg("admin").arg("--data").arg(&self.data);
        if self.config.is_some() {
            cmd.arg("--config").arg(self.data.with_extension("toml"));
        }
        cmd.args(args).output().expect("run conclave-server admin")
    }

    /// `conclave join` at HOME with the server's admin link, as NAME (the first member).
    pub fn join_admin(&self, home: &Path, name: &str) -> String {
        let link = self.admin_link.clone().expect("an admin link").to_string();
        cli_ok(home, &["join", &link, "--name", name])
    }

    /// An admin invitation link (fresh each call).
    pub fn invite_link(&self, extra: &[&str]) -> ServerLink {
        let mut args = vec!["invite", "create"];
        args.extend_from_slice(extra);
        let out = self.admin(&args);
        assert!(
            out.status.success(),
            "admin invite create: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        ServerLink::parse(String::from_utf8_lossy(&out.stdout).trim()).expect("link")
    }

    /// Registers a new account through a fresh admin invitation; returns its device.
    pub async fn register(&self, name: &str) -> TestDevice {
        let link = self.invite_link(&[]);
        TestDevice::register(&self.endpoint, &link, name)
            .await
            .expect("register")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.kill();
    }
}

fn wait_timeout(child: &mut Child, timeout: Duration) -> Option<std::process::ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A device driven through the client crate.
pub struct TestDevice {
    pub key: DeviceKey,
    pub id: DeviceId,
    pub name: String,
}

/// A deterministic key for tests (seeded by name).
pub fn test_key(seed: &str) -> DeviceKey {
    let mut s = [0u8; 32];
    for (i, b) in seed.bytes().enumerate() {
        s[i % 32] ^= b.wrapping_add(i as u8);
    }
    DeviceKey::generate(&mut rand::rngs::StdRng::from_seed(s))
}

impl TestDevice {
    pub async fn register(
        endpoint: &Endpoint,
        link: &ServerLink,
        name: &str,
    ) -> Result<Self, conclave_client::ClientError> {
        let key = test_key(name);
        let conn = Connection::open(
            endpoint,
            Auth::Register {
                invite: link.code.clone(),
                username: name,
                device_name: "test",
                key: &key,
            },
        )
        .await?;
        let id = conn.device();
        conn.close().await;
        Ok(TestDevice {
            key,
            id,
            name: name.to_owned(),
        })
    }

    pub async fn connect(
        &self,
        endpoint: &Endpoint,
    ) -> Result<Connection, conclave_client::ClientError> {
        Connection::open(
            endpoint,
            Auth::Device {
                id: self.id,
                key: &self.key,
            },
        )
        .await
    }
}

/// Runs the `conclave` CLI with `--home HOME`, in English whatever the machine's locale
/// (`CONCLAVE_LANG=en`: the tests read its human-readable output; `--lang` overrides it).
pub fn cli(home: &Path, args: &[&str]) -> Output {
    Command::new(bin("conclave"))
        .env("CONCLAVE_LANG", "en")
        .arg("--home")
        .arg(home)
        .args(args)
        .output()
        .expect("run conclave")
}

/// Links a new device of `existing`'s account in `new_home` through the CLI (`device link`
/// on the old device, `device join` on the new); returns what `device link` printed after the
/// link.
pub fn link_device_cli(existing: &Path, new_home: &Path) -> String {
    let mut link = Command::new(bin("conclave"))
        .env("CONCLAVE_LANG", "en")
        .args(["--home", existing.to_str().unwrap(), "device", "link"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(link.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.starts_with("conclave://"), "{first}");
    cli_ok(new_home, &["device", "join", first.trim()]);
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    let done = link.wait_with_output().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    rest
}

/// Runs the CLI and returns stdout, asserting success.
pub fn cli_ok(home: &Path, args: &[&str]) -> String {
    let out = cli(home, args);
    assert!(
        out.status.success(),
        "conclave {args:?} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs the CLI expecting failure; returns stderr.
pub fn cli_err(home: &Path, args: &[&str]) -> String {
    let out = cli(home, args);
    assert!(
        !out.status.success(),
        "conclave {args:?} unexpectedly succeeded: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `GET path` over plain HTTP (the metrics listener): status and body; `headers` are extra
/// request header lines, each ending in `\r\n`.
pub async fn http_get(addr: SocketAddr, path: &str, headers: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n{headers}Connection: close\r\n\r\n");
    tcp.write_all(req.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    let _ = tcp.read_to_end(&mut buf).await;
    parse_response(&buf)
}

/// An HTTP/1.1 response as (status, body); status 0 when there is none.
fn parse_response(buf: &[u8]) -> (u16, String) {
    let text = String::from_utf8_lossy(buf);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// A minimal HTTPS GET (pinned), returning (status, body).
pub async fn https_get(endpoint: &Endpoint, path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (config, _) = conclave_client::tls_client_config(endpoint.pin);
    let tcp = tokio::net::TcpStream::connect((endpoint.host.as_str(), endpoint.port))
        .await
        .unwrap();
    let name = rustls::pki_types::ServerName::try_from(endpoint.host.clone()).unwrap();
    let mut tls = tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .unwrap();
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        endpoint.host
    );
    tls.write_all(req.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    let _ = tls.read_to_end(&mut buf).await;
    parse_response(&buf)
}

/// A minimal HTTPS POST (pinned) of a JSON body, returning (status, body).
pub async fn https_post(endpoint: &Endpoint, path: &str, body: &[u8]) -> (u16, String) {
    https_request(
        endpoint,
        "POST",
        path,
        "Content-Type: application/json\r\n",
        body,
    )
    .await
}

/// One HTTPS request (pinned) with extra header lines (each ending in `\r\n`), returning
/// (status, body).
pub async fn https_request(
    endpoint: &Endpoint,
    method: &str,
    path: &str,
    headers: &str,
    body: &[u8],
) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (config, _) = conclave_client::tls_client_config(endpoint.pin);
    let tcp = tokio::net::TcpStream::connect((endpoint.host.as_str(), endpoint.port))
        .await
        .unwrap();
    let name = rustls::pki_types::ServerName::try_from(endpoint.host.clone()).unwrap();
    let mut tls = tokio_rustls::TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\n{headers}Content-Length: {}\r\n\
         Connection: close\r\n\r\n",
        endpoint.host,
        body.len()
    );
    tls.write_all(head.as_bytes()).await.unwrap();
    tls.write_all(body).await.unwrap();
    let mut buf = Vec::new();
    let _ = tls.read_to_end(&mut buf).await;
    parse_response(&buf)
}

/// The JSON lines of a command's `--json` output.
pub fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// A new invitation link made by the member at `home` (`conclave invite create --json`).
pub fn invite(home: &Path) -> String {
    let v: serde_json::Value =
        serde_json::from_str(&cli_ok(home, &["invite", "create", "--json"])).expect("JSON");
    v["link"].as_str().expect("a link").to_owned()
}

/// Every file under `dir`, recursively.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Whether `needle` occurs in `haystack` (for plaintext searches in files and captures).
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Opens the server's SQLite database read-only, for assertions about what is stored.
pub fn open_db(data: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open_with_flags(
        data.join("conclave.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap()
}

/// Puts `devices` (the first creates it) in one real MLS group at the server, as a conversation
/// would: opaque sends (`Request::Send`) reach only one's own devices and devices one shares a
/// conversation with. Each device's Welcome is processed and acknowledged, so its queue is
/// empty afterwards. Returns the group's id.
pub async fn share_group(endpoint: &Endpoint, devices: &[&TestDevice]) -> conclave_proto::GroupId {
    share_group_with_engines(endpoint, devices).await.0
}

/// [`share_group`], keeping each device's MLS engine (in `devices`' order), to make real
/// messages of the group with.
pub async fn share_group_with_engines(
    endpoint: &Endpoint,
    devices: &[&TestDevice],
) -> (conclave_proto::GroupId, Vec<conclave_client_core::Engine>) {
    use conclave_client_core::{Engine, Event};
    use conclave_proto::{QueueSeq, Request, Response, Timestamp, Username};
    let mut conns = Vec::new();
    let mut engines = Vec::new();
    for d in devices {
        let conn = d.connect(endpoint).await.expect("connect for share_group");
        let name = Username::parse(&d.name).expect("username");
        let mut engine = Engine::new(name, d.id, &d.key);
        let one_time = engine.key_packages(1).expect("key package");
        match conn
            .request(Request::PublishKeyPackages {
                one_time,
                last_resort: None,
            })
            .await
            .expect("publish")
        {
            Response::KeyPackagesStored { .. } => {}
            other => panic!("unexpected {other:?}"),
        }
        conns.push(conn);
        engines.push(engine);
    }
    let id = engines[0]
        .create_group(
            conclave_client_core::envelope::ConversationMeta::Group {
                name: "shared".into(),
            },
            Timestamp(0),
        )
        .expect("create group");
    conns[0]
        .request(Request::CreateGroup { group: id.clone() })
        .await
        .expect("create group at the server");
    let others: Vec<DeviceId> = devices[1..].iter().map(|d| d.id).collect();
    if !others.is_empty() {
        let packages = match conns[0]
            .request(Request::ClaimKeyPackages { devices: others })
            .await
            .expect("claim")
        {
            Response::KeyPackages(k) => k,
            other => panic!("unexpected {other:?}"),
        };
        let prepared = engines[0]
            .prepare_commit(&id, packages, &[])
            .expect("commit");
        match conns[0]
            .request(Request::Commit {
                group: id.clone(),
                epoch: prepared.epoch,
                commit: prepared.commit,
                added: prepared.added,
                removed: prepared.removed,
                welcome: prepared.welcome,
            })
            .await
            .expect("commit accepted")
        {
            Response::Committed { seq, .. } => {
                engines[0]
                    .commit_accepted(&id, seq, Timestamp(0))
                    .expect("apply the accepted commit");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    for (i, conn) in conns.iter().enumerate().skip(1) {
        let queued = conn.fetch(QueueSeq(0), 64).await.expect("fetch");
        let joined = queued.iter().any(|d| {
            engines[i]
                .process(d)
                .is_ok_and(|ev| ev.iter().any(|e| matches!(e, Event::Joined { .. })))
        });
        assert!(joined, "device {} joins", devices[i].id);
        conn.ack(queued.iter().map(|d| d.seq).collect())
            .await
            .expect("ack");
    }
    for conn in conns {
        conn.close().await;
    }
    (id, engines)
}
