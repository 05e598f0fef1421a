//! The call media decoder (`conclave-call`): an SFrame as another member's device (or the SFU)
//! sends it, through a receiver holding two epochs' keys. The first byte of the input picks the
//! codec (even: Opus, odd: VP8), the rest is the frame.
//!
//! Beyond "no panic": a frame that decrypts carries its clear prefix unchanged, is shorter
//! than its SFrame by at least a header byte and a tag, and names an installed epoch.

use conclave_call::{BaseKey, CallKeys, Codec, Instant, KeyTiming, Suite};

/// The receiver's base key of `epoch`: the key of `crates/conclave-call/tests/data/interop.json`,
/// whose frames are this target's seeds.
pub fn base_key(epoch: u64) -> BaseKey {
    let bytes: Vec<u8> = (0..16u8).map(|i| i.wrapping_mul(7) ^ epoch as u8).collect();
    BaseKey::new(Suite::CALLS, &bytes).unwrap()
}

/// A receiver at leaf 9 holding epochs 1 and 2.
pub fn receiver() -> CallKeys {
    let mut keys = CallKeys::new(Suite::CALLS, 9, KeyTiming::default()).unwrap();
    for epoch in [1, 2] {
        keys.add_epoch(Instant::from_millis(0), epoch, base_key(epoch))
            .unwrap();
    }
    keys
}

/// The codec an input's first byte picks.
pub fn codec(selector: u8) -> Codec {
    if selector & 1 == 0 {
        Codec::Opus
    } else {
        Codec::Vp8
    }
}

pub fn sframe_frame(data: &[u8]) {
    let Some((&selector, frame)) = data.split_first() else {
        return;
    };
    let codec = codec(selector);
    let Ok(got) = receiver().decrypt(Instant::from_millis(1), codec, frame) else {
        return;
    };
    let prefix = codec.clear_prefix_len(frame).unwrap();
    assert_eq!(
        &got.frame[..prefix],
        &frame[..prefix],
        "the clear prefix changed"
    );
    assert!(got.frame.len() + 1 + Suite::CALLS.tag_len() <= frame.len());
    assert!(matches!(got.kid.epoch_low(), 1 | 2));
}
