//! One error enum per operation. Frames come from other devices through the SFU: every way a
//! received frame can be wrong is a [`DecryptError`], never a panic.

use crate::KeyId;

/// Setting up keys: what the caller (the client core) got wrong, or what its MLS state says.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyError {
    /// The base key is not `Nk` bytes of the suite (the exporter was asked for another length).
    #[error("a base key of {got} bytes, the suite needs {expected}")]
    BaseKeyLength { expected: usize, got: usize },
    /// The base key is for another cipher suite than the call's.
    #[error("a base key for another cipher suite than the call's")]
    SuiteMismatch,
    /// Epochs only go forward: the new epoch must be later than every one installed.
    #[error("epoch {got} is not after epoch {latest}")]
    EpochNotNewer { latest: u64, got: u64 },
    /// A sender leaf index that does not fit the key id's 16 bits.
    #[error("sender leaf {leaf} does not fit in 16 bits")]
    LeafOutOfRange { leaf: u32 },
    /// A key id wider than the 56 bits this layout uses.
    #[error("key id {kid:#x} is wider than 56 bits")]
    KeyIdOutOfRange { kid: u64 },
    /// The call id is empty or longer than [`crate::limits::CALL_ID_BYTES_MAX`].
    #[error("a call id of {len} bytes (1 to {max})")]
    CallIdLength { len: usize, max: usize },
    /// Key timing outside its bounds (see [`crate::KeyTiming::new`]).
    #[error("key timing: {0}")]
    Timing(&'static str),
}

/// Encrypting one of our own frames.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum EncryptError {
    /// The frame is larger than [`crate::limits::MEDIA_FRAME_BYTES_MAX`].
    #[error("a media frame of {len} bytes (at most {max})")]
    FrameTooLarge { len: usize, max: usize },
    /// The frame does not start with what its codec says it must.
    #[error("malformed media frame: {0}")]
    Malformed(&'static str),
    /// No epoch is installed yet: there is no key to send with.
    #[error("no key yet: no epoch installed")]
    NoEpoch,
    /// More streams than [`crate::limits::STREAMS_PER_SENDER_MAX`] in one epoch.
    #[error("more than {max} streams")]
    TooManyStreams { max: usize },
    /// The stream's counter would repeat under the same key (2^64 frames).
    #[error("the stream's frame counter is exhausted")]
    CounterExhausted,
    /// The SFrame library failed where it should not (a bug, not input).
    #[error("internal SFrame error: {0}")]
    Internal(String),
}

/// Decrypting a frame received from another device. Every variant but `Internal` is the
/// sender's (or the SFU's) doing.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecryptError {
    /// Larger than [`crate::limits::ENCRYPTED_FRAME_BYTES_MAX`].
    #[error("an encrypted frame of {len} bytes (at most {max})")]
    FrameTooLarge { len: usize, max: usize },
    /// Too short for its codec prefix, its SFrame header or its tag, or a header that does not
    /// parse.
    #[error("malformed encrypted frame: {0}")]
    Malformed(&'static str),
    /// A key id wider than this layout's 56 bits: not one of ours.
    #[error("key id {kid:#x} is wider than 56 bits")]
    KeyIdOutOfRange { kid: u64 },
    /// No key for the frame's epoch: its commit has not been processed yet ("waiting for
    /// keys"), or the epoch's keys were dropped (a previous epoch past its grace period), or the
    /// sender is not in the group.
    #[error("no key for epoch {} (sender leaf {})", .kid.epoch_low(), .kid.leaf())]
    NoKey { kid: KeyId },
    /// The frame does not authenticate under its key: tampered with (prefix, header or
    /// ciphertext), or sent by someone without this epoch's key.
    #[error("frame does not authenticate (sender leaf {}, epoch {})", .kid.leaf(), .kid.epoch_low())]
    Unauthentic { kid: KeyId },
    /// The SFrame library failed where it should not (a bug, not input).
    #[error("internal SFrame error: {0}")]
    Internal(String),
}
