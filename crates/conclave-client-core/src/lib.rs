//! The sans-IO Conclave client core: device identity, the MLS engine (groups, history,
//! key packages, safety numbers), the typed message envelope, the shared ledger and call signalling. No sockets, no files: the
//! async driver in `conclave-client` (and later the browser) feeds it and persists its changes.
#![forbid(unsafe_code)]

pub mod call;
mod dedupe;
mod device_key;
pub mod engine;
pub mod envelope;
pub mod ledger;

pub use dedupe::Dedupe;
pub use device_key::DeviceKey;
pub use engine::{Engine, EngineError, Event, HistoryBody, MemberDevice, StoredMessage};
