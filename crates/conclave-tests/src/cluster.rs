//! Cluster test kit: several real `conclave-server` nodes on one PostgreSQL schema and one NATS
//! subject, and private PostgreSQL and NATS servers (own data directory, free port) for the
//! tests that stop them. The machine's own PostgreSQL and NATS are never stopped.
//!
//! Shared servers come from `CONCLAVE_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`)
//! and `CONCLAVE_TEST_NATS_URL` (default `nats://127.0.0.1:4222`); `scripts/test` makes sure
//! they are reachable.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use conclave_client::Endpoint;
use conclave_proto::ServerLink;
use conclave_server_store_postgres::test_db::TestDatabase;

use crate::TestServer;

pub const DEFAULT_TEST_NATS_URL: &str = "nats://127.0.0.1:4222";

pub fn shared_nats_url() -> String {
    std::env::var("CONCLAVE_TEST_NATS_URL").unwrap_or_else(|_| DEFAULT_TEST_NATS_URL.into())
}

/// A port that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

fn wait_for_port(port: u16, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(1).map(|u| u == "0"))
        })
        .unwrap_or(false)
}

/// The newest PostgreSQL server binaries on the machine.
fn pg_bin(name: &str) -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .expect("PostgreSQL is installed (scripts/test installs it)")
        .filter_map(|e| e.ok().map(|e| e.path().join("bin").join(name)))
        .filter(|p| p.exists())
        .collect();
    versions.sort();
    versions.pop().expect("a PostgreSQL server binary")
}

/// A command run as the `postgres` user when we are root (PostgreSQL refuses to run as root).
fn as_postgres(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("setpriv");
        c.args([
            "--reuid=postgres",
            "--regid=postgres",
            "--init-groups",
            "--",
        ])
        .arg(program);
        c
    } else {
        Command::new(program)
    }
}

/// A PostgreSQL server of the test's own: a fresh cluster in a temporary directory, on a free
/// port, fsync on. Stopped and started at will; killed when dropped.
pub struct PrivatePostgres {
    dir: tempfile::TempDir,
    pub port: u16,
    child: Option<Child>,
}

impl PrivatePostgres {
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        if is_root() {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status()
                .expect("chown");
            assert!(status.success(), "chown the PostgreSQL directory");
        }
        let out = as_postgres(&pg_bin("initdb"))
            .args([
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "-D",
            ])
            .arg(dir.path().join("db"))
            .output()
            .expect("initdb");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut pg = PrivatePostgres {
            dir,
            port: free_port(),
            child: None,
        };
        pg.start_again();
        pg
    }

    /// The URL of database `postgres` on this server.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    pub fn start_again(&mut self) {
        assert!(self.child.is_none(), "already running");
        let child = as_postgres(&pg_bin("postgres"))
            .arg("-D")
            .arg(self.dir.path().join("db"))
            .args([
                "-p",
                &self.port.to_string(),
                "-c",
                "listen_addresses=127.0.0.1",
            ])
            .arg("-c")
            .arg(format!(
                "unix_socket_directories={}",
                self.dir.path().display()
            ))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start postgres");
        self.child = Some(child);
        assert!(
            wait_for_port(self.port, Duration::from_secs(30)),
            "private PostgreSQL did not start"
        );
        // Accepting TCP is not yet accepting queries (recovery); wait for a real answer.
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            let ok = Command::new("pg_isready")
                .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if ok {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("private PostgreSQL is not ready");
    }

    /// Fast shutdown (SIGINT): sessions are cut, in-flight transactions roll back.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status();
            let _ = child.wait();
        }
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A NATS server of the test's own, on a free port.
pub struct PrivateNats {
    pub port: u16,
    child: Option<Child>,
}

impl PrivateNats {
    pub fn start() -> Self {
        let mut n = PrivateNats {
            port: free_port(),
            child: None,
        };
        n.start_again();
        n
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    pub fn start_again(&mut self) {
        assert!(self.child.is_none(), "already running");
        let program = ["/usr/sbin/nats-server", "/usr/bin/nats-server"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .unwrap_or("nats-server");
        let child = Command::new(program)
            .args(["-a", "127.0.0.1", "-p", &self.port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nats-server (scripts/test installs it)");
        self.child = Some(child);
        assert!(
            wait_for_port(self.port, Duration::from_secs(20)),
            "private NATS did not start"
        );
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for PrivateNats {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Nodes of one cluster: real `conclave-server` processes sharing a fresh PostgreSQL schema, a
/// NATS subject of their own, and one self-signed certificate (made by the first node).
pub struct Cluster {
    pub nodes: Vec<TestServer>,
    /// The first node's admin invitation.
    pub admin_link: ServerLink,
    pub store_url: String,
    temp: Arc<tempfile::TempDir>,
    toml: String,
    _db: TestDatabase,
}

impl Cluster {
    /// `n` nodes on the shared test PostgreSQL and NATS.
    pub async fn start(n: usize) -> Cluster {
        let db = TestDatabase::create().await.expect("test database");
        Self::start_on(n, db, &shared_nats_url())
    }

    /// `n` nodes on `db` and the NATS at `nats_url`.
    pub fn start_on(n: usize, db: TestDatabase, nats_url: &str) -> Cluster {
        Self::start_configured(n, db, nats_url, |_| String::new())
    }

    /// `n` nodes on `db` and the NATS at `nats_url`, every node's config file ending with
    /// `extra(the cluster's temporary directory)` (e.g. a `[relay]` section).
    pub fn start_configured(
        n: usize,
        db: TestDatabase,
        nats_url: &str,
        extra: impl FnOnce(&Path) -> String,
    ) -> Cluster {
        let temp = Arc::new(tempfile::tempdir().expect("tempdir"));
        let subject = format!("conclave.test.{:016x}", rand::random::<u64>());
        let toml = format!(
            "store = \"{}\"\nbus = \"{nats_url}\"\nbus_subject = \"{subject}\"\nsweep_interval = \"1h\"\n\
             [limits]\nrequests_per_sec = 100000\nrequests_burst = 100000\n{}",
            db.url,
            extra(temp.path())
        );
        let first = TestServer::start_node(temp.clone(), "node1", &toml);
        let admin_link = first
            .admin_link
            .clone()
            .expect("the first node prints the admin invitation");
        let mut cluster = Cluster {
            nodes: vec![first],
            admin_link,
            store_url: db.url.clone(),
            temp,
            toml,
            _db: db,
        };
        for _ in 1..n {
            cluster.add_node();
        }
        cluster
    }

    /// Starts one more node (sharing the first node's certificate).
    pub fn add_node(&mut self) -> usize {
        let name = format!("node{}", self.nodes.len() + 1);
        let data = self.temp.path().join(&name);
        copy_dir(&self.nodes[0].data.join("tls"), &data.join("tls"));
        self.nodes
            .push(TestServer::start_node(self.temp.clone(), &name, &self.toml));
        self.nodes.len() - 1
    }

    /// Every node's endpoint, node `first` first (how a client of that node sees the cluster).
    pub fn endpoints_from(&self, first: usize) -> Vec<Endpoint> {
        let n = self.nodes.len();
        (0..n)
            .map(|i| self.nodes[(first + i) % n].endpoint.clone())
            .collect()
    }

    /// A fresh admin invitation link (made with `conclave-server admin` on the store).
    /// Runs `sql` on the cluster's database schema with `psql`; its unaligned output.
    pub fn psql(&self, sql: &str) -> String {
        psql(&self.store_url, sql)
    }

    pub fn invite_link(&self) -> ServerLink {
        self.nodes[0].invite_link(&[])
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}

/// Runs `sql` on the database at `url` with `psql`; its unaligned output.
pub fn psql(url: &str, sql: &str) -> String {
    let out = std::process::Command::new("psql")
        .args([url, "-qtAc", sql])
        .output()
        .expect("run psql");
    assert!(
        out.status.success(),
        "psql {sql:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
