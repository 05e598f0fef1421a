//! End-to-end encryption of call media: SFrame (RFC 9605) on every audio and video frame, keyed
//! from the conversation's MLS group.
//!
//! - [`keys`]: the key schedule. Each member device exports a base key per MLS epoch
//!   ([`exporter_input`]: label "SFrame 1.0 Base Key", context the call id, `Nk` bytes); every
//!   sender's key follows from it and the sender's [`KeyId`] ([`sender_key`]).
//! - [`KeyId`]: context (the sender's stream, 32 bits) ‖ sender leaf (16 bits) ‖ epoch (low 8
//!   bits).
//! - [`CallKeys`]: one device's keys across epochs (the switch after a commit, the grace period
//!   of the previous epoch), and [`CallKeys::encrypt`] / [`CallKeys::decrypt`] of frames laid
//!   out as `codec prefix ‖ SFrame header ‖ ciphertext ‖ tag` ([`Codec`]).
//!
//! Sans-IO: no clock (the caller passes [`Instant`]s), no sockets, no randomness (SFrame nonces
//! are the salt and a counter). The SFU never holds a key; only member devices do.
//! `crates/conclave-web/www/sframe.js` is the browser's implementation of the same frames.
#![forbid(unsafe_code)]

mod call_keys;
mod codec;
mod error;
pub mod keys;
mod kid;
pub mod limits;
mod time;

pub use call_keys::{CallKeys, Decrypted, KeyTiming};
pub use codec::Codec;
pub use error::{DecryptError, EncryptError, KeyError};
pub use keys::{
    BaseKey, EXPORTER_LABEL, ExporterInput, SenderKey, Suite, derive_key_material, exporter_input,
    sender_key,
};
pub use kid::KeyId;
pub use time::Instant;
