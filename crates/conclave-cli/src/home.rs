//! The device's home directory: `device.json` (server, account and device ids: not secret) and
//! the encrypted state (`state.db`, plus `state.key` when no passphrase protects it), which
//! holds the device's Ed25519 key and all MLS and conversation state.

use std::path::PathBuf;

use anyhow::{Context, bail};
use conclave_client::{
    Auth, Connection, Endpoint,
    messenger::Messenger,
    state::{Protection, StateFile},
};
use conclave_client_core::{DeviceKey, Engine};
use conclave_proto::{DeviceId, Fingerprint, Username};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::i18n::tr;

const DEVICE_KEY: &[u8] = b"device/key";

#[derive(Debug, Serialize, Deserialize)]
pub struct ServerEntry {
    pub host: String,
    pub port: u16,
    pub fingerprint: Option<String>,
    /// More nodes of the server's cluster (from the link), tried when `host:port` is down.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternates: Vec<(String, u16)>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DeviceFile {
    pub server: ServerEntry,
    pub username: String,
    pub account_id: u64,
    pub device_id: u64,
    pub device_name: String,
    /// "passphrase" or "keyfile".
    pub protection: String,
    /// Whether this device sends read receipts (and so shows others'); on by default.
    #[serde(default = "on", skip_serializing_if = "is_on")]
    pub read_receipts: bool,
    /// The display name this device announces until a conversation carries one (set at join
    /// or with `display-name`; the history's latest own name wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

fn on() -> bool {
    true
}

fn is_on(v: &bool) -> bool {
    *v
}

pub struct Home {
    pub dir: PathBuf,
}

/// `--home`, else `$CONCLAVE_HOME` (clap), else `$XDG_DATA_HOME/conclave`, else `~/.local/share/conclave`.
pub fn default_home() -> PathBuf {
    if let Some(xdg) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(xdg).join("conclave");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    home.join(".local/share/conclave")
}

/// The passphrase from `CONCLAVE_PASSPHRASE`, else asked on the terminal when `ask` is set.
fn passphrase(ask: bool, confirm: bool) -> anyhow::Result<Option<Zeroizing<String>>> {
    if let Some(p) = std::env::var_os("CONCLAVE_PASSPHRASE") {
        let p = p
            .into_string()
            .map_err(|_| anyhow::anyhow!(tr!("cli-passphrase-env-not-utf8")))?;
        if p.is_empty() {
            bail!(tr!("cli-passphrase-env-empty"));
        }
        return Ok(Some(Zeroizing::new(p)));
    }
    if !ask {
        return Ok(None);
    }
    let prompt = |id: &str| format!("{}: ", crate::i18n::localizer().t(id));
    let first = Zeroizing::new(
        rpassword::prompt_password(prompt("cli-prompt-passphrase"))
            .with_context(|| tr!("cli-reading-passphrase"))?,
    );
    if first.is_empty() {
        bail!(tr!("cli-passphrase-empty"));
    }
    if confirm {
        let again = Zeroizing::new(
            rpassword::prompt_password(prompt("cli-prompt-again"))
                .with_context(|| tr!("cli-reading-passphrase"))?,
        );
        if *again != *first {
            bail!(tr!("cli-passphrases-differ"));
        }
    }
    Ok(Some(first))
}

impl Home {
    pub fn new(dir: PathBuf) -> Self {
        Home { dir }
    }

    fn device_path(&self) -> PathBuf {
        self.dir.join("device.json")
    }

    pub fn refuse_existing(&self) -> anyhow::Result<()> {
        if self.device_path().exists() {
            bail!(tr!("cli-home-taken", dir = self.dir.display().to_string()));
        }
        Ok(())
    }

    /// Creates the directory and the encrypted state for a new device (before it registers, so
    /// its key is safe on disk first). `want_passphrase`: ask for one if the env has none.
    pub fn create(
        &self,
        key: &DeviceKey,
        want_passphrase: bool,
    ) -> anyhow::Result<(StateFile, &'static str)> {
        std::fs::create_dir_all(&self.dir)
            .with_context(|| tr!("cli-cannot-create", path = self.dir.display().to_string()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o700))?;
        }
        crate::lock::hold_for_process(&self.dir)?;
        // Leftovers of an earlier join that failed before it registered (no device.json):
        // no account holds that key, so nothing of value is lost.
        for leftover in ["state.db", "state.db-wal", "state.db-shm", "state.key"] {
            let path = self.dir.join(leftover);
            if path.exists() {
                std::fs::remove_file(&path)
                    .with_context(|| tr!("cli-cannot-remove", path = path.display().to_string()))?;
            }
        }
        let (protection, label) = match passphrase(want_passphrase, true)? {
            Some(p) => (Protection::Passphrase(p), "passphrase"),
            None => (Protection::KeyFile, "keyfile"),
        };
        let mut state = StateFile::create(&self.dir, protection)?;
        state.apply(&[(DEVICE_KEY.to_vec(), Some(key.secret_bytes().to_vec()))])?;
        Ok((state, label))
    }

    pub fn save_device(&self, device: &DeviceFile) -> anyhow::Result<()> {
        conclave_client::state::write_private(
            &self.device_path(),
            &serde_json::to_vec_pretty(device)?,
        )
        .with_context(|| {
            tr!(
                "cli-cannot-write",
                path = self.device_path().display().to_string()
            )
        })
    }

    pub fn load_device(&self) -> anyhow::Result<DeviceFile> {
        let path = self.device_path();
        let bytes = std::fs::read(&path)
            .with_context(|| tr!("cli-no-device", dir = self.dir.display().to_string()))?;
        serde_json::from_slice(&bytes)
            .with_context(|| tr!("cli-malformed-file", path = path.display().to_string()))
    }

    /// Opens the encrypted state and the engine in it.
    pub fn open(&self) -> anyhow::Result<Opened> {
        let device = self.load_device()?;
        // Before the state is read: a holder hands it over (and writes what it has) first.
        crate::lock::hold_for_process(&self.dir)?;
        let pass = passphrase(
            device.protection == "passphrase"
                && std::io::IsTerminal::is_terminal(&std::io::stdin()),
            false,
        )?;
        let state = StateFile::open(&self.dir, pass)?;
        let key_bytes = state
            .get(DEVICE_KEY)?
            .with_context(|| tr!("cli-device-key-missing"))?;
        let key_bytes: Zeroizing<[u8; 32]> = Zeroizing::new(
            key_bytes
                .as_slice()
                .try_into()
                .map_err(|_| anyhow::anyhow!(tr!("cli-device-key-malformed")))?,
        );
        let key = DeviceKey::from_secret_bytes(&key_bytes);
        let username = Username::parse(&device.username)?;
        let engine = Engine::load(
            username,
            DeviceId(device.device_id),
            &key,
            state.load_all()?,
        )?;
        Ok(Opened {
            device,
            key,
            state,
            engine,
        })
    }
}

pub struct Opened {
    pub device: DeviceFile,
    pub key: DeviceKey,
    pub state: StateFile,
    pub engine: Engine,
}

impl Opened {
    /// Connects and catches up: the messenger is ready.
    pub async fn connect(self) -> anyhow::Result<(DeviceFile, Messenger)> {
        let endpoints = self.device.endpoints()?;
        let conn = Connection::open_any(
            &endpoints,
            Auth::Device {
                id: DeviceId(self.device.device_id),
                key: &self.key,
            },
        )
        .await?;
        let mut messenger = Messenger::new(conn, self.engine, self.state);
        messenger.set_display_name_hint(self.device.display_name.clone());
        messenger.start().await?;
        // History another device of this account sent (after linking this one).
        if messenger.engine().history_offers().next().is_some() {
            crate::chat::take_history(&mut messenger).await;
        }
        Ok((self.device, messenger))
    }
}

impl DeviceFile {
    pub fn endpoint(&self) -> anyhow::Result<Endpoint> {
        let pin = match &self.server.fingerprint {
            Some(hex) => Some(
                Fingerprint::parse_hex(hex).with_context(|| tr!("cli-fingerprint-malformed"))?,
            ),
            None => None,
        };
        Ok(Endpoint {
            host: self.server.host.clone(),
            port: self.server.port,
            pin,
        })
    }
    /// Every node of the server, the first one first.
    pub fn endpoints(&self) -> anyhow::Result<Vec<Endpoint>> {
        let first = self.endpoint()?;
        let mut all = vec![first.clone()];
        all.extend(self.server.alternates.iter().map(|(host, port)| Endpoint {
            host: host.clone(),
            port: *port,
            pin: first.pin,
        }));
        Ok(all)
    }
    pub fn device(&self) -> DeviceId {
        DeviceId(self.device_id)
    }
}
