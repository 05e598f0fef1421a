//! The store conformance suite against PostgreSQL (a fresh schema per test), plus what only
//! a shared, server-side store can show: several stores (nodes) on one database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use conclave_proto::GroupEvent;
use conclave_server_core::{
    Store, StoreError,
    conformance::{self, TestStore},
};
use conclave_server_store_postgres::{OpenError, PgOptions, PgStore, test_db::TestDatabase};
use sqlx::Connection as _;

async fn postgres_store() -> TestStore {
    let db = TestDatabase::create().await.expect("test database");
    let store = PgStore::open(&db.url, PgOptions::default())
        .await
        .expect("open postgres store");
    // The schema is dropped after the store.
    TestStore::with_guard(store, db)
}

conclave_server_core::conformance_tests!(postgres_store);

/// Two nodes' stores on one database.
async fn two_nodes() -> (TestDatabase, Arc<dyn Store>, Arc<dyn Store>) {
    let db = TestDatabase::create().await.expect("test database");
    let a = PgStore::open(&db.url, PgOptions::default())
        .await
        .expect("node a");
    let b = PgStore::open(&db.url, PgOptions::default())
        .await
        .expect("node b");
    (db, Arc::new(a), Arc::new(b))
}

/// Nodes race commits at the same epoch, round after round: exactly one commit per epoch wins,
/// the others are told the epoch that did, and every member sees one commit per epoch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_racing_commits_at_one_epoch_one_wins_each_round() {
    let (_db, a, b) = two_nodes().await;
    let d = conformance::devices(&*a, 1, 4).await;
    let g = conformance::group_with(&*a, 1, d[0], &d[1..]).await;
    let start = a.group(&g).await.expect("group").expect("exists").epoch;
    const ROUNDS: u64 = 20;
    for round in 0..ROUNDS {
        let epoch = start + round;
        let mut tasks = Vec::new();
        for (i, &sender) in d.iter().enumerate() {
            let store = if i % 2 == 0 { a.clone() } else { b.clone() };
            let commit = conformance::group_commit(&g, sender, epoch, &[], &[]);
            tasks.push(tokio::spawn(async move { store.commit(commit).await }));
        }
        let mut won = 0;
        for t in tasks {
            match t.await.expect("task") {
                Ok(accepted) => {
                    won += 1;
                    assert_eq!(accepted.epoch, epoch + 1);
                }
                Err(StoreError::StaleEpoch { current }) => assert_eq!(current, epoch + 1),
                Err(e) => panic!("unexpected refusal {e:?}"),
            }
        }
        assert_eq!(won, 1, "round {round}: exactly one commit wins");
    }
    let end = b.group(&g).await.expect("group").expect("exists").epoch;
    assert_eq!(end, start + ROUNDS);
    for &dev in &d {
        let commits: Vec<u64> = conformance::drain(&*b, dev)
            .await
            .iter()
            .filter_map(|e| match GroupEvent::decode(&e.body) {
                Ok(GroupEvent::Commit { epoch, .. }) => Some(epoch),
                _ => None,
            })
            .collect();
        let mut unique = commits.clone();
        unique.dedup();
        assert_eq!(
            commits, unique,
            "{dev}: one commit per epoch, in epoch order"
        );
    }
}

/// Both nodes queue payloads for the same devices at once: every device's queue is gapless
/// and each payload is in it once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_enqueueing_at_once_keep_queues_gapless() {
    let (_db, a, b) = two_nodes().await;
    let d = conformance::devices(&*a, 1, 3).await;
    let mut tasks = Vec::new();
    for i in 0..300u32 {
        let store = if i % 2 == 0 { a.clone() } else { b.clone() };
        let p = conformance::message(d[0], &d, &i.to_be_bytes(), conformance::T0);
        tasks.push(tokio::spawn(async move { store.enqueue(p).await }));
    }
    for t in tasks {
        t.await.expect("task").expect("enqueue");
    }
    for &dev in &d {
        assert_eq!(
            conformance::queue_seqs(&*b, dev).await,
            (1..=300).collect::<Vec<_>>()
        );
    }
}

/// A node refuses a database whose schema is older or newer than it understands.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_refuse_a_schema_they_do_not_understand() {
    let db = TestDatabase::create().await.expect("test database");
    let mut c = sqlx::postgres::PgConnection::connect(&db.url)
        .await
        .expect("connect");
    let known = conclave_server_store_postgres::schema_version() as i32;
    sqlx::query("UPDATE conclave_schema SET version = $1")
        .bind(known + 1)
        .execute(&mut c)
        .await
        .expect("bump");
    let err = PgStore::open(&db.url, PgOptions::default())
        .await
        .err()
        .expect("refused");
    assert!(matches!(err, OpenError::SchemaTooNew { .. }), "{err}");
    assert!(err.to_string().contains("newer"), "{err}");
    assert!(
        conclave_server_store_postgres::migrate(&db.url)
            .await
            .is_err()
    );
    sqlx::query("UPDATE conclave_schema SET version = 0")
        .execute(&mut c)
        .await
        .expect("lower");
    let err = PgStore::open(&db.url, PgOptions::default())
        .await
        .err()
        .expect("refused");
    assert!(matches!(err, OpenError::SchemaMissing { .. }), "{err}");
    assert!(err.to_string().contains("conclave-server migrate"), "{err}");
}
