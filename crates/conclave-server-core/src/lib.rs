//! The Conclave server's logic, without HTTP, sockets or a clock.
//!
//! [`Core`] authenticates devices, redeems invitations, renewals and device links, enforces
//! quotas and account validity, runs the per-device durable queues, and is the MLS delivery
//! service on top of them: key packages, groups with one commit per epoch, and fan-out of
//! commits, Welcomes and application messages in group order. It owns the [`Store`] trait; `conclave-server-store-*` crates implement it
//! and prove it with the one conformance suite in [`conformance`] (feature `conformance`).
//! Time (`now`) and entropy come in from the caller, so tests drive it deterministically.
//! [`blob`] is the attachment blob store's trait, limits and conformance suite;
//! [`blob_grant`] the signed grants that admit a device to its HTTP routes.
//! [`call_token`] signs and verifies the tokens that admit members to a call's media (the SFU
//! depends on it for the verifier).
#![forbid(unsafe_code)]

pub mod blob;
pub mod blob_grant;
pub mod call_token;
mod core;
mod error;
mod hub;
pub mod limits;
pub mod mls_check;
mod model;
pub mod push;
mod store;

#[cfg(feature = "conformance")]
pub mod conformance;

pub use crate::core::{Core, CoreConfig, Entropy, Session};
pub use error::CoreError;
pub use hub::{Attachment, Bus, BusEvent, EndReason, Hub, Mailbox, SessionStamp};
pub use limits::{Limits, TokenBucket};
pub use model::*;
pub use push::{AbsentDevices, PushKind, PushPolicy, PushSubscriptionRecord};
pub use store::{KEY_PACKAGE_CLAIM_OVERHEAD_BYTES, Store, StoreError};
