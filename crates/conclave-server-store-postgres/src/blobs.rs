//! `PgBlobStore`: attachment ciphertext in PostgreSQL, so every node of a cluster serves every
//! blob (tables `blobs` and `blob_chunks`, migration 10).
//!
//! An upload's bytes go in as chunks of at most [`CHUNK_BYTES`], each in its own short
//! transaction that also advances `received` only if it still equals the chunk's offset: a
//! cut body keeps every chunk committed before the cut, and two writers racing on one blob
//! (two nodes) cannot interleave: the loser gets `WrongOffset`. Within a node a second append
//! to a blob being written is `Busy`. Quota and open-upload checks run under a per-account
//! advisory lock, so two nodes cannot both admit the upload that fills a quota. A download
//! reads one chunk at a time: memory is a chunk or two whatever the blob's size.

use std::{collections::HashSet, sync::Mutex};

use async_trait::async_trait;
use conclave_proto::{AccountId, Timestamp};
use conclave_server_core::blob::{
    BlobError, BlobId, BlobInfo, BlobLimits, BlobReader, BlobStore, check_create,
};
use futures_util::StreamExt as _;
use rand::RngCore as _;
use sha2::Digest as _;
use sqlx::{PgPool, Row as _};
use tokio::io::{AsyncRead, AsyncReadExt as _};

/// Largest chunk row: 1 MiB (one round trip and one short transaction per chunk).
pub const CHUNK_BYTES: usize = 1024 * 1024;

/// A seed for the per-account advisory lock that quota checks hold (ASCII "blobquot").
const QUOTA_LOCK_SEED: i64 = 0x626c_6f62_7175_6f74;

pub struct PgBlobStore {
    pool: PgPool,
    limits: BlobLimits,
    /// Blobs an append of this node is writing.
    writing: Mutex<HashSet<BlobId>>,
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
    pub(crate) fn new(pool: PgPool, limits: BlobLimits) -> Self {
        PgBlobStore {
            pool,
            limits,
            writing: Mutex::new(HashSet::new()),
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

    /// Commits `data` at `at`; `WrongOffset` when another writer moved the blob on.
    async fn commit_chunk(&self, id: BlobId, at: u64, data: &[u8]) -> Result<(), BlobError> {
        let mut tx = self.pool.begin().await.map_err(internal)?;
        let moved = sqlx::query(
            "UPDATE blobs SET received = received + $3
             WHERE id = $1 AND received = $2 AND NOT finished",
        )
        .bind(id.0.as_slice())
        .bind(to_i64(at))
        .bind(data.len() as i64)
        .execute(&mut *tx)
        .await
        .map_err(internal)?;
        if moved.rows_affected() != 1 {
            drop(tx);
            let now_at = self.row(id).await?.map_or(0, |r| r.received as u64);
            return Err(BlobError::WrongOffset {
                at: now_at,
                asked: at,
            });
        }
        sqlx::query("INSERT INTO blob_chunks (blob, offset_at, data) VALUES ($1, $2, $3)")
            .bind(id.0.as_slice())
            .bind(to_i64(at))
            .bind(data)
            .execute(&mut *tx)
            .await
            .map_err(internal)?;
        tx.commit().await.map_err(internal)
    }

    /// The offsets of the blob's chunks, in order.
    async fn chunk_offsets(&self, id: BlobId) -> Result<Vec<i64>, BlobError> {
        sqlx::query_scalar("SELECT offset_at FROM blob_chunks WHERE blob = $1 ORDER BY offset_at")
            .bind(id.0.as_slice())
            .fetch_all(&self.pool)
            .await
            .map_err(internal)
    }
}

async fn chunk(pool: &PgPool, id: BlobId, offset: i64) -> Result<Vec<u8>, BlobError> {
    sqlx::query_scalar("SELECT data FROM blob_chunks WHERE blob = $1 AND offset_at = $2")
        .bind(id.0.as_slice())
        .bind(offset)
        .fetch_optional(pool)
        .await
        .map_err(internal)?
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
        let mut buf = vec![0u8; CHUNK_BYTES];
        loop {
            let (n, failed) = fill(body, &mut buf).await;
            let room = usize::try_from(size - at).unwrap_or(usize::MAX);
            let keep = n.min(room);
            if keep > 0 {
                self.commit_chunk(id, at, &buf[..keep]).await?;
                at += keep as u64;
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
        let mut hash = sha2::Sha256::new();
        for offset in self.chunk_offsets(id).await? {
            hash.update(chunk(&self.pool, id, offset).await?);
        }
        if <[u8; 32]>::from(hash.finalize()) != sha256 {
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
        let offsets = self.chunk_offsets(id).await?;
        let pool = self.pool.clone();
        let chunks = futures_util::stream::iter(offsets)
            .then(move |offset| {
                let pool = pool.clone();
                async move {
                    chunk(&pool, id, offset)
                        .await
                        .map(bytes_of)
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
            sqlx::query("DELETE FROM blobs WHERE id = $1")
                .bind(id.0.as_slice())
                .execute(&mut *tx)
                .await
                .map_err(internal)?;
        }
        tx.commit().await.map_err(internal)?;
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
        let gone = sqlx::query("DELETE FROM blobs WHERE expires_at <= $1")
            .bind(now.0)
            .execute(&self.pool)
            .await
            .map_err(internal)?;
        Ok(gone.rows_affected())
    }
}

fn bytes_of(v: Vec<u8>) -> std::io::Cursor<Vec<u8>> {
    std::io::Cursor::new(v)
}

#[cfg(test)]
mod tests {
    use crate::{PgOptions, PgStore, test_db::TestDatabase};

    #[tokio::test]
    async fn conformance() {
        let dbs = tokio::sync::Mutex::new(Vec::new());
        conclave_server_core::blob::conformance::run(async |limits| {
            let db = TestDatabase::create().await.expect("test database");
            let store = PgStore::open(&db.url, PgOptions::default())
                .await
                .expect("open");
            let blobs = store.blob_store(limits);
            dbs.lock().await.push((db, store));
            blobs
        })
        .await;
    }
}
