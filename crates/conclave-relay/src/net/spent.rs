//! The relay's spend log: the double-spend set on disk, so that a token spent before a
//! restart is still refused after it.
//!
//! One append-only file per issuer key, `spent-<key id hex>.bin` in the relay's directory:
//! a 48-byte header (`CNSPENT1` ‖ the key's `not_after`, ms, big-endian ‖ SHA-256 of the
//! origin) and then one 32-byte nonce per accepted token. Each spend is written to the
//! kernel before the token is accepted (a killed process loses nothing); `fsync` is batched
//! ([`SpentLog::dirty`], synced at most [`SYNC_INTERVAL`] later), so only a power loss or an
//! OS crash within that window can forget a spend. A file lives as long as its key: files of
//! expired keys are removed at start and whenever the directory changes.

use std::{
    collections::HashMap,
    fs::File,
    io::{Read as _, Seek as _, Write as _},
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use conclave_tokens::NONCE_LEN;
use sha2::Digest as _;

use crate::hex;

const MAGIC: &[u8; 8] = b"CNSPENT1";
/// `MAGIC ‖ not_after ‖ SHA-256(origin)`.
pub const HEADER_LEN: usize = 8 + 8 + 32;
/// Longest a spend may wait for its `fsync`.
pub const SYNC_INTERVAL: Duration = Duration::from_millis(250);

struct KeyFile {
    path: PathBuf,
    not_after: i64,
    /// Open for appending once this key has spent something since the start.
    file: Option<Arc<File>>,
}

/// The spend logs of one relay (one origin).
pub struct SpentLog {
    dir: PathBuf,
    origin_digest: [u8; 32],
    /// Nonces read back per file at most (the verifier's bound: no file holds more).
    records_max: usize,
    keys: HashMap<[u8; 32], KeyFile>,
    /// Files written since their last `fsync`.
    dirty: Vec<Arc<File>>,
}

impl SpentLog {
    /// Opens the logs in `dir` (made if missing) for `origin`, removing those of keys expired
    /// by `now_ms` and those of another origin (this relay's earlier identity, whose tokens
    /// are refused as of the wrong origin anyway) or with a broken header.
    pub fn open(
        dir: &Path,
        origin: &str,
        now_ms: i64,
        records_max: usize,
    ) -> std::io::Result<SpentLog> {
        std::fs::create_dir_all(dir)?;
        let origin_digest: [u8; 32] = sha2::Sha256::digest(origin.as_bytes()).into();
        let mut keys = HashMap::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let Some(key_id) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(parse_file_name)
            else {
                continue;
            };
            match read_header(&path) {
                Ok(Some((not_after, digest))) if digest == origin_digest && not_after >= now_ms => {
                    keys.insert(
                        key_id,
                        KeyFile {
                            path,
                            not_after,
                            file: None,
                        },
                    );
                }
                Ok(_) => std::fs::remove_file(&path)?,
                Err(e) => return Err(e),
            }
        }
        Ok(SpentLog {
            dir: dir.to_owned(),
            origin_digest,
            records_max,
            keys,
            dirty: Vec::new(),
        })
    }

    /// The nonces recorded for `key_id` (none without a file). A torn last record (a crash
    /// in the middle of a write) is cut off.
    pub fn load(&mut self, key_id: [u8; 32]) -> std::io::Result<Vec<[u8; NONCE_LEN]>> {
        let Some(key) = self.keys.get(&key_id) else {
            return Ok(Vec::new());
        };
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&key.path)?;
        let len = file.metadata()?.len();
        let body = len.saturating_sub(HEADER_LEN as u64);
        let whole = body - body % NONCE_LEN as u64;
        if whole != body {
            file.set_len(HEADER_LEN as u64 + whole)?;
        }
        let records = usize::try_from(whole / NONCE_LEN as u64)
            .unwrap_or(usize::MAX)
            .min(self.records_max);
        if records < (whole / NONCE_LEN as u64) as usize {
            tracing::warn!(
                path = %key.path.display(),
                "spend log longer than the spent set's bound; reading its first records only"
            );
        }
        file.seek(std::io::SeekFrom::Start(HEADER_LEN as u64))?;
        let mut bytes = vec![0u8; records * NONCE_LEN];
        file.read_exact(&mut bytes)?;
        Ok(bytes
            .chunks_exact(NONCE_LEN)
            .map(|c| {
                let mut nonce = [0u8; NONCE_LEN];
                nonce.copy_from_slice(c);
                nonce
            })
            .collect())
    }

    /// Records one spend (written to the kernel now, synced within [`SYNC_INTERVAL`]).
    pub fn append(
        &mut self,
        key_id: [u8; 32],
        not_after: i64,
        nonce: &[u8; NONCE_LEN],
    ) -> std::io::Result<()> {
        let file = match self.keys.get(&key_id).and_then(|k| k.file.clone()) {
            Some(f) => f,
            None => self.open_for_append(key_id, not_after)?,
        };
        (&*file).write_all(nonce)?;
        if !self.dirty.iter().any(|d| Arc::ptr_eq(d, &file)) {
            self.dirty.push(file);
        }
        Ok(())
    }

    fn open_for_append(&mut self, key_id: [u8; 32], not_after: i64) -> std::io::Result<Arc<File>> {
        let path = self.dir.join(file_name(&key_id));
        let fresh = !self.keys.contains_key(&key_id);
        if fresh {
            // A new file: its header, durable with its directory entry before any record.
            let mut header = Vec::with_capacity(HEADER_LEN);
            header.extend_from_slice(MAGIC);
            header.extend_from_slice(&not_after.to_be_bytes());
            header.extend_from_slice(&self.origin_digest);
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(&path) {
                Ok(mut file) => {
                    file.write_all(&header)?;
                    file.sync_all()?;
                    File::open(&self.dir)?.sync_all()?;
                }
                // Made since this log was opened (another checker on the same directory):
                // never truncated, appended to.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
        let file = Arc::new(std::fs::OpenOptions::new().append(true).open(&path)?);
        let entry = self.keys.entry(key_id).or_insert(KeyFile {
            path,
            not_after,
            file: None,
        });
        entry.file = Some(file.clone());
        Ok(file)
    }

    /// Removes the files of keys expired by `now_ms`; answers their key ids.
    pub fn drop_expired(&mut self, now_ms: i64) -> Vec<[u8; 32]> {
        let expired: Vec<[u8; 32]> = self
            .keys
            .iter()
            .filter(|(_, k)| k.not_after < now_ms)
            .map(|(id, _)| *id)
            .collect();
        for id in &expired {
            if let Some(key) = self.keys.remove(id) {
                if let Some(file) = &key.file {
                    self.dirty.retain(|d| !Arc::ptr_eq(d, file));
                }
                if let Err(e) = std::fs::remove_file(&key.path) {
                    tracing::warn!(path = %key.path.display(), error = %e, "cannot remove an expired spend log");
                }
            }
        }
        expired
    }

    /// The files to `fsync` (taken: the caller syncs them outside any lock).
    pub fn take_dirty(&mut self) -> Vec<Arc<File>> {
        std::mem::take(&mut self.dirty)
    }

    /// How many keys have a log.
    pub fn keys(&self) -> usize {
        self.keys.len()
    }
}

fn file_name(key_id: &[u8; 32]) -> String {
    format!("spent-{}.bin", hex(key_id))
}

fn parse_file_name(name: &str) -> Option<[u8; 32]> {
    let hex = name.strip_prefix("spent-")?.strip_suffix(".bin")?;
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// `(not_after, origin digest)`, or `None` for a file that is not a spend log.
fn read_header(path: &Path) -> std::io::Result<Option<(i64, [u8; 32])>> {
    let mut header = [0u8; HEADER_LEN];
    let mut file = File::open(path)?;
    if file.read_exact(&mut header).is_err() || &header[..8] != MAGIC {
        return Ok(None);
    }
    let mut not_after = [0u8; 8];
    not_after.copy_from_slice(&header[8..16]);
    let mut digest = [0u8; 32];
    digest.copy_from_slice(&header[16..]);
    Ok(Some((i64::from_be_bytes(not_after), digest)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn spends_survive_reopening_until_their_key_expires() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("relay");
        let (a, b) = ([1u8; 32], [2u8; 32]);
        let mut log = SpentLog::open(&dir, "relay-1", 0, 100).unwrap();
        log.append(a, 1_000, &[7; 32]).unwrap();
        log.append(a, 1_000, &[8; 32]).unwrap();
        log.append(b, 5_000, &[9; 32]).unwrap();
        for f in log.take_dirty() {
            f.sync_data().unwrap();
        }
        drop(log);

        let mut log = SpentLog::open(&dir, "relay-1", 500, 100).unwrap();
        assert_eq!(log.load(a).unwrap(), vec![[7; 32], [8; 32]]);
        assert_eq!(log.load(b).unwrap(), vec![[9; 32]]);
        assert!(log.load([3; 32]).unwrap().is_empty());
        // Appending after a reopen continues the same file.
        log.append(a, 1_000, &[10; 32]).unwrap();
        assert_eq!(log.load(a).unwrap().len(), 3);
        assert_eq!(log.drop_expired(2_000), vec![a]);
        assert_eq!(log.keys(), 1);
        drop(log);

        // Past b's expiry at start, and for another origin, nothing is kept.
        let log = SpentLog::open(&dir, "relay-1", 6_000, 100).unwrap();
        assert_eq!(log.keys(), 0);
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
        let mut log = SpentLog::open(&dir, "relay-1", 0, 100).unwrap();
        log.append(a, 1_000, &[7; 32]).unwrap();
        drop(log);
        assert_eq!(SpentLog::open(&dir, "relay-2", 0, 100).unwrap().keys(), 0);
    }

    #[test]
    fn a_torn_record_is_cut_off_and_reads_are_bounded() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("relay");
        let a = [1u8; 32];
        let mut log = SpentLog::open(&dir, "o", 0, 2).unwrap();
        for n in 0..3u8 {
            log.append(a, 1_000, &[n; 32]).unwrap();
        }
        drop(log);
        let path = dir.join(file_name(&a));
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        f.write_all(&[0xee; 5]).unwrap();
        drop(f);
        // Garbage beside the logs is left alone; a broken log is removed.
        std::fs::write(dir.join("cert.pem"), b"x").unwrap();
        std::fs::write(dir.join(file_name(&[4; 32])), b"short").unwrap();
        let mut log = SpentLog::open(&dir, "o", 0, 2).unwrap();
        assert_eq!(log.load(a).unwrap(), vec![[0; 32], [1; 32]]);
        assert_eq!(
            std::fs::metadata(&path).unwrap().len(),
            (HEADER_LEN + 3 * NONCE_LEN) as u64
        );
        assert!(dir.join("cert.pem").exists());
        assert!(!dir.join(file_name(&[4; 32])).exists());
    }
}
