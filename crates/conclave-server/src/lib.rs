//! `conclave-server`: TLS, WebSocket sessions, config, metrics and operator commands around
//! [`conclave_server_core::Core`].
//!
//! [`Server::open`] opens the store and TLS material; [`Server::run`] takes the listener and a
//! shutdown future from the caller (tests bind port 0 and shut down on demand).

pub mod acme;
pub mod admin;
pub mod backup;
pub mod blob_routes;
pub mod blobs;
pub mod call_placement;
pub mod call_tokens;
pub mod cluster;
pub mod config;
pub mod datadir;
pub mod fdlimit;
pub mod hex;
pub mod listener;
pub mod media;
mod metrics;
mod operator;
pub mod push;
pub mod relay;
pub mod relay_issuer;
mod session;
pub mod tls;
pub mod web;

use std::{
    future::Future,
    io::Write as _,
    net::SocketAddr,
    path::Path,
    sync::Arc,
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use anyhow::Context;
use axum::{
    Extension, Router,
    extract::{State, WebSocketUpgrade},
    http::StatusCode,
    response::IntoResponse,
    routing::{get, post},
};
use conclave_proto::{Fingerprint, Timestamp};
use conclave_server_core::{Core, Entropy, Store};
use tokio::{
    net::TcpListener,
    sync::{Semaphore, mpsc, watch},
};

pub use cluster::Backend;
pub use config::{ServeArgs, ServerConfig};
use listener::{HttpTimeouts, PendingSlot, PerIp};
use metrics::Metrics;
use tower::ServiceExt as _;

pub fn now() -> Timestamp {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    Timestamp(i64::try_from(ms).unwrap_or(i64::MAX))
}

/// Entropy from the operating system.
pub fn os_entropy() -> Entropy {
    Arc::new(rand::random::<[u8; 32]>)
}

/// Writes a file readable only by its owner (keys, invitation codes).
pub fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Writes `path` whole (0600) beside it as `PATH.partial` and renames it into place, so a
/// reader never sees half a file (keys, certificates).
pub fn write_private_replace(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    write_private(&partial, bytes)?;
    std::fs::rename(&partial, path)
        .with_context(|| format!("cannot put {} in place", path.display()))
}

pub struct AppState {
    pub core: Core,
    /// The relay directory this node signs and serves (and its relay roles).
    pub relay: Arc<relay::RelayNode>,
    /// The SFU of this node (`None`: media off).
    pub sfu: Option<conclave_sfu::net::SfuHandle>,
    /// In a cluster: where calls live ([`call_placement`]); `None` on a single node.
    pub calls: Option<Arc<call_placement::Placement>>,
    /// The attachment blob store and the grant keys it trusts (`None`: attachments off).
    pub blobs: Option<blob_routes::BlobRoutes>,
    store: Arc<dyn Store>,
    metrics: Metrics,
    sessions: Arc<Semaphore>,
    shutdown: watch::Receiver<bool>,
    /// Every session holds a clone; shutdown takes the original and waits until all clones
    /// are dropped. `None` once shutdown has begun.
    session_guard: std::sync::Mutex<Option<mpsc::Sender<()>>>,
}

/// A server with its store open and TLS ready, not yet accepting connections.
pub struct Server {
    pub config: ServerConfig,
    pub tls: tls::Tls,
    /// The relay token keys (see [`relay_issuer`]); the current one is in
    /// `config.core.relay_issuer`.
    pub relay_keys: relay_issuer::IssuerKeys,
    backend: Backend,
    web: web::WebAssets,
}

impl Server {
    /// Opens the embedded SQLite store and the TLS material (see [`Server::open`] for every
    /// store).
    pub fn start(mut config: ServerConfig) -> anyhow::Result<Self> {
        if config.store != config::StoreConfig::Sqlite {
            anyhow::bail!("a PostgreSQL store is opened with Server::open");
        }
        let (tls, relay_keys) = Self::prepare(&mut config)?;
        datadir::create_private_file(&config.db_path())?;
        let store = conclave_server_store_sqlite::SqliteStore::open(
            &config.db_path(),
            config.core.limits.write_batch_max,
        )?;
        let web = Self::web_assets(&config)?;
        Ok(Server {
            config,
            tls,
            relay_keys,
            backend: Backend::Sqlite(Arc::new(store)),
            web,
        })
    }

    /// Opens the configured store (SQLite, or the cluster's PostgreSQL) and the TLS material.
    pub async fn open(mut config: ServerConfig) -> anyhow::Result<Self> {
        let (tls, relay_keys) = Self::prepare(&mut config)?;
        let backend = Backend::open(&config, config.core.limits.write_batch_max).await?;
        let web = Self::web_assets(&config)?;
        Ok(Server {
            config,
            tls,
            relay_keys,
            backend,
            web,
        })
    }

    /// The data directory, the TLS material, the relay token keys (whose current one goes
    /// into the core's config) and the call token key (which goes there too).
    fn prepare(config: &mut ServerConfig) -> anyhow::Result<(tls::Tls, relay_issuer::IssuerKeys)> {
        datadir::prepare(&config.data)?;
        let operator_tls = config.tls.as_ref().map(|(c, k)| (c.as_path(), k.as_path()));
        let tls = tls::load(
            &config.data,
            operator_tls,
            &config.public_host,
            config.acme.is_some(),
        )?;
        let relay_keys = relay_issuer::load_or_create(&config.data, now())?;
        config.core.relay_issuer = Some(relay_keys.current.clone());
        config.core.call_tokens = Some(Arc::new(call_tokens::load_or_create(&config.data)?));
        Ok((tls, relay_keys))
    }

    /// Finds the built web app (it is optional: without it `/` says how to build it).
    fn web_assets(config: &ServerConfig) -> anyhow::Result<web::WebAssets> {
        let web = web::WebAssets::find(config.web_dir.as_deref())?;
        match &web.dir {
            Some(dir) => tracing::info!(dir = %dir.display(), "serving the web app"),
            None => tracing::warn!("the web app is not built (scripts/build-web); `/` says so"),
        }
        Ok(web)
    }

    pub fn pin(&self) -> Option<Fingerprint> {
        self.tls.pin
    }

    /// Serves on `listener` until `shutdown` resolves, then closes every session after its
    /// in-flight requests are answered and flushes the store: nothing acknowledged is lost.
    pub async fn run(
        mut self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()>,
    ) -> anyhow::Result<()> {
        let local = listener.local_addr()?;
        let fd_budget = fdlimit::checked_budget(
            self.config.core.limits.connections_max,
            fdlimit::raise_nofile(),
        );
        self.config.core.limits.connections_max = fd_budget.sessions_max;
        let metrics_listener = match &self.config.metrics {
            Some(m) => {
                let bound = TcpListener::bind(m.listen).await.with_context(|| {
                    format!(
                        "cannot listen for metrics on {} (set metrics_listen, or `off`)",
                        m.listen
                    )
                })?;
                Some((bound, m.token.clone()))
            }
            None => None,
        };
        let acme_http_listener = match self.config.acme.as_ref().and_then(|a| a.http_listen) {
            Some(addr) => Some(TcpListener::bind(addr).await.with_context(|| {
                format!("cannot listen for ACME HTTP-01 on {addr} (set acme_http_listen)")
            })?),
            None => None,
        };
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let (guard_tx, mut guard_rx) = mpsc::channel::<()>(1);
        let limits = self.config.core.limits.clone();
        let store = self.backend.store();
        let core = Core::new(store.clone(), self.config.core.clone(), os_entropy());
        let bus = cluster::start_bus(&self.config, core.hub()).await?;
        let push_key = match &self.config.push {
            Some(config) => {
                let key = Arc::new(push::load_or_create(&self.config.data)?);
                let sender = push::start(
                    config.clone(),
                    key.clone(),
                    store.clone(),
                    core.hub().clone(),
                    shutdown_rx.clone(),
                );
                core.hub().set_absent(sender);
                Some(push::key_json(&key))
            }
            None => None,
        };
        let relay_node = Arc::new(relay::RelayNode::open(
            self.config.relay.clone(),
            &self.config.data,
            &self.config.public_host,
            local,
        )?);
        relay_node.set_own_issuer(issuer_entry(&self.config, &self.relay_keys))?;
        let media = match (&self.config.media, &self.config.core.call_tokens) {
            (Some(media), Some(key)) => Some(
                media::start(
                    media,
                    local,
                    self.config.listen.port() == 0,
                    &self.config.public_host,
                    key.public(),
                    shutdown_rx.clone(),
                )
                .await?,
            ),
            _ => None,
        };
        let blobs = match (&self.config.core.blobs, &self.config.core.call_tokens) {
            (Some(limits), Some(key)) => {
                // A cluster keeps blobs in its database, so every node serves every blob; a
                // single node in its data directory.
                let store: Arc<dyn conclave_server_core::blob::BlobStore> =
                    match (self.backend.postgres(), &self.config.blob_objects) {
                        (Some(pg), Some(s3)) => {
                            let bucket = conclave_server_store_postgres::objects::s3(s3)?;
                            let prefix = s3
                                .prefix
                                .as_deref()
                                .unwrap_or(conclave_server_store_postgres::objects::DEFAULT_PREFIX);
                            tracing::info!(bucket = %s3.bucket, prefix, "attachment bytes in S3");
                            Arc::new(pg.blob_store_in(limits.clone(), bucket, prefix))
                        }
                        (Some(pg), None) => Arc::new(pg.blob_store(limits.clone())),
                        (None, _) => Arc::new(blobs::DirBlobStore::open(
                            &self.config.data,
                            limits.clone(),
                        )?),
                    };
                Some(blob_routes::BlobRoutes {
                    store,
                    trusted: vec![key.public()],
                })
            }
            _ => None,
        };
        let me = cluster::own_endpoint(&self.config, local.port());
        let me_text = format!("{}:{}", me.0, me.1);
        // The call key a node announces only when it runs media: the cluster places calls on
        // the nodes that announce one.
        let call_key = match (&media, &self.config.core.call_tokens) {
            (Some(_), Some(key)) => Some(call_placement::key_hex(&key.public())),
            _ => None,
        };
        let calls = match (self.backend.postgres(), &bus, &self.config.bus) {
            (Some(pg), Some(bus), Some(bus_config)) => Some(
                call_placement::Placement::start(
                    me_text.clone(),
                    self.config
                        .core
                        .call_tokens
                        .as_ref()
                        .map_or([0; 32], |k| k.public()),
                    bus_config.subject.clone(),
                    bus.clone(),
                    pg.clone(),
                    media.as_ref().map(|m| m.handle.clone()),
                    shutdown_rx.clone(),
                )
                .await?,
            ),
            _ => None,
        };
        // Announced before the admin invitation is made, so its link names this node; and
        // after this node answers joins on the bus, so that no node places a call here
        // before it can take it.
        if let Some(pg) = self.backend.postgres() {
            pg.announce_node(
                &me_text,
                self.tls.pin.map(|f| f.to_hex()).as_deref(),
                call_key.as_deref(),
                now(),
            )
            .await?;
        }
        let state = Arc::new(AppState {
            blobs,
            calls,
            sfu: media.as_ref().map(|m| m.handle.clone()),
            relay: relay_node.clone(),
            core,
            store: store.clone(),
            metrics: Metrics::default(),
            sessions: Arc::new(Semaphore::new(limits.connections_max)),
            shutdown: shutdown_rx.clone(),
            session_guard: std::sync::Mutex::new(Some(guard_tx)),
        });
        self.write_server_info(local)?;
        let announcer = self.backend.postgres().map(|pg| {
            tokio::spawn(cluster::announce_loop(
                pg.clone(),
                me_text.clone(),
                self.tls.pin,
                call_key.clone(),
                shutdown_rx.clone(),
            ))
        });
        // In a cluster every node's directory lists every node's relay and trusts every
        // node's issuer (see `relay`): publish this node's row and take in the others' now, so
        // the first directory served has them.
        let relay_sync = self.backend.postgres().map(|_| {
            tokio::spawn(relay::sync_loop(
                relay_node.clone(),
                store.clone(),
                shutdown_rx.clone(),
            ))
        });
        if relay_sync.is_some()
            && let Err(e) = relay::sync(&relay_node, store.as_ref(), true).await
        {
            tracing::warn!(error = %format!("{e:#}"), "relay directory: cluster sync failed");
        }
        let (nodes, pin) =
            cluster::link_nodes(&self.config, &self.backend, Some(me), self.tls.pin).await?;
        admin::ensure_admin_invite(&state.core, &self.config, &nodes, pin).await?;

        let metrics_task = match metrics_listener {
            Some((bound, token)) => {
                let addr = bound.local_addr()?;
                println!("Metrics on http://{addr}");
                tracing::info!(%addr, token = token.is_some(), "serving metrics");
                Some(tokio::spawn(metrics::serve(
                    bound,
                    state.clone(),
                    token,
                    shutdown_rx.clone(),
                )))
            }
            None => None,
        };
        // No `/metrics` here: the public port answers it 404 (it is on its own address).
        let app = Router::new()
            .route("/healthz", get(|| async { "ok\n" }))
            .route("/v1/ws", get(ws_handler))
            .route("/relay/directory", get(directory_handler))
            .route(
                push::KEY_PATH,
                get(move || std::future::ready(push::key_response(push_key.as_deref()))),
            )
            .route(
                media::JOIN_PATH,
                post(media::join_handler).layer(axum::extract::DefaultBodyLimit::max(
                    media::join_body_bytes_max(),
                )),
            )
            .merge(blob_routes::router())
            .with_state(state.clone())
            .fallback_service(web::router(self.web, self.tls.pin));
        let acceptor = tokio_rustls::TlsAcceptor::from(self.tls.config.clone());
        let connections = Arc::new(Semaphore::new(fd_budget.pending_max));
        let per_ip = PerIp::new(limits.unauthenticated_per_ip_max);
        let handshake_timeout = Duration::from_secs(limits.tls_handshake_timeout_secs);
        let timeouts = HttpTimeouts::of(&limits);
        // HSTS only with the operator's certificate: see ARCHITECTURE.md ("HSTS").
        let hsts = self.tls.pin.is_none();
        let sweeper = tokio::spawn(sweep_loop(
            state.clone(),
            self.config.sweep_interval,
            shutdown_rx.clone(),
        ));
        let operator_watch = tokio::spawn(operator::watch_loop(state.clone(), shutdown_rx.clone()));
        let relay_task = match relay_node.relay(|| now().0)? {
            Some(relay) => {
                let addr = relay_node.listen_addr(local);
                let bound = TcpListener::bind(addr).await.with_context(|| {
                    format!("cannot listen for relay circuits on {addr} (set [relay] listen)")
                })?;
                let roles: Vec<&str> = relay
                    .roles
                    .iter()
                    .map(|r| match r {
                        conclave_relay::directory::Role::Entry => "entry",
                        conclave_relay::directory::Role::Exit => "exit",
                    })
                    .collect();
                println!(
                    "Relay ({}) {} on {}",
                    roles.join(", "),
                    relay.id,
                    bound.local_addr()?
                );
                tracing::info!(id = %relay.id, roles = ?roles, "relay listening");
                Some(tokio::spawn(conclave_relay::net::relay::serve(
                    relay,
                    bound,
                    shutdown_rx.clone(),
                )))
            }
            None => None,
        };
        let acme_task = match (&self.config.acme, &self.tls.resolver) {
            (Some(acme), Some(resolver)) => Some(tokio::spawn(acme::run(
                acme.clone(),
                self.config.data.clone(),
                resolver.clone(),
                // In a cluster the nodes with the same names share one certificate.
                self.backend.postgres().map(|pg| acme::Shared {
                    store: pg.clone(),
                    node: me_text.clone(),
                }),
                shutdown_rx.clone(),
            ))),
            _ => None,
        };
        let acme_http_task = match (acme_http_listener, &self.config.acme, &self.tls.resolver) {
            (Some(bound), Some(acme), Some(resolver)) => {
                let addr = bound.local_addr()?;
                println!("ACME HTTP-01 and redirects to HTTPS on http://{addr}");
                tracing::info!(%addr, "serving ACME http-01");
                Some(tokio::spawn(acme::serve_http01(
                    bound,
                    resolver.clone(),
                    acme::HttpsRedirect {
                        hosts: acme.domains.clone(),
                        default_host: self.config.public_host.clone(),
                        port: local.port(),
                    },
                    timeouts,
                    shutdown_rx.clone(),
                )))
            }
            _ => None,
        };
        println!("Listening on https://{local}");
        tracing::info!(%local, "listening");

        let ice_tcp = media
            .as_ref()
            .filter(|m| m.tcp_on_https)
            .map(|m| m.handle.clone());
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                () = &mut shutdown => break,
                accepted = listener.accept() => {
                    let (tcp, peer) = match accepted {
                        Ok(a) => a,
                        Err(e) => {
                            // Out of file descriptors and the like: back off, keep serving.
                            tracing::warn!(error = %e, "accept failed");
                            tokio::time::sleep(Duration::from_millis(50)).await;
                            continue;
                        }
                    };
                    let Some(pending) = per_ip.admit(peer.ip()) else {
                        Metrics::inc(&state.metrics.connections_refused_per_ip);
                        tracing::debug!(%peer, "refused: too many unauthenticated connections from this address");
                        drop(tcp);
                        continue;
                    };
                    let Ok(permit) = connections.clone().try_acquire_owned() else {
                        Metrics::inc(&state.metrics.connections_refused);
                        drop(tcp);
                        continue;
                    };
                    Metrics::inc(&state.metrics.connections_accepted);
                    let _ = tcp.set_nodelay(true);
                    let (acceptor, app, stop) = (acceptor.clone(), app.clone(), shutdown_rx.clone());
                    let ice_tcp = ice_tcp.clone();
                    tokio::spawn(async move {
                        let _permit = permit;
                        // The media port is this port: a connection that does not start
                        // with TLS is ICE-TCP, for the SFU (media::is_ice_tcp).
                        if let Some(sfu) = ice_tcp {
                            let mut first = [0u8; 1];
                            match tokio::time::timeout(handshake_timeout, tcp.peek(&mut first)).await {
                                Ok(Ok(1)) if media::is_ice_tcp(first[0]) => {
                                    return sfu.accept_tcp(tcp, peer);
                                }
                                Ok(Ok(1)) => {}
                                _ => return tracing::debug!(%peer, "closed or silent before TLS"),
                            }
                        }
                        let tls = match tokio::time::timeout(handshake_timeout, acceptor.accept(tcp)).await {
                            Ok(Ok(tls)) => tls,
                            Ok(Err(e)) => return tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                            Err(_) => return tracing::debug!(%peer, "TLS handshake timed out"),
                        };
                        // A TLS-ALPN-01 validation: the handshake was the answer (RFC 8737 §3).
                        if tls.get_ref().1.alpn_protocol() == Some(acme::ACME_TLS_ALPN) {
                            return tracing::debug!(%peer, "answered an ACME tls-alpn-01 validation");
                        }
                        // The WebSocket upgrade takes the connection's count with it to the
                        // session, which drops it once authenticated.
                        let slot = PendingSlot::new(pending);
                        let handle = move |mut request: axum::http::Request<hyper::body::Incoming>| {
                            request.extensions_mut().insert(slot.clone());
                            let app = app.clone();
                            async move {
                                let Ok(mut response) = app.oneshot(request).await;
                                if hsts {
                                    listener::add_hsts(&mut response);
                                }
                                response
                            }
                        };
                        listener::serve_http(tls, handle, timeouts, stop).await;
                    });
                }
            }
        }

        tracing::info!("shutting down: closing sessions");
        drop(listener);
        let _ = shutdown_tx.send(true);
        sweeper.abort();
        operator_watch.abort();
        for task in [acme_task, acme_http_task].into_iter().flatten() {
            task.abort();
        }
        if let Some(task) = relay_task {
            task.abort();
        }
        if let Some(task) = metrics_task {
            task.abort();
        }
        if let Some(media::Media { task, .. }) = media {
            // It stops on the shutdown signal; calls end with the process.
            let _ = tokio::time::timeout(Duration::from_secs(2), task).await;
        }
        drop(
            state
                .session_guard
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take(),
        );
        // Sessions answer their in-flight requests, then drop their guard.
        let _ = tokio::time::timeout(Duration::from_secs(20), guard_rx.recv()).await;
        if let Some(announcer) = announcer {
            announcer.abort();
        }
        if let Some(task) = relay_sync {
            task.abort();
        }
        drop(bus);
        store.close().await;
        tracing::info!("store flushed; bye");
        Ok(())
    }

    /// Records how links to this server are made, for the operator commands.
    fn write_server_info(&self, local: SocketAddr) -> anyhow::Result<()> {
        let info = admin::ServerInfo {
            host: self.config.public_host.clone(),
            port: local.port(),
            fingerprint: self.tls.pin.map(|f| f.to_hex()),
        };
        let json = serde_json::to_vec_pretty(&info)?;
        write_private(&self.config.data.join("server.json"), &json)
    }
}

async fn ws_handler(
    State(state): State<Arc<AppState>>,
    Extension(slot): Extension<PendingSlot>,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
    ws: WebSocketUpgrade,
) -> axum::response::Response {
    let revision = client_revision(query.as_deref());
    if *state.shutdown.borrow() {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down").into_response();
    }
    let limits = &state.core.config().limits;
    // Headroom above our own limit, so an oversized frame gets our typed error, not a reset.
    let ws_max = limits.frame_bytes_max + 64 * 1024;
    ws.read_buffer_size(conclave_proto::limits::WS_BUFFER_BYTES)
        .write_buffer_size(conclave_proto::limits::WS_BUFFER_BYTES)
        .max_message_size(ws_max)
        .max_frame_size(ws_max)
        .on_upgrade(move |socket| session::run(socket, state, slot.take(), revision))
}

/// The client's protocol revision from the query of `/v1/ws` (`?rev=2`). Clients from before
/// revisions send none and are revision 1; anything unreadable counts as 1 too, which only
/// withholds newer frames from the session.
fn client_revision(query: Option<&str>) -> u8 {
    query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .find_map(|pair| pair.strip_prefix("rev="))
        .and_then(|r| r.parse::<u8>().ok())
        .unwrap_or(1)
        .clamp(1, conclave_proto::PROTOCOL_REVISION)
}

/// The signed relay directory (public: it lists relays and issuer keys, nothing of members).
async fn directory_handler(State(state): State<Arc<AppState>>) -> axum::response::Response {
    let json = state.relay.signed_json();
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        json.as_str().to_owned(),
    )
        .into_response()
}

/// Resolves once shutdown has been signalled (without holding the watch guard across awaits).
async fn stopped(rx: &mut watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await;
}

async fn sweep_loop(state: Arc<AppState>, every: Duration, mut stop: watch::Receiver<bool>) {
    let mut tick = tokio::time::interval(every);
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            () = crate::stopped(&mut stop) => return,
        }
        match state.core.sweep(now()).await {
            Ok(stats) if stats.queue_entries_expired + stats.accounts_purged > 0 => {
                tracing::info!(
                    expired = stats.queue_entries_expired,
                    purged = stats.accounts_purged,
                    "swept"
                )
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "sweep failed"),
        }
        if let Some(blobs) = &state.blobs {
            match blobs.store.sweep(now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(blobs = n, "expired attachments removed"),
                Err(e) => tracing::error!(error = %e, "blob sweep failed"),
            }
        }
    }
}

/// This server's token issuer as the relay directory lists it: named by the operator label
/// (`[relay] operator`, default the public host), with every key whose tokens are valid.
pub fn relay_issuer_entry(
    config: &ServerConfig,
) -> anyhow::Result<conclave_relay::directory::Issuer> {
    let keys = relay_issuer::load_or_create(&config.data, now())?;
    Ok(issuer_entry(config, &keys))
}

fn issuer_entry(
    config: &ServerConfig,
    keys: &relay_issuer::IssuerKeys,
) -> conclave_relay::directory::Issuer {
    conclave_relay::directory::Issuer {
        name: config
            .relay
            .operator
            .clone()
            .unwrap_or_else(|| config.public_host.clone()),
        keys: keys
            .public
            .iter()
            .map(|(pk, not_after)| {
                conclave_relay::directory::IssuerKey::new(&pk.to_spki_der(), not_after.0)
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_client_without_a_readable_revision_is_revision_1() {
        use super::client_revision;
        assert_eq!(client_revision(None), 1);
        assert_eq!(client_revision(Some("")), 1);
        assert_eq!(client_revision(Some("rev=2")), 2);
        assert_eq!(client_revision(Some("x=1&rev=2")), 2);
        assert_eq!(client_revision(Some("rev=two")), 1);
        assert_eq!(client_revision(Some("rev=0")), 1);
        // A newer client than this server: it gets what this server has.
        assert_eq!(
            client_revision(Some("rev=200")),
            conclave_proto::PROTOCOL_REVISION
        );
    }
}
