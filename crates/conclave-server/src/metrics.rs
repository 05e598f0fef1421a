//! Prometheus counters, rendered by hand (a handful of atomics needs no framework), and the
//! metrics listener: plain HTTP on its own address (loopback by default), never the public
//! port, with a bearer token when one is configured.

use std::{
    fmt::Write as _,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering::Relaxed},
    },
};

use axum::{
    Router,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use tokio::{net::TcpListener, sync::watch};
use tower::ServiceExt as _;

use crate::{
    AppState,
    config::MetricsToken,
    listener::{HttpTimeouts, serve_plain},
};

/// Metrics connections served at once; beyond, new ones are closed at accept.
const METRICS_CONNECTIONS_MAX: usize = 16;

/// Serves `GET /metrics` on `listener` until `stop` turns true.
pub async fn serve(
    listener: TcpListener,
    state: Arc<AppState>,
    token: Option<MetricsToken>,
    stop: watch::Receiver<bool>,
) {
    let timeouts = HttpTimeouts::of(&state.core.config().limits);
    let app = Router::new()
        .route("/metrics", get(render))
        .with_state((state, token.map(Arc::new)));
    let handle = move |_, request| {
        let app = app.clone();
        async move {
            let Ok(response) = app.oneshot(request).await;
            response
        }
    };
    serve_plain(
        listener,
        "metrics",
        METRICS_CONNECTIONS_MAX,
        handle,
        timeouts,
        stop,
    )
    .await;
}

type MetricsState = (Arc<AppState>, Option<Arc<MetricsToken>>);

async fn render(State((state, token)): State<MetricsState>, headers: HeaderMap) -> Response {
    if let Some(token) = token {
        let given = headers
            .get(header::AUTHORIZATION)
            .map_or(&b""[..], |v| v.as_bytes());
        if !token.admits(given) {
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                "a bearer token is required\n",
            )
                .into_response();
        }
    }
    let (commits, ops) = state.store.write_stats();
    let mut body = state.metrics.render(commits, ops);
    if let Some(sfu) = &state.sfu
        && let Some(stats) = sfu.stats().await
    {
        render_sfu(&mut body, &stats);
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body).into_response()
}

/// The SFU's counters (this node's calls; nothing about who or what).
fn render_sfu(out: &mut String, s: &conclave_sfu::SfuStats) {
    for (name, help, value) in [
        ("joins", "Participants admitted to calls.", s.joins),
        (
            "joins_refused",
            "Joins refused (token, limits, offer).",
            s.joins_refused,
        ),
        ("left", "Participants that left or timed out.", s.left),
        (
            "rtp_received",
            "RTP packets received from participants.",
            s.rtp_received,
        ),
        (
            "rtp_forwarded",
            "RTP packets written towards receivers (one per receiver).",
            s.rtp_forwarded,
        ),
        (
            "rtp_no_slot",
            "RTP packets dropped for a receiver with no free slot.",
            s.rtp_no_slot,
        ),
        (
            "keyframe_requests",
            "Key frame requests relayed to senders.",
            s.keyframe_requests,
        ),
        (
            "datagrams_oversize",
            "Media datagrams over the size limit.",
            s.datagrams_oversize,
        ),
        (
            "datagrams_malformed",
            "Media datagrams that parse as nothing.",
            s.datagrams_malformed,
        ),
        (
            "datagrams_unrouted",
            "Media datagrams from no participant's address.",
            s.datagrams_unrouted,
        ),
    ] {
        let _ = writeln!(
            out,
            "# HELP conclave_sfu_{name}_total {help}\n# TYPE conclave_sfu_{name}_total counter\nconclave_sfu_{name}_total {value}"
        );
    }
}

#[derive(Debug, Default)]
pub struct Metrics {
    pub connections_accepted: AtomicU64,
    pub connections_refused: AtomicU64,
    pub connections_refused_per_ip: AtomicU64,
    pub sessions_active: AtomicU64,
    pub auth_failures: AtomicU64,
    pub requests: AtomicU64,
    pub request_errors: AtomicU64,
    pub payloads_accepted: AtomicU64,
    pub deliveries_pushed: AtomicU64,
    pub bad_frames: AtomicU64,
    pub blob_uploads: AtomicU64,
    pub blob_bytes_received: AtomicU64,
    pub blob_downloads: AtomicU64,
    pub blobs_removed_after_fetch: AtomicU64,
}

impl Metrics {
    pub fn inc(counter: &AtomicU64) {
        counter.fetch_add(1, Relaxed);
    }

    pub fn blob_uploads_started(&self) {
        Self::inc(&self.blob_uploads);
    }

    pub fn blob_bytes_received(&self, n: u64) {
        self.blob_bytes_received.fetch_add(n, Relaxed);
    }

    pub fn blob_downloads_started(&self) {
        Self::inc(&self.blob_downloads);
    }

    pub fn blob_removed_after_fetch(&self) {
        Self::inc(&self.blobs_removed_after_fetch);
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
            "conclave_connections_refused_per_ip_total",
            "counter",
            "Connections refused because their address held too many unauthenticated ones.",
            self.connections_refused_per_ip.load(Relaxed),
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
            "conclave_blob_uploads_total",
            "counter",
            "Attachment uploads started.",
            self.blob_uploads.load(Relaxed),
        );
        line(
            "conclave_blob_bytes_received_total",
            "counter",
            "Attachment ciphertext bytes stored.",
            self.blob_bytes_received.load(Relaxed),
        );
        line(
            "conclave_blob_downloads_total",
            "counter",
            "Attachment downloads started.",
            self.blob_downloads.load(Relaxed),
        );
        line(
            "conclave_blobs_removed_after_fetch_total",
            "counter",
            "Attachments removed because every recipient device had fetched them.",
            self.blobs_removed_after_fetch.load(Relaxed),
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
