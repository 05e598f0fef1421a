//! The PostgreSQL store: the durable truth of a Conclave cluster.
//!
//! Every node of a cluster opens one [`PgStore`] on the same database. The hot writes (queueing
//! a payload, posting to a group, committing, acknowledging) go through the node's **writer**,
//! which does group commit like the SQLite store: it takes every write waiting (up to
//! `write_batch_max`), runs them in one transaction and answers the callers only after COMMIT
//! returned. The other writes (invitations, device links, key packages, …) are transactions of
//! their own on the connection pool; reads use the pool.
//!
//! Across nodes, correctness comes from row locks, not from the nodes talking to each other:
//!
//! - **one commit per epoch**: a commit locks its group's row (`SELECT … FOR UPDATE`) and
//!   checks the epoch under the lock, so of two nodes committing at the same epoch the second
//!   waits, then sees the new epoch and is refused with `StaleEpoch`;
//! - **gapless per-device queues**: a device's `next_seq` is read and advanced under its row
//!   lock, so its entries commit in seq order and a reader that saw seq n has seen every entry
//!   before it;
//! - **no deadlocks between batches**: a batch locks every row it will write in one global
//!   order (queue counters, groups, devices; each by ascending id). Should a
//!   deadlock or serialization failure happen anyway (a commit adding a device that another
//!   batch also locks), the batch is rolled back and run again.
//!
//! Outages: a batch that fails because the database is unreachable is retried with back-off
//! for up to `outage_max` (callers wait; the writer's bounded queue back-pressures new writes).
//! When the connection breaks during COMMIT, the outcome is unknown; each batch writes a
//! marker row, so after reconnecting the writer knows whether it committed and answers its
//! callers accordingly. Nothing is acknowledged that was not committed.
#![forbid(unsafe_code)]

mod batch;
pub mod blobs;
mod migrations;
pub mod objects;
mod ops;
pub mod test_db;
pub mod test_s3;

use std::{
    str::FromStr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use async_trait::async_trait;
use conclave_proto::{AccountId, DeviceId, GroupId, QueueSeq, Timestamp, Username};
use conclave_server_core::*;
use sqlx::{
    ConnectOptions, Connection, PgConnection, Postgres, Transaction,
    pool::PoolConnection,
    postgres::{PgConnectOptions, PgPool, PgPoolOptions},
};
use tokio::sync::{RwLock, mpsc, oneshot};

use crate::ops::OpError;

pub use migrations::latest as schema_version;

/// Writes waiting for the writer at most; further writers wait (back-pressure).
const WRITE_QUEUE_DEPTH: usize = 16_384;
/// Connections in each node's pool (reads and the non-batched writes).
pub const POOL_CONNECTIONS_MAX: u32 = 16;

#[derive(Debug, Clone)]
pub struct PgOptions {
    /// Operations per write batch at most.
    pub write_batch_max: usize,
    /// How long an operation waits for an unreachable database before it fails.
    pub outage_max: Duration,
    pub pool_connections_max: u32,
}

impl Default for PgOptions {
    fn default() -> Self {
        PgOptions {
            write_batch_max: 1024,
            outage_max: Duration::from_secs(30),
            pool_connections_max: POOL_CONNECTIONS_MAX,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    #[error("invalid PostgreSQL URL: {0}")]
    Url(String),
    #[error("cannot connect to PostgreSQL at {target}: {reason}")]
    Connect { target: String, reason: String },
    #[error(
        "the database at {target} has no Conclave schema yet; run `conclave-server migrate --store …` first"
    )]
    SchemaMissing { target: String },
    #[error(
        "the database at {target} has schema version {found}, older than this conclave-server needs ({known}); \
         run `conclave-server migrate --store …` (after upgrading every node's binary)"
    )]
    SchemaTooOld {
        target: String,
        found: u32,
        known: u32,
    },
    #[error(
        "the database at {target} has schema version {found}, newer than this conclave-server understands ({known}); \
         run a newer conclave-server"
    )]
    SchemaTooNew {
        target: String,
        found: u32,
        known: u32,
    },
    #[error("migrating {target} failed: {reason}")]
    Migrate { target: String, reason: String },
}

/// The URL without its password, for messages and logs.
pub fn redacted(url: &str) -> String {
    match PgConnectOptions::from_str(url) {
        Ok(o) => format!(
            "postgres://{}@{}:{}/{}",
            o.get_username(),
            o.get_host(),
            o.get_port(),
            o.get_database().unwrap_or("")
        ),
        Err(_) => "(unparsable URL)".into(),
    }
}

fn connect_options(url: &str) -> Result<PgConnectOptions, OpenError> {
    let options = PgConnectOptions::from_str(url).map_err(|e| OpenError::Url(e.to_string()))?;
    // Statement logging at info would put every query in the logs: keep it for debugging.
    Ok(options.log_statements(tracing::log::LevelFilter::Trace))
}

/// The schema version of the database (`0`: none yet).
async fn schema_version_of(c: &mut PgConnection) -> Result<u32, sqlx::Error> {
    let exists: bool = sqlx::query_scalar("SELECT to_regclass('conclave_schema') IS NOT NULL")
        .fetch_one(&mut *c)
        .await?;
    if !exists {
        return Ok(0);
    }
    let v: Option<i32> = sqlx::query_scalar("SELECT version FROM conclave_schema")
        .fetch_optional(&mut *c)
        .await?;
    Ok(v.unwrap_or(0).max(0) as u32)
}

/// Applies pending migrations; returns (version before, version after). Safe to run from
/// several places at once (an advisory lock serializes them).
pub async fn migrate(url: &str) -> Result<(u32, u32), OpenError> {
    let target = redacted(url);
    let fail = |e: sqlx::Error| OpenError::Migrate {
        target: target.clone(),
        reason: e.to_string(),
    };
    let mut c = connect_options(url)?
        .connect()
        .await
        .map_err(|e| OpenError::Connect {
            target: target.clone(),
            reason: e.to_string(),
        })?;
    let mut tx = c.begin().await.map_err(fail)?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(migrations::MIGRATION_LOCK)
        .execute(&mut *tx)
        .await
        .map_err(fail)?;
    let before = schema_version_of(&mut tx).await.map_err(fail)?;
    let known = migrations::latest();
    if before > known {
        return Err(OpenError::SchemaTooNew {
            target,
            found: before,
            known,
        });
    }
    if before == 0 {
        sqlx::raw_sql("CREATE TABLE IF NOT EXISTS conclave_schema (version INTEGER NOT NULL)")
            .execute(&mut *tx)
            .await
            .map_err(fail)?;
    }
    for (number, sql) in migrations::MIGRATIONS.iter().filter(|(n, _)| *n > before) {
        sqlx::raw_sql(sqlx::AssertSqlSafe(*sql))
            .execute(&mut *tx)
            .await
            .map_err(fail)?;
        sqlx::query("DELETE FROM conclave_schema")
            .execute(&mut *tx)
            .await
            .map_err(fail)?;
        sqlx::query("INSERT INTO conclave_schema (version) VALUES ($1)")
            .bind(*number as i32)
            .execute(&mut *tx)
            .await
            .map_err(fail)?;
        tracing::info!(migration = number, "applied schema migration");
    }
    tx.commit().await.map_err(fail)?;
    Ok((before, known))
}

/// One write for the writer, with where to send its outcome.
struct Job {
    op: WriteOp,
    done: oneshot::Sender<Result<Outcome, StoreError>>,
}

enum WriteOp {
    Enqueue(NewPayload),
    Post(GroupPost),
    Commit(GroupCommit),
    Ack(DeviceId, Vec<QueueSeq>),
}

enum Outcome {
    Enqueued(Enqueued),
    Posted(PostAccepted),
    Committed(CommitAccepted),
    Acked(u32),
}

#[derive(Debug, Default)]
pub struct StoreStats {
    pub commits: AtomicU64,
    pub write_ops: AtomicU64,
    /// Batches run again after a deadlock, a serialization failure or an outage.
    pub batch_retries: AtomicU64,
}

pub struct PgStore {
    pool: PgPool,
    target: String,
    writer: Mutex<Option<mpsc::Sender<Job>>>,
    writer_task: Mutex<Option<tokio::task::JoinHandle<()>>>,
    /// Writes outside the writer hold a read guard; `close` takes the write guard.
    standalone: RwLock<()>,
    closed: AtomicBool,
    stats: Arc<StoreStats>,
    outage_max: Duration,
}

impl PgStore {
    /// Connects to the database at `url`, which must be at exactly this binary's schema version.
    pub async fn open(url: &str, options: PgOptions) -> Result<Self, OpenError> {
        let target = redacted(url);
        let connect = connect_options(url)?;
        let refused = |e: sqlx::Error| OpenError::Connect {
            target: target.clone(),
            reason: e.to_string(),
        };
        let mut writer_conn = connect.connect().await.map_err(refused)?;
        let found = schema_version_of(&mut writer_conn).await.map_err(refused)?;
        let known = migrations::latest();
        match found {
            0 => return Err(OpenError::SchemaMissing { target }),
            v if v < known => {
                return Err(OpenError::SchemaTooOld {
                    target,
                    found: v,
                    known,
                });
            }
            v if v > known => {
                return Err(OpenError::SchemaTooNew {
                    target,
                    found: v,
                    known,
                });
            }
            _ => {}
        }
        let pool = PgPoolOptions::new()
            .max_connections(options.pool_connections_max.max(1))
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(connect.clone())
            .await
            .map_err(refused)?;
        let stats = Arc::new(StoreStats::default());
        let (tx, rx) = mpsc::channel(WRITE_QUEUE_DEPTH);
        let writer = Writer {
            connect,
            conn: Some(writer_conn),
            batch_max: options.write_batch_max.max(1),
            outage_max: options.outage_max,
            stats: stats.clone(),
        };
        let task = tokio::spawn(writer.run(rx));
        Ok(PgStore {
            pool,
            target,
            writer: Mutex::new(Some(tx)),
            writer_task: Mutex::new(Some(task)),
            standalone: RwLock::new(()),
            closed: AtomicBool::new(false),
            stats,
            outage_max: options.outage_max,
        })
    }

    pub fn target(&self) -> &str {
        &self.target
    }

    /// The cluster's blob store on this database (its own pool connections are shared with
    /// the store's reads).
    pub fn blob_store(&self, limits: conclave_server_core::blob::BlobLimits) -> blobs::PgBlobStore {
        blobs::PgBlobStore::new(self.pool.clone(), limits, None)
    }

    /// The cluster's blob store with the bytes in a bucket (`objects::s3`) under `prefix`;
    /// the rows stay in this database.
    pub fn blob_store_in(
        &self,
        limits: conclave_server_core::blob::BlobLimits,
        objects: std::sync::Arc<dyn object_store::ObjectStore>,
        prefix: &str,
    ) -> blobs::PgBlobStore {
        blobs::PgBlobStore::new(
            self.pool.clone(),
            limits,
            Some((objects, prefix.to_owned())),
        )
    }

    pub fn stats(&self) -> &StoreStats {
        &self.stats
    }

    /// Records that a node serves clients at `endpoint` (`host:port`) with certificate
    /// `fingerprint`, and runs an SFU whose call tokens `call_key` (hex) verifies; links made
    /// anywhere in the cluster list the nodes seen recently, and calls are placed among them.
    pub async fn announce_node(
        &self,
        endpoint: &str,
        fingerprint: Option<&str>,
        call_key: Option<&str>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO cluster_nodes (endpoint, fingerprint, seen_at, call_key) VALUES ($1, $2, $3, $4)
             ON CONFLICT (endpoint) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, seen_at = EXCLUDED.seen_at,
             call_key = EXCLUDED.call_key",
        )
        .bind(endpoint)
        .bind(fingerprint)
        .bind(now.0)
        .bind(call_key)
        .execute(&self.pool)
        .await
        .map(drop)
        .map_err(backend)
    }

    /// Nodes seen at or after `since`, most recently seen first: (endpoint, fingerprint).
    pub async fn nodes(
        &self,
        since: Timestamp,
    ) -> Result<Vec<(String, Option<String>)>, StoreError> {
        let rows: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT endpoint, fingerprint FROM cluster_nodes WHERE seen_at >= $1 ORDER BY seen_at DESC, endpoint",
        )
        .bind(since.0)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)?;
        Ok(rows)
    }

    /// Nodes seen at or after `since` that run an SFU: (endpoint, call key in hex), by
    /// endpoint.
    pub async fn call_nodes(&self, since: Timestamp) -> Result<Vec<(String, String)>, StoreError> {
        sqlx::query_as(
            "SELECT endpoint, call_key FROM cluster_nodes WHERE seen_at >= $1 AND call_key IS NOT NULL
             ORDER BY endpoint",
        )
        .bind(since.0)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)
    }

    /// A value the cluster's nodes share for automatic HTTPS (`cert-…`: the current chain and
    /// key for a set of names), with when it was written.
    pub async fn acme_shared(&self, name: &str) -> Result<Option<(Vec<u8>, i64)>, StoreError> {
        sqlx::query_as("SELECT value, updated_at FROM acme_shared WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)
    }

    pub async fn set_acme_shared(
        &self,
        name: &str,
        value: &[u8],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO acme_shared (name, value, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at",
        )
        .bind(name)
        .bind(value)
        .bind(now.0)
        .execute(&self.pool)
        .await
        .map(drop)
        .map_err(backend)
    }

    /// Takes (or extends) the ACME ordering lease `name` for `holder` until `until`; false
    /// while another holder's lease runs.
    pub async fn take_acme_lease(
        &self,
        name: &str,
        holder: &str,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<bool, StoreError> {
        sqlx::query(
            "INSERT INTO acme_lease (name, holder, until) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until = EXCLUDED.until
             WHERE acme_lease.until < $4 OR acme_lease.holder = EXCLUDED.holder",
        )
        .bind(name)
        .bind(holder)
        .bind(until.0)
        .bind(now.0)
        .execute(&self.pool)
        .await
        .map(|r| r.rows_affected() == 1)
        .map_err(backend)
    }

    pub async fn release_acme_lease(&self, name: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE acme_lease SET until = 0 WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(&self.pool)
            .await
            .map(drop)
            .map_err(backend)
    }

    /// Publishes (`Some`) or withdraws (`None`) a challenge answer: `kind` `tls-alpn-01` (name:
    /// the domain; answer: the key authorization's SHA-256, hex) or `http-01` (name: the
    /// token; answer: the key authorization).
    pub async fn set_acme_challenge(
        &self,
        kind: &str,
        name: &str,
        answer: Option<(&str, Timestamp)>,
    ) -> Result<(), StoreError> {
        let query = match answer {
            Some((answer, expires)) => sqlx::query(
                "INSERT INTO acme_challenges (kind, name, answer, expires_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (kind, name) DO UPDATE SET answer = EXCLUDED.answer, expires_at = EXCLUDED.expires_at",
            )
            .bind(kind)
            .bind(name)
            .bind(answer)
            .bind(expires.0),
            None => sqlx::query("DELETE FROM acme_challenges WHERE kind = $1 AND name = $2")
                .bind(kind)
                .bind(name),
        };
        query.execute(&self.pool).await.map(drop).map_err(backend)
    }

    /// The challenge answers not yet expired: (kind, name, answer), at most `max`.
    pub async fn acme_challenges(
        &self,
        now: Timestamp,
        max: i64,
    ) -> Result<Vec<(String, String, String)>, StoreError> {
        sqlx::query_as(
            "SELECT kind, name, answer FROM acme_challenges WHERE expires_at > $1 ORDER BY kind, name LIMIT $2",
        )
        .bind(now.0)
        .bind(max)
        .fetch_all(&self.pool)
        .await
        .map_err(backend)
    }

    async fn write(&self, op: WriteOp) -> Result<Outcome, StoreError> {
        let sender = self
            .writer
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or(StoreError::Closed)?;
        let (done, rx) = oneshot::channel();
        sender
            .send(Job { op, done })
            .await
            .map_err(|_| StoreError::Closed)?;
        rx.await
            .map_err(|_| StoreError::Backend("the writer stopped".into()))?
    }

    /// Runs a read on a pooled connection, riding through an outage of up to `outage_max`.
    async fn read<'a, T, F>(&self, f: F) -> Result<T, StoreError>
    where
        F: Fn(PoolConnection<Postgres>) -> OpFuture<'a, PoolConnection<Postgres>, T> + Send + Sync,
        T: Send,
    {
        let deadline = Instant::now() + self.outage_max;
        let mut wait = Duration::from_millis(50);
        loop {
            let attempt = match self.pool.acquire().await {
                Ok(c) => f(c).await.1,
                Err(e) => Err(OpError::Sql(e)),
            };
            match attempt {
                Ok(v) => return Ok(v),
                Err(OpError::Refused(e)) => return Err(e),
                Err(OpError::Sql(e)) if is_transient(&e) && Instant::now() < deadline => {
                    tracing::warn!(error = %e, "database read failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(1));
                }
                Err(OpError::Sql(e)) => return Err(backend(e)),
            }
        }
    }

    /// Runs a write in a transaction of its own (outside the writer), retrying deadlocks,
    /// serialization failures and outages. A refusal rolls back.
    async fn transact<'a, T, F>(&self, f: F) -> Result<T, StoreError>
    where
        F: Fn(Transaction<'static, Postgres>) -> OpFuture<'a, Transaction<'static, Postgres>, T>
            + Send
            + Sync,
        T: Send,
    {
        if self.closed.load(Ordering::Acquire) {
            return Err(StoreError::Closed);
        }
        let _guard = self.standalone.read().await;
        if self.closed.load(Ordering::Acquire) {
            return Err(StoreError::Closed);
        }
        let deadline = Instant::now() + self.outage_max;
        let mut wait = Duration::from_millis(50);
        loop {
            let mut committing = false;
            let attempt = async {
                let tx = self.pool.begin().await.map_err(OpError::Sql)?;
                let (tx, value) = f(tx).await;
                let value = value?;
                committing = true;
                tx.commit().await.map_err(OpError::Sql)?;
                Ok(value)
            }
            .await;
            match attempt {
                Ok(v) => {
                    self.stats.commits.fetch_add(1, Ordering::Relaxed);
                    self.stats.write_ops.fetch_add(1, Ordering::Relaxed);
                    return Ok(v);
                }
                Err(OpError::Refused(e)) => return Err(e),
                // A broken connection during COMMIT leaves the outcome unknown: say so
                // rather than risk doing the write twice.
                Err(OpError::Sql(e)) if committing && !is_conflict(&e) => {
                    return Err(backend(e));
                }
                Err(OpError::Sql(e)) if is_transient(&e) && Instant::now() < deadline => {
                    self.stats.batch_retries.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(error = %e, "transaction failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(1));
                }
                Err(OpError::Sql(e)) => return Err(backend(e)),
            }
        }
    }
}

fn backend(e: sqlx::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// A deadlock or a serialization failure: the transaction was rolled back and may run again.
fn is_conflict(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db)
        if matches!(db.code().as_deref(), Some("40P01" | "40001")))
}

/// Worth retrying: a conflict, or the database (or the way to it) being down.
fn is_transient(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => matches!(
            db.code().as_deref(),
            // deadlock, serialization, admin shutdown, crash shutdown, cannot connect now,
            // too many connections, read-only transaction (a failover in progress)
            Some("40P01" | "40001" | "57P01" | "57P02" | "57P03" | "53300" | "25006")
        ),
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Protocol(_) => true,
        _ => false,
    }
}

/// What [`PgStore::read`] and [`PgStore::transact`] run: a future that owns the connection
/// (handing it back) and borrows the operation's input.
type OpFuture<'a, C, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = (C, ops::Result<T>)> + Send + 'a>>;

/// Makes an [`OpFuture`] closure from a body using the connection as `&mut PgConnection`.
macro_rules! op {
    (|$c:ident| $body:expr) => {
        move |mut conn| {
            Box::pin(async move {
                let result = {
                    let $c: &mut PgConnection = &mut conn;
                    $body
                };
                (conn, result)
            })
        }
    };
}

// ------------------------------------------------------------------------------------------------
// The writer

struct Writer {
    connect: PgConnectOptions,
    conn: Option<PgConnection>,
    batch_max: usize,
    outage_max: Duration,
    stats: Arc<StoreStats>,
}

/// Why a batch attempt failed.
enum BatchFailure {
    /// The database failed before COMMIT was sent: nothing happened.
    Before(sqlx::Error),
    /// The connection broke during COMMIT: the batch may or may not have committed. Holds
    /// what the operations returned inside the transaction.
    DuringCommit(sqlx::Error, Vec<Result<Outcome, StoreError>>),
}

impl Writer {
    async fn run(mut self, mut rx: mpsc::Receiver<Job>) {
        let mut batch: Vec<Job> = Vec::with_capacity(self.batch_max);
        // Ends when every sender is gone (the store closed) and the queue is drained.
        while let Some(first) = rx.recv().await {
            batch.push(first);
            while batch.len() < self.batch_max {
                match rx.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            let ops: Vec<&WriteOp> = batch.iter().map(|j| &j.op).collect();
            let outcomes = self.run_batch(&ops).await;
            self.stats
                .write_ops
                .fetch_add(batch.len() as u64, Ordering::Relaxed);
            for (job, outcome) in batch.drain(..).zip(outcomes) {
                let _ = job.done.send(outcome);
            }
        }
        if let Some(conn) = self.conn.take() {
            let _ = conn.close().await;
        }
    }

    async fn connection(&mut self) -> Result<&mut PgConnection, sqlx::Error> {
        if self.conn.is_none() {
            self.conn = Some(self.connect.connect().await?);
        }
        // Just set when it was missing.
        self.conn
            .as_mut()
            .ok_or_else(|| sqlx::Error::Protocol("no connection".into()))
    }

    /// Runs the batch to an outcome per operation: committed together, or (when one operation
    /// hits an unexpected database error) each on its own so that only that one fails.
    async fn run_batch(&mut self, ops: &[&WriteOp]) -> Vec<Result<Outcome, StoreError>> {
        let deadline = Instant::now() + self.outage_max;
        let mut wait = Duration::from_millis(50);
        loop {
            let marker = rand::random::<i64>();
            match self.attempt(ops, marker).await {
                Ok(outcomes) => {
                    self.stats.commits.fetch_add(1, Ordering::Relaxed);
                    return outcomes;
                }
                Err(BatchFailure::DuringCommit(e, outcomes)) => {
                    tracing::warn!(error = %e, "connection lost during COMMIT; asking the database whether the batch committed");
                    self.conn = None;
                    match self.committed(marker, deadline).await {
                        Some(true) => {
                            // Committed: what the operations returned inside it stands.
                            self.stats.commits.fetch_add(1, Ordering::Relaxed);
                            return outcomes;
                        }
                        Some(false) => {}
                        // Unknown: the callers are told it failed; clients retry, and a
                        // duplicate is dropped by their dedupe (message ids, queue seqs).
                        None => {
                            return fail_all(
                                ops,
                                "the database connection broke while committing; the write may have happened",
                            );
                        }
                    }
                }
                Err(BatchFailure::Before(e)) if is_conflict(&e) => {
                    self.stats.batch_retries.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(error = %e, "write batch conflicted; running it again");
                    continue;
                }
                Err(BatchFailure::Before(e)) if is_transient(&e) => {
                    self.conn = None;
                    if Instant::now() >= deadline {
                        tracing::error!(error = %e, "database unreachable; failing the batch");
                        return fail_all(ops, "the database is unreachable");
                    }
                    self.stats.batch_retries.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(error = %e, "write batch failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(1));
                }
                Err(BatchFailure::Before(e)) => {
                    if ops.len() == 1 {
                        tracing::error!(error = %e, "write failed");
                        return vec![Err(backend(e))];
                    }
                    tracing::warn!(error = %e, "write batch failed; running its operations one by one");
                    let mut outcomes = Vec::with_capacity(ops.len());
                    for op in ops {
                        let mut one = Box::pin(self.run_batch(std::slice::from_ref(op))).await;
                        outcomes.push(
                            one.pop()
                                .unwrap_or_else(|| Err(StoreError::Backend("no outcome".into()))),
                        );
                    }
                    return outcomes;
                }
            }
        }
    }

    /// Whether the batch with `marker` committed, asking until `deadline` (`None`: unknown).
    async fn committed(&mut self, marker: i64, deadline: Instant) -> Option<bool> {
        let mut wait = Duration::from_millis(50);
        loop {
            let answer = match self.connection().await {
                Ok(c) => ops::batch_committed(c, marker).await,
                Err(e) => Err(OpError::Sql(e)),
            };
            match answer {
                Ok(known) => return Some(known),
                Err(_) if Instant::now() < deadline => {
                    self.conn = None;
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(1));
                }
                Err(_) => return None,
            }
        }
    }

    async fn attempt(
        &mut self,
        ops: &[&WriteOp],
        marker: i64,
    ) -> Result<Vec<Result<Outcome, StoreError>>, BatchFailure> {
        let c = self.connection().await.map_err(BatchFailure::Before)?;
        let outcomes = match run_in_transaction(c, ops, marker).await {
            Ok(outcomes) => outcomes,
            Err(e) => {
                // Roll back if the connection still works; a dead one is replaced.
                if sqlx::raw_sql("ROLLBACK").execute(&mut *c).await.is_err() {
                    self.conn = None;
                }
                return Err(BatchFailure::Before(e));
            }
        };
        let committing = Instant::now();
        match sqlx::raw_sql("COMMIT").execute(&mut *c).await {
            Ok(_) => {
                tracing::trace!(
                    commit_us = committing.elapsed().as_micros() as u64,
                    "committed"
                );
                Ok(outcomes)
            }
            Err(e) if is_conflict(&e) => Err(BatchFailure::Before(e)),
            Err(e @ sqlx::Error::Database(_)) => {
                let _ = sqlx::raw_sql("ROLLBACK").execute(&mut *c).await;
                Err(BatchFailure::Before(e))
            }
            Err(e) => Err(BatchFailure::DuringCommit(e, outcomes)),
        }
    }
}

fn fail_all(ops: &[&WriteOp], why: &str) -> Vec<Result<Outcome, StoreError>> {
    ops.iter()
        .map(|_| Err(StoreError::Backend(why.into())))
        .collect()
}

/// BEGIN with the batch's marker row (one round trip), then the batch (see `batch.rs`). The
/// caller commits. An `Err` means the transaction is unusable (a database error).
async fn run_in_transaction(
    c: &mut PgConnection,
    ops: &[&WriteOp],
    marker: i64,
) -> Result<Vec<Result<Outcome, StoreError>>, sqlx::Error> {
    // Both values are integers formatted here, not input: nothing to inject.
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "BEGIN; INSERT INTO write_batches (id, committed_at) VALUES ({marker}, {})",
        wall_clock().0
    )))
    .execute(&mut *c)
    .await?;
    let batch: Vec<batch::BatchOp<'_>> = ops
        .iter()
        .map(|op| match op {
            WriteOp::Enqueue(p) => batch::BatchOp::Enqueue(p),
            WriteOp::Post(p) => batch::BatchOp::Post(p),
            WriteOp::Commit(m) => batch::BatchOp::Commit(m),
            WriteOp::Ack(d, seqs) => batch::BatchOp::Ack(*d, seqs),
        })
        .collect();
    let outcomes = batch::run(c, &batch).await?;
    Ok(outcomes
        .into_iter()
        .map(|r| {
            r.map(|o| match o {
                batch::BatchOutcome::Enqueued(e) => Outcome::Enqueued(e),
                batch::BatchOutcome::Posted(p) => Outcome::Posted(p),
                batch::BatchOutcome::Committed(c) => Outcome::Committed(c),
                batch::BatchOutcome::Acked(n) => Outcome::Acked(n),
            })
        })
        .collect())
}

fn wall_clock() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    Timestamp(i64::try_from(ms).unwrap_or(i64::MAX))
}

fn unexpected() -> StoreError {
    StoreError::Backend("the writer answered with another operation's outcome".into())
}

#[async_trait]
impl Store for PgStore {
    async fn account(&self, id: AccountId) -> Result<Option<AccountRecord>, StoreError> {
        self.read(op!(|c| ops::account(c, id).await)).await
    }
    async fn account_by_name(&self, name: &Username) -> Result<Option<AccountRecord>, StoreError> {
        let name = name.as_str();
        self.read(op!(|c| ops::account_by_name(c, name).await))
            .await
    }
    async fn accounts(&self) -> Result<Vec<AccountRecord>, StoreError> {
        self.read(op!(|c| ops::accounts(c).await)).await
    }
    async fn set_account_disabled(
        &self,
        name: &Username,
        disabled: bool,
    ) -> Result<(), StoreError> {
        let name = name.as_str();
        self.transact(op!(|c| ops::set_disabled(c, name, disabled).await))
            .await
    }
    async fn device(&self, id: DeviceId) -> Result<Option<DeviceRecord>, StoreError> {
        self.read(op!(|c| ops::device(c, id).await)).await
    }
    async fn devices_of(&self, account: AccountId) -> Result<Vec<DeviceRecord>, StoreError> {
        self.read(op!(|c| ops::devices_of(c, account).await)).await
    }
    async fn shares_group(&self, a: AccountId, b: AccountId) -> Result<bool, StoreError> {
        self.read(op!(|c| ops::shares_group(c, a, b).await)).await
    }
    async fn create_invite(&self, invite: NewInvite) -> Result<InviteRecord, StoreError> {
        let invite = &invite;
        self.transact(op!(|c| ops::create_invite(c, invite).await))
            .await
    }
    async fn invites_by(
        &self,
        creator: Option<AccountId>,
    ) -> Result<Vec<InviteRecord>, StoreError> {
        self.read(op!(|c| ops::invites_by(c, creator).await)).await
    }
    async fn invite_uses_granted(
        &self,
        account: AccountId,
        now: Timestamp,
    ) -> Result<u32, StoreError> {
        self.read(op!(|c| ops::invite_uses_granted(c, account, now).await))
            .await
    }
    async fn revoke_invite(
        &self,
        by: Option<AccountId>,
        which: InviteSelector,
    ) -> Result<(), StoreError> {
        let which = &which;
        self.transact(op!(|c| ops::revoke_invite(c, by, which).await))
            .await
    }
    async fn redeem_invite(
        &self,
        r: Redemption,
    ) -> Result<(AccountRecord, DeviceRecord), StoreError> {
        let r = &r;
        self.transact(op!(|c| ops::redeem_invite(c, r).await)).await
    }
    async fn create_renewal(&self, renewal: NewRenewal) -> Result<(), StoreError> {
        let renewal = &renewal;
        self.transact(op!(|c| ops::create_renewal(c, renewal).await))
            .await
    }
    async fn redeem_renewal(
        &self,
        account: AccountId,
        code: CodeHash,
        now: Timestamp,
    ) -> Result<Timestamp, StoreError> {
        let code = &code;
        self.transact(op!(|c| ops::redeem_renewal(c, account, code, now).await))
            .await
    }
    async fn create_device_link(&self, link: NewDeviceLink) -> Result<(), StoreError> {
        let link = &link;
        self.transact(op!(|c| ops::create_device_link(c, link).await))
            .await
    }
    async fn redeem_device_link(
        &self,
        r: DeviceLinkRedemption,
    ) -> Result<(AccountRecord, DeviceRecord), StoreError> {
        let r = &r;
        self.transact(op!(|c| ops::redeem_device_link(c, r).await))
            .await
    }
    async fn remove_device(&self, account: AccountId, device: DeviceId) -> Result<(), StoreError> {
        self.transact(op!(|c| ops::remove_device(c, account, device).await))
            .await
    }
    async fn publish_key_packages(&self, upload: KeyPackageUpload) -> Result<u32, StoreError> {
        let upload = &upload;
        self.transact(op!(|c| ops::publish_key_packages(c, upload).await))
            .await
    }
    async fn key_package_stock(&self, device: DeviceId) -> Result<KeyPackageStock, StoreError> {
        self.read(op!(|c| ops::key_package_stock(c, device).await))
            .await
    }
    async fn claim_key_packages(
        &self,
        claim: KeyPackageClaim,
    ) -> Result<KeyPackagesClaimed, StoreError> {
        let claim = &claim;
        self.transact(op!(|c| ops::claim_key_packages(c, claim).await))
            .await
    }
    async fn take_relay_tokens(
        &self,
        account: AccountId,
        day: u32,
        want: u32,
        per_day: u32,
    ) -> Result<u32, StoreError> {
        self.transact(op!(|c| ops::take_relay_tokens(
            c, account, day, want, per_day
        )
        .await))
            .await
    }
    async fn relay_tokens_left(
        &self,
        account: AccountId,
        day: u32,
        per_day: u32,
    ) -> Result<u32, StoreError> {
        self.read(op!(
            |c| ops::relay_tokens_left(c, account, day, per_day).await
        ))
        .await
    }
    async fn set_push_subscription(
        &self,
        device: DeviceId,
        subscription: Option<PushSubscriptionRecord>,
    ) -> Result<(), StoreError> {
        let subscription = &subscription;
        self.transact(op!(|c| ops::set_push_subscription(
            c,
            device,
            subscription.as_ref()
        )
        .await))
            .await
    }
    async fn push_subscription(
        &self,
        device: DeviceId,
    ) -> Result<Option<PushSubscriptionRecord>, StoreError> {
        self.read(op!(|c| ops::push_subscription(c, device).await))
            .await
    }
    async fn drop_push_subscription(
        &self,
        device: DeviceId,
        endpoint: &str,
    ) -> Result<bool, StoreError> {
        self.transact(op!(
            |c| ops::drop_push_subscription(c, device, endpoint).await
        ))
        .await
    }
    async fn upsert_relay_node(&self, row: RelayNodeRecord) -> Result<(), StoreError> {
        row.check()?;
        let row = &row;
        self.transact(op!(|c| ops::upsert_relay_node(c, row).await))
            .await
    }
    async fn relay_nodes(&self, since: Timestamp) -> Result<Vec<RelayNodeRecord>, StoreError> {
        self.read(op!(|c| ops::relay_nodes(c, since).await)).await
    }
    async fn sweep_key_package_claims(&self, taken_before: Timestamp) -> Result<u64, StoreError> {
        self.transact(op!(|c| ops::sweep_key_package_claims(c, taken_before).await))
            .await
    }
    async fn create_group(&self, group: NewGroup) -> Result<(), StoreError> {
        let group = &group;
        self.transact(op!(|c| ops::create_group(c, group).await))
            .await
    }
    async fn commit(&self, commit: GroupCommit) -> Result<CommitAccepted, StoreError> {
        match self.write(WriteOp::Commit(commit)).await? {
            Outcome::Committed(a) => Ok(a),
            _ => Err(unexpected()),
        }
    }
    async fn post(&self, post: GroupPost) -> Result<PostAccepted, StoreError> {
        match self.write(WriteOp::Post(post)).await? {
            Outcome::Posted(a) => Ok(a),
            _ => Err(unexpected()),
        }
    }
    async fn group(&self, group: &GroupId) -> Result<Option<GroupRecord>, StoreError> {
        self.read(op!(|c| ops::group(c, group).await)).await
    }
    async fn groups_of(&self, device: DeviceId) -> Result<Vec<(GroupId, u64)>, StoreError> {
        self.read(op!(|c| ops::groups_of(c, device).await)).await
    }
    async fn leave_group(&self, group: &GroupId, devices: Vec<DeviceId>) -> Result<(), StoreError> {
        let devices = &devices;
        self.transact(op!(|c| ops::leave_group(c, group, devices).await))
            .await
    }
    async fn request_rejoin(&self, group: &GroupId, device: DeviceId) -> Result<bool, StoreError> {
        self.transact(op!(|c| ops::request_rejoin(c, group, device).await))
            .await
    }
    async fn recipients_outside(
        &self,
        sender: DeviceId,
        account: AccountId,
        recipients: &[DeviceId],
    ) -> Result<Vec<DeviceId>, StoreError> {
        self.read(op!(|c| ops::recipients_outside(
            c, sender, account, recipients
        )
        .await))
            .await
    }
    async fn operator_changes(
        &self,
        after: u64,
        limit: u32,
    ) -> Result<Vec<OperatorChange>, StoreError> {
        self.read(op!(|c| ops::operator_changes(c, after, limit).await))
            .await
    }
    async fn operator_change_head(&self) -> Result<u64, StoreError> {
        self.read(op!(|c| ops::operator_change_head(c).await)).await
    }
    async fn enqueue(&self, payload: NewPayload) -> Result<Enqueued, StoreError> {
        match self.write(WriteOp::Enqueue(payload)).await? {
            Outcome::Enqueued(e) => Ok(e),
            _ => Err(unexpected()),
        }
    }
    async fn fetch(
        &self,
        device: DeviceId,
        after: QueueSeq,
        limit: u32,
        now: Timestamp,
    ) -> Result<Vec<QueueEntry>, StoreError> {
        self.read(op!(|c| ops::fetch(c, device, after, limit, now).await))
            .await
    }
    async fn ack(&self, device: DeviceId, seqs: &[QueueSeq]) -> Result<u32, StoreError> {
        match self.write(WriteOp::Ack(device, seqs.to_vec())).await? {
            Outcome::Acked(n) => Ok(n),
            _ => Err(unexpected()),
        }
    }
    async fn sweep(
        &self,
        now: Timestamp,
        purge_expired_before: Timestamp,
    ) -> Result<SweepStats, StoreError> {
        self.transact(op!(|c| ops::sweep(c, now, purge_expired_before).await))
            .await
    }
    async fn close(&self) {
        self.closed.store(true, Ordering::Release);
        let sender = self.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
        drop(sender);
        let task = self
            .writer_task
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(task) = task {
            // The writer drains what was queued, commits it, and exits.
            let _ = task.await;
        }
        // Every write outside the writer that began before `closed` was set finishes first.
        drop(self.standalone.write().await);
        self.pool.close().await;
    }
    fn write_stats(&self) -> (u64, u64) {
        (
            self.stats.commits.load(Ordering::Relaxed),
            self.stats.write_ops.load(Ordering::Relaxed),
        )
    }
}
