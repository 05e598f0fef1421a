//! The Conclave wire protocol.
//!
//! Everything that crosses the network between a client and `conclave-server` is defined here:
//! the frames ([`ClientFrame`], [`ServerFrame`]), their versioned encoding ([`encode`],
//! [`decode_client`], [`decode_server`]), the typed error codes ([`ErrorCode`]), the newtypes
//! that are parsed once at the edge ([`Username`], [`DeviceId`], …), invite links
//! ([`ServerLink`]) and every protocol limit ([`limits`]).
//!
//! This crate does no I/O, reads no clock and holds no randomness: callers pass those in.
#![forbid(unsafe_code)]

mod codec;
mod frame;
mod ids;
pub mod limits;
mod link;

pub use codec::{
    CodecError, PROTOCOL_REVISION, PROTOCOL_VERSION, decode_client, decode_server, encode,
};
pub use frame::*;
pub use ids::*;
pub use link::{Fingerprint, LinkError, LinkKind, ServerLink};
