//! Ephemeral signals (typing indicators) between real MLS engines: a member's signal opens at
//! every other member as coming from it; one altered, replayed under another sender, made by a
//! removed member, from another epoch or from too long ago does not; the typing state follows
//! signals, messages and time.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use conclave_client_core::{
    DeviceKey, Engine,
    ephemeral::{
        EphemeralError, SIGNAL_AGE_MS_MAX, Signal, TYPING_REPEAT_MS, TYPING_SHOWN_MS, Typing,
        TypingLine, TypingSender,
    },
};
use conclave_proto::{
    DeviceId, Ephemeral, GroupId, Timestamp, Username, limits::EPHEMERAL_BYTES_MAX,
};
use rand::SeedableRng;

mod common;
use common::{remove_carol, three};

const NOW: Timestamp = Timestamp(1_800_000_000_000);
const TYPING: Signal = Signal::Typing { typing: true };

fn seal(from: &Engine, group: &GroupId, signal: Signal, at: Timestamp) -> Ephemeral {
    Ephemeral {
        group: group.clone(),
        sender: from.me().device,
        payload: from
            .seal_ephemeral(group, signal, at, &mut rand::rngs::OsRng)
            .unwrap(),
    }
}

#[test]
fn a_members_signal_opens_at_the_others_as_theirs() {
    let (a, b, c, group) = three();
    let e = seal(&b, &group, TYPING, NOW);
    assert!(
        e.payload.len() <= EPHEMERAL_BYTES_MAX,
        "{}",
        e.payload.len()
    );
    for receiver in [&a, &c] {
        let got = receiver.open_ephemeral(&e, NOW).unwrap();
        assert_eq!(got.from.username.as_str(), "bob");
        assert_eq!(got.from.device, DeviceId(2));
        assert_eq!(got.signal, TYPING);
        assert_eq!(got.sent_at, NOW);
        assert_eq!(got.group, group);
    }
    // Two signals of the same content look different (random nonce): the server cannot tell
    // "typing" from "stopped" by the bytes.
    let stop = seal(&b, &group, Signal::Typing { typing: false }, NOW);
    assert_eq!(stop.payload.len(), e.payload.len());
    assert_ne!(seal(&b, &group, TYPING, NOW).payload, e.payload);
    assert_eq!(
        a.open_ephemeral(&stop, NOW).unwrap().signal,
        Signal::Typing { typing: false }
    );
}

#[test]
fn altered_misattributed_stale_or_foreign_signals_are_dropped() {
    let (a, b, c, group) = three();
    let e = seal(&b, &group, TYPING, NOW);

    // Every byte flipped somewhere: never opens.
    for i in 0..e.payload.len() {
        let mut bad = e.clone();
        bad.payload[i] ^= 0x01;
        assert!(a.open_ephemeral(&bad, NOW).is_err(), "byte {i} flipped");
    }
    // The server says carol sent bob's signal: the AEAD binds the sender device.
    let moved = Ephemeral {
        sender: DeviceId(3),
        ..e.clone()
    };
    assert_eq!(a.open_ephemeral(&moved, NOW), Err(EphemeralError::Sealed));
    // Carol (a member, who has the epoch's key) seals a signal naming bob's leaf as hers to
    // make: the server's sender is carol, the leaf is bob's, so it is refused; and a signal
    // she signs while naming bob's leaf does not verify under bob's key.
    let forged = forge_as(&c, &b, &group);
    assert!(
        matches!(
            a.open_ephemeral(&forged, NOW),
            Err(EphemeralError::SenderMismatch { .. } | EphemeralError::Signature)
        ),
        "{:?}",
        a.open_ephemeral(&forged, NOW)
    );
    // Too old, or from too far in the future (a replay a minute later).
    let later = Timestamp(NOW.0 + SIGNAL_AGE_MS_MAX + 1);
    assert!(matches!(
        a.open_ephemeral(&e, later),
        Err(EphemeralError::Stale(_))
    ));
    assert!(
        a.open_ephemeral(&e, Timestamp(NOW.0 + SIGNAL_AGE_MS_MAX))
            .is_ok()
    );
    // Not for a conversation of this device.
    let other = Ephemeral {
        group: GroupId::new(vec![7; 16]).unwrap(),
        ..e.clone()
    };
    assert!(matches!(
        a.open_ephemeral(&other, NOW),
        Err(EphemeralError::Engine(_))
    ));
    // Sizes: empty and oversized payloads are refused before anything else.
    for size in [0, EPHEMERAL_BYTES_MAX + 1] {
        let bad = Ephemeral {
            payload: vec![0; size],
            ..e.clone()
        };
        assert_eq!(a.open_ephemeral(&bad, NOW), Err(EphemeralError::Size(size)));
    }
    // A prefix of it.
    for cut in [0, 4, 12, 40, e.payload.len() - 1] {
        let bad = Ephemeral {
            payload: e.payload[..cut].to_vec(),
            ..e.clone()
        };
        assert!(a.open_ephemeral(&bad, NOW).is_err(), "cut at {cut}");
    }
}

/// What a member who holds the epoch's key can make: a signal naming another member's leaf,
/// signed with its own key (it does not have the other's).
fn forge_as(forger: &Engine, victim: &Engine, group: &GroupId) -> Ephemeral {
    let exported = forger
        .export_secret(
            group,
            conclave_client_core::ephemeral::EXPORTER_LABEL,
            &[],
            32,
        )
        .unwrap();
    let victim_leaf = victim.export_secret(group, "any", &[], 1).unwrap().own_leaf;
    let key: [u8; 32] = exported.secret.as_slice().try_into().unwrap();
    let forger_key = DeviceKey::generate(&mut rand::rngs::StdRng::seed_from_u64(3));
    let payload = conclave_client_core::ephemeral::seal(
        &key,
        exported.epoch,
        group,
        forger.me().device,
        victim_leaf,
        &ed25519_dalek_key(&forger_key),
        TYPING,
        NOW,
        &mut rand::rngs::OsRng,
    )
    .unwrap();
    Ephemeral {
        group: group.clone(),
        sender: forger.me().device,
        payload,
    }
}

fn ed25519_dalek_key(key: &DeviceKey) -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&key.secret_bytes())
}

#[test]
fn a_removed_member_and_an_old_epoch_open_nothing() {
    let (mut a, mut b, mut c, group) = three();
    let before = seal(&b, &group, TYPING, NOW);
    // Alice removes carol.
    remove_carol(&mut a, &mut b, &mut c, &group);
    // A signal of the old epoch is dropped by those at the new one.
    assert!(matches!(
        a.open_ephemeral(&before, NOW),
        Err(EphemeralError::OtherEpoch { .. })
    ));
    // Bob's new signal opens at alice, not at carol (she has no key of the new epoch).
    let after = seal(&b, &group, TYPING, NOW);
    assert_eq!(
        a.open_ephemeral(&after, NOW)
            .unwrap()
            .from
            .username
            .as_str(),
        "bob"
    );
    assert!(c.open_ephemeral(&after, NOW).is_err());
}

#[test]
fn typing_state_follows_signals_messages_and_time() {
    let (a, b, c, group) = three();
    let alice = a.me().username.clone();
    let mut typing = Typing::default();
    let from_b = a
        .open_ephemeral(&seal(&b, &group, TYPING, NOW), NOW)
        .unwrap();
    assert!(typing.on_signal(&from_b, &alice, NOW));
    assert!(
        !typing.on_signal(&from_b, &alice, NOW),
        "a repeat changes nothing shown"
    );
    let bob = Username::parse("bob").unwrap();
    assert_eq!(typing.line(&group, NOW), Some(TypingLine::One(bob.clone())));
    let from_c = a
        .open_ephemeral(&seal(&c, &group, TYPING, NOW), NOW)
        .unwrap();
    typing.on_signal(&from_c, &alice, NOW);
    let carol = Username::parse("carol").unwrap();
    assert_eq!(
        typing.line(&group, NOW),
        Some(TypingLine::Two(bob.clone(), carol.clone()))
    );
    // Bob's message ends his typing; carol's runs out after TYPING_SHOWN_MS.
    assert!(typing.on_message(&group, &bob));
    assert_eq!(typing.line(&group, NOW), Some(TypingLine::One(carol)));
    assert_eq!(
        typing.next_expiry(),
        Some(Timestamp(NOW.0 + TYPING_SHOWN_MS))
    );
    let later = Timestamp(NOW.0 + TYPING_SHOWN_MS);
    assert_eq!(typing.line(&group, later), None);
    assert_eq!(typing.expire(later), vec![group.clone()]);
    assert_eq!(typing.next_expiry(), None);
    // "Stopped" ends it at once; one's own account is never shown.
    typing.on_signal(&from_b, &alice, NOW);
    let stop = a
        .open_ephemeral(
            &seal(&b, &group, Signal::Typing { typing: false }, NOW),
            NOW,
        )
        .unwrap();
    assert!(typing.on_signal(&stop, &alice, NOW));
    assert_eq!(typing.line(&group, NOW), None);
    assert!(!typing.on_signal(&from_b, &bob, NOW));
}

#[test]
fn the_sender_repeats_typing_every_few_seconds_and_stops_once() {
    let group = GroupId::new(vec![1; 16]).unwrap();
    let mut s = TypingSender::default();
    assert_eq!(s.update(&group, true, NOW), Some(TYPING));
    assert_eq!(s.update(&group, true, Timestamp(NOW.0 + 1_000)), None);
    assert_eq!(
        s.update(&group, true, Timestamp(NOW.0 + TYPING_REPEAT_MS)),
        Some(TYPING)
    );
    let stop = Some(Signal::Typing { typing: false });
    assert_eq!(s.update(&group, false, Timestamp(NOW.0 + 4_000)), stop);
    assert_eq!(s.update(&group, false, Timestamp(NOW.0 + 5_000)), None);
}
