//! The embedded SQLite store: zero set-up, durable, fast.
//!
//! One writer thread owns the only write connection and does **group commit**: it takes every
//! write operation waiting in its channel (up to `write_batch_max`), runs each inside its own
//! SAVEPOINT in one `BEGIN IMMEDIATE` transaction, commits once (one fsync, WAL +
//! `synchronous=FULL`) and only then answers the callers. A caller is therefore told "done" only
//! after its effect is on disk, while a busy server pays one fsync for many operations.
//! Reads run on a small pool of read-only connections (WAL lets them run beside the writer).
#![forbid(unsafe_code)]

pub mod backup;
mod batch;
mod migrations;
mod ops;

use std::{
    path::{Path, PathBuf},
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    thread::JoinHandle,
};

use async_trait::async_trait;
use conclave_proto::{AccountId, DeviceId, GroupId, QueueSeq, Timestamp, Username};
use conclave_server_core::*;
use rusqlite::{Connection, OpenFlags};
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::batch::Batch;

/// Run after commit with the commit's outcome.
type Completion = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
/// Runs inside the batch transaction; returns what to do once the batch has committed.
type WriteOp = Box<dyn FnOnce(&Batch<'_>) -> Completion + Send>;

const READERS: usize = 4;
const WRITE_QUEUE_DEPTH: usize = 16_384;

#[derive(Debug, Default)]
pub struct StoreStats {
    pub commits: AtomicU64,
    pub write_ops: AtomicU64,
}

pub struct SqliteStore {
    path: PathBuf,
    writer: Mutex<Option<mpsc::Sender<WriteOp>>>,
    writer_thread: Mutex<Option<JoinHandle<()>>>,
    readers: Arc<Mutex<Vec<Connection>>>,
    reader_permits: Arc<Semaphore>,
    stats: Arc<StoreStats>,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot open database {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "database {path} has schema version {found}, newer than this conclave-server understands ({known}); \
         run a newer conclave-server"
    )]
    SchemaTooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
}

pub(crate) fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    pub fn open(path: &Path, write_batch_max: usize) -> Result<Self, OpenError> {
        let err = |source| OpenError::Sqlite {
            path: path.to_owned(),
            source,
        };
        let mut writer = Connection::open(path).map_err(err)?;
        configure(&writer).map_err(err)?;
        migrate(&mut writer, path)?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let conn = Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(err)?;
            conn.busy_timeout(std::time::Duration::from_secs(10))
                .map_err(err)?;
            conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
            readers.push(conn);
        }
        let stats = Arc::new(StoreStats::default());
        let (tx, rx) = mpsc::channel(WRITE_QUEUE_DEPTH);
        let thread_stats = stats.clone();
        let batch_max = write_batch_max.max(1);
        let handle = std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || writer_loop(writer, rx, batch_max, &thread_stats))
            .map_err(|e| err(rusqlite::Error::ToSqlConversionFailure(Box::new(e))))?;
        Ok(SqliteStore {
            path: path.to_owned(),
            writer: Mutex::new(Some(tx)),
            writer_thread: Mutex::new(Some(handle)),
            readers: Arc::new(Mutex::new(readers)),
            reader_permits: Arc::new(Semaphore::new(READERS)),
            stats,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn stats(&self) -> &StoreStats {
        &self.stats
    }

    /// Runs `f` in the next group commit; resolves after the commit is durable. `f` sees exact
    /// rows: the batch's cached counters are written first (see `batch`).
    async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.write_hot(move |b: &Batch<'_>| {
            b.flush()?;
            f(b)
        })
        .await
    }

    /// Like `write`, for the message path (`enqueue`, `post`, `commit`, `ack`), which keeps
    /// queue counters and payload references in the batch's cache instead of in SQL.
    async fn write_hot<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Batch<'_>) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.send_op(move |batch| in_savepoint(batch, f)).await
    }

    /// Like `write_hot`, without a savepoint, for operations whose refusals all come before
    /// their first write (`enqueue`, `ack`): a backend error fails the whole batch instead.
    /// Two statements and the savepoint's page journal fewer per operation.
    async fn write_unguarded<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Batch<'_>) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.send_op(move |batch| {
            let result = f(batch);
            batch.end_op(result.is_ok());
            if let Err(StoreError::Backend(_)) = &result {
                batch.fail();
            }
            result
        })
        .await
    }

    async fn send_op<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Batch<'_>) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let sender = self
            .writer
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
            .ok_or(StoreError::Closed)?;
        let (tx, rx) = oneshot::channel();
        let op: WriteOp = Box::new(move |batch| {
            let result = f(batch);
            Box::new(move |commit: Result<(), StoreError>| {
                let _ = tx.send(commit.and(result));
            })
        });
        sender.send(op).await.map_err(|_| StoreError::Closed)?;
        // A dropped completion means the batch could not even begin; the write did not happen.
        rx.await
            .map_err(|_| StoreError::Backend("the write batch could not begin".into()))?
    }

    async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let permit = self
            .reader_permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| StoreError::Closed)?;
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let conn = readers
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .pop()
                .ok_or(StoreError::Closed)?;
            let result = f(&conn);
            readers.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
            result
        })
        .await
        .map_err(|e| StoreError::Backend(format!("reader task failed: {e}")))?
    }
}

/// Prepared statements kept per connection: more than the store has distinct statements, so
/// none is ever parsed twice (rusqlite's default of 16 made the writer re-parse constantly).
const STATEMENT_CACHE: usize = 128;

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<(), OpenError> {
    let err = |source| OpenError::Sqlite {
        path: path.to_owned(),
        source,
    };
    let current: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(err)?;
    let known = migrations::latest();
    if current > known {
        return Err(OpenError::SchemaTooNew {
            path: path.to_owned(),
            found: current,
            known,
        });
    }
    for (number, sql) in migrations::MIGRATIONS.iter().filter(|(n, _)| *n > current) {
        let tx = conn.transaction().map_err(err)?;
        migrations::before(*number, &tx).map_err(err)?;
        tx.execute_batch(sql).map_err(err)?;
        tx.pragma_update(None, "user_version", number)
            .map_err(err)?;
        tx.commit().map_err(err)?;
        tracing::info!(migration = number, "applied schema migration");
    }
    Ok(())
}

fn in_savepoint<T>(
    batch: &Batch<'_>,
    f: impl FnOnce(&Batch<'_>) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    // Cached statements: parsing these three on every operation was a measurable cost.
    let run = |sql: &str| -> Result<(), StoreError> {
        batch
            .prepare_cached(sql)
            .and_then(|mut s| s.execute([]))
            .map(|_| ())
            .map_err(backend)
    };
    run("SAVEPOINT op")?;
    let result = f(batch);
    batch.end_op(result.is_ok());
    if result.is_err() {
        run("ROLLBACK TO op")?;
    }
    run("RELEASE op")?;
    result
}

/// See `writer_loop`: when the previous commit carried at least this many operations...
const LINGER_AFTER_OPS: usize = 4;
/// ...the writer waits this long for more before it begins the next one.
const LINGER: std::time::Duration = std::time::Duration::from_micros(400);

fn run_cached(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([]).map(|_| ())
}

fn writer_loop(
    conn: Connection,
    mut rx: mpsc::Receiver<WriteOp>,
    batch_max: usize,
    stats: &StoreStats,
) {
    let mut batch = Vec::with_capacity(batch_max);
    let mut previous = 0;
    // Ends when every sender is gone (store closed) and the channel is drained: nothing queued
    // before close is dropped.
    while let Some(first) = rx.blocking_recv() {
        batch.push(first);
        let drain = |batch: &mut Vec<WriteOp>, rx: &mut mpsc::Receiver<WriteOp>| {
            while batch.len() < batch_max {
                match rx.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
        };
        drain(&mut batch, &mut rx);
        // Under load (the last commit carried several operations) a short wait lets the writes
        // now in flight join this commit: fewer fsyncs for the same throughput, a fraction of
        // one fsync's latency. An idle server commits a lone write at once.
        if previous >= LINGER_AFTER_OPS && batch.len() < batch_max {
            std::thread::sleep(LINGER);
            drain(&mut batch, &mut rx);
        }
        previous = batch.len();
        let completions: Vec<Completion>;
        let outcome = match run_cached(&conn, "BEGIN IMMEDIATE") {
            Ok(()) => {
                let cache = Batch::new(&conn);
                completions = batch.drain(..).map(|op| op(&cache)).collect();
                match cache.flush() {
                    Ok(()) => run_cached(&conn, "COMMIT").map_err(|e| {
                        let _ = conn.execute_batch("ROLLBACK");
                        backend(e)
                    }),
                    Err(e) => {
                        let _ = conn.execute_batch("ROLLBACK");
                        Err(e)
                    }
                }
            }
            Err(e) => {
                let e = backend(e);
                completions = batch
                    .drain(..)
                    .map(|_| -> Completion { Box::new(|_| {}) })
                    .collect();
                Err(e)
            }
        };
        if let Err(e) = &outcome {
            tracing::error!(error = %e, "group commit failed; callers are told, nothing was acknowledged");
        }
        stats.commits.fetch_add(1, Ordering::Relaxed);
        stats
            .write_ops
            .fetch_add(completions.len() as u64, Ordering::Relaxed);
        for done in completions {
            done(outcome.clone());
        }
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn account(&self, id: AccountId) -> Result<Option<AccountRecord>, StoreError> {
        self.read(move |c| ops::account_where(c, "id = ?1", id.0 as i64))
            .await
    }
    async fn account_by_name(&self, name: &Username) -> Result<Option<AccountRecord>, StoreError> {
        let name = name.as_str().to_owned();
        self.read(move |c| ops::account_by_name(c, &name)).await
    }
    async fn accounts(&self) -> Result<Vec<AccountRecord>, StoreError> {
        self.read(ops::accounts).await
    }
    async fn set_account_disabled(
        &self,
        name: &Username,
        disabled: bool,
    ) -> Result<(), StoreError> {
        let name = name.as_str().to_owned();
        self.write(move |c| ops::set_disabled(c, &name, disabled))
            .await
    }
    async fn device(&self, id: DeviceId) -> Result<Option<DeviceRecord>, StoreError> {
        self.read(move |c| ops::device(c, id)).await
    }
    async fn devices_of(&self, account: AccountId) -> Result<Vec<DeviceRecord>, StoreError> {
        self.read(move |c| ops::devices_of(c, account)).await
    }
    async fn shares_group(&self, a: AccountId, b: AccountId) -> Result<bool, StoreError> {
        self.read(move |c| ops::shares_group(c, a, b)).await
    }
    async fn create_invite(&self, invite: NewInvite) -> Result<InviteRecord, StoreError> {
        self.write(move |c| ops::create_invite(c, &invite)).await
    }
    async fn invites_by(
        &self,
        creator: Option<AccountId>,
    ) -> Result<Vec<InviteRecord>, StoreError> {
        self.read(move |c| ops::invites_by(c, creator)).await
    }
    async fn invite_uses_granted(
        &self,
        account: AccountId,
        now: Timestamp,
    ) -> Result<u32, StoreError> {
        self.read(move |c| ops::invite_uses_granted(c, account, now))
            .await
    }
    async fn revoke_invite(
        &self,
        by: Option<AccountId>,
        which: InviteSelector,
    ) -> Result<(), StoreError> {
        self.write(move |c| ops::revoke_invite(c, by, &which)).await
    }
    async fn redeem_invite(
        &self,
        r: Redemption,
    ) -> Result<(AccountRecord, DeviceRecord), StoreError> {
        self.write(move |c| ops::redeem_invite(c, &r)).await
    }
    async fn create_renewal(&self, renewal: NewRenewal) -> Result<(), StoreError> {
        self.write(move |c| ops::create_renewal(c, &renewal)).await
    }
    async fn redeem_renewal(
        &self,
        account: AccountId,
        code: CodeHash,
        now: Timestamp,
    ) -> Result<Timestamp, StoreError> {
        self.write(move |c| ops::redeem_renewal(c, account, &code, now))
            .await
    }
    async fn create_device_link(&self, link: NewDeviceLink) -> Result<(), StoreError> {
        self.write(move |c| ops::create_device_link(c, &link)).await
    }
    async fn redeem_device_link(
        &self,
        r: DeviceLinkRedemption,
    ) -> Result<(AccountRecord, DeviceRecord), StoreError> {
        self.write(move |c| ops::redeem_device_link(c, &r)).await
    }
    async fn remove_device(&self, account: AccountId, device: DeviceId) -> Result<(), StoreError> {
        self.write(move |c| ops::remove_device(c, account, device))
            .await
    }
    async fn publish_key_packages(&self, upload: KeyPackageUpload) -> Result<u32, StoreError> {
        self.write(move |c| ops::publish_key_packages(c, &upload))
            .await
    }
    async fn key_package_stock(&self, device: DeviceId) -> Result<KeyPackageStock, StoreError> {
        self.read(move |c| ops::key_package_stock(c, device)).await
    }
    async fn claim_key_packages(
        &self,
        claim: KeyPackageClaim,
    ) -> Result<KeyPackagesClaimed, StoreError> {
        self.write(move |c| ops::claim_key_packages(c, &claim))
            .await
    }
    async fn take_relay_tokens(
        &self,
        account: AccountId,
        day: u32,
        want: u32,
        per_day: u32,
    ) -> Result<u32, StoreError> {
        self.write(move |c| ops::take_relay_tokens(c, account, day, want, per_day))
            .await
    }
    async fn relay_tokens_left(
        &self,
        account: AccountId,
        day: u32,
        per_day: u32,
    ) -> Result<u32, StoreError> {
        self.read(move |c| ops::relay_tokens_left(c, account, day, per_day))
            .await
    }
    async fn set_push_subscription(
        &self,
        device: DeviceId,
        subscription: Option<PushSubscriptionRecord>,
    ) -> Result<(), StoreError> {
        self.write(move |c| ops::set_push_subscription(c, device, subscription.as_ref()))
            .await
    }
    async fn push_subscription(
        &self,
        device: DeviceId,
    ) -> Result<Option<PushSubscriptionRecord>, StoreError> {
        self.read(move |c| ops::push_subscription(c, device)).await
    }
    async fn drop_push_subscription(
        &self,
        device: DeviceId,
        endpoint: &str,
    ) -> Result<bool, StoreError> {
        let endpoint = endpoint.to_owned();
        self.write(move |c| ops::drop_push_subscription(c, device, &endpoint))
            .await
    }
    async fn upsert_relay_node(&self, row: RelayNodeRecord) -> Result<(), StoreError> {
        row.check()?;
        self.write(move |c| ops::upsert_relay_node(c, &row)).await
    }
    async fn relay_nodes(&self, since: Timestamp) -> Result<Vec<RelayNodeRecord>, StoreError> {
        self.read(move |c| ops::relay_nodes(c, since)).await
    }
    async fn sweep_key_package_claims(&self, taken_before: Timestamp) -> Result<u64, StoreError> {
        self.write(move |c| ops::sweep_key_package_claims(c, taken_before))
            .await
    }
    async fn create_group(&self, group: NewGroup) -> Result<(), StoreError> {
        self.write(move |c| ops::create_group(c, &group)).await
    }
    async fn commit(&self, commit: GroupCommit) -> Result<CommitAccepted, StoreError> {
        self.write_hot(move |b| ops::commit(b, &commit)).await
    }
    async fn post(&self, post: GroupPost) -> Result<PostAccepted, StoreError> {
        self.write_hot(move |b| ops::post(b, &post)).await
    }
    async fn group(&self, group: &GroupId) -> Result<Option<GroupRecord>, StoreError> {
        let group = group.clone();
        self.read(move |c| ops::group(c, &group)).await
    }
    async fn groups_of(&self, device: DeviceId) -> Result<Vec<(GroupId, u64)>, StoreError> {
        self.read(move |c| ops::groups_of(c, device)).await
    }
    async fn leave_group(&self, group: &GroupId, devices: Vec<DeviceId>) -> Result<(), StoreError> {
        let group = group.clone();
        self.write(move |c| ops::leave_group(c, &group, &devices))
            .await
    }
    async fn request_rejoin(&self, group: &GroupId, device: DeviceId) -> Result<bool, StoreError> {
        let group = group.clone();
        self.write(move |c| ops::request_rejoin(c, &group, device))
            .await
    }
    async fn recipients_outside(
        &self,
        sender: DeviceId,
        account: AccountId,
        recipients: &[DeviceId],
    ) -> Result<Vec<DeviceId>, StoreError> {
        let recipients = recipients.to_vec();
        self.read(move |c| ops::recipients_outside(c, sender, account, &recipients))
            .await
    }
    async fn operator_changes(
        &self,
        after: u64,
        limit: u32,
    ) -> Result<Vec<OperatorChange>, StoreError> {
        self.read(move |c| ops::operator_changes(c, after, limit))
            .await
    }
    async fn operator_change_head(&self) -> Result<u64, StoreError> {
        self.read(ops::operator_change_head).await
    }
    async fn enqueue(&self, payload: NewPayload) -> Result<Enqueued, StoreError> {
        ops::check_recipients(&payload)?;
        self.write_unguarded(move |b| ops::enqueue(b, &payload))
            .await
    }
    async fn fetch(
        &self,
        device: DeviceId,
        after: QueueSeq,
        limit: u32,
        now: Timestamp,
    ) -> Result<Vec<QueueEntry>, StoreError> {
        self.read(move |c| ops::fetch(c, device, after, limit, now))
            .await
    }
    async fn ack(&self, device: DeviceId, seqs: &[QueueSeq]) -> Result<u32, StoreError> {
        let seqs = seqs.to_vec();
        self.write_unguarded(move |b| ops::ack(b, device, &seqs))
            .await
    }
    async fn sweep(
        &self,
        now: Timestamp,
        purge_expired_before: Timestamp,
    ) -> Result<SweepStats, StoreError> {
        self.write(move |c| ops::sweep(c, now, purge_expired_before))
            .await
    }
    async fn close(&self) {
        let sender = self.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
        drop(sender);
        let handle = self
            .writer_thread
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(handle) = handle {
            // The writer drains what was queued, commits it, and exits.
            let _ = tokio::task::spawn_blocking(move || handle.join()).await;
        }
    }
    fn write_stats(&self) -> (u64, u64) {
        (
            self.stats.commits.load(Ordering::Relaxed),
            self.stats.write_ops.load(Ordering::Relaxed),
        )
    }
}

#[cfg(test)]
mod tests {
    use conclave_proto::{DeviceId, PayloadKind, QueueSeq, Timestamp};
    use conclave_server_core::{NewPayload, Store};

    use super::*;

    /// A database written by schema 2 (expiry on the queue rows, plain rowids) keeps every
    /// queued row through migration 3, and its rows then expire by their payload's expiry.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn migration_3_keeps_queued_rows_and_their_expiry() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db.sqlite");
        {
            let mut c = Connection::open(&path).expect("open");
            for (number, sql) in migrations::MIGRATIONS.iter().filter(|(n, _)| *n <= 2) {
                let tx = c.transaction().expect("tx");
                migrations::before(*number, &tx).expect("before");
                tx.execute_batch(sql).expect("migration");
                tx.pragma_update(None, "user_version", number)
                    .expect("version");
                tx.commit().expect("commit");
            }
            c.execute_batch(
                "INSERT INTO accounts (id, username, is_admin, created_at, expires_at) VALUES (1, 'alice', 0, 0, 9999999999999);
                 INSERT INTO devices (id, account_id, public_key, name, created_at, next_seq, queue_len) VALUES
                     (1, 1, x'01', 'one', 0, 3, 2), (2, 1, x'02', 'two', 0, 2, 1);
                 INSERT INTO payloads (id, sender, kind, sent_at, refs, body) VALUES
                     (1, 1, 0, 0, 2, x'aa'), (2, 2, 0, 0, 1, x'bb');
                 -- Old rowids, interleaved on purpose.
                 INSERT INTO queue (rowid, device_id, seq, payload_id, expires_at) VALUES
                     (7, 1, 1, 1, 10000), (8, 1, 2, 2, 30000), (9, 2, 1, 1, 10000);",
            )
            .expect("schema-2 rows");
        }
        let store = SqliteStore::open(&path, 64).expect("migrates");
        let seqs = |entries: Vec<conclave_server_core::QueueEntry>| {
            entries
                .into_iter()
                .map(|e| (e.seq.0, e.body))
                .collect::<Vec<_>>()
        };
        let one = store
            .fetch(DeviceId(1), QueueSeq(0), 10, Timestamp(0))
            .await
            .expect("fetch");
        assert_eq!(seqs(one), vec![(1, vec![0xaa]), (2, vec![0xbb])]);
        let two = store
            .fetch(DeviceId(2), QueueSeq(0), 10, Timestamp(0))
            .await
            .expect("fetch");
        assert_eq!(seqs(two), vec![(1, vec![0xaa])]);

        let stats = store
            .sweep(Timestamp(20_000), Timestamp(0))
            .await
            .expect("sweep");
        assert_eq!(stats.queue_entries_expired, 2, "payload 1's two rows");
        let one = store
            .fetch(DeviceId(1), QueueSeq(0), 10, Timestamp(0))
            .await
            .expect("fetch");
        assert_eq!(seqs(one), vec![(2, vec![0xbb])]);
        assert!(
            store
                .fetch(DeviceId(2), QueueSeq(0), 10, Timestamp(0))
                .await
                .expect("fetch")
                .is_empty()
        );

        // New rows continue the numbering and obey the queue length left by the sweep.
        let e = store
            .enqueue(NewPayload {
                sender: DeviceId(2),
                kind: PayloadKind::Opaque,
                recipients: vec![DeviceId(1), DeviceId(2)],
                body: b"new".to_vec(),
                now: Timestamp(21_000),
                expires_at: Timestamp(40_000),
                queue_entries_max: 2,
                on_full: OnFull::Refuse,
            })
            .await
            .expect("enqueue after migration");
        assert_eq!(
            e.entries,
            vec![(DeviceId(1), QueueSeq(3)), (DeviceId(2), QueueSeq(2))]
        );
        let stats = store
            .sweep(Timestamp(40_000), Timestamp(0))
            .await
            .expect("sweep");
        assert_eq!(stats.queue_entries_expired, 3);
        store.close().await;
        let c = Connection::open(&path).expect("open");
        let left: i64 = c
            .query_row("SELECT (SELECT count(*) FROM queue) + (SELECT count(*) FROM payloads) + (SELECT sum(queue_len) FROM devices)", [], |r| r.get(0))
            .expect("count");
        assert_eq!(left, 0, "no row, payload or queue length left behind");
    }
}
