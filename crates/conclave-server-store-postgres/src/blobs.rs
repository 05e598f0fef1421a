//! `PgBlobStore`: attachments of a cluster, so every node serves every blob: rows in
//! PostgreSQL (tables `blobs` and `blob_chunks`, migrations 10 and 11), and the bytes either in
//! those rows or, with `[blobs.s3]`, in an S3-compatible bucket ([`crate::objects`]).
//!
//! An upload's bytes go in as chunks of at most [`CHUNK_BYTES`] ([`OBJECT_CHUNK_BYTES`] in a
//! bucket), each in its own short
//! transaction that also advances `received` only if it still equals the chunk's offset: a
//! cut body keeps every chunk committed before the cut, and two writers racing on one blob
//! (two nodes) cannot interleave: the loser gets `WrongOffset`. Within a node a second append
//! to a blob being written is `Busy`. Quota and open-upload checks run under a per-account
//! advisory lock, so two nodes cannot both admit the upload that fills a quota. A download
//! reads one chunk at a time: memory is a chunk or two whatever the blob's size.
//!
//! In a bucket a chunk is an object of its own under a random name, put before the
//! transaction that records it, so a writer that loses a race (or whose transaction fails)
//! removes only its own object and never overwrites the winner's. A blob leaves in two steps:
//! its row is first made expired (invisible to every route), then its objects are deleted and
//! only then its rows; a node that dies in between leaves a row the next sweep finishes. What a
//! crash can leave behind is an object put by an append whose transaction never ran: it is
//! named by no row and holds ciphertext only (a bucket lifecycle rule on the prefix may clear
//! such objects after the blob TTL).

use std::{
    collections::HashSet,
    sync::{Arc, Mutex},
};

use async_trait::async_trait;
use conclave_proto::{AccountId, Timestamp};
use conclave_server_core::blob::{
    BlobError, BlobId, BlobInfo, BlobLimits, BlobReader, BlobStore, check_create,
};
use futures_util::StreamExt as _;
use object_store::{ObjectStore, ObjectStoreExt as _, path::Path as ObjectPath};
use rand::RngCore as _;
use sha2::Digest as _;
use sqlx::{PgPool, Row as _};
use tokio::io::{AsyncRead, AsyncReadExt as _};

/// Largest chunk row: 1 MiB (one round trip and one short transaction per chunk).
pub const CHUNK_BYTES: usize = 1024 * 1024;

/// Largest chunk object in a bucket: 4 MiB (one PUT each; memory per upload in progress).
pub const OBJECT_CHUNK_BYTES: usize = 4 * 1024 * 1024;

/// Blobs one sweep step removes from a bucket.
const SWEEP_STEP: i64 = 256;

/// A seed for the per-account advisory lock that quota checks hold (ASCII "blobquot").
const QUOTA_LOCK_SEED: i64 = 0x626c_6f62_7175_6f74;

pub struct PgBlobStore {
    pool: PgPool,
    limits: BlobLimits,
    /// Where the bytes go: `None` in `blob_chunks.data`.
    objects: Option<Objects>,
    /// Blobs an append of this node is writing.
    writing: Mutex<HashSet<BlobId>>,
    /// The hash of each upload whose bytes all came through this node.
    hashes: conclave_server_core::blob::RunningHashes,
}

/// A bucket and the name prefix of this cluster's objects in it.
#[derive(Clone)]
struct Objects {
    store: Arc<dyn ObjectStore>,
    prefix: String,
}

impl Objects {
    /// A fresh name for the chunk of `id` at `at`.
    fn name(&self, id: BlobId, at: u64) -> String {
        let nonce = rand::rngs::OsRng.next_u64();
        format!("{}/{}/{at:016x}-{nonce:016x}", self.prefix, id.to_hex())
    }

    async fn delete(&self, name: &str) -> Result<(), BlobError> {
        match self.store.delete(&ObjectPath::from(name)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(store_failed(e)),
        }
    }
}

fn store_failed(e: object_store::Error) -> BlobError {
    BlobError::Internal(format!("object store: {e}"))
}

/// One chunk's place: its offset, and its object when the bytes are in a bucket.
struct Chunk {
    offset: i64,
    object: Option<String>,
}

fn internal(e: sqlx::Error) -> BlobError {
    BlobError::Internal(e.to_string())
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[derive(Debug)]
struct Row {
    owner: i64,
    size: i64,
    received: i64,
    capability_hash: Vec<u8>,
    expires_at: i64,
    finished: bool,
}

impl Row {
    fn info(&self, id: BlobId) -> BlobInfo {
        BlobInfo {
            id,
            owner: AccountId(self.owner as u64),
            size: self.size as u64,
            offset: self.received as u64,
            finished: self.finished,
            expires_at: Timestamp(self.expires_at),
        }
    }
}

/// Removes the blob from the node's writing set when the append ends, however it ends.
struct Writing<'a>(&'a PgBlobStore, BlobId);

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        if let Ok(mut w) = self.0.writing.lock() {
            w.remove(&self.1);
        }
    }
}

impl PgBlobStore {
    pub(crate) fn new(
        pool: PgPool,
        limits: BlobLimits,
        objects: Option<(Arc<dyn ObjectStore>, String)>,
    ) -> Self {
        PgBlobStore {
            pool,
            limits,
            objects: objects.map(|(store, prefix)| Objects {
                store,
                prefix: prefix.trim_matches('/').to_owned(),
            }),
            writing: Mutex::new(HashSet::new()),
            hashes: Default::default(),
        }
    }

    fn chunk_bytes(&self) -> usize {
        if self.objects.is_some() {
            OBJECT_CHUNK_BYTES
        } else {
            CHUNK_BYTES
        }
    }

    async fn row(&self, id: BlobId) -> Result<Option<Row>, BlobError> {
        let row = sqlx::query(
            "SELECT owner, size, received, capability_hash, expires_at, finished
             FROM blobs WHERE id = $1",
        )
        .bind(id.0.as_slice())
        .fetch_optional(&self.pool)
        .await
        .map_err(internal)?;
        Ok(row.map(|r| Row {
            owner: r.get(0),
            size: r.get(1),
            received: r.get(2),
            capability_hash: r.get(3),
            expires_at: r.get(4),
            finished: r.get(5),
        }))
    }

    /// The owner's unexpired blob, or `NotFound`.
    async fn owned(&self, id: BlobId, owner: AccountId, now: Timestamp) -> Result<Row, BlobError> {
        match self.row(id).await? {
            Some(r) if r.owner == owner.0 as i64 && r.expires_at > now.0 => Ok(r),
            _ => Err(BlobError::NotFound),
        }
    }

    /// Commits `data` at `at`; `WrongOffset` when another writer moved the blob on. In a
    /// bucket the object is put first and removed again when the transaction fails.
    async fn commit_chunk(
        &self,
        id: BlobId,
        at: u64,
        data: &[u8],
        now: Timestamp,
    ) -> Result<(), BlobError> {
        let object = match &self.objects {
            Some(objects) => {
                let name = objects.name(id, at);
                objects
                    .store
                    .put(
                        &ObjectPath::from(name.as_str()),
                        bytes::Bytes::copy_from_slice(data).into(),
                    )
                    .await
                    .map_err(store_failed)?;
                Some(name)
            }
            None => None,
        };
        let recorded = self
            .record_chunk(id, at, data, object.as_deref(), now)
            .await;
        if recorded.is_err()
            && let (Some(objects), Some(name)) = (&self.objects, &object)
            && let Err(e) = objects.delete(name).await
        {
            tracing::warn!("an unrecorded chunk object stays in the bucket: {e}");
        }
        recorded
    }

    async fn record_chunk(
        &self,
        id: BlobId,
        at: u64,
        data: &[u8],
        object: Option<&str>,
        now: Timestamp,
    ) -> Result<(), BlobError> {
        let mut tx = self.pool.begin().await.map_err(internal)?;
        // Not once expired: a sweep that listed the blob's objects sees no new one after.
        let moved = sqlx::query(
            "UPDATE blobs SET received = received + $3
             WHERE id = $1 AND received = $2 AND NOT finished AND expires_at > $4",
        )
        .bind(id.0.as_slice())
        .bind(to_i64(at))
        .bind(data.len() as i64)
        .bind(now.0)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
        if moved.rows_affected() != 1 {
            drop(tx);
            return Err(match self.row(id).await? {
                Some(r) if r.expires_at > now.0 => BlobError::WrongOffset {
                    at: r.received as u64,
                    asked: at,
                },
                _ => BlobError::NotFound,
            });
        }
        let query = match object {
            Some(name) => {
                sqlx::query("INSERT INTO blob_chunks (blob, offset_at, object) VALUES ($1, $2, $3)")
                    .bind(id.0.as_slice())
                    .bind(to_i64(at))
                    .bind(name)
            }
            None => {
                sqlx::query("INSERT INTO blob_chunks (blob, offset_at, data) VALUES ($1, $2, $3)")
                    .bind(id.0.as_slice())
                    .bind(to_i64(at))
                    .bind(data)
            }
        };
        query.execute(&mut *tx).await.map_err(internal)?;
        tx.commit().await.map_err(internal)
    }

    /// The blob's chunks, in order.
    async fn chunks(&self, id: BlobId) -> Result<Vec<Chunk>, BlobError> {
        let rows: Vec<(i64, Option<String>)> = sqlx::query_as(
            "SELECT offset_at, object FROM blob_chunks WHERE blob = $1 ORDER BY offset_at",
        )
        .bind(id.0.as_slice())
        .fetch_all(&self.pool)
        .await
        .map_err(internal)?;
        Ok(rows
            .into_iter()
            .map(|(offset, object)| Chunk { offset, object })
            .collect())
    }

    /// Removes a blob whose row is already expired: its objects, then its rows (the rows
    /// stay when an object could not be deleted, for the next sweep).
    async fn remove(&self, id: BlobId) -> Result<(), BlobError> {
        if let Some(objects) = &self.objects {
            for chunk in self.chunks(id).await? {
                if let Some(name) = &chunk.object {
                    objects.delete(name).await?;
                }
            }
        }
        sqlx::query("DELETE FROM blobs WHERE id = $1")
            .bind(id.0.as_slice())
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(())
    }
}

/// A chunk's bytes, from its row or its object.
async fn read_chunk(
    pool: &PgPool,
    objects: Option<&Objects>,
    id: BlobId,
    chunk: &Chunk,
) -> Result<bytes::Bytes, BlobError> {
    if let (Some(objects), Some(name)) = (objects, &chunk.object) {
        let got = objects
            .store
            .get(&ObjectPath::from(name.as_str()))
            .await
            .map_err(store_failed)?;
        return got.bytes().await.map_err(store_failed);
    }
    let data: Option<Option<Vec<u8>>> =
        sqlx::query_scalar("SELECT data FROM blob_chunks WHERE blob = $1 AND offset_at = $2")
            .bind(id.0.as_slice())
            .bind(chunk.offset)
            .fetch_optional(pool)
            .await
            .map_err(internal)?;
    data.flatten()
        .map(bytes::Bytes::from)
        .ok_or_else(|| BlobError::Internal("a chunk of the blob is missing".into()))
}

/// Reads until `buf` is full or the body ends: the bytes read, and the body's failure if it
/// failed (after those bytes).
async fn fill(
    body: &mut (dyn AsyncRead + Send + Unpin),
    buf: &mut [u8],
) -> (usize, Option<std::io::Error>) {
    let mut n = 0;
    while n < buf.len() {
        match body.read(&mut buf[n..]).await {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) => return (n, Some(e)),
        }
    }
    (n, None)
}

#[async_trait]
impl BlobStore for PgBlobStore {
    async fn create(
        &self,
        owner: AccountId,
        size: u64,
        capability_hash: [u8; 32],
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError> {
        let mut tx = self.pool.begin().await.map_err(internal)?;
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1::text, $2))")
            .bind(owner.0.to_string())
            .bind(QUOTA_LOCK_SEED)
            .execute(&mut *tx)
            .await
            .map_err(internal)?;
        let row = sqlx::query(
            "SELECT COALESCE(SUM(size), 0)::BIGINT, COUNT(*) FILTER (WHERE NOT finished)
             FROM blobs WHERE owner = $1 AND expires_at > $2",
        )
        .bind(owner.0 as i64)
        .bind(now.0)
        .fetch_one(&mut *tx)
        .await
        .map_err(internal)?;
        let (used, open): (i64, i64) = (row.get(0), row.get(1));
        check_create(&self.limits, size, used as u64, open as usize)?;
        let mut id = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut id);
        let expires_at = now.saturating_add_secs(self.limits.ttl_secs);
        sqlx::query(
            "INSERT INTO blobs (id, owner, size, capability_hash, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.as_slice())
        .bind(owner.0 as i64)
        .bind(to_i64(size))
        .bind(capability_hash.as_slice())
        .bind(expires_at.0)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
        tx.commit().await.map_err(internal)?;
        Ok(BlobInfo {
            id: BlobId(id),
            owner,
            size,
            offset: 0,
            finished: false,
            expires_at,
        })
    }

    async fn status(
        &self,
        id: BlobId,
        owner: AccountId,
        now: Timestamp,
    ) -> Result<BlobInfo, BlobError> {
        Ok(self.owned(id, owner, now).await?.info(id))
    }

    async fn append(
        &self,
        id: BlobId,
        owner: AccountId,
        offset: u64,
        body: &mut (dyn AsyncRead + Send + Unpin),
        now: Timestamp,
    ) -> Result<u64, BlobError> {
        let row = self.owned(id, owner, now).await?;
        if row.finished {
            return Err(BlobError::Finished);
        }
        if !self
            .writing
            .lock()
            .map_err(|_| BlobError::Internal("lock poisoned".into()))?
            .insert(id)
        {
            return Err(BlobError::Busy);
        }
        let _writing = Writing(self, id);
        // Read again under the node's claim: an append that just ended may have moved it.
        let row = self.owned(id, owner, now).await?;
        let (size, mut at) = (row.size as u64, row.received as u64);
        if offset != at {
            return Err(BlobError::WrongOffset { at, asked: offset });
        }
        let mut buf = vec![0u8; self.chunk_bytes()];
        let mut running = self.hashes.resume(id, at);
        loop {
            let (n, failed) = fill(body, &mut buf).await;
            let room = usize::try_from(size - at).unwrap_or(usize::MAX);
            let keep = n.min(room);
            if keep > 0 {
                self.commit_chunk(id, at, &buf[..keep], now).await?;
                at += keep as u64;
                if let Some(r) = running.as_mut() {
                    r.update(&buf[..keep]);
                }
            }
            if n > room || failed.is_some() || n < buf.len() {
                self.hashes.keep(id, running.take(), at);
            }
            if n > room {
                return Err(BlobError::PastSize { size });
            }
            if let Some(e) = failed {
                return Err(BlobError::Cut(e.to_string()));
            }
            if n < buf.len() {
                // The body ended.
                return Ok(at);
            }
        }
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
        let row = self.owned(id, owner, now).await?;
        if row.finished {
            return Err(BlobError::Finished);
        }
        if row.received != row.size {
            return Err(BlobError::Incomplete {
                offset: row.received as u64,
                size: row.size as u64,
            });
        }
        let got = match self.hashes.take(id, row.size as u64) {
            Some(got) => got,
            None => {
                let mut hash = sha2::Sha256::new();
                for chunk in self.chunks(id).await? {
                    hash.update(read_chunk(&self.pool, self.objects.as_ref(), id, &chunk).await?);
                }
                hash.finalize().into()
            }
        };
        if got != sha256 {
            return Err(BlobError::HashMismatch);
        }
        let done = sqlx::query(
            "UPDATE blobs SET finished = true, recipients = $2
             WHERE id = $1 AND received = size AND NOT finished",
        )
        .bind(id.0.as_slice())
        .bind(recipients.map(|r| r as i32))
        .execute(&self.pool)
        .await
        .map_err(internal)?;
        if done.rows_affected() != 1 {
            return Err(BlobError::Finished);
        }
        let mut info = row.info(id);
        info.finished = true;
        Ok(info)
    }

    async fn open(
        &self,
        id: BlobId,
        capability: &[u8; 32],
        now: Timestamp,
    ) -> Result<(BlobInfo, BlobReader), BlobError> {
        let wanted = conclave_server_core::blob::capability_hash(capability);
        let row = match self.row(id).await? {
            Some(r)
                if r.finished
                    && r.expires_at > now.0
                    && r.capability_hash.as_slice() == wanted.as_slice() =>
            {
                r
            }
            _ => return Err(BlobError::NotFound),
        };
        let list = self.chunks(id).await?;
        let (pool, objects) = (self.pool.clone(), self.objects.clone());
        let chunks = futures_util::stream::iter(list)
            .then(move |chunk| {
                let (pool, objects) = (pool.clone(), objects.clone());
                async move {
                    read_chunk(&pool, objects.as_ref(), id, &chunk)
                        .await
                        .map_err(|e| std::io::Error::other(e.to_string()))
                }
            })
            .boxed();
        Ok((
            row.info(id),
            Box::pin(tokio_util::io::StreamReader::new(chunks)),
        ))
    }

    async fn fetched(
        &self,
        id: BlobId,
        capability: &[u8; 32],
        device: conclave_proto::DeviceId,
        now: Timestamp,
    ) -> Result<bool, BlobError> {
        let wanted = conclave_server_core::blob::capability_hash(capability);
        let mut tx = self.pool.begin().await.map_err(internal)?;
        // The blob's row, locked: the last two fetchers cannot both miss the count.
        let row: Option<(Option<i32>,)> = sqlx::query_as(
            "SELECT recipients FROM blobs
             WHERE id = $1 AND finished AND expires_at > $2 AND capability_hash = $3
             FOR UPDATE",
        )
        .bind(id.0.as_slice())
        .bind(now.0)
        .bind(wanted.as_slice())
        .fetch_optional(&mut *tx)
        .await
        .map_err(internal)?;
        let Some((recipients,)) = row else {
            return Err(BlobError::NotFound);
        };
        let Some(recipients) = recipients else {
            return Ok(false);
        };
        sqlx::query(
            "INSERT INTO blob_fetches (blob, device) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(id.0.as_slice())
        .bind(device.0 as i64)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM blob_fetches WHERE blob = $1")
            .bind(id.0.as_slice())
            .fetch_one(&mut *tx)
            .await
            .map_err(internal)?;
        let done = count >= i64::from(recipients);
        if done {
            // In a bucket the row goes last (see the module docs): made expired now.
            let sql = if self.objects.is_some() {
                "UPDATE blobs SET expires_at = 0 WHERE id = $1"
            } else {
                "DELETE FROM blobs WHERE id = $1"
            };
            sqlx::query(sql)
                .bind(id.0.as_slice())
                .execute(&mut *tx)
                .await
                .map_err(internal)?;
        }
        tx.commit().await.map_err(internal)?;
        if done
            && self.objects.is_some()
            && let Err(e) = self.remove(id).await
        {
            tracing::warn!("a fetched blob stays until the next sweep: {e}");
        }
        Ok(done)
    }

    async fn usage(&self, owner: AccountId, now: Timestamp) -> Result<u64, BlobError> {
        let used: i64 = sqlx::query_scalar(
            "SELECT COALESCE(SUM(size), 0)::BIGINT FROM blobs WHERE owner = $1 AND expires_at > $2",
        )
        .bind(owner.0 as i64)
        .bind(now.0)
        .fetch_one(&self.pool)
        .await
        .map_err(internal)?;
        Ok(used as u64)
    }

    async fn sweep(&self, now: Timestamp) -> Result<u64, BlobError> {
        if self.objects.is_none() {
            let gone = sqlx::query("DELETE FROM blobs WHERE expires_at <= $1")
                .bind(now.0)
                .execute(&self.pool)
                .await
                .map_err(internal)?;
            return Ok(gone.rows_affected());
        }
        // A bucket: a step of expired blobs at a time, objects before rows. A blob whose
        // objects could not all be deleted keeps its row for the next sweep; the others go on.
        let (mut gone, mut failed) = (0u64, HashSet::new());
        loop {
            let ids: Vec<Vec<u8>> = sqlx::query_scalar(
                "SELECT id FROM blobs WHERE expires_at <= $1 AND NOT (id = ANY($2))
                 ORDER BY expires_at LIMIT $3",
            )
            .bind(now.0)
            .bind(failed.iter().cloned().collect::<Vec<Vec<u8>>>())
            .bind(SWEEP_STEP)
            .fetch_all(&self.pool)
            .await
            .map_err(internal)?;
            if ids.is_empty() {
                break;
            }
            for raw in ids {
                let Ok(id) = <[u8; 16]>::try_from(raw.as_slice()) else {
                    failed.insert(raw);
                    continue;
                };
                match self.remove(BlobId(id)).await {
                    Ok(()) => gone += 1,
                    Err(e) => {
                        tracing::warn!("an expired blob stays until the next sweep: {e}");
                        failed.insert(raw);
                    }
                }
            }
        }
        Ok(gone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PgOptions, PgStore, test_db::TestDatabase};

    /// A store on a fresh, migrated schema (the guard drops the schema).
    async fn fresh() -> (TestDatabase, PgStore) {
        let db = TestDatabase::create().await.expect("test database");
        let store = PgStore::open(&db.url, PgOptions::default())
            .await
            .expect("open");
        (db, store)
    }

    #[tokio::test]
    async fn conformance() {
        let dbs = tokio::sync::Mutex::new(Vec::new());
        conclave_server_core::blob::conformance::run(async |limits| {
            let (db, store) = fresh().await;
            let blobs = store.blob_store(limits);
            dbs.lock().await.push((db, store));
            blobs
        })
        .await;
    }

    /// The same suite with the bytes in an S3-compatible bucket (moto's server).
    #[tokio::test]
    async fn conformance_in_a_bucket() {
        let dbs = tokio::sync::Mutex::new(Vec::new());
        let opts = crate::test_s3::bucket().await;
        let bucket = crate::objects::s3(&opts).expect("bucket");
        let n = std::sync::atomic::AtomicU32::new(0);
        conclave_server_core::blob::conformance::run(async |limits| {
            let (db, store) = fresh().await;
            let prefix = format!(
                "suite/{}",
                n.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            );
            let blobs = store.blob_store_in(limits, bucket.clone(), &prefix);
            dbs.lock().await.push((db, store));
            blobs
        })
        .await;
    }

    async fn names(bucket: &dyn ObjectStore, prefix: &str) -> Vec<String> {
        let prefix = ObjectPath::from(prefix);
        let mut list = bucket.list(Some(&prefix));
        let mut out = Vec::new();
        while let Some(meta) = list.next().await {
            out.push(meta.expect("list").location.to_string());
        }
        out.sort();
        out
    }

    async fn upload(
        s: &PgBlobStore,
        bytes: &[u8],
        recipients: Option<u32>,
        now: Timestamp,
    ) -> BlobId {
        let cap = [7u8; 32];
        let info = s
            .create(
                AccountId(1),
                bytes.len() as u64,
                conclave_server_core::blob::capability_hash(&cap),
                now,
            )
            .await
            .unwrap();
        let mut body = bytes;
        s.append(info.id, AccountId(1), 0, &mut body, now)
            .await
            .unwrap();
        let sha: [u8; 32] = sha2::Sha256::digest(bytes).into();
        s.finish(info.id, AccountId(1), sha, recipients, now)
            .await
            .unwrap();
        info.id
    }

    /// In a bucket the rows name objects and hold no bytes; a blob every recipient fetched,
    /// and an expired one, leave the bucket as well as the database.
    #[tokio::test]
    async fn a_bucket_holds_the_bytes_and_loses_them_with_the_blob() {
        let (_db, store) = fresh().await;
        let opts = crate::test_s3::bucket().await;
        let bucket = crate::objects::s3(&opts).expect("bucket");
        let s = store.blob_store_in(BlobLimits::default(), bucket.clone(), "/c1/blobs/");
        let now = Timestamp(1_000);
        // Three chunk objects: two whole ones and a tail.
        let bytes: Vec<u8> = (0..2 * OBJECT_CHUNK_BYTES + 4321)
            .map(|i| (i % 251) as u8)
            .collect();
        let fetched_once = upload(&s, &bytes, Some(1), now).await;
        let kept = upload(&s, b"kept until its TTL", None, now).await;
        let listed = names(bucket.as_ref(), "c1/blobs").await;
        assert_eq!(listed.len(), 4, "{listed:?}");
        assert!(
            listed.iter().all(|n| n.starts_with("c1/blobs/")),
            "{listed:?}"
        );
        let in_rows: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM blob_chunks WHERE data IS NOT NULL OR object IS NULL",
        )
        .fetch_one(&s.pool)
        .await
        .unwrap();
        assert_eq!(in_rows, 0, "no bytes in the database");
        // Read back whole, through the bucket.
        let (_, mut r) = s.open(fetched_once, &[7u8; 32], now).await.unwrap();
        let mut got = Vec::new();
        r.read_to_end(&mut got).await.unwrap();
        assert!(got == bytes);
        // The one recipient has it: gone from both.
        assert!(
            s.fetched(fetched_once, &[7u8; 32], conclave_proto::DeviceId(9), now)
                .await
                .unwrap()
        );
        assert_eq!(names(bucket.as_ref(), "c1/blobs").await.len(), 1);
        assert!(matches!(
            s.open(fetched_once, &[7u8; 32], now).await,
            Err(BlobError::NotFound)
        ));
        // The other expires: the sweep empties the bucket and the tables.
        let later = now.saturating_add_secs(BlobLimits::default().ttl_secs);
        assert_eq!(s.sweep(later).await.unwrap(), 1);
        assert!(names(bucket.as_ref(), "c1").await.is_empty());
        let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM blobs")
            .fetch_one(&s.pool)
            .await
            .unwrap();
        assert_eq!(rows, 0);
        let _ = kept;
    }

    /// An unreachable bucket fails the upload clearly and records nothing.
    #[tokio::test]
    async fn an_unreachable_bucket_is_a_clear_failure_and_records_nothing() {
        let (_db, store) = fresh().await;
        let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = dead.local_addr().unwrap().port();
        drop(dead);
        let opts = crate::objects::S3Options {
            bucket: "nowhere".into(),
            endpoint: Some(format!("http://127.0.0.1:{port}")),
            access_key_id: Some("k".into()),
            secret_access_key: Some("s".into()),
            allow_http: true,
            path_style: true,
            ..Default::default()
        };
        let bucket = crate::objects::s3(&opts).expect("client");
        let s = store.blob_store_in(BlobLimits::default(), bucket, "p");
        let now = Timestamp(1_000);
        let info = s.create(AccountId(1), 5, [0u8; 32], now).await.unwrap();
        let mut body: &[u8] = b"hello";
        let started = std::time::Instant::now();
        let err = s
            .append(info.id, AccountId(1), 0, &mut body, now)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, BlobError::Internal(m) if m.starts_with("object store")),
            "{err:?}"
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(60));
        assert_eq!(
            s.status(info.id, AccountId(1), now).await.unwrap().offset,
            0,
            "nothing recorded"
        );
    }
}
