//! The sans-IO Conclave client core: device identity, the MLS engine (groups, history,
//! key packages, safety numbers), the typed message envelope, the shared ledger, call signalling and the folded view of messages (replies, reactions, edits, deletes). No sockets, no files: the
//! async driver in `conclave-client` (and later the browser) feeds it and persists its changes.
#![forbid(unsafe_code)]

pub mod attachment;
pub mod call;
mod dedupe;
mod device_key;
pub mod engine;
pub mod envelope;
pub mod ephemeral;
pub mod history;
pub mod ledger;
pub mod messages;
pub mod profile;

pub use dedupe::Dedupe;
pub use device_key::DeviceKey;
pub use engine::{
    EXPORT_BYTES_MAX, Engine, EngineError, Event, ExportedSecret, HistoryBody, MemberDevice,
    StoredMessage,
};
