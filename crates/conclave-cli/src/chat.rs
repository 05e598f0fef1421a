//! Conversation commands: send, read, listen, groups, devices, safety numbers.

use std::time::Duration;

use anyhow::{Context, bail};
use conclave_client::{
    ClientError,
    history::Fetched,
    messenger::{Messenger, MessengerError},
};
use conclave_client_core::{
    Event, HistoryBody, StoredMessage,
    envelope::{Content, ConversationMeta},
    messages::ItemKind,
};
use conclave_proto::{
    DeviceId, GroupId, LinkKind, Request, Response, ServerLink, Timestamp, Username,
};

use conclave_i18n::Arg;

use crate::{
    DeviceCommand, GroupCommand,
    home::Home,
    i18n::{english, tr},
};

pub fn now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    Timestamp(i64::try_from(ms).unwrap_or(i64::MAX))
}

fn username(name: &str) -> anyhow::Result<Username> {
    Ok(Username::parse(name)?)
}

pub(crate) fn conversation(m: &Messenger, target: &str) -> anyhow::Result<GroupId> {
    m.find(target).with_context(|| {
        if target.starts_with('#') {
            tr!("cli-no-group", name = target)
        } else {
            tr!("cli-no-conversation-with", name = target)
        }
    })
}

pub(crate) fn name_of(m: &Messenger, group: &GroupId) -> String {
    m.engine()
        .conversation(group)
        .map(|c| c.display_name(&m.me().username))
        .unwrap_or_else(|| "?".into())
}

const FELL_BEHIND: &str = "this device fell behind here (its queue at the server was full) and \
    missed messages from this point; it is added back when a member next sends";

/// "added bob/2", "removed carol/3", "added …; removed …", "updated keys", in `i18n`'s
/// language (English for `read`'s lines and the JSON, which scripts read).
pub(crate) fn membership_text(
    i18n: &conclave_i18n::Localizer,
    added: &[conclave_client_core::MemberDevice],
    removed: &[conclave_client_core::MemberDevice],
) -> String {
    let names = |v: &[conclave_client_core::MemberDevice]| {
        v.iter()
            .map(|d| format!("{}/{}", d.username, d.device))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (added, removed) = (names(added), names(removed));
    match (added.is_empty(), removed.is_empty()) {
        (false, true) => i18n.format("history-added", &[("names", Arg::Str(&added))]),
        (true, false) => i18n.format("history-removed", &[("names", Arg::Str(&removed))]),
        (false, false) => i18n.format(
            "history-added-removed",
            &[("added", Arg::Str(&added)), ("removed", Arg::Str(&removed))],
        ),
        (true, true) => i18n.format("history-keys-updated", &[]),
    }
}

/// How a sender is shown: `ana/1`, or with a display name `Ana (ana/1)` (isolated), with a
/// warning when the name imitates another or mixes scripts.
pub(crate) fn sender_text(
    names: &conclave_client_core::profile::DisplayNames,
    user: &Username,
    device: DeviceId,
) -> String {
    match (names.get(user), names.warning(user)) {
        (None, _) => format!("{user}/{device}"),
        (Some(name), None) => format!(
            "{} ({user}/{device})",
            conclave_client_core::profile::isolate(name)
        ),
        (Some(name), Some(why)) => format!(
            "{} ({user}/{device}, ⚠ {why})",
            conclave_client_core::profile::isolate(name)
        ),
    }
}

/// `Ana (ana)`: a display name as `display-name` confirms it.
pub(crate) fn sender_label(
    _names: &conclave_client_core::profile::DisplayNames,
    user: &Username,
    name: &str,
) -> String {
    format!("{} ({user})", conclave_client_core::profile::isolate(name))
}

/// The display-name fields of an entry's JSON (`sender_name`, `sender_name_warning`).
pub(crate) fn add_sender_name(
    v: &mut serde_json::Value,
    names: &conclave_client_core::profile::DisplayNames,
    user: &Username,
) {
    if let Some(name) = names.get(user) {
        v["sender_name"] = serde_json::json!(name);
        if let Some(why) = names.warning(user) {
            v["sender_name_warning"] = serde_json::json!(why);
        }
    }
}

/// Everyone's display names, the members' usernames included for the look-alike check.
pub(crate) fn names_of(m: &Messenger) -> conclave_client_core::profile::DisplayNames {
    let members: Vec<Username> = m
        .engine()
        .conversations()
        .flat_map(|c| m.engine().members(&c.group).unwrap_or_default())
        .map(|d| d.username)
        .collect();
    m.display_names().with_usernames(&members)
}

fn line(m: &Messenger, msg: &StoredMessage) -> String {
    let who = sender_text(&names_of(m), &msg.sender, msg.sender_device);
    let text = match &msg.body {
        HistoryBody::Message { content, .. } => content.summary(),
        HistoryBody::Membership { added, removed } => {
            format!("* {}", membership_text(english(), added, removed))
        }
        HistoryBody::Joined => "* joined".into(),
        HistoryBody::Unreadable { reason } => format!("* unreadable message ({reason})"),
        HistoryBody::FellBehind => format!("* {FELL_BEHIND}"),
        HistoryBody::Removed { .. } => "(deleted)".into(),
    };
    format!(
        "{} [{}] {} {who}: {text}",
        name_of(m, &msg.group),
        msg.seq,
        msg.at
    )
}

fn devices_json(v: &[conclave_client_core::MemberDevice]) -> serde_json::Value {
    v.iter()
        .map(|d| serde_json::json!({"username": d.username.as_str(), "device": d.device.0}))
        .collect()
}

/// One history entry as JSON: `kind` and `text`, and for membership entries `added` and
/// `removed` (`[{username, device}]`; the sender is who committed).
pub(crate) fn json(m: &Messenger, msg: &StoredMessage) -> serde_json::Value {
    let (kind, text, id) = match &msg.body {
        HistoryBody::Message { content, id, .. } => {
            let kind = match content {
                Content::Text { .. } => "text",
                Content::Reply { .. } => "reply",
                Content::Reaction { .. } => "reaction",
                Content::Edit { .. } => "edit",
                Content::Delete { .. } => "delete",
                Content::Forward { .. } | Content::ForwardDisappearing { .. } => "forward",
                Content::Receipt { .. } => "receipt",
                Content::Timer { .. } => "timer",
                Content::GroupMeta { .. } => "meta",
                Content::Ledger { .. } => "ledger",
                Content::Call { .. } => "call_signal",
                Content::Attachment { .. } => "file",
                Content::Profile { .. } => "profile",
            };
            (kind, content.summary(), Some(hex(id)))
        }
        HistoryBody::Membership { added, removed } => (
            "membership",
            membership_text(english(), added, removed),
            None,
        ),
        HistoryBody::Joined => ("joined", String::new(), None),
        HistoryBody::Unreadable { reason } => ("unreadable", reason.clone(), None),
        HistoryBody::FellBehind => ("fell_behind", FELL_BEHIND.to_owned(), None),
        HistoryBody::Removed { id, .. } => ("deleted", String::new(), Some(hex(id))),
    };
    let mut v = serde_json::json!({
        "conversation": name_of(m, &msg.group),
        "group": msg.group.to_hex(),
        "seq": msg.seq,
        "epoch": msg.epoch,
        "sender": msg.sender.as_str(),
        "device": msg.sender_device.0,
        "at": msg.at.to_rfc3339(),
        "kind": kind,
        "text": text,
        "id": id,
    });
    if let HistoryBody::Membership { added, removed } = &msg.body {
        v["added"] = devices_json(added);
        v["removed"] = devices_json(removed);
    }
    add_sender_name(&mut v, &names_of(m), &msg.sender);
    v
}

fn hex(id: &[u8]) -> String {
    id.iter().map(|b| format!("{b:02x}")).collect()
}

pub async fn send(home: &Home, to: &str, text: String) -> anyhow::Result<()> {
    let (_, mut m) = home.open()?.connect().await?;
    let group = match to.strip_prefix('#') {
        Some(_) => conversation(&m, to)?,
        None => m.direct(&username(to)?).await?,
    };
    let sent = m.send(&group, Content::Text { text }).await?;
    eprintln!(
        "{}",
        tr!(
            "cli-sent",
            conversation = name_of(&m, &group),
            seq = sent.seq
        )
    );
    m.close().await;
    Ok(())
}

pub async fn read(home: &Home, target: Option<&str>, as_json: bool) -> anyhow::Result<()> {
    let (device, mut m) = home.open()?.connect().await?;
    let me = m.me().username.clone();
    let groups: Vec<GroupId> = match target {
        Some(t) => vec![conversation(&m, t)?],
        None => m
            .engine()
            .conversations()
            .map(|c| c.group.clone())
            .collect(),
    };
    let now = now();
    for g in groups {
        // Calls show as one entry each, where they ended (or, while open, at their last
        // signal); the signals themselves only in JSON.
        let calls = m.calls(&g, now)?;
        for ignored in calls.ignored() {
            eprintln!(
                "{}",
                tr!(
                    "cli-warn-call-ignored",
                    seq = ignored.seq,
                    sender = format!("{}/{}", ignored.sender, ignored.device),
                    conversation = name_of(&m, &g),
                    reason = ignored.reason.to_string()
                )
            );
        }
        let mut entries: std::collections::BTreeMap<u64, Vec<_>> = Default::default();
        for call in calls.calls() {
            entries.entry(call.entry_seq()).or_default().push(call);
        }
        // Reading starts the timers of disappearing messages (and drops those that ran out).
        m.mark_read(&g).await?;
        // Messages with their replies, edits, reactions and deletions applied (the folded
        // view); everything else as it is in the history.
        let view = m.view(&g);
        let mut members: Vec<Username> = m
            .engine()
            .members(&g)
            .map(|v| v.into_iter().map(|d| d.username).collect())
            .unwrap_or_default();
        members.dedup();
        let receipts = |item: &conclave_client_core::messages::Item| {
            (item.sender == me).then(|| view.receipts(item, &members, device.read_receipts))
        };
        let print_calls = |upto: u64, entries: &mut std::collections::BTreeMap<u64, Vec<_>>| {
            let later = entries.split_off(&(upto + 1));
            for call in std::mem::replace(entries, later).into_values().flatten() {
                if as_json {
                    println!("{}", crate::call::json(&m, &g, call, now));
                } else {
                    println!("{}", crate::call::line(&m, &g, call, now));
                }
            }
        };
        // Where the history another device of this account sent ends (see `take_history`).
        let note = m.engine().history_note(&g).cloned();
        let mut noted = note.is_none();
        let print_note = |note: &conclave_client_core::history::ImportNote| {
            if as_json {
                println!(
                    "{}",
                    serde_json::json!({"kind": "history_import", "group": g.to_hex(), "from_device": note.from.0, "up_to_seq": note.before, "entries": note.entries, "made_at": note.made_at.to_rfc3339(), "imported_at": note.imported_at.to_rfc3339()})
                );
            } else {
                println!(
                    "{}",
                    tr!(
                        "cli-history-note",
                        device = note.from.0,
                        at = note.made_at.to_string()
                    )
                );
            }
        };
        for item in view.items() {
            if let Some(n) = note.as_ref().filter(|n| !noted && item.seq > n.before) {
                print_note(n);
                noted = true;
            }
            match &item.kind {
                ItemKind::Other(body) => {
                    let msg = crate::messages::entry_of(&g, item, body);
                    if as_json {
                        println!("{}", json(&m, &msg));
                    } else if !matches!(
                        &msg.body,
                        HistoryBody::Message {
                            content: Content::GroupMeta { .. }
                                | Content::Call { .. }
                                | Content::Receipt { .. },
                            ..
                        }
                    ) {
                        println!("{}", line(&m, &msg));
                    }
                }
                _ if as_json => {
                    if let Some(v) = crate::messages::json(&m, &g, item, receipts(item).as_ref()) {
                        println!("{v}");
                    }
                }
                _ => {
                    if let Some(l) = crate::messages::line(&m, &g, item, receipts(item).as_ref()) {
                        println!("{l}");
                    }
                }
            }
            print_calls(item.seq, &mut entries);
        }
        print_calls(u64::MAX - 1, &mut entries);
        if let Some(n) = note.as_ref().filter(|_| !noted) {
            print_note(n);
        }
        // Reading one conversation tells the others how far (once per new message of theirs).
        if target.is_some()
            && device.read_receipts
            && let Some(last) = view.last_from_others(&me)
            && last > view.read_mark(&me)
        {
            let receipt = Content::Receipt { read_up_to: last };
            if let Err(e) = m.send(&g, receipt).await {
                eprintln!(
                    "{}",
                    tr!(
                        "cli-warn-receipt-not-sent",
                        error = crate::errors::describe(&e)
                    )
                );
            }
        }
    }
    report_rejected(&m);
    m.close().await;
    Ok(())
}

pub(crate) fn report_rejected(m: &Messenger) {
    for r in &m.rejected {
        eprintln!(
            "{}",
            tr!(
                "cli-warn-delivery-unusable",
                seq = r.seq.0,
                reason = r.reason.to_string()
            )
        );
    }
}

/// Fetches and imports the history other devices of this account offered (see
/// `conclave_client::history`), saying on stderr what came.
pub(crate) async fn take_history(m: &mut Messenger) {
    let endpoint = m.connection().endpoint().clone();
    match conclave_client::history::fetch(m, &endpoint, &|_, _| {}).await {
        Ok(done) => {
            for f in done {
                match f {
                    Fetched::Imported {
                        from,
                        made_at,
                        summary,
                    } => eprintln!(
                        "{}",
                        tr!(
                            "cli-history-imported",
                            device = from.0,
                            at = made_at.to_string(),
                            entries = summary.entries,
                            count = summary.conversations
                        )
                    ),
                    Fetched::Later { from, reason } => eprintln!(
                        "{}",
                        tr!(
                            "cli-warn-history-later",
                            device = from.0,
                            reason = reason.to_string()
                        )
                    ),
                    Fetched::Failed { from, reason } => eprintln!(
                        "{}",
                        tr!(
                            "cli-warn-history-unusable",
                            device = from.0,
                            reason = reason.to_string()
                        )
                    ),
                }
            }
        }
        Err(e) => eprintln!(
            "{}",
            tr!(
                "cli-warn-history-fetch",
                error = crate::errors::describe(&e)
            )
        ),
    }
}

pub(crate) fn connection_lost(e: &MessengerError) -> bool {
    matches!(
        e,
        MessengerError::Client(
            ClientError::Closed(_) | ClientError::Timeout | ClientError::Connect { .. }
        )
    )
}

/// Reconnects (to any node), waiting up to a minute for one to answer.
async fn reconnect(m: &mut Messenger) -> anyhow::Result<Vec<Event>> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let mut wait = Duration::from_millis(200);
    loop {
        match m.reconnect().await {
            Ok(events) => return Ok(events),
            Err(e) if connection_lost(&e) && tokio::time::Instant::now() < deadline => {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(5));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

pub async fn listen(home: &Home, as_json: bool, duration: Option<Duration>) -> anyhow::Result<()> {
    let deadline = duration.map(|d| tokio::time::Instant::now() + d);
    let (_, mut m) = home.open()?.connect().await?;
    // Another `conclave` command on this device gets the state while it runs (see lock.rs);
    // what it received meanwhile is printed from the history when the state comes back.
    let handover = crate::lock::Handover::listen(&home.dir)?;
    let mut printed = last_seqs(&m);
    // On stderr, so scripts (and tests) know from when on messages are printed as they come.
    eprintln!("listening for new messages");
    loop {
        if deadline.is_some_and(|d| tokio::time::Instant::now() >= d) {
            break;
        }
        let next = tokio::select! {
            e = m.next_events(Duration::from_secs(1)) => e,
            _ = handover.requested() => {
                m.close().await;
                eprintln!("{}", tr!("cli-listen-handover"));
                crate::lock::hand_over(&home.dir).await?;
                let (_, again) = home.open()?.connect().await?;
                m = again;
                for (group, after) in last_seqs(&m) {
                    let from = printed.get(&group).copied().unwrap_or(0);
                    for msg in m.engine().history(&group) {
                        if msg.seq > from && msg.seq <= after {
                            print_message(&m, &msg, as_json);
                        }
                    }
                }
                printed = last_seqs(&m);
                eprintln!("{}", tr!("cli-listening-again"));
                continue;
            }
            _ = tokio::signal::ctrl_c() => break,
        };
        let events = match next {
            Ok(events) => events,
            // The node went away: fail over to another node of the cluster (or wait for it).
            Err(e) if connection_lost(&e) => {
                eprintln!(
                    "{}",
                    tr!("cli-connection-lost", error = crate::errors::describe(&e))
                );
                reconnect(&mut m).await?
            }
            Err(e) => return Err(e.into()),
        };
        for e in events {
            let msg = match e {
                Event::Message(msg) | Event::Membership(msg) => msg,
                Event::Joined { group } => {
                    if !as_json {
                        println!("* joined {}", name_of(&m, &group));
                    }
                    continue;
                }
                Event::FellBehind { group } => {
                    if as_json {
                        println!(
                            "{}",
                            serde_json::json!({"kind": "fell_behind", "group": group.to_hex()})
                        );
                    } else {
                        println!(
                            "* this device fell behind in {} and waits to be added back",
                            name_of(&m, &group)
                        );
                    }
                    continue;
                }
                Event::Removed { group } => {
                    if as_json {
                        println!(
                            "{}",
                            serde_json::json!({"kind": "removed", "group": group.to_hex()})
                        );
                    } else {
                        println!("* you were removed from a conversation");
                    }
                    continue;
                }
                Event::HistoryOffered { .. } => {
                    take_history(&mut m).await;
                    continue;
                }
            };
            printed.insert(msg.group.clone(), msg.seq);
            print_message(&m, &msg, as_json);
        }
        use std::io::Write as _;
        let _ = std::io::stdout().flush();
    }
    m.close().await;
    Ok(())
}

/// The last history entry of every conversation.
fn last_seqs(m: &Messenger) -> std::collections::BTreeMap<GroupId, u64> {
    m.engine()
        .conversations()
        .map(|c| {
            let last = m.engine().history(&c.group).last().map_or(0, |h| h.seq);
            (c.group.clone(), last)
        })
        .collect()
}

fn print_message(m: &Messenger, msg: &StoredMessage, as_json: bool) {
    if as_json {
        println!("{}", json(m, msg));
    } else if !matches!(
        &msg.body,
        HistoryBody::Message {
            content: Content::GroupMeta { .. } | Content::Receipt { .. },
            ..
        }
    ) {
        println!("{}", line(m, msg));
    }
}

pub async fn group(home: &Home, cmd: GroupCommand) -> anyhow::Result<()> {
    let (_, mut m) = home.open()?.connect().await?;
    match cmd {
        GroupCommand::Create { name, members } => {
            let members: Vec<Username> = members
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| username(s))
                .collect::<Result<_, _>>()?;
            let g = m.create_group(&name, &members).await?;
            println!(
                "{}",
                tr!(
                    "cli-group-created",
                    name = name.as_str(),
                    devices = m.engine().members(&g)?.len(),
                    epoch = m.engine().epoch(&g)?
                )
            );
        }
        GroupCommand::Add { name, users } => {
            let g = conversation(&m, &format!("#{}", name.trim_start_matches('#')))?;
            let users: Vec<Username> = users
                .iter()
                .map(|s| username(s))
                .collect::<Result<_, _>>()?;
            match m.add_accounts(&g, &users).await? {
                Some(_) => println!(
                    "{}",
                    tr!(
                        "cli-group-added",
                        users = join(&users),
                        name = name.trim_start_matches('#')
                    )
                ),
                None => println!("{}", tr!("cli-already-members")),
            }
        }
        GroupCommand::Remove { name, users } => {
            let g = conversation(&m, &format!("#{}", name.trim_start_matches('#')))?;
            let users: Vec<Username> = users
                .iter()
                .map(|s| username(s))
                .collect::<Result<_, _>>()?;
            m.remove_accounts(&g, &users).await?;
            println!(
                "{}",
                tr!(
                    "cli-group-removed",
                    users = join(&users),
                    name = name.trim_start_matches('#')
                )
            );
        }
        GroupCommand::Leave { name } => {
            let g = conversation(&m, &format!("#{}", name.trim_start_matches('#')))?;
            m.leave(&g).await?;
            println!(
                "{}",
                tr!("cli-group-left", name = name.trim_start_matches('#'))
            );
        }
        GroupCommand::List { json: as_json } => {
            let mut rows = Vec::new();
            for c in m.engine().conversations() {
                let kind = match &c.meta {
                    Some(ConversationMeta::Group { .. }) => "group",
                    Some(ConversationMeta::Direct { .. }) => "direct",
                    None => "unnamed",
                };
                let members = m.engine().members(&c.group).map(|v| v.len()).unwrap_or(0);
                rows.push((
                    c.display_name(&m.me().username),
                    kind,
                    members,
                    c.group.to_hex(),
                ));
            }
            if as_json {
                let v: Vec<_> = rows
                    .iter()
                    .map(|(n, k, d, g)| serde_json::json!({"name": n, "kind": k, "devices": d, "group": g}))
                    .collect();
                println!("{}", serde_json::Value::Array(v));
            } else if rows.is_empty() {
                println!("{}", tr!("cli-no-conversations"));
            } else {
                for (n, k, d, _) in rows {
                    let kind = match k {
                        "group" => tr!("cli-kind-group"),
                        "direct" => tr!("cli-kind-direct"),
                        _ => tr!("cli-kind-unnamed"),
                    };
                    println!(
                        "{} {} {}",
                        crate::i18n::pad(&conclave_i18n::sanitize(&n), 24),
                        crate::i18n::pad(&kind, 7),
                        tr!("cli-devices", devices = d)
                    );
                }
            }
        }
        GroupCommand::Info {
            name,
            json: as_json,
        } => {
            let target = if name.starts_with('#') || m.find(&name).is_some() {
                name.clone()
            } else {
                format!("#{name}")
            };
            let g = conversation(&m, &target)?;
            let members = m.engine().members(&g)?;
            let epoch = m.engine().epoch(&g)?;
            let auth: String = m
                .engine()
                .epoch_authenticator(&g)?
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            if as_json {
                let v: Vec<_> = members
                    .iter()
                    .map(|d| serde_json::json!({"username": d.username.as_str(), "device": d.device.0}))
                    .collect();
                println!(
                    "{}",
                    serde_json::json!({"name": name_of(&m, &g), "group": g.to_hex(), "epoch": epoch, "epoch_authenticator": auth, "members": v})
                );
            } else {
                println!(
                    "{}",
                    tr!("cli-group-info", name = name_of(&m, &g), epoch = epoch)
                );
                let mut last = None;
                for d in &members {
                    if last != Some(&d.username) {
                        println!("  {}", d.username);
                        last = Some(&d.username);
                    }
                    println!("    {}", tr!("cli-device", id = d.device.0));
                }
            }
        }
    }
    m.close().await;
    Ok(())
}

fn join(users: &[Username]) -> String {
    users
        .iter()
        .map(|u| u.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn device(home: &Home, cmd: DeviceCommand) -> anyhow::Result<()> {
    let (device, mut m) = home.open()?.connect().await?;
    match cmd {
        DeviceCommand::Link {
            expires,
            no_history,
        } => {
            let expires = humantime::parse_duration(&expires)
                .with_context(|| tr!("cli-invalid-option", option = "--expires"))?;
            let (code, _) = match m
                .connection()
                .request(Request::DeviceLinkCreate {
                    expires_in_secs: expires.as_secs(),
                })
                .await?
            {
                Response::DeviceLinkCreated { code, expires_at } => (code, expires_at),
                other => bail!(tr!(
                    "cli-unexpected-response",
                    response = format!("{other:?}")
                )),
            };
            let endpoint = device.endpoint()?;
            let link = ServerLink {
                kind: LinkKind::Device,
                host: endpoint.host,
                port: endpoint.port,
                code,
                fingerprint: endpoint.pin,
                alternates: device.server.alternates.clone(),
            };
            println!("{link}");
            eprintln!("{}", tr!("cli-device-link-waiting"));
            use std::io::Write as _;
            let _ = std::io::stdout().flush();
            let me = m.me().username.clone();
            let before: Vec<_> = m.devices(&me).await?.into_iter().map(|d| d.id).collect();
            let deadline = tokio::time::Instant::now() + expires;
            let new = loop {
                if tokio::time::Instant::now() > deadline {
                    bail!(tr!("cli-link-expired"));
                }
                tokio::time::sleep(Duration::from_millis(300)).await;
                let now: Vec<_> = m.devices(&me).await?.into_iter().map(|d| d.id).collect();
                if let Some(d) = now.into_iter().find(|d| !before.contains(d)) {
                    break d;
                }
            };
            // Give the new device a moment to publish its key packages, then add it everywhere.
            let groups: Vec<GroupId> = m
                .engine()
                .conversations()
                .map(|c| c.group.clone())
                .collect();
            let mut added = 0usize;
            for g in &groups {
                for _ in 0..50 {
                    m.reconcile(g).await?;
                    if m.engine().members(g)?.iter().any(|d| d.device == new) {
                        added += 1;
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
            println!(
                "{}",
                tr!(
                    "cli-device-joined",
                    id = new.0,
                    added = added,
                    total = groups.len()
                )
            );
            if no_history {
                return Ok(());
            }
            // MLS gives the new device nothing from before it was added: send it ours.
            let endpoint = m.connection().endpoint().clone();
            match conclave_client::history::offer(&mut m, &endpoint, new, &|_, _| {}).await {
                Ok(Some(sent)) => {
                    println!(
                        "{}",
                        tr!(
                            "cli-history-sent",
                            count = sent.conversations,
                            entries = sent.entries,
                            kib = sent.bytes.div_ceil(1024)
                        )
                    );
                }
                Ok(None) => println!("{}", tr!("cli-history-none")),
                Err(e) => {
                    eprintln!(
                        "{}",
                        tr!(
                            "cli-warn-history-not-sent",
                            error = crate::errors::describe(&e)
                        )
                    );
                }
            }
        }
        DeviceCommand::List { json: as_json } => {
            let me = m.me().clone();
            let devices = m.devices(&me.username).await?;
            if as_json {
                let v: Vec<_> = devices
                    .iter()
                    .map(|d| serde_json::json!({"id": d.id.0, "name": d.name.as_str(), "created_at": d.created_at.to_rfc3339(), "this": d.id == me.device}))
                    .collect();
                println!("{}", serde_json::Value::Array(v));
            } else {
                for d in devices {
                    let at = d.created_at.to_string();
                    let added = if d.id == me.device {
                        tr!("cli-device-added-this", at = at)
                    } else {
                        tr!("cli-device-added", at = at)
                    };
                    println!(
                        "{:>5}  {} {added}",
                        d.id,
                        crate::i18n::pad(&conclave_i18n::sanitize(d.name.as_str()), 20),
                    );
                }
            }
        }
        DeviceCommand::Remove { device: id } => {
            let id = conclave_proto::DeviceId(id);
            match m
                .connection()
                .request(Request::DeviceRemove { device: id })
                .await?
            {
                Response::DeviceRemoved => {}
                other => bail!(tr!(
                    "cli-unexpected-response",
                    response = format!("{other:?}")
                )),
            }
            let groups: Vec<GroupId> = m
                .engine()
                .conversations()
                .map(|c| c.group.clone())
                .collect();
            for g in &groups {
                m.reconcile(g).await?;
            }
            println!("{}", tr!("cli-device-removed", id = id.0));
        }
        DeviceCommand::Join { .. } => unreachable!("handled in main"),
    }
    m.close().await;
    Ok(())
}

pub async fn safety_number(home: &Home, user: &str) -> anyhow::Result<()> {
    let (_, m) = home.open()?.connect().await?;
    let peer = username(user)?;
    let (number, status) = m.safety_number(&peer).await?;
    match status {
        Some(true) => {
            println!("{}", tr!("cli-safety-changed", user = peer.to_string()));
            println!("{}", tr!("cli-safety-changed-compare"));
        }
        Some(false) => println!("{}", tr!("cli-verified", user = peer.to_string())),
        None => println!("{}", tr!("cli-not-verified", user = peer.to_string())),
    }
    println!(
        "{}\n{number}",
        tr!("cli-safety-number", user = peer.to_string())
    );
    m.close().await;
    Ok(())
}

pub async fn verify(home: &Home, user: &str) -> anyhow::Result<()> {
    let (_, mut m) = home.open()?.connect().await?;
    let peer = username(user)?;
    m.verify(&peer).await?;
    println!("{}", tr!("cli-marked-verified", user = peer.to_string()));
    m.close().await;
    Ok(())
}
