//! Defects a hostile member or an operator command exposed (issue 11), each kept fixed: a full
//! queue of one device never stops a group, opaque sends reach only one's own devices and
//! conversation partners, and operator changes reach running sessions within seconds.

use std::time::{Duration, Instant};

use conclave_client_core::{Event, HistoryBody};
use conclave_proto::{DeviceId, ErrorCode, Request, Response};
use conclave_tests::{
    TestServer,
    harness::{Harness, seed, users},
};

/// One member's device is offline while its queue fills: the others go on talking (no
/// `QueueFull` anywhere), the device learns it fell behind, asks to come back, is added back by
/// the next message of another member, and reads everything from then on; the group ends on
/// one epoch with the same epoch authenticator everywhere.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_queue_never_stops_the_group_and_its_device_rejoins() {
    let mut h = Harness::start(seed(11)).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    let team = alice
        .m_mut()
        .create_group("team", &users(&["bob", "carol"]))
        .await
        .expect("group");
    bob.sync().await;
    carol.sync().await;

    // A small queue limit, so that a few messages fill carol's queue while she is offline.
    h.queue_entries_max = Some(6);
    carol.stop().await;
    h.restart_server().await;
    let endpoint = h.endpoint();
    alice.restart(&endpoint).await;
    bob.restart(&endpoint).await;

    let sent: Vec<String> = (0..15)
        .map(|i| format!("while carol is away {i}"))
        .collect();
    for text in &sent {
        alice.say(&team, text).await;
        // Bob reads as they come, so his queue never holds more than a few.
        bob.sync().await;
    }
    assert!(!bob.m().engine().is_behind(&team));
    for text in &sent {
        assert_eq!(bob.received(text), 1, "bob got {text:?}");
    }

    // Carol comes back: she reads what fitted in her queue, then the notice.
    carol.start(&endpoint).await;
    carol.sync().await;
    assert!(
        carol
            .events
            .iter()
            .any(|e| matches!(e, Event::FellBehind { group } if *group == team)),
        "carol is told she fell behind"
    );
    assert!(carol.m().engine().is_behind(&team));
    let got = sent.iter().filter(|t| carol.received(t) == 1).count();
    assert!(
        got < sent.len(),
        "carol missed some ({got} of {})",
        sent.len()
    );
    assert!(
        carol
            .m()
            .engine()
            .history(&team)
            .iter()
            .any(|m| m.body == HistoryBody::FellBehind),
        "her history says where she fell behind"
    );
    // She cannot post into a group whose traffic she no longer follows, with a clear reason.
    let refused = carol
        .m_mut()
        .send(
            &team,
            conclave_client_core::envelope::Content::Text {
                text: "hello?".into(),
            },
        )
        .await
        .expect_err("behind: refused");
    assert!(refused.to_string().contains("fell behind"), "{refused}");
    match alice
        .m()
        .connection()
        .request(Request::GroupStatus {
            group: team.clone(),
        })
        .await
        .expect("status")
    {
        Response::GroupStatus {
            rejoining, behind, ..
        } => {
            assert_eq!(rejoining, vec![carol.id], "carol asked to be added back");
            assert!(behind.is_empty());
        }
        other => panic!("unexpected {other:?}"),
    }

    // Alice's next message re-adds carol first (a fresh leaf and Welcome), then carol reads it.
    alice.say(&team, "welcome back").await;
    carol.sync().await;
    assert!(!carol.m().engine().is_behind(&team));
    assert_eq!(carol.received("welcome back"), 1);
    carol.say(&team, "carol is back").await;
    alice.sync().await;
    bob.sync().await;
    assert_eq!(alice.received("carol is back"), 1);
    assert_eq!(bob.received("carol is back"), 1);
    let epoch = alice.epoch(&team);
    for d in [&bob, &carol] {
        assert_eq!(d.epoch(&team), epoch, "{} on the same epoch", d.username);
        assert_eq!(
            d.epoch_authenticator(&team),
            alice.epoch_authenticator(&team),
            "{} in the same group state",
            d.username
        );
    }
    assert!(
        carol.m().rejected.is_empty(),
        "nothing undecryptable: {:?}",
        carol.m().rejected
    );
}

/// Opaque payloads go only to the sender's own devices and to devices it shares a
/// conversation with; a stranger's device (or one that does not exist) is refused, so nobody
/// can fill the queue of someone they do not talk to.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opaque_sends_reach_only_own_devices_and_conversation_partners() {
    let mut h = Harness::start(seed(12)).await;
    let mut alice = h.join("alice").await;
    let alice2 = h.link_device(&alice).await;
    let bob = h.join("bob").await;
    let send = |to: Vec<DeviceId>| Request::Send {
        recipients: to,
        payload: b"opaque".to_vec(),
    };
    let conn = alice.m().connection();
    assert!(matches!(
        conn.request(send(vec![alice2.id])).await,
        Ok(Response::Sent { .. })
    ));
    for to in [
        vec![bob.id],
        vec![alice2.id, bob.id],
        vec![DeviceId(987_654)],
    ] {
        let e = conn.request(send(to.clone())).await.expect_err("refused");
        assert_eq!(e.code(), Some(ErrorCode::Forbidden), "to {to:?}: {e}");
    }
    alice
        .m_mut()
        .direct(&bob.username)
        .await
        .expect("a conversation with bob");
    let conn = alice.m().connection();
    assert!(
        matches!(
            conn.request(send(vec![bob.id, alice2.id])).await,
            Ok(Response::Sent { .. })
        ),
        "a conversation partner may be reached"
    );
}

/// `conclave-server admin account disable` runs in another process: the running server notices
/// within seconds, ends the account's open session with `AccountDisabled` and says so in its
/// log; an invitation the operator revokes the same way is refused at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_changes_reach_running_sessions_within_seconds() {
    let server = TestServer::start();
    let dave = server.register("dave").await;
    let mut conn = dave.connect(&server.endpoint).await.expect("dave connects");

    let out = server.admin(&["account", "disable", "dave"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let started = Instant::now();
    while conn.close_reason().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the open session of a disabled account ends within seconds"
        );
        let _ = tokio::time::timeout(Duration::from_millis(200), conn.next_delivery()).await;
    }
    assert_eq!(
        conn.close_reason().map(|e| e.code),
        Some(ErrorCode::AccountDisabled)
    );
    assert!(
        server.wait_for_log(&["account disabled by the operator"]),
        "the server logs it"
    );
    let e = dave
        .connect(&server.endpoint)
        .await
        .err()
        .expect("disabled: refused");
    assert_eq!(e.code(), Some(ErrorCode::AccountDisabled), "{e}");
    let out = server.admin(&["account", "enable", "dave"]);
    assert!(out.status.success());
    dave.connect(&server.endpoint)
        .await
        .expect("enabled again: dave connects");

    // An operator invitation revoked from another process is refused by the running server.
    let link = server.invite_link(&[]);
    let out = server.admin(&["invite", "revoke", &link.to_string()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let e = conclave_tests::TestDevice::register(&server.endpoint, &link, "eve")
        .await
        .err()
        .expect("revoked invitation refused");
    assert_eq!(e.code(), Some(ErrorCode::InviteRevoked), "{e}");
    let started = Instant::now();
    while !server.logs().contains("revoked by the operator") {
        assert!(started.elapsed() < Duration::from_secs(10), "logged");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A device removed from the conversation while it was behind stops waiting to be added back:
/// it learns it is no longer a member when it asks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_removed_while_behind_stops_waiting() {
    let mut h = Harness::start(seed(13)).await;
    let mut alice = h.join("alice").await;
    let mut carol = h.join("carol").await;
    let team = alice
        .m_mut()
        .create_group("team", &users(&["carol"]))
        .await
        .expect("group");
    carol.sync().await;
    h.queue_entries_max = Some(3);
    carol.stop().await;
    h.restart_server().await;
    let endpoint = h.endpoint();
    alice.restart(&endpoint).await;
    for i in 0..6 {
        alice.say(&team, &format!("m{i}")).await;
    }
    alice
        .m_mut()
        .remove_accounts(&team, &users(&["carol"]))
        .await
        .expect("remove carol");
    carol.start(&endpoint).await;
    carol.sync().await;
    assert!(
        carol
            .events
            .iter()
            .any(|e| matches!(e, Event::FellBehind { group } if *group == team))
    );
    assert!(
        carol
            .events
            .iter()
            .any(|e| matches!(e, Event::Removed { group } if *group == team)),
        "told she is no longer in it"
    );
    assert!(!carol.m().engine().is_behind(&team));
    assert!(carol.m().engine().conversation(&team).is_none());
}
