//! What a member can learn and take from accounts it shares no conversation with: device
//! lookups are rate-limited per account, conversation partners' are free, and one member's
//! key-package claims never drain another device's one-time stock (across restarts too).

use std::collections::BTreeSet;

use conclave_client::{ClientError, Connection};
use conclave_proto::{DeviceId, ErrorCode, Request, Response, Username};
use conclave_tests::{TestServer, cli_ok, invite, open_db};

fn user(name: &str) -> Username {
    Username::parse(name).unwrap()
}

async fn lookup(conn: &Connection, name: &str) -> Result<Vec<DeviceId>, ClientError> {
    match conn
        .request(Request::Devices {
            username: user(name),
        })
        .await?
    {
        Response::Devices(d) => Ok(d.into_iter().map(|d| d.id).collect()),
        other => panic!("unexpected {other:?}"),
    }
}

#[track_caller]
fn assert_rate_limited<T: std::fmt::Debug>(result: Result<T, ClientError>, words: &[&str]) {
    match result {
        Err(ClientError::Server(e)) => {
            assert_eq!(e.code, ErrorCode::RateLimited, "{e:?}");
            for w in words {
                assert!(
                    e.message.contains(w),
                    "{:?} should mention {w:?}",
                    e.message
                );
            }
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
}

async fn claim(conn: &Connection, device: DeviceId) -> Vec<u8> {
    match conn
        .request(Request::ClaimKeyPackages {
            devices: vec![device],
        })
        .await
        .unwrap()
    {
        Response::KeyPackages(p) => {
            assert_eq!(p.len(), 1, "bob's device has packages");
            p[0].1.clone()
        }
        other => panic!("unexpected {other:?}"),
    }
}

fn one_time_stock(server: &TestServer, device: DeviceId) -> i64 {
    open_db(&server.data)
        .query_row(
            "SELECT COUNT(*) FROM key_packages WHERE device_id = ?1 AND last_resort = 0",
            [device.0 as i64],
            |r| r.get(0),
        )
        .unwrap()
}

#[tokio::test]
async fn strangers_are_rate_limited_and_cannot_drain_key_packages() {
    let mut server = TestServer::start_with_config(
        "[limits]\nstranger_lookups_burst = 3\nstranger_lookup_interval = \"1h\"\n",
    );
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    let mallory = server.register("mallory").await;

    // Alice starts a 1:1 with bob (one lookup of a stranger), then keeps writing: every send
    // looks up both accounts' devices, and none of those lookups counts.
    for i in 0..6 {
        cli_ok(&alice, &["send", "bob", &format!("message {i}")]);
    }
    let read = cli_ok(&bob, &["read", "alice"]);
    assert!(read.contains("message 5"), "{read}");

    // Mallory shares no conversation with anyone: three lookups, then refused.
    let conn = mallory.connect(&server.endpoint).await.unwrap();
    let bob_devices = lookup(&conn, "bob").await.unwrap();
    assert_eq!(bob_devices.len(), 1);
    lookup(&conn, "alice").await.unwrap();
    assert!(matches!(
        lookup(&conn, "nobody").await,
        Err(ClientError::Server(e)) if e.code == ErrorCode::NotFound
    ));
    assert_rate_limited(
        lookup(&conn, "bob").await,
        &["share no conversation", "3 at once", "3600 s"],
    );
    assert_rate_limited(lookup(&conn, "nobody").await, &["retry in"]);
    assert_eq!(
        lookup(&conn, "mallory").await.unwrap(),
        vec![mallory.id],
        "the own account is always free"
    );
    conn.whoami().await.expect("the session goes on");
    assert!(
        server.wait_for_log(&["stranger lookup limit", &mallory.id.0.to_string()]),
        "refusals are logged with the account"
    );

    // Mallory claims bob's device again and again: one one-time package, then the
    // last-resort one. Bob's stock loses one package, and still one after a restart.
    let bob_device = bob_devices[0];
    let stock = one_time_stock(&server, bob_device);
    assert!(stock >= 20, "bob published a stock: {stock}");
    let mut got = BTreeSet::new();
    for _ in 0..10 {
        got.insert(claim(&conn, bob_device).await);
    }
    assert_eq!(got.len(), 2, "one one-time package and the last-resort one");
    assert_eq!(one_time_stock(&server, bob_device), stock - 1);
    conn.close().await;
    server.restart();
    let conn = mallory.connect(&server.endpoint).await.unwrap();
    for _ in 0..5 {
        assert!(
            !got.insert(claim(&conn, bob_device).await),
            "still the last-resort package after a restart"
        );
    }
    assert_eq!(one_time_stock(&server, bob_device), stock - 1);
    conn.close().await;
    assert!(
        server.wait_for_log(&["last-resort packages instead"]),
        "fallbacks are logged"
    );

    // Alice, who took one of bob's one-time packages to start the 1:1, writes on; bob reads.
    cli_ok(&alice, &["send", "bob", "after the claims"]);
    assert!(cli_ok(&bob, &["read", "alice"]).contains("after the claims"));
}
