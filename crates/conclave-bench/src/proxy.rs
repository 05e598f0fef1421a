//! `conclave-bench proxy`: the private-browsing relay (`conclave-relay`) on loopback, in this
//! process: a web server serving N deterministic bytes, an entry and an exit relay (`serve`,
//! each checking real Privacy Pass tokens of a real issuer against its directory), and the
//! local proxy (SOCKS5). Measures throughput through both hops against the same download
//! direct, relay CPU per GB, circuit set-up, token checks, concurrent verified streams and
//! memory per idle circuit.

use std::{
    net::{Ipv4Addr, SocketAddr},
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::{Context, bail};
use conclave_relay::{
    directory::{DIRECTORY_VERSION, Directory, IssuerKey, Path, RelayDescriptor, Role},
    hex,
    net::{
        TokenCheck,
        client::{Proxy, ProxyConfig, TokenFuture, TokenSource, build_circuit},
        mux::Mux,
        relay::{Relay, RelayLimits, serve},
        tls::RelayIdentity,
        tokens::DirectoryTokens,
    },
    noise::NoiseKeypair,
    policy::ExitPolicy,
};
use conclave_tokens::{IssuerSecretKey, TokenChallenge};
use serde::Serialize;
use sha2::{Digest as _, Sha256};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::watch,
};

use crate::stats::sample;

/// Counts of one run.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Sizes {
    pub download_bytes: u64,
    pub circuits_setup: usize,
    pub tokens_checked: usize,
    pub circuits_concurrent: usize,
    pub streams_concurrent: usize,
    pub stream_bytes: u64,
    pub circuits_idle: usize,
}

impl Sizes {
    pub fn new(quick: bool) -> Sizes {
        if quick {
            Sizes {
                download_bytes: 8 << 20,
                circuits_setup: 20,
                tokens_checked: 100,
                circuits_concurrent: 4,
                streams_concurrent: 20,
                stream_bytes: 256 << 10,
                circuits_idle: 20,
            }
        } else {
            Sizes {
                download_bytes: 200_000_000,
                circuits_setup: 200,
                tokens_checked: 1000,
                circuits_concurrent: 20,
                streams_concurrent: 200,
                stream_bytes: 1 << 20,
                circuits_idle: 500,
            }
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Throughput {
    pub bytes: u64,
    pub direct_mb_s: f64,
    pub proxied_mb_s: f64,
    /// Proxied ÷ direct (goal ≥ 0.5).
    pub ratio: f64,
    pub direct_cpu_s: f64,
    pub proxied_cpu_s: f64,
    /// (proxied − direct) process CPU seconds per GB: what the proxy, the entry and the exit
    /// add (TLS twice, Noise twice, cells), all three in this process.
    pub relay_cpu_s_per_gb: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Millis {
    pub count: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
}

fn percentiles(mut samples: Vec<Duration>) -> Millis {
    samples.sort_unstable();
    let at = |q: f64| {
        let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
        samples.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    Millis {
        count: samples.len(),
        p50_ms: at(0.50),
        p95_ms: at(0.95),
        p99_ms: at(0.99),
        max_ms: at(1.0),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Tokens {
    /// A valid token's check (signature, key, spend set insert).
    pub redeem: Millis,
    /// A spent token presented again (refused by the spend set).
    pub double_spend: Millis,
    pub double_spends_refused: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Concurrent {
    pub circuits: usize,
    pub streams: usize,
    pub bytes_each: u64,
    pub total_s: f64,
    pub aggregate_mb_s: f64,
    pub hashes_ok: bool,
    pub failures: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct IdleMemory {
    pub circuits: usize,
    pub rss_delta_bytes: i64,
    /// Client, entry and exit state of one circuit together (all in this process).
    pub bytes_per_circuit: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProxyReport {
    pub sizes: Sizes,
    pub throughput: Throughput,
    pub circuit_setup: Millis,
    pub token_check: Tokens,
    pub concurrent: Concurrent,
    pub idle: IdleMemory,
}

/// A real Privacy Pass issuer (the home server's role).
struct Issuer {
    key: IssuerSecretKey,
    name: String,
}

impl Issuer {
    fn token(&self, origin: &str) -> anyhow::Result<Vec<u8>> {
        let challenge = TokenChallenge::new(self.name.as_str(), origin);
        let (request, pending) = conclave_tokens::begin(&self.key.public_key(), &challenge)
            .map_err(|e| anyhow::anyhow!("token request: {e}"))?;
        let response = self
            .key
            .issue(&request)
            .map_err(|e| anyhow::anyhow!("token issue: {e}"))?;
        Ok(pending
            .finish(&response)
            .map_err(|e| anyhow::anyhow!("token finish: {e}"))?
            .into_bytes())
    }

    fn tokens(&self, origin: &str, n: usize) -> anyhow::Result<Vec<Vec<u8>>> {
        (0..n).map(|_| self.token(origin)).collect()
    }
}

struct Source(Arc<Issuer>);

impl TokenSource for Source {
    fn tokens<'a>(&'a self, origin: &'a str, n: u32) -> TokenFuture<'a> {
        Box::pin(async move {
            (0..n)
                .map(|_| self.0.token(origin).map_err(|e| e.to_string()))
                .collect()
        })
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Byte `i` of the body with this seed.
fn body_byte(seed: u64, i: u64) -> u8 {
    ((i.wrapping_mul(31).wrapping_add(seed)) % 251) as u8
}

/// The body for `seed`, from offset `at`, into `out`.
fn fill_body(seed: u64, at: u64, out: &mut [u8]) {
    for (k, b) in out.iter_mut().enumerate() {
        *b = body_byte(seed, at + k as u64);
    }
}

fn expected_hash(seed: u64, len: u64) -> [u8; 32] {
    let mut h = Sha256::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut at = 0;
    while at < len {
        let n = (len - at).min(chunk.len() as u64) as usize;
        fill_body(seed, at, &mut chunk[..n]);
        h.update(&chunk[..n]);
        at += n as u64;
    }
    h.finalize().into()
}

/// `GET /bytes/N/SEED`: N bytes of `body_byte(SEED, i)`, then close.
async fn web_server(listener: TcpListener) {
    loop {
        let Ok((mut s, _)) = listener.accept().await else {
            continue;
        };
        tokio::spawn(async move {
            let _ = s.set_nodelay(true);
            let mut buf = vec![0u8; 4096];
            let mut n = 0;
            while !buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
                match s.read(&mut buf[n..]).await {
                    Ok(0) | Err(_) => return,
                    Ok(k) => n += k,
                }
                if n == buf.len() {
                    return;
                }
            }
            let req = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = req.split(' ').nth(1).unwrap_or("/");
            let mut parts = path.trim_start_matches("/bytes/").split('/');
            let size: u64 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            let seed: u64 = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            let head =
                format!("HTTP/1.1 200 OK\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n");
            if s.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            // The body repeats every 251 bytes: one precomputed block of whole periods.
            let mut block = vec![0u8; 251 * 256];
            fill_body(seed, 0, &mut block);
            let mut left = size;
            while left > 0 {
                let n = left.min(block.len() as u64) as usize;
                if s.write_all(&block[..n]).await.is_err() {
                    return;
                }
                left -= n as u64;
            }
            let _ = s.shutdown().await;
        });
    }
}

/// Reads an HTTP/1.1 response: its body's length and SHA-256 (`hash`: false skips hashing).
async fn read_response(s: &mut TcpStream, hash: bool) -> anyhow::Result<(u64, [u8; 32])> {
    let mut buf = vec![0u8; 256 * 1024];
    let mut n = 0;
    let end = loop {
        if let Some(e) = buf[..n].windows(4).position(|w| w == b"\r\n\r\n") {
            break e;
        }
        if n == buf.len() {
            bail!("response head too long");
        }
        let k = s.read(&mut buf[n..]).await?;
        if k == 0 {
            bail!("closed before the response head");
        }
        n += k;
    };
    let head = String::from_utf8_lossy(&buf[..end]).to_string();
    if !head.starts_with("HTTP/1.1 200") {
        bail!("response: {}", head.lines().next().unwrap_or(""));
    }
    let length: u64 = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .and_then(|v| v.trim().parse().ok())
        .context("no Content-Length")?;
    let mut h = Sha256::new();
    let mut got = (n - end - 4) as u64;
    if hash {
        h.update(&buf[end + 4..n]);
    }
    while got < length {
        let k = s.read(&mut buf).await?;
        if k == 0 {
            bail!("closed after {got} of {length} bytes");
        }
        if hash {
            h.update(&buf[..k]);
        }
        got += k as u64;
    }
    Ok((got, h.finalize().into()))
}

/// A SOCKS5 CONNECT through the proxy to `target`.
async fn socks_connect(proxy: SocketAddr, target: SocketAddr) -> anyhow::Result<TcpStream> {
    let mut s = TcpStream::connect(proxy).await?;
    let _ = s.set_nodelay(true);
    s.write_all(&[5, 1, 0]).await?;
    let mut r = [0u8; 2];
    s.read_exact(&mut r).await?;
    if r != [5, 0] {
        bail!("SOCKS greeting refused");
    }
    let host = target.ip().to_string();
    let mut req = vec![5, 1, 0, 3, host.len() as u8];
    req.extend_from_slice(host.as_bytes());
    req.extend_from_slice(&target.port().to_be_bytes());
    s.write_all(&req).await?;
    let mut reply = [0u8; 10];
    s.read_exact(&mut reply).await?;
    if reply[1] != 0 {
        bail!("SOCKS reply {}", reply[1]);
    }
    Ok(s)
}

async fn get(
    s: &mut TcpStream,
    target: SocketAddr,
    size: u64,
    seed: u64,
    hash: bool,
) -> anyhow::Result<(u64, [u8; 32])> {
    let req =
        format!("GET /bytes/{size}/{seed} HTTP/1.1\r\nHost: {target}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await?;
    read_response(s, hash).await
}

struct Net {
    /// The web server on 127.0.0.1 ..= 127.0.0.`webs.len()` (one per site).
    webs: Vec<SocketAddr>,
    path: Path,
    issuer: Arc<Issuer>,
    directory: watch::Receiver<Arc<Directory>>,
    _directory_tx: watch::Sender<Arc<Directory>>,
    shutdown: watch::Receiver<bool>,
    _shutdown_tx: watch::Sender<bool>,
}

async fn start(sites: usize) -> anyhow::Result<Net> {
    let mut webs = Vec::new();
    for k in 1..=sites.max(1) {
        let ip = Ipv4Addr::new(127, 0, 0, k as u8);
        let listener = TcpListener::bind((ip, 0))
            .await
            .with_context(|| format!("bind {ip}"))?;
        webs.push(listener.local_addr()?);
        tokio::spawn(web_server(listener));
    }
    let issuer = Arc::new(Issuer {
        key: IssuerSecretKey::generate().map_err(|e| anyhow::anyhow!("issuer key: {e}"))?,
        name: "home.bench".into(),
    });
    let policy = ExitPolicy {
        allow: vec!["127.0.0.0/8".parse()?],
        ..ExitPolicy::default()
    };
    let (shutdown_tx, shutdown) = watch::channel(false);
    let mut relays = Vec::new();
    let mut descriptors = Vec::new();
    for (role, country, operator) in [(Role::Entry, "DE", "alpha"), (Role::Exit, "NL", "beta")] {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let noise = NoiseKeypair::generate();
        let identity = RelayIdentity::generate().map_err(|e| anyhow::anyhow!("{e}"))?;
        let descriptor = RelayDescriptor {
            id: RelayDescriptor::id_for(&noise.public),
            roles: vec![role],
            country: country.into(),
            operator: operator.into(),
            addr: listener.local_addr()?.to_string(),
            tls_fp: hex(&identity.fingerprint),
            noise_key: RelayDescriptor::encode_noise_key(&noise.public),
            exit_policy: policy.clone(),
        };
        descriptors.push(descriptor.clone());
        relays.push((listener, noise, identity, descriptor));
    }
    let directory = Arc::new(Directory {
        version: DIRECTORY_VERSION,
        operator: "bench".into(),
        issued_at: 0,
        expires_at: i64::MAX,
        relays: descriptors,
        issuers: vec![conclave_relay::directory::Issuer {
            name: issuer.name.clone(),
            keys: vec![IssuerKey::new(
                &issuer.key.public_key().to_spki_der(),
                i64::MAX,
            )],
        }],
    });
    let path = Path {
        entry: directory.relays[0].clone(),
        exit: directory.relays[1].clone(),
        same_operator: false,
    };
    let (directory_tx, directory_rx) = watch::channel(directory);
    for (listener, noise, identity, descriptor) in relays {
        let relay = Arc::new(Relay {
            id: descriptor.id.clone(),
            roles: descriptor.roles.clone(),
            identity,
            noise,
            policy: policy.clone(),
            dns: Default::default(),
            tokens: Arc::new(DirectoryTokens::new(
                &descriptor.id,
                directory_rx.clone(),
                now_ms,
            )),
            directory: directory_rx.clone(),
            limits: RelayLimits::default(),
            view: None,
        });
        tokio::spawn(serve(relay, listener, shutdown.clone()));
    }
    Ok(Net {
        webs,
        path,
        issuer,
        directory: directory_rx,
        _directory_tx: directory_tx,
        shutdown,
        _shutdown_tx: shutdown_tx,
    })
}

impl Net {
    async fn proxy(&self, config: ProxyConfig) -> anyhow::Result<SocketAddr> {
        let proxy = Proxy::new(
            config,
            self.directory.clone(),
            Arc::new(Source(self.issuer.clone())),
        );
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        tokio::spawn(proxy.run(listener, self.shutdown.clone()));
        Ok(addr)
    }

    /// Tokens for `n` circuits: (entry token, exit token) each, minted before any timing.
    fn circuit_tokens(&self, n: usize) -> anyhow::Result<Vec<(Vec<u8>, Vec<u8>)>> {
        let entry = self.issuer.tokens(&self.path.entry.id, n)?;
        let exit = self.issuer.tokens(&self.path.exit.id, n)?;
        Ok(entry.into_iter().zip(exit).collect())
    }

    async fn circuit(&self, tokens: &(Vec<u8>, Vec<u8>)) -> anyhow::Result<Arc<Mux>> {
        build_circuit(&self.path, &tokens.0, &tokens.1, 1024)
            .await
            .map_err(|e| anyhow::anyhow!("circuit: {e}"))
    }
}

fn rss_bytes() -> u64 {
    sample(std::process::id()).map_or(0, |s| s.rss_bytes)
}

fn cpu_secs() -> f64 {
    sample(std::process::id()).map_or(0.0, |s| s.cpu_secs)
}

fn progress(quiet: bool, what: &str) {
    if !quiet {
        eprintln!("proxy bench: {what}");
    }
}

pub async fn run(quick: bool, quiet: bool) -> anyhow::Result<ProxyReport> {
    let sizes = Sizes::new(quick);
    let net = start(sizes.circuits_concurrent).await?;

    // (e) first, so the allocator has no free memory of earlier parts to hand out.
    progress(quiet, "minting tokens");
    let idle_tokens = net.circuit_tokens(sizes.circuits_idle)?;
    let setup_tokens = net.circuit_tokens(sizes.circuits_setup)?;
    let check_origin = "rbenchcheck000000";
    let check_tokens = net.issuer.tokens(check_origin, sizes.tokens_checked)?;
    // Warm-up: one circuit (TLS session code, lazy statics).
    let warm = net.circuit_tokens(1)?;
    net.circuit(&warm[0]).await?.close();
    tokio::time::sleep(Duration::from_millis(200)).await;

    progress(quiet, "idle circuits");
    let before = rss_bytes();
    let mut idle = Vec::with_capacity(sizes.circuits_idle);
    for t in &idle_tokens {
        idle.push(net.circuit(t).await?);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let after = rss_bytes();
    let rss_delta = after as i64 - before as i64;
    let idle_report = IdleMemory {
        circuits: idle.len(),
        rss_delta_bytes: rss_delta,
        bytes_per_circuit: rss_delta as f64 / idle.len().max(1) as f64,
    };
    for m in &idle {
        m.close();
    }
    drop(idle);
    tokio::time::sleep(Duration::from_millis(500)).await;

    // (b) circuit set-up: TCP + TLS to the entry, OPEN with the entry token (checked there),
    // mTLS entry → exit, Noise_NK with the exit token (checked there), one after another.
    progress(quiet, "circuit set-up");
    let mut setups = Vec::with_capacity(sizes.circuits_setup);
    for t in &setup_tokens {
        let started = Instant::now();
        let mux = net.circuit(t).await?;
        setups.push(started.elapsed());
        mux.close();
    }
    let circuit_setup = percentiles(setups);

    // (c) token checks at a relay: DirectoryTokens, as an entry or exit runs it.
    progress(quiet, "token checks");
    let checker = DirectoryTokens::new(check_origin, net.directory.clone(), now_ms);
    let mut redeem = Vec::with_capacity(check_tokens.len());
    for t in &check_tokens {
        let started = Instant::now();
        let ok = checker.redeem(t);
        redeem.push(started.elapsed());
        if let Err(e) = ok {
            bail!("a fresh token was refused: {e}");
        }
    }
    let mut double = Vec::with_capacity(check_tokens.len());
    let mut refused = true;
    for t in &check_tokens {
        let started = Instant::now();
        let again = checker.redeem(t);
        double.push(started.elapsed());
        refused &= again.is_err();
    }
    let token_check = Tokens {
        redeem: percentiles(redeem),
        double_spend: percentiles(double),
        double_spends_refused: refused,
    };

    // (a) one download direct, then through both hops (a fresh proxy: one circuit).
    progress(quiet, "throughput");
    let throughput = download(&net, sizes.download_bytes).await?;

    // (d) streams over circuits at once: a circuit per site (127.0.0.k), each stream a
    // distinct body, its SHA-256 checked.
    progress(quiet, "concurrent streams");
    let proxy = net
        .proxy(ProxyConfig {
            new_circuit_per_site: true,
            token_batch: 8,
            ..ProxyConfig::default()
        })
        .await?;
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(sizes.streams_concurrent);
    for i in 0..sizes.streams_concurrent {
        let web = net.webs[i % net.webs.len()];
        let size = sizes.stream_bytes;
        let seed = 1000 + i as u64;
        tasks.push(tokio::spawn(async move {
            let mut s = socks_connect(proxy, web).await?;
            let (got, hash) = get(&mut s, web, size, seed, true).await?;
            anyhow::Ok(got == size && hash == expected_hash(seed, size))
        }));
    }
    let mut ok = 0;
    let mut failures = 0;
    for t in tasks {
        match t.await {
            Ok(Ok(true)) => ok += 1,
            Ok(Ok(false)) => failures += 1,
            Ok(Err(e)) => {
                failures += 1;
                if !quiet {
                    eprintln!("proxy bench: a stream failed: {e:#}");
                }
            }
            Err(_) => failures += 1,
        }
    }
    let total_s = started.elapsed().as_secs_f64();
    let concurrent = Concurrent {
        circuits: net.webs.len(),
        streams: sizes.streams_concurrent,
        bytes_each: sizes.stream_bytes,
        total_s,
        aggregate_mb_s: (sizes.streams_concurrent as f64 * sizes.stream_bytes as f64 / 1e6)
            / total_s,
        hashes_ok: ok == sizes.streams_concurrent,
        failures,
    };

    Ok(ProxyReport {
        sizes,
        throughput,
        circuit_setup,
        token_check,
        concurrent,
        idle: idle_report,
    })
}

/// One download direct, then the same through both hops (a fresh proxy: one circuit, built
/// by a first small fetch outside the timing).
async fn download(net: &Net, bytes: u64) -> anyhow::Result<Throughput> {
    let web = net.webs[0];
    let cpu0 = cpu_secs();
    let started = Instant::now();
    let mut direct = TcpStream::connect(web).await?;
    let _ = direct.set_nodelay(true);
    let (got, _) = get(&mut direct, web, bytes, 0, false).await?;
    let direct_s = started.elapsed().as_secs_f64();
    let direct_cpu = cpu_secs() - cpu0;
    if got != bytes {
        bail!("direct download: {got} bytes");
    }
    drop(direct);
    let proxy = net.proxy(ProxyConfig::default()).await?;
    let mut s = socks_connect(proxy, web).await?;
    get(&mut s, web, 1000, 1, false).await?;
    drop(s);
    let cpu0 = cpu_secs();
    let started = Instant::now();
    let mut s = socks_connect(proxy, web).await?;
    let (got, _) = get(&mut s, web, bytes, 0, false).await?;
    let proxied_s = started.elapsed().as_secs_f64();
    let proxied_cpu = cpu_secs() - cpu0;
    if got != bytes {
        bail!("proxied download: {got} bytes");
    }
    let mb = bytes as f64 / 1e6;
    Ok(Throughput {
        bytes,
        direct_mb_s: mb / direct_s,
        proxied_mb_s: mb / proxied_s,
        ratio: direct_s / proxied_s,
        direct_cpu_s: direct_cpu,
        proxied_cpu_s: proxied_cpu,
        relay_cpu_s_per_gb: (proxied_cpu - direct_cpu) / (bytes as f64 / 1e9),
    })
}

/// `proxy --throughput-only N`: part (a) alone, N times (what `perf record` profiles).
pub async fn throughput_only(quick: bool, n: usize) -> anyhow::Result<()> {
    let sizes = Sizes::new(quick);
    let net = start(1).await?;
    for _ in 0..n {
        let t = download(&net, sizes.download_bytes).await?;
        println!(
            "direct {:.0} MB/s    via both hops {:.0} MB/s    ratio {:.0} %    relay CPU {:.2} s per GB",
            t.direct_mb_s,
            t.proxied_mb_s,
            t.ratio * 100.0,
            t.relay_cpu_s_per_gb
        );
    }
    Ok(())
}

pub fn print(r: &ProxyReport) {
    let t = &r.throughput;
    println!("Private browsing relay (entry + exit + proxy on loopback, one process)");
    println!(
        "  download {} MB    direct {:.0} MB/s    via both hops {:.0} MB/s    ratio {:.0} % (goal >= 50 %)",
        t.bytes / 1_000_000,
        t.direct_mb_s,
        t.proxied_mb_s,
        t.ratio * 100.0
    );
    println!(
        "  relay CPU {:.2} s per GB forwarded (proxied {:.2} s - direct {:.2} s of process CPU)",
        t.relay_cpu_s_per_gb, t.proxied_cpu_s, t.direct_cpu_s
    );
    let c = &r.circuit_setup;
    println!(
        "  circuit set-up x{}    p50 {:.1} ms    p95 {:.1} ms (goal <= 100)    p99 {:.1} ms    max {:.1} ms",
        c.count, c.p50_ms, c.p95_ms, c.p99_ms, c.max_ms
    );
    let k = &r.token_check;
    println!(
        "  token check x{}    p50 {:.3} ms (goal < 1)    p99 {:.3} ms;    double spend p50 {:.3} ms p99 {:.3} ms, all refused: {}",
        k.redeem.count,
        k.redeem.p50_ms,
        k.redeem.p99_ms,
        k.double_spend.p50_ms,
        k.double_spend.p99_ms,
        k.double_spends_refused
    );
    let d = &r.concurrent;
    println!(
        "  {} streams x {} KiB over {} circuits    {:.2} s    {:.0} MB/s    all hashes ok: {} ({} failed)",
        d.streams,
        d.bytes_each / 1024,
        d.circuits,
        d.total_s,
        d.aggregate_mb_s,
        d.hashes_ok,
        d.failures
    );
    let i = &r.idle;
    println!(
        "  {} idle circuits    RSS +{:.1} MiB    {:.1} KiB per circuit (client + entry + exit)",
        i.circuits,
        i.rss_delta_bytes as f64 / (1024.0 * 1024.0),
        i.bytes_per_circuit / 1024.0
    );
}
