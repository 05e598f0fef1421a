//! The data-directory blob store (single node): `blobs/` below the data directory holds, per
//! blob, `ID.data` (the ciphertext as uploaded so far) and `ID.meta` (owner, declared size,
//! the capability's SHA-256, expiry, finished), both 0600. An index of the metadata is kept in
//! memory (read at start) for quotas and lookups; the data is only ever streamed, in
//! [`IO_BYTES`] pieces, never held whole.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::Mutex,
};

use anyhow::Context as _;
use async_trait::async_trait;
use conclave_proto::{AccountId, Timestamp};
use conclave_server_core::blob::{
    BlobError, BlobId, BlobInfo, BlobLimits, BlobReader, BlobStore, check_create, parse_hex_array,
};
use rand::RngCore as _;
use serde::{Deserialize, Serialize};
use sha2::Digest as _;
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWriteExt as _};

/// The `[blobs]` section of the config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileBlobs {
    /// `false` turns attachments off (default on).
    pub enabled: Option<bool>,
    /// Largest file, e.g. "100MiB" (default), "2GiB".
    pub file_max: Option<String>,
    /// Most bytes of attachments one account may keep at a time, e.g. "1GiB" (default).
    pub account_quota: Option<String>,
    /// How long an attachment is kept, e.g. "30d" (default).
    pub ttl: Option<String>,
    /// Most unfinished uploads one account may have open (default 16).
    pub uploads_open_max: Option<usize>,
    /// A cluster's attachment bytes in an S3-compatible bucket instead of its database
    /// (`[blobs.s3]`; the rows stay in PostgreSQL).
    pub s3: Option<FileS3>,
}

/// `[blobs.s3]`: the bucket a cluster keeps attachment bytes in.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileS3 {
    pub bucket: String,
    /// `https://host[:port]` of an S3-compatible service (default: AWS for the region).
    pub endpoint: Option<String>,
    /// Default `us-east-1`.
    pub region: Option<String>,
    /// Without a key pair here the standard `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`
    /// environment is used (better than a secret in the file).
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    /// Object names start with it (default `conclave/blobs`): several clusters may share a
    /// bucket under distinct prefixes.
    pub prefix: Option<String>,
    /// Plain HTTP to the endpoint: only for a service on loopback or a private network.
    pub allow_http: Option<bool>,
    /// A PEM root the endpoint's certificate chains to (a private CA).
    pub ca_root: Option<std::path::PathBuf>,
    /// Virtual-hosted-style requests (`bucket.host`) instead of path style (default false).
    pub virtual_hosted: Option<bool>,
}

impl std::fmt::Debug for FileS3 {
    // The secret stays out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileS3")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

/// The bucket `[blobs.s3]` names, checked (`None`: the bytes stay in the database).
pub fn objects_from_file(
    file: Option<FileS3>,
) -> anyhow::Result<Option<conclave_server_store_postgres::objects::S3Options>> {
    let Some(f) = file else {
        return Ok(None);
    };
    if f.bucket.trim().is_empty() {
        anyhow::bail!("[blobs.s3] bucket is required");
    }
    if f.access_key_id.is_some() != f.secret_access_key.is_some() {
        anyhow::bail!("[blobs.s3] access_key_id and secret_access_key go together");
    }
    let allow_http = f.allow_http.unwrap_or(false);
    if let Some(endpoint) = &f.endpoint {
        let scheme_ok =
            endpoint.starts_with("https://") || (allow_http && endpoint.starts_with("http://"));
        if !scheme_ok {
            anyhow::bail!(
                "[blobs.s3] endpoint {endpoint:?} must start with https:// \
                 (http:// needs allow_http = true)"
            );
        }
    }
    let ca_root_pem = match &f.ca_root {
        Some(path) => Some(
            std::fs::read(path)
                .with_context(|| format!("[blobs.s3] ca_root {}", path.display()))?,
        ),
        None => None,
    };
    Ok(Some(conclave_server_store_postgres::objects::S3Options {
        bucket: f.bucket,
        endpoint: f.endpoint,
        region: f.region,
        access_key_id: f.access_key_id,
        secret_access_key: f.secret_access_key,
        prefix: f.prefix,
        allow_http,
        ca_root_pem,
        path_style: !f.virtual_hosted.unwrap_or(false),
    }))
}

/// The largest file a server may be configured for: 16 GiB.
pub const FILE_MAX_CEILING: u64 = 16 << 30;

/// The limits `[blobs]` asks for (`None`: attachments off).
pub fn limits_from_file(file: FileBlobs) -> anyhow::Result<Option<BlobLimits>> {
    if file.enabled == Some(false) {
        return Ok(None);
    }
    let mut limits = BlobLimits::default();
    if let Some(text) = &file.file_max {
        let plain = parse_bytes(text)?;
        if plain == 0 || plain > FILE_MAX_CEILING {
            anyhow::bail!("[blobs] file_max {text:?} must be between 1 byte and 16GiB");
        }
        limits.blob_bytes_max = stream_ciphertext_size(plain);
    }
    if let Some(text) = &file.account_quota {
        limits.account_bytes_max = parse_bytes(text)?;
    }
    if let Some(text) = &file.ttl {
        let ttl = crate::config::parse_duration(text)?;
        if ttl.as_secs() == 0 {
            anyhow::bail!("[blobs] ttl {text:?} must be at least a second");
        }
        limits.ttl_secs = ttl.as_secs();
    }
    if let Some(n) = file.uploads_open_max {
        limits.uploads_open_max = n.max(1);
    }
    Ok(Some(limits))
}

/// The ciphertext size of a file of `plain` bytes in the clients' STREAM format
/// (`conclave_client_core::attachment::stream`: 16 bytes of tag per 64 KiB chunk, one chunk for
/// an empty file), so that `file_max` is the largest file a member can send.
fn stream_ciphertext_size(plain: u64) -> u64 {
    const CHUNK: u64 = 64 * 1024;
    const TAG: u64 = 16;
    let chunks = plain.div_ceil(CHUNK).max(1);
    plain.saturating_add(chunks.saturating_mul(TAG))
}

/// `100MiB`, `2GiB`, `512KiB`, `1000000` (bytes), `5MB` (10^6).
pub fn parse_bytes(text: &str) -> anyhow::Result<u64> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: u64 = digits
        .parse()
        .map_err(|_| anyhow::anyhow!("invalid size {text:?} (examples: 100MiB, 2GiB)"))?;
    let unit = match unit.trim() {
        "" | "B" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        "KB" | "kB" => 1_000,
        "MB" => 1_000_000,
        "GB" => 1_000_000_000,
        _ => anyhow::bail!("invalid size {text:?} (units: B, KiB, MiB, GiB, KB, MB, GB)"),
    };
    n.checked_mul(unit)
        .ok_or_else(|| anyhow::anyhow!("size {text:?} is too large"))
}

/// The directory below the data directory.
pub const DIR: &str = "blobs";

/// The blob files a backup holds (relative name, path): both files of every finished blob
/// that will not expire within `margin_secs` of `now`, in a stable order. A finished blob's
/// files never change, so they can be copied while the server runs; unfinished uploads are
/// left out (their clients resume them against the live server, not a restored one).
pub fn backup_files(
    data_dir: &Path,
    now: Timestamp,
    margin_secs: u64,
) -> anyhow::Result<Vec<(String, PathBuf)>> {
    let dir = data_dir.join(DIR);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(anyhow::anyhow!("cannot read {}: {e}", dir.display())),
    };
    let keep_after = now.saturating_add_secs(margin_secs).0;
    let mut out = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let Some(id) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".meta"))
            .and_then(BlobId::parse_hex)
        else {
            continue;
        };
        let Some(meta) = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Meta>(&b).ok())
        else {
            continue;
        };
        if meta.finished && meta.expires_at > keep_after {
            let hex = id.to_hex();
            out.push((format!("{DIR}/{hex}.data"), dir.join(format!("{hex}.data"))));
            out.push((format!("{DIR}/{hex}.meta"), path));
        }
    }
    out.sort();
    Ok(out)
}

/// Bytes read or written at a time.
pub const IO_BYTES: usize = 256 * 1024;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Meta {
    owner: u64,
    size: u64,
    capability_hash: String,
    expires_at: i64,
    finished: bool,
    /// Devices that will fetch it (set at finish); removed once as many said they have it.
    #[serde(default)]
    recipients: Option<u32>,
    /// Devices that said they have it.
    #[serde(default)]
    fetched_by: Vec<u64>,
    #[serde(skip)]
    writing: bool,
    #[serde(skip)]
    offset: u64,
}

pub struct DirBlobStore {
    dir: PathBuf,
    limits: BlobLimits,
    index: Mutex<HashMap<BlobId, Meta>>,
    /// The hash of each upload as its bytes were written (`finish` reads no file back).
    hashes: conclave_server_core::blob::RunningHashes,
}

fn internal(e: impl std::fmt::Display) -> BlobError {
    BlobError::Internal(e.to_string())
}

impl DirBlobStore {
    /// The SHA-256 of a blob's file, read back (when its upload's hash is not at hand).
    async fn hash_file(&self, id: BlobId) -> Result<[u8; 32], BlobError> {
        let mut file = tokio::fs::File::open(self.data_path(id))
            .await
            .map_err(internal)?;
        let mut hasher = sha2::Sha256::new();
        let mut buf = vec![0u8; IO_BYTES];
        loop {
            let n = file.read(&mut buf).await.map_err(internal)?;
            if n == 0 {
                return Ok(hasher.finalize().into());
            }
            hasher.update(&buf[..n]);
        }
    }

    /// Opens (making it if need be) `blobs/` below `data_dir` and reads its index; a
    /// metadata file that does not parse is skipped with a warning, never fatal.
    pub fn open(data_dir: &Path, limits: BlobLimits) -> anyhow::Result<Self> {
        let dir = data_dir.join(DIR);
        crate::datadir::create_private_dir(&dir)?;
        let mut index = HashMap::new();
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            let Some(id) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".meta"))
                .and_then(BlobId::parse_hex)
            else {
                continue;
            };
            let meta = std::fs::read(&path)
                .ok()
                .and_then(|b| serde_json::from_slice::<Meta>(&b).ok());
            let Some(mut meta) = meta else {
                tracing::warn!(path = %path.display(), "skipping an unreadable blob index entry");
                continue;
            };
            meta.offset =
                std::fs::metadata(dir.join(format!("{}.data", id.to_hex()))).map_or(0, |m| m.len());
            index.insert(id, meta);
        }
        Ok(DirBlobStore {
            dir,
            limits,
            index: Mutex::new(index),
            hashes: Default::default(),
        })
    }

    fn data_path(&self, id: BlobId) -> PathBuf {
        self.dir.join(format!("{}.data", id.to_hex()))
    }

    fn meta_path(&self, id: BlobId) -> PathBuf {
        self.dir.join(format!("{}.meta", id.to_hex()))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<BlobId, Meta>> {
        // A panic while holding the lock leaves a consistent map (every update is one insert).
        self.index.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The blob's metadata if `owner` may see it and it has not expired.
    fn owned(&self, id: BlobId, owner: AccountId, now: Timestamp) -> Result<Meta, BlobError> {
        match self.lock().get(&id) {
            Some(m) if m.owner == owner.0 && m.expires_at > now.0 => Ok(m.clone()),
            _ => Err(BlobError::NotFound),
        }
    }

    fn set(&self, id: BlobId, f: impl FnOnce(&mut Meta)) {
        if let Some(m) = self.lock().get_mut(&id) {
            f(m);
        }
    }

    async fn write_meta(&self, id: BlobId, meta: &Meta) -> Result<(), BlobError> {
        let bytes = serde_json::to_vec(meta).map_err(internal)?;
        let partial = self.dir.join(format!("{}.meta.partial", id.to_hex()));
        let path = self.meta_path(id);
        tokio::task::spawn_blocking(move || {
            crate::write_private(&partial, &bytes)?;
            std::fs::rename(&partial, &path)?;
            anyhow::Ok(())
        })
        .await
        .map_err(internal)?
        .map_err(internal)
    }

    async fn remove(&self, id: BlobId) {
        self.lock().remove(&id);
        for path in [self.meta_path(id), self.data_path(id)] {
            if let Err(e) = tokio::fs::remove_file(&path).await
                && e.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(path = %path.display(), error = %e, "cannot remove a blob file");
            }
        }
    }
}

fn info(id: BlobId, m: &Meta) -> BlobInfo {
    BlobInfo {
        id,
        owner: AccountId(m.owner),
        size: m.size,
        offset: m.offset,
        finished: m.finished,
        expires_at: Timestamp(m.expires_at),
    }
}

#[async_trait]
impl BlobStore for DirBlobStore {
    async fn create(
        &self,
        owner: AccountId,
        size: u64,
        capability_hash: [u8; 32],
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError> {
        let mut id = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut id);
        let id = BlobId(id);
        let meta = Meta {
            owner: owner.0,
            size,
            capability_hash: crate::hex::encode(&capability_hash),
            expires_at: now.saturating_add_secs(self.limits.ttl_secs).0,
            finished: false,
            recipients: None,
            fetched_by: Vec::new(),
            writing: false,
            offset: 0,
        };
        {
            // Checked and reserved under one lock, so two uploads cannot both pass the quota.
            let mut index = self.lock();
            let live = index
                .values()
                .filter(|m| m.owner == owner.0 && m.expires_at > now.0);
            let (used, open) = live.fold((0u64, 0usize), |(u, o), m| {
                (u.saturating_add(m.size), o + usize::from(!m.finished))
            });
            check_create(&self.limits, size, used, open)?;
            index.insert(id, meta.clone());
        }
        let made = async {
            tokio::fs::File::create(self.data_path(id))
                .await
                .map_err(internal)?;
            self.write_meta(id, &meta).await
        };
        if let Err(e) = made.await {
            self.remove(id).await;
            return Err(e);
        }
        Ok(info(id, &meta))
    }

    async fn status(
        &self,
        id: BlobId,
        owner: AccountId,
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError> {
        Ok(info(id, &self.owned(id, owner, now)?))
    }

    async fn append(
        &self,
        id: BlobId,
        owner: AccountId,
        offset: u64,
        body: &mut (dyn AsyncRead + Send + Unpin),
        now: Timestamp,
    ) -> Result<u64, BlobError> {
        let size = {
            let mut index = self.lock();
            let m = match index.get_mut(&id) {
                Some(m) if m.owner == owner.0 && m.expires_at > now.0 => m,
                _ => return Err(BlobError::NotFound),
            };
            if m.finished {
                return Err(BlobError::Finished);
            }
            if m.writing {
                return Err(BlobError::Busy);
            }
            if m.offset != offset {
                return Err(BlobError::WrongOffset {
                    at: m.offset,
                    asked: offset,
                });
            }
            m.writing = true;
            m.size
        };
        let result = async {
            let mut file = tokio::fs::OpenOptions::new()
                .append(true)
                .open(self.data_path(id))
                .await
                .map_err(internal)?;
            let mut at = offset;
            let mut buf = vec![0u8; IO_BYTES];
            let mut running = self.hashes.resume(id, offset);
            let outcome = loop {
                let n = match body.read(&mut buf).await {
                    Ok(0) => break Ok(()),
                    Ok(n) => n,
                    Err(e) => break Err(BlobError::Cut(e.to_string())),
                };
                let room = usize::try_from(size - at).unwrap_or(usize::MAX);
                let keep = n.min(room);
                file.write_all(&buf[..keep]).await.map_err(internal)?;
                at += keep as u64;
                if let Some(r) = running.as_mut() {
                    r.update(&buf[..keep]);
                }
                if keep < n {
                    break Err(BlobError::PastSize { size });
                }
            };
            file.flush().await.map_err(internal)?;
            file.sync_data().await.map_err(internal)?;
            Ok::<_, BlobError>((at, outcome, running))
        }
        .await;
        // The offset is what the file holds, whatever happened.
        let held = tokio::fs::metadata(self.data_path(id))
            .await
            .map_or(offset, |m| m.len());
        self.set(id, |m| {
            m.writing = false;
            m.offset = held;
        });
        let (at, outcome, running) = result?;
        // Kept only when the file holds exactly the bytes hashed.
        self.hashes
            .keep(id, running, if held == at { at } else { u64::MAX });
        outcome.map(|()| at)
    }

    async fn finish(
        &self,
        id: BlobId,
        owner: AccountId,
        sha256: [u8; 32],
        recipients: Option<u32>,
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError> {
        conclave_server_core::blob::check_recipients(recipients)?;
        let mut meta = self.owned(id, owner, now)?;
        if meta.finished {
            return Err(BlobError::Finished);
        }
        if meta.writing {
            return Err(BlobError::Busy);
        }
        if meta.offset != meta.size {
            return Err(BlobError::Incomplete {
                offset: meta.offset,
                size: meta.size,
            });
        }
        let got = match self.hashes.take(id, meta.size) {
            Some(got) => got,
            None => self.hash_file(id).await?,
        };
        if got != sha256 {
            return Err(BlobError::HashMismatch);
        }
        meta.finished = true;
        meta.recipients = recipients;
        self.write_meta(id, &meta).await?;
        self.set(id, |m| {
            m.finished = true;
            m.recipients = recipients;
        });
        Ok(info(id, &meta))
    }

    async fn fetched(
        &self,
        id: BlobId,
        capability: &[u8; 32],
        device: conclave_proto::DeviceId,
        now: Timestamp,
    ) -> Result<bool, BlobError> {
        let want = conclave_server_core::blob::capability_hash(capability);
        // Decided under the lock, so two last fetchers cannot both miss the count.
        let (meta, done) = {
            let mut index = self.lock();
            let Some(m) = index.get_mut(&id).filter(|m| {
                m.finished
                    && m.expires_at > now.0
                    && parse_hex_array::<32>(&m.capability_hash) == Some(want)
            }) else {
                return Err(BlobError::NotFound);
            };
            let Some(recipients) = m.recipients else {
                return Ok(false);
            };
            if m.fetched_by.contains(&device.0) {
                return Ok(false);
            }
            m.fetched_by.push(device.0);
            (m.clone(), m.fetched_by.len() >= recipients as usize)
        };
        if done {
            self.remove(id).await;
            return Ok(true);
        }
        self.write_meta(id, &meta).await?;
        Ok(false)
    }

    async fn open(
        &self,
        id: BlobId,
        capability: &[u8; 32],
        now: Timestamp,
    ) -> Result<(BlobInfo, BlobReader), BlobError> {
        let want = conclave_server_core::blob::capability_hash(capability);
        let meta = match self.lock().get(&id) {
            Some(m)
                if m.finished
                    && m.expires_at > now.0
                    && parse_hex_array::<32>(&m.capability_hash) == Some(want) =>
            {
                m.clone()
            }
            _ => return Err(BlobError::NotFound),
        };
        let file = tokio::fs::File::open(self.data_path(id))
            .await
            .map_err(internal)?;
        Ok((info(id, &meta), Box::pin(file)))
    }

    async fn usage(&self, owner: AccountId, now: Timestamp) -> Result<u64, BlobError> {
        Ok(self
            .lock()
            .values()
            .filter(|m| m.owner == owner.0 && m.expires_at > now.0)
            .map(|m| m.size)
            .sum())
    }

    async fn sweep(&self, now: Timestamp) -> Result<u64, BlobError> {
        let expired: Vec<BlobId> = self
            .lock()
            .iter()
            .filter(|(_, m)| m.expires_at <= now.0 && !m.writing)
            .map(|(id, _)| *id)
            .collect();
        for id in &expired {
            self.remove(*id).await;
        }
        Ok(expired.len() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn conformance() {
        let dirs = Mutex::new(Vec::new());
        conclave_server_core::blob::conformance::run(async |limits| {
            let dir = tempfile::tempdir().unwrap();
            let store = DirBlobStore::open(dir.path(), limits).unwrap();
            dirs.lock().unwrap().push(dir);
            store
        })
        .await;
    }

    #[tokio::test]
    async fn the_index_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let now = Timestamp(5);
        let store = DirBlobStore::open(dir.path(), BlobLimits::default()).unwrap();
        let id = store
            .create(AccountId(1), 10, [0; 32], now)
            .await
            .unwrap()
            .id;
        store
            .append(id, AccountId(1), 0, &mut &b"01234"[..], now)
            .await
            .unwrap();
        drop(store);
        std::fs::write(dir.path().join(DIR).join("00.meta"), b"junk").unwrap();
        let again = DirBlobStore::open(dir.path(), BlobLimits::default()).unwrap();
        let status = again.status(id, AccountId(1), now).await.unwrap();
        assert_eq!((status.offset, status.size), (5, 10));
        assert_eq!(again.usage(AccountId(1), now).await.unwrap(), 10);
    }
}
