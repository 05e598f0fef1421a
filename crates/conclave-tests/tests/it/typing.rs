//! Typing indicators through the real server: a member's "typing" reaches the other members
//! whose devices are online, opened and checked as theirs; a device that was offline never
//! gets it; nothing is queued or written at the server (its data directory holds no byte of
//! the sealed signal); strangers, oversized signals and floods are refused with clear errors.

use std::time::{Duration, Instant};

use conclave_client::raw;
use conclave_client_core::ephemeral::{Received, Signal};
use conclave_proto::{
    ClientFrame, ErrorCode, Request, RequestId, ServerFrame, decode_server, encode,
    limits::EPHEMERAL_BYTES_MAX,
};
use conclave_tests::harness::{Device, Harness};

const TYPING: Signal = Signal::Typing { typing: true };

/// The signals `d` receives within `wait` (returns as soon as some came).
async fn signals_within(d: &mut Device, wait: Duration) -> Vec<Received> {
    let deadline = Instant::now() + wait;
    loop {
        let got = d.m_mut().take_signals();
        if !got.is_empty() || Instant::now() >= deadline {
            return got;
        }
        d.m_mut()
            .wait_for_push(Duration::from_millis(100))
            .await
            .unwrap();
    }
}

/// Whether any file under `dir` contains `needle`.
fn found_under(dir: &std::path::Path, needle: &[u8]) -> bool {
    std::fs::read_dir(dir).unwrap().any(|entry| {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found_under(&path, needle)
        } else {
            std::fs::read(&path)
                .map(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
                .unwrap_or(false)
        }
    })
}

#[tokio::test]
async fn typing_reaches_online_members_only_and_the_server_keeps_nothing() {
    let mut h = Harness::start(11).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    let mallory = h.join("mallory").await;
    let group = alice
        .m_mut()
        .create_group("plans", &[bob.username.clone(), carol.username.clone()])
        .await
        .unwrap();
    bob.sync().await;
    carol.sync().await;
    carol.stop().await;
    let bob_queue = bob.m().engine().last_queue_seq();

    // Alice types: bob, online, sees it as alice's.
    let payload = alice
        .m()
        .engine()
        .seal_ephemeral(
            &group,
            TYPING,
            conclave_client::messenger::now(),
            &mut rand::rngs::OsRng,
        )
        .unwrap();
    alice
        .m()
        .connection()
        .request(Request::Ephemeral {
            group: group.clone(),
            payload: payload.clone(),
        })
        .await
        .unwrap();
    let got = signals_within(&mut bob, Duration::from_secs(10)).await;
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].from.username, alice.username);
    assert_eq!(got[0].from.device, alice.id);
    assert_eq!(
        (got[0].group.clone(), got[0].signal),
        (group.clone(), TYPING)
    );

    // Then she stops, through the messenger.
    alice
        .m_mut()
        .send_signal(&group, Signal::Typing { typing: false })
        .await
        .unwrap();
    let got = signals_within(&mut bob, Duration::from_secs(10)).await;
    assert_eq!(
        got.iter().map(|r| r.signal).collect::<Vec<_>>(),
        [Signal::Typing { typing: false }]
    );

    // Nothing was queued for bob, and carol, offline then, gets nothing when she is back.
    bob.sync().await;
    assert_eq!(bob.m().engine().last_queue_seq(), bob_queue);
    carol.start(&h.endpoint()).await;
    carol.sync().await;
    assert!(
        signals_within(&mut carol, Duration::from_secs(1))
            .await
            .is_empty()
    );
    // Online now, she gets the next one.
    alice.m_mut().send_signal(&group, TYPING).await.unwrap();
    assert_eq!(
        signals_within(&mut carol, Duration::from_secs(10))
            .await
            .len(),
        1
    );
    // The sender's own session gets nothing back.
    assert!(alice.m_mut().take_signals().is_empty());

    // No byte of the sealed signal is in the server's data directory.
    assert!(!found_under(&h.data, &payload[12..44]));

    // A stranger to the conversation is refused; so are empty and oversized signals.
    let refused = |r: Result<_, conclave_client::ClientError>| r.unwrap_err().code();
    let ask = |payload: Vec<u8>| Request::Ephemeral {
        group: group.clone(),
        payload,
    };
    assert_eq!(
        refused(mallory.m().connection().request(ask(payload.clone())).await),
        Some(ErrorCode::NotMember)
    );
    for size in [0, EPHEMERAL_BYTES_MAX + 1] {
        assert_eq!(
            refused(alice.m().connection().request(ask(vec![1; size])).await),
            Some(ErrorCode::LimitExceeded)
        );
    }
    // A flood: within a burst, then refused until the bucket refills.
    let mut answers = Vec::new();
    for _ in 0..20 {
        answers.push(bob.m().connection().request(ask(payload.clone())).await);
    }
    let limited = answers
        .iter()
        .filter(|a| matches!(a, Err(e) if e.code() == Some(ErrorCode::RateLimited)))
        .count();
    assert!(
        (5..=15).contains(&limited),
        "{limited} of 20 rate-limited: {answers:?}"
    );
}

/// The next frame on a raw session within `wait`; `None` when none came.
async fn raw_frame(socket: &mut raw::Socket, wait: Duration) -> Option<ServerFrame> {
    let bytes = tokio::time::timeout(wait, raw::recv_bytes(socket))
        .await
        .ok()?
        .expect("the session stays open")
        .expect("the session stays open");
    Some(decode_server(&bytes).expect("server frames decode"))
}

/// A client from before protocol revisions (no `?rev=` on its URL) would take
/// `ServerFrame::Ephemeral` for a broken session and drop it: the server never sends it one,
/// and its session carries on with the queue. A session of revision 2 on the same server gets
/// the signal, before the message sent after it.
#[tokio::test]
async fn a_client_of_revision_1_gets_no_signals_and_keeps_its_session() {
    let mut h = Harness::start(12).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let group = alice
        .m_mut()
        .create_group("plans", std::slice::from_ref(&bob.username))
        .await
        .unwrap();
    bob.sync().await;
    bob.stop().await;
    for revision in [None, Some(2)] {
        let mut socket = raw::connect_as(&h.endpoint(), revision).await.unwrap();
        let Some(ServerFrame::Hello { challenge, .. }) =
            raw_frame(&mut socket, Duration::from_secs(10)).await
        else {
            panic!("expected Hello");
        };
        let auth = ClientFrame::Auth {
            device: bob.id,
            signature: bob.key().sign_challenge(&challenge),
        };
        raw::send_bytes(&mut socket, encode(&auth)).await.unwrap();
        assert!(matches!(
            raw_frame(&mut socket, Duration::from_secs(10)).await,
            Some(ServerFrame::Ready(_))
        ));
        // What is queued already (the last round's message, not acked) comes first.
        while raw_frame(&mut socket, Duration::from_millis(500))
            .await
            .is_some()
        {}

        alice.m_mut().send_signal(&group, TYPING).await.unwrap();
        alice.say(&group, "after the signal").await;
        let mut signals = 0;
        loop {
            match raw_frame(&mut socket, Duration::from_secs(10)).await {
                Some(ServerFrame::Ephemeral(e)) => {
                    assert_eq!((e.group.clone(), e.sender), (group.clone(), alice.id));
                    signals += 1;
                }
                Some(ServerFrame::Deliver(_)) => break,
                other => panic!("expected the signal or the message, got {other:?}"),
            }
        }
        assert_eq!(signals, usize::from(revision.is_some()), "{revision:?}");
        // The session still answers.
        let ask = ClientFrame::Request {
            id: RequestId(1),
            body: Request::WhoAmI,
        };
        raw::send_bytes(&mut socket, encode(&ask)).await.unwrap();
        loop {
            match raw_frame(&mut socket, Duration::from_secs(10)).await {
                Some(ServerFrame::Response { id, result }) => {
                    assert_eq!(id, RequestId(1));
                    assert!(result.is_ok());
                    break;
                }
                Some(ServerFrame::Deliver(_)) => continue,
                other => panic!("expected WhoAmI's answer, got {other:?}"),
            }
        }
    }
}
