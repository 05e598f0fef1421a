//! `conclave-relay`: private browsing through two of the operator's relays.
//!
//! ```text
//! browser ─SOCKS5/HTTP CONNECT─▶ conclave proxy ─TLS─▶ entry ─mTLS─▶ exit ─TCP─▶ web
//!                                      └──────── Noise_NK, fixed cells ────────┘
//! ```
//! The entry knows who (the client's address) and which exit; the exit knows where (the
//! destination) and which entry; neither knows both. Each hop admits a circuit only with an
//! unlinkable token of its own origin.
//!
//! The modules at the top are sans-IO: [`cell`] (fixed 1,024-byte cells), [`noise`] (the
//! client↔exit session), [`open`] (the first frames to a relay), [`socks`] (SOCKS5 and HTTP
//! CONNECT parsers), [`policy`] (the exit policy), [`directory`] (signed relay directory and
//! path choice), [`window`] (flow control). [`net`] (feature `net`) drives them on tokio. Without the
//! default feature `noise` (snow) the crate builds for wasm32-unknown-unknown: the web app
//! verifies the directory with this same code.

pub mod cell;
pub mod directory;
#[cfg(feature = "net")]
pub mod net;
#[cfg(feature = "noise")]
pub mod noise;
pub mod open;
pub mod policy;
pub mod socks;
pub mod window;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("malformed relay input: {0}")]
    Malformed(&'static str),
    #[error("relay cryptography: {0}")]
    Crypto(&'static str),
    #[error("relay directory: {0}")]
    Directory(&'static str),
    #[error("no relay path: {0}")]
    NoPath(String),
    #[error("relay configuration: {0}")]
    Config(String),
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

pub fn unhex32(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, chunk) in text.as_bytes().chunks(2).enumerate() {
        let s = std::str::from_utf8(chunk).ok()?;
        out[i] = u8::from_str_radix(s, 16).ok()?;
    }
    Some(out)
}
