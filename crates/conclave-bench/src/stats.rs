//! Measurements: latency percentiles, server process figures, the report.

use std::time::{Duration, Instant};

use serde::Serialize;

/// Latencies in microseconds; bounded by the run's message count.
#[derive(Debug, Default)]
pub struct Latencies(Vec<u32>);

impl Latencies {
    pub fn record(&mut self, d: Duration) {
        self.0
            .push(u32::try_from(d.as_micros()).unwrap_or(u32::MAX));
    }
    pub fn summary(mut self) -> Option<Percentiles> {
        if self.0.is_empty() {
            return None;
        }
        self.0.sort_unstable();
        let at = |q: f64| {
            let i = ((self.0.len() as f64 - 1.0) * q).round() as usize;
            f64::from(self.0[i]) / 1000.0
        };
        Some(Percentiles {
            count: self.0.len(),
            p50_ms: at(0.50),
            p90_ms: at(0.90),
            p99_ms: at(0.99),
            p999_ms: at(0.999),
            max_ms: at(1.0),
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Percentiles {
    pub count: usize,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub p999_ms: f64,
    pub max_ms: f64,
}

/// The clock every latency is measured against: nanoseconds since the run began, carried in
/// payloads (sender and receivers are in this process).
#[derive(Debug, Clone, Copy)]
pub struct Clock(Instant);

impl Clock {
    pub fn new() -> Self {
        Clock(Instant::now())
    }
    pub fn now_ns(&self) -> u64 {
        u64::try_from(self.0.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }
    pub fn since(&self, ns: u64) -> Duration {
        Duration::from_nanos(self.now_ns().saturating_sub(ns))
    }
}

/// CPU time (user + system) and resident memory of a process, from /proc.
#[derive(Debug, Clone, Copy, Default)]
pub struct ProcSample {
    pub cpu_secs: f64,
    pub rss_bytes: u64,
}

pub fn clock_ticks_per_sec() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

pub fn sample(pid: u32) -> Option<ProcSample> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss_kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(ProcSample {
        cpu_secs: ticks / clock_ticks_per_sec(),
        rss_bytes: rss_kib * 1024,
    })
}

/// One workload's results.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {
    pub name: String,
    pub mode: String,
    pub workload: String,
    pub devices: usize,
    pub group: usize,
    pub payload_bytes: usize,
    pub rate: Option<f64>,
    pub messages_accepted: u64,
    pub deliveries: u64,
    pub elapsed_s: f64,
    pub msgs_per_s: f64,
    pub deliveries_per_s: f64,
    pub ack: Option<Percentiles>,
    pub send_to_deliver: Option<Percentiles>,
    /// Cluster runs: deliveries from a sender on another node.
    pub cross_node: Option<Percentiles>,
    /// Cluster runs: the number of nodes (0: one server on SQLite).
    pub nodes: usize,
    pub server_cpu_us_per_msg: Option<f64>,
    pub server_rss_mib: Option<f64>,
    pub server_base_rss_mib: Option<f64>,
    pub rss_per_connection_kib: Option<f64>,
    pub idle_cpu_percent: Option<f64>,
    pub fsyncs_per_msg: Option<f64>,
    pub timed_out: bool,
    pub notes: Vec<String>,
}

impl Report {
    pub fn finish(&mut self, elapsed: Duration) {
        self.elapsed_s = elapsed.as_secs_f64();
        if self.elapsed_s > 0.0 {
            self.msgs_per_s = self.messages_accepted as f64 / self.elapsed_s;
            self.deliveries_per_s = self.deliveries as f64 / self.elapsed_s;
        }
    }
}

fn ms(p: &Option<Percentiles>) -> String {
    match p {
        Some(p) => format!(
            "{:.2}/{:.2}/{:.2}/{:.2}",
            p.p50_ms, p.p90_ms, p.p99_ms, p.p999_ms
        ),
        None => "-".into(),
    }
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or("-".into(), |v| format!("{v:.digits$}"))
}

pub fn print_table(reports: &[Report]) {
    println!(
        "{:<34} {:>9} {:>11} {:>25} {:>25} {:>8} {:>8} {:>7}",
        "workload",
        "msgs/s",
        "deliv/s",
        "ack p50/p90/p99/p999 ms",
        "e2e p50/p90/p99/p999 ms",
        "cpu µs",
        "RSS MiB",
        "fsync/m"
    );
    for r in reports {
        println!(
            "{:<34} {:>9.0} {:>11.0} {:>25} {:>25} {:>8} {:>8} {:>7}{}",
            r.name,
            r.msgs_per_s,
            r.deliveries_per_s,
            ms(&r.ack),
            ms(&r.send_to_deliver),
            opt(r.server_cpu_us_per_msg, 0),
            opt(r.server_rss_mib, 1),
            opt(r.fsyncs_per_msg, 3),
            if r.timed_out {
                "  (time limit hit)"
            } else {
                ""
            }
        );
        if let Some(kib) = r.rss_per_connection_kib {
            println!(
                "{:<34} base RSS {} MiB, {:.1} KiB per idle connection, idle CPU {}%",
                "",
                opt(r.server_base_rss_mib, 1),
                kib,
                opt(r.idle_cpu_percent, 2)
            );
        }
        for n in &r.notes {
            println!("{:<34} note: {n}", "");
        }
    }
}
