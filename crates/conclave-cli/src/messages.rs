//! Message features: reply, react, edit, delete, forward, and how `read` shows them. Every
//! rule is `conclave_client_core::messages`'; this module parses arguments and prints.

use conclave_client::messenger::Messenger;
use conclave_client_core::{
    HistoryBody, StoredMessage,
    messages::{Item, ItemKind, MessageView, Receipts},
};
use conclave_proto::{GroupId, Username};
use serde_json::json;

use crate::{
    chat::{conversation, name_of},
    home::Home,
    i18n::tr,
};

/// The conversation a reply, reaction, edit or delete goes to: an existing one.
async fn open(
    home: &Home,
    target: &str,
    message: &str,
) -> anyhow::Result<(
    Messenger,
    GroupId,
    conclave_client_core::envelope::MessageId,
)> {
    // Connecting catches up, so the message named by its number is there.
    let (_, m) = home.open()?.connect().await?;
    let group = conversation(&m, target)?;
    let id = m.view(&group).resolve(message)?;
    Ok((m, group, id))
}

/// What a command did, for its confirmation line.
#[derive(Debug, Clone, Copy)]
enum Done {
    Replied,
    Reacted,
    ReactionTakenBack,
    Edited,
    Deleted,
    Forwarded,
    TimerSet,
}

fn report(m: &Messenger, sent: &StoredMessage, what: Done, as_json: bool) {
    if as_json {
        println!("{}", crate::chat::json(m, sent));
    } else {
        let conversation = name_of(m, &sent.group);
        let seq = sent.seq;
        let said = match what {
            Done::Replied => tr!("cli-replied", conversation = &conversation, seq = seq),
            Done::Reacted => tr!("cli-reacted", conversation = &conversation, seq = seq),
            Done::ReactionTakenBack => {
                tr!(
                    "cli-reaction-taken-back",
                    conversation = &conversation,
                    seq = seq
                )
            }
            Done::Edited => tr!("cli-edited", conversation = &conversation, seq = seq),
            Done::Deleted => tr!("cli-deleted", conversation = &conversation, seq = seq),
            Done::Forwarded => tr!("cli-forwarded", conversation = &conversation, seq = seq),
            Done::TimerSet => tr!("cli-timer-set", conversation = &conversation, seq = seq),
        };
        eprintln!("{said}");
    }
}

pub async fn reply(
    home: &Home,
    target: &str,
    message: &str,
    text: String,
    as_json: bool,
) -> anyhow::Result<()> {
    let (mut m, group, id) = open(home, target, message).await?;
    let sent = m.reply(&group, &id, text).await?;
    report(&m, &sent, Done::Replied, as_json);
    m.close().await;
    Ok(())
}

pub async fn react(
    home: &Home,
    target: &str,
    message: &str,
    emoji: &str,
    as_json: bool,
) -> anyhow::Result<()> {
    let (mut m, group, id) = open(home, target, message).await?;
    let sent = m.react(&group, &id, emoji).await?;
    let what = match &sent.body {
        HistoryBody::Message {
            content: conclave_client_core::envelope::Content::Delete { .. },
            ..
        } => Done::ReactionTakenBack,
        _ => Done::Reacted,
    };
    report(&m, &sent, what, as_json);
    m.close().await;
    Ok(())
}

pub async fn edit(
    home: &Home,
    target: &str,
    message: &str,
    text: String,
    as_json: bool,
) -> anyhow::Result<()> {
    let (mut m, group, id) = open(home, target, message).await?;
    let sent = m.edit(&group, &id, text).await?;
    report(&m, &sent, Done::Edited, as_json);
    m.close().await;
    Ok(())
}

pub async fn delete(home: &Home, target: &str, message: &str, as_json: bool) -> anyhow::Result<()> {
    let (mut m, group, id) = open(home, target, message).await?;
    let sent = m.delete(&group, &id).await?;
    report(&m, &sent, Done::Deleted, as_json);
    m.close().await;
    Ok(())
}

pub async fn forward(
    home: &Home,
    target: &str,
    message: &str,
    to: &str,
    as_json: bool,
) -> anyhow::Result<()> {
    let (mut m, from, id) = open(home, target, message).await?;
    let dest = match to.strip_prefix('#') {
        Some(_) => conversation(&m, to)?,
        None => m.direct(&Username::parse(to)?).await?,
    };
    let sent = m.forward(&from, &id, &dest).await?;
    report(&m, &sent, Done::Forwarded, as_json);
    m.close().await;
    Ok(())
}

/// The history entry an item came from, for entries shown as before.
pub fn entry_of(group: &GroupId, item: &Item, body: &HistoryBody) -> StoredMessage {
    StoredMessage {
        group: group.clone(),
        seq: item.seq,
        epoch: item.epoch,
        sender: item.sender.clone(),
        sender_device: item.sender_device,
        at: item.at,
        body: body.clone(),
    }
}

/// The text of a message item: quote, text or tombstone, "edited", reactions.
pub(crate) fn message_text(v: &MessageView) -> String {
    let mut out = String::new();
    if let Some(q) = &v.reply_to {
        out.push_str(&format!("[↪ {}] ", q.line()));
    }
    if v.forwarded {
        out.push_str("(forwarded) ");
    }
    match (&v.text, &v.attachment) {
        (Some(_), Some(a)) => out.push_str(&crate::files::file_line(a)),
        (Some(t), None) => out.push_str(t),
        (None, _) => out.push_str("(deleted)"),
    }
    if v.edited() {
        out.push_str(" (edited)");
    }
    if !v.reactions.is_empty() {
        let mut r: Vec<_> = v.reactions.iter().collect();
        r.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
        let parts: Vec<String> = r
            .iter()
            .map(|(e, who)| {
                let names: Vec<&str> = who.iter().map(|u| u.as_str()).collect();
                format!("{e} {} ({})", who.len(), names.join(", "))
            })
            .collect();
        out.push_str(&format!("  [{}]", parts.join(" · ")));
    }
    out
}

/// One line of `read` for a message or a refusal; `None` for what is not shown there.
pub fn line(
    m: &Messenger,
    group: &GroupId,
    item: &Item,
    receipts: Option<&Receipts>,
) -> Option<String> {
    let text = match &item.kind {
        ItemKind::Message(v) if v.expired => return None,
        ItemKind::Message(v) => {
            let mut t = message_text(v);
            if let Some(r) = receipts.filter(|_| v.text.is_some()) {
                let read: Vec<&str> = r.read_by.iter().map(|u| u.as_str()).collect();
                match r.state() {
                    "read" => t.push_str(&format!("  ✓✓ read by {}", read.join(", "))),
                    "delivered" if read.is_empty() => t.push_str("  ✓✓ delivered"),
                    "delivered" => {
                        t.push_str(&format!("  ✓✓ delivered, read by {}", read.join(", ")))
                    }
                    _ => t.push_str("  ✓ sent"),
                }
            }
            t
        }
        ItemKind::NotApplied(n) if n.reason.is_refusal() => {
            format!("* {} {}", n.action.as_str(), n.reason)
        }
        ItemKind::NotApplied(_) => return None,
        ItemKind::Other(_) => return None,
    };
    Some(format!(
        "{} [{}] {} {}: {text}",
        name_of(m, group),
        item.seq,
        item.at,
        crate::chat::sender_text(&crate::chat::names_of(m), &item.sender, item.sender_device),
    ))
}

/// The JSON of a message or a notice: the fields of every entry plus the message's
/// (`text`, `deleted`, `edited`, `versions`, `reply_to`, `forwarded`, `reactions`, and for
/// one's own `receipts`: `{state: sent|delivered|read, delivered_to, read_by}`) or the
/// notice's (`action`, `target`, `reason`, `refused`, `owner`, `message`).
pub fn json(
    m: &Messenger,
    group: &GroupId,
    item: &Item,
    receipts: Option<&Receipts>,
) -> Option<serde_json::Value> {
    let mut v = json!({
        "conversation": name_of(m, group),
        "group": group.to_hex(),
        "seq": item.seq,
        "epoch": item.epoch,
        "sender": item.sender.as_str(),
        "device": item.sender_device.0,
        "at": item.at.to_rfc3339(),
    });
    let extra = match &item.kind {
        ItemKind::Message(view) if view.expired => return None,
        ItemKind::Message(view) => {
            if let Some(at) = m.engine().expiry(group, item.seq) {
                v["expires_at"] = json!(at.to_rfc3339());
            }
            v["kind"] = json!(if view.deleted.is_some() || view.text.is_none() {
                "deleted"
            } else if view.reply_to.is_some() {
                "reply"
            } else if view.forwarded {
                "forward"
            } else if crate::files::is_file(&item.kind) {
                "file"
            } else {
                "text"
            });
            if let Some(r) = receipts {
                v["receipts"] = r.to_json();
            }
            view.to_json()
        }
        ItemKind::NotApplied(n) => {
            v["kind"] = json!("not_applied");
            n.to_json()
        }
        ItemKind::Other(_) => return None,
    };
    if let (Some(obj), serde_json::Value::Object(more)) = (v.as_object_mut(), extra) {
        obj.extend(more);
    }
    crate::chat::add_sender_name(&mut v, &crate::chat::names_of(m), &item.sender);
    Some(v)
}

pub fn receipts(home: &Home, setting: Option<&str>) -> anyhow::Result<()> {
    let mut device = home.load_device()?;
    match setting {
        None => {}
        Some("on") => device.read_receipts = true,
        Some("off") => device.read_receipts = false,
        Some(other) => anyhow::bail!(tr!("cli-receipts-say-on-or-off", value = other)),
    }
    if setting.is_some() {
        home.save_device(&device)?;
    }
    println!(
        "{}",
        if device.read_receipts {
            tr!("cli-receipts-on")
        } else {
            tr!("cli-receipts-off")
        }
    );
    Ok(())
}

pub async fn set_timer(
    home: &Home,
    target: &str,
    duration: &str,
    as_json: bool,
) -> anyhow::Result<()> {
    let secs = match duration.trim() {
        "off" | "0" => 0,
        d => {
            let d = d.strip_suffix('w').map_or_else(
                || humantime::parse_duration(d),
                |weeks| {
                    weeks
                        .parse::<u64>()
                        .map(|w| std::time::Duration::from_secs(w.saturating_mul(604_800)))
                        .map_err(|_| humantime::DurationError::NumberExpected(0))
                },
            );
            d.map_err(|e| {
                anyhow::anyhow!(tr!(
                    "cli-timer-invalid",
                    value = duration,
                    error = e.to_string()
                ))
            })?
            .as_secs()
        }
    };
    let (_, mut m) = home.open()?.connect().await?;
    let group = match target.strip_prefix('#') {
        Some(_) => conversation(&m, target)?,
        None => m.direct(&Username::parse(target)?).await?,
    };
    let sent = m.set_timer(&group, secs).await?;
    report(&m, &sent, Done::TimerSet, as_json);
    m.close().await;
    Ok(())
}
