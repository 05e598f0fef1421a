//! The device's state at rest: one SQLite file of key/value pairs, every value encrypted
//! (ChaCha20-Poly1305, the key as associated data) with a 256-bit state key.
//!
//! The state key comes from a passphrase (argon2id, salt stored beside the data) or, when the
//! user sets none, from a random key file `state.key` with mode 0600. A check value encrypted at
//! creation tells a wrong passphrase apart from corruption.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};
use zeroize::Zeroizing;

use crate::cipher::{StateCipher, derive_key};
pub use crate::transport::StateError;
use crate::transport::{Change, StateStore};

/// How the state key is protected.
pub enum Protection {
    Passphrase(Zeroizing<String>),
    KeyFile,
}

/// A decrypted (key, value) pair of the state.
pub type KeyValue = (Vec<u8>, Vec<u8>);

pub struct StateFile {
    path: PathBuf,
    conn: Connection,
    cipher: StateCipher,
}

impl StateFile {
    fn io(path: &Path, e: impl std::fmt::Display) -> StateError {
        StateError::Io {
            path: path.to_owned(),
            message: e.to_string(),
        }
    }

    /// Creates a new state in `dir` (`state.db`, and `state.key` without a passphrase).
    pub fn create(dir: &Path, protection: Protection) -> Result<Self, StateError> {
        let path = dir.join("state.db");
        let conn = Connection::open(&path).map_err(|e| Self::io(&path, e))?;
        set_private(&path);
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;
             CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
             CREATE TABLE IF NOT EXISTS kv (key BLOB PRIMARY KEY, value BLOB NOT NULL);",
        )
        .map_err(|e| Self::io(&path, e))?;
        let key = match protection {
            Protection::Passphrase(pass) => {
                let salt = StateCipher::fresh_salt();
                conn.execute(
                    "INSERT INTO meta (name, value) VALUES ('salt', ?1)",
                    [&salt[..]],
                )
                .map_err(|e| Self::io(&path, e))?;
                derive(&pass, &salt)?
            }
            Protection::KeyFile => {
                let key = StateCipher::fresh_key();
                write_private(&dir.join("state.key"), key.as_ref())
                    .map_err(|e| Self::io(dir, e))?;
                key
            }
        };
        let state = StateFile {
            path: path.clone(),
            conn,
            cipher: StateCipher::new(&key),
        };
        let check = state.cipher.check_value();
        state
            .conn
            .execute(
                "INSERT INTO meta (name, value) VALUES ('check', ?1)",
                [&check],
            )
            .map_err(|e| Self::io(&path, e))?;
        Ok(state)
    }

    /// Opens the state in `dir`; `passphrase` is needed when it was created with one.
    pub fn open(dir: &Path, passphrase: Option<Zeroizing<String>>) -> Result<Self, StateError> {
        let path = dir.join("state.db");
        if !path.exists() {
            return Err(Self::io(&path, "not found"));
        }
        let conn = Connection::open(&path).map_err(|e| Self::io(&path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| Self::io(&path, e))?;
        // Overwritten and deleted values (a message deleted for everyone) are zeroed in the
        // file, not left in free pages (they are sealed, but a later key compromise should
        // not reveal what was deleted).
        conn.execute_batch("PRAGMA secure_delete=ON;")
            .map_err(|e| Self::io(&path, e))?;
        let meta = |name: &str| -> Result<Option<Vec<u8>>, StateError> {
            conn.query_row("SELECT value FROM meta WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| Self::io(&path, e))
        };
        let key = match meta("salt")? {
            Some(salt) => {
                let pass =
                    passphrase.ok_or_else(|| StateError::PassphraseNeeded(dir.to_owned()))?;
                derive(&pass, &salt)?
            }
            None => {
                let bytes = Zeroizing::new(
                    std::fs::read(dir.join("state.key")).map_err(|e| Self::io(dir, e))?,
                );
                let key: [u8; 32] = bytes
                    .as_slice()
                    .try_into()
                    .map_err(|_| Self::io(dir, "state.key must be 32 bytes"))?;
                Zeroizing::new(key)
            }
        };
        let check = meta("check")?.ok_or_else(|| Self::io(&path, "missing check value"))?;
        let state = StateFile {
            path,
            conn,
            cipher: StateCipher::new(&key),
        };
        if state.cipher.matches_check(&check) {
            Ok(state)
        } else {
            Err(StateError::WrongPassphrase(dir.to_owned()))
        }
    }

    fn seal(&self, key: &[u8], value: &[u8]) -> Vec<u8> {
        self.cipher.seal(key, value)
    }

    fn open_value(&self, key: &[u8], sealed: &[u8]) -> Result<Vec<u8>, StateError> {
        self.cipher
            .open(key, sealed)
            .map_err(|_| StateError::Corrupt)
    }

    /// Every stored pair, decrypted.
    pub fn load_all(&self) -> Result<Vec<KeyValue>, StateError> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, value FROM kv")
            .map_err(|e| Self::io(&self.path, e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .map_err(|e| Self::io(&self.path, e))?;
        let mut out = Vec::new();
        for row in rows {
            let (k, v) = row.map_err(|e| Self::io(&self.path, e))?;
            let v = self.open_value(&k, &v)?;
            out.push((k, v));
        }
        Ok(out)
    }

    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StateError> {
        let v: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT value FROM kv WHERE key = ?1", [key], |r| r.get(0))
            .optional()
            .map_err(|e| Self::io(&self.path, e))?;
        v.map(|v| self.open_value(key, &v)).transpose()
    }

    /// Applies writes (`None` deletes) in one durable transaction.
    pub fn apply(&mut self, changes: &[Change]) -> Result<(), StateError> {
        if changes.is_empty() {
            return Ok(());
        }
        let path = self.path.clone();
        let sealed: Vec<(&Vec<u8>, Option<Vec<u8>>)> = changes
            .iter()
            .map(|(k, v)| (k, v.as_ref().map(|v| self.seal(k, v))))
            .collect();
        let tx = self.conn.transaction().map_err(|e| Self::io(&path, e))?;
        for (k, v) in sealed {
            match v {
                Some(v) => tx.execute(
                    "INSERT OR REPLACE INTO kv (key, value) VALUES (?1, ?2)",
                    params![k, v],
                ),
                None => tx.execute("DELETE FROM kv WHERE key = ?1", params![k]),
            }
            .map_err(|e| Self::io(&path, e))?;
        }
        tx.commit().map_err(|e| Self::io(&path, e))
    }
}

impl StateStore for StateFile {
    async fn apply(&mut self, changes: &[Change]) -> Result<(), StateError> {
        StateFile::apply(self, changes)
    }
}

fn derive(passphrase: &str, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, StateError> {
    derive_key(passphrase, salt).map_err(|e| StateError::Io {
        path: PathBuf::new(),
        message: e.to_string(),
    })
}

fn set_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
}

/// Writes a file only its owner can read.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrase_and_keyfile_states() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = StateFile::create(
            dir.path(),
            Protection::Passphrase(Zeroizing::new("correct horse".into())),
        )
        .unwrap();
        s.apply(&[
            (b"a".to_vec(), Some(b"secret-value".to_vec())),
            (b"b".to_vec(), Some(b"x".to_vec())),
        ])
        .unwrap();
        s.apply(&[(b"b".to_vec(), None)]).unwrap();
        drop(s);
        let raw = std::fs::read(dir.path().join("state.db")).unwrap();
        assert!(
            !raw.windows(12).any(|w| w == b"secret-value"),
            "values are encrypted at rest"
        );
        assert!(matches!(
            StateFile::open(dir.path(), Some(Zeroizing::new("wrong".into()))),
            Err(StateError::WrongPassphrase(_))
        ));
        assert!(matches!(
            StateFile::open(dir.path(), None),
            Err(StateError::PassphraseNeeded(_))
        ));
        let s = StateFile::open(dir.path(), Some(Zeroizing::new("correct horse".into()))).unwrap();
        assert_eq!(
            s.load_all().unwrap(),
            vec![(b"a".to_vec(), b"secret-value".to_vec())]
        );

        let dir2 = tempfile::tempdir().unwrap();
        StateFile::create(dir2.path(), Protection::KeyFile).unwrap();
        let mode = std::fs::metadata(dir2.path().join("state.key"))
            .unwrap()
            .permissions();
        assert_eq!(
            std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
            0o600
        );
        assert!(StateFile::open(dir2.path(), None).is_ok());
    }
}
