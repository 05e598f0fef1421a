//! A node's private-browsing roles: the relay directory it signs and serves at
//! `/relay/directory`, and (with `[relay] roles`) the entry and exit relay on its relay port.
//!
//! Keys live in `relay/` in the data directory: `cert.pem`/`key.pem` (the relay's own TLS
//! identity, pinned through the directory), `noise.key` (the exit's Noise static key) and
//! `directory.key` (the operator's Ed25519 directory key; give every node of a cluster the
//! same file with `directory_key`).

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::Duration,
};

use anyhow::{Context, bail};
use conclave_relay::{
    directory::{DIRECTORY_VERSION, Directory, Issuer, RelayDescriptor, Role, SignedDirectory},
    hex,
    net::{
        TokenCheck, ViewLog,
        relay::{Relay, RelayLimits},
        tls::RelayIdentity,
    },
    noise::NoiseKeypair,
    policy::{Cidr, ExitPolicy},
};
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
            limits,
            directory_key: file.directory_key,
            peers: file.peers.unwrap_or_default(),
            trusted_issuers: file.trusted_issuers.unwrap_or_default(),
            view_log: file.view_log,
        })
    }
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

/// This node's relay keys, its descriptor and the directory it signs.
pub struct RelayNode {
    pub config: RelayConfig,
    pub identity: RelayIdentity,
    pub noise: NoiseKeypair,
    directory_key: SigningKey,
    operator: String,
    /// This node's relay (when it has roles).
    pub own: Option<RelayDescriptor>,
    /// The token issuer of this server (its members' tokens), set when issuance is on.
    issuers: Mutex<Vec<Issuer>>,
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
            identity,
            noise,
            directory_key,
            operator,
            own,
            issuers: Mutex::new(Vec::new()),
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

    /// Re-signs the directory from this node's relay, its peers and the issuers.
    pub fn rebuild(&self, now_ms: i64) -> anyhow::Result<()> {
        let mut relays: Vec<RelayDescriptor> = self.own.iter().cloned().collect();
        for peer in &self.config.peers {
            if !relays.iter().any(|r| r.id == peer.id) {
                relays.push(peer.clone());
            }
        }
        let mut issuers = self
            .issuers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        issuers.extend(self.config.trusted_issuers.iter().cloned());
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

    /// The relay of this node, ready to serve (`None` without roles).
    pub fn relay(&self, tokens: Arc<dyn TokenCheck>) -> anyhow::Result<Option<Arc<Relay>>> {
        let Some(own) = &self.own else {
            return Ok(None);
        };
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
            tokens,
            directory: self.directory(),
            limits: self.config.limits.clone(),
            view,
        })))
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
