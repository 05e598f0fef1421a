//! `conclave tui`: an interactive terminal client (ratatui + crossterm) on the same
//! [`Messenger`] as every other command.
//!
//! One task owns the messenger and the [`App`]; a thread reads the terminal and sends its
//! events over a channel. The loop races only cancel-safe waits (terminal input, the server's
//! push, a handover request): processing a delivery, sending and persisting are never cut off
//! half-way. The device's state is shared with other `conclave` commands by the lock in
//! `lock.rs`: while one runs, the TUI shows "paused", drops its in-memory state and reloads
//! `state.db` when the lock comes back.

pub mod app;
pub mod view;

#[cfg(test)]
mod tests;

use std::{collections::BTreeMap, io::Write as _, path::PathBuf, time::Duration};

use anyhow::Context as _;
use app::{Action, App, ConvItem, LedgerView, Line, LineKind, MembersView, Panel, Status};
use conclave_client::messenger::{Messenger, MessengerError};
use conclave_client_core::{
    Event, HistoryBody,
    envelope::{Content, ConversationMeta},
    ephemeral::{Typing, TypingLine, TypingSender},
    ledger::{self, Date, Ledger, Money, RecordBody},
    messages::{ConversationView, ItemKind, is_message},
};
use conclave_proto::{GroupId, Username};
use crossterm::{
    event::{self as term_event, Event as TermEvent, KeyEventKind},
    execute,
    terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode},
};
use ratatui::{Terminal, backend::CrosstermBackend};

use crate::{chat, home::Home, lock};

#[derive(Debug, Clone, clap::Args)]
pub struct TuiArgs {
    /// vim-style movement: j/k, g/G, i to write.
    #[arg(long)]
    pub vim: bool,
    /// Conversations with unread messages first (else by recent activity only).
    #[arg(long)]
    pub unread_first: bool,
    /// No terminal bell on new messages in other conversations.
    #[arg(long)]
    pub no_bell: bool,
    /// The UI's language (`ar`, `ja`, `pt-BR`, `en-XA` for the pseudo-locale…); default from
    /// LC_ALL / LC_MESSAGES / LANG / LANGUAGE.
    #[arg(long, env = "CONCLAVE_LANG")]
    pub lang: Option<String>,
}

/// Which message of each conversation this device's user has seen (the TUI's own marks, in
/// `tui-read.json` in the home).
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct ReadMarks(BTreeMap<String, u64>);

impl ReadMarks {
    fn path(home: &Home) -> PathBuf {
        home.dir.join("tui-read.json")
    }
    fn load(home: &Home) -> ReadMarks {
        std::fs::read(Self::path(home))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }
    fn save(&self, home: &Home) {
        if let Ok(bytes) = serde_json::to_vec(self) {
            let _ = conclave_client::state::write_private(&Self::path(home), &bytes);
        }
    }
    fn get(&self, g: &GroupId) -> u64 {
        self.0.get(&g.to_hex()).copied().unwrap_or(0)
    }
    fn set(&mut self, g: &GroupId, seq: u64) {
        self.0.insert(g.to_hex(), seq);
    }
}

/// A message someone wrote (text, reply, forward): what counts as unread and rings the bell.
fn is_shown(msg: &conclave_client_core::StoredMessage) -> bool {
    matches!(&msg.body, HistoryBody::Message { content, .. } if is_message(content))
}

fn mentions(text: &str, me: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || "@._-".contains(c)))
        .any(|w| w.strip_prefix('@') == Some(me))
}

pub(crate) fn conversations(m: &Messenger, marks: &ReadMarks) -> Vec<ConvItem> {
    let me = m.me().username.as_str().to_owned();
    m.engine()
        .conversations()
        .map(|c| {
            let history = m.engine().history(&c.group);
            let read = marks.get(&c.group);
            let unread: Vec<_> = history
                .iter()
                .filter(|h| h.seq > read && h.sender.as_str() != me && is_shown(h))
                .filter(|h| matches!(h.body, HistoryBody::Message { .. }))
                .collect();
            let mentions = unread
                .iter()
                .filter(|h| match &h.body {
                    HistoryBody::Message { content, .. } => mentions(&content.summary(), &me),
                    _ => false,
                })
                .count();
            let last = history.iter().rev().find(|h| is_shown(h));
            ConvItem {
                group: c.group.clone(),
                name: c.display_name(&m.me().username),
                is_group: matches!(c.meta, Some(ConversationMeta::Group { .. })),
                unread: unread.len(),
                mentions,
                last_at: last.map(|h| h.at).or(Some(c.created_at)),
                last_seq: history.last().map_or(0, |h| h.seq),
            }
        })
        .collect()
}

/// Message `id` with its one text argument `name` (a safety number, an error's words).
fn with_text(i18n: &conclave_i18n::Localizer, id: &str, name: &str, value: &str) -> String {
    i18n.format(id, &[(name, conclave_i18n::Arg::Str(value))])
}

pub(crate) fn lines(m: &Messenger, group: &GroupId, i18n: &conclave_i18n::Localizer) -> Vec<Line> {
    let me = m.me().username.as_str();
    let now = chat::now();
    let calls = m.calls(group, now).ok();
    let mut call_entries: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    if let Some(calls) = &calls {
        for call in calls.calls() {
            call_entries
                .entry(call.entry_seq())
                .or_default()
                .push(conclave_client::words(
                    i18n,
                    &call.message(&m.me().username, now),
                ));
        }
    }
    // The folded view: replies with their quotes, edits, tombstones and reactions, decided by
    // the client core as for every front end.
    let view = ConversationView::for_conversation(m.engine(), group);
    let names = chat::names_of(m);
    // "Ana (ana)", "⚠" after a look-alike (terminals do not isolate: the name is already
    // free of direction-override characters).
    let who = |u: &conclave_proto::Username| match (names.get(u), names.warning(u)) {
        (None, _) => u.to_string(),
        (Some(n), None) => format!("{n} ({u})"),
        (Some(n), Some(_)) => format!("{n} ({u} ⚠)"),
    };
    let mut out = Vec::new();
    for item in view.items() {
        let (text, kind) = match &item.kind {
            ItemKind::Message(v) if v.expired => (String::new(), LineKind::Notice),
            ItemKind::Message(v) => {
                let kind = if item.sender.as_str() == me {
                    LineKind::Mine
                } else {
                    LineKind::Theirs
                };
                (crate::messages::message_text(v), kind)
            }
            ItemKind::NotApplied(n) if n.reason.is_refusal() => (
                format!("{} {}", n.action.as_str(), n.reason),
                LineKind::Notice,
            ),
            ItemKind::NotApplied(_) => (String::new(), LineKind::Notice),
            ItemKind::Other(body) => (other_text(body, i18n), LineKind::Notice),
        };
        if !text.is_empty() {
            out.push(Line {
                seq: item.seq,
                sender: who(&item.sender),
                device: item.sender_device.0,
                at: item.at,
                text,
                kind,
            });
        }
        for call in call_entries.remove(&item.seq).unwrap_or_default() {
            out.push(Line {
                seq: item.seq,
                sender: who(&item.sender),
                device: item.sender_device.0,
                at: item.at,
                text: call,
                kind: LineKind::Notice,
            });
        }
    }
    out
}

/// The text of an entry that is not a message: membership, ledger, timers; nothing for
/// what the history does not show (names, call signals, receipts).
fn other_text(body: &HistoryBody, i18n: &conclave_i18n::Localizer) -> String {
    match body {
        HistoryBody::Message { content, .. } => match content {
            Content::GroupMeta { .. } | Content::Call { .. } | Content::Receipt { .. } => {
                String::new()
            }
            // The client core's words as a catalogue message, in the UI's language.
            other => conclave_client::words(i18n, &other.phrase()),
        },
        HistoryBody::Membership { added, removed } => chat::membership_text(i18n, added, removed),
        HistoryBody::Joined => i18n.format("history-joined", &[]),
        HistoryBody::Unreadable { reason } => i18n.format(
            "history-unreadable",
            &[("reason", conclave_i18n::Arg::Str(reason))],
        ),
        HistoryBody::FellBehind => i18n.format("history-fell-behind", &[]),
        HistoryBody::Removed { .. } => String::new(),
    }
}

fn ledger_view(
    m: &Messenger,
    group: &GroupId,
    i18n: &conclave_i18n::Localizer,
) -> anyhow::Result<LedgerView> {
    let book = Ledger::for_conversation(m.engine(), group)?;
    let mut view = LedgerView::default();
    let mut per_member: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (currency, members) in book.balances() {
        for (member, b) in members {
            let text = ledger::format_minor(*b, Some(*currency));
            let text = if *b > 0 { format!("+{text}") } else { text };
            per_member.entry(member.to_string()).or_default().push(text);
        }
    }
    view.balances = per_member
        .into_iter()
        .map(|(k, v)| (k, v.join(", ")))
        .collect();
    view.settle_up = book
        .settle_up()
        .into_iter()
        .map(|t| {
            let (from, to) = (t.from.to_string(), t.to.to_string());
            let amount = Money(t.amount, t.currency).to_string();
            i18n.format(
                "cli-ledger-pays",
                &[
                    ("from", conclave_i18n::Arg::Str(&from)),
                    ("to", conclave_i18n::Arg::Str(&to)),
                    ("amount", conclave_i18n::Arg::Str(&amount)),
                ],
            )
        })
        .collect();
    view.entries = book
        .records()
        .iter()
        .rev()
        .take(50)
        .map(|r| {
            let date = match &r.body {
                RecordBody::Entry { entry, .. } => entry.date().to_string(),
                _ => Date::of(r.recorded_at).to_string(),
            };
            format!(
                "{} {date} {}",
                r.id.short(),
                conclave_client::words(i18n, &r.phrase())
            )
        })
        .collect();
    Ok(view)
}

async fn members_view(
    m: &Messenger,
    group: &GroupId,
    i18n: &conclave_i18n::Localizer,
) -> anyhow::Result<MembersView> {
    let you = i18n.t("members-you");
    let mut by_account: BTreeMap<Username, Vec<String>> = BTreeMap::new();
    for d in m.engine().members(group)? {
        by_account
            .entry(d.username.clone())
            .or_default()
            .push(d.device.0.to_string());
    }
    let mut view = MembersView::default();
    for (account, devices) in by_account {
        let safety = if account == m.me().username {
            you.clone()
        } else {
            match m.safety_number(&account).await {
                Ok((number, Some(true))) => with_text(
                    i18n,
                    "members-safety-number-verified",
                    "number",
                    &number.to_string(),
                ),
                Ok((number, _)) => {
                    with_text(i18n, "members-safety-number", "number", &number.to_string())
                }
                Err(e) => with_text(
                    i18n,
                    "members-no-safety-number",
                    "error",
                    &crate::errors::describe(&e),
                ),
            }
        };
        view.members.push((account.to_string(), devices, safety));
    }
    Ok(view)
}

/// Puts the terminal back however the TUI ends (errors and panics too).
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> anyhow::Result<TerminalGuard> {
        enable_raw_mode().context("this needs an interactive terminal")?;
        execute!(
            std::io::stdout(),
            EnterAlternateScreen,
            term_event::EnableMouseCapture
        )?;
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            hook(info);
        }));
        Ok(TerminalGuard)
    }
}

fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        term_event::DisableMouseCapture,
        LeaveAlternateScreen
    );
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

struct Runtime<'h> {
    home: &'h Home,
    marks: ReadMarks,
    app: App,
    bell: bool,
    /// Who types where (from the signals the session relays), and what this device said.
    typing: Typing,
    typing_sender: TypingSender,
}

impl Runtime<'_> {
    fn refresh(&mut self, m: &Messenger) {
        let convs = conversations(m, &self.marks);
        self.app.set_conversations(convs);
        if let Some(g) = self.app.selected.clone() {
            self.app.lines = lines(m, &g, &self.app.i18n);
            self.mark_read(m, &g);
        }
        let convs = conversations(m, &self.marks);
        self.app.set_conversations(convs);
    }

    fn mark_read(&mut self, m: &Messenger, g: &GroupId) {
        let last = m.engine().history(g).last().map_or(0, |h| h.seq);
        if self.marks.get(g) != last {
            self.marks.set(g, last);
            self.marks.save(self.home);
        }
    }

    /// Takes the typing signals the session received, lets shown typing run out, and words
    /// the open conversation's line.
    fn take_signals(&mut self, m: &mut Messenger) {
        let me = m.me().username.clone();
        let at = conclave_client::messenger::now();
        for received in m.take_signals() {
            self.typing.on_signal(&received, &me, at);
        }
        self.typing.expire(at);
        self.word_typing();
    }

    fn word_typing(&mut self) {
        let at = conclave_client::messenger::now();
        let line = self
            .app
            .selected
            .as_ref()
            .and_then(|g| self.typing.line(g, at));
        let i18n = &self.app.i18n;
        self.app.typing = line.map(|line| match line {
            TypingLine::One(name) => i18n.format("typing-one", &[("name", name.as_str().into())]),
            TypingLine::Two(a, b) => i18n.format(
                "typing-two",
                &[("first", a.as_str().into()), ("second", b.as_str().into())],
            ),
            TypingLine::Several(_) => i18n.t("typing-several"),
        });
    }

    /// Tells the open conversation's members whether this device's compose line holds text,
    /// when a signal is due (best effort: a signal that cannot go out is dropped).
    async fn composing(&mut self, m: &mut Messenger) {
        let Some(g) = self.app.selected.clone() else {
            return;
        };
        let typing = !self.app.compose.trim().is_empty();
        let at = conclave_client::messenger::now();
        if let Some(signal) = self.typing_sender.update(&g, typing, at) {
            let _ = m.send_signal(&g, signal).await;
        }
    }

    /// How long the loop may wait before shown typing runs out.
    fn typing_wait(&self) -> Duration {
        let longest = Duration::from_secs(20);
        self.typing.next_expiry().map_or(longest, |t| {
            let ms = t.0 - conclave_client::messenger::now().0;
            Duration::from_millis(ms.clamp(50, 20_000) as u64)
        })
    }

    /// New messages from others outside the open conversation ring the bell.
    fn on_events(&mut self, events: &[Event]) {
        for e in events {
            if let Event::Message(msg) = e {
                self.typing.on_stored(msg);
            }
        }
        self.word_typing();
        let other = events.iter().any(|e| match e {
            Event::Message(msg) => {
                Some(&msg.group) != self.app.selected.as_ref()
                    && msg.sender.as_str() != self.app.me
                    && is_shown(msg)
            }
            _ => false,
        });
        if other && self.bell {
            let _ = std::io::stdout().write_all(b"\x07");
            let _ = std::io::stdout().flush();
        }
    }

    async fn perform(&mut self, m: &mut Messenger, action: Action) -> anyhow::Result<bool> {
        match action {
            Action::Quit => return Ok(false),
            Action::Open(_) => {
                self.app.notice = None;
                self.refresh(m);
            }
            Action::Send(g, text) => match m.send(&g, Content::Text { text }).await {
                Ok(sent) => {
                    self.app.notice = Some(
                        self.app
                            .i18n
                            .format("notice-sent", &[("seq", sent.seq.into())]),
                    );
                    self.refresh(m);
                }
                Err(e) => {
                    let error = crate::errors::describe(&e);
                    self.app.notice = Some(with_text(
                        &self.app.i18n,
                        "notice-not-sent",
                        "error",
                        &error,
                    ));
                    if chat::connection_lost(&e) {
                        return Err(e.into());
                    }
                }
            },
            Action::ShowLedger(g) => match ledger_view(m, &g, &self.app.i18n) {
                Ok(v) => self.app.panel = Panel::Ledger(v),
                Err(e) => {
                    let error = crate::errors::describe_any(&e);
                    self.app.notice = Some(with_text(
                        &self.app.i18n,
                        "notice-ledger-failed",
                        "error",
                        &error,
                    ));
                }
            },
            Action::ShowMembers(g) => match members_view(m, &g, &self.app.i18n).await {
                Ok(v) => self.app.panel = Panel::Members(v),
                Err(e) => {
                    let error = crate::errors::describe_any(&e);
                    self.app.notice = Some(with_text(
                        &self.app.i18n,
                        "notice-members-failed",
                        "error",
                        &error,
                    ));
                }
            },
            Action::AddEntry(g, form) => {
                let members: Vec<String> = ledger::member_accounts(&m.engine().members(&g)?)
                    .into_iter()
                    .map(|u| u.to_string())
                    .collect();
                let outcome = async {
                    let op = form
                        .to_form(&members)
                        .parse(Date::of(chat::now()))
                        .map_err(|e| (e.field.to_owned(), e.message.clone()))?;
                    m.reconcile(&g)
                        .await
                        .map_err(|e| (String::new(), e.to_string()))?;
                    let now_members = ledger::member_accounts(
                        &m.engine()
                            .members(&g)
                            .map_err(|e| (String::new(), e.to_string()))?,
                    );
                    Ledger::for_conversation(m.engine(), &g)
                        .map_err(|e| (String::new(), e.to_string()))?
                        .check(&op, &m.me().username.clone(), &now_members)
                        .map_err(|e| (String::new(), e.to_string()))?;
                    m.send(&g, ledger::content(op))
                        .await
                        .map_err(|e| (String::new(), e.to_string()))
                }
                .await;
                match outcome {
                    Ok(sent) => {
                        self.app.notice = Some(
                            self.app
                                .i18n
                                .format("notice-entry-added", &[("seq", sent.seq.into())]),
                        );
                        self.app.panel = Panel::Ledger(ledger_view(m, &g, &self.app.i18n)?);
                        self.refresh(m);
                    }
                    Err((field, message)) => {
                        let mut form = *form;
                        form.error = Some((field, message));
                        self.app.panel = Panel::AddEntry(form);
                    }
                }
            }
        }
        Ok(true)
    }
}

enum Wake {
    Term(TermEvent),
    Push(Result<(), MessengerError>),
    Handover,
    InputClosed,
}

pub async fn run(home: &Home, args: TuiArgs) -> anyhow::Result<()> {
    let opened = home.open()?;
    let server = format!(
        "{}:{}",
        opened.device.server.host, opened.device.server.port
    );
    let (device, mut m) = opened.connect().await?;
    let handover = lock::Handover::listen(&home.dir)?;
    let mut rt = Runtime {
        home,
        marks: ReadMarks::load(home),
        app: App::new(&device.username, device.device_id, &server),
        bell: !args.no_bell,
        typing: Typing::default(),
        typing_sender: TypingSender::default(),
    };
    rt.app.i18n = match &args.lang {
        Some(tag) => conclave_i18n::Localizer::negotiate(&[tag.as_str()], false),
        None => conclave_i18n::Localizer::from_env(false),
    };
    rt.app.vim = args.vim;
    rt.app.unread_first = args.unread_first;
    let theme = view::Theme {
        color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let _ = m.take_events();
    rt.refresh(&m);

    let (tx, mut rx) = tokio::sync::mpsc::channel::<TermEvent>(256);
    std::thread::spawn(move || {
        loop {
            match term_event::poll(Duration::from_millis(200)) {
                Ok(true) => match term_event::read() {
                    Ok(ev) => {
                        if tx.blocking_send(ev).is_err() {
                            return;
                        }
                    }
                    Err(_) => return,
                },
                Ok(false) => {
                    if tx.is_closed() {
                        return;
                    }
                }
                Err(_) => return,
            }
        }
    });

    let _guard = TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(std::io::stdout()))?;
    terminal.clear()?;
    loop {
        terminal.draw(|f| view::draw(f, &mut rt.app, theme))?;
        let wake = tokio::select! {
            ev = rx.recv() => ev.map_or(Wake::InputClosed, Wake::Term),
            r = m.wait_for_push(rt.typing_wait()) => Wake::Push(r),
            _ = handover.requested() => Wake::Handover,
        };
        let result: anyhow::Result<bool> = match wake {
            Wake::InputClosed => Ok(false),
            Wake::Term(TermEvent::Key(key)) if key.kind != KeyEventKind::Release => {
                let result = match rt.app.handle_key(key) {
                    Some(action) => rt.perform(&mut m, action).await,
                    None => Ok(true),
                };
                rt.composing(&mut m).await;
                rt.word_typing();
                result
            }
            Wake::Term(TermEvent::Mouse(ev)) => match rt.app.handle_mouse(ev) {
                Some(action) => rt.perform(&mut m, action).await,
                None => Ok(true),
            },
            Wake::Term(_) => Ok(true),
            Wake::Push(Ok(())) => {
                rt.take_signals(&mut m);
                match m.sync().await {
                    Ok(events) => {
                        rt.on_events(&events);
                        rt.refresh(&m);
                        Ok(true)
                    }
                    Err(e) => Err(e.into()),
                }
            }
            Wake::Push(Err(e)) => Err(e.into()),
            Wake::Handover => {
                rt.app.status = Status::Paused;
                terminal.draw(|f| view::draw(f, &mut rt.app, theme))?;
                m.close().await;
                lock::hand_over(&home.dir).await?;
                let (_, again) = home.open()?.connect().await?;
                m = again;
                let events = m.take_events();
                rt.on_events(&events);
                rt.app.status = Status::Connected;
                rt.refresh(&m);
                Ok(true)
            }
        };
        match result {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let lost_connection = e
                    .downcast_ref::<MessengerError>()
                    .is_some_and(chat::connection_lost);
                if !lost_connection {
                    let error = crate::errors::describe_any(&e);
                    rt.app.notice = Some(with_text(&rt.app.i18n, "notice-error", "error", &error));
                    continue;
                }
                // Reconnect by itself, showing it; keys still work (q quits).
                let mut wait = Duration::from_millis(200);
                loop {
                    rt.app.status = Status::Reconnecting(crate::errors::describe_any(&e));
                    terminal.draw(|f| view::draw(f, &mut rt.app, theme))?;
                    match m.reconnect().await {
                        Ok(events) => {
                            rt.on_events(&events);
                            rt.app.status = Status::Connected;
                            rt.app.notice = Some(rt.app.t("notice-reconnected"));
                            rt.refresh(&m);
                            break;
                        }
                        Err(_) => {
                            let quit = tokio::select! {
                                ev = rx.recv() => matches!(
                                    ev.map(|ev| match ev {
                                        TermEvent::Key(k) => rt.app.handle_key(k),
                                        _ => None,
                                    }),
                                    None | Some(Some(Action::Quit))
                                ),
                                _ = tokio::time::sleep(wait) => false,
                            };
                            if quit {
                                drop(terminal);
                                m.close().await;
                                return Ok(());
                            }
                            wait = (wait * 2).min(Duration::from_secs(5));
                        }
                    }
                }
            }
        }
    }
    drop(terminal);
    m.close().await;
    Ok(())
}
