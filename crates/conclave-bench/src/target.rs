//! What the load goes to: a `conclave-server` this tool starts (fresh data directory, port 0)
//! or one already running, and the bare relay (also a child process, so that its CPU and
//! memory are measured the same way).

use std::{
    io::{BufRead as _, BufReader},
    net::SocketAddr,
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

use anyhow::{Context, bail};
use conclave_client::Endpoint;
use conclave_proto::{Fingerprint, ServerLink};

use crate::stats::{ProcSample, sample};

/// A binary next to this one (target/<profile>/NAME).
pub fn sibling(name: &str) -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let path = exe.parent().context("exe dir")?.join(name);
    if !path.exists() {
        bail!(
            "{} is missing: build it with `cargo build --release --bins`",
            path.display()
        );
    }
    Ok(path)
}

pub struct Spawned {
    child: Child,
    _dir: tempfile::TempDir,
    pub endpoint: Endpoint,
    /// The first admin's invitation (servers only).
    pub admin_link: Option<ServerLink>,
    /// Where the server serves `/metrics` (servers only).
    pub metrics: Option<SocketAddr>,
}

/// The server configuration used for benchmarks: request, lookup and claim rate limits raised so
/// that the load generator (one process setting up every group) measures throughput, not the
/// limiters; everything else as shipped.
const BENCH_CONFIG: &str = r#"
[limits]
requests_per_sec = 1000000
requests_burst = 1000000
connections_max = 100000
unauthenticated_per_ip_max = 100000
stranger_lookups_burst = 1000000
key_package_claims_per_min = 1000000
"#;

impl Spawned {
    pub fn server() -> anyhow::Result<Spawned> {
        Self::server_with("")
    }

    /// A server whose config file also holds `extra` (TOML sections after the limits).
    pub fn server_with(extra: &str) -> anyhow::Result<Spawned> {
        let dir = tempfile::tempdir()?;
        let config = dir.path().join("bench.toml");
        std::fs::write(&config, format!("{BENCH_CONFIG}\n{extra}"))?;
        let mut cmd = Command::new(sibling("conclave-server")?);
        cmd.arg("serve")
            .arg("--data")
            .arg(dir.path().join("data"))
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--config")
            .arg(&config)
            .arg("--metrics-listen")
            .arg("127.0.0.1:0")
            .env("CONCLAVE_LOG", "warn");
        Self::spawn(cmd, dir)
    }

    /// A node of a cluster on the PostgreSQL schema at `store_url` and the NATS `subject`;
    /// `tls_from`: the first node's data directory, whose certificate every node shares.
    pub fn node(
        store_url: &str,
        nats_url: &str,
        subject: &str,
        tls_from: Option<&std::path::Path>,
    ) -> anyhow::Result<Spawned> {
        let dir = tempfile::tempdir()?;
        let config = dir.path().join("bench.toml");
        std::fs::write(
            &config,
            format!(
                "store = \"{store_url}\"\nbus = \"{nats_url}\"\nbus_subject = \"{subject}\"\n{BENCH_CONFIG}"
            ),
        )?;
        let data = dir.path().join("data");
        if let Some(first) = tls_from {
            std::fs::create_dir_all(data.join("tls"))?;
            for f in ["cert.pem", "key.pem"] {
                std::fs::copy(first.join("tls").join(f), data.join("tls").join(f))?;
            }
        }
        let mut cmd = Command::new(sibling("conclave-server")?);
        cmd.arg("serve")
            .arg("--data")
            .arg(&data)
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--config")
            .arg(&config)
            .arg("--metrics-listen")
            .arg("127.0.0.1:0")
            .env(
                "CONCLAVE_LOG",
                std::env::var("CONCLAVE_BENCH_SERVER_LOG").unwrap_or_else(|_| "warn".into()),
            );
        Self::spawn(cmd, dir)
    }

    pub fn data_dir(&self) -> PathBuf {
        self._dir.path().join("data")
    }

    pub fn relay() -> anyhow::Result<Spawned> {
        let dir = tempfile::tempdir()?;
        let mut cmd = Command::new(std::env::current_exe()?);
        cmd.arg("relay").arg("--data").arg(dir.path());
        Self::spawn(cmd, dir)
    }

    fn spawn(mut cmd: Command, dir: tempfile::TempDir) -> anyhow::Result<Spawned> {
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .context("starting the target")?;
        let stdout = child.stdout.take().context("stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let mut admin_link = None;
        let mut pin: Option<Fingerprint> = None;
        let mut metrics = None;
        let addr = loop {
            let line = lines
                .next()
                .context("the target exited before listening")??;
            if let Some(link) = line.strip_prefix("Admin invite: ") {
                let link = ServerLink::parse(link.trim())?;
                pin = link.fingerprint;
                admin_link = Some(link);
            } else if let Some(hex) = line.strip_prefix("Pin: ") {
                pin = Some(Fingerprint::parse_hex(hex.trim()).context("pin")?);
            } else if let Some(addr) = line.strip_prefix("Metrics on http://") {
                metrics = Some(addr.trim().parse().context("metrics address")?);
            } else if let Some(addr) = line.strip_prefix("Listening on https://") {
                break addr.trim().to_owned();
            }
        };
        // Keep draining stdout so the child never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let (host, port) = addr.rsplit_once(':').context("listen address")?;
        Ok(Spawned {
            child,
            _dir: dir,
            endpoint: Endpoint {
                host: host.to_owned(),
                port: port.parse()?,
                pin,
            },
            admin_link,
            metrics,
        })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn sample(&self) -> ProcSample {
        sample(self.pid()).unwrap_or_default()
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        for _ in 0..100 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads counters from the server's Prometheus endpoint (plain HTTP on its metrics address;
/// none without one).
pub async fn metrics(addr: Option<SocketAddr>) -> anyhow::Result<Vec<(String, f64)>> {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let Some(addr) = addr else {
        return Ok(Vec::new());
    };
    let mut tcp = tokio::net::TcpStream::connect(addr).await?;
    tcp.write_all(
        format!("GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await?;
    let mut body = String::new();
    let _ = tcp.read_to_string(&mut body).await;
    Ok(body
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (k, v) = l.rsplit_once(' ')?;
            Some((k.to_owned(), v.parse().ok()?))
        })
        .collect())
}

pub fn counter(metrics: &[(String, f64)], name: &str) -> f64 {
    metrics
        .iter()
        .find(|(k, _)| k == name)
        .map_or(0.0, |(_, v)| *v)
}
