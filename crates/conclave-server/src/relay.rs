//! A node's private-browsing roles: the relay directory it signs and serves at
//! `/relay/directory`, and (with `[relay] roles`) the entry and exit relay on its relay port.
//!
//! Keys live in `relay/` in the data directory: `cert.pem`/`key.pem` (the relay's own TLS
//! identity, pinned through the directory), `noise.key` (the exit's Noise static key) and
//! `directory.key` (the operator's Ed25519 directory key; give every node of a cluster the
//! same file with `directory_key`).
//!
//! In a cluster (PostgreSQL), every node publishes a row to the store's `relay_nodes` (see
//! [`sync`]): its descriptor and its token issuer's public keys, at start and every
//! [`DIRECTORY_REFRESH`]. Each node's directory lists its own relay, the relays of the rows
//! published within [`CLUSTER_ROW_FRESH`] and the static `[relay] peers`, and trusts the union
//! of their issuers' keys: a member of any node spends tokens at any node's relay. Only public
//! material travels through the store; private keys stay in each node's data directory.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::Duration,
};

use anyhow::{Context, bail};
use conclave_proto::Timestamp;
use conclave_relay::{
    directory::{
        DIRECTORY_BYTES_MAX, DIRECTORY_VERSION, Directory, Issuer, RelayDescriptor, Role,
        SignedDirectory,
    },
    hex,
    net::{
        TokenCheck, ViewLog,
        relay::{Dns, Relay, RelayLimits},
        tls::RelayIdentity,
        tokens::DirectoryTokens,
    },
    noise::NoiseKeypair,
    policy::{Cidr, ExitPolicy},
};
use conclave_server_core::{RelayNodeRecord, Store};
use ed25519_dalek::SigningKey;
use serde::Deserialize;
use tokio::sync::watch;

/// `[relay]` in the config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRelay {
    /// `["entry"]`, `["exit"]`, `["entry", "exit"]`; none (the default): no relay here.
    pub roles: Option<Vec<Role>>,
    /// The relay port (default: the HTTPS port + 1 on the same address).
    pub listen: Option<String>,
    /// `host:port` clients and relays dial (default: the public host and the relay port).
    pub public_addr: Option<String>,
    /// ISO 3166-1 alpha-2 country the relay runs in (default `ZZ`, "unknown").
    pub country: Option<String>,
    /// Who runs it, shown to members (default: the public host).
    pub operator: Option<String>,
    /// Ranges the exit may reach although the built-in policy refuses them.
    pub exit_allow: Option<Vec<Cidr>>,
    /// Ranges the exit never reaches.
    pub exit_deny: Option<Vec<Cidr>>,
    /// Default 25, 465, 587.
    pub exit_deny_ports: Option<Vec<u16>>,
    pub circuits_max: Option<usize>,
    pub streams_per_circuit_max: Option<usize>,
    pub bytes_per_circuit_max: Option<u64>,
    /// Seconds without traffic after which a circuit (entry, exit) or a stream (exit) is
    /// closed (default 300).
    pub idle_timeout_s: Option<u64>,
    /// Name servers the exit asks (`"9.9.9.9:53"`, `"[2620:fe::fe]:53"`; port 53 when
    /// omitted); none (the default): the system resolver.
    pub resolvers: Option<Vec<String>>,
    /// The operator's directory signing key (32 raw bytes); default `relay/directory.key`.
    pub directory_key: Option<PathBuf>,
    /// Relays of other operators (their descriptors, as `conclave-server relay-descriptor`
    /// prints them) listed in this operator's directory.
    pub peers: Option<Vec<RelayDescriptor>>,
    /// Other operators' token issuers this node's relays accept.
    pub trusted_issuers: Option<Vec<Issuer>>,
    /// Tests only: a file where each relay writes what it learns per circuit (JSON lines).
    pub view_log: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct RelayConfig {
    pub roles: Vec<Role>,
    /// `None`: the HTTPS port + 1.
    pub listen: Option<SocketAddr>,
    pub public_addr: Option<String>,
    pub country: String,
    pub operator: Option<String>,
    pub policy: ExitPolicy,
    /// The exit's name servers; empty: the system resolver.
    pub resolvers: Vec<SocketAddr>,
    pub limits: RelayLimits,
    pub directory_key: Option<PathBuf>,
    pub peers: Vec<RelayDescriptor>,
    pub trusted_issuers: Vec<Issuer>,
    pub view_log: Option<PathBuf>,
}

impl Default for RelayConfig {
    fn default() -> Self {
        RelayConfig::from_file(FileRelay::default(), None)
            .unwrap_or_else(|_| unreachable!("the defaults are valid"))
    }
}

impl RelayConfig {
    pub fn from_file(file: FileRelay, roles_flag: Option<Vec<Role>>) -> anyhow::Result<Self> {
        let mut limits = RelayLimits::default();
        if let Some(v) = file.circuits_max {
            limits.circuits_max = v;
        }
        if let Some(v) = file.streams_per_circuit_max {
            limits.streams_per_circuit_max = v;
        }
        if let Some(v) = file.bytes_per_circuit_max {
            limits.bytes_per_circuit_max = v;
        }
        if let Some(v) = file.idle_timeout_s {
            if v == 0 {
                bail!("[relay] idle_timeout_s must be at least 1");
            }
            limits.idle_timeout = Duration::from_secs(v);
        }
        let resolvers = file
            .resolvers
            .unwrap_or_default()
            .iter()
            .map(|r| parse_resolver(r))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let country = file
            .country
            .unwrap_or_else(|| "ZZ".into())
            .to_ascii_uppercase();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            bail!("[relay] country {country:?}: use a two-letter ISO 3166 code, e.g. DE");
        }
        let listen = file
            .listen
            .map(|l| {
                l.parse::<SocketAddr>()
                    .with_context(|| format!("invalid [relay] listen {l:?}"))
            })
            .transpose()?;
        Ok(RelayConfig {
            roles: roles_flag.or(file.roles).unwrap_or_default(),
            listen,
            public_addr: file.public_addr,
            country,
            operator: file.operator,
            policy: ExitPolicy {
                allow: file.exit_allow.unwrap_or_default(),
                deny: file.exit_deny.unwrap_or_default(),
                deny_ports: file
                    .exit_deny_ports
                    .unwrap_or_else(|| ExitPolicy::default().deny_ports),
            },
            resolvers,
            limits,
            directory_key: file.directory_key,
            peers: file.peers.unwrap_or_default(),
            trusted_issuers: file.trusted_issuers.unwrap_or_default(),
            view_log: file.view_log,
        })
    }
}

/// A name server of `[relay] resolvers`: an address with or without a port (53).
fn parse_resolver(text: &str) -> anyhow::Result<SocketAddr> {
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(addr);
    }
    let bare = text.trim_start_matches('[').trim_end_matches(']');
    bare.parse::<std::net::IpAddr>()
        .map(|ip| SocketAddr::new(ip, 53))
        .map_err(|_| {
            anyhow::anyhow!(
                "[relay] resolvers: {text:?} is not an IP address (with an optional port), e.g. \"9.9.9.9:53\""
            )
        })
}

/// `entry,exit` on the command line.
pub fn parse_roles(text: &str) -> anyhow::Result<Vec<Role>> {
    let mut roles = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let role = match part {
            "entry" => Role::Entry,
            "exit" => Role::Exit,
            "none" => continue,
            other => bail!("unknown relay role {other:?}: use entry, exit or both"),
        };
        if !roles.contains(&role) {
            roles.push(role);
        }
    }
    Ok(roles)
}

/// How long a signed directory is valid; nodes re-sign it every [`DIRECTORY_REFRESH`].
const DIRECTORY_VALIDITY: Duration = Duration::from_secs(24 * 3600);
pub const DIRECTORY_REFRESH: Duration = Duration::from_secs(3600);

/// A cluster row published longer ago than this is left out of the directory (its node is
/// gone, or cut off from the store): three missed hourly publications.
pub const CLUSTER_ROW_FRESH: Duration = Duration::from_secs(3 * 3600);
/// How often a clustered node re-reads the rows (cheap; it re-signs only when they changed).
pub const CLUSTER_SYNC_INTERVAL: Duration = Duration::from_secs(60);
/// Other nodes' rows a directory takes in at most, the most recently published first: with
/// a descriptor and two issuer keys each (about 2 KiB), far under [`DIRECTORY_BYTES_MAX`].
pub const CLUSTER_ROWS_MAX: usize = 64;

/// What this node took in from the other nodes' rows.
#[derive(Debug, Clone, Default, PartialEq)]
struct ClusterRows {
    /// (published at, relay) of the rows that carry a valid descriptor.
    relays: Vec<(i64, RelayDescriptor)>,
    /// (published at, issuer) of the rows whose issuer parsed.
    issuers: Vec<(i64, Issuer)>,
}

/// This node's relay keys, its descriptor and the directory it signs.
pub struct RelayNode {
    pub config: RelayConfig,
    /// `relay/` in the data directory (keys, spend logs).
    dir: PathBuf,
    pub identity: RelayIdentity,
    pub noise: NoiseKeypair,
    directory_key: SigningKey,
    operator: String,
    /// This node's relay (when it has roles).
    pub own: Option<RelayDescriptor>,
    /// The token issuer of this server (its members' tokens), set when issuance is on.
    issuers: Mutex<Vec<Issuer>>,
    /// The other nodes' relays and issuers, from the store's `relay_nodes` (cluster only).
    cluster: Mutex<ClusterRows>,
    signed: Mutex<Option<(i64, Arc<String>)>>,
    directory_tx: watch::Sender<Arc<Directory>>,
}

fn load_key32(path: &Path, what: &str) -> anyhow::Result<[u8; 32]> {
    if !path.exists() {
        let fresh: [u8; 32] = rand::random();
        crate::write_private(path, &fresh)?;
    }
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| anyhow::anyhow!("{} ({what}) is not 32 bytes", path.display()))
}

impl RelayNode {
    /// Loads (or makes) the keys; `https` is the bound HTTPS address (for the default relay
    /// port) and `public_host` the name clients use.
    pub fn open(
        config: RelayConfig,
        data: &Path,
        public_host: &str,
        https: SocketAddr,
    ) -> anyhow::Result<RelayNode> {
        let dir = data.join("relay");
        crate::datadir::create_private_dir(&dir)?;
        let identity = RelayIdentity::load_or_create(&dir)
            .with_context(|| format!("relay TLS identity in {}", dir.display()))?;
        let noise = NoiseKeypair::from_secret(load_key32(&dir.join("noise.key"), "Noise key")?);
        let key_path = config
            .directory_key
            .clone()
            .unwrap_or_else(|| dir.join("directory.key"));
        let directory_key = SigningKey::from_bytes(&load_key32(&key_path, "directory key")?);
        let operator = config
            .operator
            .clone()
            .unwrap_or_else(|| public_host.to_owned());
        let own = if config.roles.is_empty() {
            None
        } else {
            let port = config
                .listen
                .map(|l| l.port())
                .unwrap_or(https.port().saturating_add(1));
            Some(RelayDescriptor {
                id: RelayDescriptor::id_for(&noise.public),
                roles: config.roles.clone(),
                country: config.country.clone(),
                operator: operator.clone(),
                addr: config
                    .public_addr
                    .clone()
                    .unwrap_or_else(|| format!("{public_host}:{port}")),
                tls_fp: hex(&identity.fingerprint),
                noise_key: RelayDescriptor::encode_noise_key(&noise.public),
                exit_policy: config.policy.clone(),
            })
        };
        let (directory_tx, _) = watch::channel(Arc::new(Directory {
            version: DIRECTORY_VERSION,
            operator: operator.clone(),
            issued_at: 0,
            expires_at: 0,
            relays: Vec::new(),
            issuers: Vec::new(),
        }));
        let node = RelayNode {
            config,
            dir: dir.clone(),
            identity,
            noise,
            directory_key,
            operator,
            own,
            issuers: Mutex::new(Vec::new()),
            cluster: Mutex::new(ClusterRows::default()),
            signed: Mutex::new(None),
            directory_tx,
        };
        node.rebuild(crate::now().0)?;
        Ok(node)
    }

    /// The address the relay listener binds.
    pub fn listen_addr(&self, https: SocketAddr) -> SocketAddr {
        self.config
            .listen
            .unwrap_or_else(|| SocketAddr::new(https.ip(), https.port().saturating_add(1)))
    }

    /// Sets this server's own issuer (name and public keys) and re-signs.
    pub fn set_own_issuer(&self, issuer: Issuer) -> anyhow::Result<()> {
        *self.issuers.lock().unwrap_or_else(|p| p.into_inner()) = vec![issuer];
        self.rebuild(crate::now().0)
    }

    /// This node's name in the cluster's relay rows: its relay id (from its Noise key, so
    /// stable across restarts and distinct per data directory), whether or not it has roles.
    pub fn node_name(&self) -> String {
        RelayDescriptor::id_for(&self.noise.public)
    }

    /// The row this node publishes: its descriptor (when it has relay roles) and its own
    /// issuer's public keys. Nothing secret.
    pub fn own_row(&self, now: Timestamp) -> anyhow::Result<RelayNodeRecord> {
        let issuer = self
            .issuers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .first()
            .cloned();
        let issuer = issuer.unwrap_or_else(|| Issuer {
            name: self.operator.clone(),
            keys: Vec::new(),
        });
        Ok(RelayNodeRecord {
            node: self.node_name(),
            descriptor: self.own.as_ref().map(serde_json::to_string).transpose()?,
            issuer_keys: serde_json::to_string(&issuer)?,
            updated_at: now,
        })
    }

    /// Takes in the other nodes' rows (as [`Store::relay_nodes`] lists them, the most
    /// recently published first) and re-signs when what they contribute changed. A row that
    /// does not parse, or whose descriptor is invalid, is skipped with a warning: one broken
    /// node never breaks the others' directories.
    pub fn set_cluster_rows(&self, rows: &[RelayNodeRecord], now_ms: i64) -> anyhow::Result<()> {
        let own = self.node_name();
        let mut taken = ClusterRows::default();
        for row in rows.iter().filter(|r| r.node != own).take(CLUSTER_ROWS_MAX) {
            let at = row.updated_at.0;
            if let Some(text) = &row.descriptor {
                match serde_json::from_str::<RelayDescriptor>(text) {
                    Ok(d) if d.validate().is_ok() && d.id == row.node => taken.relays.push((at, d)),
                    _ => {
                        tracing::warn!(node = %row.node, "skipping a cluster node's invalid relay descriptor")
                    }
                }
            }
            match serde_json::from_str::<Issuer>(&row.issuer_keys) {
                Ok(issuer) => taken.issuers.push((at, issuer)),
                Err(_) => {
                    tracing::warn!(node = %row.node, "skipping a cluster node's invalid token issuer")
                }
            }
        }
        let changed = {
            let mut cluster = self.cluster.lock().unwrap_or_else(|p| p.into_inner());
            let changed = *cluster != taken;
            *cluster = taken;
            changed
        };
        if changed {
            self.rebuild(now_ms)?;
        }
        Ok(())
    }

    /// Re-signs the directory from this node's relay, the cluster's fresh rows, the static
    /// peers and the issuers.
    pub fn rebuild(&self, now_ms: i64) -> anyhow::Result<()> {
        let fresh_since = now_ms - CLUSTER_ROW_FRESH.as_millis() as i64;
        let cluster = self
            .cluster
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let mut relays: Vec<RelayDescriptor> = self.own.iter().cloned().collect();
        let from_cluster = cluster
            .relays
            .into_iter()
            .filter(|(at, _)| *at >= fresh_since)
            .map(|(_, d)| d);
        for relay in from_cluster.chain(self.config.peers.iter().cloned()) {
            if !relays.iter().any(|r| r.id == relay.id) {
                relays.push(relay);
            }
        }
        let mut issuers = self
            .issuers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let from_cluster = cluster
            .issuers
            .into_iter()
            .filter(|(at, _)| *at >= fresh_since)
            .map(|(_, i)| i);
        for issuer in from_cluster.chain(self.config.trusted_issuers.iter().cloned()) {
            merge_issuer(&mut issuers, issuer, now_ms);
        }
        let directory = Directory {
            version: DIRECTORY_VERSION,
            operator: self.operator.clone(),
            issued_at: now_ms,
            expires_at: now_ms + DIRECTORY_VALIDITY.as_millis() as i64,
            relays,
            issuers,
        };
        let signed = SignedDirectory::sign(&directory, &self.directory_key)?;
        // A broken descriptor (a peer's, from the config) is reported at start, not served.
        signed
            .verify(None, now_ms)
            .context("the relay directory this node would serve is invalid ([relay] peers?)")?;
        let json = serde_json::to_string(&signed)?;
        if json.len() > DIRECTORY_BYTES_MAX {
            bail!(
                "the relay directory would take {} bytes, more than clients accept ({DIRECTORY_BYTES_MAX}): fewer [relay] peers or trusted_issuers",
                json.len()
            );
        }
        *self.signed.lock().unwrap_or_else(|p| p.into_inner()) = Some((now_ms, Arc::new(json)));
        self.directory_tx.send_replace(Arc::new(directory));
        Ok(())
    }

    /// The signed directory, as served at `/relay/directory`.
    pub fn signed_json(&self) -> Arc<String> {
        let now = crate::now().0;
        let stale = self
            .signed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .is_none_or(|(at, _)| now - at > DIRECTORY_REFRESH.as_millis() as i64);
        if stale && let Err(e) = self.rebuild(now) {
            tracing::error!(error = %e, "cannot re-sign the relay directory");
        }
        self.signed
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|(_, j)| j.clone())
            .unwrap_or_default()
    }

    pub fn directory(&self) -> watch::Receiver<Arc<Directory>> {
        self.directory_tx.subscribe()
    }

    pub fn directory_public_key(&self) -> [u8; 32] {
        self.directory_key.verifying_key().to_bytes()
    }

    /// The relay of this node, ready to serve (`None` without roles): its spent tokens kept
    /// in `relay/spent-<key id>.bin`, its names resolved by `[relay] resolvers`. Needs a
    /// tokio runtime.
    pub fn relay(&self, now_ms: fn() -> i64) -> anyhow::Result<Option<Arc<Relay>>> {
        let Some(own) = &self.own else {
            return Ok(None);
        };
        let tokens: Arc<dyn TokenCheck> = Arc::new(
            DirectoryTokens::persistent(&own.id, self.directory(), now_ms, &self.dir)
                .with_context(|| format!("relay spend logs in {}", self.dir.display()))?,
        );
        let dns = Dns::servers(&self.config.resolvers, self.config.limits.connect_timeout)
            .context("[relay] resolvers")?;
        let view = match &self.config.view_log {
            Some(path) => {
                Some(Arc::new(ViewLog::open(path).with_context(|| {
                    format!("cannot open {}", path.display())
                })?))
            }
            None => None,
        };
        Ok(Some(Arc::new(Relay {
            id: own.id.clone(),
            roles: own.roles.clone(),
            identity: self.identity.clone(),
            noise: self.noise.clone(),
            policy: self.config.policy.clone(),
            dns,
            tokens,
            directory: self.directory(),
            limits: self.config.limits.clone(),
            view,
        })))
    }
}

/// Adds `issuer` to `issuers`: its keys join the entry of the same name (tokens name their
/// issuer, so the name must stay the one the key's node issues under), else it is a new
/// entry. Keys already listed (one key published by two nodes that share `relay-issuer/`),
/// expired keys and keys that are not issuer keys are left out, and so is an issuer left
/// with no key.
fn merge_issuer(issuers: &mut Vec<Issuer>, issuer: Issuer, now_ms: i64) {
    let listed = |issuers: &[Issuer], spki: &str| {
        issuers
            .iter()
            .any(|i| i.keys.iter().any(|k| k.spki == spki))
    };
    let mut keys = Vec::new();
    for key in issuer.keys {
        let valid = key
            .spki_der()
            .ok()
            .is_some_and(|der| conclave_tokens::IssuerPublicKey::from_spki_der(&der).is_ok());
        if valid
            && key.not_after >= now_ms
            && !listed(issuers, &key.spki)
            && !keys
                .iter()
                .any(|k: &conclave_relay::directory::IssuerKey| k.spki == key.spki)
        {
            keys.push(key);
        }
    }
    if keys.is_empty() {
        return;
    }
    match issuers.iter_mut().find(|i| i.name == issuer.name) {
        Some(existing) => existing.keys.extend(keys),
        None => issuers.push(Issuer {
            name: issuer.name,
            keys,
        }),
    }
}

/// One round with the cluster's relay rows: publishes this node's row (when `publish`), then
/// takes in the rows published within [`CLUSTER_ROW_FRESH`].
pub async fn sync(node: &RelayNode, store: &dyn Store, publish: bool) -> anyhow::Result<()> {
    let now = crate::now();
    if publish {
        store
            .upsert_relay_node(node.own_row(now)?)
            .await
            .context("cannot publish this node's relay row")?;
    }
    let since = Timestamp(now.0 - CLUSTER_ROW_FRESH.as_millis() as i64);
    let rows = store
        .relay_nodes(since)
        .await
        .context("cannot read the cluster's relay rows")?;
    node.set_cluster_rows(&rows, now.0)
}

/// Publishes this node's row every [`DIRECTORY_REFRESH`] and re-reads the others' every
/// [`CLUSTER_SYNC_INTERVAL`], until `stop` resolves (the first round is the caller's, at start).
pub async fn sync_loop(
    node: Arc<RelayNode>,
    store: Arc<dyn Store>,
    mut stop: watch::Receiver<bool>,
) {
    let mut tick = tokio::time::interval(CLUSTER_SYNC_INTERVAL);
    tick.tick().await;
    let mut published = std::time::Instant::now();
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            () = crate::stopped(&mut stop) => return,
        }
        let publish = published.elapsed() >= DIRECTORY_REFRESH;
        match sync(&node, store.as_ref(), publish).await {
            Ok(()) if publish => published = std::time::Instant::now(),
            Ok(()) => {}
            Err(e) => {
                tracing::warn!(error = %format!("{e:#}"), "relay directory: cluster sync failed")
            }
        }
    }
}

/// `conclave-server relay-descriptor`: this node's descriptor and issuer as JSON.
pub fn describe(config: &crate::ServerConfig) -> anyhow::Result<String> {
    crate::datadir::prepare(&config.data)?;
    let node = RelayNode::open(
        config.relay.clone(),
        &config.data,
        &config.public_host,
        config.listen,
    )?;
    let issuer = crate::relay_issuer_entry(config)?;
    Ok(serde_json::to_string_pretty(&serde_json::json!({
        "descriptor": node.own,
        "issuer": issuer,
        "directory_key": base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            node.directory_public_key()
        ),
    }))?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn parse(text: &str) -> anyhow::Result<RelayConfig> {
        RelayConfig::from_file(toml::from_str(text).unwrap(), None)
    }

    #[test]
    fn resolvers_and_the_idle_timeout_come_from_the_file() {
        let config = parse(
            "roles = [\"exit\"]\nidle_timeout_s = 30\n\
             resolvers = [\"9.9.9.9:53\", \"149.112.112.112\", \"[2620:fe::fe]:5353\", \"2620:fe::9\"]\n",
        )
        .unwrap();
        assert_eq!(config.limits.idle_timeout, Duration::from_secs(30));
        let resolvers: Vec<String> = config.resolvers.iter().map(|r| r.to_string()).collect();
        assert_eq!(
            resolvers,
            [
                "9.9.9.9:53",
                "149.112.112.112:53",
                "[2620:fe::fe]:5353",
                "[2620:fe::9]:53"
            ]
        );
        let default = RelayConfig::default();
        assert_eq!(default.limits.idle_timeout, Duration::from_secs(300));
        assert!(default.resolvers.is_empty(), "the system resolver");
        assert!(parse("idle_timeout_s = 0\n").is_err());
        let e = parse("resolvers = [\"dns.quad9.net\"]\n").unwrap_err();
        assert!(e.to_string().contains("resolvers"), "{e}");
    }

    #[tokio::test]
    async fn a_relay_node_serves_with_its_resolvers_and_a_spend_log_in_its_data_dir() {
        let data = tempfile::tempdir().unwrap();
        let config =
            parse("roles = [\"entry\", \"exit\"]\nresolvers = [\"127.0.0.1:5353\"]\n").unwrap();
        let https: SocketAddr = "127.0.0.1:8443".parse().unwrap();
        let node = RelayNode::open(config, data.path(), "relay.test", https).unwrap();
        let relay = node.relay(|| 0).unwrap().unwrap();
        assert!(matches!(relay.dns, Dns::Servers(_)));
        assert_eq!(relay.limits.idle_timeout, Duration::from_secs(300));
        assert!(data.path().join("relay").is_dir());
        let none =
            RelayNode::open(RelayConfig::default(), data.path(), "relay.test", https).unwrap();
        assert!(none.relay(|| 0).unwrap().is_none());
    }

    /// A node with both roles in a fresh data directory, with its own issuer set.
    fn node(data: &Path, host: &str) -> RelayNode {
        let config = RelayConfig {
            roles: vec![Role::Entry, Role::Exit],
            ..RelayConfig::default()
        };
        let node = RelayNode::open(config, data, host, "127.0.0.1:4000".parse().unwrap()).unwrap();
        let keys = crate::relay_issuer::load_or_create(data, crate::now()).unwrap();
        node.set_own_issuer(Issuer {
            name: "cluster.example".into(),
            keys: keys
                .public
                .iter()
                .map(|(pk, not_after)| {
                    conclave_relay::directory::IssuerKey::new(&pk.to_spki_der(), not_after.0)
                })
                .collect(),
        })
        .unwrap();
        node
    }

    #[test]
    fn cluster_rows_join_the_directory_until_stale_and_broken_ones_are_skipped() {
        let (a_dir, b_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let a = node(a_dir.path(), "a.example");
        let b = node(b_dir.path(), "b.example");
        let now = crate::now();
        let b_row = b.own_row(now).unwrap();
        assert!(
            !b_row.issuer_keys.contains("PRIVATE") && b_row.issuer_keys.contains("spki"),
            "public keys only"
        );
        let mut broken = b_row.clone();
        broken.node = "rbroken".into();
        broken.issuer_keys = "not json".into();
        let mut lying = b_row.clone();
        lying.node = "rother".into(); // a descriptor under another node's name
        lying.issuer_keys = "{\"name\":\"x\",\"keys\":[]}".into();
        let rows = vec![a.own_row(now).unwrap(), b_row.clone(), broken, lying];
        a.set_cluster_rows(&rows, now.0).unwrap();

        let directory = a.directory().borrow().clone();
        let ids: Vec<&str> = directory.relays.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, [a.node_name().as_str(), b.node_name().as_str()]);
        assert_eq!(directory.issuers.len(), 1, "one name: the keys merge");
        assert_eq!(
            directory.issuers[0].keys.len(),
            2,
            "A's key and B's, each once"
        );

        // Three hours and more later without a new row, B is gone again.
        let later = now.0 + CLUSTER_ROW_FRESH.as_millis() as i64 + 1;
        a.rebuild(later).unwrap();
        let directory = a.directory().borrow().clone();
        assert_eq!(directory.relays.len(), 1);
        assert_eq!(directory.issuers[0].keys.len(), 1);
    }
}
