//! The messages of a conversation as people see them: a pure function of its history.
//!
//! There is no message state apart from the history. [`ConversationView::from_history`] folds
//! the conversation's entries in server (`seq`) order: texts, replies and forwards are
//! messages; edits, reactions and deletes apply to the message they name (MIMI's `replaces`
//! and `inReplyTo`, by message id) or, when they cannot, stay in the view as
//! [`NotApplied`] with the reason. Every device holding the same history computes the same
//! view, whatever order its deliveries came in, and the rules are the same on every device:
//!
//! - Only a message's sender (its account, from any of its devices) may edit or delete it, or
//!   take back their own reaction; an edit or delete from anybody else is **refused**
//!   ([`Reason::NotSender`]) and changes nothing.
//! - A reference resolves only to an *earlier* entry (the first one with that id), so no
//!   reference can form a loop; an edit id stands for the message it edits.
//! - A reply quotes the local copy of its target at display time (never a copy sent along):
//!   its current text, "deleted", or "not available" when this device never had it.
//! - A deleted message keeps its place as a tombstone; its versions, reactions and every
//!   notice about it go. A delete naming a message this device never had (it joined later)
//!   takes its sender's edits of it and the reactions to it along. The engine also removes that content from the device's store
//!   (`HistoryBody::Removed`), and the view of the redacted history is the same as the view
//!   of the history before redaction.
//! - Limits ([`limits`]): versions per message, different reactions per member and message,
//!   the length of an emoji.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use conclave_proto::{DeviceId, GroupId, Timestamp, Username};
use serde_json::{Value, json};

use crate::{
    Engine, HistoryBody, StoredMessage,
    attachment::AttachmentRef,
    envelope::{Content, MessageId, TEXT_BYTES_MAX},
};

pub mod limits;

use limits::{EMOJI_BYTES_MAX, QUOTE_CHARS_MAX, REACTIONS_PER_MEMBER_MAX, VERSIONS_MAX};

/// What kind of message a removed (redacted) history entry was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RemovedKind {
    /// A text, reply or forward.
    Message,
    Edit,
    Reaction,
    /// A disappearing message whose time ran out (shown as nothing, not as a tombstone).
    Expired,
}

/// True for content that is a message of its own (can be replied to, edited, deleted).
pub fn is_message(content: &Content) -> bool {
    matches!(
        content,
        Content::Text { .. }
            | Content::Reply { .. }
            | Content::Forward { .. }
            | Content::ForwardDisappearing { .. }
            | Content::Attachment { .. }
    )
}

/// One entry of the view, at its place in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub seq: u64,
    pub epoch: u64,
    pub sender: Username,
    pub sender_device: DeviceId,
    /// The server's acceptance time, as this device recorded it.
    pub at: Timestamp,
    pub kind: ItemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemKind {
    Message(MessageView),
    /// An edit, reaction or delete that did not apply, and why.
    NotApplied(NotApplied),
    /// Any other entry (membership, conversation name, ledger, calls, receipts, unreadable
    /// content): the front end renders it as before.
    Other(HistoryBody),
}

/// A message with everything that applied to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageView {
    pub id: MessageId,
    /// The sender's clock when it was sent.
    pub sent_at: Timestamp,
    /// The current text; `None` once deleted.
    pub text: Option<String>,
    /// Set for a reply: what it quotes.
    pub reply_to: Option<Quote>,
    pub forwarded: bool,
    /// Every version, the original first; more than one means edited. Empty once deleted.
    pub versions: Vec<Version>,
    pub deleted: Option<Deletion>,
    /// Emoji → the accounts that reacted with it. Empty once deleted.
    pub reactions: BTreeMap<String, BTreeSet<Username>>,
    /// A disappearing message whose time ran out on this device: nothing of it is left, and
    /// front ends show nothing.
    pub expired: bool,
    /// A file (its `text` is empty): what a front end needs to show and fetch it. `None`
    /// once deleted.
    pub attachment: Option<Box<AttachmentRef>>,
}

impl MessageView {
    pub fn edited(&self) -> bool {
        self.versions.len() > 1
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub seq: u64,
    pub sent_at: Timestamp,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deletion {
    pub seq: u64,
    pub sent_at: Timestamp,
}

/// What a reply quotes, from this device's copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quote {
    Message {
        id: MessageId,
        seq: u64,
        sender: Username,
        /// The start of its current text (at most [`QUOTE_CHARS_MAX`] characters).
        text: String,
    },
    Deleted {
        id: MessageId,
        seq: u64,
        sender: Username,
    },
    /// This device never had the message (it came before this device joined, or never was).
    NotAvailable { id: MessageId },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Edit,
    React,
    /// Taking back one's reaction (a delete of the reaction).
    Unreact,
    Delete,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Edit => "edit",
            Action::React => "reaction",
            Action::Unreact => "unreaction",
            Action::Delete => "delete",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotApplied {
    pub action: Action,
    pub id: MessageId,
    pub target: MessageId,
    pub reason: Reason,
    /// The message it named, when known (`target` may be one of its edits).
    pub message: Option<MessageId>,
}

/// Why an edit, reaction or delete did not apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Somebody other than the sender tried to edit or delete a message (or take back
    /// another member's reaction): refused.
    NotSender {
        owner: Username,
    },
    /// This device never had the message it names.
    UnknownTarget,
    /// The message was deleted.
    Deleted,
    /// It names something that is not a message one can do this to (a reaction, a ledger
    /// entry, a forwarded message for an edit).
    WrongKind,
    TooManyVersions,
    TooManyReactions,
    InvalidEmoji,
    EmptyText,
    TooLong,
}

impl Reason {
    /// A refusal of an attempt to act on another member's message (shown prominently).
    pub fn is_refusal(&self) -> bool {
        matches!(self, Reason::NotSender { .. })
    }

    pub fn code(&self) -> &'static str {
        match self {
            Reason::NotSender { .. } => "not_sender",
            Reason::UnknownTarget => "unknown_target",
            Reason::Deleted => "deleted",
            Reason::WrongKind => "wrong_kind",
            Reason::TooManyVersions => "too_many_versions",
            Reason::TooManyReactions => "too_many_reactions",
            Reason::InvalidEmoji => "invalid_emoji",
            Reason::EmptyText => "empty_text",
            Reason::TooLong => "too_long",
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::NotSender { owner } => write!(
                f,
                "refused: only {owner}, who sent it, may do that to this message"
            ),
            Reason::UnknownTarget => write!(f, "message not available on this device"),
            Reason::Deleted => write!(f, "the message was deleted"),
            Reason::WrongKind => write!(f, "not a message this can apply to"),
            Reason::TooManyVersions => write!(
                f,
                "the message already has {VERSIONS_MAX} versions, the most there can be"
            ),
            Reason::TooManyReactions => write!(
                f,
                "at most {REACTIONS_PER_MEMBER_MAX} different reactions per member on a message"
            ),
            Reason::InvalidEmoji => write!(
                f,
                "a reaction is one emoji (at most {EMOJI_BYTES_MAX} bytes, no letters, spaces \
                 or control characters)"
            ),
            Reason::EmptyText => write!(f, "the text is empty"),
            Reason::TooLong => write!(f, "the text is over {TEXT_BYTES_MAX} bytes"),
        }
    }
}

/// A message feature refused before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MessageError {
    #[error("no message {0} in this conversation")]
    NoSuchMessage(String),
    #[error(
        "`{0}` names no message: give its number from `conclave read` or 8 or more hex \
         digits of its id"
    )]
    BadReference(String),
    #[error("`{prefix}` matches several messages ({matches}); give more of the id")]
    Ambiguous { prefix: String, matches: String },
    #[error("{0}")]
    NotApplicable(Reason),
}

/// What an id stands for in a history (the first entry with it).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ref {
    /// A message, at this item.
    Message(usize),
    /// An edit of the message at this item.
    Edit(usize),
    /// A reaction to the message at this item (the emoji is gone once redacted).
    Reaction {
        root: usize,
        by: Username,
        emoji: Option<String>,
    },
    /// Anything else with an id (conversation name, ledger entry, call signal, …).
    Other,
}

/// The folded view of one conversation (see the module documentation). Two views are equal
/// when their items are.
#[derive(Debug, Clone, Default)]
pub struct ConversationView {
    items: Vec<Item>,
    ids: HashMap<MessageId, Ref>,
    /// (message item, account, emoji) → the reaction's message id, for taking it back.
    reaction_ids: BTreeMap<(usize, Username, String), MessageId>,
    /// (reply item, quoted item), resolved when the fold ends.
    replies: Vec<(usize, usize)>,
    /// Message id → the accounts that sent a delete naming it.
    deletes: HashMap<MessageId, BTreeSet<Username>>,
    /// Account → the highest `seq` it said it read (a read receipt), at most its own place.
    read: BTreeMap<Username, u64>,
    /// Account → the `seq` of its latest entry: a device catches up before it sends, so it
    /// had everything before (delivered).
    seen: BTreeMap<Username, u64>,
}

/// Who got and who read one message: the other member accounts, each one's furthest state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipts {
    /// Accounts a device of which has the message (it sent something later, or read it).
    pub delivered_to: BTreeSet<Username>,
    /// Accounts that said they read it (a subset of `delivered_to`).
    pub read_by: BTreeSet<Username>,
    /// The other members (whom it was sent to), the sender's account excepted.
    pub recipients: BTreeSet<Username>,
}

impl Receipts {
    /// "sent", "delivered" (to every recipient) or "read" (by every recipient).
    pub fn state(&self) -> &'static str {
        if !self.recipients.is_empty() && self.recipients.is_subset(&self.read_by) {
            "read"
        } else if !self.recipients.is_empty() && self.recipients.is_subset(&self.delivered_to) {
            "delivered"
        } else {
            "sent"
        }
    }

    pub fn to_json(&self) -> Value {
        fn names(s: &BTreeSet<Username>) -> Vec<&str> {
            s.iter().map(|u| u.as_str()).collect()
        }
        json!({
            "state": self.state(),
            "delivered_to": names(&self.delivered_to),
            "read_by": names(&self.read_by),
        })
    }
}

impl PartialEq for ConversationView {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl Eq for ConversationView {}

impl ConversationView {
    /// The view of `id`'s history on this engine.
    pub fn for_conversation(engine: &Engine, id: &GroupId) -> ConversationView {
        ConversationView::from_history(&engine.history(id))
    }

    /// Folds a history (in server order, as [`Engine::history`] returns it).
    pub fn from_history(history: &[StoredMessage]) -> ConversationView {
        let mut ordered: Vec<&StoredMessage> = history.iter().collect();
        ordered.sort_by_key(|m| m.seq);
        let mut view = ConversationView::default();
        for m in ordered {
            view.fold(m);
        }
        view.finish();
        view
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Who of `members` (the conversation's accounts) got and read the message at `item`.
    /// With `show_read` off (this account sends no read receipts), nobody's reads show.
    pub fn receipts(&self, item: &Item, members: &[Username], show_read: bool) -> Receipts {
        let recipients: BTreeSet<Username> = members
            .iter()
            .filter(|u| **u != item.sender)
            .cloned()
            .collect();
        let read_by: BTreeSet<Username> = recipients
            .iter()
            .filter(|u| show_read && self.read.get(*u).is_some_and(|r| *r >= item.seq))
            .cloned()
            .collect();
        let delivered_to = recipients
            .iter()
            .filter(|u| {
                read_by.contains(*u)
                    || self.seen.get(*u).is_some_and(|s| *s > item.seq)
                    || self.read.get(*u).is_some_and(|r| *r >= item.seq)
            })
            .cloned()
            .collect();
        Receipts {
            delivered_to,
            read_by,
            recipients,
        }
    }

    /// The furthest `seq` this account said it read here.
    pub fn read_mark(&self, account: &Username) -> u64 {
        self.read.get(account).copied().unwrap_or(0)
    }

    /// The `seq` of the latest message from another account than `me` (what a read receipt
    /// of `me` would cover), if any.
    pub fn last_from_others(&self, me: &Username) -> Option<u64> {
        self.items
            .iter()
            .rev()
            .find(|i| &i.sender != me && matches!(i.kind, ItemKind::Message(_)))
            .map(|i| i.seq)
    }

    /// The message `id` names (a message's id or one of its edits').
    pub fn message(&self, id: &MessageId) -> Option<(&Item, &MessageView)> {
        let index = match self.ids.get(id)? {
            Ref::Message(i) | Ref::Edit(i) => *i,
            _ => return None,
        };
        match &self.items.get(index)?.kind {
            ItemKind::Message(v) => Some((&self.items[index], v)),
            _ => None,
        }
    }

    /// The message a person names: its number in the history (`seq`, as `conclave read`
    /// shows it) or 8 or more hexadecimal digits of its id.
    pub fn resolve(&self, input: &str) -> Result<MessageId, MessageError> {
        let input = input.trim().trim_start_matches('#');
        let messages = || {
            self.items.iter().filter_map(|i| match &i.kind {
                ItemKind::Message(v) => Some((i, v)),
                _ => None,
            })
        };
        if !input.is_empty() && input.len() < 8 && input.bytes().all(|b| b.is_ascii_digit()) {
            let seq: u64 = input
                .parse()
                .map_err(|_| MessageError::BadReference(input.into()))?;
            return messages()
                .find(|(i, _)| i.seq == seq)
                .map(|(_, v)| v.id)
                .ok_or_else(|| MessageError::NoSuchMessage(input.into()));
        }
        let prefix = input.to_ascii_lowercase();
        if prefix.len() < 8 || prefix.len() > 32 || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(MessageError::BadReference(input.into()));
        }
        let found: Vec<MessageId> = messages()
            .map(|(_, v)| v.id)
            .filter(|id| hex(id).starts_with(&prefix))
            .collect();
        match found.as_slice() {
            [one] => Ok(*one),
            [] => Err(MessageError::NoSuchMessage(input.into())),
            many => Err(MessageError::Ambiguous {
                prefix,
                matches: many
                    .iter()
                    .map(|id| hex(id)[..12].to_owned())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    /// Checks, before sending, that `content` from `me` would apply (the rules every
    /// receiving device applies): the target exists here, is not deleted, is `me`'s to edit
    /// or delete, and the limits hold.
    pub fn check(&self, me: &Username, content: &Content) -> Result<(), MessageError> {
        let refuse = |r: Reason| Err(MessageError::NotApplicable(r));
        let target = |to: &MessageId| {
            self.message(to)
                .ok_or_else(|| MessageError::NoSuchMessage(hex(to)[..12].to_owned()))
        };
        match content {
            Content::Text { text }
            | Content::Forward { text }
            | Content::ForwardDisappearing { text, .. } => check_text(text),
            Content::Reply { to, text } => {
                check_text(text)?;
                let (_, v) = target(to)?;
                if v.deleted.is_some() || v.text.is_none() {
                    return refuse(Reason::Deleted);
                }
                Ok(())
            }
            Content::Edit { to, text } => {
                check_text(text)?;
                let (item, v) = target(to)?;
                match judge_edit(item, v, me) {
                    Some(r) => refuse(r),
                    None => Ok(()),
                }
            }
            Content::Reaction { to, emoji } => {
                let (_, v) = target(to)?;
                if v.text.is_none() {
                    return refuse(Reason::Deleted);
                }
                if !valid_emoji(emoji) {
                    return refuse(Reason::InvalidEmoji);
                }
                let mine = v.reactions.values().filter(|who| who.contains(me)).count();
                let already = v.reactions.get(emoji).is_some_and(|w| w.contains(me));
                if !already && mine >= REACTIONS_PER_MEMBER_MAX {
                    return refuse(Reason::TooManyReactions);
                }
                Ok(())
            }
            Content::Delete { to } => {
                if let Some(Ref::Reaction { by, .. }) = self.ids.get(to) {
                    return if by == me {
                        Ok(())
                    } else {
                        refuse(Reason::NotSender { owner: by.clone() })
                    };
                }
                let (item, v) = target(to)?;
                if v.text.is_none() {
                    return refuse(Reason::Deleted);
                }
                if &item.sender != me {
                    return refuse(Reason::NotSender {
                        owner: item.sender.clone(),
                    });
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// What `me` sends to toggle `emoji` on `to`: a reaction, or, when `me` already reacted
    /// with it, a delete of that reaction. Checked like [`ConversationView::check`].
    pub fn toggle_reaction(
        &self,
        me: &Username,
        to: &MessageId,
        emoji: &str,
    ) -> Result<Content, MessageError> {
        let emoji = emoji.trim();
        let index = match self.ids.get(to) {
            Some(Ref::Message(i) | Ref::Edit(i)) => *i,
            _ => return Err(MessageError::NoSuchMessage(hex(to)[..12].to_owned())),
        };
        if let Some(id) = self
            .reaction_ids
            .get(&(index, me.clone(), emoji.to_owned()))
        {
            return Ok(Content::Delete { to: *id });
        }
        let content = Content::Reaction {
            to: *to,
            emoji: emoji.to_owned(),
        };
        self.check(me, &content)?;
        Ok(content)
    }

    /// The content that forwards message `id` elsewhere: its current text, and, when it
    /// disappears where it is (`timer_at(seq)`: the timer that applies to the message at
    /// `seq`, 0 for none), that timer, which the forwarded copy keeps.
    pub fn forward(
        &self,
        id: &MessageId,
        timer_at: impl Fn(u64) -> u64,
    ) -> Result<Content, MessageError> {
        let (item, v) = self
            .message(id)
            .ok_or_else(|| MessageError::NoSuchMessage(hex(id)[..12].to_owned()))?;
        let text = v
            .text
            .clone()
            .ok_or(MessageError::NotApplicable(Reason::Deleted))?;
        Ok(match timer_at(item.seq) {
            0 => Content::Forward { text },
            secs => Content::ForwardDisappearing { text, secs },
        })
    }

    // ------------------------------------------------------------------ the fold

    fn push(&mut self, m: &StoredMessage, kind: ItemKind) -> usize {
        self.items.push(Item {
            seq: m.seq,
            epoch: m.epoch,
            sender: m.sender.clone(),
            sender_device: m.sender_device,
            at: m.at,
            kind,
        });
        self.items.len() - 1
    }

    fn remember(&mut self, id: MessageId, r: Ref) {
        self.ids.entry(id).or_insert(r);
    }

    /// The message item an id names, for an edit, reaction or reply.
    fn root(&self, to: &MessageId) -> Result<usize, Reason> {
        match self.ids.get(to) {
            Some(Ref::Message(i) | Ref::Edit(i)) => Ok(*i),
            Some(_) => Err(Reason::WrongKind),
            None => Err(Reason::UnknownTarget),
        }
    }

    fn view_mut(&mut self, index: usize) -> Option<&mut MessageView> {
        match &mut self.items.get_mut(index)?.kind {
            ItemKind::Message(v) => Some(v),
            _ => None,
        }
    }

    fn not_applied(
        &mut self,
        m: &StoredMessage,
        action: Action,
        id: MessageId,
        target: MessageId,
        reason: Reason,
        root: Option<usize>,
    ) {
        let message = root.and_then(|r| match &self.items[r].kind {
            ItemKind::Message(v) => Some(v.id),
            _ => None,
        });
        let kind = ItemKind::NotApplied(NotApplied {
            action,
            id,
            target,
            reason,
            message,
        });
        self.push(m, kind);
    }

    fn fold(&mut self, m: &StoredMessage) {
        if matches!(
            m.body,
            HistoryBody::Message { .. } | HistoryBody::Removed { .. }
        ) {
            let seen = self.seen.entry(m.sender.clone()).or_default();
            *seen = (*seen).max(m.seq);
        }
        if let HistoryBody::Message {
            content: Content::Receipt { read_up_to },
            ..
        } = &m.body
        {
            // A receipt cannot speak for what came after it.
            let read = self.read.entry(m.sender.clone()).or_default();
            *read = (*read).max((*read_up_to).min(m.seq));
        }
        match &m.body {
            HistoryBody::Message {
                id,
                sent_at,
                content,
            } => match content {
                Content::Text { text } => {
                    self.message_item(m, *id, *sent_at, Some(text), None);
                }
                Content::Forward { text } | Content::ForwardDisappearing { text, .. } => {
                    let i = self.message_item(m, *id, *sent_at, Some(text), None);
                    if let Some(v) = self.view_mut(i) {
                        v.forwarded = true;
                    }
                }
                Content::Reply { to, text } => {
                    let target = self.root(to).ok();
                    let i = self.message_item(m, *id, *sent_at, Some(text), None);
                    if let Some(v) = self.view_mut(i) {
                        // Filled in at the end from the target's final state.
                        v.reply_to = Some(Quote::NotAvailable { id: *to });
                    }
                    if let Some(t) = target {
                        self.replies.push((i, t));
                    }
                }
                Content::Attachment { pointer } => match AttachmentRef::decode(pointer) {
                    Ok(file) => {
                        let i = self.message_item(m, *id, *sent_at, Some(&String::new()), None);
                        if let Some(v) = self.view_mut(i) {
                            v.attachment = Some(Box::new(file));
                        }
                    }
                    // Of a later version, or malformed: shown as before ("unsupported").
                    Err(_) => {
                        self.remember(*id, Ref::Other);
                        self.push(m, ItemKind::Other(m.body.clone()));
                    }
                },
                Content::Edit { to, text } => self.edit(m, *id, *sent_at, to, text),
                Content::Reaction { to, emoji } => self.react(m, *id, to, emoji),
                Content::Delete { to } => self.delete(m, *id, *sent_at, to),
                _ => {
                    self.remember(*id, Ref::Other);
                    self.push(m, ItemKind::Other(m.body.clone()));
                }
            },
            HistoryBody::Removed {
                id,
                sent_at,
                to,
                kind,
            } => match kind {
                RemovedKind::Message => {
                    self.message_item(m, *id, *sent_at, None, None);
                }
                RemovedKind::Expired => {
                    let i = self.message_item(m, *id, *sent_at, None, None);
                    if let Some(v) = self.view_mut(i) {
                        v.expired = true;
                    }
                }
                RemovedKind::Edit => {
                    if let Some(root) = to.as_ref().and_then(|t| self.root(t).ok()) {
                        self.remember(*id, Ref::Edit(root));
                    }
                }
                RemovedKind::Reaction => {
                    if let Some(root) = to.as_ref().and_then(|t| self.root(t).ok()) {
                        let by = m.sender.clone();
                        self.remember(
                            *id,
                            Ref::Reaction {
                                root,
                                by,
                                emoji: None,
                            },
                        );
                    }
                }
            },
            _ => {
                self.push(m, ItemKind::Other(m.body.clone()));
            }
        }
    }

    fn message_item(
        &mut self,
        m: &StoredMessage,
        id: MessageId,
        sent_at: Timestamp,
        text: Option<&String>,
        reply_to: Option<Quote>,
    ) -> usize {
        let view = MessageView {
            id,
            sent_at,
            text: text.cloned(),
            reply_to,
            forwarded: false,
            versions: text
                .map(|t| Version {
                    seq: m.seq,
                    sent_at,
                    text: t.clone(),
                })
                .into_iter()
                .collect(),
            deleted: None,
            reactions: BTreeMap::new(),
            expired: false,
            attachment: None,
        };
        let i = self.push(m, ItemKind::Message(view));
        self.remember(id, Ref::Message(i));
        i
    }

    fn edit(
        &mut self,
        m: &StoredMessage,
        id: MessageId,
        sent_at: Timestamp,
        to: &MessageId,
        text: &str,
    ) {
        let root = match self.root(to) {
            Ok(r) => r,
            Err(reason) => return self.not_applied(m, Action::Edit, id, *to, reason, None),
        };
        self.remember(id, Ref::Edit(root));
        let reason = match (&self.items[root], &self.items[root].kind) {
            (item, ItemKind::Message(v)) => {
                judge_edit(item, v, &m.sender).or_else(|| check_text(text).err().map(reason_of))
            }
            _ => Some(Reason::WrongKind),
        };
        if let Some(reason) = reason {
            return self.not_applied(m, Action::Edit, id, *to, reason, Some(root));
        }
        if let Some(v) = self.view_mut(root) {
            v.versions.push(Version {
                seq: m.seq,
                sent_at,
                text: text.to_owned(),
            });
            v.text = Some(text.to_owned());
        }
    }

    fn react(&mut self, m: &StoredMessage, id: MessageId, to: &MessageId, emoji: &str) {
        let root = match self.root(to) {
            Ok(r) => r,
            Err(reason) => return self.not_applied(m, Action::React, id, *to, reason, None),
        };
        let by = m.sender.clone();
        self.remember(
            id,
            Ref::Reaction {
                root,
                by: by.clone(),
                emoji: Some(emoji.to_owned()),
            },
        );
        let Some(v) = self.view_mut(root) else {
            return;
        };
        let reason = if v.text.is_none() {
            Some(Reason::Deleted)
        } else if !valid_emoji(emoji) {
            Some(Reason::InvalidEmoji)
        } else {
            let mine = v.reactions.values().filter(|w| w.contains(&by)).count();
            let already = v.reactions.get(emoji).is_some_and(|w| w.contains(&by));
            if !already && mine >= REACTIONS_PER_MEMBER_MAX {
                Some(Reason::TooManyReactions)
            } else {
                v.reactions
                    .entry(emoji.to_owned())
                    .or_default()
                    .insert(by.clone());
                None
            }
        };
        match reason {
            Some(reason) => self.not_applied(m, Action::React, id, *to, reason, Some(root)),
            None => {
                self.reaction_ids.insert((root, by, emoji.to_owned()), id);
            }
        }
    }

    fn delete(&mut self, m: &StoredMessage, id: MessageId, sent_at: Timestamp, to: &MessageId) {
        self.deletes
            .entry(*to)
            .or_default()
            .insert(m.sender.clone());
        let target = self.ids.get(to).cloned();
        match target {
            Some(Ref::Reaction { root, by, emoji }) => {
                let reason = match self.view_mut(root) {
                    Some(v) if v.text.is_none() => Some(Reason::Deleted),
                    Some(_) if by != m.sender => Some(Reason::NotSender { owner: by }),
                    Some(v) => {
                        if let Some(emoji) = &emoji
                            && let Some(who) = v.reactions.get_mut(emoji)
                        {
                            who.remove(&by);
                            if who.is_empty() {
                                v.reactions.remove(emoji);
                            }
                        }
                        if let Some(emoji) = emoji {
                            self.reaction_ids.remove(&(root, by, emoji));
                        }
                        None
                    }
                    None => Some(Reason::WrongKind),
                };
                if let Some(reason) = reason {
                    self.not_applied(m, Action::Unreact, id, *to, reason, Some(root));
                }
            }
            Some(Ref::Message(root) | Ref::Edit(root)) => {
                let owner = self.items[root].sender.clone();
                let reason = match self.view_mut(root) {
                    Some(v) if v.deleted.is_some() => Some(Reason::Deleted),
                    Some(_) if owner != m.sender => Some(Reason::NotSender { owner }),
                    Some(v) => {
                        v.deleted = Some(Deletion {
                            seq: m.seq,
                            sent_at,
                        });
                        v.text = None;
                        v.reply_to = None;
                        v.forwarded = false;
                        v.versions.clear();
                        v.reactions.clear();
                        None
                    }
                    None => Some(Reason::WrongKind),
                };
                match reason {
                    Some(reason) => {
                        self.not_applied(m, Action::Delete, id, *to, reason, Some(root));
                    }
                    None => self.reaction_ids.retain(|(r, _, _), _| *r != root),
                }
            }
            Some(Ref::Other) => {
                self.not_applied(m, Action::Delete, id, *to, Reason::WrongKind, None);
            }
            None => self.not_applied(m, Action::Delete, id, *to, Reason::UnknownTarget, None),
        }
        self.remember(id, Ref::Other);
    }

    /// Quotes from the targets' final state; notices about deleted messages go (their
    /// content is gone from the store too, so the view must not depend on it).
    fn finish(&mut self) {
        for (reply, target) in std::mem::take(&mut self.replies) {
            let quote = match (&self.items[target], &self.items[target].kind) {
                (_, ItemKind::Message(v)) if v.expired => Quote::NotAvailable { id: v.id },
                (item, ItemKind::Message(v)) => match &v.text {
                    Some(text) if v.deleted.is_none() => Quote::Message {
                        id: v.id,
                        seq: item.seq,
                        sender: item.sender.clone(),
                        text: match &v.attachment {
                            Some(file) => format!("📎 {}", file.display_name()),
                            None => text.clone(),
                        }
                        .chars()
                        .take(QUOTE_CHARS_MAX)
                        .collect(),
                    },
                    _ => Quote::Deleted {
                        id: v.id,
                        seq: item.seq,
                        sender: item.sender.clone(),
                    },
                },
                _ => continue,
            };
            if let Some(v) = self.view_mut(reply)
                && v.text.is_some()
            {
                v.reply_to = Some(quote);
            }
        }
        // A message this device never had may have been deleted where it was known: then its
        // sender's edits of it and the reactions to it go here too (the engine removes their
        // content from the store).
        let deleted_elsewhere = |item: &Item, n: &NotApplied| {
            n.reason == Reason::UnknownTarget
                && self
                    .deletes
                    .get(&n.target)
                    .is_some_and(|by| match n.action {
                        Action::Edit => by.contains(&item.sender),
                        Action::React => !by.is_empty(),
                        Action::Unreact | Action::Delete => false,
                    })
        };
        let mut keep = Vec::with_capacity(self.items.len());
        for item in &self.items {
            let gone = match &item.kind {
                ItemKind::NotApplied(n) => {
                    n.message
                        .as_ref()
                        .is_some_and(|id| self.message(id).is_some_and(|(_, v)| v.text.is_none()))
                        || deleted_elsewhere(item, n)
                }
                _ => false,
            };
            keep.push(!gone);
        }
        if keep.iter().all(|k| *k) {
            return;
        }
        let mut new_index = vec![usize::MAX; self.items.len()];
        let mut next = 0;
        for (i, k) in keep.iter().enumerate() {
            if *k {
                new_index[i] = next;
                next += 1;
            }
        }
        let items = std::mem::take(&mut self.items);
        self.items = items
            .into_iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(i, _)| i)
            .collect();
        // Only notices went; every index the maps hold is a message's, which stayed.
        let remap = |i: usize| new_index[i];
        for r in self.ids.values_mut() {
            match r {
                Ref::Message(i) | Ref::Edit(i) => *i = remap(*i),
                Ref::Reaction { root, .. } => *root = remap(*root),
                Ref::Other => {}
            }
        }
        self.reaction_ids = std::mem::take(&mut self.reaction_ids)
            .into_iter()
            .map(|((r, by, e), id)| ((remap(r), by, e), id))
            .collect();
    }
}

/// Why `me` may not edit this message, if not.
fn judge_edit(item: &Item, v: &MessageView, me: &Username) -> Option<Reason> {
    if v.deleted.is_some() || v.text.is_none() {
        Some(Reason::Deleted)
    } else if &item.sender != me {
        Some(Reason::NotSender {
            owner: item.sender.clone(),
        })
    } else if v.forwarded || v.attachment.is_some() {
        Some(Reason::WrongKind)
    } else if v.versions.len() >= VERSIONS_MAX {
        Some(Reason::TooManyVersions)
    } else {
        None
    }
}

fn check_text(text: &str) -> Result<(), MessageError> {
    if text.trim().is_empty() {
        Err(MessageError::NotApplicable(Reason::EmptyText))
    } else if text.len() > TEXT_BYTES_MAX {
        Err(MessageError::NotApplicable(Reason::TooLong))
    } else {
        Ok(())
    }
}

fn reason_of(e: MessageError) -> Reason {
    match e {
        MessageError::NotApplicable(r) => r,
        _ => Reason::WrongKind,
    }
}

/// One emoji, loosely: short, no whitespace or control characters, no letters; digits, `#`
/// and `*` only as keycaps (followed by U+20E3).
pub fn valid_emoji(emoji: &str) -> bool {
    let keycap = emoji.contains('\u{20e3}');
    !emoji.is_empty()
        && emoji.len() <= EMOJI_BYTES_MAX
        && emoji.chars().all(|c| {
            !c.is_whitespace()
                && !c.is_control()
                && !c.is_alphabetic()
                && (!c.is_ascii() || (keycap && matches!(c, '0'..='9' | '#' | '*')))
        })
}

pub fn hex(id: &MessageId) -> String {
    id.iter().map(|b| format!("{b:02x}")).collect()
}

// ------------------------------------------------------------------ JSON

impl Quote {
    pub fn to_json(&self) -> Value {
        match self {
            Quote::Message {
                id,
                seq,
                sender,
                text,
            } => json!({"state": "available", "id": hex(id), "seq": seq,
                        "sender": sender.as_str(), "text": text}),
            Quote::Deleted { id, seq, sender } => json!({"state": "deleted", "id": hex(id),
                        "seq": seq, "sender": sender.as_str()}),
            Quote::NotAvailable { id } => json!({"state": "not_available", "id": hex(id)}),
        }
    }

    /// "alice: the start of the text", "a deleted message", "message not available".
    pub fn line(&self) -> String {
        match self {
            Quote::Message { sender, text, .. } => format!("{sender}: {text}"),
            Quote::Deleted { sender, .. } => format!("{sender}: a deleted message"),
            Quote::NotAvailable { .. } => "message not available".into(),
        }
    }
}

impl MessageView {
    /// `{id, text, deleted, edited, versions, reply_to, forwarded, reactions}`; reactions
    /// are `[{emoji, count, who}]`, most first.
    pub fn to_json(&self) -> Value {
        let mut reactions: Vec<(&String, &BTreeSet<Username>)> = self.reactions.iter().collect();
        reactions.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
        json!({
            "id": hex(&self.id),
            "sent_at": self.sent_at.to_rfc3339(),
            "text": self.text,
            "deleted": self.deleted.is_some(),
            "edited": self.edited(),
            "versions": self.versions.iter().map(|v| json!({
                "seq": v.seq, "sent_at": v.sent_at.to_rfc3339(), "text": v.text,
            })).collect::<Vec<_>>(),
            "reply_to": self.reply_to.as_ref().map(Quote::to_json),
            "forwarded": self.forwarded,
            "reactions": reactions.iter().map(|(e, who)| json!({
                "emoji": e, "count": who.len(),
                "who": who.iter().map(|u| u.as_str()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "file": self.attachment.as_ref().map(|f| json!({
                "name": f.display_name(),
                "size": f.size,
                "media_type": f.checked_media_type(),
                "thumbnail": f.thumbnail.is_some(),
            })),
        })
    }
}

impl NotApplied {
    pub fn to_json(&self) -> Value {
        let mut v = json!({
            "action": self.action.as_str(),
            "id": hex(&self.id),
            "target": hex(&self.target),
            "reason": self.reason.code(),
            "refused": self.reason.is_refusal(),
            "message": self.reason.to_string(),
        });
        if let Reason::NotSender { owner } = &self.reason {
            v["owner"] = json!(owner.as_str());
        }
        v
    }
}

#[cfg(test)]
mod tests;
