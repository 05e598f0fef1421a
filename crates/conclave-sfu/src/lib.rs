//! Conclave's selective forwarding unit (SFU) for group calls.
//!
//! Media is SFrame-encrypted end to end (`conclave-call`): the SFU holds no media key and
//! forwards RTP payloads it cannot read. [`Sfu`] is sans-IO — datagrams and time in,
//! datagrams out — over str0m in RTP mode (ICE-lite, DTLS-SRTP); feature `net` adds the tokio
//! driver that owns the one UDP socket ([`net`]). Admission is a call token
//! (`conclave_server_core::call_token`) checked against the issuer keys the SFU trusts.

#![forbid(unsafe_code)]

mod error;
pub mod limits;
#[cfg(feature = "net")]
pub mod net;
pub mod participant;
mod sfu;

pub use error::JoinError;
pub use limits::SfuLimits;
pub use sfu::{
    ConfigError, JoinRequest, Joined, LeaveReason, ParticipantId, RoomKey, Sfu, SfuConfig,
    SfuStats, TapRecord,
};
/// The WebRTC stack, for callers that build participants or read stats.
pub use str0m;
