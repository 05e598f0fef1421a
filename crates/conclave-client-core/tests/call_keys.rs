//! Call media keys from real MLS engines: every member device exports the same SFrame base key
//! for a call at an epoch, a different one for another call, a new one after every commit; a
//! removed device gets none of the new epoch; frames one member encrypts with `conclave-call`
//! under that key another member decrypts, and a device holding the old epoch's key cannot.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use conclave_call::{BaseKey, CallKeys, Codec, KeyTiming, Suite};
use conclave_client_core::{
    Engine,
    call::{CallId, media_key},
};
use conclave_proto::GroupId;
mod common;
use common::{remove_carol, three};

const CALL: CallId = CallId([9; 16]);

fn call_keys(e: &Engine, group: &GroupId) -> CallKeys {
    let k = media_key(e, group, &CALL).unwrap();
    let mut keys = CallKeys::new(Suite::CALLS, k.own_leaf, KeyTiming::default()).unwrap();
    let base = BaseKey::new(Suite::CALLS, &k.secret).unwrap();
    keys.add_epoch(conclave_call::Instant::from_millis(0), k.epoch, base)
        .unwrap();
    keys
}

#[test]
fn members_share_a_base_key_per_call_and_epoch_and_a_removed_member_gets_no_new_one() {
    let (mut a, mut b, mut c, group) = three();
    let [ka, kb, kc] = [&a, &b, &c].map(|e| media_key(e, &group, &CALL).unwrap());
    assert_eq!(ka.secret.len(), Suite::CALLS.key_len());
    assert_eq!(
        (ka.secret.as_slice(), ka.epoch),
        (kb.secret.as_slice(), kb.epoch)
    );
    assert_eq!(ka.secret, kc.secret);
    let leaves = [ka.own_leaf, kb.own_leaf, kc.own_leaf];
    assert_eq!(
        leaves
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        3,
        "each device has its own leaf: {leaves:?}"
    );
    let listed = a.member_leaves(&group).unwrap();
    for (k, who) in [(&ka, "alice"), (&kb, "bob"), (&kc, "carol")] {
        let (_, d) = listed.iter().find(|(leaf, _)| *leaf == k.own_leaf).unwrap();
        assert_eq!(d.username.as_str(), who);
    }
    let other = media_key(&a, &group, &CallId([8; 16])).unwrap();
    assert_ne!(
        other.secret, ka.secret,
        "another call of the group has other keys"
    );

    // Bob's frame decrypts at alice's; carol, a member, reads it too.
    let now = conclave_call::Instant::from_millis(0);
    let (mut sa, mut sb, mut sc) = (
        call_keys(&a, &group),
        call_keys(&b, &group),
        call_keys(&c, &group),
    );
    let frame = [0xb8, 1, 2, 3, 4, 5, 6, 7];
    let sealed = sb.encrypt(now, 0, Codec::Opus, &frame).unwrap();
    assert_eq!(sa.decrypt(now, Codec::Opus, &sealed).unwrap().frame, frame);
    assert_eq!(sc.decrypt(now, Codec::Opus, &sealed).unwrap().frame, frame);

    // Alice removes carol: the epoch moves on, alice and bob share its new key, carol has none.
    remove_carol(&mut a, &mut b, &mut c, &group);
    let (na, nb) = (
        media_key(&a, &group, &CALL).unwrap(),
        media_key(&b, &group, &CALL).unwrap(),
    );
    assert_eq!(na.epoch, ka.epoch + 1);
    assert_eq!(
        (na.secret.as_slice(), na.epoch),
        (nb.secret.as_slice(), nb.epoch)
    );
    assert_ne!(na.secret, ka.secret);
    assert!(
        media_key(&c, &group, &CALL).is_err(),
        "a removed device exports nothing of the group"
    );

    // Under the new epoch's key, carol's old keys read nothing.
    let (mut na_keys, mut nb_keys) = (call_keys(&a, &group), call_keys(&b, &group));
    let sealed = nb_keys.encrypt(now, 0, Codec::Opus, &frame).unwrap();
    assert_eq!(
        na_keys.decrypt(now, Codec::Opus, &sealed).unwrap().frame,
        frame
    );
    assert!(sc.decrypt(now, Codec::Opus, &sealed).is_err());
}

#[test]
fn an_export_of_no_bytes_or_too_many_is_refused() {
    let (a, _, _, group) = three();
    for n in [0, conclave_client_core::EXPORT_BYTES_MAX + 1] {
        assert!(a.export_secret(&group, "x", b"", n).is_err(), "{n} bytes");
    }
    assert!(
        a.export_secret(&GroupId::new(b"nope".to_vec()).unwrap(), "x", b"", 16)
            .is_err()
    );
}
