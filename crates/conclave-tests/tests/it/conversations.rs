//! The messaging guarantees of MLS conversations, on the in-process harness: a real server
//! and real messengers in one process, scenario choices from a seed (`CONCLAVE_SEED`).

use conclave_client_core::HistoryBody;
use conclave_proto::GroupId;
use conclave_tests::harness::{Device, Harness, seed, users};
use rand::Rng as _;

/// Every device catches up.
async fn sync_all(devices: &mut [&mut Device]) {
    for d in devices.iter_mut() {
        d.sync().await;
    }
}

/// Every member device has the same texts, in the same order.
fn assert_same_history(group: &GroupId, devices: &[&Device]) {
    let first = devices[0].texts(group);
    for d in &devices[1..] {
        assert_eq!(
            d.texts(group),
            first,
            "{}/{} and {}/{} disagree",
            devices[0].username,
            devices[0].id,
            d.username,
            d.id
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_device_decrypts_every_message_once_in_the_same_order() {
    let mut h = Harness::start(seed(1)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    // Bob has a second device before the conversation starts.
    let mut bob2 = h.link_device(&bob).await;

    let team = alice
        .m_mut()
        .create_group("team", &users(&["bob", "carol"]))
        .await
        .expect("group");
    sync_all(&mut [&mut bob, &mut bob2, &mut carol]).await;
    for d in [&alice, &bob, &bob2, &carol] {
        assert_eq!(
            d.m().engine().members(&team).unwrap().len(),
            4,
            "{}",
            d.username
        );
    }

    // Seeded interleaving: each round a random device sends; sometimes a random device syncs
    // first, so senders are often behind and must catch up before their message is accepted.
    let mut sent = Vec::new();
    for i in 0..60 {
        let who = h.rng.gen_range(0..4);
        let text = format!("m{i:03}");
        let d: &mut Device = match who {
            0 => &mut alice,
            1 => &mut bob,
            2 => &mut bob2,
            _ => &mut carol,
        };
        d.say(&team, &text).await;
        sent.push(text);
        if h.rng.gen_bool(0.3) {
            match h.rng.gen_range(0..4) {
                0 => alice.sync().await,
                1 => bob.sync().await,
                2 => bob2.sync().await,
                _ => carol.sync().await,
            }
        }
    }
    sync_all(&mut [&mut alice, &mut bob, &mut bob2, &mut carol]).await;

    assert_same_history(&team, &[&alice, &bob, &bob2, &carol]);
    let history = alice.texts(&team);
    assert_eq!(
        history.len(),
        sent.len(),
        "every message is in the history once"
    );
    let mut seqs: Vec<u64> = history.iter().map(|t| t.0).collect();
    seqs.dedup();
    assert_eq!(
        seqs.len(),
        history.len(),
        "server seqs are distinct and ordered"
    );
    for d in [&alice, &bob, &bob2, &carol] {
        for (_, sender, device, text) in &history {
            let expected = usize::from(!(*device == d.id && sender == d.username.as_str()));
            assert_eq!(
                d.received(text),
                expected,
                "{}/{} decrypts {text} exactly once (own messages: never)",
                d.username,
                d.id
            );
        }
        assert!(d.m().rejected.is_empty(), "{:?}", d.m().rejected);
    }
    let epochs: Vec<u64> = [&alice, &bob, &bob2, &carol]
        .iter()
        .map(|d| d.epoch(&team))
        .collect();
    assert!(epochs.windows(2).all(|w| w[0] == w[1]), "{epochs:?}");
    let _ = HistoryBody::Joined;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offline_device_gets_all_1000_messages_when_it_returns() {
    let mut h = Harness::start(seed(2)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let bob_name = users(&["bob"]).remove(0);
    let chat = alice.m_mut().direct(&bob_name).await.expect("1:1");
    bob.sync().await;
    assert_eq!(
        bob.m().find("alice"),
        Some(chat.clone()),
        "bob sees the 1:1 with alice"
    );

    bob.stop().await;
    for i in 0..1000 {
        alice.say(&chat, &format!("offline {i:04}")).await;
    }
    bob.start(&h.endpoint()).await;
    bob.sync().await;

    let got = bob.texts(&chat);
    assert_eq!(got.len(), 1000, "every message arrives");
    for (i, (_, sender, _, text)) in got.iter().enumerate() {
        assert_eq!(sender, "alice");
        assert_eq!(text, &format!("offline {i:04}"), "in order");
        assert_eq!(bob.received(text), 1, "decrypted once");
    }
    assert_eq!(got, alice.texts(&chat));
    assert!(bob.m().rejected.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_and_server_restarts_lose_nothing() {
    let mut h = Harness::start(seed(3)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    let g = alice
        .m_mut()
        .create_group("crew", &users(&["bob", "carol"]))
        .await
        .unwrap();
    bob.sync().await;
    carol.sync().await;

    let mut expected = Vec::new();
    for round in 0..3 {
        for i in 0..10 {
            let text = format!("r{round} a{i}");
            alice.say(&g, &text).await;
            expected.push(text);
            let text = format!("r{round} b{i}");
            bob.say(&g, &text).await;
            expected.push(text);
        }
        // Mid-conversation: carol restarts (without having synced), then the server restarts
        // and every client reconnects.
        carol.restart(&h.endpoint()).await;
        let text = format!("r{round} c");
        carol.say(&g, &text).await;
        expected.push(text);
        alice.stop().await;
        bob.stop().await;
        carol.stop().await;
        h.restart_server().await;
        let endpoint = h.endpoint();
        alice.start(&endpoint).await;
        bob.start(&endpoint).await;
        carol.start(&endpoint).await;
    }
    sync_all(&mut [&mut alice, &mut bob, &mut carol]).await;
    assert_same_history(&g, &[&alice, &bob, &carol]);
    let texts: Vec<String> = alice.texts(&g).into_iter().map(|t| t.3).collect();
    assert_eq!(texts, expected, "nothing lost, nothing doubled, in order");
    for d in [&alice, &bob, &carol] {
        for t in &expected {
            let own = d.texts(&g).iter().any(|x| &x.3 == t && x.2 == d.id);
            assert_eq!(d.received(t), usize::from(!own), "{} {t}", d.username);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_commits_one_wins_the_other_retries_and_nobody_forks() {
    use conclave_proto::{ErrorCode, Request, Response};
    let mut h = Harness::start(seed(4)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    let mut dave = h.join("dave").await;
    let mut erin = h.join("erin").await;
    let g = alice
        .m_mut()
        .create_group("race", &users(&["bob", "carol"]))
        .await
        .unwrap();
    bob.sync().await;
    carol.sync().await;

    // Exactly one commit per epoch: two commits made in the same epoch, the second refused.
    let epoch = alice.epoch(&g);
    assert_eq!(bob.epoch(&g), epoch);
    let first = alice
        .m_mut()
        .engine_mut()
        .prepare_commit(&g, Vec::new(), &[carol.id])
        .unwrap();
    let second = bob
        .m_mut()
        .engine_mut()
        .prepare_commit(&g, Vec::new(), &[carol.id])
        .unwrap();
    assert_eq!((first.epoch, second.epoch), (epoch, epoch));
    let commit = |p: &conclave_client_core::engine::PreparedCommit| Request::Commit {
        group: p.group.clone(),
        epoch: p.epoch,
        commit: p.commit.clone(),
        added: p.added.clone(),
        removed: p.removed.clone(),
        welcome: p.welcome.clone(),
    };
    let (a, b) = tokio::join!(
        alice.m().connection().request(commit(&first)),
        bob.m().connection().request(commit(&second)),
    );
    let (won, lost) = match (&a, &b) {
        (Ok(Response::Committed { .. }), Err(e)) => (&mut alice, (&mut bob, e)),
        (Err(e), Ok(Response::Committed { .. })) => (&mut bob, (&mut alice, e)),
        other => panic!("exactly one commit must win: {other:?}"),
    };
    assert_eq!(lost.1.code(), Some(ErrorCode::StaleEpoch), "{}", lost.1);
    let seq = match a.as_ref().or(b.as_ref()) {
        Ok(Response::Committed { seq, .. }) => *seq,
        _ => unreachable!(),
    };
    won.m_mut()
        .engine_mut()
        .commit_accepted(&g, seq, conclave_proto::Timestamp(0))
        .unwrap();
    lost.0.m_mut().engine_mut().commit_rejected(&g).unwrap();
    // Carol was removed by the winner; bring her back for the next round.
    sync_all(&mut [&mut alice, &mut bob, &mut carol]).await;
    assert_eq!(alice.epoch(&g), epoch + 1);
    assert_eq!(alice.epoch_authenticator(&g), bob.epoch_authenticator(&g));
    alice
        .m_mut()
        .add_accounts(&g, &users(&["carol"]))
        .await
        .unwrap();

    // Through the messenger: both add someone at once; the loser retries by itself.
    sync_all(&mut [&mut alice, &mut bob, &mut carol]).await;
    let (add_dave, add_erin) = (users(&["dave"]), users(&["erin"]));
    let (ra, rb) = tokio::join!(
        alice.m_mut().add_accounts(&g, &add_dave),
        bob.m_mut().add_accounts(&g, &add_erin),
    );
    ra.expect("alice's add lands");
    rb.expect("bob's add lands");
    sync_all(&mut [&mut alice, &mut bob, &mut carol, &mut dave, &mut erin]).await;

    let all = [&alice, &bob, &carol, &dave, &erin];
    let epoch = alice.epoch(&g);
    let auth = alice.epoch_authenticator(&g);
    for d in all {
        assert_eq!(d.epoch(&g), epoch, "{} is on the same epoch", d.username);
        assert_eq!(
            d.epoch_authenticator(&g),
            auth,
            "{} has the same epoch authenticator",
            d.username
        );
        assert_eq!(d.m().engine().members(&g).unwrap().len(), 5);
    }
    // And the group still works for everyone.
    dave.say(&g, "hello from dave").await;
    sync_all(&mut [&mut alice, &mut bob, &mut carol, &mut dave, &mut erin]).await;
    for d in [&alice, &bob, &carol, &erin] {
        assert_eq!(d.received("hello from dave"), 1, "{}", d.username);
    }
}

/// The next undelivered entries of a device's queue, fetched without processing them.
async fn peek(d: &Device) -> Vec<conclave_proto::Delivery> {
    let after = conclave_proto::QueueSeq(d.m().engine().last_queue_seq());
    d.m().connection().fetch(after, 100).await.unwrap()
}

/// Hands a delivery taken from another device's queue to `d`'s engine, as if it were `d`'s.
fn feed(d: &mut Device, delivery: &conclave_proto::Delivery) -> Vec<conclave_client_core::Event> {
    let mut foreign = delivery.clone();
    foreign.seq = conclave_proto::QueueSeq(d.m().engine().last_queue_seq() + 1);
    d.m_mut().engine_mut().process(&foreign).unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removed_members_cannot_read_later_and_added_members_cannot_read_earlier() {
    let mut h = Harness::start(seed(5)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    let mut dave = h.join("dave").await;
    let g = alice
        .m_mut()
        .create_group("secrets", &users(&["bob", "carol"]))
        .await
        .unwrap();
    sync_all(&mut [&mut bob, &mut carol]).await;

    alice.say(&g, "before dave").await;
    let early = peek(&bob).await;
    assert!(!early.is_empty());
    sync_all(&mut [&mut bob, &mut carol]).await;
    assert_eq!(carol.received("before dave"), 1);

    alice
        .m_mut()
        .remove_accounts(&g, &users(&["carol"]))
        .await
        .unwrap();
    carol.sync().await;
    assert!(
        carol
            .events
            .iter()
            .any(|e| matches!(e, conclave_client_core::Event::Removed { .. })),
        "carol learns she was removed"
    );
    alice
        .m_mut()
        .add_accounts(&g, &users(&["dave"]))
        .await
        .unwrap();
    dave.sync().await;
    bob.sync().await;

    alice.say(&g, "after carol left").await;
    let late = peek(&bob).await;
    assert!(!late.is_empty());
    bob.sync().await;
    dave.sync().await;
    assert_eq!(bob.received("after carol left"), 1);
    assert_eq!(dave.received("after carol left"), 1);

    // Carol is no longer routed anything, and the ciphertext itself is useless to her.
    carol.sync().await;
    assert_eq!(carol.received("after carol left"), 0);
    for d in &late {
        let events = feed(&mut carol, d);
        assert!(
            !events
                .iter()
                .any(|e| matches!(e, conclave_client_core::Event::Message(_))),
            "carol decrypted a message sent after her removal: {events:?}"
        );
    }
    assert!(!carol.texts(&g).iter().any(|t| t.3 == "after carol left"));

    // Dave sees nothing from before he joined, even given the old ciphertext.
    assert!(!dave.texts(&g).iter().any(|t| t.3 == "before dave"));
    for d in &early {
        let events = feed(&mut dave, d);
        assert!(
            !events
                .iter()
                .any(|e| matches!(e, conclave_client_core::Event::Message(_))),
            "dave decrypted a message sent before he joined: {events:?}"
        );
    }
    assert!(!dave.texts(&g).iter().any(|t| t.3 == "before dave"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_mls_input_gets_clear_errors_and_disturbs_nothing() {
    use conclave_proto::{ErrorCode, Request};
    let mut h = Harness::start(seed(7)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let carol = h.join("carol").await;
    let g = alice
        .m_mut()
        .create_group("sturdy", &users(&["bob"]))
        .await
        .unwrap();
    bob.sync().await;
    alice.say(&g, "one").await;
    let epoch = alice.epoch(&g);

    let refused = |r: Result<conclave_proto::Response, conclave_client::ClientError>| match r {
        Err(e) => (e.code(), e.to_string()),
        Ok(ok) => panic!("accepted: {ok:?}"),
    };

    // A malformed MLS message.
    let (code, text) = refused(
        alice
            .m()
            .connection()
            .request(Request::GroupMessage {
                group: g.clone(),
                epoch,
                message: b"definitely not MLS".to_vec(),
            })
            .await,
    );
    assert_eq!(code, Some(ErrorCode::InvalidArgument));
    assert!(text.contains("not an MLS message"), "{text}");

    // A commit for a wrong epoch: an old one, and one whose header disagrees with the request.
    let stale = alice
        .m_mut()
        .engine_mut()
        .prepare_commit(&g, Vec::new(), &[bob.id])
        .unwrap();
    alice.m_mut().engine_mut().commit_rejected(&g).unwrap();
    let (code, text) = refused(
        alice
            .m()
            .connection()
            .request(Request::Commit {
                group: g.clone(),
                epoch: epoch + 5,
                commit: stale.commit.clone(),
                added: vec![],
                removed: stale.removed.clone(),
                welcome: None,
            })
            .await,
    );
    assert_eq!(code, Some(ErrorCode::InvalidArgument), "{text}");
    let (code, text) = refused(
        alice
            .m()
            .connection()
            .request(Request::Commit {
                group: g.clone(),
                epoch: epoch - 1,
                commit: b"\x00\x01 garbage".to_vec(),
                added: vec![],
                removed: stale.removed.clone(),
                welcome: None,
            })
            .await,
    );
    assert_eq!(code, Some(ErrorCode::InvalidArgument), "{text}");

    // A message to a group the sender is not in.
    let prepared = alice
        .m_mut()
        .engine_mut()
        .prepare_message(
            &g,
            [9; 16],
            conclave_client_core::envelope::Content::Text { text: "x".into() },
            conclave_proto::Timestamp(0),
        )
        .unwrap();
    let (code, text) = refused(
        carol
            .m()
            .connection()
            .request(Request::GroupMessage {
                group: g.clone(),
                epoch,
                message: prepared.bytes.clone(),
            })
            .await,
    );
    assert_eq!(code, Some(ErrorCode::NotMember), "{text}");

    // A tampered ciphertext: the server cannot tell, bob's device refuses it and goes on.
    let mut tampered = prepared.bytes.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 0x55;
    alice
        .m()
        .connection()
        .request(Request::GroupMessage {
            group: g.clone(),
            epoch,
            message: tampered,
        })
        .await
        .expect("the server only sees ciphertext");
    bob.sync().await;
    assert_eq!(
        bob.m().rejected.len(),
        1,
        "bob rejects exactly the tampered message"
    );
    assert!(!bob.texts(&g).iter().any(|t| t.3 == "x"));

    // Nothing else was disturbed: the group goes on for everyone, on the same epoch.
    alice.say(&g, "two").await;
    bob.say(&g, "three").await;
    alice.sync().await;
    bob.sync().await;
    assert_eq!(
        alice
            .texts(&g)
            .iter()
            .map(|t| t.3.as_str())
            .collect::<Vec<_>>(),
        ["one", "two", "three"]
    );
    assert_eq!(bob.texts(&g), alice.texts(&g));
    assert_eq!(alice.epoch_authenticator(&g), bob.epoch_authenticator(&g));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_linked_device_joins_every_conversation_and_a_removed_one_leaves_them() {
    use conclave_proto::{Request, Response};
    let mut h = Harness::start(seed(8)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let g = alice
        .m_mut()
        .create_group("fam", &users(&["bob"]))
        .await
        .unwrap();
    let dm = alice.m_mut().direct(&users(&["bob"])[0]).await.unwrap();
    bob.sync().await;
    alice.say(&g, "before the phone").await;

    // Bob links a phone; his first device adds it to his conversations.
    let mut phone = h.link_device(&bob).await;
    bob.add_new_devices(&g).await;
    bob.add_new_devices(&dm).await;
    phone.sync().await;
    alice.say(&g, "hello phone").await;
    alice.say(&dm, "dm to both").await;
    phone.sync().await;
    bob.sync().await;
    assert_eq!(
        phone
            .texts(&g)
            .iter()
            .map(|t| t.3.as_str())
            .collect::<Vec<_>>(),
        ["hello phone"]
    );
    assert_eq!(
        phone
            .texts(&dm)
            .iter()
            .map(|t| t.3.as_str())
            .collect::<Vec<_>>(),
        ["dm to both"]
    );
    assert_eq!(
        phone.m().find("alice"),
        Some(dm.clone()),
        "the phone knows the 1:1 by name"
    );

    // A device cannot remove itself; another device of the account can.
    let err = phone
        .m()
        .connection()
        .request(Request::DeviceRemove { device: phone.id })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(conclave_proto::ErrorCode::Forbidden));
    match bob
        .m()
        .connection()
        .request(Request::DeviceRemove { device: phone.id })
        .await
        .unwrap()
    {
        Response::DeviceRemoved => {}
        other => panic!("{other:?}"),
    }
    // The removed device's open session is closed at once, with the reason.
    let closed = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        loop {
            if let Some(reason) = phone.m().connection().close_reason() {
                return reason;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the removed device's session is closed");
    assert_eq!(closed.code, conclave_proto::ErrorCode::AuthFailed);
    assert!(closed.message.contains("removed"), "{closed:?}");
    // The next send reconciles: the phone leaves the MLS group too.
    alice.say(&g, "after the phone").await;
    assert!(
        !alice
            .m()
            .engine()
            .members(&g)
            .unwrap()
            .iter()
            .any(|m| m.device == phone.id)
    );
    bob.sync().await;
    assert_eq!(bob.received("after the phone"), 1);
    let endpoint = h.endpoint();
    phone.stop().await;
    let again = conclave_client::Connection::open(
        &endpoint,
        conclave_client::Auth::Device {
            id: phone.id,
            key: &conclave_client_core::DeviceKey::generate(&mut rand::rngs::OsRng),
        },
    )
    .await;
    assert!(again.is_err(), "a removed device cannot sign in");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_packages_are_stocked_refilled_and_fall_back_to_the_last_resort() {
    use conclave_proto::{Request, Response};
    let mut h = Harness::start(seed(9)).await;
    let mut bob = h.join("bob").await;
    let alice = h.join("alice").await;
    async fn stock(d: &Device) -> (u32, bool) {
        match d
            .m()
            .connection()
            .request(Request::KeyPackageCount)
            .await
            .unwrap()
        {
            Response::KeyPackageCount {
                one_time_available,
                has_last_resort,
            } => (one_time_available, has_last_resort),
            other => panic!("{other:?}"),
        }
    }
    let (full, last_resort) = stock(&bob).await;
    assert!(
        full >= 20 && last_resort,
        "a new device publishes a stock: {full}"
    );
    async fn claim(
        conn: &conclave_client::Connection,
        device: conclave_proto::DeviceId,
    ) -> Vec<u8> {
        match conn
            .request(Request::ClaimKeyPackages {
                devices: vec![device],
            })
            .await
            .unwrap()
        {
            Response::KeyPackages(p) => {
                assert_eq!(p.len(), 1);
                p[0].1.clone()
            }
            other => panic!("{other:?}"),
        }
    }
    // One member claiming again and again takes one one-time package, then gets the
    // last-resort one: it cannot exhaust bob's stock.
    let mut claimed = std::collections::BTreeSet::new();
    for _ in 0..full + 2 {
        claimed.insert(claim(alice.m().connection(), bob.id).await);
    }
    assert_eq!(
        claimed.len(),
        2,
        "one one-time package, then the last-resort one again"
    );
    assert_eq!(stock(&bob).await, (full - 1, true));
    // Many members each take one, until bob's stock runs low.
    let others = h.bare_accounts("claimer", full - 20).await;
    for conn in &others {
        assert!(
            claimed.insert(claim(conn, bob.id).await),
            "a fresh one-time package each"
        );
    }
    assert_eq!(stock(&bob).await, (19, true));
    // Bob's device refills when it next starts.
    bob.restart(&h.endpoint()).await;
    let (refilled, last_resort) = stock(&bob).await;
    assert!(refilled >= 20 && last_resort, "{refilled}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redelivered_and_duplicated_deliveries_are_processed_once() {
    let mut h = Harness::start(seed(10)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let g = alice
        .m_mut()
        .create_group("dups", &users(&["bob"]))
        .await
        .unwrap();
    bob.sync().await;
    alice.say(&g, "just once").await;
    let queued = peek(&bob).await;
    assert_eq!(queued.len(), 1);
    bob.sync().await;
    assert_eq!(bob.received("just once"), 1);
    // The same delivery again (a redelivery after a crash before the ack)...
    let events = bob.m_mut().engine_mut().process(&queued[0]).unwrap();
    assert!(events.is_empty(), "{events:?}");
    // ...or the same payload under a later queue seq (a duplicate at the server).
    let events = feed(&mut bob, &queued[0]);
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, conclave_client_core::Event::Message(_))),
        "{events:?}"
    );
    assert_eq!(bob.texts(&g).len(), 1);
}
