//! Every bound of this crate, in one place. Units last in names.

/// The largest media frame a sender encrypts (codec prefix included). A 1080p VP8 key frame is
/// well under this; anything larger is a bug or an attack.
pub const MEDIA_FRAME_BYTES_MAX: usize = 1 << 20;

/// The largest SFrame a receiver looks at: a largest media frame plus the longest header
/// (1 + 8 + 8 bytes) and the longest tag (16 bytes).
pub const ENCRYPTED_FRAME_BYTES_MAX: usize = MEDIA_FRAME_BYTES_MAX + 17 + 16;

/// The largest call id a base key is bound to (the MLS exporter context).
pub const CALL_ID_BYTES_MAX: usize = 64;

/// The largest sender leaf index a key id carries: the leaf field is 16 bits.
pub const SENDER_LEAF_MAX: u32 = u16::MAX as u32;

/// How many epochs a receiver holds keys for at once: the current one and those still inside
/// their grace period. More epochs arriving quicker than that drop the oldest.
pub const EPOCHS_RETAINED_MAX: usize = 4;

/// How many senders' keys (one per sender leaf and stream) a receiver caches per epoch. A frame
/// of a sender past this still decrypts; its key is derived again each time.
pub const SENDER_KEYS_PER_EPOCH_MAX: usize = 256;

/// How many streams (audio, camera, screen, ...) one device sends at once, each under its own
/// key id context and counter.
pub const STREAMS_PER_SENDER_MAX: usize = 8;

/// The default wait before a sender uses a new epoch's key, so that every receiver has had time
/// to process the commit (MatrixRTC waits about as long).
pub const SWITCH_DELAY_DEFAULT_MS: u64 = 1_500;

/// The longest a sender may keep sending under the previous epoch after a commit.
pub const SWITCH_DELAY_MAX_MS: u64 = 3_000;

/// The default, and longest, time a receiver keeps the previous epoch's keys after a commit: a
/// removed member's device stops being able to read what others send within this time.
pub const PREVIOUS_EPOCH_KEEP_DEFAULT_MS: u64 = 10_000;
/// See [`PREVIOUS_EPOCH_KEEP_DEFAULT_MS`].
pub const PREVIOUS_EPOCH_KEEP_MAX_MS: u64 = 10_000;

/// The VP8 bytes left in clear on a key frame: the 3-byte frame tag, the start code and the
/// dimensions, which the receiver's depacketizer reads (RFC 6386 §9.1).
pub const VP8_KEY_FRAME_PREFIX_BYTES: usize = 10;
/// The VP8 bytes left in clear on a delta frame: the first byte, whose lowest bit tells key frames
/// from delta frames. The rest of the frame tag (the first partition's size) is encrypted.
pub const VP8_DELTA_FRAME_PREFIX_BYTES: usize = 1;
/// The Opus bytes left in clear: the TOC byte (RFC 6716 §3.1).
pub const OPUS_PREFIX_BYTES: usize = 1;
