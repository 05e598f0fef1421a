//! Per-device durable queues with opaque payloads: stored once, acknowledged only after a
//! durable commit, pushed live, redelivered in order, deleted on ack, expired after a TTL, and
//! never lost across restarts (graceful or SIGKILL).

use std::{collections::BTreeSet, time::Duration};

use conclave_client::Connection;
use conclave_proto::{Delivery, QueueSeq};
use conclave_tests::{TestServer, open_db};

fn count(server: &TestServer, table: &str) -> i64 {
    open_db(&server.data)
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

async fn next(conn: &mut Connection) -> Delivery {
    tokio::time::timeout(Duration::from_secs(10), conn.next_delivery())
        .await
        .expect("a delivery within 10 s")
        .expect("connection open")
}

async fn collect(conn: &mut Connection, n: usize) -> Vec<Delivery> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        out.push(next(conn).await);
    }
    out
}

#[tokio::test]
async fn a_payload_for_many_devices_is_stored_once_and_pushed_live() {
    let server = TestServer::start();
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    let carol = server.register("carol").await;
    let dave = server.register("dave").await; // stays offline
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob, &carol, &dave]).await; // each queue's seq 1: its Welcome

    let sender = alice.connect(&server.endpoint).await.unwrap();
    let mut bob_conn = bob.connect(&server.endpoint).await.unwrap();
    let mut carol_conn = carol.connect(&server.endpoint).await.unwrap();

    let (payload_id, _) = sender
        .send(vec![bob.id, carol.id, dave.id], b"opaque-1".to_vec())
        .await
        .unwrap();
    // The ack came after the commit: the payload is on disk once, with a row per device.
    assert_eq!(count(&server, "payloads"), 1);
    assert_eq!(count(&server, "queue"), 3);

    for conn in [&mut bob_conn, &mut carol_conn] {
        let d = next(conn).await;
        assert_eq!(d.payload, b"opaque-1");
        assert_eq!(d.payload_id, payload_id);
        assert_eq!(d.sender, alice.id);
        assert_eq!(d.seq, QueueSeq(2));
    }
    assert_eq!(bob_conn.ack(vec![QueueSeq(2)]).await.unwrap(), 1);
    assert_eq!(
        bob_conn.ack(vec![QueueSeq(2)]).await.unwrap(),
        0,
        "acking twice removes nothing"
    );
    assert_eq!(count(&server, "queue"), 2);
    carol_conn.ack(vec![QueueSeq(2)]).await.unwrap();

    // Dave comes online later and gets it; once he acks, the payload itself is gone.
    let mut dave_conn = dave.connect(&server.endpoint).await.unwrap();
    assert_eq!(next(&mut dave_conn).await.payload, b"opaque-1");
    dave_conn.ack(vec![QueueSeq(2)]).await.unwrap();
    assert_eq!(count(&server, "queue"), 0);
    assert_eq!(count(&server, "payloads"), 0);
}

#[tokio::test]
async fn unacked_entries_are_redelivered_in_order_after_reconnect() {
    let server = TestServer::start();
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;
    let sender = alice.connect(&server.endpoint).await.unwrap();
    for i in 0..20u32 {
        sender
            .send(vec![bob.id], format!("m{i}").into_bytes())
            .await
            .unwrap();
    }

    let mut conn = bob.connect(&server.endpoint).await.unwrap();
    let first = collect(&mut conn, 20).await;
    let bodies: Vec<_> = first
        .iter()
        .map(|d| String::from_utf8(d.payload.clone()).unwrap())
        .collect();
    assert_eq!(
        bodies,
        (0..20).map(|i| format!("m{i}")).collect::<Vec<_>>(),
        "in send order"
    );
    conn.ack(first[..10].iter().map(|d| d.seq).collect())
        .await
        .unwrap();
    conn.close().await;

    let mut conn = bob.connect(&server.endpoint).await.unwrap();
    let again = collect(&mut conn, 10).await;
    assert_eq!(
        again.iter().map(|d| d.seq).collect::<Vec<_>>(),
        first[10..].iter().map(|d| d.seq).collect::<Vec<_>>()
    );
    // Nothing beyond the unacked ten arrives.
    assert!(
        tokio::time::timeout(Duration::from_millis(300), conn.next_delivery())
            .await
            .is_err()
    );

    // An explicit read of the queue agrees.
    let fetched = conn.fetch(QueueSeq(0), 100).await.unwrap();
    assert_eq!(fetched.len(), 10);

    // A newer session of the same device takes over; the old one is closed with a reason.
    let mut newer = bob.connect(&server.endpoint).await.unwrap();
    assert_eq!(collect(&mut newer, 10).await.len(), 10);
    tokio::time::timeout(Duration::from_secs(5), async {
        while conn.next_delivery().await.is_some() {}
    })
    .await
    .unwrap();
    assert!(
        conn.close_reason()
            .unwrap()
            .message
            .contains("another session")
    );
}

/// Sends `n` payloads to `to` with `parallel` in flight; returns the bodies the server acknowledged.
async fn send_many(
    conn: std::sync::Arc<Connection>,
    to: conclave_proto::DeviceId,
    n: usize,
    parallel: usize,
) -> BTreeSet<String> {
    send_many_counted(conn, to, n, parallel, Default::default()).await
}

/// Like `send_many`, counting acknowledged sends in `progress` as they come.
async fn send_many_counted(
    conn: std::sync::Arc<Connection>,
    to: conclave_proto::DeviceId,
    n: usize,
    parallel: usize,
    progress: std::sync::Arc<std::sync::atomic::AtomicUsize>,
) -> BTreeSet<String> {
    let mut tasks = tokio::task::JoinSet::new();
    for p in 0..parallel {
        let conn = conn.clone();
        let progress = progress.clone();
        tasks.spawn(async move {
            let mut ok = Vec::new();
            for i in (p..n).step_by(parallel) {
                let body = format!("payload-{i}");
                match conn.send(vec![to], body.clone().into_bytes()).await {
                    Ok(_) => {
                        ok.push(body);
                        progress.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    Err(_) => break, // the server went away mid-stream
                }
            }
            ok
        });
    }
    let mut acknowledged = BTreeSet::new();
    while let Some(done) = tasks.join_next().await {
        acknowledged.extend(done.unwrap());
    }
    acknowledged
}

async fn drain_bodies(
    server: &TestServer,
    device: &conclave_tests::TestDevice,
    expected: usize,
) -> BTreeSet<String> {
    let mut conn = device.connect(&server.endpoint).await.unwrap();
    let got = collect(&mut conn, expected).await;
    let seqs: Vec<_> = got.iter().map(|d| d.seq.0).collect();
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]),
        "queue order is strictly increasing"
    );
    got.into_iter()
        .map(|d| String::from_utf8(d.payload).unwrap())
        .collect()
}

#[tokio::test]
async fn acknowledged_payloads_survive_sigkill() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;
    let conn = std::sync::Arc::new(alice.connect(&server.endpoint).await.unwrap());
    let acknowledged = send_many(conn, bob.id, 300, 8).await;
    assert_eq!(acknowledged.len(), 300);

    server.kill(); // no flush, no goodbye
    server.start_again();
    let received = drain_bodies(&server, &bob, 300).await;
    assert_eq!(received, acknowledged);
}

#[tokio::test]
async fn graceful_shutdown_mid_stream_loses_nothing_acknowledged() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;
    let conn = std::sync::Arc::new(alice.connect(&server.endpoint).await.unwrap());
    let progress = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let sending = tokio::spawn(send_many_counted(conn, bob.id, 5_000, 16, progress.clone()));
    // Stop once sends are flowing (however slow the machine is), well before they end.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while progress.load(std::sync::atomic::Ordering::Relaxed) < 100 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "sends never got going"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.stop(); // SIGTERM while sends are in flight
    let acknowledged = sending.await.unwrap();
    assert!(
        !acknowledged.is_empty() && acknowledged.len() < 5_000,
        "stopped mid-stream ({})",
        acknowledged.len()
    );

    server.start_again();
    // Everything acknowledged is there; a payload whose ack was cut off by the shutdown may be
    // there too (it was committed), but nothing else.
    let mut conn = bob.connect(&server.endpoint).await.unwrap();
    let queued = conn.fetch(QueueSeq(0), 1).await.unwrap();
    assert!(!queued.is_empty());
    let total: i64 = open_db(&server.data)
        .query_row("SELECT COUNT(*) FROM queue", [], |r| r.get(0))
        .unwrap();
    let received: BTreeSet<String> = collect(&mut conn, total as usize)
        .await
        .into_iter()
        .map(|d| String::from_utf8(d.payload).unwrap())
        .collect();
    assert!(
        acknowledged.is_subset(&received),
        "missing {:?}",
        acknowledged
            .difference(&received)
            .take(5)
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn unacked_entries_expire_after_the_ttl() {
    let server =
        TestServer::start_with_config("sweep_interval = \"500ms\"\n[limits]\nqueue_ttl = \"1s\"\n");
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;
    let sender = alice.connect(&server.endpoint).await.unwrap();
    sender
        .send(vec![bob.id], b"short-lived".to_vec())
        .await
        .unwrap();
    assert_eq!(count(&server, "queue"), 1);

    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while count(&server, "queue") > 0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the sweeper removes expired entries"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(count(&server, "payloads"), 0);
    let conn = bob.connect(&server.endpoint).await.unwrap();
    assert!(conn.fetch(QueueSeq(0), 10).await.unwrap().is_empty());
}

/// How long the server keeps the newest queue entry of `device` (ms from its payload's send).
fn newest_lifetime(data: &std::path::Path, device: conclave_proto::DeviceId) -> i64 {
    open_db(data)
        .query_row(
            "SELECT p.expires_at - p.sent_at FROM queue q JOIN payloads p ON p.id = q.payload_id
             WHERE q.device_id = ?1 ORDER BY q.seq DESC LIMIT 1",
            [device.0 as i64],
            |r| r.get(0),
        )
        .unwrap()
}

/// The message id of the entry at `seq` of `group` on `d`.
fn message_id(
    d: &conclave_tests::harness::Device,
    group: &conclave_proto::GroupId,
    seq: u64,
) -> conclave_client_core::envelope::MessageId {
    d.m()
        .engine()
        .history(group)
        .into_iter()
        .find_map(|m| match m.body {
            conclave_client_core::HistoryBody::Message { id, .. } if m.seq == seq => Some(id),
            _ => None,
        })
        .unwrap()
}

/// Under a disappearing-messages timer the server keeps a message's queue entries no longer
/// than the timer: the message, a reaction to it and an edit of it expire with it; the timer
/// announcement itself, a receipt and later messages after the timer is off keep the server's
/// queue TTL (so a device offline for a while still learns the timer changed).
#[tokio::test]
async fn a_disappearing_timer_bounds_the_queue_ttl_of_its_messages() {
    use conclave_client_core::envelope::Content;
    let mut h = conclave_tests::harness::Harness::start(21).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let group = alice.m_mut().direct(&bob.username).await.unwrap();
    bob.sync().await;
    bob.stop().await;
    let newest = || newest_lifetime(&h.data, bob.id);
    const QUEUE_TTL_MS: i64 = 30 * 24 * 3600 * 1000;

    alice.m_mut().set_timer(&group, 90).await.unwrap();
    assert_eq!(newest(), QUEUE_TTL_MS, "the timer itself is durable");
    let seq = alice.say(&group, "gone in 90 s").await;
    assert_eq!(newest(), 90_000, "the message lives as long as its timer");
    let id = message_id(&alice, &group, seq);
    alice.m_mut().react(&group, &id, "👍").await.unwrap();
    assert_eq!(newest(), 90_000, "a reaction to it too");
    alice
        .m_mut()
        .edit(&group, &id, "gone soon".into())
        .await
        .unwrap();
    assert_eq!(newest(), 90_000, "and an edit");
    alice
        .m_mut()
        .send(&group, Content::Receipt { read_up_to: seq })
        .await
        .unwrap();
    assert_eq!(newest(), QUEUE_TTL_MS, "a receipt is not content");
    alice.m_mut().set_timer(&group, 0).await.unwrap();
    alice.say(&group, "this one stays").await;
    assert_eq!(newest(), QUEUE_TTL_MS);
}

/// A message forwarded out of a disappearing conversation keeps its timer where it goes: the
/// copy in a conversation without a timer disappears on the forwarder's device from when it
/// was sent and on a reader's from when it was read, its queue entries expire with it, and it
/// is left out of a new device's history.
#[tokio::test]
async fn a_forward_keeps_the_timer_of_where_it_came_from() {
    use conclave_client_core::{HistoryBody, envelope::Content};
    let mut h = conclave_tests::harness::Harness::start(22).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    let pair = alice.m_mut().direct(&bob.username).await.unwrap();
    alice.m_mut().set_timer(&pair, 45).await.unwrap();
    let seq = alice.say(&pair, "a secret for bob").await;
    let team = bob
        .m_mut()
        .create_group("team", &[carol.username.clone()])
        .await
        .unwrap();
    bob.sync().await;
    carol.sync().await;
    let id = message_id(&bob, &pair, seq);
    let sent = bob.m_mut().forward(&pair, &id, &team).await.unwrap();
    let HistoryBody::Message {
        content, sent_at, ..
    } = &sent.body
    else {
        panic!("{sent:?}")
    };
    assert_eq!(
        content,
        &Content::ForwardDisappearing {
            text: "a secret for bob".into(),
            secs: 45
        }
    );
    assert_eq!(
        bob.m().engine().expiry(&team, sent.seq),
        Some(conclave_proto::Timestamp(sent_at.0 + 45_000)),
        "the forwarder's copy goes 45 s after it was sent"
    );
    let lifetime = newest_lifetime(&h.data, carol.id);
    assert_eq!(lifetime, 45_000, "no copy waits at the server for longer");

    carol.sync().await;
    assert_eq!(
        carol.m().engine().expiry(&team, sent.seq),
        None,
        "not read yet"
    );
    carol.m_mut().mark_read(&team).await.unwrap();
    let read_expiry = carol.m().engine().expiry(&team, sent.seq).unwrap();
    let now = conclave_client::messenger::now();
    assert!(
        (now.0 + 40_000..=now.0 + 45_000).contains(&read_expiry.0),
        "45 s from when carol read it: {read_expiry:?} at {now:?}"
    );
    // A new device of bob's gets the team's history without it.
    bob.say(&team, "this one travels").await;
    let phone = h.link_device(&bob).await;
    bob.add_new_devices(&team).await;
    let bundle = bob.m().engine().export_history(phone.id, now);
    let team_history = bundle
        .conversations
        .iter()
        .find(|c| c.group == team)
        .expect("the team's history is offered");
    let texts: Vec<&Content> = team_history
        .entries
        .iter()
        .filter_map(|e| match &e.body {
            HistoryBody::Message { content, .. } => Some(content),
            _ => None,
        })
        .collect();
    assert!(
        texts.contains(&&Content::Text {
            text: "this one travels".into()
        }),
        "{texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|c| matches!(c, Content::ForwardDisappearing { .. })),
        "exports leave it out: {texts:?}"
    );
}
