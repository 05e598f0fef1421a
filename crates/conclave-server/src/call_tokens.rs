//! The key this node signs call tokens with (see `conclave_server_core::call_token`).
//!
//! `call-token.key` in the data directory: the 32-byte Ed25519 seed, 0600, made at the first
//! start (written whole and renamed into place) and kept: tokens live minutes, so rotation
//! buys little, and a stable public key is what the SFU of every node trusts. Each node of a
//! cluster has its own; none is shared or stored in the database.

use std::path::Path;

use anyhow::Context;
use conclave_server_core::call_token::CallTokenKey;
use rand::RngCore;

/// The file below the data directory.
pub const FILE: &str = "call-token.key";

/// Loads this node's call token key, making one on the first start.
pub fn load_or_create(data_dir: &Path) -> anyhow::Result<CallTokenKey> {
    let path = data_dir.join(FILE);
    match std::fs::read(&path) {
        Ok(bytes) => {
            let seed: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
                anyhow::anyhow!(
                    "{} holds {} bytes, not a 32-byte call token key",
                    path.display(),
                    bytes.len()
                )
            })?;
            Ok(CallTokenKey::from_seed(&seed))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut seed = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut seed);
            crate::write_private_replace(&path, &seed)?;
            let key = CallTokenKey::from_seed(&seed);
            seed.fill(0);
            tracing::info!(public = ?key, "made a call token key");
            Ok(key)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
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
        #[cfg(unix)]
        crate::datadir::assert_private_file(&dir.path().join(FILE));
        std::fs::write(dir.path().join(FILE), b"short").unwrap();
        assert!(load_or_create(dir.path()).is_err());
    }
}
