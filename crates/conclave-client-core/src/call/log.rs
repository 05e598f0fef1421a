//! The calls of a conversation: a pure function of its history and the caller's clock.
//!
//! There is no call state to synchronise. [`CallLog::from_history`] folds the conversation's
//! call signals in server (`seq`) order, so every device holding the same history finds the same
//! calls, participants, ends and durations. Times are the senders' clocks carried inside the
//! encrypted envelopes (the same bytes on every device), made monotonic along the order (a signal
//! never counts as earlier than the one before it), so durations are never negative. The only
//! input that differs between devices is `now`: it decides whether an unanswered invitation
//! still rings, and closes calls whose time ran out ([`RING_MS`], [`CALL_MS_MAX`]) at that
//! limit, a fixed point of the history, so the outcome is the same wherever it is computed once
//! `now` has passed it.
//!
//! Every signal that cannot apply (an unknown call id, a call that is over, a `Leave` from a
//! device not in the call, an unreadable signal) changes nothing and is listed in
//! [`CallLog::ignored`] with its reason. Who sent a signal is the MLS-authenticated sender: a
//! non-member cannot produce one, and the server cannot forge one.

use std::collections::{BTreeMap, BTreeSet};

use conclave_proto::{DeviceId, GroupId, Timestamp, Username};

use super::{
    CallId, CallSignal, Media, MediaSession,
    limits::{CALL_MS_MAX, RING_MS},
};
use crate::{Engine, EngineError, HistoryBody, MemberDevice, StoredMessage, envelope::Content};

/// A device: its account and id.
pub type Participant = (Username, DeviceId);

/// One call of a conversation, as the history has it so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub id: CallId,
    pub media: Media,
    pub caller: Username,
    pub caller_device: DeviceId,
    pub invited_at: Timestamp,
    pub invite_seq: u64,
    /// The member accounts when it started, the caller's excepted: whose devices rang.
    pub invited: BTreeSet<Username>,
    /// When a device of another account than the caller's first joined.
    pub answered_at: Option<Timestamp>,
    /// The devices in the call now, with their media session.
    pub in_call: BTreeMap<Participant, Option<MediaSession>>,
    /// Every account that had a device in the call (the caller's included).
    pub people: BTreeSet<Username>,
    /// Accounts that answered (their devices stop ringing).
    pub accepted: BTreeSet<Username>,
    /// Accounts that declined and did not join afterwards.
    pub declined: BTreeSet<Username>,
    /// Devices that said they ring.
    pub ringing: BTreeSet<Participant>,
    pub ended: Option<Ended>,
    /// The last signal that applied to it.
    pub last_seq: u64,
}

/// How and when a call ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ended {
    pub at: Timestamp,
    /// Where it ended in the history: the signal (or commit) that ended it, or for a call
    /// whose time ran out, its last signal.
    pub seq: u64,
    pub reason: EndReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndReason {
    /// Its last device left (or was removed from the conversation).
    AllLeft,
    /// Hung up for everyone by this account.
    HungUp(Username),
    /// No other member answered within the ring time.
    NotAnswered,
    /// Every other member declined.
    Declined,
    /// Open for [`CALL_MS_MAX`].
    TooLong,
}

/// What a call that is over was for one account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The call took place and this account was in it: `people` accounts, for `duration_ms`
    /// (from the first answer to the end).
    Held { duration_ms: i64, people: usize },
    /// This account was called and was not in it (did not answer, was offline, or declined).
    Missed { from: Username, declined: bool },
    /// This account called and no one answered; these accounts declined.
    NotAnswered { declined_by: Vec<Username> },
}

/// What a call's history line says for one account at one time (`Call::line`): the words are
/// the front end's (`describe` in English, the web page from its catalogue).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line<'a> {
    Over(Outcome),
    /// Open and ringing this account's devices.
    Ringing {
        caller: &'a Username,
    },
    /// Open: the accounts with a device in it now.
    InProgress {
        people: BTreeSet<&'a Username>,
    },
}

/// A catalogue message: its id and its arguments, for a front end's localizer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallMessage {
    pub id: String,
    pub args: Vec<(&'static str, MessageArg)>,
}

impl CallMessage {
    fn new(id: &str, args: Vec<(&'static str, MessageArg)>) -> Self {
        CallMessage {
            id: id.to_owned(),
            args,
        }
    }
}

/// An argument of a [`CallMessage`]: text (names, isolated by the localizer), a number
/// (which selects plurals), or a message formatted first (a duration).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageArg {
    Text(String),
    Number(i64),
    Message(Box<CallMessage>),
}

/// A call's length as it is shown: under a minute in seconds, under an hour in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Seconds(i64),
    Minutes(i64),
    Hours { h: i64, min: i64 },
}

impl Length {
    pub fn of_ms(ms: i64) -> Length {
        let secs = ms.max(0) / 1000;
        match secs {
            0..60 => Length::Seconds(secs),
            60..3600 => Length::Minutes(secs / 60),
            _ => Length::Hours {
                h: secs / 3600,
                min: secs % 3600 / 60,
            },
        }
    }
}

/// A signal that changed nothing, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    pub seq: u64,
    pub sender: Username,
    pub device: DeviceId,
    pub reason: String,
}

/// The calls of one conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallLog {
    calls: Vec<Call>,
    ignored: Vec<Ignored>,
}

impl Call {
    pub fn is_over(&self) -> bool {
        self.ended.is_some()
    }

    /// Whether `account`'s devices ring for this call at `now`.
    pub fn rings_for(&self, account: &Username, now: Timestamp) -> bool {
        self.ended.is_none()
            && *account != self.caller
            && !self.people.contains(account)
            && !self.accepted.contains(account)
            && !self.declined.contains(account)
            && now.0 < self.invited_at.0.saturating_add(RING_MS)
    }

    /// Whether this device is in the call.
    pub fn has(&self, account: &Username, device: DeviceId) -> bool {
        self.in_call.contains_key(&(account.clone(), device))
    }

    /// From the first answer to the end, once both happened.
    pub fn duration_ms(&self) -> Option<i64> {
        let ended = self.ended.as_ref()?;
        Some(ended.at.0.saturating_sub(self.answered_at?.0).max(0))
    }

    /// What the call was for `account`, once it is over.
    pub fn outcome_for(&self, account: &Username) -> Option<Outcome> {
        self.ended.as_ref()?;
        if let (Some(duration_ms), true) = (self.duration_ms(), self.people.contains(account)) {
            return Some(Outcome::Held {
                duration_ms,
                people: self.people.len(),
            });
        }
        // Unanswered, only the caller's account was ever in it.
        if *account == self.caller {
            return Some(Outcome::NotAnswered {
                declined_by: self.declined.iter().cloned().collect(),
            });
        }
        Some(Outcome::Missed {
            from: self.caller.clone(),
            declined: self.declined.contains(account),
        })
    }

    /// What the history line says for `account` at `now`.
    pub fn line(&self, account: &Username, now: Timestamp) -> Line<'_> {
        match self.outcome_for(account) {
            Some(outcome) => Line::Over(outcome),
            None if self.rings_for(account, now) => Line::Ringing {
                caller: &self.caller,
            },
            None => Line::InProgress {
                people: self.in_call.keys().map(|(u, _)| u).collect(),
            },
        }
    }

    /// The history line for `account` at `now` as a catalogue message (the web's and the
    /// terminal's share the ids): one id per outcome and medium (`call-held-video`), the
    /// duration a message of its own (`duration-minutes`), names joined with ", ".
    pub fn message(&self, account: &Username, now: Timestamp) -> CallMessage {
        let names = |list: &mut dyn Iterator<Item = &Username>| {
            MessageArg::Text(list.map(Username::as_str).collect::<Vec<_>>().join(", "))
        };
        let text = |u: &Username| MessageArg::Text(u.as_str().to_owned());
        let num = |n: usize| MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        let (id, args) = match self.line(account, now) {
            Line::Over(Outcome::Held {
                duration_ms,
                people,
            }) => {
                let duration = match Length::of_ms(duration_ms) {
                    Length::Seconds(n) => {
                        CallMessage::new("duration-seconds", vec![("n", MessageArg::Number(n))])
                    }
                    Length::Minutes(n) => {
                        CallMessage::new("duration-minutes", vec![("n", MessageArg::Number(n))])
                    }
                    Length::Hours { h, min } => CallMessage::new(
                        "duration-hours",
                        vec![
                            ("h", MessageArg::Number(h)),
                            ("min", MessageArg::Number(min)),
                        ],
                    ),
                };
                (
                    "call-held",
                    vec![
                        ("people", num(people)),
                        ("duration", MessageArg::Message(Box::new(duration))),
                    ],
                )
            }
            Line::Over(Outcome::Missed { from, declined }) => (
                if declined {
                    "call-missed-declined"
                } else {
                    "call-missed"
                },
                vec![("from", text(&from))],
            ),
            Line::Over(Outcome::NotAnswered { declined_by }) if declined_by.is_empty() => {
                ("call-not-answered", vec![])
            }
            Line::Over(Outcome::NotAnswered { declined_by }) => (
                "call-declined-by",
                vec![("names", names(&mut declined_by.iter()))],
            ),
            Line::Ringing { caller } => ("call-ringing", vec![("caller", text(caller))]),
            Line::InProgress { people } => (
                "call-in-progress",
                vec![
                    ("count", num(people.len())),
                    ("names", names(&mut people.into_iter())),
                ],
            ),
        };
        CallMessage {
            id: format!("{id}-{}", self.media.as_str()),
            args,
        }
    }

    /// One line for `account` at `now`: `call, 12 min, 3 people`, `missed call from alice`,
    /// `call declined by bob`, `alice is calling`, `call in progress, 2 people in it`.
    pub fn describe(&self, account: &Username, now: Timestamp) -> String {
        let call = match self.media {
            Media::Audio => "call",
            Media::Video => "video call",
        };
        let names = |list: &mut dyn Iterator<Item = &Username>| {
            list.map(Username::as_str).collect::<Vec<_>>().join(", ")
        };
        match self.line(account, now) {
            Line::Over(Outcome::Held {
                duration_ms,
                people,
            }) => format!("{call}, {}, {people} people", duration_text(duration_ms)),
            Line::Over(Outcome::Missed {
                from,
                declined: false,
            }) => format!("missed {call} from {from}"),
            Line::Over(Outcome::Missed {
                from,
                declined: true,
            }) => format!("missed {call} from {from} (declined)"),
            Line::Over(Outcome::NotAnswered { declined_by }) if declined_by.is_empty() => {
                format!("{call} not answered")
            }
            Line::Over(Outcome::NotAnswered { declined_by }) => {
                format!("{call} declined by {}", names(&mut declined_by.iter()))
            }
            Line::Ringing { caller } => format!("{caller} is calling ({call})"),
            Line::InProgress { people } => format!(
                "{call} in progress, {} in it ({})",
                count(people.len(), "person", "people"),
                names(&mut people.into_iter())
            ),
        }
    }

    /// Where the call shows in the history: where it ended, or its last signal while open.
    pub fn entry_seq(&self) -> u64 {
        self.ended.as_ref().map_or(self.last_seq, |e| e.seq)
    }

    fn end(&mut self, at: Timestamp, seq: u64, reason: EndReason) {
        self.in_call.clear();
        self.ended = Some(Ended { at, seq, reason });
    }

    /// Closes the call if its time ran out by `t`.
    fn expire(&mut self, t: Timestamp) {
        if self.ended.is_some() {
            return;
        }
        let ring_end = self.invited_at.0.saturating_add(RING_MS);
        let longest = self.invited_at.0.saturating_add(CALL_MS_MAX);
        // An account that accepted is on its way in (its `Join` follows): no longer ringing.
        if self.answered_at.is_none() && self.accepted.is_empty() && t.0 >= ring_end {
            self.end(Timestamp(ring_end), self.last_seq, EndReason::NotAnswered);
        } else if t.0 >= longest {
            self.end(Timestamp(longest), self.last_seq, EndReason::TooLong);
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `40 s`, `12 min`, `1 h 5 min`.
pub fn duration_text(ms: i64) -> String {
    match Length::of_ms(ms) {
        Length::Seconds(n) => format!("{n} s"),
        Length::Minutes(n) => format!("{n} min"),
        Length::Hours { h, min } => format!("{h} h {min} min"),
    }
}

impl CallLog {
    /// The calls of one conversation's history (as [`Engine::history`] returns it: server
    /// order), given the conversation's current member devices, at `now` (the caller's clock).
    /// Membership at each point of the history is the current one with the later changes
    /// undone, as for the ledger.
    pub fn from_history(
        history: &[StoredMessage],
        members_now: &[MemberDevice],
        now: Timestamp,
    ) -> CallLog {
        let mut ordered: Vec<&StoredMessage> = history.iter().collect();
        ordered.sort_by_key(|m| m.seq);
        let mut devices = crate::engine::devices_at_start(&ordered, members_now);

        let mut log = CallLog::default();
        let mut clock = i64::MIN;
        for m in &ordered {
            match &m.body {
                HistoryBody::Membership { added, removed } => {
                    for d in removed {
                        let device = (d.username.clone(), d.device);
                        devices.remove(&device);
                        log.removed(&device, Timestamp(clock), m.seq);
                    }
                    for d in added {
                        devices.insert((d.username.clone(), d.device));
                    }
                }
                HistoryBody::Message {
                    sent_at,
                    content: Content::Call { signal },
                    ..
                } => {
                    clock = clock.max(sent_at.0);
                    let t = Timestamp(clock);
                    log.expire(t);
                    let accounts: BTreeSet<Username> =
                        devices.iter().map(|(u, _)| u.clone()).collect();
                    log.apply(m, signal, t, &accounts);
                }
                _ => {}
            }
        }
        log.expire(now);
        log
    }

    /// The calls of a conversation this engine holds, at `now`.
    pub fn for_conversation(
        engine: &Engine,
        group: &GroupId,
        now: Timestamp,
    ) -> Result<CallLog, EngineError> {
        Ok(CallLog::from_history(
            &engine.history(group),
            &engine.members(group)?,
            now,
        ))
    }

    /// Every call, in the order they started.
    pub fn calls(&self) -> &[Call] {
        &self.calls
    }

    pub fn call(&self, id: &CallId) -> Option<&Call> {
        self.calls.iter().find(|c| c.id == *id)
    }

    /// The call running in the conversation (at most one at a time).
    pub fn open(&self) -> Option<&Call> {
        self.calls.iter().find(|c| !c.is_over())
    }

    /// Signals that changed nothing, with their reasons, in history order.
    pub fn ignored(&self) -> &[Ignored] {
        &self.ignored
    }

    fn expire(&mut self, t: Timestamp) {
        for c in &mut self.calls {
            c.expire(t);
        }
    }

    /// A device removed from the conversation is out of its call.
    fn removed(&mut self, device: &Participant, t: Timestamp, seq: u64) {
        for c in self.calls.iter_mut().filter(|c| !c.is_over()) {
            if c.in_call.remove(device).is_some() {
                c.last_seq = seq;
                if c.in_call.is_empty() {
                    c.end(t, seq, EndReason::AllLeft);
                }
            }
        }
    }

    fn ignore(&mut self, m: &StoredMessage, reason: String) {
        self.ignored.push(Ignored {
            seq: m.seq,
            sender: m.sender.clone(),
            device: m.sender_device,
            reason,
        });
    }

    fn apply(
        &mut self,
        m: &StoredMessage,
        signal: &CallSignal,
        t: Timestamp,
        members: &BTreeSet<Username>,
    ) {
        let who = (m.sender.clone(), m.sender_device);
        let call_id = match signal {
            CallSignal::Unreadable(u) => {
                return self.ignore(m, format!("unreadable call signal: {}", u.reason));
            }
            CallSignal::Invite { call_id, media } => {
                if self.call(call_id).is_some() {
                    return self.ignore(
                        m,
                        format!("an invitation to call {}, which was already started (a repeated call id)", call_id.short()),
                    );
                }
                if let Some(open) = self.open() {
                    return self.ignore(
                        m,
                        format!(
                            "an invitation while call {} is running in this conversation (join it instead)",
                            open.id.short()
                        ),
                    );
                }
                let mut invited = members.clone();
                invited.remove(&m.sender);
                self.calls.push(Call {
                    id: *call_id,
                    media: *media,
                    caller: m.sender.clone(),
                    caller_device: m.sender_device,
                    invited_at: t,
                    invite_seq: m.seq,
                    invited,
                    answered_at: None,
                    in_call: BTreeMap::from([(who.clone(), None)]),
                    people: BTreeSet::from([m.sender.clone()]),
                    accepted: BTreeSet::new(),
                    declined: BTreeSet::new(),
                    ringing: BTreeSet::new(),
                    ended: None,
                    last_seq: m.seq,
                });
                return;
            }
            CallSignal::Ringing { call_id }
            | CallSignal::Accept { call_id }
            | CallSignal::Decline { call_id }
            | CallSignal::Join { call_id, .. }
            | CallSignal::Leave { call_id }
            | CallSignal::End { call_id } => *call_id,
        };
        let kind = signal.kind();
        let Some(call) = self.calls.iter_mut().find(|c| c.id == call_id) else {
            return self.ignore(
                m,
                format!(
                    "a {kind} for call {}, which was never started in this conversation (no invitation for it in the history)",
                    call_id.short()
                ),
            );
        };
        if call.is_over() {
            return self.ignore(
                m,
                format!(
                    "a {kind} for call {}, which had already ended",
                    call_id.short()
                ),
            );
        }
        let caller = call.caller == m.sender;
        let refusal = match signal {
            CallSignal::Ringing { .. } if caller => Some("the caller's devices do not ring"),
            CallSignal::Ringing { .. } => {
                call.ringing.insert(who);
                None
            }
            CallSignal::Accept { .. } | CallSignal::Decline { .. } if caller => {
                Some("the caller's account cannot answer or decline its own call")
            }
            CallSignal::Accept { .. } => {
                call.accepted.insert(m.sender.clone());
                call.declined.remove(&m.sender);
                None
            }
            CallSignal::Decline { .. } if call.in_call.keys().any(|(u, _)| *u == m.sender) => {
                Some("this account is in the call (a Leave leaves it)")
            }
            CallSignal::Decline { .. } => {
                call.declined.insert(m.sender.clone());
                call.accepted.remove(&m.sender);
                if call.answered_at.is_none()
                    && !call.invited.is_empty()
                    && call.invited.is_subset(&call.declined)
                {
                    call.end(t, m.seq, EndReason::Declined);
                }
                None
            }
            CallSignal::Join { session, .. } => {
                call.in_call.insert(who, session.clone());
                call.people.insert(m.sender.clone());
                if !caller {
                    call.accepted.insert(m.sender.clone());
                    call.declined.remove(&m.sender);
                    call.answered_at.get_or_insert(t);
                }
                None
            }
            CallSignal::Leave { .. } => {
                if call.in_call.remove(&who).is_none() {
                    Some("this device is not in the call")
                } else {
                    if call.in_call.is_empty() {
                        call.end(t, m.seq, EndReason::AllLeft);
                    }
                    None
                }
            }
            CallSignal::End { .. } if caller || call.in_call.contains_key(&who) => {
                call.end(t, m.seq, EndReason::HungUp(m.sender.clone()));
                None
            }
            CallSignal::End { .. } => {
                Some("only a device in the call, or the caller, can end it for everyone")
            }
            // Handled above.
            CallSignal::Invite { .. } | CallSignal::Unreadable(_) => None,
        };
        match refusal {
            Some(why) => {
                let short = call.id.short();
                self.ignore(m, format!("a {kind} for call {short}: {why}"));
            }
            None => call.last_seq = m.seq,
        }
    }
}
