//! The JSON shapes the page reads. Times are milliseconds since 1970 (UTC); ids are numbers;
//! group ids are hex.

use conclave_client::{StateStore, Transport, messenger::Messenger};
use conclave_client_core::{
    Event, HistoryBody, MemberDevice, StoredMessage,
    attachment::AttachmentRef,
    call::{CallMessage, MessageArg},
    envelope::{Content, ConversationMeta},
    ledger::LedgerPayload,
};
use conclave_proto::{GroupId, InviteInfo, Timestamp};
use serde_json::{Value, json};

use crate::{client::WebResult, errors::phrase_text};

fn devices_text(v: &[MemberDevice]) -> Vec<Value> {
    v.iter()
        .map(|d| json!({"username": d.username.as_str(), "device": d.device.0}))
        .collect()
}

/// One history entry: `{group, seq, epoch, sender, device, at, mine, kind, text, …}` where
/// `kind` is "text", "meta" (conversation name; hidden), "ledger" (an entry, a reversal or a
/// hand-over: `ledger` is "op", "handover" or "unreadable"), "membership", "joined",
/// "unreadable", "call_signal" (hidden: [`history`] adds each call as one "call" entry) or
/// "other" (content this version shows as a summary).
pub fn message<T: Transport, S: StateStore>(m: &Messenger<T, S>, msg: &StoredMessage) -> Value {
    let me = m.me();
    let mut v = json!({
        "group": msg.group.to_hex(),
        "seq": msg.seq,
        "epoch": msg.epoch,
        "sender": msg.sender.as_str(),
        "device": msg.sender_device.0,
        "at": msg.at.0,
        "mine": msg.sender_device == me.device,
    });
    match &msg.body {
        HistoryBody::Message {
            content,
            sent_at,
            id,
        } => {
            let kind = match content {
                Content::Text { .. } => "text",
                Content::GroupMeta { .. } => "meta",
                Content::Ledger { .. } => "ledger",
                // Call signals: the page shows the calls they make (`call::entries`) instead.
                Content::Call { .. } => "call_signal",
                Content::Attachment { .. } => "file",
                _ => "other",
            };
            v["kind"] = json!(kind);
            if let Content::Ledger { payload } = content {
                v["ledger"] = json!(match payload {
                    LedgerPayload::Op(_) => "op",
                    LedgerPayload::HandOver(_) => "handover",
                    LedgerPayload::Unreadable(_) => "unreadable",
                });
            }
            // What the page shows of it, in its language; a text message is the sender's own.
            v["text"] = json!(match content {
                Content::Text { text } => text.clone(),
                // The page adds its own "Ledger:" in front.
                Content::Ledger {
                    payload: LedgerPayload::Op(op),
                } => phrase_text(&op.phrase()),
                other => phrase_text(&other.phrase()),
            });
            if let Content::Attachment { pointer } = content {
                match AttachmentRef::decode(pointer) {
                    Ok(f) => {
                        let media = f.checked_media_type();
                        let what = if media.starts_with("image/") {
                            "preview-photo"
                        } else if media.starts_with("audio/") {
                            "preview-voice-note"
                        } else {
                            "preview-file-named"
                        };
                        // What the conversation list shows; the page draws the file itself.
                        let name = MessageArg::Text(f.display_name());
                        v["text"] = json!(phrase_text(&CallMessage {
                            id: what.into(),
                            args: vec![("name", name)],
                        }));
                        v["file"] = json!({
                            "name": f.display_name(),
                            "size": f.size,
                            "media_type": media,
                            "thumbnail": f.thumbnail.as_deref().map(base64),
                        });
                    }
                    Err(_) => v["kind"] = json!("other"),
                }
            }
            v["sent_at"] = json!(sent_at.0);
            v["id"] = json!(id.iter().map(|b| format!("{b:02x}")).collect::<String>());
        }
        HistoryBody::Membership { added, removed } => {
            v["kind"] = json!("membership");
            v["added"] = json!(devices_text(added));
            v["removed"] = json!(devices_text(removed));
        }
        HistoryBody::Joined => v["kind"] = json!("joined"),
        HistoryBody::Unreadable { reason } => {
            v["kind"] = json!("unreadable");
            v["text"] = json!(reason);
        }
        // A message deleted for everyone (issue 14's message features; the page's own
        // rendering of replies, reactions and edits is the web app's part).
        HistoryBody::Removed { id, sent_at, .. } => {
            v["kind"] = json!("deleted");
            v["text"] = json!(said("history-deleted"));
            v["sent_at"] = json!(sent_at.0);
            v["id"] = json!(id.iter().map(|b| format!("{b:02x}")).collect::<String>());
        }
        HistoryBody::FellBehind => {
            v["kind"] = json!("fell_behind");
            v["text"] = json!(said("history-fell-behind-long"));
        }
    }
    v
}

/// The file a history entry carries, if it is a file message.
pub(crate) fn attachment_of(msg: &StoredMessage) -> Option<AttachmentRef> {
    match &msg.body {
        HistoryBody::Message {
            content: Content::Attachment { pointer },
            ..
        } => AttachmentRef::decode(pointer).ok(),
        _ => None,
    }
}

/// Standard base64 with padding (thumbnails, for a `data:` URL).
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                out.push(char::from(ABC[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn event<T: Transport, S: StateStore>(m: &Messenger<T, S>, e: &Event) -> Value {
    match e {
        Event::Message(msg) => json!({"type": "message", "message": message(m, msg)}),
        Event::Membership(msg) => json!({"type": "membership", "message": message(m, msg)}),
        Event::Joined { group } => json!({"type": "joined", "group": group.to_hex()}),
        Event::Removed { group } => json!({"type": "removed", "group": group.to_hex()}),
        Event::FellBehind { group } => json!({"type": "fell_behind", "group": group.to_hex()}),
        Event::HistoryOffered { from } => json!({"type": "history_offered", "from": from.0}),
    }
}

/// `[{group, name, kind: "group"|"direct"|"unnamed", peer, members, last}]`, most recent first.
pub fn conversations<T: Transport, S: StateStore>(m: &Messenger<T, S>) -> Value {
    let me = m.me().username.clone();
    let mut rows: Vec<(u64, i64, Value)> = m
        .engine()
        .conversations()
        .map(|c| {
            let (kind, peer) = match &c.meta {
                Some(ConversationMeta::Group { .. }) => ("group", None),
                Some(ConversationMeta::Direct { members }) => (
                    "direct",
                    members.iter().find(|u| u.as_str() != me.as_str()).cloned(),
                ),
                None => ("unnamed", None),
            };
            let history = m.engine().history(&c.group);
            let last = history.iter().rev().find(|h| {
                matches!(&h.body, HistoryBody::Message { content, .. } if !matches!(content, Content::GroupMeta { .. }))
            });
            let at = last.map(|h| h.at.0).unwrap_or(c.created_at.0);
            let members = m.engine().members(&c.group).map(|v| v.len()).unwrap_or(0);
            (
                c.last_seq,
                at,
                json!({
                    "group": c.group.to_hex(),
                    "name": c.display_name(&me),
                    "kind": kind,
                    "peer": peer,
                    "devices": members,
                    "created_at": c.created_at.0,
                    "last": last.map(|h| message(m, h)),
                    "last_at": at,
                }),
            )
        })
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    Value::Array(rows.into_iter().map(|r| r.2).collect())
}

/// A conversation's history in server order, with one `{kind: "call", seq, text, …}` entry per
/// call (at its `entry_seq`, after the signal there).
pub fn history(m: &crate::client::WebMessenger, g: &GroupId) -> Value {
    let mut rows: Vec<Value> = m
        .engine()
        .history(g)
        .iter()
        .map(|h| message(m, h))
        .collect();
    for call in crate::call::entries(m, g) {
        let seq = call["seq"].as_u64().unwrap_or(u64::MAX);
        let at = rows.partition_point(|r| r["seq"].as_u64().unwrap_or(0) <= seq);
        rows.insert(at, call);
    }
    // Where the history another device of this account sent ends.
    if let Some(note) = m.engine().history_note(g) {
        let at = rows.partition_point(|r| r["seq"].as_u64().unwrap_or(0) <= note.before);
        rows.insert(
            at,
            json!({
                "group": g.to_hex(),
                "seq": note.before,
                "kind": "history_import",
                "from_device": note.from.0,
                "entries": note.entries,
                "made_at": note.made_at.0,
            }),
        );
    }
    Value::Array(rows)
}

/// `{group, name, kind, epoch, epoch_authenticator, accounts: [{username, me, devices: [id]}]}`.
pub fn members<T: Transport, S: StateStore>(m: &Messenger<T, S>, g: &GroupId) -> WebResult<Value> {
    let engine = m.engine();
    let me = m.me();
    let mut accounts: Vec<Value> = Vec::new();
    let mut last: Option<String> = None;
    for d in engine.members(g)? {
        if last.as_deref() != Some(d.username.as_str()) {
            accounts.push(json!({
                "username": d.username.as_str(),
                "me": d.username == me.username,
                "devices": [],
            }));
            last = Some(d.username.to_string());
        }
        if let Some(Value::Array(devices)) = accounts.last_mut().map(|a| &mut a["devices"]) {
            devices.push(json!(d.device.0));
        }
    }
    let conversation = engine.conversation(g);
    let kind = match conversation.and_then(|c| c.meta.as_ref()) {
        Some(ConversationMeta::Group { .. }) => "group",
        Some(ConversationMeta::Direct { .. }) => "direct",
        None => "unnamed",
    };
    let authenticator: String = engine
        .epoch_authenticator(g)?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(json!({
        "group": g.to_hex(),
        "name": conversation.map(|c| c.display_name(&me.username)),
        "kind": kind,
        "epoch": engine.epoch(g)?,
        "epoch_authenticator": authenticator,
        "accounts": accounts,
    }))
}

pub fn invites(list: &[InviteInfo], now: Timestamp) -> Value {
    Value::Array(
        list.iter()
            .map(|i| {
                json!({
                    "id": i.id,
                    "state": i.state(now),
                    "created_at": i.created_at.0,
                    "expires_at": i.expires_at.0,
                    "uses_total": i.uses_total,
                    "uses_left": i.uses_left,
                    "redeemed_by": i.redeemed_by.iter().map(|u| u.as_str()).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

/// A catalogue message without arguments, in the page's language.
fn said(id: &str) -> String {
    phrase_text(&CallMessage {
        id: id.into(),
        args: vec![],
    })
}
