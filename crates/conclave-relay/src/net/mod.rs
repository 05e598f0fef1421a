//! The relay on tokio: [`relay`] (entry and exit roles on one TLS port), [`client`] (the
//! local SOCKS5 / HTTP CONNECT proxy that builds circuits), [`tls`] (pinned relay TLS),
//! [`mux`] (streams over a circuit), [`readahead`] (large socket reads under TLS).

pub mod client;
pub mod idle;
pub mod mux;
pub mod readahead;
pub mod relay;
pub mod spent;
pub mod tls;
pub mod tokens;

use std::{io::Write as _, path::Path, sync::Mutex};

/// Spends a token at this relay (its origin). The relay learns only that the token is valid
/// and unspent: nothing about who fetched it.
pub trait TokenCheck: Send + Sync + 'static {
    fn redeem(&self, token: &[u8]) -> Result<(), String>;
}

/// A test-only record of what a relay learns about each circuit (JSON lines). Off unless
/// configured: by default nothing about clients or destinations is written anywhere.
pub struct ViewLog(Mutex<std::fs::File>);

impl ViewLog {
    pub fn open(path: &Path) -> std::io::Result<ViewLog> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(ViewLog(Mutex::new(file)))
    }

    pub fn record(&self, line: serde_json::Value) {
        let mut file = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let _ = writeln!(file, "{line}");
    }
}

/// Writes a file readable only by its owner.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(bytes)
}

/// Resolves once `rx` reads true (without holding the watch guard across an await).
pub(crate) async fn stopped(rx: &mut tokio::sync::watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await;
}
