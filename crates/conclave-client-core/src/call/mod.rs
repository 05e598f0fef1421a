//! Calls: the signalling inside MLS and the call state of a conversation.
//!
//! Call signals travel as [`Content::Call`](crate::envelope::Content::Call) application
//! messages in the conversation's MLS group (typed, versioned on their own: see
//! [`CallSignal`]). MLS authenticates the sending device of each, so the server can neither
//! forge a call nor a participant, and a device's DTLS fingerprint in its `Join` is as
//! authentic as its messages. Media never touch this module: the SFU, SFrame and the media
//! code live elsewhere and read the [`MediaSession`]s found here.
//!
//! There is no call state to keep in sync: [`CallLog::from_history`] folds the signals of a
//! conversation's history (sans-IO; the caller passes the time), so every device computes the
//! same calls and the same history entries:
//!
//! ```no_run
//! # fn demo(engine: &conclave_client_core::Engine, group: &conclave_proto::GroupId, now: conclave_proto::Timestamp) -> Result<(), conclave_client_core::EngineError> {
//! use conclave_client_core::call::CallLog;
//! let log = CallLog::for_conversation(engine, group, now)?;
//! let me = &engine.me().username;
//! for call in log.calls() {
//!     println!("[{}] {}", call.entry_seq(), call.describe(me, now)); // "call, 12 min, 3 people"
//! }
//! if let Some(call) = log.open().filter(|c| c.rings_for(me, now)) {
//!     println!("{} is calling", call.caller);
//! }
//! # Ok(()) }
//! ```

pub mod limits;
mod log;
mod signal;

pub use log::{
    Call, CallLog, CallMessage, EndReason, Ended, Ignored, Length, Line, MessageArg, Outcome,
    Participant, duration_text,
};
pub use signal::{
    CALL_SIGNAL_VERSION, CallId, CallSignal, CallSignalError, Media, MediaSession, Unreadable,
    UnreadableReason,
};

use conclave_proto::GroupId;

use crate::envelope::Content;
use crate::{Engine, EngineError, ExportedSecret};

/// This device's SFrame base key for call `call_id` of `group` at the group's current MLS
/// epoch (`MLS-Exporter("SFrame 1.0 Base Key", call id, Nk)` for [`conclave_call::Suite::CALLS`]),
/// with the epoch and this device's leaf. Ask again after every commit: the key changes with
/// the epoch, and a device removed from the group gets no later key.
pub fn media_key(
    engine: &Engine,
    group: &GroupId,
    call_id: &CallId,
) -> Result<ExportedSecret, EngineError> {
    let input = conclave_call::exporter_input(conclave_call::Suite::CALLS, &call_id.0)
        .map_err(|e| EngineError::Invalid(e.to_string()))?;
    engine.export_secret(group, input.label, input.context, input.length)
}

/// The envelope content that carries `signal`.
pub fn content(signal: CallSignal) -> Content {
    Content::Call { signal }
}

/// Whether `content` rings the other members' devices (a call's invitation): it is posted
/// with `Request::GroupRing`, so that a device whose app is closed is woken with "a call".
pub fn rings(content: &Content) -> bool {
    matches!(
        content,
        Content::Call {
            signal: CallSignal::Invite { .. }
        }
    )
}

#[cfg(test)]
mod tests;
