//! `conclave-bench`: load generator and benchmark suite for Conclave.
//!
//! Every figure is measured over real TLS WebSockets on loopback: the real `conclave-server`
//! (started here with a fresh data directory, or one already running), and, as the yardstick,
//! a bare relay with the same transport and nothing else. Every run is bounded in count and
//! time.

mod calls;
mod files;
mod load;
mod proxy;
mod relay;
mod stats;
mod target;

use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};
use conclave_client::Endpoint;
use conclave_proto::ServerLink;

use crate::{
    load::Plan,
    stats::Report,
    target::{Spawned, counter, metrics},
};

#[derive(Debug, Parser)]
#[command(
    name = "conclave-bench",
    about = "Conclave load generator and benchmarks"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// One workload.
    Run(RunArgs),
    /// The standard suite (the figures of BENCHMARKS.md).
    Suite {
        /// Smaller counts, for a smoke run (about a minute).
        #[arg(long)]
        quick: bool,
        /// Print JSON instead of the table.
        #[arg(long)]
        json: bool,
    },
    /// The cluster figures: raw fan-out on one SQLite server and on 1, 2 and 3 nodes over
    /// PostgreSQL and NATS (closed loop for throughput, paced for latency).
    Cluster {
        #[arg(long)]
        quick: bool,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        services: Services,
    },
    /// The private-browsing relay on loopback: throughput through both hops against direct,
    /// relay CPU per GB, circuit set-up, token checks, concurrent streams, idle memory.
    Proxy {
        /// Smaller counts, for a smoke run (seconds).
        #[arg(long)]
        quick: bool,
        /// Print JSON instead of the summary.
        #[arg(long)]
        json: bool,
        /// Only the download part, the proxied download N times (for `perf record`): prints
        /// each run's throughput and relay CPU per GB.
        #[arg(long, value_name = "N")]
        throughput_only: Option<usize>,
    },
    /// The SFU's forwarding cost in process: a 50-participant audio call and a 10-participant
    /// video call of Rust participants sending SFrame-encrypted media.
    Calls {
        /// Two simulated seconds instead of ten.
        #[arg(long)]
        quick: bool,
        #[arg(long)]
        json: bool,
        /// Run only scenario N (0-based) in this process and print its report as JSON: each
        /// scenario runs in a process of its own, so that its memory figures are its own.
        #[arg(long, hide = true)]
        only: Option<usize>,
    },
    /// One large attachment up and down through the real server on loopback (encryption
    /// included), with server and client memory sampled throughout.
    Files {
        /// The file's size in MiB (default 1024: 1 GiB).
        #[arg(long, default_value_t = 1024)]
        mib: u64,
        #[arg(long)]
        json: bool,
    },
    /// Serve the bare relay (used by `run --mode bare`; prints `Listening on https://ADDR`).
    Relay {
        #[arg(long)]
        data: std::path::PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Mode {
    Raw,
    E2e,
    Bare,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Workload {
    /// One group; every member sends to all the others.
    Fanout,
    /// Many 1:1 pairs.
    Pairs,
    /// Idle authenticated connections: server memory per connection.
    Idle,
    /// A device returns to a backlog of queued messages.
    Backlog,
}

/// The PostgreSQL and NATS a cluster run uses (it makes its own schema and subject).
#[derive(Debug, Clone, clap::Args)]
struct Services {
    #[arg(
        long,
        env = "CONCLAVE_BENCH_PG_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pg_url: String,
    #[arg(
        long,
        env = "CONCLAVE_BENCH_NATS_URL",
        default_value = "nats://127.0.0.1:4222"
    )]
    nats_url: String,
}

#[derive(Debug, Clone, clap::Args)]
struct RunArgs {
    /// Cluster mode: this many nodes on PostgreSQL + NATS (devices spread over them);
    /// 0: one server on SQLite.
    #[arg(long, default_value_t = 0)]
    nodes: usize,
    #[command(flatten)]
    services: Services,
    #[arg(long, value_enum, default_value = "raw")]
    mode: Mode,
    #[arg(long, value_enum, default_value = "fanout")]
    workload: Workload,
    /// Group size (fanout).
    #[arg(long, default_value_t = 20)]
    group: usize,
    /// Number of pairs (pairs).
    #[arg(long, default_value_t = 50)]
    pairs: usize,
    /// Messages each sender sends (fanout, pairs); for backlog, messages queued.
    #[arg(long, default_value_t = 100)]
    messages: usize,
    /// Paced: total messages per second; default closed loop (one in flight per sender).
    #[arg(long)]
    rate: Option<f64>,
    /// Payload bytes (raw, bare); e2e: plaintext bytes.
    #[arg(long, default_value_t = 128)]
    payload: usize,
    /// Connections (idle).
    #[arg(long, default_value_t = 10_000)]
    connections: usize,
    /// How long idle connections are watched for CPU use (idle).
    #[arg(long, default_value_t = 10)]
    idle_secs: u64,
    /// Give up after this long.
    #[arg(long, default_value = "120s")]
    time_limit: String,
    /// Target a running server with an invitation link allowing enough uses
    /// (`conclave-server admin invite create --uses N --admin`); default: start one.
    #[arg(long)]
    invite: Option<String>,
    /// The running server's process id, to measure its CPU and memory.
    #[arg(long)]
    server_pid: Option<u32>,
    /// The running server's metrics address (its `metrics_listen`), for the fsync figures.
    #[arg(long)]
    server_metrics: Option<std::net::SocketAddr>,
    #[arg(long)]
    json: bool,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        match cli.command {
            Command::Relay { data } => relay::serve(&data).await,
            Command::Files { mib, json } => {
                let report = files::run(mib << 20).await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&report)?);
                } else {
                    files::print(&report);
                }
                anyhow::ensure!(report.identical, "the downloaded file differs");
                Ok(())
            }
            Command::Calls {
                quick,
                only: Some(index),
                ..
            } => {
                println!(
                    "{}",
                    serde_json::to_string(&calls::run_one_of(quick, index)?)?
                );
                Ok(())
            }
            Command::Calls { quick, json, .. } => {
                let reports = calls::run(quick)?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&reports)?);
                } else {
                    calls::print(&reports);
                }
                Ok(())
            }
            Command::Proxy {
                quick,
                throughput_only: Some(n),
                ..
            } => proxy::throughput_only(quick, n).await,
            Command::Proxy { quick, json, .. } => {
                let report = proxy::run(quick, json).await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&report)?);
                } else {
                    proxy::print(&report);
                }
                Ok(())
            }
            Command::Run(args) => {
                let report = run(&args, None).await?;
                if args.json {
                    println!("{}", serde_json::to_string_pretty(&report)?);
                } else {
                    stats::print_table(std::slice::from_ref(&report));
                }
                Ok(())
            }
            Command::Cluster {
                quick,
                json,
                services,
            } => {
                let reports = cluster_suite(quick, services).await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&reports)?);
                } else {
                    stats::print_table(&reports);
                }
                Ok(())
            }
            Command::Suite { quick, json } => {
                let reports = suite(quick).await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&reports)?);
                } else {
                    stats::print_table(&reports);
                }
                Ok(())
            }
        }
    })
}

fn plan(args: &RunArgs) -> anyhow::Result<Plan> {
    let time_limit = humantime::parse_duration(&args.time_limit).context("--time-limit")?;
    let (groups, devices) = match args.workload {
        Workload::Fanout => {
            if args.group < 2 {
                bail!("--group must be at least 2");
            }
            (vec![(0..args.group).collect()], args.group)
        }
        Workload::Pairs => (
            (0..args.pairs).map(|p| vec![2 * p, 2 * p + 1]).collect(),
            2 * args.pairs,
        ),
        Workload::Idle | Workload::Backlog => (Vec::new(), 2),
    };
    Ok(Plan {
        groups,
        devices,
        per_sender: args.messages,
        rate: args.rate,
        payload: args.payload,
        time_limit,
    })
}

fn name(args: &RunArgs) -> String {
    let mode = match args.mode {
        Mode::Raw => "raw",
        Mode::E2e => "e2e",
        Mode::Bare => "bare",
    };
    let pace = args
        .rate
        .map_or("closed".to_owned(), |r| format!("{r} msg/s"));
    let cluster = match args.nodes {
        0 => String::new(),
        1 => "1 node ".into(),
        n => format!("{n} nodes "),
    };
    match args.workload {
        Workload::Fanout => format!("{cluster}{mode} group {} {pace}", args.group),
        Workload::Pairs => format!("{mode} {} pairs {pace}", args.pairs),
        Workload::Idle => format!("{mode} idle {} conns", args.connections),
        Workload::Backlog => format!("{mode} backlog {}", args.messages),
    }
}

const MIB: f64 = 1024.0 * 1024.0;

/// Runs one workload against a fresh target (or the running server of `--invite`).
async fn run(args: &RunArgs, label: Option<&str>) -> anyhow::Result<Report> {
    let plan = plan(args)?;
    let mut report = Report {
        name: label.map_or_else(|| name(args), str::to_owned),
        mode: format!("{:?}", args.mode).to_lowercase(),
        workload: format!("{:?}", args.workload).to_lowercase(),
        devices: plan.devices,
        group: args.group,
        payload_bytes: args.payload,
        rate: args.rate,
        nodes: args.nodes,
        ..Report::default()
    };
    if args.nodes > 0 {
        return run_cluster(args, &plan, report).await;
    }
    if args.mode == Mode::Bare {
        if !matches!(args.workload, Workload::Fanout | Workload::Pairs) {
            bail!("the bare relay runs fanout and pairs only");
        }
        let relay = Spawned::relay()?;
        let before = relay.sample();
        let out = load::run_bare(&relay.endpoint, &plan).await?;
        let after = relay.sample();
        fill(&mut report, out, before, after);
        return Ok(report);
    }

    let spawned;
    let (endpoint, link, pid, metrics_at) = match &args.invite {
        Some(link) => {
            let link = ServerLink::parse(link)?;
            (
                Endpoint::from_link(&link),
                link,
                args.server_pid,
                args.server_metrics,
            )
        }
        None => {
            spawned = Spawned::server()?;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let link = spawned.admin_link.clone().context("no admin invite")?;
            (
                spawned.endpoint.clone(),
                link,
                Some(spawned.pid()),
                spawned.metrics,
            )
        }
    };
    let sample = || pid.and_then(stats::sample).unwrap_or_default();
    let empty = sample();
    report.server_base_rss_mib = pid.map(|_| empty.rss_bytes as f64 / MIB);
    let prefix = format!("b{}-", std::process::id() % 10_000);

    if args.workload == Workload::Idle {
        let base = sample();
        let started = std::time::Instant::now();
        let devices = load::register(&endpoint, &link, args.connections, &prefix).await?;
        tokio::time::sleep(Duration::from_secs(2)).await;
        let loaded = sample();
        tokio::time::sleep(Duration::from_secs(args.idle_secs)).await;
        let idle = sample();
        report.devices = devices.len();
        report.server_rss_mib = pid.map(|_| loaded.rss_bytes as f64 / MIB);
        if pid.is_some() {
            report.rss_per_connection_kib = Some(
                (loaded.rss_bytes.saturating_sub(base.rss_bytes)) as f64
                    / 1024.0
                    / devices.len() as f64,
            );
            report.idle_cpu_percent =
                Some((idle.cpu_secs - loaded.cpu_secs) / args.idle_secs.max(1) as f64 * 100.0);
        }
        report.notes.push(format!(
            "{} devices registered and connected in {:.1}s",
            devices.len(),
            started.elapsed().as_secs_f64()
        ));
        report.finish(Duration::ZERO);
        return Ok(report);
    }

    let mut devices = load::register(&endpoint, &link, plan.devices, &prefix).await?;
    if args.workload == Workload::Backlog {
        load::share_groups(&mut devices, &[vec![0, 1]]).await?;
        let before_m = metrics(metrics_at).await.unwrap_or_default();
        let before = sample();
        let (out, drain) =
            load::backlog(&endpoint, &mut devices, args.messages, args.payload).await?;
        let after = sample();
        let after_m = metrics(metrics_at).await.unwrap_or_default();
        let delivered = out.delivered;
        fill(&mut report, out, before, after);
        report.deliveries_per_s = delivered as f64 / drain.as_secs_f64();
        report.msgs_per_s = report.deliveries_per_s;
        report.notes.push(format!(
            "{delivered} queued messages drained in {:.2}s ({:.0} msgs/s); CPU figure covers queueing and drain",
            drain.as_secs_f64(),
            report.deliveries_per_s
        ));
        fsyncs(&mut report, &before_m, &after_m);
        return Ok(report);
    }

    let engines = if args.mode == Mode::E2e {
        Some(load::setup_e2e(&mut devices, &plan).await?)
    } else {
        load::share_groups(&mut devices, &plan.groups).await?;
        None
    };
    let before_m = metrics(metrics_at).await.unwrap_or_default();
    let before = sample();
    let out = match &engines {
        Some((engines, groups)) => load::run_e2e(&mut devices, engines, groups, &plan).await?,
        None => load::run_raw(&mut devices, &plan).await?,
    };
    let after = sample();
    let after_m = metrics(metrics_at).await.unwrap_or_default();
    fill(&mut report, out, before, after);
    fsyncs(&mut report, &before_m, &after_m);
    for d in devices {
        if let Ok(conn) = std::sync::Arc::try_unwrap(d.conn) {
            conn.close().await;
        }
    }
    Ok(report)
}

/// Raw fan-out on `args.nodes` nodes sharing a fresh PostgreSQL schema and a NATS subject;
/// devices are spread over the nodes round-robin. CPU is the nodes' total (PostgreSQL and NATS
/// are not counted); deliveries whose sender is on another node are reported apart.
async fn run_cluster(args: &RunArgs, plan: &Plan, mut report: Report) -> anyhow::Result<Report> {
    if args.mode != Mode::Raw || args.workload != Workload::Fanout {
        bail!("cluster runs are raw fan-out");
    }
    let db =
        conclave_server_store_postgres::test_db::TestDatabase::create_on(&args.services.pg_url)
            .await
            .context("a schema for the run (is PostgreSQL reachable? --pg-url)")?;
    let subject = format!("conclave.bench.{:016x}", rand::random::<u64>());
    let mut nodes = vec![Spawned::node(
        &db.url,
        &args.services.nats_url,
        &subject,
        None,
    )?];
    let first_data = nodes[0].data_dir();
    for _ in 1..args.nodes {
        nodes.push(Spawned::node(
            &db.url,
            &args.services.nats_url,
            &subject,
            Some(&first_data),
        )?);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let link = nodes[0].admin_link.clone().context("no admin invite")?;
    // Every node presents the first node's certificate, which the link pins.
    let endpoints: Vec<Endpoint> = nodes
        .iter()
        .map(|n| Endpoint {
            pin: link.fingerprint,
            ..n.endpoint.clone()
        })
        .collect();
    let prefix = format!("c{}-", std::process::id() % 10_000);
    let mut devices = load::register_on(&endpoints, &link, plan.devices, &prefix).await?;
    let sample = |nodes: &[Spawned]| {
        nodes.iter().fold(stats::ProcSample::default(), |acc, n| {
            let s = n.sample();
            stats::ProcSample {
                cpu_secs: acc.cpu_secs + s.cpu_secs,
                rss_bytes: acc.rss_bytes + s.rss_bytes,
            }
        })
    };
    let commits = |m: &[Vec<(String, f64)>]| {
        m.iter()
            .map(|m| counter(m, "conclave_store_commits_total"))
            .sum::<f64>()
    };
    let mut before_m = Vec::new();
    for n in &nodes {
        before_m.push(metrics(n.metrics).await.unwrap_or_default());
    }
    load::share_groups(&mut devices, &plan.groups).await?;
    let before = sample(&nodes);
    let mut out = load::run_raw(&mut devices, plan).await?;
    let after = sample(&nodes);
    let mut after_m = Vec::new();
    for n in &nodes {
        after_m.push(metrics(n.metrics).await.unwrap_or_default());
    }
    let cross = std::mem::take(&mut out.deliver_cross);
    fill(&mut report, out, before, after);
    report.cross_node = cross.summary();
    if report.messages_accepted > 0 {
        report.fsyncs_per_msg =
            Some((commits(&after_m) - commits(&before_m)) / report.messages_accepted as f64);
    }
    report.notes.push(format!(
        "{:.0} msgs/s per node; CPU and RSS are the {} nodes' total (PostgreSQL and NATS not counted)",
        report.msgs_per_s / args.nodes as f64,
        args.nodes
    ));
    if let Some(c) = &report.cross_node {
        report.notes.push(format!(
            "cross-node deliveries ({}): p50 {:.2} / p90 {:.2} / p99 {:.2} / p999 {:.2} ms",
            c.count, c.p50_ms, c.p90_ms, c.p99_ms, c.p999_ms
        ));
    }
    for d in devices {
        if let Ok(conn) = std::sync::Arc::try_unwrap(d.conn) {
            conn.close().await;
        }
    }
    drop(nodes);
    drop(db);
    Ok(report)
}

/// The cluster figures of BENCHMARKS.md.
async fn cluster_suite(quick: bool, services: Services) -> anyhow::Result<Vec<Report>> {
    let k = |full: usize, small: usize| if quick { small } else { full };
    let base = RunArgs {
        nodes: 0,
        services,
        mode: Mode::Raw,
        workload: Workload::Fanout,
        group: 20,
        pairs: 50,
        messages: k(500, 50),
        rate: None,
        payload: 128,
        connections: 0,
        idle_secs: 0,
        time_limit: "120s".into(),
        invite: None,
        server_pid: None,
        server_metrics: None,
        json: false,
    };
    let mut runs = Vec::new();
    for nodes in [0, 1, 2, 3] {
        runs.push(RunArgs {
            nodes,
            ..base.clone()
        });
    }
    for nodes in [0, 1, 2, 3] {
        runs.push(RunArgs {
            nodes,
            rate: Some(20.0),
            messages: k(20, 3),
            ..base.clone()
        });
    }
    let mut reports = Vec::new();
    for args in &runs {
        eprintln!("running {} …", name(args));
        reports.push(run(args, None).await.with_context(|| name(args))?);
    }
    if let Some(single) = reports
        .iter()
        .find(|r| r.nodes == 0 && r.rate.is_none())
        .map(|r| r.msgs_per_s)
    {
        for r in reports
            .iter_mut()
            .filter(|r| r.nodes > 0 && r.rate.is_none())
        {
            let per_node = r.msgs_per_s / r.nodes as f64;
            r.notes.push(format!(
                "per node {:.2}× the single SQLite server of this run",
                per_node / single
            ));
        }
    }
    Ok(reports)
}

fn fill(
    report: &mut Report,
    out: load::Outcome,
    before: stats::ProcSample,
    after: stats::ProcSample,
) {
    report.messages_accepted = out.accepted;
    report.deliveries = out.delivered;
    report.timed_out = out.timed_out;
    report.finish(out.elapsed);
    report.ack = out.ack.summary();
    report.send_to_deliver = out.deliver.summary();
    if after.rss_bytes > 0 {
        report.server_rss_mib = Some(after.rss_bytes as f64 / MIB);
        if out.accepted > 0 {
            report.server_cpu_us_per_msg =
                Some((after.cpu_secs - before.cpu_secs) * 1e6 / out.accepted as f64);
        }
    }
}

fn fsyncs(report: &mut Report, before: &[(String, f64)], after: &[(String, f64)]) {
    let commits = counter(after, "conclave_store_commits_total")
        - counter(before, "conclave_store_commits_total");
    let payloads = counter(after, "conclave_payloads_accepted_total")
        - counter(before, "conclave_payloads_accepted_total");
    if payloads > 0.0 {
        report.fsyncs_per_msg = Some(commits / payloads);
    }
}

/// The standard suite: every goal of the benchmark issue, in under ten minutes.
async fn suite(quick: bool) -> anyhow::Result<Vec<Report>> {
    let k = |full: usize, small: usize| if quick { small } else { full };
    let base = RunArgs {
        nodes: 0,
        services: Services {
            pg_url: String::new(),
            nats_url: String::new(),
        },
        mode: Mode::Raw,
        workload: Workload::Fanout,
        group: 20,
        pairs: 50,
        messages: 100,
        rate: None,
        payload: 128,
        connections: 10_000,
        idle_secs: 10,
        time_limit: "120s".into(),
        invite: None,
        server_pid: None,
        server_metrics: None,
        json: false,
    };
    let runs: Vec<RunArgs> = vec![
        RunArgs {
            mode: Mode::Bare,
            messages: k(1000, 100),
            ..base.clone()
        },
        RunArgs {
            messages: k(1000, 100),
            ..base.clone()
        },
        RunArgs {
            mode: Mode::E2e,
            messages: k(300, 50),
            ..base.clone()
        },
        RunArgs {
            rate: Some(5.0),
            messages: k(5, 2),
            ..base.clone()
        },
        RunArgs {
            group: 2,
            rate: Some(2.0),
            messages: k(30, 5),
            ..base.clone()
        },
        RunArgs {
            mode: Mode::Bare,
            group: 100,
            messages: k(100, 10),
            ..base.clone()
        },
        RunArgs {
            group: 100,
            messages: k(100, 10),
            ..base.clone()
        },
        RunArgs {
            group: 1000,
            messages: k(2, 1),
            ..base.clone()
        },
        RunArgs {
            workload: Workload::Pairs,
            messages: k(200, 20),
            ..base.clone()
        },
        RunArgs {
            workload: Workload::Backlog,
            messages: k(10_000, 1_000),
            ..base.clone()
        },
        RunArgs {
            workload: Workload::Idle,
            connections: k(10_000, 500),
            idle_secs: k(10, 2) as u64,
            ..base.clone()
        },
    ];
    let mut reports = Vec::new();
    for args in &runs {
        eprintln!("running {} …", name(args));
        let r = run(args, None).await.with_context(|| name(args))?;
        reports.push(r);
    }
    ratios(&mut reports);
    Ok(reports)
}

fn ratios(reports: &mut [Report]) {
    let find = |reports: &[Report], mode: &str, group: usize| {
        reports
            .iter()
            .find(|r| {
                r.mode == mode && r.workload == "fanout" && r.group == group && r.rate.is_none()
            })
            .map(|r| r.msgs_per_s)
    };
    for group in [20, 100] {
        if let (Some(raw), Some(bare)) = (find(reports, "raw", group), find(reports, "bare", group))
            && let Some(r) = reports.iter_mut().find(|r| {
                r.mode == "raw" && r.workload == "fanout" && r.group == group && r.rate.is_none()
            })
        {
            r.notes
                .push(format!("{:.3}× the bare relay in this run", raw / bare));
        }
    }
    if let (Some(e2e), Some(raw)) = (find(reports, "e2e", 20), find(reports, "raw", 20))
        && let Some(r) = reports.iter_mut().find(|r| r.mode == "e2e")
    {
        r.notes
            .push(format!("{:.2}× raw-mode throughput", e2e / raw));
    }
}
