//! The limits of call signalling, in one place. Every device applies the same ones: a signal
//! beyond a limit is unreadable everywhere, and a call beyond a time limit is over everywhere.

/// Largest encoded call signal (its version byte included), checked before decoding.
pub const CALL_SIGNAL_BYTES_MAX: usize = 8 * 1024;

/// Longest DTLS certificate fingerprint in a `Join` (SHA-512: 64 bytes).
pub const DTLS_FINGERPRINT_BYTES_MAX: usize = 64;

/// Longest opaque media session parameters in a `Join` (ICE credentials, codecs, SSRCs: an SDP
/// fragment or its binary form).
pub const SESSION_PARAMS_BYTES_MAX: usize = 4 * 1024;

/// How long an invitation rings on the other members' devices, in milliseconds. A call that no
/// other member joined within it is over (not answered; "missed call" for the others).
pub const RING_MS: i64 = 45_000;

/// Longest call, in milliseconds, from its invitation: a call still open then is over (a device
/// that crashed in a call never sends its `Leave`).
pub const CALL_MS_MAX: i64 = 12 * 3600 * 1000;
