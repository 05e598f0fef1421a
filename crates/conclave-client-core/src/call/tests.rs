use conclave_proto::{DeviceId, GroupId, Timestamp, Username};
use serde::Serialize;

use super::*;
use crate::{
    HistoryBody, MemberDevice, StoredMessage,
    envelope::{ConversationMeta, Envelope, MessageId},
};

const A: u64 = 1;
const A2: u64 = 2;
const B: u64 = 3;
const C: u64 = 4;
const CALL: CallId = CallId([7; 16]);
const SEC: i64 = 1000;
const T0: i64 = 1_700_000_000_000;

fn user(n: &str) -> Username {
    Username::parse(n).unwrap()
}

fn account_of(device: u64) -> Username {
    user(match device {
        A | A2 => "alice",
        B => "bob",
        _ => "carol",
    })
}

fn member(device: u64) -> MemberDevice {
    MemberDevice {
        username: account_of(device),
        device: DeviceId(device),
        key: [device as u8; 32],
    }
}

/// A conversation's history as one device holds it: `at` is the server's (or, for the
/// device's own messages, its local) time, which differs between devices; only `sent_at`,
/// inside the envelope, is shared.
struct History {
    messages: Vec<StoredMessage>,
}

impl History {
    fn new() -> Self {
        History {
            messages: Vec::new(),
        }
    }

    fn signal(&mut self, device: u64, secs: i64, signal: CallSignal) -> &mut Self {
        let seq = self.messages.len() as u64 + 1;
        self.messages.push(StoredMessage {
            group: GroupId::new(b"g".to_vec()).unwrap(),
            seq,
            epoch: 1,
            sender: account_of(device),
            sender_device: DeviceId(device),
            at: Timestamp(T0 + secs * SEC + 3),
            body: HistoryBody::Message {
                id: [seq as u8; 16],
                sent_at: Timestamp(T0 + secs * SEC),
                content: content(signal),
            },
        });
        self
    }

    fn removed(&mut self, device: u64) -> &mut Self {
        let seq = self.messages.len() as u64 + 1;
        self.messages.push(StoredMessage {
            group: GroupId::new(b"g".to_vec()).unwrap(),
            seq,
            epoch: 2,
            sender: account_of(A),
            sender_device: DeviceId(A),
            at: Timestamp(T0),
            body: HistoryBody::Membership {
                added: Vec::new(),
                removed: vec![member(device)],
            },
        });
        self
    }

    fn log(&self, members: &[u64], now_secs: i64) -> CallLog {
        let members: Vec<MemberDevice> = members.iter().map(|d| member(*d)).collect();
        CallLog::from_history(&self.messages, &members, at(now_secs))
    }
}

fn at(secs: i64) -> Timestamp {
    Timestamp(T0 + secs * SEC)
}

fn invite() -> CallSignal {
    CallSignal::Invite {
        call_id: CALL,
        media: Media::Audio,
    }
}

fn join() -> CallSignal {
    CallSignal::Join {
        call_id: CALL,
        media: Media::Audio,
        session: Some(MediaSession::new(vec![0xab; 32], b"ice-ufrag:x".to_vec()).unwrap()),
    }
}

fn leave() -> CallSignal {
    CallSignal::Leave { call_id: CALL }
}

#[test]
fn an_unanswered_invitation_rings_for_45_seconds_then_is_a_missed_call() {
    let mut h = History::new();
    h.signal(A, 0, invite());
    let members = [A, B];

    let log = h.log(&members, 10);
    let call = log.open().expect("ringing");
    assert!(call.rings_for(&user("bob"), at(10)));
    assert!(!call.rings_for(&user("alice"), at(10)), "not the caller");
    assert_eq!(
        call.describe(&user("bob"), at(10)),
        "alice is calling (call)"
    );

    let log = h.log(&members, 44);
    assert!(log.open().unwrap().rings_for(&user("bob"), at(44)));

    let log = h.log(&members, 45);
    assert!(log.open().is_none(), "over at the ring timeout");
    let call = &log.calls()[0];
    let ended = call.ended.as_ref().unwrap();
    assert_eq!(ended.reason, EndReason::NotAnswered);
    assert_eq!(ended.at, at(45), "at the timeout, not at `now`");
    assert_eq!(ended.seq, 1);
    assert!(!call.rings_for(&user("bob"), at(45)));
    assert_eq!(
        call.outcome_for(&user("bob")),
        Some(Outcome::Missed {
            from: user("alice"),
            declined: false
        })
    );
    assert_eq!(
        call.describe(&user("bob"), at(45)),
        "missed call from alice"
    );
    assert_eq!(call.describe(&user("alice"), at(45)), "call not answered");
    // Seen an hour later, or by a device whose history has other server times: the same.
    for m in &mut h.messages {
        m.at.0 += 777;
    }
    assert_eq!(h.log(&members, 3600), log);

    // A join after the timeout is too late for this call.
    h.signal(B, 50, join());
    let log = h.log(&members, 60);
    assert!(log.open().is_none());
    assert_eq!(log.ignored().len(), 1);
    assert!(
        log.ignored()[0].reason.contains("had already ended"),
        "{:?}",
        log.ignored()
    );
}

#[test]
fn a_decline_is_a_missed_call_for_the_decliner_and_declined_for_the_caller() {
    let mut h = History::new();
    h.signal(A, 0, invite())
        .signal(B, 1, CallSignal::Ringing { call_id: CALL })
        .signal(B, 3, CallSignal::Decline { call_id: CALL });
    let log = h.log(&[A, B], 4);
    let call = &log.calls()[0];
    assert!(call.ringing.contains(&(user("bob"), DeviceId(B))));
    // The only other member declined: over at once, no need to wait for the timeout.
    assert_eq!(call.ended.as_ref().unwrap().reason, EndReason::Declined);
    assert_eq!(call.ended.as_ref().unwrap().at, at(3));
    assert_eq!(
        call.describe(&user("bob"), at(4)),
        "missed call from alice (declined)"
    );
    assert_eq!(call.describe(&user("alice"), at(4)), "call declined by bob");

    // In a group, one decline stops that member's devices ringing; the others still ring.
    let mut h = History::new();
    h.signal(A, 0, invite())
        .signal(B, 3, CallSignal::Decline { call_id: CALL });
    let log = h.log(&[A, A2, B, C], 4);
    let call = log.open().expect("still ringing for carol");
    assert!(!call.rings_for(&user("bob"), at(4)));
    assert!(call.rings_for(&user("carol"), at(4)));
    h.signal(C, 20, join())
        .signal(C, 80, leave())
        .signal(A, 81, leave());
    let log = h.log(&[A, A2, B, C], 90);
    let call = &log.calls()[0];
    assert_eq!(
        call.describe(&user("bob"), at(90)),
        "missed call from alice (declined)"
    );
    assert_eq!(
        call.describe(&user("carol"), at(90)),
        "call, 1 min, 2 people"
    );
    assert_eq!(
        call.describe(&user("alice"), at(90)),
        "call, 1 min, 2 people"
    );
}

#[test]
fn duration_and_people_count_the_answer_to_the_last_leave_and_late_joiners() {
    let mut h = History::new();
    h.signal(A, 0, invite())
        .signal(B, 10, CallSignal::Accept { call_id: CALL })
        .signal(B, 12, join())
        // Carol joins a running call long after the ring time: she is in it.
        .signal(C, 300, join())
        // Alice's second device joins too: still one person.
        .signal(A2, 310, join())
        .signal(B, 400, leave())
        .signal(A, 500, leave())
        .signal(A2, 600, leave());
    let members = [A, A2, B, C];
    let log = h.log(&members, 650);
    let call = log.open().expect("carol is still in it");
    assert_eq!(
        call.describe(&user("bob"), at(650)),
        "call in progress, 1 person in it (carol)"
    );
    assert!(!call.rings_for(&user("carol"), at(20)));

    h.signal(C, 12 * 60 + 12, leave());
    let log = h.log(&members, 2000);
    assert!(log.ignored().is_empty(), "{:?}", log.ignored());
    let call = &log.calls()[0];
    assert_eq!(call.ended.as_ref().unwrap().reason, EndReason::AllLeft);
    assert_eq!(call.ended.as_ref().unwrap().seq, 9);
    assert_eq!(call.entry_seq(), 9);
    assert_eq!(call.duration_ms(), Some(12 * 60 * SEC));
    assert_eq!(call.people.len(), 3);
    for who in ["alice", "bob", "carol"] {
        assert_eq!(
            call.describe(&user(who), at(2000)),
            "call, 12 min, 3 people"
        );
    }
}

#[test]
fn signals_for_unknown_or_other_calls_are_ignored_with_their_reason() {
    let other = CallId([9; 16]);
    let mut h = History::new();
    h.signal(
        B,
        0,
        CallSignal::Join {
            call_id: other,
            media: Media::Video,
            session: None,
        },
    )
    .signal(A, 1, invite())
    // A second invitation while one runs, and a repeated id.
    .signal(
        C,
        2,
        CallSignal::Invite {
            call_id: other,
            media: Media::Audio,
        },
    )
    .signal(B, 3, join())
    .signal(C, 4, CallSignal::Leave { call_id: CALL })
    .signal(C, 5, CallSignal::End { call_id: CALL })
    .signal(A, 6, CallSignal::Decline { call_id: CALL })
    .signal(B, 7, CallSignal::Decline { call_id: CALL })
    .signal(A, 8, CallSignal::End { call_id: CALL })
    .signal(A, 9, invite());
    let log = h.log(&[A, B, C], 10);
    let reasons: Vec<(u64, &str)> = log
        .ignored()
        .iter()
        .map(|i| (i.seq, i.reason.as_str()))
        .collect();
    let expect = [
        (1, "which was never started in this conversation"),
        (3, "is running in this conversation (join it instead)"),
        (5, "this device is not in the call"),
        (6, "only a device in the call, or the caller"),
        (7, "cannot answer or decline its own call"),
        (8, "this account is in the call"),
        (10, "already started (a repeated call id)"),
    ];
    assert_eq!(reasons.len(), expect.len(), "{reasons:?}");
    for ((seq, reason), (want_seq, want)) in reasons.iter().zip(expect) {
        assert_eq!(*seq, want_seq, "{reasons:?}");
        assert!(reason.contains(want), "{seq}: {reason:?} lacks {want:?}");
    }
    assert!(reasons[0].1.contains(&other.short()));
    let call = &log.calls()[0];
    assert_eq!(
        call.ended.as_ref().unwrap().reason,
        EndReason::HungUp(user("alice"))
    );
    assert_eq!(log.calls().len(), 1);
}

#[test]
fn a_removed_device_leaves_the_call_and_unreadable_signals_change_nothing() {
    let future = CallSignal::from_bytes(&[CALL_SIGNAL_VERSION + 1, 1, 2, 3]);
    let mut h = History::new();
    h.signal(A, 0, invite())
        .signal(B, 5, join())
        .signal(C, 6, future)
        .signal(A, 60, leave())
        .removed(B);
    let log = h.log(&[A, C], 100);
    assert_eq!(log.ignored().len(), 1);
    assert!(log.ignored()[0].reason.contains("newer Conclave"));
    let call = &log.calls()[0];
    let ended = call.ended.as_ref().unwrap();
    assert_eq!((ended.reason.clone(), ended.seq), (EndReason::AllLeft, 5));
    // The commit carries no shared time: the call ends at the last signal's.
    assert_eq!(call.duration_ms(), Some(55 * SEC));
    assert_eq!(
        call.describe(&user("carol"), at(100)),
        "missed call from alice"
    );
}

#[test]
fn clocks_that_run_backwards_never_make_a_negative_duration() {
    let mut h = History::new();
    h.signal(A, 100, invite())
        .signal(B, 90, join())
        .signal(A, 95, leave())
        .signal(B, 80, leave());
    let call = h.log(&[A, B], 200).calls()[0].clone();
    assert_eq!(call.duration_ms(), Some(0));
    assert_eq!(call.invited_at, at(100));
    assert_eq!(call.describe(&user("bob"), at(200)), "call, 0 s, 2 people");
}

#[test]
fn an_answer_just_before_the_ring_timeout_keeps_the_call_for_its_join() {
    let mut h = History::new();
    h.signal(A, 0, invite())
        .signal(B, 44, CallSignal::Accept { call_id: CALL });
    let log = h.log(&[A, A2, B], 60);
    let call = log.open().expect("answered, not over");
    assert!(!call.rings_for(&user("bob"), at(20)), "bob answered");
    h.signal(B, 50, join())
        .signal(B, 110, leave())
        .signal(A, 111, leave());
    let call = h.log(&[A, A2, B], 200).calls()[0].clone();
    assert_eq!(
        call.describe(&user("bob"), at(200)),
        "call, 1 min, 2 people"
    );
}

#[test]
fn a_call_open_for_twelve_hours_is_over() {
    let mut h = History::new();
    h.signal(A, 0, invite()).signal(B, 1, join());
    let log = h.log(&[A, B], 12 * 3600);
    let call = &log.calls()[0];
    assert_eq!(call.ended.as_ref().unwrap().reason, EndReason::TooLong);
    assert_eq!(
        call.describe(&user("alice"), at(0)),
        "call, 11 h 59 min, 2 people"
    );
}

#[test]
fn signals_round_trip_and_keep_their_limits() {
    let signals = [
        invite(),
        CallSignal::Invite {
            call_id: CALL,
            media: Media::Video,
        },
        CallSignal::Ringing { call_id: CALL },
        CallSignal::Accept { call_id: CALL },
        CallSignal::Decline { call_id: CALL },
        join(),
        CallSignal::Join {
            call_id: CALL,
            media: Media::Video,
            session: None,
        },
        leave(),
        CallSignal::End { call_id: CALL },
    ];
    for s in signals {
        s.check().unwrap();
        let bytes = s.to_bytes();
        assert_eq!(bytes[0], CALL_SIGNAL_VERSION);
        assert_eq!(CallSignal::from_bytes(&bytes), s);
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert!(matches!(
            CallSignal::from_bytes(&trailing),
            CallSignal::Unreadable(Unreadable {
                reason: UnreadableReason::Invalid(CallSignalError::Malformed(_)),
                ..
            })
        ));
    }
    assert!(matches!(
        MediaSession::new(Vec::new(), Vec::new()),
        Err(CallSignalError::Fingerprint { bytes: 0 })
    ));
    assert!(matches!(
        MediaSession::new(vec![1; limits::DTLS_FINGERPRINT_BYTES_MAX + 1], Vec::new()),
        Err(CallSignalError::Fingerprint { .. })
    ));
    assert!(matches!(
        MediaSession::new(vec![1; 32], vec![0; limits::SESSION_PARAMS_BYTES_MAX + 1]),
        Err(CallSignalError::ParamsTooLong { .. })
    ));
    // A peer's oversized fields are refused when decoding, not trusted.
    #[derive(Serialize)]
    enum RawV1 {
        _Invite,
        _Ringing,
        _Accept,
        _Decline,
        Join {
            call_id: [u8; 16],
            media: u8,
            session: Option<(Vec<u8>, Vec<u8>)>,
        },
    }
    let raw = postcard::to_extend(
        &RawV1::Join {
            call_id: [1; 16],
            media: 0,
            session: Some((vec![1; 65], Vec::new())),
        },
        vec![CALL_SIGNAL_VERSION],
    )
    .unwrap();
    assert!(matches!(
        CallSignal::from_bytes(&raw),
        CallSignal::Unreadable(Unreadable {
            reason: UnreadableReason::Invalid(CallSignalError::Fingerprint { bytes: 65 }),
            ..
        })
    ));
    let huge = vec![CALL_SIGNAL_VERSION; limits::CALL_SIGNAL_BYTES_MAX + 1];
    assert!(matches!(
        CallSignal::from_bytes(&huge),
        CallSignal::Unreadable(Unreadable {
            reason: UnreadableReason::Invalid(CallSignalError::TooLong { .. }),
            ..
        })
    ));
    assert_eq!(
        CallSignal::from_bytes(&huge).check(),
        Err(CallSignalError::Unreadable)
    );
}

#[test]
fn call_signals_keep_the_reserved_wire_form_and_their_own_version() {
    // The reserved `Call { signal: Vec<u8> }` and today's typed signal encode alike.
    #[derive(Serialize)]
    enum Reserved {
        _Text { text: String },
        _Reply { to: MessageId, text: String },
        _Reaction { to: MessageId, emoji: String },
        _Edit { to: MessageId, text: String },
        _Delete { to: MessageId },
        _Receipt { read_up_to: u64 },
        _GroupMeta { meta: ConversationMeta },
        _Ledger { entry: Vec<u8> },
        Call { signal: Vec<u8> },
    }
    let typed = content(join());
    let reserved = postcard::to_allocvec(&Reserved::Call {
        signal: join().to_bytes(),
    })
    .unwrap();
    assert_eq!(postcard::to_allocvec(&typed).unwrap(), reserved);

    // A newer signal version is unreadable content, not an unreadable envelope, and its bytes
    // survive a re-encoding.
    let future = [CALL_SIGNAL_VERSION + 1, 0xde, 0xad];
    let reserved = postcard::to_allocvec(&Reserved::Call {
        signal: future.to_vec(),
    })
    .unwrap();
    let typed: crate::envelope::Content = postcard::from_bytes(&reserved).unwrap();
    assert_eq!(postcard::to_allocvec(&typed).unwrap(), reserved);
    let env = Envelope {
        id: [3; 16],
        sent_at: Timestamp(9),
        content: typed,
    };
    let decoded = Envelope::decode(&env.encode()).unwrap();
    assert_eq!(decoded, env);
    assert!(
        decoded.content.summary().contains("newer"),
        "{}",
        decoded.content.summary()
    );
}

#[test]
fn durations_read_like_people_say_them() {
    assert_eq!(duration_text(0), "0 s");
    assert_eq!(duration_text(59_999), "59 s");
    assert_eq!(duration_text(60_000), "1 min");
    assert_eq!(duration_text(12 * 60_000 + 59_000), "12 min");
    assert_eq!(duration_text(3_600_000 + 5 * 60_000), "1 h 5 min");
    assert_eq!(duration_text(-5), "0 s");
}
