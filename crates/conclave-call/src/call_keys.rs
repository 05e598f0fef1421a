//! The keys of one call on one device, across MLS epochs, and the frames they protect.

use std::collections::HashMap;
use std::time::Duration;

use sframe::error::SframeError;
use sframe::frame::{EncryptedFrameView, MediaFrameView, MonotonicCounter};
use sframe::header::SframeHeader;
use sframe::key::{DecryptionKey, EncryptionKey};

use crate::codec::Codec;
use crate::error::{DecryptError, EncryptError, KeyError};
use crate::keys::{BaseKey, Suite};
use crate::kid::KeyId;
use crate::limits::{
    ENCRYPTED_FRAME_BYTES_MAX, EPOCHS_RETAINED_MAX, MEDIA_FRAME_BYTES_MAX,
    PREVIOUS_EPOCH_KEEP_DEFAULT_MS, PREVIOUS_EPOCH_KEEP_MAX_MS, SENDER_KEYS_PER_EPOCH_MAX,
    SENDER_LEAF_MAX, STREAMS_PER_SENDER_MAX, SWITCH_DELAY_DEFAULT_MS, SWITCH_DELAY_MAX_MS,
};
use crate::time::Instant;

/// When keys change hands after a commit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyTiming {
    switch_delay: Duration,
    previous_keep: Duration,
}

impl KeyTiming {
    /// `switch_delay`: how long a sender keeps sending under the previous epoch once it has a
    /// new one (at most [`SWITCH_DELAY_MAX_MS`]), so that receivers slower to process the commit
    /// still read it. `previous_keep`: how long a receiver still decrypts the previous epoch
    /// (at most [`PREVIOUS_EPOCH_KEEP_MAX_MS`], and longer than `switch_delay`, or a sender would
    /// still use keys its receivers dropped).
    pub fn new(switch_delay: Duration, previous_keep: Duration) -> Result<Self, KeyError> {
        if switch_delay > Duration::from_millis(SWITCH_DELAY_MAX_MS) {
            return Err(KeyError::Timing("the switch delay is longer than 3 s"));
        }
        if previous_keep > Duration::from_millis(PREVIOUS_EPOCH_KEEP_MAX_MS) {
            return Err(KeyError::Timing(
                "the previous epoch is kept longer than 10 s",
            ));
        }
        if previous_keep <= switch_delay {
            return Err(KeyError::Timing(
                "the previous epoch is dropped before senders leave it",
            ));
        }
        Ok(Self {
            switch_delay,
            previous_keep,
        })
    }

    /// See [`KeyTiming::new`].
    pub fn switch_delay(&self) -> Duration {
        self.switch_delay
    }

    /// See [`KeyTiming::new`].
    pub fn previous_keep(&self) -> Duration {
        self.previous_keep
    }
}

impl Default for KeyTiming {
    /// 1.5 s and 10 s.
    fn default() -> Self {
        Self {
            switch_delay: Duration::from_millis(SWITCH_DELAY_DEFAULT_MS),
            previous_keep: Duration::from_millis(PREVIOUS_EPOCH_KEEP_DEFAULT_MS),
        }
    }
}

/// A frame that decrypted: who sent it, under which key, and the media frame (clear prefix
/// and decrypted rest, as the sender's encoder produced it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decrypted {
    /// The sender's leaf, stream and epoch.
    pub kid: KeyId,
    /// The SFrame counter.
    pub counter: u64,
    /// The media frame.
    pub frame: Vec<u8>,
}

struct Stream {
    context: u32,
    key: EncryptionKey,
    counter: MonotonicCounter,
}

struct Epoch {
    epoch: u64,
    base: BaseKey,
    /// When a later epoch arrived, plus the grace period: the keys are dropped then.
    drop_at: Option<Instant>,
    /// Receivers' keys by key id, cached once a frame authenticated under them.
    receive: HashMap<u64, DecryptionKey>,
    /// Our own streams in this epoch.
    send: Vec<Stream>,
}

/// The SFrame keys of one call on one member device: the epochs it holds, which one it sends
/// under, and the switch from one to the next after each commit (RFC 9605 §5.2, keyed as in
/// [`crate::keys`]).
///
/// Sans-IO: the caller installs each epoch's base key from its MLS group
/// ([`CallKeys::add_epoch`]) and passes its clock's `now` to every call; [`CallKeys::next_timeout`]
/// says when state changes by itself.
///
/// On a new epoch: receivers decrypt it at once (other senders may switch first); this device
/// keeps sending under the previous epoch for the switch delay, then moves; the previous epoch's
/// keys are dropped once the grace period has passed. A member removed by the commit has no key
/// for the new epoch: it reads nothing sent after the senders' switch.
pub struct CallKeys {
    suite: Suite,
    own_leaf: u32,
    timing: KeyTiming,
    /// Ascending by epoch; at most [`EPOCHS_RETAINED_MAX`].
    epochs: Vec<Epoch>,
    sending: Option<u64>,
    /// The epoch to send under from the instant given on.
    switch: Option<(u64, Instant)>,
}

impl CallKeys {
    /// The keys of a device at MLS leaf `own_leaf` (constant while it is a member).
    pub fn new(suite: Suite, own_leaf: u32, timing: KeyTiming) -> Result<Self, KeyError> {
        if own_leaf > SENDER_LEAF_MAX {
            return Err(KeyError::LeafOutOfRange { leaf: own_leaf });
        }
        Ok(Self {
            suite,
            own_leaf,
            timing,
            epochs: Vec::new(),
            sending: None,
            switch: None,
        })
    }

    /// The call's cipher suite.
    pub fn suite(&self) -> Suite {
        self.suite
    }

    /// Installs the base key of MLS epoch `epoch`, which must be later than every epoch
    /// installed before. The first epoch is sent under at once; a later one after the switch
    /// delay, and the one it follows is dropped after the grace period.
    pub fn add_epoch(&mut self, now: Instant, epoch: u64, base: BaseKey) -> Result<(), KeyError> {
        if base.suite() != self.suite {
            return Err(KeyError::SuiteMismatch);
        }
        if let Some(latest) = self.epochs.last().map(|e| e.epoch)
            && epoch <= latest
        {
            return Err(KeyError::EpochNotNewer { latest, got: epoch });
        }
        self.advance(now);
        // Key ids carry 8 bits of the epoch: one 256 epochs older would be confused with this
        // one (RFC 9605 §5.2: remove it).
        self.epochs.retain(|e| e.epoch as u8 != epoch as u8);
        let drop_at = now + self.timing.previous_keep;
        for e in &mut self.epochs {
            e.drop_at = Some(e.drop_at.map_or(drop_at, |t| t.min(drop_at)));
        }
        self.epochs.push(Epoch {
            epoch,
            base,
            drop_at: None,
            receive: HashMap::new(),
            send: Vec::new(),
        });
        if self.epochs.len() > EPOCHS_RETAINED_MAX {
            self.epochs.remove(0);
        }
        match self.sending {
            Some(current) if self.epochs.iter().any(|e| e.epoch == current) => {
                self.switch = Some((epoch, now + self.timing.switch_delay));
            }
            _ => {
                self.sending = Some(epoch);
                self.switch = None;
            }
        }
        Ok(())
    }

    /// Applies what is due at `now`: the sender's switch to the latest epoch, dropping
    /// previous epochs past their grace period.
    pub fn handle_timeout(&mut self, now: Instant) {
        self.advance(now);
    }

    /// The next instant at which [`CallKeys::handle_timeout`] has something to do.
    pub fn next_timeout(&self) -> Option<Instant> {
        let drops = self.epochs.iter().filter_map(|e| e.drop_at);
        drops.chain(self.switch.map(|(_, at)| at)).min()
    }

    /// The epoch this device sends under now, if any.
    pub fn sending_epoch(&self) -> Option<u64> {
        self.sending
    }

    /// The epochs whose frames this device can decrypt, ascending.
    pub fn epochs(&self) -> impl Iterator<Item = u64> + '_ {
        self.epochs.iter().map(|e| e.epoch)
    }

    fn advance(&mut self, now: Instant) {
        if let Some((epoch, at)) = self.switch
            && now >= at
        {
            self.sending = Some(epoch);
            self.switch = None;
        }
        let sending = self.sending;
        self.epochs
            .retain(|e| e.drop_at.is_none_or(|t| now < t) || Some(e.epoch) == sending);
    }

    /// Encrypts one media frame of our stream `context` (0 audio, 1 camera, ...): `prefix ||
    /// SFrame header || ciphertext || tag`, the codec's clear prefix authenticated with the
    /// header.
    pub fn encrypt(
        &mut self,
        now: Instant,
        context: u32,
        codec: Codec,
        frame: &[u8],
    ) -> Result<Vec<u8>, EncryptError> {
        if frame.len() > MEDIA_FRAME_BYTES_MAX {
            return Err(EncryptError::FrameTooLarge {
                len: frame.len(),
                max: MEDIA_FRAME_BYTES_MAX,
            });
        }
        let prefix_len = codec
            .clear_prefix_len(frame)
            .map_err(EncryptError::Malformed)?;
        self.advance(now);
        let sending = self.sending.ok_or(EncryptError::NoEpoch)?;
        let (suite, own_leaf) = (self.suite, self.own_leaf);
        let epoch = self
            .epochs
            .iter_mut()
            .find(|e| e.epoch == sending)
            .ok_or(EncryptError::NoEpoch)?;
        let index = match epoch.send.iter().position(|s| s.context == context) {
            Some(i) => i,
            None => {
                if epoch.send.len() >= STREAMS_PER_SENDER_MAX {
                    return Err(EncryptError::TooManyStreams {
                        max: STREAMS_PER_SENDER_MAX,
                    });
                }
                // own_leaf was checked in `new`.
                let kid = KeyId::new(context, own_leaf, sending)
                    .map_err(|e| EncryptError::Internal(e.to_string()))?;
                let key =
                    EncryptionKey::derive_from(suite.sframe(), kid.as_u64(), epoch.base.bytes())
                        .map_err(|e| EncryptError::Internal(e.to_string()))?;
                epoch.send.push(Stream {
                    context,
                    key,
                    counter: MonotonicCounter::default(),
                });
                epoch.send.len() - 1
            }
        };
        let stream = &mut epoch.send[index];
        let (prefix, payload) = frame.split_at(prefix_len);
        let media = MediaFrameView::try_with_meta_data(&mut stream.counter, payload, prefix)
            .map_err(|_| EncryptError::CounterExhausted)?;
        let mut out = Vec::with_capacity(frame.len() + 17 + suite.tag_len());
        media
            .encrypt_into(&stream.key, &mut out)
            .map_err(|e| EncryptError::Internal(e.to_string()))?;
        Ok(out)
    }

    /// Decrypts a frame received from another member's device.
    pub fn decrypt(
        &mut self,
        now: Instant,
        codec: Codec,
        data: &[u8],
    ) -> Result<Decrypted, DecryptError> {
        if data.len() > ENCRYPTED_FRAME_BYTES_MAX {
            return Err(DecryptError::FrameTooLarge {
                len: data.len(),
                max: ENCRYPTED_FRAME_BYTES_MAX,
            });
        }
        let prefix_len = codec
            .clear_prefix_len(data)
            .map_err(DecryptError::Malformed)?;
        let (prefix, sframe) = data.split_at(prefix_len);
        let header = SframeHeader::deserialize(sframe)
            .map_err(|_| DecryptError::Malformed("an SFrame header that does not parse"))?;
        if sframe.len() < header.len() + self.suite.tag_len() {
            return Err(DecryptError::Malformed("shorter than its header and tag"));
        }
        let kid = KeyId::from_u64(header.key_id()).map_err(|_| DecryptError::KeyIdOutOfRange {
            kid: header.key_id(),
        })?;
        self.advance(now);
        let suite = self.suite;
        let epoch = self
            .epochs
            .iter_mut()
            .find(|e| e.epoch as u8 == kid.epoch_low())
            .ok_or(DecryptError::NoKey { kid })?;
        let mut derived = None;
        let key = match epoch.receive.get(&kid.as_u64()) {
            Some(key) => key,
            None => derived.insert(
                DecryptionKey::derive_from(suite.sframe(), kid.as_u64(), epoch.base.bytes())
                    .map_err(|e| DecryptError::Internal(e.to_string()))?,
            ),
        };
        let view = EncryptedFrameView::try_with_meta_data(sframe, prefix)
            .map_err(|_| DecryptError::Malformed("an SFrame header that does not parse"))?;
        let mut out = Vec::with_capacity(data.len());
        let counter = match view.decrypt_into(key, &mut out) {
            Ok(media) => media.counter(),
            Err(SframeError::DecryptionFailure) => return Err(DecryptError::Unauthentic { kid }),
            Err(SframeError::InvalidBuffer(_)) => {
                return Err(DecryptError::Malformed("shorter than its header and tag"));
            }
            Err(e) => return Err(DecryptError::Internal(e.to_string())),
        };
        // Only a key a frame authenticated under is kept: forged key ids fill nothing.
        if let Some(key) = derived
            && epoch.receive.len() < SENDER_KEYS_PER_EPOCH_MAX
        {
            epoch.receive.insert(kid.as_u64(), key);
        }
        Ok(Decrypted {
            kid,
            counter,
            frame: out,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUDIO: u32 = 0;
    const VIDEO: u32 = 1;
    const OPUS: &[u8] = &[0xfc, 0xde, 0xad, 0xbe, 0xef, 0x01, 0x02];
    const VP8_KEY: &[u8] = &[
        0x50, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01, 0xaa, 0xbb, 0xcc,
    ];
    const VP8_DELTA: &[u8] = &[0x31, 0x02, 0x00, 0x11, 0x22, 0x33];

    fn at(ms: u64) -> Instant {
        Instant::from_millis(ms)
    }

    fn base(epoch: u64) -> BaseKey {
        BaseKey::new(Suite::CALLS, &[epoch as u8; 16]).unwrap()
    }

    fn device(leaf: u32, epochs: &[u64]) -> CallKeys {
        let mut keys = CallKeys::new(Suite::CALLS, leaf, KeyTiming::default()).unwrap();
        for &e in epochs {
            keys.add_epoch(at(0), e, base(e)).unwrap();
        }
        keys
    }

    #[test]
    fn frames_round_trip_with_their_prefix_in_clear() {
        let mut alice = device(0, &[5]);
        let mut bob = device(1, &[5]);
        for (codec, frame, prefix) in [
            (Codec::Opus, OPUS, 1),
            (Codec::Vp8, VP8_KEY, 10),
            (Codec::Vp8, VP8_DELTA, 1),
        ] {
            let sent = alice.encrypt(at(1), VIDEO, codec, frame).unwrap();
            assert_eq!(
                &sent[..prefix],
                &frame[..prefix],
                "the prefix stays in clear"
            );
            let header = SframeHeader::deserialize(&sent[prefix..]).unwrap();
            assert_eq!(sent.len(), frame.len() + header.len() + 16);
            assert!(
                !sent[prefix + header.len()..]
                    .windows(3)
                    .any(|w| w == &frame[prefix..prefix + 3])
            );
            let got = bob.decrypt(at(1), codec, &sent).unwrap();
            assert_eq!(got.frame, frame);
            assert_eq!(got.kid, KeyId::new(VIDEO, 0, 5).unwrap());
        }
    }

    #[test]
    fn streams_have_their_own_key_ids_and_counters() {
        let mut alice = device(3, &[1]);
        let mut bob = device(1, &[1]);
        let a0 = bob
            .decrypt(
                at(0),
                Codec::Opus,
                &alice.encrypt(at(0), AUDIO, Codec::Opus, OPUS).unwrap(),
            )
            .unwrap();
        let a1 = bob
            .decrypt(
                at(0),
                Codec::Opus,
                &alice.encrypt(at(0), AUDIO, Codec::Opus, OPUS).unwrap(),
            )
            .unwrap();
        let v0 = bob
            .decrypt(
                at(0),
                Codec::Vp8,
                &alice.encrypt(at(0), VIDEO, Codec::Vp8, VP8_DELTA).unwrap(),
            )
            .unwrap();
        assert_eq!((a0.counter, a1.counter, v0.counter), (0, 1, 0));
        assert_eq!((a0.kid.context(), v0.kid.context()), (AUDIO, VIDEO));
        assert_eq!(a0.kid.leaf(), 3);
    }

    /// Every byte of a frame is covered: a changed prefix, header, ciphertext or tag fails.
    #[test]
    fn tampered_frames_are_refused() {
        let mut alice = device(0, &[1]);
        let mut bob = device(1, &[1]);
        for (codec, frame) in [
            (Codec::Opus, OPUS),
            (Codec::Vp8, VP8_KEY),
            (Codec::Vp8, VP8_DELTA),
        ] {
            let sent = alice.encrypt(at(0), AUDIO, codec, frame).unwrap();
            for i in 0..sent.len() {
                for bit in [0x01, 0x80] {
                    let mut bad = sent.clone();
                    bad[i] ^= bit;
                    assert!(
                        bob.decrypt(at(0), codec, &bad).is_err(),
                        "byte {i} bit {bit:#x}"
                    );
                }
            }
            // The prefix and the ciphertext: the frame does not authenticate.
            let prefix = codec.clear_prefix_len(frame).unwrap();
            let mut bad = sent.clone();
            bad[prefix - 1] ^= 0x40;
            assert!(matches!(
                bob.decrypt(at(0), codec, &bad),
                Err(DecryptError::Unauthentic { .. })
            ));
            let mut bad = sent.clone();
            *bad.last_mut().unwrap() ^= 1;
            assert!(matches!(
                bob.decrypt(at(0), codec, &bad),
                Err(DecryptError::Unauthentic { .. })
            ));
            assert!(bob.decrypt(at(0), codec, &sent[..sent.len() - 1]).is_err());
            assert_eq!(bob.decrypt(at(0), codec, &sent).unwrap().frame, frame);
        }
    }

    /// Carol is removed by the commit to epoch 2: she reads Alice until Alice switches, 1.5 s
    /// later, then nothing; Bob, still a member, reads both epochs.
    #[test]
    fn a_removed_member_reads_nothing_after_the_switch() {
        let mut alice = device(0, &[1]);
        let mut bob = device(1, &[1]);
        let mut carol = device(2, &[1]);
        alice.add_epoch(at(10_000), 2, base(2)).unwrap();
        bob.add_epoch(at(10_200), 2, base(2)).unwrap();
        assert_eq!(alice.next_timeout(), Some(at(11_500)));

        let before = alice.encrypt(at(11_499), AUDIO, Codec::Opus, OPUS).unwrap();
        assert_eq!(alice.sending_epoch(), Some(1));
        assert_eq!(
            carol
                .decrypt(at(11_499), Codec::Opus, &before)
                .unwrap()
                .frame,
            OPUS
        );
        assert_eq!(
            bob.decrypt(at(11_499), Codec::Opus, &before)
                .unwrap()
                .kid
                .epoch_low(),
            1
        );

        let after = alice.encrypt(at(11_500), AUDIO, Codec::Opus, OPUS).unwrap();
        assert_eq!(alice.sending_epoch(), Some(2));
        let kid = KeyId::new(AUDIO, 0, 2).unwrap();
        assert_eq!(
            carol.decrypt(at(11_500), Codec::Opus, &after),
            Err(DecryptError::NoKey { kid })
        );
        assert_eq!(
            bob.decrypt(at(11_500), Codec::Opus, &after).unwrap().frame,
            OPUS
        );

        // Carol's keys of epoch 1 are worthless for epoch 2 even under epoch 2's key id: a frame
        // she forges in Alice's name under her old key does not authenticate for Bob.
        let mut forger = CallKeys::new(Suite::CALLS, 0, KeyTiming::default()).unwrap();
        forger.add_epoch(at(0), 2, base(1)).unwrap();
        let forged = forger
            .encrypt(at(11_600), AUDIO, Codec::Opus, OPUS)
            .unwrap();
        assert_eq!(
            bob.decrypt(at(11_600), Codec::Opus, &forged),
            Err(DecryptError::Unauthentic { kid })
        );
    }

    #[test]
    fn the_previous_epoch_is_dropped_after_ten_seconds() {
        let mut alice = device(0, &[1]);
        let old = alice.encrypt(at(0), AUDIO, Codec::Opus, OPUS).unwrap();
        let mut bob = device(1, &[1]);
        bob.add_epoch(at(1_000), 2, base(2)).unwrap();
        assert_eq!(bob.next_timeout(), Some(at(2_500)));
        bob.handle_timeout(at(2_500));
        assert_eq!(bob.next_timeout(), Some(at(11_000)));
        assert!(bob.decrypt(at(10_999), Codec::Opus, &old).is_ok());
        assert_eq!(bob.epochs().collect::<Vec<_>>(), [1, 2]);
        let kid = KeyId::new(AUDIO, 0, 1).unwrap();
        assert_eq!(
            bob.decrypt(at(11_000), Codec::Opus, &old),
            Err(DecryptError::NoKey { kid })
        );
        assert_eq!(bob.epochs().collect::<Vec<_>>(), [2]);
        assert_eq!(bob.next_timeout(), None);
    }

    /// Commits in quick succession: each previous epoch keeps its own deadline, at most
    /// EPOCHS_RETAINED_MAX are held, and the sender moves to the latest.
    #[test]
    fn commits_in_quick_succession() {
        let mut alice = device(0, &[1]);
        for (i, e) in (2..=6).enumerate() {
            alice.add_epoch(at(100 * i as u64), e, base(e)).unwrap();
        }
        assert_eq!(alice.epochs().collect::<Vec<_>>(), [3, 4, 5, 6]);
        // Epoch 1 was dropped when epoch 5 came, so it moved to 5 at once; to 6 after the delay.
        assert_eq!(alice.sending_epoch(), Some(5));
        alice.handle_timeout(at(1_900));
        assert_eq!(alice.sending_epoch(), Some(6));
        alice.handle_timeout(at(10_300));
        assert_eq!(alice.epochs().collect::<Vec<_>>(), [5, 6]);
    }

    #[test]
    fn an_epoch_256_later_replaces_the_one_with_its_low_bits() {
        let mut alice = device(0, &[1]);
        alice.add_epoch(at(0), 257, base(1)).unwrap();
        assert_eq!(alice.epochs().collect::<Vec<_>>(), [257]);
        assert_eq!(alice.sending_epoch(), Some(257));
    }

    #[test]
    fn refuses_bad_keys_and_timing() {
        let mut alice = device(0, &[3]);
        assert_eq!(
            alice.add_epoch(at(0), 3, base(3)),
            Err(KeyError::EpochNotNewer { latest: 3, got: 3 })
        );
        assert_eq!(
            alice.add_epoch(at(0), 2, base(2)),
            Err(KeyError::EpochNotNewer { latest: 3, got: 2 })
        );
        let other = BaseKey::new(Suite::AesGcm256Sha512, &[0; 32]).unwrap();
        assert_eq!(
            alice.add_epoch(at(0), 4, other),
            Err(KeyError::SuiteMismatch)
        );
        assert!(CallKeys::new(Suite::CALLS, 65_536, KeyTiming::default()).is_err());
        let ms = Duration::from_millis;
        assert!(KeyTiming::new(ms(3_000), ms(10_000)).is_ok());
        assert!(KeyTiming::new(ms(3_001), ms(10_000)).is_err());
        assert!(KeyTiming::new(ms(1_500), ms(10_001)).is_err());
        assert!(KeyTiming::new(ms(2_000), ms(2_000)).is_err());
        assert_eq!(KeyTiming::default().switch_delay(), ms(1_500));
        assert_eq!(KeyTiming::default().previous_keep(), ms(10_000));
    }

    #[test]
    fn refuses_to_send_without_a_key_or_past_the_limits() {
        let mut alice = device(0, &[]);
        assert_eq!(
            alice.encrypt(at(0), AUDIO, Codec::Opus, OPUS),
            Err(EncryptError::NoEpoch)
        );
        alice.add_epoch(at(0), 1, base(1)).unwrap();
        assert!(matches!(
            alice.encrypt(at(0), AUDIO, Codec::Opus, &[]),
            Err(EncryptError::Malformed(_))
        ));
        assert!(matches!(
            alice.encrypt(at(0), AUDIO, Codec::Vp8, &VP8_KEY[..9]),
            Err(EncryptError::Malformed(_))
        ));
        let big = vec![1u8; MEDIA_FRAME_BYTES_MAX + 1];
        assert!(matches!(
            alice.encrypt(at(0), AUDIO, Codec::Opus, &big),
            Err(EncryptError::FrameTooLarge { .. })
        ));
        for stream in 0..STREAMS_PER_SENDER_MAX as u32 {
            alice.encrypt(at(0), stream, Codec::Opus, OPUS).unwrap();
        }
        assert_eq!(
            alice.encrypt(at(0), 99, Codec::Opus, OPUS),
            Err(EncryptError::TooManyStreams {
                max: STREAMS_PER_SENDER_MAX
            })
        );
        let mut bob = device(1, &[1]);
        let big = vec![1u8; ENCRYPTED_FRAME_BYTES_MAX + 1];
        assert!(matches!(
            bob.decrypt(at(0), Codec::Opus, &big),
            Err(DecryptError::FrameTooLarge { .. })
        ));
    }

    /// Keys are cached only for frames that authenticated, and only so many per epoch.
    #[test]
    fn the_key_cache_is_bounded() {
        let mut bob = device(1, &[1]);
        for leaf in 0..SENDER_KEYS_PER_EPOCH_MAX as u32 + 10 {
            let mut sender = device(leaf + 2, &[1]);
            let frame = sender.encrypt(at(0), AUDIO, Codec::Opus, OPUS).unwrap();
            assert!(bob.decrypt(at(0), Codec::Opus, &frame).is_ok());
            let mut forged = frame.clone();
            *forged.last_mut().unwrap() ^= 1;
            assert!(bob.decrypt(at(0), Codec::Opus, &forged).is_err());
        }
        assert_eq!(bob.epochs[0].receive.len(), SENDER_KEYS_PER_EPOCH_MAX);
    }

    /// Hostile input: random bytes, and random changes to real frames, get errors, never panics.
    #[test]
    fn hostile_frames_never_panic() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut alice = device(0, &[1]);
        let mut bob = device(1, &[1]);
        let real = alice.encrypt(at(0), AUDIO, Codec::Vp8, VP8_KEY).unwrap();
        for _ in 0..20_000 {
            let codec = if next() & 1 == 0 {
                Codec::Opus
            } else {
                Codec::Vp8
            };
            let mut data = if next() & 1 == 0 {
                real.clone()
            } else {
                (0..next() % 64).map(|_| next() as u8).collect()
            };
            for _ in 0..next() % 4 {
                if data.is_empty() {
                    break;
                }
                let i = next() as usize % data.len();
                match next() % 3 {
                    0 => data[i] = next() as u8,
                    1 => data.truncate(i),
                    _ => data.insert(i, next() as u8),
                }
            }
            if let Ok(got) = bob.decrypt(at(0), codec, &data) {
                assert_eq!(data, real);
                assert_eq!(got.frame, VP8_KEY);
            }
        }
    }
}
