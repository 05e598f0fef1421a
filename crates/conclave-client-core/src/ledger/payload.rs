//! The ledger's wire form inside the message envelope, versioned on its own.
//!
//! `Content::Ledger` carries `[LEDGER_VERSION] ++ postcard(v1::Op)` as a byte string, exactly
//! where the envelope reserved `Ledger { entry: Vec<u8> }`, so the envelope's version is
//! unchanged. A payload this version cannot read (a newer ledger version, or a malformed one)
//! still decodes as part of its envelope: it becomes [`LedgerPayload::Unreadable`], which keeps
//! the bytes. The message stays in the history, the ledger shows it as unreadable, and a later
//! version of the client reads it from the stored history (the bytes are stored as they came).
//! New kinds of operations or new fields take a new version; `v1` never changes.
//!
//! Versions: 1 is an operation (an entry or a reversal), 2 a hand-over of the ledger to devices
//! that joined later (see `handover.rs`). A client that knows only version 1 shows a hand-over
//! as content from a newer client, which is what it is.

use conclave_proto::{DeviceId, Timestamp, Username};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ledger::{
    Amount, Currency, Date, Entry, EntryId, EntryKind, EntryParts, LedgerError, LedgerOp, Reversal,
    Share, Split,
    handover::{HandOver, HandedRecord, Verdict},
};

/// The newest ledger payload version this client reads.
pub const LEDGER_VERSION: u8 = 2;
/// The version of an operation (an entry or a reversal).
pub const OP_VERSION: u8 = 1;
/// The version of a hand-over.
pub const HANDOVER_VERSION: u8 = 2;

/// A ledger payload as carried by an envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerPayload {
    Op(LedgerOp),
    HandOver(HandOver),
    Unreadable(Unreadable),
}

/// A payload this client cannot use, kept byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub bytes: Vec<u8>,
    pub reason: UnreadableReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnreadableReason {
    /// Written by a newer client (this ledger version); update to read it.
    NewerVersion(u8),
    /// Not a valid entry of a version this client knows.
    Invalid(LedgerError),
}

impl std::fmt::Display for UnreadableReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UnreadableReason::NewerVersion(v) => write!(
                f,
                "written by a newer Conclave (ledger version {v}); update to read it"
            ),
            UnreadableReason::Invalid(e) => e.fmt(f),
        }
    }
}

impl LedgerPayload {
    pub fn new(op: LedgerOp) -> Self {
        LedgerPayload::Op(op)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            LedgerPayload::Op(op) => {
                // Serializing plain data into a Vec cannot fail.
                postcard::to_extend(&v1::Op::from(op), vec![OP_VERSION]).unwrap_or_default()
            }
            LedgerPayload::HandOver(h) => {
                postcard::to_extend(&v2::HandOver::from(h), vec![HANDOVER_VERSION])
                    .unwrap_or_default()
            }
            LedgerPayload::Unreadable(u) => u.bytes.clone(),
        }
    }

    /// Never fails: what cannot be read is [`LedgerPayload::Unreadable`].
    pub fn from_bytes(bytes: &[u8]) -> Self {
        let unreadable = |reason| {
            LedgerPayload::Unreadable(Unreadable {
                bytes: bytes.to_vec(),
                reason,
            })
        };
        match bytes.split_first() {
            None => unreadable(UnreadableReason::Invalid(LedgerError::Malformed(
                "empty".into(),
            ))),
            Some((&OP_VERSION, body)) => match decode_v1(body) {
                Ok(op) => LedgerPayload::Op(op),
                Err(e) => unreadable(UnreadableReason::Invalid(e)),
            },
            Some((&HANDOVER_VERSION, body)) => match decode_v2(body) {
                Ok(h) => LedgerPayload::HandOver(h),
                Err(e) => unreadable(UnreadableReason::Invalid(e)),
            },
            Some((&v, _)) if v > LEDGER_VERSION => unreadable(UnreadableReason::NewerVersion(v)),
            Some((&v, _)) => unreadable(UnreadableReason::Invalid(LedgerError::Malformed(
                format!("unknown ledger version {v}"),
            ))),
        }
    }

    /// A one-line human rendering.
    pub fn summary(&self) -> String {
        match self {
            LedgerPayload::Op(op) => format!("(ledger) {}", op.describe()),
            LedgerPayload::HandOver(h) => format!(
                "(ledger) {} earlier record(s) handed to the devices that joined (part {} of {})",
                h.records.len(),
                h.part + 1,
                h.parts
            ),
            LedgerPayload::Unreadable(u) => format!("(unreadable ledger entry: {})", u.reason),
        }
    }

    /// [`LedgerPayload::summary`] as a catalogue message (`preview-ledger`, …).
    pub fn phrase(&self) -> crate::call::CallMessage {
        use crate::call::{CallMessage, MessageArg};
        let num = |n: usize| MessageArg::Number(i64::try_from(n).unwrap_or(i64::MAX));
        match self {
            LedgerPayload::Op(op) => CallMessage {
                id: "preview-ledger".into(),
                args: vec![("entry", MessageArg::Message(Box::new(op.phrase())))],
            },
            LedgerPayload::HandOver(h) => CallMessage {
                id: "preview-ledger-handover".into(),
                args: vec![
                    ("count", num(h.records.len())),
                    ("part", MessageArg::Number(i64::from(h.part) + 1)),
                    ("parts", MessageArg::Number(i64::from(h.parts))),
                ],
            },
            LedgerPayload::Unreadable(u) => CallMessage {
                id: "preview-ledger-unreadable".into(),
                args: vec![("reason", MessageArg::Text(u.reason.to_string()))],
            },
        }
    }
}

impl Serialize for LedgerPayload {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_bytes().serialize(s)
    }
}

impl<'de> Deserialize<'de> for LedgerPayload {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bytes = Vec::<u8>::deserialize(d)?;
        Ok(LedgerPayload::from_bytes(&bytes))
    }
}

fn decode_v1(body: &[u8]) -> Result<LedgerOp, LedgerError> {
    let (op, rest): (v1::Op, _) =
        postcard::take_from_bytes(body).map_err(|e| LedgerError::Malformed(e.to_string()))?;
    if !rest.is_empty() {
        return Err(LedgerError::Malformed("trailing bytes".into()));
    }
    op.try_into()
}

fn decode_v2(body: &[u8]) -> Result<HandOver, LedgerError> {
    let (h, rest): (v2::HandOver, _) =
        postcard::take_from_bytes(body).map_err(|e| LedgerError::Malformed(e.to_string()))?;
    if !rest.is_empty() {
        return Err(LedgerError::Malformed("trailing bytes".into()));
    }
    h.try_into()
}

/// Version 2: a hand-over. Frozen like `v1`.
pub(super) mod v2 {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    pub struct HandOver {
        pub joined_at_seq: u64,
        pub for_devices: Vec<u64>,
        pub part: u32,
        pub parts: u32,
        pub records: Vec<Record>,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Record {
        pub id: [u8; 16],
        pub seq: u64,
        pub recorded_by: String,
        pub device: u64,
        pub recorded_at: i64,
        /// The operation in its version-1 form, if the sender could read it.
        pub op: Option<super::v1::Op>,
        pub verdict: Verdict,
    }

    #[derive(Serialize, Deserialize)]
    pub enum Verdict {
        Accepted,
        Refused(String),
        Unreadable(String),
    }
}

impl From<&HandOver> for v2::HandOver {
    fn from(h: &HandOver) -> Self {
        v2::HandOver {
            joined_at_seq: h.joined_at_seq,
            for_devices: h.for_devices.iter().map(|d| d.0).collect(),
            part: h.part,
            parts: h.parts,
            records: h
                .records
                .iter()
                .map(|r| v2::Record {
                    id: r.id.0,
                    seq: r.seq,
                    recorded_by: r.recorded_by.to_string(),
                    device: r.device.0,
                    recorded_at: r.recorded_at.0,
                    op: r.op.as_ref().map(v1::Op::from),
                    verdict: match &r.verdict {
                        Verdict::Accepted => v2::Verdict::Accepted,
                        Verdict::Refused(why) => v2::Verdict::Refused(why.clone()),
                        Verdict::Unreadable(why) => v2::Verdict::Unreadable(why.clone()),
                    },
                })
                .collect(),
        }
    }
}

impl TryFrom<v2::HandOver> for HandOver {
    type Error = LedgerError;

    fn try_from(h: v2::HandOver) -> Result<Self, LedgerError> {
        // Part `part` of `parts`: a part beyond the last is no part of anything (and would
        // overflow counting from 1).
        if h.part >= h.parts {
            return Err(LedgerError::Malformed(format!(
                "hand-over part {} of {}",
                h.part, h.parts
            )));
        }
        let records = h
            .records
            .into_iter()
            .map(|r| {
                let verdict = match r.verdict {
                    v2::Verdict::Accepted => Verdict::Accepted,
                    v2::Verdict::Refused(why) => Verdict::Refused(why),
                    v2::Verdict::Unreadable(why) => Verdict::Unreadable(why),
                };
                let op = r.op.map(LedgerOp::try_from).transpose()?;
                if verdict == Verdict::Accepted && op.is_none() {
                    return Err(LedgerError::Malformed(
                        "an accepted record without its entry".into(),
                    ));
                }
                Ok(HandedRecord {
                    id: EntryId(r.id),
                    seq: r.seq,
                    recorded_by: username(&r.recorded_by)?,
                    device: DeviceId(r.device),
                    recorded_at: Timestamp(r.recorded_at),
                    op,
                    verdict,
                })
            })
            .collect::<Result<Vec<_>, LedgerError>>()?;
        Ok(HandOver {
            joined_at_seq: h.joined_at_seq,
            for_devices: h.for_devices.into_iter().map(DeviceId).collect(),
            part: h.part,
            parts: h.parts,
            records,
        })
    }
}

/// Version 1 of the wire form. Frozen: change nothing here, add a `v2`.
pub(super) mod v1 {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    pub enum Op {
        Entry(Entry),
        Reversal(Reversal),
    }

    #[derive(Serialize, Deserialize)]
    pub enum Kind {
        Payment,
        Debt,
    }

    #[derive(Serialize, Deserialize)]
    pub enum Split {
        To,
        Equal,
        Exact,
        Weights(Vec<u32>),
    }

    #[derive(Serialize, Deserialize)]
    pub struct Entry {
        pub kind: Kind,
        pub currency: String,
        pub amount_minor: u64,
        pub from: String,
        pub split: Split,
        /// (member, minor units)
        pub shares: Vec<(String, u64)>,
        /// (year, month, day)
        pub date: (u16, u8, u8),
        pub memo: Option<String>,
        pub reference: Option<String>,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Reversal {
        pub target: [u8; 16],
        pub memo: Option<String>,
    }
}

impl From<&LedgerOp> for v1::Op {
    fn from(op: &LedgerOp) -> Self {
        match op {
            LedgerOp::Entry(e) => v1::Op::Entry(v1::Entry {
                kind: match e.kind() {
                    EntryKind::Payment => v1::Kind::Payment,
                    EntryKind::Debt => v1::Kind::Debt,
                },
                currency: e.currency().code().to_owned(),
                amount_minor: e.amount().minor().unsigned_abs(),
                from: e.from().to_string(),
                split: match e.split() {
                    Split::To => v1::Split::To,
                    Split::Equal => v1::Split::Equal,
                    Split::Exact => v1::Split::Exact,
                    Split::Weights(w) => v1::Split::Weights(w.clone()),
                },
                shares: e
                    .shares()
                    .iter()
                    .map(|s| (s.member.to_string(), s.amount.minor().unsigned_abs()))
                    .collect(),
                date: (e.date().year(), e.date().month(), e.date().day()),
                memo: e.memo().map(str::to_owned),
                reference: e.reference().map(str::to_owned),
            }),
            LedgerOp::Reversal(r) => v1::Op::Reversal(v1::Reversal {
                target: r.target().0,
                memo: r.memo().map(str::to_owned),
            }),
        }
    }
}

fn amount(minor: u64) -> Result<Amount, LedgerError> {
    let minor = i64::try_from(minor).map_err(|_| LedgerError::Overflow)?;
    Amount::from_minor(minor)
}

fn username(name: &str) -> Result<Username, LedgerError> {
    Username::parse(name).map_err(|_| LedgerError::InvalidUser {
        input: name.chars().take(40).collect(),
    })
}

impl TryFrom<v1::Op> for LedgerOp {
    type Error = LedgerError;

    fn try_from(op: v1::Op) -> Result<Self, LedgerError> {
        match op {
            v1::Op::Entry(e) => {
                let shares = e
                    .shares
                    .iter()
                    .map(|(m, a)| {
                        Ok(Share {
                            member: username(m)?,
                            amount: amount(*a)?,
                        })
                    })
                    .collect::<Result<Vec<_>, LedgerError>>()?;
                Ok(LedgerOp::Entry(Entry::new(EntryParts {
                    kind: match e.kind {
                        v1::Kind::Payment => EntryKind::Payment,
                        v1::Kind::Debt => EntryKind::Debt,
                    },
                    currency: Currency::from_code(&e.currency)?,
                    amount: amount(e.amount_minor)?,
                    from: username(&e.from)?,
                    split: match e.split {
                        v1::Split::To => Split::To,
                        v1::Split::Equal => Split::Equal,
                        v1::Split::Exact => Split::Exact,
                        v1::Split::Weights(w) => Split::Weights(w),
                    },
                    shares,
                    date: Date::new(e.date.0, e.date.1, e.date.2)?,
                    memo: e.memo,
                    reference: e.reference,
                })?))
            }
            v1::Op::Reversal(r) => Ok(LedgerOp::Reversal(Reversal::new(
                EntryId(r.target),
                r.memo,
            )?)),
        }
    }
}
