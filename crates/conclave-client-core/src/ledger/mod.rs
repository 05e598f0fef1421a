//! The shared ledger of a conversation: payments and debts between its members, end-to-end
//! encrypted like every other message.
//!
//! Entries travel as [`Content::Ledger`] application messages (typed, versioned: see
//! [`LedgerPayload`]); MLS authenticates the sending device. There is no ledger state to
//! synchronise: [`Ledger::from_history`] folds the conversation's history in server order, so
//! every device that holds the same history computes the same ledger, entry for entry and to
//! the minor unit. Each entry is checked where it lands in that order (its parties must be
//! members at that point, a reversal must name an earlier entry not yet reversed, no balance may
//! overflow); an entry that fails is kept as [`RecordBody::Rejected`] with its reason, on every
//! device alike. Entries are append-only: a mistake is undone by a [`Reversal`], never edited.
//!
//! Amounts are integers of minor units ([`Amount`], i64, checked arithmetic); there is no
//! floating point anywhere in the ledger.
//!
//! For front ends (the CLI, the web app):
//!
//! ```no_run
//! # fn demo(engine: &conclave_client_core::Engine, group: &conclave_proto::GroupId, today: conclave_client_core::ledger::Date) -> Result<(), Box<dyn std::error::Error>> {
//! use conclave_client_core::ledger::{self, EntryDraft, EntryKind, LedgerOp, SplitSpec};
//! let book = ledger::Ledger::for_conversation(engine, group)?;
//! for record in book.records() { println!("{}", record.describe()); }
//! let balances = book.balances();          // currency -> member -> minor units (sum 0)
//! let transfers = book.settle_up();        // the fewest transfers that settle everything
//! let draft = EntryDraft {
//!     kind: EntryKind::Payment, amount: "12.50".into(), currency: "EUR".into(),
//!     from: "alice".into(), split: SplitSpec::To("bob".into()),
//!     date: None, memo: Some("dinner".into()), reference: None,
//! };
//! let op = LedgerOp::Entry(draft.parse(today)?);
//! book.check(&op, &engine.me().username, &ledger::member_accounts(&engine.members(group)?))?;
//! let content = ledger::content(op);       // then Messenger::send(group, content)
//! # let _ = (balances, transfers, content); Ok(()) }
//! ```
//!
//! A front end with a form (the web app) sends [`EntryForm`] fields and draws
//! [`Ledger::view_json`]; errors come back as [`FormError`]s naming the field.

mod amount;
mod currency;
mod date;
mod entry;
mod error;
mod export;
mod handover;
pub mod limits;
mod payload;
mod settle;
mod view;

use std::collections::{BTreeMap, BTreeSet};

use conclave_proto::{DeviceId, GroupId, Timestamp, Username};

pub use amount::{Amount, Money, format_minor};
pub use currency::Currency;
pub use date::Date;
pub use entry::{
    Entry, EntryDraft, EntryId, EntryKind, EntryParts, LedgerOp, Reversal, Share, Split, SplitSpec,
    allocate,
};
pub use error::LedgerError;
pub use handover::{Discrepancy, HandOver, HandedRecord, Verdict, content as handover_content};
pub use payload::{
    HANDOVER_VERSION, LEDGER_VERSION, LedgerPayload, OP_VERSION, Unreadable, UnreadableReason,
};
pub use settle::Transfer;
pub use view::{EntryForm, FormError, FormShare, currencies_json, reversal_form};

use crate::{
    Engine, EngineError, HistoryBody, MemberDevice, StoredMessage, envelope::Content,
    ledger::limits::BALANCE_MINOR_MAX,
};

/// Balances: currency → member → minor units (positive: is owed; negative: owes). Each
/// currency's balances sum to zero.
pub type Balances = BTreeMap<Currency, BTreeMap<Username, i64>>;

/// The envelope content that records `op`.
pub fn content(op: LedgerOp) -> Content {
    Content::Ledger {
        payload: LedgerPayload::new(op),
    }
}

/// The accounts among these member devices.
pub fn member_accounts(members: &[MemberDevice]) -> BTreeSet<Username> {
    members.iter().map(|m| m.username.clone()).collect()
}

/// One ledger message of the history, as the ledger judged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: EntryId,
    /// The conversation's sequence number: the server's order.
    pub seq: u64,
    /// Who recorded it, from which device (authenticated by MLS).
    pub recorded_by: Username,
    pub device: DeviceId,
    /// When, by the recording device's clock (carried inside the encrypted envelope, so the
    /// same on every device).
    pub recorded_at: Timestamp,
    pub body: RecordBody,
    /// Set when this device did not see the message itself: it joined later, and the record
    /// (with its verdict) came in the hand-over from this member's device.
    pub handed_over_by: Option<(Username, DeviceId)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordBody {
    /// An accepted entry; `reversed_by` once a later reversal undid it.
    Entry {
        entry: Entry,
        reversed_by: Option<EntryId>,
    },
    /// An accepted reversal of an earlier entry.
    Reversal { reversal: Reversal },
    /// Refused where it landed, for this reason (the same on every device); no effect.
    Rejected {
        op: Option<LedgerOp>,
        error: LedgerError,
    },
    /// From a newer client: this device cannot read it yet; no effect here.
    Unreadable { reason: UnreadableReason },
}

impl Record {
    /// One line for people: `alice paid bob 12.50 EUR: dinner`.
    pub fn describe(&self) -> String {
        match &self.body {
            RecordBody::Entry { entry, .. } => LedgerOp::Entry(entry.clone()).describe(),
            RecordBody::Reversal { reversal } => LedgerOp::Reversal(reversal.clone()).describe(),
            RecordBody::Rejected {
                op: Some(op),
                error,
            } => {
                format!("refused: {} ({error})", op.describe())
            }
            RecordBody::Rejected { op: None, error } => format!("refused: {error}"),
            RecordBody::Unreadable { reason } => format!("unreadable: {reason}"),
        }
    }

    /// [`Record::describe`] as a catalogue message (the refusal's and the unreadable reason's
    /// words stay the core's English).
    pub fn phrase(&self) -> crate::call::CallMessage {
        use crate::call::{CallMessage, MessageArg};
        match &self.body {
            RecordBody::Entry { entry, .. } => LedgerOp::Entry(entry.clone()).phrase(),
            RecordBody::Reversal { reversal } => LedgerOp::Reversal(reversal.clone()).phrase(),
            RecordBody::Rejected {
                op: Some(op),
                error,
            } => CallMessage {
                id: "ledger-refused".into(),
                args: vec![
                    ("entry", MessageArg::Message(Box::new(op.phrase()))),
                    ("error", MessageArg::Text(error.to_string())),
                ],
            },
            RecordBody::Rejected { op: None, error } => CallMessage {
                id: "ledger-refused-plain".into(),
                args: vec![("error", MessageArg::Text(error.to_string()))],
            },
            RecordBody::Unreadable { reason } => CallMessage {
                id: "ledger-unreadable".into(),
                args: vec![("reason", MessageArg::Text(reason.to_string()))],
            },
        }
    }

    /// `active`, `reversed`, `reversal`, `rejected` or `unreadable`.
    pub fn status(&self) -> &'static str {
        match &self.body {
            RecordBody::Entry {
                reversed_by: None, ..
            } => "active",
            RecordBody::Entry { .. } => "reversed",
            RecordBody::Reversal { .. } => "reversal",
            RecordBody::Rejected { .. } => "rejected",
            RecordBody::Unreadable { .. } => "unreadable",
        }
    }
}

/// A conversation's ledger, computed from its history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    records: Vec<Record>,
    /// Entry id → index in `records` (the first record with that id).
    index: BTreeMap<EntryId, usize>,
    balances: Balances,
    /// Hand-overs that differ from what this device holds.
    discrepancies: Vec<Discrepancy>,
    /// Who handed this device the records from before it joined, and where it joined.
    handed_over: Option<(Username, DeviceId, u64)>,
}

/// What an accepted operation changes.
struct Effect {
    currency: Currency,
    deltas: Vec<(Username, i64)>,
    reverses: Option<usize>,
}

impl Ledger {
    /// An empty ledger.
    pub fn new() -> Ledger {
        Ledger::default()
    }

    /// The ledger of one conversation's history (as [`Engine::history`] returns it: server
    /// order), given the conversation's current member devices, as a device that holds the
    /// whole history sees it. Membership at each point of the history is the current one with
    /// the later membership changes undone; a device holds every change since it joined, so this
    /// is exact for everything it can see.
    pub fn from_history(history: &[StoredMessage], members_now: &[MemberDevice]) -> Ledger {
        Ledger::from_history_of(history, members_now, None)
    }

    /// The ledger as device `me` sees it: when `me` joined after the conversation began and a
    /// member's device handed it the earlier records (see [`HandOver`]), those come first, then
    /// its own history from the commit that added it.
    pub fn from_history_of(
        history: &[StoredMessage],
        members_now: &[MemberDevice],
        me: Option<DeviceId>,
    ) -> Ledger {
        let mut ordered: Vec<&StoredMessage> = history.iter().collect();
        ordered.sort_by_key(|m| m.seq);

        // Hand-overs, complete and well formed, in the order their last part arrived.
        let mut assembly = handover::Assembly::default();
        let mut handovers = Vec::new();
        let mut malformed = Vec::new();
        for m in &ordered {
            if let HistoryBody::Message {
                content:
                    Content::Ledger {
                        payload: LedgerPayload::HandOver(h),
                    },
                ..
            } = &m.body
                && let Some(done) = assembly.add(m.seq, &m.sender, m.sender_device, h)
            {
                if done.is_well_formed() {
                    handovers.push(done);
                } else {
                    malformed.push(Discrepancy {
                        by: done.by,
                        device: done.device,
                        seq: done.seq,
                        detail: "a hand-over that is not well formed (records out of order, \
                                 repeated, or from after the commit)"
                            .into(),
                    });
                }
            }
        }
        // The one meant for this device, for its latest arrival.
        let adopted = me.and_then(|me| {
            handovers
                .iter()
                .enumerate()
                .filter(|(_, h)| h.for_devices.contains(&me))
                .max_by_key(|(i, h)| (h.joined_at_seq, std::cmp::Reverse(*i)))
                .map(|(i, _)| i)
        });

        let mut devices = crate::engine::devices_at_start(&ordered, members_now);
        let accounts = |d: &BTreeSet<(Username, DeviceId)>| -> BTreeSet<Username> {
            d.iter().map(|(u, _)| u.clone()).collect()
        };
        let mut members = accounts(&devices);
        let mut ledger = Ledger::new();
        let own_from = match adopted.map(|i| &handovers[i]) {
            Some(h) => {
                for r in &h.records {
                    ledger.apply_handed(r, &h.by, h.device);
                }
                ledger.handed_over = Some((h.by.clone(), h.device, h.joined_at_seq));
                h.joined_at_seq
            }
            None => 0,
        };
        for m in &ordered {
            match &m.body {
                HistoryBody::Membership { added, removed } => {
                    for d in removed {
                        devices.remove(&(d.username.clone(), d.device));
                    }
                    for d in added {
                        devices.insert((d.username.clone(), d.device));
                    }
                    members = accounts(&devices);
                }
                HistoryBody::Message {
                    id,
                    sent_at,
                    content: Content::Ledger { payload },
                } if m.seq >= own_from && !matches!(payload, LedgerPayload::HandOver(_)) => {
                    ledger.apply(m, EntryId(*id), *sent_at, payload, &members)
                }
                _ => {}
            }
        }

        // Every other hand-over is checked against what this device knows: from the start when
        // it holds the whole past (its own or handed over), else from its first message.
        let covered_from = match (adopted, me, ordered.first()) {
            (Some(_), _, _) | (None, None, _) | (None, _, None) => 0,
            (None, Some(_), Some(first)) => first.seq,
        };
        ledger.discrepancies = malformed;
        for (i, h) in handovers.iter().enumerate() {
            if Some(i) != adopted {
                let found = h.compare(&ledger.records, covered_from);
                ledger.discrepancies.extend(found);
            }
        }
        ledger
    }

    /// The hand-over for `devices`, added by the commit at `joined_at_seq`: this ledger's
    /// records from before it, in messages to send right after the commit (none when there is
    /// nothing to hand over).
    pub fn hand_over(
        &self,
        joined_at_seq: u64,
        devices: &[DeviceId],
    ) -> Result<Vec<HandOver>, LedgerError> {
        let records: Vec<HandedRecord> = self
            .records
            .iter()
            .filter(|r| r.seq < joined_at_seq)
            .map(HandedRecord::of)
            .collect();
        if records.is_empty() {
            return Ok(Vec::new());
        }
        handover::split(records, joined_at_seq, devices)
    }

    /// Hand-overs sent in this conversation that differ from what this device holds: a member
    /// told a newcomer a different past. Front ends show them loudly.
    pub fn discrepancies(&self) -> &[Discrepancy] {
        &self.discrepancies
    }

    /// Who handed this device the records from before it joined (and the sequence number of
    /// the commit that added it), if someone did.
    pub fn handed_over(&self) -> Option<(&Username, DeviceId, u64)> {
        self.handed_over.as_ref().map(|(u, d, s)| (u, *d, *s))
    }

    /// A record handed over: its verdict is taken as given (this device cannot judge
    /// membership at points it never saw), but it must still apply: a reversal of an entry
    /// that is not there, or an overflow, is refused.
    fn apply_handed(&mut self, r: &HandedRecord, by: &Username, device: DeviceId) {
        let body = match (&r.verdict, &r.op) {
            _ if self.index.contains_key(&r.id) => RecordBody::Rejected {
                op: r.op.clone(),
                error: LedgerError::DuplicateId,
            },
            (Verdict::Accepted, Some(op)) => self.judge(op, &r.recorded_by, None, r.id),
            (Verdict::Accepted, None) => RecordBody::Rejected {
                op: None,
                error: LedgerError::Malformed("an accepted record without its entry".into()),
            },
            (Verdict::Refused(reason), op) => RecordBody::Rejected {
                op: op.clone(),
                error: LedgerError::HandedOver {
                    reason: reason.clone(),
                },
            },
            (Verdict::Unreadable(reason), _) => RecordBody::Unreadable {
                reason: UnreadableReason::Invalid(LedgerError::HandedOver {
                    reason: reason.clone(),
                }),
            },
        };
        self.index.entry(r.id).or_insert(self.records.len());
        self.records.push(Record {
            id: r.id,
            seq: r.seq,
            recorded_by: r.recorded_by.clone(),
            device: r.device,
            recorded_at: r.recorded_at,
            body,
            handed_over_by: Some((by.clone(), device)),
        });
    }

    /// The ledger of a conversation this engine holds, as this device sees it.
    pub fn for_conversation(engine: &Engine, group: &GroupId) -> Result<Ledger, EngineError> {
        Ok(Ledger::from_history_of(
            &engine.history(group),
            &engine.members(group)?,
            Some(engine.me().device),
        ))
    }

    fn apply(
        &mut self,
        m: &StoredMessage,
        id: EntryId,
        recorded_at: Timestamp,
        payload: &LedgerPayload,
        members: &BTreeSet<Username>,
    ) {
        let body = if self.index.contains_key(&id) {
            RecordBody::Rejected {
                op: match payload {
                    LedgerPayload::Op(op) => Some(op.clone()),
                    LedgerPayload::HandOver(_) | LedgerPayload::Unreadable(_) => None,
                },
                error: LedgerError::DuplicateId,
            }
        } else {
            match payload {
                LedgerPayload::Unreadable(Unreadable {
                    reason: UnreadableReason::Invalid(error),
                    ..
                }) => RecordBody::Rejected {
                    op: None,
                    error: error.clone(),
                },
                LedgerPayload::Unreadable(Unreadable { reason, .. }) => RecordBody::Unreadable {
                    reason: reason.clone(),
                },
                // Not a record: folded before the history (see `from_history_of`).
                LedgerPayload::HandOver(_) => return,
                LedgerPayload::Op(op) => self.judge(op, &m.sender, Some(members), id),
            }
        };
        self.index.entry(id).or_insert(self.records.len());
        self.records.push(Record {
            id,
            seq: m.seq,
            recorded_by: m.sender.clone(),
            device: m.sender_device,
            recorded_at,
            body,
            handed_over_by: None,
        });
    }

    /// Plans `op` and, when it is accepted, applies it: the record's body either way.
    fn judge(
        &mut self,
        op: &LedgerOp,
        by: &Username,
        members: Option<&BTreeSet<Username>>,
        id: EntryId,
    ) -> RecordBody {
        match self.plan(op, by, members) {
            Ok(effect) => {
                self.commit(effect, id);
                match op {
                    LedgerOp::Entry(entry) => RecordBody::Entry {
                        entry: entry.clone(),
                        reversed_by: None,
                    },
                    LedgerOp::Reversal(reversal) => RecordBody::Reversal {
                        reversal: reversal.clone(),
                    },
                }
            }
            Err(error) => RecordBody::Rejected {
                op: Some(op.clone()),
                error,
            },
        }
    }

    /// Whether `op`, recorded now by `by` while `members` are the conversation's accounts,
    /// would be accepted. Front ends call this before sending, so a person learns at once what
    /// every device would refuse.
    pub fn check(
        &self,
        op: &LedgerOp,
        by: &Username,
        members: &BTreeSet<Username>,
    ) -> Result<(), LedgerError> {
        self.plan(op, by, Some(members)).map(|_| ())
    }

    /// What `op` would do. `members: None` takes who may do what as given (a handed-over
    /// record); everything else is checked.
    fn plan(
        &self,
        op: &LedgerOp,
        by: &Username,
        members: Option<&BTreeSet<Username>>,
    ) -> Result<Effect, LedgerError> {
        let effect = match op {
            LedgerOp::Entry(entry) => {
                if let Some(members) = members
                    && let Some(outsider) = entry.parties().find(|p| !members.contains(*p))
                {
                    return Err(LedgerError::NotMember {
                        username: outsider.to_string(),
                    });
                }
                Effect {
                    currency: entry.currency(),
                    deltas: entry.effects(),
                    reverses: None,
                }
            }
            LedgerOp::Reversal(reversal) => {
                let target = reversal.target();
                let unknown = || LedgerError::UnknownEntry { id: target.short() };
                let &i = self.index.get(&target).ok_or_else(unknown)?;
                let record = self.records.get(i).ok_or_else(unknown)?;
                let entry = match &record.body {
                    RecordBody::Entry {
                        reversed_by: Some(by_id),
                        ..
                    } => {
                        let by = self
                            .record(*by_id)
                            .map_or_else(|| by_id.short(), |r| r.recorded_by.to_string());
                        return Err(LedgerError::AlreadyReversed {
                            id: target.short(),
                            by,
                        });
                    }
                    RecordBody::Entry { entry, .. } => entry,
                    other => {
                        return Err(LedgerError::NotReversible {
                            id: target.short(),
                            what: match other {
                                RecordBody::Reversal { .. } => "a reversal",
                                RecordBody::Rejected { .. } => "a refused entry",
                                _ => "unreadable here",
                            },
                        });
                    }
                };
                if members.is_some()
                    && record.recorded_by != *by
                    && !entry.parties().any(|p| p == by)
                {
                    return Err(LedgerError::NotAllowedToReverse { id: target.short() });
                }
                Effect {
                    currency: entry.currency(),
                    deltas: entry.effects().into_iter().map(|(u, d)| (u, -d)).collect(),
                    reverses: Some(i),
                }
            }
        };
        let current = self.balances.get(&effect.currency);
        for (member, delta) in &effect.deltas {
            let before = current.and_then(|b| b.get(member)).copied().unwrap_or(0);
            match before.checked_add(*delta) {
                Some(after) if after.abs() <= BALANCE_MINOR_MAX => {}
                _ => return Err(LedgerError::Overflow),
            }
        }
        Ok(effect)
    }

    fn commit(&mut self, effect: Effect, id: EntryId) {
        let balances = self.balances.entry(effect.currency).or_default();
        for (member, delta) in effect.deltas {
            // Checked in `plan`.
            let b = balances.entry(member).or_insert(0);
            *b = b.saturating_add(delta);
        }
        if let Some(i) = effect.reverses
            && let Some(Record {
                body: RecordBody::Entry { reversed_by, .. },
                ..
            }) = self.records.get_mut(i)
        {
            *reversed_by = Some(id);
        }
    }

    /// Every ledger message in server order, accepted or not.
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn record(&self, id: EntryId) -> Option<&Record> {
        self.index.get(&id).and_then(|&i| self.records.get(i))
    }

    /// Accepted entries that are not reversed.
    pub fn active_entries(&self) -> impl Iterator<Item = (&Record, &Entry)> {
        self.records.iter().filter_map(|r| match &r.body {
            RecordBody::Entry {
                entry,
                reversed_by: None,
            } => Some((r, entry)),
            _ => None,
        })
    }

    /// How many records this device could not read (from newer clients).
    pub fn unreadable(&self) -> usize {
        self.records
            .iter()
            .filter(|r| matches!(r.body, RecordBody::Unreadable { .. }))
            .count()
    }

    pub fn balances(&self) -> &Balances {
        &self.balances
    }

    /// One member's balance in one currency (0 if none).
    pub fn balance(&self, member: &Username, currency: Currency) -> i64 {
        self.balances
            .get(&currency)
            .and_then(|b| b.get(member))
            .copied()
            .unwrap_or(0)
    }

    /// The fewest transfers that settle every balance, by currency (see `settle.rs`).
    pub fn settle_up(&self) -> Vec<Transfer> {
        self.balances
            .iter()
            .flat_map(|(currency, b)| settle::settle(*currency, b))
            .collect()
    }

    /// The entry an id or id prefix (6 or more hexadecimal characters) names.
    pub fn resolve(&self, input: &str) -> Result<EntryId, LedgerError> {
        let prefix = EntryId::check_prefix(input)?;
        let found: Vec<EntryId> = self
            .index
            .keys()
            .copied()
            .filter(|id| id.matches_prefix(&prefix))
            .collect();
        match found.as_slice() {
            [one] => Ok(*one),
            [] => Err(LedgerError::UnknownEntry { id: prefix }),
            many => Err(LedgerError::AmbiguousEntry {
                prefix,
                matches: many
                    .iter()
                    .map(|id| id.short())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}

#[cfg(test)]
mod tests;
