//! Handing the ledger to devices that join a conversation later.
//!
//! MLS gives a device added to a group nothing sent before it joined, so a new member, or a new
//! device of an existing member, would fold only the entries after its arrival and show
//! balances nobody else sees. The device that commits the addition therefore sends a
//! [`HandOver`] right after the commit is accepted: its own ledger records from before the
//! commit, with the verdict it reached on each (accepted, refused and why), addressed to the
//! added devices. An added device folds those records first (trusting their verdicts, since it
//! cannot judge membership at points it never saw) and its own history from the commit on, so
//! it reaches the same ledger as everybody else.
//!
//! The hand-over is an ordinary ledger message, authenticated by MLS as coming from the sending
//! device, and every other member receives it too. A device whose own history covers the
//! records compares them with its own and reports every difference as a [`Discrepancy`]: a
//! member who hands a newcomer a false past is seen by everybody who knows the true one.

use std::collections::BTreeMap;

use conclave_proto::{DeviceId, Timestamp, Username};

use crate::ledger::{
    EntryId, LedgerError, LedgerOp, LedgerPayload, Record, RecordBody,
    limits::{HANDOVER_PART_BYTES_MAX, HANDOVER_PARTS_MAX},
};

/// One message of a hand-over: part `part` of `parts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandOver {
    /// The sequence number of the commit that added `for_devices`. The records are the
    /// sender's ledger before it; from it on, the added devices have the history themselves.
    pub joined_at_seq: u64,
    pub for_devices: Vec<DeviceId>,
    pub part: u32,
    pub parts: u32,
    pub records: Vec<HandedRecord>,
}

/// A ledger record as the sending device holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandedRecord {
    pub id: EntryId,
    pub seq: u64,
    pub recorded_by: Username,
    pub device: DeviceId,
    pub recorded_at: Timestamp,
    /// The operation (`None` when the sender could not read it either).
    pub op: Option<LedgerOp>,
    pub verdict: Verdict,
}

/// What the sending device concluded about a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    /// Refused, with the reason as the sender's device words it.
    Refused(String),
    /// The sender could not read it (from a newer client), with the reason.
    Unreadable(String),
}

/// A hand-over that does not match what this device holds itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discrepancy {
    /// Who sent the hand-over, from which device, at which sequence number.
    pub by: Username,
    pub device: DeviceId,
    pub seq: u64,
    /// What differs, for people.
    pub detail: String,
}

impl HandedRecord {
    pub(super) fn of(record: &Record) -> HandedRecord {
        let (op, verdict) = match &record.body {
            RecordBody::Entry { entry, .. } => {
                (Some(LedgerOp::Entry(entry.clone())), Verdict::Accepted)
            }
            RecordBody::Reversal { reversal } => (
                Some(LedgerOp::Reversal(reversal.clone())),
                Verdict::Accepted,
            ),
            RecordBody::Rejected { op, error } => (op.clone(), Verdict::Refused(error.to_string())),
            RecordBody::Unreadable { reason } => (None, Verdict::Unreadable(reason.to_string())),
        };
        HandedRecord {
            id: record.id,
            seq: record.seq,
            recorded_by: record.recorded_by.clone(),
            device: record.device,
            recorded_at: record.recorded_at,
            op,
            verdict,
        }
    }

    /// Whether this matches a record of the receiving device's own ledger.
    fn matches(&self, own: &Record) -> bool {
        let own_verdict_accepted = matches!(
            own.body,
            RecordBody::Entry { .. } | RecordBody::Reversal { .. }
        );
        let own_op = match &own.body {
            RecordBody::Entry { entry, .. } => Some(LedgerOp::Entry(entry.clone())),
            RecordBody::Reversal { reversal } => Some(LedgerOp::Reversal(reversal.clone())),
            RecordBody::Rejected { op, .. } => op.clone(),
            RecordBody::Unreadable { .. } => None,
        };
        self.id == own.id
            && self.recorded_by == own.recorded_by
            && self.device == own.device
            && self.recorded_at == own.recorded_at
            && self.op == own_op
            && (self.verdict == Verdict::Accepted) == own_verdict_accepted
    }
}

/// Splits `records` (all before `joined_at_seq`) into hand-over messages of at most
/// [`HANDOVER_PART_BYTES_MAX`] bytes of records each.
pub(super) fn split(
    records: Vec<HandedRecord>,
    joined_at_seq: u64,
    for_devices: &[DeviceId],
) -> Result<Vec<HandOver>, LedgerError> {
    let total = records.len();
    let too_large = || LedgerError::HandOverTooLarge { records: total };
    let part = |records: Vec<HandedRecord>| HandOver {
        joined_at_seq,
        for_devices: for_devices.to_vec(),
        part: 0,
        parts: 0,
        records,
    };
    let size = |r: &HandedRecord| {
        LedgerPayload::HandOver(part(vec![r.clone()]))
            .to_bytes()
            .len()
    };
    let mut chunks: Vec<Vec<HandedRecord>> = Vec::new();
    let mut current: Vec<HandedRecord> = Vec::new();
    let mut bytes = 0;
    for r in records {
        let n = size(&r);
        if !current.is_empty() && bytes + n > HANDOVER_PART_BYTES_MAX {
            chunks.push(std::mem::take(&mut current));
            bytes = 0;
            if chunks.len() >= HANDOVER_PARTS_MAX {
                return Err(too_large());
            }
        }
        bytes += n;
        current.push(r);
    }
    if !current.is_empty() || chunks.is_empty() {
        chunks.push(current);
    }
    let parts = u32::try_from(chunks.len()).map_err(|_| too_large())?;
    Ok(chunks
        .into_iter()
        .zip(0..)
        .map(|(records, i)| HandOver {
            part: i,
            parts,
            ..part(records)
        })
        .collect())
}

/// A hand-over's parts so far: part → (message seq, sender, hand-over).
type Parts = BTreeMap<u32, (u64, Username, HandOver)>;

/// The parts of one hand-over, as they arrive in the history.
#[derive(Debug, Default)]
pub(super) struct Assembly {
    /// (sender device, joined_at_seq) → its parts.
    pending: BTreeMap<(DeviceId, u64), Parts>,
}

/// A complete hand-over: its records in order, and who sent it where.
pub(super) struct Complete {
    pub joined_at_seq: u64,
    pub for_devices: Vec<DeviceId>,
    pub by: Username,
    pub device: DeviceId,
    /// The sequence number of its first part.
    pub seq: u64,
    pub records: Vec<HandedRecord>,
}

impl Assembly {
    /// Adds one part; returns the hand-over once all its parts are in.
    pub fn add(
        &mut self,
        seq: u64,
        by: &Username,
        device: DeviceId,
        h: &HandOver,
    ) -> Option<Complete> {
        if h.parts == 0 || h.part >= h.parts || h.parts as usize > HANDOVER_PARTS_MAX {
            return None;
        }
        let key = (device, h.joined_at_seq);
        let parts = self.pending.entry(key).or_default();
        parts.entry(h.part).or_insert((seq, by.clone(), h.clone()));
        if parts.len() != h.parts as usize || parts.values().any(|(_, _, p)| p.parts != h.parts) {
            return None;
        }
        let parts = self.pending.remove(&key)?;
        let first_seq = parts.values().map(|(s, _, _)| *s).min().unwrap_or(seq);
        let for_devices = h.for_devices.clone();
        let records = parts
            .into_values()
            .flat_map(|(_, _, p)| p.records)
            .collect();
        Some(Complete {
            joined_at_seq: h.joined_at_seq,
            for_devices,
            by: by.clone(),
            device,
            seq: first_seq,
            records,
        })
    }
}

impl Complete {
    /// Well formed: records strictly in seq order, all before the commit, ids unique.
    pub fn is_well_formed(&self) -> bool {
        let in_order = self.records.windows(2).all(|w| w[0].seq < w[1].seq);
        let before = self.records.iter().all(|r| r.seq < self.joined_at_seq);
        let mut ids: Vec<EntryId> = self.records.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        in_order && before && ids.len() == self.records.len()
    }

    /// Compares the hand-over with `own` records (this device's ledger) over `covered`, the
    /// sequence numbers this device holds the history of; returns every difference.
    pub fn compare(&self, own: &[Record], covered_from: u64) -> Vec<Discrepancy> {
        let discrepancy = |detail: String| Discrepancy {
            by: self.by.clone(),
            device: self.device,
            seq: self.seq,
            detail,
        };
        let mut out = Vec::new();
        let own_by_seq: BTreeMap<u64, &Record> = own
            .iter()
            .filter(|r| r.seq >= covered_from && r.seq < self.joined_at_seq)
            .map(|r| (r.seq, r))
            .collect();
        for handed in self.records.iter().filter(|r| r.seq >= covered_from) {
            match own_by_seq.get(&handed.seq) {
                Some(own) if handed.matches(own) => {}
                Some(own) => out.push(discrepancy(format!(
                    "message {} differs: handed over as {:?}, here it is {:?}",
                    handed.seq,
                    summary(handed),
                    own.describe()
                ))),
                None => out.push(discrepancy(format!(
                    "message {} was handed over but is not in this conversation's history",
                    handed.seq
                ))),
            }
        }
        for seq in own_by_seq.keys() {
            if !self.records.iter().any(|r| r.seq == *seq) {
                out.push(discrepancy(format!(
                    "message {seq} is in this conversation's history but was left out"
                )));
            }
        }
        out
    }
}

fn summary(r: &HandedRecord) -> String {
    match (&r.op, &r.verdict) {
        (Some(op), Verdict::Accepted) => op.describe(),
        (Some(op), Verdict::Refused(why)) => format!("refused: {} ({why})", op.describe()),
        (None, Verdict::Refused(why)) => format!("refused: {why}"),
        (_, Verdict::Unreadable(why)) => format!("unreadable: {why}"),
        (None, Verdict::Accepted) => "an accepted record without its entry".into(),
    }
}

/// The payload of one hand-over message.
pub fn content(h: HandOver) -> crate::envelope::Content {
    crate::envelope::Content::Ledger {
        payload: LedgerPayload::HandOver(h),
    }
}
