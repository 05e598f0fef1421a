//! The chaos test of issue 11, short version (the long one: `scripts/chaos --minutes N`): real
//! clients in several groups, steady traffic, adds, removals and device links, while the server
//! (or a cluster's nodes, PostgreSQL and NATS) is killed and restarted and client connections
//! are cut mid-request; then 0 lost, 0 duplicated, 0 undecryptable, and every group on one
//! epoch. `CONCLAVE_SEED=…` replays a run's choices; `CONCLAVE_CHAOS_SECS` sets its length.

use conclave_tests::chaos::{self, Config, Mode};

/// Checks that the run did what a chaos run must (or it proves nothing), then the guarantee.
fn assert_meaningful_and_clean(report: &chaos::Report, kinds: &[&str]) {
    for kind in kinds {
        assert!(
            report.faults.get(kind).copied().unwrap_or(0) > 0,
            "no {kind} fault was injected: {}",
            report.summary()
        );
    }
    for change in ["add", "remove", "link"] {
        assert!(
            report.changes.get(change).copied().unwrap_or(0) > 0,
            "no {change} happened: {}",
            report.summary()
        );
    }
    assert!(
        report.acked >= 50 && report.deliveries_checked >= 100,
        "too little traffic to prove anything: {}",
        report.summary()
    );
    report.assert_clean();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chaos_single_node_kills_restarts_and_cuts_lose_duplicate_and_garble_nothing() {
    let report = chaos::run(Config::from_env(Mode::SingleNode, 1101, 45)).await;
    assert_meaningful_and_clean(
        &report,
        &[
            "server-kill",
            "server-restart",
            "cut-all",
            "cut-mid-request",
        ],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chaos_cluster_node_kills_postgres_and_nats_restarts_and_cuts_lose_nothing() {
    let report = chaos::run(Config::from_env(Mode::Cluster { nodes: 2 }, 1102, 35)).await;
    assert_meaningful_and_clean(
        &report,
        &[
            "node-kill",
            "postgres-restart",
            "nats-stop",
            "cut-all",
            "cut-mid-request",
        ],
    );
}
