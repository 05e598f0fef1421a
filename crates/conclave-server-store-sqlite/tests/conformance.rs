//! The store conformance suite against SQLite, plus what only a file-backed store can show.

use std::path::Path;

use conclave_proto::QueueSeq;
use conclave_server_core::{
    Store, StoreError,
    conformance::{self, TestStore, Write},
};
use conclave_server_store_sqlite::SqliteStore;

const BATCH_MAX: usize = 1024;

fn open(path: &Path) -> SqliteStore {
    SqliteStore::open(path, BATCH_MAX).expect("open sqlite store")
}

/// A fresh database in its own temporary directory, which lives as long as the store.
async fn sqlite_store() -> TestStore {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open(&dir.path().join("db.sqlite"));
    TestStore::with_guard(store, dir)
}

conclave_server_core::conformance_tests!(sqlite_store);

/// Writes issued before `close()` are on disk: a fresh process (a reopened file) sees them all,
/// and nothing refused after close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_close_makes_issued_writes_durable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite");
    let store: std::sync::Arc<dyn Store> = std::sync::Arc::new(open(&path));
    let d = conformance::devices(&*store, 1, 3).await;

    let mut writes: Vec<Write<()>> = Vec::new();
    for i in 0..150u8 {
        let s = store.clone();
        let p = conformance::message(d[0], &d, &[i], conformance::at(i64::from(i)));
        writes.push(Box::pin(async move { s.enqueue(p).await.map(drop) }));
    }
    {
        let s = store.clone();
        writes.push(Box::pin(async move {
            s.set_account_disabled(&conformance::user("user2"), true)
                .await
        }));
    }
    {
        let (s, third) = (store.clone(), d[2]);
        writes.push(Box::pin(async move {
            s.ack(third, &[QueueSeq(1)]).await.map(drop)
        }));
    }
    let results = conformance::issue_then_close(&*store, writes).await;
    assert!(
        results.iter().all(Result::is_ok),
        "every issued write completed: {results:?}"
    );
    assert_eq!(
        store
            .enqueue(conformance::message(d[0], &d, b"late", conformance::T0))
            .await
            .map(drop),
        Err(StoreError::Closed)
    );
    drop(store);

    let reopened = open(&path);
    assert_eq!(
        conformance::queue_seqs(&reopened, d[0]).await,
        (1..=150).collect::<Vec<_>>()
    );
    assert_eq!(
        conformance::queue_seqs(&reopened, d[1]).await,
        (1..=150).collect::<Vec<_>>()
    );
    let third = conformance::queue_seqs(&reopened, d[2]).await;
    // The ack raced the enqueues: it removed seq 1 if that existed when it ran.
    assert!(
        third == (1..=150).collect::<Vec<_>>() || third == (2..=150).collect::<Vec<_>>(),
        "{third:?}"
    );
    let user2 = reopened
        .account_by_name(&conformance::user("user2"))
        .await
        .expect("read")
        .expect("user2");
    assert!(user2.disabled);
    let bodies: Vec<u8> = conformance::queue(&reopened, d[0])
        .await
        .into_iter()
        .map(|e| e.body[0])
        .collect();
    let mut sorted = bodies.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        (0..150).collect::<Vec<u8>>(),
        "no payload lost or duplicated"
    );
    reopened.close().await;
}

/// Everything committed survives a reopen, with queue and payload numbering continuing where
/// they left off.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_reopen_keeps_state_and_seq_numbering() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite");
    let store = open(&path);
    let (alice, dev) = conformance::member(&store, 1, "alice").await;
    let mut payloads = Vec::new();
    for i in 0..3u8 {
        let e = store
            .enqueue(conformance::message(
                dev.id,
                &[dev.id],
                &[i],
                conformance::T0,
            ))
            .await
            .expect("enqueue");
        payloads.push(e.payload);
    }
    assert_eq!(
        store
            .ack(dev.id, &[QueueSeq(1), QueueSeq(2), QueueSeq(3)])
            .await,
        Ok(3)
    );
    store.close().await;
    drop(store);

    let store = open(&path);
    assert_eq!(store.account(alice.id).await.expect("read"), Some(alice));
    assert_eq!(store.device(dev.id).await.expect("read"), Some(dev.clone()));
    let e = store
        .enqueue(conformance::message(
            dev.id,
            &[dev.id],
            b"again",
            conformance::T0,
        ))
        .await
        .expect("enqueue");
    assert_eq!(
        e.entries,
        vec![(dev.id, QueueSeq(4))],
        "no seq reuse across restarts"
    );
    assert!(
        !payloads.contains(&e.payload),
        "no payload id reuse across restarts, though every earlier payload was acked"
    );
    store.close().await;
}

/// The writer keeps queue counters and payload references in its batch and writes them once
/// per commit (see `batch.rs`): after racing writes, every counter in the file equals what it
/// counts, and once every row is acked no payload is left behind.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_counters_and_payload_refs_match_the_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("db.sqlite");
    let store: std::sync::Arc<dyn Store> = std::sync::Arc::new(open(&path));
    conformance::racing_writes_keep_queue_lengths_exact(TestStore::from(store.clone())).await;
    let check = |what: &str, sql: &str| {
        let c = rusqlite::Connection::open(&path).expect("open file");
        let wrong: i64 = c.query_row(sql, [], |r| r.get(0)).expect("query");
        assert_eq!(wrong, 0, "{what}");
    };
    let invariants = [
        (
            "payload refs count their queue rows",
            "SELECT count(*) FROM payloads p WHERE refs != (SELECT count(*) FROM queue q WHERE q.payload_id = p.id)",
        ),
        (
            "device queue_len counts its queue rows",
            "SELECT count(*) FROM devices d WHERE queue_len != (SELECT count(*) FROM queue q WHERE q.device_id = d.id)",
        ),
        (
            "queue rows sit in their payload's rowid range (migration 3)",
            "SELECT count(*) FROM queue WHERE rowid >> 16 != payload_id",
        ),
        (
            "next_seq is past every seq",
            "SELECT count(*) FROM queue q JOIN devices d ON d.id = q.device_id WHERE q.seq >= d.next_seq",
        ),
    ];
    for (what, sql) in invariants {
        check(what, sql);
    }
    for device in [1, 2].map(conclave_proto::DeviceId) {
        let seqs: Vec<QueueSeq> = conformance::queue(&*store, device)
            .await
            .into_iter()
            .map(|e| e.seq)
            .collect();
        assert!(!seqs.is_empty());
        store.ack(device, &seqs).await.expect("ack all");
    }
    for (what, sql) in invariants {
        check(what, sql);
    }
    check(
        "no payload outlives its rows",
        "SELECT count(*) FROM payloads",
    );
    store.close().await;
}

/// `enqueue` and `ack` run without a savepoint (a backend error fails their whole batch), so
/// what they could only refuse after writing is refused before the batch: a recipient listed
/// twice gets a clear error, and the writes around it are untouched.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_refuses_a_recipient_listed_twice_without_disturbing_others() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store: std::sync::Arc<dyn Store> = std::sync::Arc::new(open(&dir.path().join("db.sqlite")));
    let d = conformance::devices(&*store, 1, 2).await;
    let mut tasks = Vec::new();
    for i in 0..40u8 {
        let s = store.clone();
        let recipients = if i % 5 == 0 {
            vec![d[1], d[0], d[1]]
        } else {
            d.clone()
        };
        let p = conformance::message(d[0], &recipients, &[i], conformance::at(i64::from(i)));
        tasks.push(tokio::spawn(async move { (i, s.enqueue(p).await) }));
    }
    for t in tasks {
        let (i, result) = t.await.expect("task");
        if i % 5 == 0 {
            let e = result.expect_err("a duplicate recipient is refused");
            assert!(e.to_string().contains("listed twice"), "{e}");
        } else {
            result.expect("the other enqueues are not disturbed");
        }
    }
    for &device in &d {
        assert_eq!(
            conformance::queue_seqs(&*store, device).await,
            (1..=32).collect::<Vec<_>>()
        );
    }
    store.close().await;
}
