//! Configuration: defaults, then the TOML file, then environment and flags (clap maps both).
//! Raw input is validated once into [`ServerConfig`].

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    time::Duration,
};

use anyhow::{Context, bail};
use conclave_server_core::{CoreConfig, Limits};
use serde::Deserialize;

/// The config file's shape. Every field is optional; flags and env override it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub data: Option<PathBuf>,
    pub listen: Option<String>,
    pub public_host: Option<String>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    /// Automatic HTTPS: the names to obtain a certificate for (ACME, TLS-ALPN-01 on the
    /// HTTPS port, which must be reachable as port 443 of each name).
    pub acme_domains: Option<Vec<String>>,
    pub acme_email: Option<String>,
    /// The ACME directory URL (default: Let's Encrypt production).
    pub acme_directory: Option<String>,
    /// Let's Encrypt's staging directory instead of production.
    pub acme_staging: Option<bool>,
    /// A PEM root for the ACME directory's own HTTPS (a test CA such as pebble).
    pub acme_ca_root: Option<PathBuf>,
    /// e.g. "30d": renew when the certificate expires within this.
    pub acme_renew_before: Option<String>,
    /// e.g. "1h": how often the certificate is checked, and a failed attempt retried.
    pub acme_check_interval: Option<String>,
    /// HTTP-01 instead of TLS-ALPN-01: a plain HTTP address (reached as port 80 of each name,
    /// e.g. "0.0.0.0:80") that answers the CA's challenges and redirects everything else to
    /// HTTPS.
    pub acme_http_listen: Option<String>,
    /// The built web app (default: `web/` beside the binary or its parent directory).
    pub web_dir: Option<PathBuf>,
    /// e.g. "180d": validity of accounts created from members' invitations.
    pub account_validity: Option<String>,
    /// e.g. "90d": how long an expired account is kept before it is purged.
    pub account_grace: Option<String>,
    /// e.g. "60s": how often expired queue entries and accounts are swept.
    pub sweep_interval: Option<String>,
    /// Where the durable state lives: `sqlite` (the default: `conclave.db` in the data
    /// directory) or `postgres://…` (a cluster's shared database).
    pub store: Option<String>,
    /// NATS for cross-node notifications in a cluster: `nats://host:4222[,nats://…]`.
    pub bus: Option<String>,
    /// The NATS subject the cluster's nodes share (default `conclave.hub`; several clusters
    /// on one NATS need distinct subjects).
    pub bus_subject: Option<String>,
    /// The `host:port` of every node clients may use, put in links (default: the nodes of the
    /// cluster seen recently, or this server alone).
    pub public_endpoints: Option<Vec<String>>,
    /// Where `/metrics` is served (plain HTTP): `host:port`, or `off`. Default
    /// `127.0.0.1:9464`; never the public port.
    pub metrics_listen: Option<String>,
    /// A bearer token `/metrics` requires (mandatory when `metrics_listen` is not loopback).
    pub metrics_token: Option<String>,
    /// The call media port (UDP): `host:port`, or `off`. Default: the HTTPS listener's IP and
    /// port number.
    pub media_listen: Option<String>,
    /// The `IP:port` participants send media to, when the media port listens on an
    /// unspecified address and the public host is a name (default: the bound address, or
    /// the public host's IP with the media port).
    pub media_public_addr: Option<String>,
    /// Tests only: see [`ServeArgs::danger_media_tap`].
    pub danger_media_tap: Option<PathBuf>,
    pub limits: Option<FileLimits>,
    /// Private-browsing relay roles of this node (`[relay]`).
    pub relay: Option<crate::relay::FileRelay>,
    /// Web Push notifications for the installed web app (`[push]`).
    pub push: Option<crate::push::FilePush>,
    /// Attachments (`[blobs]`): limits, or `enabled = false`.
    pub blobs: Option<crate::blobs::FileBlobs>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLimits {
    pub connections_max: Option<usize>,
    pub queue_entries_per_device_max: Option<u64>,
    pub queue_ttl: Option<String>,
    pub invites_per_member_max: Option<u32>,
    pub requests_per_sec: Option<u32>,
    pub requests_burst: Option<u32>,
    pub frame_bytes_max: Option<usize>,
    pub payload_bytes_max: Option<usize>,
    pub write_batch_max: Option<usize>,
    /// e.g. "30s": time to authenticate once the WebSocket is open.
    pub auth_timeout: Option<String>,
    pub unauthenticated_per_ip_max: Option<usize>,
    /// e.g. "10s".
    pub tls_handshake_timeout: Option<String>,
    /// e.g. "10s": time to send a request head; also the keep-alive idle timeout.
    pub http_header_timeout: Option<String>,
    /// e.g. "5m": lifetime of an HTTP connection that does not become a WebSocket.
    pub http_connection_max: Option<String>,
    pub stranger_lookups_burst: Option<u32>,
    /// A duration: `10s`, `1m`.
    pub stranger_lookup_interval: Option<String>,
    pub key_package_claims_burst: Option<u32>,
    pub key_package_claims_per_min: Option<u32>,
    /// A duration: `24h`.
    pub key_package_claim_window: Option<String>,
    /// Relay tokens (private browsing) one account may fetch per UTC day; 0 turns issuing off
    /// for members (every request is refused as over the allowance).
    pub relay_tokens_per_day: Option<u32>,
}

/// Values given on the command line or in the environment.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct ServeArgs {
    /// Config file (TOML).
    #[arg(long, env = "CONCLAVE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Data directory (database, certificate, admin invitation). Default ./conclave-data.
    #[arg(long, env = "CONCLAVE_DATA")]
    pub data: Option<PathBuf>,
    /// Address to listen on. Default 127.0.0.1:8443; port 0 picks a free port.
    #[arg(long, env = "CONCLAVE_LISTEN")]
    pub listen: Option<String>,
    /// Host name put in invitation links (default: the listen address, or localhost).
    #[arg(long, env = "CONCLAVE_PUBLIC_HOST")]
    pub public_host: Option<String>,
    /// PEM certificate chain; without it a self-signed certificate is generated and pinned.
    #[arg(long, env = "CONCLAVE_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for --tls-cert.
    #[arg(long, env = "CONCLAVE_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Obtain and renew the certificate for this name automatically (ACME, TLS-ALPN-01 on
    /// the HTTPS port; repeat for several names). Instead of --tls-cert.
    #[arg(
        long = "acme-domain",
        env = "CONCLAVE_ACME_DOMAINS",
        value_delimiter = ','
    )]
    pub acme_domains: Vec<String>,
    /// Contact address given to the ACME CA (expiry warnings).
    #[arg(long, env = "CONCLAVE_ACME_EMAIL")]
    pub acme_email: Option<String>,
    /// ACME directory URL (default: Let's Encrypt production).
    #[arg(long, env = "CONCLAVE_ACME_DIRECTORY")]
    pub acme_directory: Option<String>,
    /// Use Let's Encrypt's staging directory (untrusted certificates, generous rate limits).
    #[arg(long, env = "CONCLAVE_ACME_STAGING")]
    pub acme_staging: bool,
    /// A PEM root certificate the ACME directory's HTTPS chains to (test CAs such as pebble).
    #[arg(long, env = "CONCLAVE_ACME_CA_ROOT")]
    pub acme_ca_root: Option<PathBuf>,
    /// Validate with HTTP-01 on this plain HTTP address (port 80 of each name, e.g.
    /// 0.0.0.0:80), which also redirects browsers to HTTPS; default: TLS-ALPN-01 on the HTTPS
    /// port.
    #[arg(long, env = "CONCLAVE_ACME_HTTP_LISTEN")]
    pub acme_http_listen: Option<String>,
    /// The built web app served at `/` (default: `web/` beside the binary, or `target/web`).
    #[arg(long, env = "CONCLAVE_WEB_DIR")]
    pub web_dir: Option<PathBuf>,
    /// Durable store: `sqlite` (default, in the data directory) or `postgres://USER@HOST/DB`
    /// (cluster mode: every node on one database).
    #[arg(long, env = "CONCLAVE_STORE")]
    pub store: Option<String>,
    /// NATS URL for cross-node notifications in cluster mode, e.g. `nats://127.0.0.1:4222`.
    #[arg(long, env = "CONCLAVE_BUS")]
    pub bus: Option<String>,
    /// The `host:port` of every node clients may use (comma-separated), for links.
    #[arg(long, env = "CONCLAVE_PUBLIC_ENDPOINTS", value_delimiter = ',')]
    pub public_endpoints: Vec<String>,
    /// Where Prometheus metrics are served over plain HTTP (`host:port`, port 0 picks one), or
    /// `off`. Default 127.0.0.1:9464. They are never served on the public port.
    #[arg(long, env = "CONCLAVE_METRICS_LISTEN")]
    pub metrics_listen: Option<String>,
    /// Bearer token required for metrics (`Authorization: Bearer TOKEN`); mandatory when
    /// --metrics-listen is not a loopback address. Prefer the environment to the command line.
    #[arg(long, env = "CONCLAVE_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// The call media port (UDP, the SFU): `host:port` or `off`. Default: the same IP and port
    /// number as --listen. Open it in the firewall for calls.
    #[arg(long, env = "CONCLAVE_MEDIA_LISTEN")]
    pub media_listen: Option<String>,
    /// The `IP:port` participants send media to, when --media-listen is an unspecified
    /// address and the public host is a name.
    #[arg(long, env = "CONCLAVE_MEDIA_PUBLIC_ADDR")]
    pub media_public_addr: Option<String>,
    /// Tests only: append every media payload the SFU forwards to this file (to check that it
    /// only ever sees ciphertext). Never in production: it records call metadata.
    #[arg(long, env = "CONCLAVE_DANGER_MEDIA_TAP")]
    pub danger_media_tap: Option<PathBuf>,
    /// Private-browsing relay roles of this node: `entry`, `exit`, `entry,exit` or `none`
    /// (overrides `[relay] roles`).
    #[arg(long, env = "CONCLAVE_RELAY_ROLES")]
    pub relay_roles: Option<String>,
}

/// The metrics endpoint: a listen address apart from the public one, and maybe a token.
#[derive(Clone, PartialEq, Eq)]
pub struct MetricsConfig {
    pub listen: SocketAddr,
    pub token: Option<MetricsToken>,
}

impl MetricsConfig {
    pub fn loopback_any_port() -> Self {
        MetricsConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            token: None,
        }
    }
}

impl std::fmt::Debug for MetricsConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MetricsConfig")
            .field("listen", &self.listen)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// A metrics bearer token: 16 to 256 visible ASCII characters; `Debug` redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct MetricsToken(String);

impl MetricsToken {
    pub const CHARS_MIN: usize = 16;
    pub const CHARS_MAX: usize = 256;

    pub fn parse(text: &str) -> anyhow::Result<Self> {
        if !(Self::CHARS_MIN..=Self::CHARS_MAX).contains(&text.len())
            || !text.bytes().all(|b| b.is_ascii_graphic())
        {
            bail!(
                "invalid metrics token: use {} to {} visible ASCII characters (e.g. `openssl rand -hex 24`)",
                Self::CHARS_MIN,
                Self::CHARS_MAX
            );
        }
        Ok(MetricsToken(text.to_owned()))
    }

    /// Whether an `Authorization` header value carries this token, in time independent of
    /// where they differ.
    pub fn admits(&self, authorization: &[u8]) -> bool {
        let Some(given) = authorization.strip_prefix(b"Bearer ") else {
            return false;
        };
        use sha2::Digest as _;
        let (a, b) = (sha2::Sha256::digest(given), sha2::Sha256::digest(&self.0));
        a.iter()
            .zip(b.iter())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
    }
}

impl std::fmt::Debug for MetricsToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MetricsToken(<redacted>)")
    }
}

/// Where the durable state lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreConfig {
    /// `conclave.db` in the data directory.
    Sqlite,
    /// A PostgreSQL URL (a secret: it may hold a password; never logged whole).
    Postgres(String),
}

/// The cluster's NATS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusConfig {
    pub url: String,
    pub subject: String,
}

#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub data: PathBuf,
    pub listen: SocketAddr,
    pub public_host: String,
    pub tls: Option<(PathBuf, PathBuf)>,
    /// Automatic HTTPS, when configured (never together with `tls`).
    pub acme: Option<crate::acme::AcmeConfig>,
    pub core: CoreConfig,
    pub sweep_interval: Duration,
    /// Where the web app's files are; `None`: look beside the binary.
    pub web_dir: Option<PathBuf>,
    pub store: StoreConfig,
    pub bus: Option<BusConfig>,
    /// Nodes to put in links (host, port); empty: see [`FileConfig::public_endpoints`].
    pub public_endpoints: Vec<(String, u16)>,
    /// Where `/metrics` is served; `None`: nowhere.
    pub metrics: Option<MetricsConfig>,
    /// The relay directory and this node's relay roles.
    pub relay: crate::relay::RelayConfig,
    /// Call media (the SFU); `None`: off.
    pub media: Option<MediaConfig>,
    /// Web Push; `None`: off.
    pub push: Option<crate::push::PushConfig>,
    /// A cluster's bucket for attachment bytes (`[blobs.s3]`); `None`: in the database.
    pub blob_objects: Option<conclave_server_store_postgres::objects::S3Options>,
}

/// The SFU's port.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MediaConfig {
    /// `None`: the HTTPS listener's IP and port number.
    pub listen: Option<SocketAddr>,
    pub public_addr: Option<SocketAddr>,
    /// See [`ServeArgs::danger_media_tap`].
    pub danger_tap_file: Option<PathBuf>,
}

fn parse_media(
    listen: Option<&str>,
    public_addr: Option<&str>,
    tap: Option<PathBuf>,
) -> anyhow::Result<Option<MediaConfig>> {
    let listen = match listen.map(str::trim) {
        Some("off") => return Ok(None),
        None => None,
        Some(text) => Some(text.parse::<SocketAddr>().with_context(|| {
            format!("invalid media_listen {text:?} (examples: 192.0.2.1:8443, off)")
        })?),
    };
    let public_addr = public_addr
        .map(|text| {
            text.trim().parse::<SocketAddr>().with_context(|| {
                format!("invalid media_public_addr {text:?} (example: 192.0.2.1:8443)")
            })
        })
        .transpose()?;
    if let Some(addr) = public_addr
        && (addr.ip().is_unspecified() || addr.port() == 0)
    {
        bail!("media_public_addr {addr} must name a reachable IP and port");
    }
    Ok(Some(MediaConfig {
        listen,
        public_addr,
        danger_tap_file: tap,
    }))
}

pub fn parse_duration(text: &str) -> anyhow::Result<Duration> {
    humantime::parse_duration(text)
        .with_context(|| format!("invalid duration {text:?} (examples: 90s, 7d, 180d)"))
}

impl ServerConfig {
    pub fn load(args: &ServeArgs) -> anyhow::Result<Self> {
        let file = match &args.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config {}", path.display()))?;
                toml::from_str::<FileConfig>(&text)
                    .with_context(|| format!("invalid config {}", path.display()))?
            }
            None => FileConfig::default(),
        };
        let acme = parse_acme(args, &file)?;
        let data = args
            .data
            .clone()
            .or(file.data)
            .unwrap_or_else(|| PathBuf::from("conclave-data"));
        let listen_text = args
            .listen
            .clone()
            .or(file.listen)
            .unwrap_or_else(|| "127.0.0.1:8443".into());
        let listen: SocketAddr = listen_text.parse().with_context(|| {
            format!("invalid listen address {listen_text:?} (example: 127.0.0.1:8443)")
        })?;
        let public_host = args
            .public_host
            .clone()
            .or(file.public_host)
            .unwrap_or_else(|| {
                if listen.ip().is_unspecified() {
                    "localhost".into()
                } else {
                    listen.ip().to_string()
                }
            });
        let tls = match (
            args.tls_cert.clone().or(file.tls_cert),
            args.tls_key.clone().or(file.tls_key),
        ) {
            (Some(c), Some(k)) => Some((c, k)),
            (None, None) => None,
            _ => bail!("tls_cert and tls_key go together"),
        };
        if acme.is_some() && tls.is_some() {
            bail!("give either tls_cert/tls_key or ACME domains, not both");
        }
        let mut core = CoreConfig::default();
        if let Some(v) = &file.account_validity {
            core.account_validity_secs = parse_duration(v)?.as_secs();
        }
        if let Some(v) = &file.account_grace {
            core.account_grace_secs = parse_duration(v)?.as_secs();
        }
        let sweep_interval = match &file.sweep_interval {
            Some(v) => parse_duration(v)?,
            None => Duration::from_secs(60),
        };
        if let Some(l) = file.limits {
            apply_limits(&mut core.limits, l)?;
        }
        let store = match args.store.clone().or(file.store).as_deref() {
            None | Some("sqlite") => StoreConfig::Sqlite,
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                StoreConfig::Postgres(url.to_owned())
            }
            Some(other) => bail!(
                "invalid store {:?}: use `sqlite` or a postgres:// URL",
                other.split('@').next_back().unwrap_or("")
            ),
        };
        let bus = match args.bus.clone().or(file.bus) {
            None => None,
            Some(url) => {
                if !url
                    .split(',')
                    .all(|u| u.trim().starts_with("nats://") || u.trim().starts_with("tls://"))
                {
                    bail!("invalid bus {url:?}: use a nats:// URL (several separated by commas)");
                }
                if store == StoreConfig::Sqlite {
                    bail!(
                        "a bus (NATS) connects the nodes of a cluster, which share a PostgreSQL store: \
                         give --store postgres://… too"
                    );
                }
                let subject = file.bus_subject.unwrap_or_else(|| "conclave.hub".into());
                if subject.is_empty() || subject.contains([' ', '*', '>']) {
                    bail!(
                        "invalid bus_subject {subject:?}: a NATS subject without spaces or wildcards"
                    );
                }
                Some(BusConfig { url, subject })
            }
        };
        let endpoints = if args.public_endpoints.is_empty() {
            file.public_endpoints.unwrap_or_default()
        } else {
            args.public_endpoints.clone()
        };
        let public_endpoints = endpoints
            .iter()
            .map(|e| parse_endpoint(e))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let metrics = parse_metrics(
            args.metrics_listen
                .clone()
                .or(file.metrics_listen)
                .as_deref(),
            args.metrics_token.clone().or(file.metrics_token).as_deref(),
        )?;
        let relay = crate::relay::RelayConfig::from_file(
            file.relay.unwrap_or_default(),
            args.relay_roles
                .as_deref()
                .map(crate::relay::parse_roles)
                .transpose()?,
        )?;
        let media = parse_media(
            args.media_listen.clone().or(file.media_listen).as_deref(),
            args.media_public_addr
                .clone()
                .or(file.media_public_addr)
                .as_deref(),
            args.danger_media_tap.clone().or(file.danger_media_tap),
        )?;
        let mut file_blobs = file.blobs.unwrap_or_default();
        let blob_objects = crate::blobs::objects_from_file(file_blobs.s3.take())?;
        if blob_objects.is_some() && store == StoreConfig::Sqlite {
            bail!(
                "[blobs.s3] needs a cluster store (store = \"postgres://…\"): the rows of \
                 attachments live in its database; a single node keeps them in its data directory"
            );
        }
        core.blobs = crate::blobs::limits_from_file(file_blobs)?;
        let push = crate::push::PushConfig::from_file(file.push, &public_host)?;
        core.push = push.as_ref().map(|p| conclave_server_core::PushPolicy {
            danger_allow_http_loopback: p.danger_allow_http_loopback,
        });
        Ok(ServerConfig {
            push,
            blob_objects,
            media,
            relay,
            data,
            listen,
            public_host,
            tls,
            acme,
            core,
            sweep_interval,
            web_dir: args.web_dir.clone().or(file.web_dir),
            store,
            bus,
            public_endpoints,
            metrics,
        })
    }

    pub fn db_path(&self) -> PathBuf {
        db_path(&self.data)
    }
}

fn parse_acme(
    args: &ServeArgs,
    file: &FileConfig,
) -> anyhow::Result<Option<crate::acme::AcmeConfig>> {
    use crate::acme;
    let domains = if args.acme_domains.is_empty() {
        file.acme_domains.clone().unwrap_or_default()
    } else {
        args.acme_domains.clone()
    };
    if domains.is_empty() {
        if args.acme_email.is_some()
            || args.acme_directory.is_some()
            || file.acme_directory.is_some()
            || args.acme_http_listen.is_some()
            || file.acme_http_listen.is_some()
        {
            bail!("ACME options need at least one acme_domain (--acme-domain chat.example.org)");
        }
        return Ok(None);
    }
    if domains.len() > acme::DOMAINS_MAX {
        bail!("at most {} ACME domains", acme::DOMAINS_MAX);
    }
    let mut parsed = Vec::with_capacity(domains.len());
    for d in &domains {
        let d = acme::parse_domain(d)?;
        if !parsed.contains(&d) {
            parsed.push(d);
        }
    }
    let email = args.acme_email.clone().or(file.acme_email.clone());
    if let Some(e) = &email
        && (!e.contains('@') || e.contains([' ', ',', '<', '>']) || e.len() > 254)
    {
        bail!("invalid acme_email {e:?}");
    }
    let staging = args.acme_staging || file.acme_staging.unwrap_or(false);
    let directory = match args.acme_directory.clone().or(file.acme_directory.clone()) {
        Some(_) if staging => bail!("give acme_directory or acme_staging, not both"),
        Some(url) if url.starts_with("https://") => url,
        Some(url) => bail!("invalid acme_directory {url:?}: an https:// URL"),
        None if staging => acme::LETS_ENCRYPT_STAGING.into(),
        None => acme::LETS_ENCRYPT_PRODUCTION.into(),
    };
    let renew_before = match &file.acme_renew_before {
        Some(v) => parse_duration(v)?,
        None => Duration::from_secs(30 * 24 * 3600),
    };
    let check_interval = match &file.acme_check_interval {
        Some(v) => parse_duration(v)?,
        None => Duration::from_secs(3600),
    };
    if check_interval < Duration::from_secs(1) {
        bail!("acme_check_interval must be at least 1s");
    }
    let http_listen = match args
        .acme_http_listen
        .clone()
        .or(file.acme_http_listen.clone())
    {
        Some(text) => Some(text.trim().parse::<SocketAddr>().with_context(|| {
            format!("invalid acme_http_listen {text:?}: an address such as 0.0.0.0:80")
        })?),
        None => None,
    };
    Ok(Some(acme::AcmeConfig {
        domains: parsed,
        email,
        directory,
        ca_root: args.acme_ca_root.clone().or(file.acme_ca_root.clone()),
        renew_before,
        check_interval,
        http_listen,
    }))
}

/// The default metrics address: loopback, the port Prometheus exporters conventionally use.
pub const METRICS_LISTEN_DEFAULT: &str = "127.0.0.1:9464";

fn parse_metrics(
    listen: Option<&str>,
    token: Option<&str>,
) -> anyhow::Result<Option<MetricsConfig>> {
    let listen = listen.unwrap_or(METRICS_LISTEN_DEFAULT).trim();
    if listen == "off" {
        return Ok(None);
    }
    let listen: SocketAddr = listen.parse().with_context(|| {
        format!("invalid metrics_listen {listen:?} (examples: 127.0.0.1:9464, off)")
    })?;
    let token = token.map(MetricsToken::parse).transpose()?;
    if !listen.ip().is_loopback() && token.is_none() {
        bail!(
            "metrics_listen {listen} is not a loopback address: give a metrics_token too \
             (or keep metrics on 127.0.0.1)"
        );
    }
    Ok(Some(MetricsConfig { listen, token }))
}

/// `host:port` (or `[v6]:port`).
pub fn parse_endpoint(text: &str) -> anyhow::Result<(String, u16)> {
    let text = text.trim();
    let (host, port) = text
        .rsplit_once(':')
        .with_context(|| format!("invalid endpoint {text:?} (expected host:port)"))?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let port = port
        .parse::<u16>()
        .with_context(|| format!("invalid port in endpoint {text:?}"))?;
    if host.is_empty() {
        bail!("invalid endpoint {text:?}: no host");
    }
    Ok((host.to_owned(), port))
}

pub fn db_path(data: &Path) -> PathBuf {
    data.join("conclave.db")
}

fn apply_limits(limits: &mut Limits, l: FileLimits) -> anyhow::Result<()> {
    use conclave_proto::limits::{FRAME_BYTES_MAX, PAYLOAD_BYTES_MAX};
    let d = Limits::default();
    *limits = Limits {
        connections_max: l.connections_max.unwrap_or(d.connections_max),
        queue_entries_per_device_max: l
            .queue_entries_per_device_max
            .unwrap_or(d.queue_entries_per_device_max),
        queue_ttl_secs: match &l.queue_ttl {
            Some(v) => parse_duration(v)?.as_secs(),
            None => d.queue_ttl_secs,
        },
        invites_per_member_max: l.invites_per_member_max.unwrap_or(d.invites_per_member_max),
        requests_per_sec: l.requests_per_sec.unwrap_or(d.requests_per_sec),
        requests_burst: l.requests_burst.unwrap_or(d.requests_burst),
        frame_bytes_max: l.frame_bytes_max.unwrap_or(d.frame_bytes_max),
        payload_bytes_max: l.payload_bytes_max.unwrap_or(d.payload_bytes_max),
        write_batch_max: l.write_batch_max.unwrap_or(d.write_batch_max),
        auth_timeout_secs: secs_or(l.auth_timeout.as_deref(), d.auth_timeout_secs)?,
        unauthenticated_per_ip_max: l
            .unauthenticated_per_ip_max
            .unwrap_or(d.unauthenticated_per_ip_max),
        tls_handshake_timeout_secs: secs_or(
            l.tls_handshake_timeout.as_deref(),
            d.tls_handshake_timeout_secs,
        )?,
        http_header_timeout_secs: secs_or(
            l.http_header_timeout.as_deref(),
            d.http_header_timeout_secs,
        )?,
        http_connection_secs_max: secs_or(
            l.http_connection_max.as_deref(),
            d.http_connection_secs_max,
        )?,
        stranger_lookups_burst: l.stranger_lookups_burst.unwrap_or(d.stranger_lookups_burst),
        stranger_lookup_interval_secs: match &l.stranger_lookup_interval {
            Some(v) => parse_duration(v)?.as_secs(),
            None => d.stranger_lookup_interval_secs,
        },
        key_package_claims_burst: l
            .key_package_claims_burst
            .unwrap_or(d.key_package_claims_burst),
        key_package_claims_per_min: l
            .key_package_claims_per_min
            .unwrap_or(d.key_package_claims_per_min),
        key_package_claim_window_secs: match &l.key_package_claim_window {
            Some(v) => parse_duration(v)?.as_secs(),
            None => d.key_package_claim_window_secs,
        },
        relay_tokens_per_day: l.relay_tokens_per_day.unwrap_or(d.relay_tokens_per_day),
    };
    if limits.frame_bytes_max > FRAME_BYTES_MAX || limits.payload_bytes_max > PAYLOAD_BYTES_MAX {
        bail!(
            "limits.frame_bytes_max may be at most {FRAME_BYTES_MAX} and payload_bytes_max at most {PAYLOAD_BYTES_MAX}"
        );
    }
    if limits.connections_max == 0
        || limits.write_batch_max == 0
        || limits.requests_per_sec == 0
        || limits.unauthenticated_per_ip_max == 0
    {
        bail!(
            "limits.connections_max, write_batch_max, requests_per_sec and \
             unauthenticated_per_ip_max must be at least 1"
        );
    }
    if [
        limits.auth_timeout_secs,
        limits.tls_handshake_timeout_secs,
        limits.http_header_timeout_secs,
        limits.http_connection_secs_max,
    ]
    .contains(&0)
    {
        bail!(
            "limits.auth_timeout, tls_handshake_timeout, http_header_timeout and \
             http_connection_max must be at least 1s"
        );
    }
    if limits.stranger_lookups_burst == 0
        || limits.stranger_lookup_interval_secs == 0
        || limits.key_package_claims_per_min == 0
        || limits.key_package_claim_window_secs == 0
    {
        bail!(
            "limits.stranger_lookups_burst, stranger_lookup_interval, key_package_claims_per_min \
             and key_package_claim_window must be at least 1 (second)"
        );
    }
    let group_devices_max = conclave_proto::limits::GROUP_DEVICES_MAX;
    if (limits.key_package_claims_burst as usize) < group_devices_max {
        bail!(
            "limits.key_package_claims_burst must be at least {group_devices_max} (the devices of \
             the largest group, claimed when it is created)"
        );
    }
    Ok(())
}

/// A duration given in the config file, in whole seconds, or the default.
fn secs_or(text: Option<&str>, default_secs: u64) -> anyhow::Result<u64> {
    Ok(match text {
        Some(v) => parse_duration(v)?.as_secs(),
        None => default_secs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_default_to_loopback_and_need_a_token_elsewhere() {
        let default = parse_metrics(None, None).unwrap().unwrap();
        assert_eq!(default.listen, METRICS_LISTEN_DEFAULT.parse().unwrap());
        assert_eq!(default.token, None);
        assert_eq!(parse_metrics(Some("off"), None).unwrap(), None);
        let e = parse_metrics(Some("0.0.0.0:9464"), None).unwrap_err();
        assert!(e.to_string().contains("metrics_token"), "{e}");
        let token = "abcdefghijklmnopqrstuvwxyz";
        let public = parse_metrics(Some("[::]:9464"), Some(token))
            .unwrap()
            .unwrap();
        assert!(
            !format!("{public:?}").contains(token),
            "the token is redacted"
        );
        let t = public.token.unwrap();
        assert!(t.admits(format!("Bearer {token}").as_bytes()));
        assert!(!t.admits(token.as_bytes()));
        assert!(!t.admits(b"Bearer abcdefghijklmnopqrstuvwxyZ"));
        assert!(parse_metrics(Some("127.0.0.1:1"), Some("short")).is_err());
        assert!(parse_metrics(Some("nowhere"), None).is_err());
    }

    #[test]
    fn acme_options_are_checked() {
        let file = |toml: &str| toml::from_str::<FileConfig>(toml).unwrap();
        let args = ServeArgs::default();
        assert_eq!(parse_acme(&args, &file("")).unwrap(), None);
        let acme = parse_acme(
            &args,
            &file("acme_domains = [\"Chat.Example.org\", \"chat.example.org\"]"),
        )
        .unwrap()
        .unwrap();
        assert_eq!(acme.domains, ["chat.example.org"]);
        assert_eq!(acme.directory, crate::acme::LETS_ENCRYPT_PRODUCTION);
        let staging = ServeArgs {
            acme_domains: vec!["a.example.org".into()],
            acme_staging: true,
            ..ServeArgs::default()
        };
        assert_eq!(
            parse_acme(&staging, &file("")).unwrap().unwrap().directory,
            crate::acme::LETS_ENCRYPT_STAGING
        );
        for (toml, says) in [
            ("acme_domains = [\"*.example.org\"]", "invalid ACME domain"),
            (
                "acme_directory = \"https://x/dir\"",
                "at least one acme_domain",
            ),
            (
                "acme_domains = [\"a.org\"]\nacme_directory = \"http://x/dir\"",
                "https://",
            ),
            (
                "acme_domains = [\"a.org\"]\nacme_email = \"nobody\"",
                "acme_email",
            ),
            (
                "acme_domains = [\"a.org\"]\nacme_check_interval = \"0s\"",
                "at least 1s",
            ),
        ] {
            let e = parse_acme(&args, &file(toml)).unwrap_err().to_string();
            assert!(e.contains(says), "{toml}: {e}");
        }
        let both = ServeArgs {
            acme_domains: vec!["a.example.org".into()],
            tls_cert: Some("c.pem".into()),
            tls_key: Some("k.pem".into()),
            ..ServeArgs::default()
        };
        let e = ServerConfig::load(&both).unwrap_err().to_string();
        assert!(e.contains("not both"), "{e}");
    }

    #[test]
    fn s3_blob_options_are_checked_and_need_a_cluster() {
        let dir = tempfile::tempdir().unwrap();
        let load = |toml: &str| {
            let path = dir.path().join("c.toml");
            std::fs::write(&path, toml).unwrap();
            ServerConfig::load(&ServeArgs {
                config: Some(path),
                data: Some(dir.path().join("data")),
                ..ServeArgs::default()
            })
        };
        let cluster = "store = \"postgres://u@127.0.0.1/db\"\n";
        let s3 = |body: &str| format!("{cluster}[blobs.s3]\n{body}");
        let ok = load(&s3(
            "bucket = \"b\"\nendpoint = \"https://s3.example.org\"\n\
             access_key_id = \"k\"\nsecret_access_key = \"VERYSECRET\"",
        ))
        .unwrap();
        let o = ok.blob_objects.as_ref().unwrap();
        assert_eq!((o.bucket.as_str(), o.path_style), ("b", true));
        assert!(
            !format!("{o:?}").contains("VERYSECRET"),
            "the secret is redacted"
        );
        for (toml, says) in [
            (
                "[blobs.s3]\nbucket = \"b\"".to_owned(),
                "needs a cluster store",
            ),
            (s3("bucket = \" \""), "bucket is required"),
            (s3("bucket = \"b\"\naccess_key_id = \"k\""), "go together"),
            (
                s3("bucket = \"b\"\nendpoint = \"http://10.0.0.1:9000\""),
                "allow_http",
            ),
            (s3("bucket = \"b\"\nregoin = \"x\""), "unknown field"),
        ] {
            let e = format!("{:#}", load(&toml).unwrap_err());
            assert!(e.contains(says), "{toml}: {e}");
        }
        let plain = load(&s3(
            "bucket = \"b\"\nendpoint = \"http://10.0.0.1:9000\"\nallow_http = true",
        ))
        .unwrap();
        assert!(plain.blob_objects.unwrap().allow_http);
    }

    #[test]
    fn media_defaults_beside_https_and_can_be_off() {
        let default = parse_media(None, None, None).unwrap().unwrap();
        assert_eq!(default, MediaConfig::default());
        assert_eq!(parse_media(Some("off"), None, None).unwrap(), None);
        let set = parse_media(Some("192.0.2.1:3478"), Some("198.51.100.7:3478"), None)
            .unwrap()
            .unwrap();
        assert_eq!(set.listen, Some("192.0.2.1:3478".parse().unwrap()));
        assert_eq!(set.public_addr, Some("198.51.100.7:3478".parse().unwrap()));
        let err = parse_media(Some("nowhere"), None, None).unwrap_err();
        assert!(
            format!("{err:#}").contains("invalid media_listen"),
            "{err:#}"
        );
        let err = parse_media(None, Some("0.0.0.0:3478"), None).unwrap_err();
        assert!(format!("{err:#}").contains("reachable"), "{err:#}");
    }

    #[test]
    fn listener_limits_come_from_the_file_and_zero_is_refused() {
        let mut limits = Limits::default();
        let file: FileLimits = toml::from_str(
            "tls_handshake_timeout = \"3s\"\nhttp_header_timeout = \"4s\"\n\
             http_connection_max = \"1m\"\nauth_timeout = \"5s\"\nunauthenticated_per_ip_max = 7\n",
        )
        .unwrap();
        apply_limits(&mut limits, file).unwrap();
        assert_eq!(
            (
                limits.tls_handshake_timeout_secs,
                limits.http_header_timeout_secs,
                limits.http_connection_secs_max,
                limits.auth_timeout_secs,
                limits.unauthenticated_per_ip_max
            ),
            (3, 4, 60, 5, 7)
        );
        let zero: FileLimits = toml::from_str("http_header_timeout = \"0s\"\n").unwrap();
        assert!(apply_limits(&mut limits, zero).is_err());
    }
}
