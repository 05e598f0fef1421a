//! The content inside MLS application messages: a versioned, typed envelope.
//!
//! Every envelope carries a client-chosen 128-bit id (for deduplication and for replies,
//! reactions, edits) and the sender's clock. Unknown future variants fail to decode and are
//! shown as "unsupported content" rather than dropped silently.

use conclave_proto::Timestamp;
use serde::{Deserialize, Serialize};

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
    /// Reserved for the shared ledger (its own typed entries).
    Ledger {
        entry: Vec<u8>,
    },
    /// Reserved for call signalling.
    Call {
        signal: Vec<u8>,
    },
    /// Reserved for attachments (pointer + key).
    Attachment {
        pointer: Vec<u8>,
    },
}

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
        let (env, rest) =
            postcard::take_from_bytes(body).map_err(|e| EnvelopeError::Malformed(e.to_string()))?;
        if !rest.is_empty() {
            return Err(EnvelopeError::Malformed("trailing bytes".into()));
        }
        Ok(env)
    }
}

impl Content {
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
            Content::Ledger { .. } => "(ledger entry)".into(),
            Content::Call { .. } => "(call)".into(),
            Content::Attachment { .. } => "(attachment)".into(),
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
}
