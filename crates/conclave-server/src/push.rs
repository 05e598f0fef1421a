//! Web Push (RFC 8030) to devices that have something queued and no open session: the
//! installed web app's service worker wakes, connects, fetches and decrypts on its own.
//!
//! A push carries **nothing of content or sender**: its payload is the constant
//! [`PAYLOAD`] (or [`RING_PAYLOAD`] for a call's invitation, `Request::GroupRing`), encrypted anyway (RFC 8291, `aes128gcm`) because push services require it,
//! and signed for the push service with this server's VAPID key (RFC 8292, an ES256 JWT).
//!
//! The message path only offers device ids to a bounded channel ([`PushSender::queued_for`],
//! `try_send`: a full channel drops the offer and counts it). One task coalesces: a device gets
//! at most one push per `coalesce` window — the first at once, one more at the window's end if
//! something else was queued within it. A ring goes at once, window or not (at most one per
//! device per [`RING_INTERVAL_MIN`]; more fall back to the window), with a `TTL` of
//! [`RING_TTL_SECS`]: a ring delivered later than it lasts would ring for a call long
//! unanswered. Before each push the task checks that the device still
//! has no session here and still has something in its queue. Requests run concurrently, at
//! most [`REQUESTS_IN_FLIGHT_MAX`], each bounded by [`REQUEST_TIMEOUT`]; a push service's 404
//! or 410 drops the subscription.
//!
//! `push-vapid.key` in the data directory: the VAPID key (PKCS#8, P-256), 0600, made at the
//! first start and kept (subscriptions are bound to its public key; a new key would orphan
//! every subscription). `GET /v1/push/key` serves the public key for `pushManager.subscribe`.

use std::{
    collections::{BTreeSet, HashMap},
    net::SocketAddr,
    path::Path,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use anyhow::{Context, bail};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD as B64};
use conclave_proto::{DeviceId, QueueSeq};
use conclave_server_core::{
    AbsentDevices, Hub, PushKind, PushSubscriptionRecord, Store, push::origin as endpoint_origin,
};
use ring::{
    agreement, hkdf,
    rand::{SecureRandom, SystemRandom},
    signature::{self, EcdsaKeyPair, KeyPair},
};
use tokio::{
    sync::{Semaphore, mpsc, watch},
    time::Instant,
};

/// The file below the data directory.
pub const VAPID_FILE: &str = "push-vapid.key";
/// Where the VAPID public key is served.
pub const KEY_PATH: &str = "/v1/push/key";
/// Every push's plaintext: "something new", and nothing else.
pub const PAYLOAD: &[u8] = br#"{"v":1}"#;
/// A ring's plaintext: "a call", and nothing else (no caller, no conversation).
pub const RING_PAYLOAD: &[u8] = br#"{"v":1,"ring":true}"#;
/// How long a push service keeps a ring for an offline browser: as long as a ring lasts.
pub const RING_TTL_SECS: u32 = 45;
/// Rings pushed to one device at most this often; more wait for its window like messages.
pub const RING_INTERVAL_MIN: Duration = Duration::from_secs(5);
/// Device offers waiting for the push task; more are dropped (and counted).
pub const OFFERS_QUEUED_MAX: usize = 4096;
/// Devices whose coalescing window is tracked at once; offers for more are dropped.
pub const DEVICES_TRACKED_MAX: usize = 100_000;
/// Push requests in flight at once; a push due while all are busy is dropped.
pub const REQUESTS_IN_FLIGHT_MAX: usize = 32;
/// Connect, TLS, request and response of one push.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
/// How long a VAPID JWT is valid (RFC 8292 allows up to 24 h).
const JWT_SECS: u64 = 12 * 3600;
/// RFC 8188 record size announced in the header (one record: the payload is tiny).
const RECORD_SIZE: u32 = 4096;

/// `[push]` of the config, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushConfig {
    /// At most one push per device per this.
    pub coalesce: Duration,
    /// The `TTL` header: how long the push service keeps a push for an offline browser.
    pub ttl_secs: u32,
    /// The VAPID `sub` claim: a `mailto:` or `https:` contact for push services.
    pub subject: String,
    /// Tests only: push to `http://` loopback endpoints (a local push service) and to
    /// loopback addresses at all. Never in production.
    pub danger_allow_http_loopback: bool,
}

/// `[push]` in the config file.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilePush {
    /// Default true: devices may register a subscription and get pushes.
    pub enabled: Option<bool>,
    /// e.g. "30s" (the default): at most one push per device per this.
    pub coalesce: Option<String>,
    /// e.g. "24h" (the default): how long a push service keeps a push for an offline browser.
    pub ttl: Option<String>,
    /// The contact push services see (`mailto:` or `https:`); default `https://PUBLIC_HOST`.
    pub subject: Option<String>,
    /// Tests only: allow `http://` endpoints on loopback (a local push service).
    pub danger_allow_http_loopback: Option<bool>,
}

impl PushConfig {
    /// The validated `[push]` section; `None`: push is off.
    pub fn from_file(file: Option<FilePush>, public_host: &str) -> anyhow::Result<Option<Self>> {
        let file = file.unwrap_or_default();
        if file.enabled == Some(false) {
            return Ok(None);
        }
        let mut config = PushConfig::new(public_host);
        if let Some(v) = &file.coalesce {
            config.coalesce = crate::config::parse_duration(v)?;
        }
        if let Some(v) = &file.ttl {
            config.ttl_secs = u32::try_from(crate::config::parse_duration(v)?.as_secs())
                .context("push ttl too long")?;
        }
        if let Some(v) = file.subject {
            config.subject = v;
        }
        config.danger_allow_http_loopback = file.danger_allow_http_loopback.unwrap_or(false);
        config.check()?;
        Ok(Some(config))
    }

    pub fn new(public_host: &str) -> Self {
        PushConfig {
            coalesce: Duration::from_secs(30),
            ttl_secs: 24 * 3600,
            subject: format!("https://{public_host}"),
            danger_allow_http_loopback: false,
        }
    }

    /// Checks the operator's values.
    pub fn check(&self) -> anyhow::Result<()> {
        if self.coalesce.is_zero() || self.coalesce > Duration::from_secs(24 * 3600) {
            bail!("push_coalesce must be between 1s and 24h");
        }
        if self.ttl_secs > 28 * 24 * 3600 {
            bail!("push_ttl must be at most 28d");
        }
        if !(self.subject.starts_with("mailto:") || self.subject.starts_with("https://"))
            || self.subject.len() > 256
        {
            bail!("push_subject must be a mailto: or https: contact (at most 256 bytes)");
        }
        Ok(())
    }
}

/// This server's VAPID key.
pub struct VapidKey {
    pair: EcdsaKeyPair,
}

impl std::fmt::Debug for VapidKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VapidKey({})", self.public_base64())
    }
}

impl VapidKey {
    fn from_pkcs8(pkcs8: &[u8]) -> anyhow::Result<Self> {
        let pair = EcdsaKeyPair::from_pkcs8(
            &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            pkcs8,
            &SystemRandom::new(),
        )
        .map_err(|e| anyhow::anyhow!("not a P-256 PKCS#8 key: {e}"))?;
        Ok(VapidKey { pair })
    }

    /// The uncompressed public point (65 bytes): the browser's `applicationServerKey`.
    pub fn public(&self) -> &[u8] {
        self.pair.public_key().as_ref()
    }

    pub fn public_base64(&self) -> String {
        B64.encode(self.public())
    }

    /// `vapid t=JWT, k=KEY` for a push to `audience` (the endpoint's origin), RFC 8292.
    fn authorization(
        &self,
        audience: &str,
        subject: &str,
        now_secs: u64,
    ) -> anyhow::Result<String> {
        let header = B64.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = serde_json::json!({
            "aud": audience,
            "exp": now_secs + JWT_SECS,
            "sub": subject,
        });
        let claims = B64.encode(claims.to_string());
        let signing_input = format!("{header}.{claims}");
        let sig = self
            .pair
            .sign(&SystemRandom::new(), signing_input.as_bytes())
            .map_err(|_| anyhow::anyhow!("VAPID signing failed"))?;
        Ok(format!(
            "vapid t={signing_input}.{}, k={}",
            B64.encode(sig.as_ref()),
            self.public_base64()
        ))
    }
}

/// Loads this server's VAPID key, making one on the first start.
pub fn load_or_create(data_dir: &Path) -> anyhow::Result<VapidKey> {
    let path = data_dir.join(VAPID_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => {
            VapidKey::from_pkcs8(&bytes).with_context(|| format!("invalid {}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let pkcs8 = EcdsaKeyPair::generate_pkcs8(
                &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
                &SystemRandom::new(),
            )
            .map_err(|_| anyhow::anyhow!("cannot make a VAPID key"))?;
            crate::write_private_replace(&path, pkcs8.as_ref())?;
            let key = VapidKey::from_pkcs8(pkcs8.as_ref())?;
            tracing::info!(public = %key.public_base64(), "made a VAPID key for push notifications");
            Ok(key)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// `GET /v1/push/key`'s body: `{"key": base64url}`.
pub fn key_json(key: &VapidKey) -> String {
    serde_json::json!({ "key": key.public_base64() }).to_string()
}

/// `GET /v1/push/key`: the key, or 404 when push is off.
pub fn key_response(json: Option<&str>) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    let content_type = [(axum::http::header::CONTENT_TYPE, "application/json")];
    match json {
        Some(json) => (content_type, json.to_owned()).into_response(),
        None => (
            axum::http::StatusCode::NOT_FOUND,
            content_type,
            r#"{"error":"this server sends no push notifications"}"#,
        )
            .into_response(),
    }
}

// ------------------------------------------------------------------------------------------------
// RFC 8291 message encryption

struct Len(usize);

impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

fn hkdf_expand<const N: usize>(prk: &hkdf::Prk, info: &[&[u8]]) -> anyhow::Result<[u8; N]> {
    let mut out = [0u8; N];
    prk.expand(info, Len(N))
        .and_then(|okm| okm.fill(&mut out))
        .map_err(|_| anyhow::anyhow!("HKDF expand failed"))?;
    Ok(out)
}

/// The `aes128gcm` body of a push of `plaintext` to `subscription` (RFC 8291 § 3.4, RFC 8188
/// § 2: salt, record size, the sender's ephemeral public key, one record ending in 0x02).
pub fn encrypt(subscription: &PushSubscriptionRecord, plaintext: &[u8]) -> anyhow::Result<Vec<u8>> {
    let rng = SystemRandom::new();
    let ephemeral = agreement::EphemeralPrivateKey::generate(&agreement::ECDH_P256, &rng)
        .map_err(|_| anyhow::anyhow!("cannot make an ephemeral key"))?;
    let as_public = ephemeral
        .compute_public_key()
        .map_err(|_| anyhow::anyhow!("cannot compute the ephemeral public key"))?;
    let ua_public = agreement::UnparsedPublicKey::new(&agreement::ECDH_P256, subscription.p256dh);
    let ikm: [u8; 32] = agreement::agree_ephemeral(ephemeral, &ua_public, |ecdh_secret| {
        let prk_key = hkdf::Salt::new(hkdf::HKDF_SHA256, &subscription.auth).extract(ecdh_secret);
        hkdf_expand::<32>(
            &prk_key,
            &[b"WebPush: info\0", &subscription.p256dh, as_public.as_ref()],
        )
    })
    .map_err(|_| anyhow::anyhow!("the subscription's p256dh is not a P-256 public key"))??;
    let mut salt = [0u8; 16];
    rng.fill(&mut salt)
        .map_err(|_| anyhow::anyhow!("no randomness"))?;
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &salt).extract(&ikm);
    let cek = hkdf_expand::<16>(&prk, &[b"Content-Encoding: aes128gcm\0"])?;
    let nonce = hkdf_expand::<12>(&prk, &[b"Content-Encoding: nonce\0"])?;
    let key = ring::aead::LessSafeKey::new(
        ring::aead::UnboundKey::new(&ring::aead::AES_128_GCM, &cek)
            .map_err(|_| anyhow::anyhow!("bad content key"))?,
    );
    let mut record = Vec::with_capacity(plaintext.len() + 1 + 16);
    record.extend_from_slice(plaintext);
    record.push(0x02);
    key.seal_in_place_append_tag(
        ring::aead::Nonce::assume_unique_for_key(nonce),
        ring::aead::Aad::empty(),
        &mut record,
    )
    .map_err(|_| anyhow::anyhow!("encryption failed"))?;
    let key_id = as_public.as_ref();
    let mut body = Vec::with_capacity(16 + 4 + 1 + key_id.len() + record.len());
    body.extend_from_slice(&salt);
    body.extend_from_slice(&RECORD_SIZE.to_be_bytes());
    body.push(u8::try_from(key_id.len()).unwrap_or(u8::MAX));
    body.extend_from_slice(key_id);
    body.extend_from_slice(&record);
    Ok(body)
}

// ------------------------------------------------------------------------------------------------
// The sender

/// Counters, for logs and metrics.
#[derive(Debug, Default)]
pub struct PushStats {
    pub sent: AtomicU64,
    /// Offers or pushes dropped: the channel, the window table or the requests were full.
    pub dropped: AtomicU64,
    pub failed: AtomicU64,
    /// Subscriptions dropped after the push service's 404 or 410.
    pub expired: AtomicU64,
}

/// The hub's [`AbsentDevices`]: offers go to the push task without ever waiting.
pub struct PushSender {
    offers: mpsc::Sender<(DeviceId, PushKind)>,
    pub stats: Arc<PushStats>,
}

impl AbsentDevices for PushSender {
    fn queued_for(&self, devices: &[DeviceId], kind: PushKind) {
        for &device in devices {
            if self.offers.try_send((device, kind)).is_err() {
                self.stats.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

/// What one push needs.
struct Pusher {
    config: PushConfig,
    key: Arc<VapidKey>,
    store: Arc<dyn Store>,
    hub: Hub,
    stats: Arc<PushStats>,
    requests: Arc<Semaphore>,
    tls: Arc<rustls::ClientConfig>,
}

/// Starts the push task; the returned sender goes to [`Hub::set_absent`]. The task ends with
/// `shutdown` (pushes in flight are abandoned: a push is a hint, the queue is the truth).
pub fn start(
    config: PushConfig,
    key: Arc<VapidKey>,
    store: Arc<dyn Store>,
    hub: Hub,
    shutdown: watch::Receiver<bool>,
) -> Arc<PushSender> {
    let (offers, rx) = mpsc::channel(OFFERS_QUEUED_MAX);
    let stats = Arc::new(PushStats::default());
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map(|b| b.with_root_certificates(roots).with_no_client_auth());
    let tls = match tls {
        Ok(tls) => Arc::new(tls),
        Err(e) => {
            // ring's provider supports the default versions; this cannot happen.
            tracing::error!(error = %e, "push: no TLS client config; pushes are off");
            return Arc::new(PushSender { offers, stats });
        }
    };
    let ctx = Arc::new(Pusher {
        config,
        key,
        store,
        hub,
        stats: stats.clone(),
        requests: Arc::new(Semaphore::new(REQUESTS_IN_FLIGHT_MAX)),
        tls,
    });
    tokio::spawn(coalesce_loop(ctx, rx, shutdown));
    Arc::new(PushSender { offers, stats })
}

/// A device's coalescing window: no push before `until`; `pending`: one is due then;
/// `ring_at`: when it was last pushed a ring.
struct Window {
    until: Instant,
    pending: bool,
    ring_at: Option<Instant>,
}

async fn coalesce_loop(
    ctx: Arc<Pusher>,
    mut offers: mpsc::Receiver<(DeviceId, PushKind)>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut windows: HashMap<DeviceId, Window> = HashMap::new();
    let mut ends: BTreeSet<(Instant, DeviceId)> = BTreeSet::new();
    loop {
        let next_end = ends.first().map(|(at, _)| *at);
        tokio::select! {
            _ = shutdown.wait_for(|s| *s) => return,
            offer = offers.recv() => {
                let Some((device, kind)) = offer else { return };
                let tracked = windows.len();
                let now = Instant::now();
                match windows.get_mut(&device) {
                    Some(window)
                        if kind == PushKind::Ring
                            && window.ring_at.is_none_or(|at| now - at >= RING_INTERVAL_MIN) =>
                    {
                        window.ring_at = Some(now);
                        spawn_push(&ctx, device, PushKind::Ring);
                    }
                    Some(window) => window.pending = true,
                    None if tracked >= DEVICES_TRACKED_MAX => {
                        ctx.stats.dropped.fetch_add(1, Ordering::Relaxed);
                    }
                    None => {
                        let until = now + ctx.config.coalesce;
                        let ring_at = (kind == PushKind::Ring).then_some(now);
                        windows.insert(device, Window { until, pending: false, ring_at });
                        ends.insert((until, device));
                        spawn_push(&ctx, device, kind);
                    }
                }
            }
            () = sleep_until_opt(next_end) => {
                let now = Instant::now();
                while let Some(&(at, device)) = ends.first() {
                    if at > now {
                        break;
                    }
                    ends.pop_first();
                    match windows.get_mut(&device) {
                        Some(window) if window.pending => {
                            window.pending = false;
                            window.until = now + ctx.config.coalesce;
                            ends.insert((window.until, device));
                            spawn_push(&ctx, device, PushKind::Message);
                        }
                        _ => {
                            windows.remove(&device);
                        }
                    }
                }
            }
        }
    }
}

async fn sleep_until_opt(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

fn spawn_push(ctx: &Arc<Pusher>, device: DeviceId, kind: PushKind) {
    let Ok(permit) = ctx.requests.clone().try_acquire_owned() else {
        ctx.stats.dropped.fetch_add(1, Ordering::Relaxed);
        tracing::debug!(device = device.0, "push dropped: too many in flight");
        return;
    };
    let ctx = ctx.clone();
    tokio::spawn(async move {
        let _permit = permit;
        if let Err(e) = push_once(&ctx, device, kind).await {
            ctx.stats.failed.fetch_add(1, Ordering::Relaxed);
            tracing::info!(device = device.0, error = %format!("{e:#}"), "push failed");
        }
    });
}

/// Pushes to `device` if it still has no session here, something queued, and a subscription.
async fn push_once(ctx: &Pusher, device: DeviceId, kind: PushKind) -> anyhow::Result<()> {
    if ctx.hub.is_here(device) {
        return Ok(());
    }
    if ctx
        .store
        .fetch(device, QueueSeq(0), 1, crate::now())
        .await?
        .is_empty()
    {
        return Ok(());
    }
    let Some(subscription) = ctx.store.push_subscription(device).await? else {
        return Ok(());
    };
    let status = tokio::time::timeout(REQUEST_TIMEOUT, post(ctx, &subscription, kind))
        .await
        .map_err(|_| anyhow::anyhow!("no answer within {REQUEST_TIMEOUT:?}"))??;
    match status {
        200..=299 => {
            ctx.stats.sent.fetch_add(1, Ordering::Relaxed);
            Ok(())
        }
        404 | 410 => {
            ctx.stats.expired.fetch_add(1, Ordering::Relaxed);
            ctx.store
                .drop_push_subscription(device, &subscription.endpoint)
                .await?;
            tracing::info!(
                device = device.0,
                origin = endpoint_origin(&subscription.endpoint),
                "push subscription expired ({status}): dropped"
            );
            Ok(())
        }
        other => bail!(
            "{} answered {other}",
            endpoint_origin(&subscription.endpoint)
        ),
    }
}

/// One `POST` of an encrypted push to the subscription's endpoint; returns the status.
async fn post(
    ctx: &Pusher,
    subscription: &PushSubscriptionRecord,
    kind: PushKind,
) -> anyhow::Result<u16> {
    let uri: hyper::Uri = subscription
        .endpoint
        .parse()
        .context("the push endpoint is not a URL")?;
    let secure = match uri.scheme_str() {
        Some("https") => true,
        Some("http") if ctx.config.danger_allow_http_loopback => false,
        _ => bail!("the push endpoint is not https"),
    };
    let host = uri
        .host()
        .context("the push endpoint has no host")?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let port = uri.port_u16().unwrap_or(if secure { 443 } else { 80 });
    let addr = resolve(&host, port, ctx.config.danger_allow_http_loopback).await?;
    let (payload, ttl) = match kind {
        PushKind::Message => (PAYLOAD, ctx.config.ttl_secs),
        PushKind::Ring => (RING_PAYLOAD, ctx.config.ttl_secs.min(RING_TTL_SECS)),
    };
    let body = encrypt(subscription, payload)?;
    let now_secs = crate::now().0.max(0) as u64 / 1000;
    let authorization = ctx.key.authorization(
        endpoint_origin(&subscription.endpoint),
        &ctx.config.subject,
        now_secs,
    )?;
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    let authority = uri.authority().map_or(host.as_str(), |a| a.as_str());
    let request = hyper::Request::post(path)
        .header(hyper::header::HOST, authority)
        .header(hyper::header::AUTHORIZATION, authorization)
        .header("TTL", ttl.to_string())
        .header("Urgency", "high")
        .header(hyper::header::CONTENT_ENCODING, "aes128gcm")
        .header(hyper::header::CONTENT_TYPE, "application/octet-stream")
        .body(http_body_util::Full::new(bytes::Bytes::from(body)))
        .context("cannot build the push request")?;
    let tcp = tokio::net::TcpStream::connect(addr)
        .await
        .with_context(|| format!("cannot connect to {addr}"))?;
    tcp.set_nodelay(true).ok();
    if secure {
        let name = rustls::pki_types::ServerName::try_from(host.clone())
            .context("the push endpoint's host is not a TLS name")?;
        let tls = tokio_rustls::TlsConnector::from(ctx.tls.clone())
            .connect(name, tcp)
            .await
            .context("TLS to the push service failed")?;
        send(tls, request).await
    } else {
        send(tcp, request).await
    }
}

async fn send<S>(
    stream: S,
    request: hyper::Request<http_body_util::Full<bytes::Bytes>>,
) -> anyhow::Result<u16>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .context("HTTP handshake with the push service failed")?;
    let connection = tokio::spawn(connection);
    let response = sender
        .send_request(request)
        .await
        .context("the push service did not answer")?;
    connection.abort();
    Ok(response.status().as_u16())
}

/// The push service's address. Endpoints are chosen by devices, so the server refuses to
/// post to its own networks (loopback, private, link-local, …) unless a test allows loopback.
async fn resolve(host: &str, port: u16, allow_loopback: bool) -> anyhow::Result<SocketAddr> {
    let mut addrs = tokio::net::lookup_host((host, port))
        .await
        .with_context(|| format!("cannot resolve {host}"))?;
    let addr = addrs
        .next()
        .with_context(|| format!("{host} has no address"))?;
    let ip = addr.ip();
    if ip.is_loopback() {
        if allow_loopback {
            return Ok(addr);
        }
        bail!("push endpoint {host} is a loopback address");
    }
    if !is_public(ip) {
        bail!("push endpoint {host} is not a public address ({ip})");
    }
    Ok(addr)
}

fn is_public(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64
                || v4.octets()[0] >= 240)
        }
        std::net::IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(std::net::IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create(dir.path()).unwrap();
        let again = load_or_create(dir.path()).unwrap();
        assert_eq!(first.public(), again.public());
        assert_eq!(first.public().len(), 65);
        #[cfg(unix)]
        crate::datadir::assert_private_file(&dir.path().join(VAPID_FILE));
        std::fs::write(dir.path().join(VAPID_FILE), b"short").unwrap();
        assert!(load_or_create(dir.path()).is_err());
    }

    #[test]
    fn the_jwt_is_es256_over_header_and_claims() {
        let dir = tempfile::tempdir().unwrap();
        let key = load_or_create(dir.path()).unwrap();
        let auth = key
            .authorization("https://push.example", "mailto:ops@example.org", 1_000)
            .unwrap();
        let rest = auth.strip_prefix("vapid t=").unwrap();
        let (jwt, k) = rest.split_once(", k=").unwrap();
        assert_eq!(k, key.public_base64());
        let (signed, sig) = jwt.rsplit_once('.').unwrap();
        let public =
            signature::UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, key.public());
        public
            .verify(signed.as_bytes(), &B64.decode(sig).unwrap())
            .expect("signature verifies");
        let claims = signed.split('.').nth(1).unwrap();
        let claims: serde_json::Value =
            serde_json::from_slice(&B64.decode(claims).unwrap()).unwrap();
        assert_eq!(claims["aud"], "https://push.example");
        assert_eq!(claims["exp"], 1_000 + JWT_SECS);
        assert_eq!(claims["sub"], "mailto:ops@example.org");
    }

    #[test]
    fn a_bad_p256dh_is_an_error_not_a_panic() {
        let mut p256dh = [0u8; 65];
        p256dh[0] = 0x04;
        let sub = PushSubscriptionRecord {
            endpoint: "https://push.example/x".into(),
            p256dh,
            auth: [0; 16],
        };
        assert!(encrypt(&sub, PAYLOAD).is_err());
    }

    #[test]
    fn only_public_addresses_are_pushed_to() {
        for ip in [
            "10.0.0.1",
            "192.168.1.1",
            "172.16.0.1",
            "169.254.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["142.250.1.1", "2a00:1450::1"] {
            assert!(is_public(ip.parse().unwrap()), "{ip}");
        }
    }
}
