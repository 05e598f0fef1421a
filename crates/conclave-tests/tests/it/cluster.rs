//! Cluster mode: several real `conclave-server` nodes on one PostgreSQL and one NATS, and the
//! fault tests of issue 5 (a node killed, PostgreSQL restarted, NATS stopped, concurrent
//! commits on two nodes). PostgreSQL and NATS that a test stops are private instances.

use std::{
    collections::{BTreeMap, BTreeSet},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use conclave_client::{ClientError, Connection, Endpoint, messenger::MessengerError};
use conclave_client_core::envelope::Content;
use conclave_proto::{ErrorCode, GroupId, QueueSeq, Request, Response, Timestamp};
use conclave_server_store_postgres::test_db::TestDatabase;
use conclave_tests::{
    TestDevice,
    cluster::{Cluster, PrivateNats, PrivatePostgres},
    harness::{Device, users},
};
use rand::SeedableRng;

const WAIT: Duration = Duration::from_secs(60);

fn now() -> Timestamp {
    Timestamp(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0),
    )
}

fn lost(e: &MessengerError) -> bool {
    matches!(
        e,
        MessengerError::Client(
            ClientError::Closed(_) | ClientError::Timeout | ClientError::Connect { .. }
        )
    ) || matches!(e, MessengerError::Client(c) if c.code() == Some(ErrorCode::ShuttingDown))
}

/// Reconnects (failing over) until it works.
async fn reconnect(d: &mut Device) {
    let deadline = Instant::now() + WAIT;
    loop {
        match d.reconnect().await {
            Ok(()) => return,
            Err(e) if lost(&e) && Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("{} cannot reconnect: {e}", d.username),
        }
    }
}

/// Syncs, reconnecting as often as needed.
async fn sync(d: &mut Device) {
    loop {
        match d.m_mut().sync().await {
            Ok(events) => {
                d.events.extend(events);
                return;
            }
            Err(e) if lost(&e) => reconnect(d).await,
            Err(e) => panic!("{} sync: {e}", d.username),
        }
    }
}

fn own_history_has(d: &Device, group: &GroupId, text: &str) -> bool {
    d.texts(group).iter().any(|t| t.3 == text)
}

/// Sends `text`, failing over when the node goes away; the text is in the conversation once.
async fn say(d: &mut Device, group: &GroupId, text: &str) {
    loop {
        let result = d
            .m_mut()
            .send(
                group,
                Content::Text {
                    text: text.to_owned(),
                },
            )
            .await;
        match result {
            Ok(_) => return,
            Err(e) if lost(&e) => {
                // The messenger sends an unconfirmed message again on reconnect (same id).
                reconnect(d).await;
                if own_history_has(d, group, text) {
                    return;
                }
            }
            Err(e) => panic!("{} send {text}: {e}", d.username),
        }
    }
}

/// Raw connections of a device to the node at `endpoints[0]`, failing over to the others.
async fn connect(device: &TestDevice, endpoints: &[Endpoint]) -> Connection {
    Connection::open_any(
        endpoints,
        conclave_client::Auth::Device {
            id: device.id,
            key: &device.key,
        },
    )
    .await
    .expect("connect")
}

async fn next_delivery(
    conn: &mut Connection,
    within: Duration,
) -> Option<conclave_proto::Delivery> {
    tokio::time::timeout(within, conn.next_delivery())
        .await
        .ok()
        .flatten()
}

/// A message stored by one node reaches a device connected to another live (no polling);
/// a session taking over on another node ends the older one; removing a device ends its
/// session wherever it is; invitation links name every node; admin works on PostgreSQL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_deliver_live_take_over_and_evict_across_the_cluster() {
    let cluster = Cluster::start(2).await;
    let (a, b) = (cluster.endpoints_from(0), cluster.endpoints_from(1));
    let link = cluster.invite_link();
    assert_eq!(link.nodes().len(), 2, "the link names both nodes: {link}");
    let alice = TestDevice::register(&a[0], &cluster.invite_link(), "alice")
        .await
        .expect("alice");
    let bob = TestDevice::register(&b[0], &link, "bob")
        .await
        .expect("bob");
    let group = conclave_tests::share_group(&a[0], &[&alice, &bob]).await;

    let alice_conn = connect(&alice, &a).await;
    let mut bob_conn = connect(&bob, &b).await;
    assert_eq!(bob_conn.endpoint(), &b[0]);
    // An ephemeral signal (typing) crosses the bus to bob's node and is pushed, never queued.
    let signal = vec![0xe5; 100];
    alice_conn
        .request(Request::Ephemeral {
            group: group.clone(),
            payload: signal.clone(),
        })
        .await
        .expect("relayed");
    let deadline = Instant::now() + Duration::from_secs(10);
    let relayed = loop {
        let got = bob_conn.take_ephemeral();
        if !got.is_empty() {
            break got;
        }
        assert!(Instant::now() < deadline, "the signal reaches node 2");
        let _ =
            tokio::time::timeout(Duration::from_millis(100), bob_conn.ephemeral_arrived()).await;
    };
    assert_eq!(relayed.len(), 1);
    assert_eq!(
        (&relayed[0].group, relayed[0].sender, &relayed[0].payload),
        (&group, alice.id, &signal)
    );
    for i in 0..20u8 {
        let sent = Instant::now();
        alice_conn.send(vec![bob.id], vec![i]).await.expect("send");
        let d = next_delivery(&mut bob_conn, Duration::from_secs(10))
            .await
            .expect("pushed across nodes, without a fetch");
        assert_eq!(d.payload, vec![i]);
        assert!(sent.elapsed() < Duration::from_secs(10));
        bob_conn.ack(vec![d.seq]).await.expect("ack");
    }

    // Takeover: bob connects to node 1; his session on node 2 is closed.
    let mut bob_again = connect(&bob, &a).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while next_delivery(&mut bob_conn, Duration::from_millis(500))
        .await
        .is_some()
        || bob_conn.close_reason().is_none()
    {
        assert!(
            Instant::now() < deadline,
            "the older session on node 2 ends"
        );
    }
    assert_eq!(
        bob_conn.close_reason().map(|e| e.code),
        Some(ErrorCode::Forbidden)
    );
    alice_conn
        .send(vec![bob.id], b"after".to_vec())
        .await
        .expect("send");
    let d = next_delivery(&mut bob_again, Duration::from_secs(10))
        .await
        .expect("the newer session gets deliveries");
    assert_eq!(d.payload, b"after");

    // Eviction: alice's second device, on node 2, is removed from node 1.
    let code = match alice_conn
        .request(Request::DeviceLinkCreate {
            expires_in_secs: 600,
        })
        .await
        .expect("link")
    {
        Response::DeviceLinkCreated { code, .. } => code,
        other => panic!("{other:?}"),
    };
    let phone_key = conclave_tests::test_key("alice-phone");
    let mut phone = Connection::open_any(
        &b,
        conclave_client::Auth::JoinDevice {
            code,
            device_name: "phone",
            key: &phone_key,
        },
    )
    .await
    .expect("phone joins");
    let phone_id = phone.device();
    match alice_conn
        .request(Request::DeviceRemove { device: phone_id })
        .await
        .expect("remove")
    {
        Response::DeviceRemoved => {}
        other => panic!("{other:?}"),
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while phone.close_reason().is_none() {
        let _ = next_delivery(&mut phone, Duration::from_millis(500)).await;
        assert!(
            Instant::now() < deadline,
            "the removed device's session on node 2 ends"
        );
    }
    let reason = phone.close_reason().expect("closed");
    assert_eq!(reason.code, ErrorCode::AuthFailed);
    assert!(reason.message.contains("removed"), "{}", reason.message);

    // Operator commands run against the PostgreSQL store.
    let out = cluster.nodes[1].admin(&["accounts", "list", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        listed.contains("\"alice\"") && listed.contains("\"bob\""),
        "{listed}"
    );
}

/// Fault 1: three nodes, members spread across them, a steady stream of MLS messages; one
/// node is SIGKILLed mid-stream; its clients fail over; every member device decrypts every
/// message exactly once, in the same order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_node_killed_mid_stream_clients_fail_over_and_every_message_arrives_once() {
    let mut cluster = Cluster::start(3).await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(51);
    let home = tempfile::tempdir().expect("tempdir");
    let names = ["ann", "ben", "cat", "dan", "eve", "fay"];
    let mut devices = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let code = cluster.invite_link().code;
        let d = Device::register_on(
            &cluster.endpoints_from(i % 3),
            code,
            name,
            home.path().join(name),
            &mut rng,
        )
        .await;
        devices.push(d);
    }
    let team = devices[0]
        .m_mut()
        .create_group("team", &users(&names[1..]))
        .await
        .expect("group");
    for d in devices.iter_mut() {
        sync(d).await;
    }

    let mut sent = Vec::new();
    const ROUNDS: usize = 8;
    for round in 0..ROUNDS {
        if round == 3 {
            // Node 2 (ben's and eve's) dies without a chance to flush anything.
            cluster.nodes[1].kill();
        }
        for d in devices.iter_mut() {
            let text = format!("r{round}-{}", d.username);
            say(d, &team, &text).await;
            sent.push(text);
        }
    }
    for d in devices.iter_mut() {
        sync(d).await;
    }
    let killed_clients: Vec<String> = devices
        .iter()
        .filter(|d| d.m().connection().endpoint() != &cluster.nodes[1].endpoint)
        .map(|d| d.username.to_string())
        .collect();
    assert_eq!(
        killed_clients.len(),
        devices.len(),
        "nobody is on the dead node"
    );

    let first = devices[0].texts(&team);
    assert_eq!(first.len(), sent.len(), "every message once in the history");
    for d in &devices {
        assert_eq!(d.texts(&team), first, "{} has the same history", d.username);
        for text in &sent {
            let own = text.ends_with(&format!("-{}", d.username));
            assert_eq!(
                d.received(text),
                usize::from(!own),
                "{} decrypts {text} exactly once",
                d.username
            );
        }
        assert!(d.m().rejected.is_empty(), "{:?}", d.m().rejected);
    }
    let auth = devices[0].epoch_authenticator(&team);
    for d in &devices {
        assert_eq!(
            d.epoch_authenticator(&team),
            auth,
            "{} on the same epoch",
            d.username
        );
    }
}

/// A stream of opaque payloads from a device on node 1 to a device on node 2, while `fault`
/// runs on another thread; returns (acknowledged payloads, payloads received in order, how
/// many arrived while the fault was in progress).
async fn stream_through(
    cluster: &Cluster,
    count: u32,
    fault: impl FnOnce(&Arc<Mutex<bool>>) + Send + 'static,
    fault_at: u32,
) -> (BTreeSet<u32>, Vec<u32>, usize, Duration) {
    let (a, b) = (cluster.endpoints_from(0), cluster.endpoints_from(1));
    let sender = TestDevice::register(&a[0], &cluster.invite_link(), "sender")
        .await
        .expect("sender");
    let receiver = TestDevice::register(&b[0], &cluster.invite_link(), "receiver")
        .await
        .expect("receiver");
    conclave_tests::share_group(&a[0], &[&sender, &receiver]).await;
    let send_conn = connect(&sender, &a).await;
    let mut recv_conn = connect(&receiver, &b).await;
    let in_fault = Arc::new(Mutex::new(false));
    let received = Arc::new(Mutex::new(Vec::<(u64, u32)>::new()));
    let during = Arc::new(Mutex::new(0usize));
    let receiving = {
        let (received, during, in_fault) = (received.clone(), during.clone(), in_fault.clone());
        tokio::spawn(async move {
            // Only pushes: the client never fetches, so what arrives came from the server.
            while let Some(d) = recv_conn.next_delivery().await {
                let n = u32::from_be_bytes(d.payload[..4].try_into().expect("4 bytes"));
                received.lock().unwrap().push((d.seq.0, n));
                if *in_fault.lock().unwrap() {
                    *during.lock().unwrap() += 1;
                }
                // Acks ride through too (retried here while the store is down).
                for _ in 0..100 {
                    if recv_conn.ack(vec![d.seq]).await.is_ok() {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        })
    };
    let mut acked = BTreeSet::new();
    let mut slowest = Duration::ZERO;
    let mut fault = Some(fault);
    let mut fault_thread = None;
    for n in 0..count {
        if n == fault_at {
            let f = fault.take().expect("once");
            let flag = in_fault.clone();
            fault_thread = Some(std::thread::spawn(move || f(&flag)));
        }
        let started = Instant::now();
        match send_conn
            .send(vec![receiver.id], n.to_be_bytes().to_vec())
            .await
        {
            Ok(_) => {
                acked.insert(n);
                slowest = slowest.max(started.elapsed());
            }
            Err(e) => eprintln!("send {n} not acknowledged: {e}"),
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    if let Some(t) = fault_thread {
        t.join().expect("fault thread");
    }
    let deadline = Instant::now() + WAIT;
    loop {
        let got: BTreeSet<u32> = received.lock().unwrap().iter().map(|r| r.1).collect();
        if acked.is_subset(&got) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "acknowledged payloads missing: {:?}",
            acked.difference(&got).take(10).collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    receiving.abort();
    let received = received.lock().unwrap().clone();
    let seqs: Vec<u64> = received.iter().map(|r| r.0).collect();
    let mut sorted = seqs.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(seqs, sorted, "pushed in queue order, each once");
    let during = *during.lock().unwrap();
    (
        acked,
        received.into_iter().map(|r| r.1).collect(),
        during,
        slowest,
    )
}

/// Fault 2: PostgreSQL restarted mid-stream. Nodes ride through (requests wait and retry),
/// acknowledge nothing that was not committed, and lose nothing acknowledged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_postgres_restarted_mid_stream_nodes_ride_through_and_lose_nothing() {
    let pg = Arc::new(Mutex::new(PrivatePostgres::start()));
    let url = pg.lock().unwrap().url();
    let db = TestDatabase::create_on(&url).await.expect("database");
    let nats = PrivateNats::start();
    let cluster = Cluster::start_on(2, db, &nats.url());
    let restart = pg.clone();
    let (acked, received, _, slowest) = stream_through(
        &cluster,
        150,
        move |in_fault| {
            *in_fault.lock().unwrap() = true;
            let mut pg = restart.lock().unwrap();
            pg.stop();
            std::thread::sleep(Duration::from_secs(3));
            pg.start_again();
            *in_fault.lock().unwrap() = false;
        },
        50,
    )
    .await;
    assert_eq!(
        acked.len(),
        150,
        "every send was acknowledged: the nodes rode through the restart"
    );
    assert!(
        slowest >= Duration::from_secs(1),
        "a send waited for the database to come back ({slowest:?})"
    );
    let got: BTreeSet<u32> = received.iter().copied().collect();
    assert!(acked.is_subset(&got));
    assert_eq!(got.len(), received.len(), "each payload delivered once");
    assert!(
        cluster.nodes[0]
            .logs()
            .contains("write batch failed; retrying"),
        "the sender's node rode through the outage by retrying"
    );
}

/// Fault 3: NATS stopped mid-stream. Delivery goes on (sessions read the store while the bus
/// is down), later than usual; nothing is lost; when NATS returns, live pushes resume.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_nats_stopped_mid_stream_delivery_continues_and_nothing_is_lost() {
    let nats = Arc::new(Mutex::new(PrivateNats::start()));
    let url = nats.lock().unwrap().url();
    let db = TestDatabase::create().await.expect("database");
    let cluster = Cluster::start_on(2, db, &url);
    let outage = nats.clone();
    let (acked, received, during, _) = stream_through(
        &cluster,
        300,
        move |in_fault| {
            outage.lock().unwrap().stop();
            *in_fault.lock().unwrap() = true;
            std::thread::sleep(Duration::from_secs(4));
            *in_fault.lock().unwrap() = false;
            outage.lock().unwrap().start_again();
        },
        60,
    )
    .await;
    assert_eq!(acked.len(), 300, "sends do not depend on NATS");
    let got: BTreeSet<u32> = received.iter().copied().collect();
    assert!(acked.is_subset(&got));
    assert!(
        during > 0,
        "payloads arrived while NATS was down (from the store)"
    );
}

/// Fault 4: two nodes take commits for the same group and epoch at the same moment: exactly
/// one wins, the other is told the epoch moved on; both members end on the same epoch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_two_nodes_concurrent_commits_for_one_epoch_exactly_one_wins() {
    let cluster = Cluster::start(2).await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(54);
    let home = tempfile::tempdir().expect("tempdir");
    let mut alice = Device::register_on(
        &cluster.endpoints_from(0),
        cluster.invite_link().code,
        "alice",
        home.path().join("alice"),
        &mut rng,
    )
    .await;
    let mut bob = Device::register_on(
        &cluster.endpoints_from(1),
        cluster.invite_link().code,
        "bob",
        home.path().join("bob"),
        &mut rng,
    )
    .await;
    let g = alice
        .m_mut()
        .create_group("pair", &users(&["bob"]))
        .await
        .expect("group");
    bob.sync().await;
    let mut wins: BTreeMap<&str, u32> = BTreeMap::new();
    for _ in 0..6 {
        let epoch = alice.epoch(&g);
        assert_eq!(bob.epoch(&g), epoch);
        let pa = alice
            .m_mut()
            .engine_mut()
            .prepare_self_update(&g)
            .expect("a");
        let pb = bob.m_mut().engine_mut().prepare_self_update(&g).expect("b");
        let commit = |p: &conclave_client_core::engine::PreparedCommit| Request::Commit {
            group: g.clone(),
            epoch: p.epoch,
            commit: p.commit.clone(),
            added: p.added.clone(),
            removed: p.removed.clone(),
            welcome: p.welcome.clone(),
        };
        let (ra, rb) = tokio::join!(
            alice.m().connection().request(commit(&pa)),
            bob.m().connection().request(commit(&pb)),
        );
        let outcome = |r: Result<Response, ClientError>| match r {
            Ok(Response::Committed { seq, .. }) => Some(seq),
            Err(e) if e.code() == Some(ErrorCode::StaleEpoch) => None,
            other => panic!("unexpected {other:?}"),
        };
        let (sa, sb) = (outcome(ra), outcome(rb));
        assert!(
            sa.is_some() != sb.is_some(),
            "exactly one of the two commits wins"
        );
        for (d, seq, name) in [(&mut alice, sa, "alice"), (&mut bob, sb, "bob")] {
            match seq {
                Some(seq) => {
                    d.m_mut()
                        .engine_mut()
                        .commit_accepted(&g, seq, now())
                        .expect("merge");
                    *wins.entry(name).or_default() += 1;
                }
                None => d.m_mut().engine_mut().commit_rejected(&g).expect("drop"),
            }
        }
        alice.sync().await;
        bob.sync().await;
        assert_eq!(alice.epoch(&g), epoch + 1, "one commit per epoch");
        assert_eq!(bob.epoch(&g), epoch + 1);
        assert_eq!(alice.epoch_authenticator(&g), bob.epoch_authenticator(&g));
    }
    alice.say(&g, "still one group").await;
    bob.sync().await;
    assert_eq!(bob.received("still one group"), 1);
    let _ = QueueSeq(0);
}

/// An operator command run against node 1's configuration (so, on the shared PostgreSQL)
/// reaches a session open on node 2 within seconds: every node polls the store's log of
/// operator changes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_changes_reach_sessions_on_every_node() {
    let cluster = Cluster::start(2).await;
    let b = cluster.endpoints_from(1);
    let dave = TestDevice::register(&b[0], &cluster.invite_link(), "dave")
        .await
        .expect("dave");
    let mut conn = connect(&dave, &b).await;
    assert_eq!(conn.endpoint(), &b[0], "dave is on node 2");
    let out = cluster.nodes[0].admin(&["account", "disable", "dave"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let started = Instant::now();
    while conn.close_reason().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "node 2 ends the disabled account's session within seconds"
        );
        let _ = next_delivery(&mut conn, Duration::from_millis(200)).await;
    }
    assert_eq!(
        conn.close_reason().map(|e| e.code),
        Some(ErrorCode::AccountDisabled)
    );
    // The log line is written beside the close; the reader of its stderr may lag a moment.
    let started = Instant::now();
    while !cluster.nodes[1]
        .logs()
        .contains("account disabled by the operator")
    {
        assert!(started.elapsed() < Duration::from_secs(5), "node 2 logs it");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for endpoint in cluster.endpoints_from(0) {
        let e = Connection::open(
            &endpoint,
            conclave_client::Auth::Device {
                id: dave.id,
                key: &dave.key,
            },
        )
        .await
        .err()
        .expect("refused on every node");
        assert_eq!(e.code(), Some(ErrorCode::AccountDisabled), "{e}");
    }
}

/// A relay row as a node that went away 4 hours ago left it: a valid descriptor of a relay
/// that no directory may list any more.
fn stale_relay_row() -> (String, conclave_server_core::RelayNodeRecord) {
    use conclave_relay::directory::{RelayDescriptor, Role};
    let noise: [u8; 32] = rand::random();
    let descriptor = RelayDescriptor {
        id: RelayDescriptor::id_for(&noise),
        roles: vec![Role::Entry, Role::Exit],
        country: "ZZ".into(),
        operator: "gone.example".into(),
        addr: "127.0.0.1:9".into(),
        tls_fp: conclave_relay::hex(&rand::random::<[u8; 32]>()),
        noise_key: RelayDescriptor::encode_noise_key(&noise),
        exit_policy: Default::default(),
    };
    let row = conclave_server_core::RelayNodeRecord {
        node: descriptor.id.clone(),
        descriptor: Some(serde_json::to_string(&descriptor).expect("json")),
        issuer_keys: r#"{"name":"gone.example","keys":[]}"#.into(),
        updated_at: Timestamp(now().0 - 4 * 3600 * 1000),
    };
    (descriptor.id, row)
}

async fn directory_of(endpoint: &Endpoint) -> conclave_relay::directory::Directory {
    conclave_client::proxy::fetch_directory(endpoint)
        .await
        .expect("fetch the relay directory")
        .verify(None, now().0)
        .expect("the directory verifies")
}

/// Issue 13: every node of a cluster publishes its relay and its issuer's public keys, so node
/// B's directory (signed with the cluster's shared directory key) lists node A's relay and A's
/// issuer key, and a token a member of node A fetched at A is accepted by B's relay; a row
/// not published for more than 3 hours is left out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_nodes_relay_and_issuer_are_in_every_nodes_directory() {
    use conclave_server_core::Store as _;
    let db = TestDatabase::create().await.expect("test database");
    let mut cluster =
        Cluster::start_configured(1, db, &conclave_tests::cluster::shared_nats_url(), |temp| {
            format!(
                "[relay]\nroles = [\"entry\", \"exit\"]\ndirectory_key = \"{}\"\n",
                temp.join("directory.key").display()
            )
        });
    let a_directory = directory_of(&cluster.nodes[0].endpoint).await;
    assert_eq!(a_directory.relays.len(), 1, "node A lists its own relay");
    let a_relay = a_directory.relays[0].id.clone();
    let a_keys: Vec<String> = a_directory.issuers[0]
        .keys
        .iter()
        .map(|k| k.spki.clone())
        .collect();

    // A node that stopped publishing 4 hours ago.
    let store = conclave_server_store_postgres::PgStore::open(
        &cluster.store_url,
        conclave_server_store_postgres::PgOptions::default(),
    )
    .await
    .expect("open the cluster's store");
    let (stale_relay, stale_row) = stale_relay_row();
    store.upsert_relay_node(stale_row).await.expect("stale row");

    let b = cluster.add_node();
    let b_directory = directory_of(&cluster.nodes[b].endpoint).await;
    assert_eq!(
        a_directory.operator, b_directory.operator,
        "one operator's directory"
    );
    let ids: BTreeSet<&str> = b_directory.relays.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), 2, "B's own relay and A's: {ids:?}");
    assert!(ids.contains(a_relay.as_str()), "B lists A's relay: {ids:?}");
    assert!(
        !ids.contains(stale_relay.as_str()),
        "a stale row is dropped"
    );
    let b_relay = ids
        .iter()
        .find(|id| **id != a_relay)
        .map(|id| id.to_string())
        .expect("B's relay");
    let b_keys: BTreeSet<&str> = b_directory
        .issuers
        .iter()
        .flat_map(|i| i.keys.iter().map(|k| k.spki.as_str()))
        .collect();
    assert_eq!(b_keys.len(), 2, "A's issuer key and B's: {b_keys:?}");
    for key in &a_keys {
        assert!(b_keys.contains(key.as_str()), "B trusts A's issuer key");
    }

    // A member registered at A fetches tokens at A, for B's relay, with B's directory: the
    // key A names is found in it, and B's relay's token check accepts the token.
    let endpoints = cluster.endpoints_from(0);
    let alice = TestDevice::register(&endpoints[0], &cluster.invite_link(), "alice")
        .await
        .expect("alice");
    let (_directory_tx, directory_rx) = tokio::sync::watch::channel(Arc::new(b_directory.clone()));
    let tokens = conclave_client::proxy::ServerTokens {
        endpoints: vec![endpoints[0].clone()],
        device: alice.id,
        key: Arc::new(conclave_client_core::DeviceKey::from_secret_bytes(
            &alice.key.secret_bytes(),
        )),
        directory: directory_rx.clone(),
    };
    let fetched = tokens.fetch(&b_relay, 2).await.expect("tokens from node A");
    assert_eq!(fetched.len(), 2);
    fn fixed_now() -> i64 {
        now().0
    }
    let check =
        conclave_relay::net::tokens::DirectoryTokens::new(&b_relay, directory_rx, fixed_now);
    use conclave_relay::net::TokenCheck as _;
    for token in &fetched {
        check
            .redeem(token)
            .expect("B's relay accepts a token of A's issuer");
    }
    assert!(check.redeem(&fetched[0]).is_err(), "a token is spent once");
    store.close().await;
}
