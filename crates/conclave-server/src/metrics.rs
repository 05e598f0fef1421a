//! Prometheus counters, rendered by hand (a handful of atomics needs no framework).

use std::{
    fmt::Write as _,
    sync::atomic::{AtomicU64, Ordering::Relaxed},
};

#[derive(Debug, Default)]
pub struct Metrics {
    pub connections_accepted: AtomicU64,
    pub connections_refused: AtomicU64,
    pub sessions_active: AtomicU64,
    pub auth_failures: AtomicU64,
    pub requests: AtomicU64,
    pub request_errors: AtomicU64,
    pub payloads_accepted: AtomicU64,
    pub deliveries_pushed: AtomicU64,
    pub bad_frames: AtomicU64,
}

impl Metrics {
    pub fn inc(counter: &AtomicU64) {
        counter.fetch_add(1, Relaxed);
    }

    pub fn render(&self, store_commits: u64, store_write_ops: u64) -> String {
        let mut out = String::new();
        let mut line = |name: &str, kind: &str, help: &str, value: u64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
            );
        };
        line(
            "conclave_connections_accepted_total",
            "counter",
            "TLS connections accepted.",
            self.connections_accepted.load(Relaxed),
        );
        line(
            "conclave_connections_refused_total",
            "counter",
            "Connections refused at the limit.",
            self.connections_refused.load(Relaxed),
        );
        line(
            "conclave_sessions_active",
            "gauge",
            "Authenticated WebSocket sessions.",
            self.sessions_active.load(Relaxed),
        );
        line(
            "conclave_auth_failures_total",
            "counter",
            "Failed authentications.",
            self.auth_failures.load(Relaxed),
        );
        line(
            "conclave_requests_total",
            "counter",
            "Requests handled.",
            self.requests.load(Relaxed),
        );
        line(
            "conclave_request_errors_total",
            "counter",
            "Requests answered with an error.",
            self.request_errors.load(Relaxed),
        );
        line(
            "conclave_payloads_accepted_total",
            "counter",
            "Payloads durably stored.",
            self.payloads_accepted.load(Relaxed),
        );
        line(
            "conclave_deliveries_pushed_total",
            "counter",
            "Queue entries pushed to devices.",
            self.deliveries_pushed.load(Relaxed),
        );
        line(
            "conclave_bad_frames_total",
            "counter",
            "Malformed or oversized frames.",
            self.bad_frames.load(Relaxed),
        );
        line(
            "conclave_store_commits_total",
            "counter",
            "Durable store commits (fsyncs).",
            store_commits,
        );
        line(
            "conclave_store_write_ops_total",
            "counter",
            "Store write operations.",
            store_write_ops,
        );
        out
    }
}
