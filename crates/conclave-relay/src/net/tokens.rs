//! Token checks at a relay: Privacy Pass (`conclave-tokens`) with the issuers and keys of the
//! relay's current directory, one spend set per relay (its origin).

use std::sync::{Arc, Mutex};

use conclave_tokens::{IssuerPublicKey, Verifier};
use tokio::sync::watch;

use super::TokenCheck;
use crate::directory::Directory;

/// Spent tokens remembered per relay before it refuses more (until a key rotates out).
pub const SPENT_MAX: usize = 4_000_000;

pub struct DirectoryTokens {
    state: Mutex<State>,
    now_ms: fn() -> i64,
}

struct State {
    /// Marked seen at each sync, so a redeem re-reads keys only after the directory changed.
    directory: watch::Receiver<Arc<Directory>>,
    verifier: Verifier,
    /// The key ids trusted now (to notice rotations in the directory).
    trusted: Vec<[u8; 32]>,
}

impl DirectoryTokens {
    pub fn new(
        origin: &str,
        directory: watch::Receiver<Arc<Directory>>,
        now_ms: fn() -> i64,
    ) -> Self {
        let verifier = Verifier::new(Vec::new(), origin.to_owned(), SPENT_MAX)
            .unwrap_or_else(|_| unreachable!("no issuer yet"));
        let tokens = DirectoryTokens {
            state: Mutex::new(State {
                directory,
                verifier,
                trusted: Vec::new(),
            }),
            now_ms,
        };
        tokens.sync(&mut tokens.state.lock().unwrap_or_else(|p| p.into_inner()));
        tokens
    }

    /// Trusts the directory's unexpired issuer keys, forgets the others.
    fn sync(&self, state: &mut State) {
        let directory = state.directory.borrow_and_update().clone();
        let now = (self.now_ms)();
        let mut wanted: Vec<(String, IssuerPublicKey)> = Vec::new();
        for issuer in &directory.issuers {
            for key in &issuer.keys {
                if key.not_after < now {
                    continue;
                }
                let Ok(der) = key.spki_der() else { continue };
                if let Ok(pk) = IssuerPublicKey::from_spki_der(&der) {
                    wanted.push((issuer.name.clone(), pk));
                }
            }
        }
        let ids: Vec<[u8; 32]> = wanted.iter().map(|(_, k)| k.key_id()).collect();
        for old in state.trusted.clone() {
            if !ids.contains(&old) {
                state.verifier.forget_key(old);
            }
        }
        for (name, key) in wanted {
            if !state.trusted.contains(&key.key_id()) {
                let _ = state.verifier.trust_key(&name, key);
            }
        }
        state.trusted = ids;
    }
}

impl TokenCheck for DirectoryTokens {
    fn redeem(&self, token: &[u8]) -> Result<(), String> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if state.directory.has_changed().unwrap_or(false) {
            self.sync(&mut state);
        }
        state.verifier.redeem(token).map_err(|e| e.to_string())
    }
}
