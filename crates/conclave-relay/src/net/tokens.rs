//! Token checks at a relay: Privacy Pass (`conclave-tokens`) with the issuers and keys of the
//! relay's current directory, one spend set per relay (its origin), kept on disk
//! ([`super::spent`]) when the relay has a data directory.

use std::{
    collections::HashMap,
    path::Path,
    sync::{Arc, Mutex, Weak},
};

use conclave_tokens::{IssuerPublicKey, Verifier};
use tokio::sync::watch;

use super::{TokenCheck, spent::SpentLog};
use crate::directory::Directory;

/// Spent tokens remembered per relay before it refuses more (until a key rotates out).
pub const SPENT_MAX: usize = 4_000_000;

pub struct DirectoryTokens {
    state: Arc<Mutex<State>>,
    now_ms: fn() -> i64,
}

struct State {
    /// Marked seen at each sync, so a redeem re-reads keys only after the directory changed.
    directory: watch::Receiver<Arc<Directory>>,
    verifier: Verifier,
    /// The key ids trusted now and their `not_after` (to notice rotations in the directory
    /// and to bound each key's spend log).
    trusted: HashMap<[u8; 32], i64>,
    /// `None`: the spent set lives in memory only (tests, benchmarks).
    log: Option<SpentLog>,
}

impl DirectoryTokens {
    /// A spent set in memory only: a restart forgets it (tests, benchmarks).
    pub fn new(
        origin: &str,
        directory: watch::Receiver<Arc<Directory>>,
        now_ms: fn() -> i64,
    ) -> Self {
        Self::build(origin, directory, now_ms, None)
    }

    /// A spent set kept in `dir` (the relay's directory): tokens spent before a restart are
    /// refused after it, until their key expires.
    pub fn persistent(
        origin: &str,
        directory: watch::Receiver<Arc<Directory>>,
        now_ms: fn() -> i64,
        dir: &Path,
    ) -> std::io::Result<Self> {
        let log = SpentLog::open(dir, origin, now_ms(), SPENT_MAX)?;
        let tokens = Self::build(origin, directory, now_ms, Some(log));
        spawn_syncer(Arc::downgrade(&tokens.state));
        Ok(tokens)
    }

    fn build(
        origin: &str,
        directory: watch::Receiver<Arc<Directory>>,
        now_ms: fn() -> i64,
        log: Option<SpentLog>,
    ) -> Self {
        let verifier = Verifier::new(Vec::new(), origin.to_owned(), SPENT_MAX)
            .unwrap_or_else(|_| unreachable!("no issuer yet"));
        let tokens = DirectoryTokens {
            state: Arc::new(Mutex::new(State {
                directory,
                verifier,
                trusted: HashMap::new(),
                log,
            })),
            now_ms,
        };
        tokens.sync(&mut tokens.state.lock().unwrap_or_else(|p| p.into_inner()));
        tokens
    }

    /// Trusts the directory's unexpired issuer keys (with what their logs say was spent),
    /// forgets the others, removes the logs of expired keys.
    fn sync(&self, state: &mut State) {
        let directory = state.directory.borrow_and_update().clone();
        let now = (self.now_ms)();
        let mut wanted: Vec<(String, IssuerPublicKey, i64)> = Vec::new();
        for issuer in &directory.issuers {
            for key in &issuer.keys {
                if key.not_after < now {
                    continue;
                }
                let Ok(der) = key.spki_der() else { continue };
                if let Ok(pk) = IssuerPublicKey::from_spki_der(&der) {
                    wanted.push((issuer.name.clone(), pk, key.not_after));
                }
            }
        }
        let mut ids: HashMap<[u8; 32], i64> = HashMap::new();
        for (_, key, not_after) in &wanted {
            let at = ids.entry(key.key_id()).or_insert(*not_after);
            *at = (*at).max(*not_after);
        }
        for old in state.trusted.keys().copied().collect::<Vec<_>>() {
            if !ids.contains_key(&old) {
                // Its log stays until the key expires: a key that comes back into the
                // directory comes back with its spent tokens.
                state.verifier.forget_key(old);
            }
        }
        for (name, key, _) in wanted {
            let id = key.key_id();
            if state.trusted.contains_key(&id) {
                continue;
            }
            if let Some(log) = &mut state.log {
                match log.load(id) {
                    Ok(nonces) => state.verifier.restore_spent(id, nonces),
                    Err(e) => {
                        // Trusting the key without its log would accept its spent tokens
                        // again: its tokens are refused (unknown key) until the log reads.
                        tracing::error!(error = %e, "cannot read a spend log; its key is not trusted");
                        ids.remove(&id);
                        continue;
                    }
                }
            }
            let _ = state.verifier.trust_key(&name, key);
        }
        if let Some(log) = &mut state.log {
            log.drop_expired(now);
        }
        state.trusted = ids;
    }

    /// Writes every recorded spend to disk now (also done within
    /// [`super::spent::SYNC_INTERVAL`] of each spend, and on drop).
    pub fn sync_to_disk(&self) -> std::io::Result<()> {
        let dirty = match &mut self.state.lock().unwrap_or_else(|p| p.into_inner()).log {
            Some(log) => log.take_dirty(),
            None => return Ok(()),
        };
        for file in dirty {
            file.sync_data()?;
        }
        Ok(())
    }
}

impl Drop for DirectoryTokens {
    fn drop(&mut self) {
        if let Err(e) = self.sync_to_disk() {
            tracing::error!(error = %e, "cannot sync the spend log");
        }
    }
}

/// Syncs the spend logs every [`super::spent::SYNC_INTERVAL`] while the checker lives (a
/// thread: the checker is runtime-agnostic, and an `fsync` must not hold the lock).
fn spawn_syncer(state: Weak<Mutex<State>>) {
    let spawned = std::thread::Builder::new()
        .name("relay-spent-sync".into())
        .spawn(move || {
            loop {
                std::thread::sleep(super::spent::SYNC_INTERVAL);
                let Some(state) = state.upgrade() else { return };
                let dirty = match &mut state.lock().unwrap_or_else(|p| p.into_inner()).log {
                    Some(log) => log.take_dirty(),
                    None => return,
                };
                drop(state);
                for file in dirty {
                    if let Err(e) = file.sync_data() {
                        tracing::error!(error = %e, "cannot sync the spend log");
                    }
                }
            }
        });
    if let Err(e) = spawned {
        // Spends still reach the kernel at once; they are synced on drop instead.
        tracing::error!(error = %e, "cannot start the spend log's sync thread");
    }
}

impl TokenCheck for DirectoryTokens {
    fn redeem(&self, token: &[u8]) -> Result<(), String> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if state.directory.has_changed().unwrap_or(false) {
            self.sync(&mut state);
        }
        let spent = state.verifier.spend(token).map_err(|e| e.to_string())?;
        let not_after = state
            .trusted
            .get(&spent.key_id)
            .copied()
            .unwrap_or(i64::MAX);
        if let Some(log) = &mut state.log
            && let Err(e) = log.append(spent.key_id, not_after, &spent.nonce)
        {
            // Accepting a spend that a restart would forget would let the token be spent
            // twice: refuse it (it stays spent in memory).
            tracing::error!(error = %e, "cannot record a spent token");
            return Err("the relay cannot record the token's spend".into());
        }
        Ok(())
    }
}
