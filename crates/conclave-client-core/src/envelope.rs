//! The content inside MLS application messages: a versioned, typed envelope.
//!
//! Every envelope carries a client-chosen 128-bit id (for deduplication and for replies,
//! reactions, edits) and the sender's clock. Unknown future variants fail to decode and are
//! shown as "unsupported content" rather than dropped silently.
//!
//! Ledger entries are versioned inside the envelope, on their own ([`LedgerPayload`], a byte
//! string on the wire): an entry from a newer ledger version still decodes as an envelope and
//! shows as an unreadable ledger entry, keeping its bytes for a later version to read. Call
//! signals ([`CallSignal`]) are versioned on their own the same way.

use conclave_proto::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{
    call::{CallMessage, CallSignal, MessageArg},
    ledger::LedgerPayload,
};

pub const ENVELOPE_VERSION: u8 = 1;

/// Longest text message, in bytes.
pub const TEXT_BYTES_MAX: usize = 64 * 1024;

pub type MessageId = [u8; 16];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub id: MessageId,
    pub sent_at: Timestamp,
    pub content: Content,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Content {
    Text {
        text: String,
    },
    Reply {
        to: MessageId,
        text: String,
    },
    Reaction {
        to: MessageId,
        emoji: String,
    },
    Edit {
        to: MessageId,
        text: String,
    },
    Delete {
        to: MessageId,
    },
    /// Read up to (and including) the group sequence number.
    Receipt {
        read_up_to: u64,
    },
    /// The conversation's kind and name, sent by the creator after each change of members.
    GroupMeta {
        meta: ConversationMeta,
    },
    /// A ledger entry or reversal (see [`crate::ledger`]).
    Ledger {
        payload: LedgerPayload,
    },
    /// A call signal (see [`crate::call`]).
    Call {
        signal: CallSignal,
    },
    /// A file: `pointer` is an encoded [`crate::attachment::AttachmentRef`] (blob id,
    /// download capability, key, hash, size, type, name, thumbnail), versioned on its own so a
    /// reference from a newer version shows as an unsupported attachment.
    Attachment {
        pointer: Vec<u8>,
    },
    // Kinds added after version 1 shipped go below, never between: an older client reads
    // the kind's number first and shows a kind it does not know as unsupported content
    // ([`EnvelopeError::Unsupported`]) instead of failing.
    /// A message forwarded from another conversation: its text as the forwarder's device had
    /// it, without who wrote it or where.
    Forward {
        text: String,
    },
    /// Disappearing messages from here on: each message's content goes `secs` after it was
    /// sent (for its sender's account) or read (for the others); 0 turns it off.
    Timer {
        secs: u64,
    },
    /// The sender's display name from here on, in every conversation it is sent to (see
    /// [`crate::profile`]): any script, checked and normalised on both ends; empty clears it.
    /// It travels only inside MLS: the server never learns anyone's display name.
    Profile {
        display_name: String,
    },
    /// A message forwarded from a conversation where it disappears: it disappears here too,
    /// `secs` after it was sent (for the forwarder's account) or read (for the others), or
    /// after this conversation's own timer when that is shorter. WhatsApp's forwards lose
    /// the timer (its own FAQ says so); these keep it.
    ForwardDisappearing {
        text: String,
        secs: u64,
    },
}

/// How many kinds of [`Content`] this version knows (the number of its variants).
pub const CONTENT_KINDS: u32 = 14;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConversationMeta {
    /// A 1:1 conversation between two accounts.
    Direct { members: [String; 2] },
    /// A named group.
    Group { name: String },
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EnvelopeError {
    #[error("unsupported envelope version {0}")]
    Version(u8),
    /// A kind of content this version does not know (sent by a newer client).
    #[error("unsupported message (kind {0}, from a newer version of Conclave)")]
    Unsupported(u32),
    #[error("malformed envelope: {0}")]
    Malformed(String),
}

impl Envelope {
    pub fn encode(&self) -> Vec<u8> {
        // Serializing into a Vec cannot fail for these types.
        postcard::to_extend(self, vec![ENVELOPE_VERSION]).unwrap_or_default()
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, EnvelopeError> {
        let (&v, body) = bytes
            .split_first()
            .ok_or_else(|| EnvelopeError::Malformed("empty".into()))?;
        if v != ENVELOPE_VERSION {
            return Err(EnvelopeError::Version(v));
        }
        if let Some(kind) = content_kind(body)
            && kind >= CONTENT_KINDS
        {
            return Err(EnvelopeError::Unsupported(kind));
        }
        decode_exact(body).map_err(EnvelopeError::Malformed)
    }
}

/// One postcard value that takes all of `body` (trailing bytes are an error), for the
/// versioned encodings inside the envelope; the error says what is wrong.
pub(crate) fn decode_exact<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, String> {
    let (value, rest) = postcard::take_from_bytes(body).map_err(|e| e.to_string())?;
    if !rest.is_empty() {
        return Err("trailing bytes".into());
    }
    Ok(value)
}

/// The kind number of the content in an envelope's body (`id ‖ sent_at ‖ kind ‖ …`), when
/// the body is long enough to hold one: 16 id bytes, then two postcard varints.
fn content_kind(body: &[u8]) -> Option<u32> {
    let rest = body.get(16..)?;
    let (_, rest) = varint(rest)?;
    let (kind, _) = varint(rest)?;
    u32::try_from(kind).ok()
}

/// A postcard (LEB128) unsigned varint of at most 10 bytes, and what follows it.
fn varint(bytes: &[u8]) -> Option<(u64, &[u8])> {
    let mut value = 0u64;
    for (i, b) in bytes.iter().enumerate().take(10) {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((value, &bytes[i + 1..]));
        }
    }
    None
}

impl Content {
    /// The message this content refers to (reply, reaction, edit, delete).
    pub fn target(&self) -> Option<&MessageId> {
        match self {
            Content::Reply { to, .. }
            | Content::Reaction { to, .. }
            | Content::Edit { to, .. }
            | Content::Delete { to } => Some(to),
            _ => None,
        }
    }

    /// A one-line human rendering.
    pub fn summary(&self) -> String {
        match self {
            Content::Text { text } => text.clone(),
            Content::Reply { text, .. } => format!("(reply) {text}"),
            Content::Reaction { emoji, .. } => format!("(reaction) {emoji}"),
            Content::Edit { text, .. } => format!("(edit) {text}"),
            Content::Delete { .. } => "(deleted a message)".into(),
            Content::Receipt { read_up_to } => format!("(read up to {read_up_to})"),
            Content::GroupMeta { meta } => match meta {
                ConversationMeta::Direct { .. } => "(conversation started)".into(),
                ConversationMeta::Group { name } => format!("(group #{name})"),
            },
            Content::Ledger { payload } => payload.summary(),
            Content::Call { signal } => signal.summary(),
            Content::Attachment { pointer } => {
                match crate::attachment::AttachmentRef::decode(pointer) {
                    Ok(r) => format!(
                        "(file) {} ({} bytes, {})",
                        r.display_name(),
                        r.size,
                        crate::attachment::safe_file_name(&r.media_type)
                    ),
                    Err(e) => format!("({e})"),
                }
            }
            Content::Forward { text } | Content::ForwardDisappearing { text, .. } => {
                format!("(forwarded) {text}")
            }
            Content::Timer { secs: 0 } => "(disappearing messages off)".into(),
            Content::Timer { secs } => format!(
                "(disappearing messages: {})",
                crate::messages::limits::timer_text(*secs)
            ),
            Content::Profile { display_name } if display_name.is_empty() => {
                "(display name cleared)".into()
            }
            Content::Profile { display_name } => format!(
                "(display name: \u{2068}{}\u{2069})",
                crate::profile::check_display_name(display_name).unwrap_or_else(|_| "?".into())
            ),
        }
    }

    /// [`Content::summary`] as a catalogue message (`preview-reply`, `preview-file`, …) for a
    /// front end to word in its member's language; names and texts are its arguments.
    pub fn phrase(&self) -> CallMessage {
        let text = |s: &str| MessageArg::Text(s.to_owned());
        let one = |id: &str, name: &'static str, value: MessageArg| CallMessage {
            id: id.into(),
            args: vec![(name, value)],
        };
        let none = |id: &str| CallMessage {
            id: id.into(),
            args: vec![],
        };
        match self {
            Content::Text { text: t } => one("preview-text", "text", text(t)),
            Content::Reply { text: t, .. } => one("preview-reply", "text", text(t)),
            Content::Reaction { emoji, .. } => one("preview-reaction", "emoji", text(emoji)),
            Content::Edit { text: t, .. } => one("preview-edit", "text", text(t)),
            Content::Delete { .. } => none("preview-deleted"),
            Content::Receipt { read_up_to } => one(
                "preview-receipt",
                "seq",
                MessageArg::Number(i64::try_from(*read_up_to).unwrap_or(i64::MAX)),
            ),
            Content::GroupMeta { meta } => match meta {
                ConversationMeta::Direct { .. } => none("preview-conversation-started"),
                ConversationMeta::Group { name } => one("preview-group", "name", text(name)),
            },
            Content::Ledger { payload } => payload.phrase(),
            Content::Call { signal } => signal.phrase(),
            Content::Attachment { pointer } => {
                match crate::attachment::AttachmentRef::decode(pointer) {
                    Ok(r) => CallMessage {
                        id: "preview-file".into(),
                        args: vec![
                            ("name", text(&r.display_name())),
                            (
                                "size",
                                MessageArg::Number(i64::try_from(r.size).unwrap_or(i64::MAX)),
                            ),
                            (
                                "type",
                                text(&crate::attachment::safe_file_name(&r.media_type)),
                            ),
                        ],
                    },
                    Err(e) => one("preview-file-unreadable", "reason", text(&e.to_string())),
                }
            }
            Content::Forward { text: t } | Content::ForwardDisappearing { text: t, .. } => {
                one("preview-forwarded", "text", text(t))
            }
            Content::Timer { secs: 0 } => none("preview-timer-off"),
            Content::Timer { secs } => one(
                "preview-timer",
                "time",
                text(&crate::messages::limits::timer_text(*secs)),
            ),
            Content::Profile { display_name } if display_name.is_empty() => {
                none("preview-display-name-cleared")
            }
            Content::Profile { display_name } => one(
                "preview-display-name",
                "name",
                text(
                    &crate::profile::check_display_name(display_name)
                        .unwrap_or_else(|_| "?".into()),
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_version() {
        let env = Envelope {
            id: [1; 16],
            sent_at: Timestamp(5),
            content: Content::Text { text: "hi".into() },
        };
        let bytes = env.encode();
        assert_eq!(Envelope::decode(&bytes), Ok(env));
        let mut bad = bytes.clone();
        bad[0] = 9;
        assert_eq!(Envelope::decode(&bad), Err(EnvelopeError::Version(9)));
        assert!(Envelope::decode(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn content_of_a_newer_kind_is_unsupported_not_malformed() {
        let env = Envelope {
            id: [7; 16],
            sent_at: Timestamp(-300),
            content: Content::Forward { text: "fw".into() },
        };
        let mut bytes = env.encode();
        assert_eq!(Envelope::decode(&bytes), Ok(env));
        // Every kind this version knows decodes; the first unknown one is unsupported.
        let kind_at = 1 + 16 + 2; // version, id, a two-byte zigzag varint of -300
        assert_eq!(bytes[kind_at], 10);
        bytes[kind_at] = CONTENT_KINDS as u8;
        assert_eq!(
            Envelope::decode(&bytes),
            Err(EnvelopeError::Unsupported(CONTENT_KINDS))
        );
        // The last kind this version knows still decodes.
        let timer = Envelope {
            id: [7; 16],
            sent_at: Timestamp(-300),
            content: Content::ForwardDisappearing {
                text: "fw".into(),
                secs: 30,
            },
        };
        assert_eq!(timer.encode()[kind_at], CONTENT_KINDS as u8 - 1);
        assert_eq!(Envelope::decode(&timer.encode()), Ok(timer));
        assert!(
            EnvelopeError::Unsupported(11)
                .to_string()
                .contains("newer version")
        );
        // A truncated body is malformed, not unsupported.
        assert!(matches!(
            Envelope::decode(&bytes[..10]),
            Err(EnvelopeError::Malformed(_))
        ));
    }

    #[test]
    fn ledger_payloads_keep_the_reserved_wire_form_and_their_own_version() {
        // The reserved `Ledger { entry: Vec<u8> }` and today's typed payload encode alike.
        #[derive(Serialize)]
        enum Reserved {
            _Text { text: String },
            _Reply { to: MessageId, text: String },
            _Reaction { to: MessageId, emoji: String },
            _Edit { to: MessageId, text: String },
            _Delete { to: MessageId },
            _Receipt { read_up_to: u64 },
            _GroupMeta { meta: ConversationMeta },
            Ledger { entry: Vec<u8> },
        }
        let future = [crate::ledger::LEDGER_VERSION + 1, 0xde, 0xad];
        let reserved = postcard::to_allocvec(&Reserved::Ledger {
            entry: future.to_vec(),
        })
        .unwrap();
        let typed: Content = postcard::from_bytes(&reserved).unwrap();
        let Content::Ledger { payload } = &typed else {
            panic!("{typed:?}")
        };
        assert!(matches!(
            payload,
            LedgerPayload::Unreadable(crate::ledger::Unreadable {
                reason: crate::ledger::UnreadableReason::NewerVersion(v),
                ..
            }) if *v == crate::ledger::LEDGER_VERSION + 1
        ));
        // A newer ledger version is unreadable content, not an unreadable envelope, and its
        // bytes survive a re-encoding (the stored history keeps them for a later version).
        assert_eq!(postcard::to_allocvec(&typed).unwrap(), reserved);
        let env = Envelope {
            id: [3; 16],
            sent_at: Timestamp(9),
            content: typed,
        };
        let decoded = Envelope::decode(&env.encode()).unwrap();
        assert_eq!(decoded, env);
        assert!(
            decoded.content.summary().contains("newer"),
            "{}",
            decoded.content.summary()
        );
    }
}
