//! Ledger entries: what a member records (a payment or a debt, split among members) and
//! reversals. These are domain types with private fields: an [`Entry`] that exists is valid
//! (amount, shares adding up, texts within limits); whether its parties are members is known only
//! where it lands in the conversation's history, and checked by [`crate::ledger::Ledger`].

use std::fmt;

use conclave_proto::Username;

use crate::{
    call::{CallMessage as Phrase, MessageArg},
    envelope::MessageId,
    ledger::{
        Amount, Currency, Date, LedgerError,
        amount::format_minor,
        limits::{
            ENTRY_ID_PREFIX_CHARS_MIN, MEMO_BYTES_MAX, PARTIES_MAX, REFERENCE_BYTES_MAX,
            SHARE_WEIGHT_MAX,
        },
    },
};

/// An entry's id: the id of the message that carried it (random, chosen by the sender).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryId(pub MessageId);

impl EntryId {
    pub fn to_hex(self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The first 12 hexadecimal characters: what lists show and what people type.
    pub fn short(self) -> String {
        self.to_hex()[..12].to_owned()
    }

    /// A full 32-character hexadecimal id.
    pub fn parse_hex(input: &str) -> Result<EntryId, LedgerError> {
        let invalid = || LedgerError::InvalidEntryId {
            input: input.chars().take(40).collect(),
        };
        let text = input.trim();
        if text.len() != 32 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(invalid());
        }
        let mut id = [0u8; 16];
        for (i, byte) in id.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).map_err(|_| invalid())?;
        }
        Ok(EntryId(id))
    }

    /// Whether `prefix` (hexadecimal, any case, at least [`ENTRY_ID_PREFIX_CHARS_MIN`]
    /// characters) starts this id.
    pub(crate) fn matches_prefix(self, prefix: &str) -> bool {
        self.to_hex().starts_with(&prefix.to_ascii_lowercase())
    }

    pub(crate) fn check_prefix(input: &str) -> Result<String, LedgerError> {
        let text = input.trim();
        if text.len() < ENTRY_ID_PREFIX_CHARS_MIN
            || text.len() > 32
            || !text.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Err(LedgerError::InvalidEntryId {
                input: input.chars().take(40).collect(),
            });
        }
        Ok(text.to_ascii_lowercase())
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EntryId({})", self.short())
    }
}

/// What an entry records. Both move the balance the same way: `from` is owed the amount by the
/// members it is split among; the kind says why, for people reading the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    /// `from` paid (for) the others: a shared cost, or money handed over.
    Payment,
    /// The others owe `from` (an IOU).
    Debt,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Payment => "payment",
            EntryKind::Debt => "debt",
        }
    }

    pub fn parse(input: &str) -> Option<EntryKind> {
        match input.trim().to_ascii_lowercase().as_str() {
            "payment" | "paid" => Some(EntryKind::Payment),
            "debt" | "owes" => Some(EntryKind::Debt),
            _ => None,
        }
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the amount was divided, as the recording member asked. The resulting shares are stored
/// with the entry (in minor units), so no device ever recomputes a rounding.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Split {
    /// All of it to one member (`--to bob`).
    To,
    /// Equal shares; the minor units left over go one each to the first members listed.
    Equal,
    /// Amounts given per member.
    Exact,
    /// Proportional to these weights (one per share, in order); left-over minor units go to the
    /// largest remainders, ties to the first listed.
    Weights(Vec<u32>),
}

/// One member's part of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Share {
    pub member: Username,
    pub amount: Amount,
}

/// A payment or debt: `from` is owed `amount` of `currency`, divided among `shares`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entry {
    kind: EntryKind,
    currency: Currency,
    amount: Amount,
    from: Username,
    split: Split,
    shares: Vec<Share>,
    date: Date,
    memo: Option<String>,
    reference: Option<String>,
}

/// The fields of an [`Entry`], checked together by [`Entry::new`].
#[derive(Debug, Clone)]
pub struct EntryParts {
    pub kind: EntryKind,
    pub currency: Currency,
    pub amount: Amount,
    pub from: Username,
    pub split: Split,
    pub shares: Vec<Share>,
    pub date: Date,
    pub memo: Option<String>,
    pub reference: Option<String>,
}

pub(crate) fn check_text(
    text: Option<String>,
    field: &'static str,
    bytes_max: usize,
    too_long: LedgerError,
) -> Result<Option<String>, LedgerError> {
    let Some(text) = text else { return Ok(None) };
    if text.is_empty() {
        return Ok(None);
    }
    if text.len() > bytes_max {
        return Err(too_long);
    }
    if text.chars().any(char::is_control) {
        return Err(LedgerError::ControlCharacters { field });
    }
    Ok(Some(text))
}

/// Splits `amount` minor units in proportion to `weights` (largest remainder; ties to the
/// earlier weight). Every share must come out at least one minor unit.
pub fn allocate(
    amount: Amount,
    weights: &[u32],
    currency: Currency,
) -> Result<Vec<Amount>, LedgerError> {
    if weights.is_empty() {
        return Err(LedgerError::NoParties);
    }
    if weights.len() > PARTIES_MAX {
        return Err(LedgerError::TooManyParties);
    }
    let total: i128 = weights.iter().map(|&w| i128::from(w)).sum();
    if total == 0 || weights.iter().any(|&w| w == 0 || w > SHARE_WEIGHT_MAX) {
        return Err(LedgerError::SplitSyntax {
            input: weights
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(":"),
        });
    }
    let a = i128::from(amount.minor());
    let mut shares: Vec<i128> = weights.iter().map(|&w| a * i128::from(w) / total).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Largest remainder first; equal remainders keep the listed order (stable sort).
    order.sort_by_key(|&i| std::cmp::Reverse(a * i128::from(weights[i]) % total));
    let left = a - shares.iter().sum::<i128>();
    for &i in order.iter().take(usize::try_from(left).unwrap_or(0)) {
        shares[i] += 1;
    }
    let too_small = || LedgerError::ShareTooSmall {
        amount: format!("{} {currency}", amount.format(currency)),
        parties: weights.len(),
        smallest: format!("{} {currency}", format_minor(1, Some(currency))),
    };
    shares
        .into_iter()
        .map(|s| {
            i64::try_from(s)
                .ok()
                .and_then(|s| Amount::from_minor(s).ok())
                .ok_or_else(too_small)
        })
        .collect()
}

impl Entry {
    pub fn new(parts: EntryParts) -> Result<Entry, LedgerError> {
        let EntryParts {
            kind,
            currency,
            amount,
            from,
            split,
            shares,
            date,
            memo,
            reference,
        } = parts;
        if shares.is_empty() {
            return Err(LedgerError::NoParties);
        }
        if shares.len() > PARTIES_MAX {
            return Err(LedgerError::TooManyParties);
        }
        for (i, s) in shares.iter().enumerate() {
            if shares[..i].iter().any(|o| o.member == s.member) {
                return Err(LedgerError::DuplicateParty {
                    username: s.member.to_string(),
                });
            }
        }
        if shares.iter().all(|s| s.member == from) {
            return Err(LedgerError::SelfTransfer {
                username: from.to_string(),
            });
        }
        // At most 256 shares of at most 10^15 each: the sum fits in i64.
        let sum: i64 = shares.iter().map(|s| s.amount.minor()).sum();
        if sum != amount.minor() {
            return Err(LedgerError::SharesMismatch {
                shares: format!("{} {currency}", format_minor(sum, Some(currency))),
                amount: format!("{} {currency}", amount.format(currency)),
            });
        }
        let expected = match &split {
            Split::To if shares.len() == 1 => None,
            Split::To => return Err(LedgerError::SplitMismatch),
            Split::Exact => None,
            Split::Equal => Some(allocate(amount, &vec![1; shares.len()], currency)?),
            Split::Weights(w) if w.len() == shares.len() => Some(allocate(amount, w, currency)?),
            Split::Weights(_) => return Err(LedgerError::SplitMismatch),
        };
        if let Some(expected) = expected
            && !expected.iter().zip(&shares).all(|(e, s)| *e == s.amount)
        {
            return Err(LedgerError::SplitMismatch);
        }
        let memo = check_text(memo, "memo", MEMO_BYTES_MAX, LedgerError::MemoTooLong)?;
        let reference = check_text(
            reference,
            "reference",
            REFERENCE_BYTES_MAX,
            LedgerError::ReferenceTooLong,
        )?;
        Ok(Entry {
            kind,
            currency,
            amount,
            from,
            split,
            shares,
            date,
            memo,
            reference,
        })
    }

    pub fn kind(&self) -> EntryKind {
        self.kind
    }
    pub fn currency(&self) -> Currency {
        self.currency
    }
    pub fn amount(&self) -> Amount {
        self.amount
    }
    /// Who is owed: the payer of a payment, the creditor of a debt.
    pub fn from(&self) -> &Username {
        &self.from
    }
    pub fn split(&self) -> &Split {
        &self.split
    }
    pub fn shares(&self) -> &[Share] {
        &self.shares
    }
    pub fn date(&self) -> Date {
        self.date
    }
    pub fn memo(&self) -> Option<&str> {
        self.memo.as_deref()
    }
    pub fn reference(&self) -> Option<&str> {
        self.reference.as_deref()
    }

    /// Every member the entry names: `from`, then the shares' members.
    pub fn parties(&self) -> impl Iterator<Item = &Username> {
        std::iter::once(&self.from).chain(self.shares.iter().map(|s| &s.member))
    }

    /// The entry's effect on balances, one net amount per member (positive: is owed more):
    /// `from` first, then the others in the order of the shares. Sums to zero.
    pub fn effects(&self) -> Vec<(Username, i64)> {
        let own = self
            .shares
            .iter()
            .find(|s| s.member == self.from)
            .map_or(0, |s| s.amount.minor());
        let mut out = vec![(self.from.clone(), self.amount.minor() - own)];
        out.extend(
            self.shares
                .iter()
                .filter(|s| s.member != self.from)
                .map(|s| (s.member.clone(), -s.amount.minor())),
        );
        out
    }

    /// `12.50 EUR` and `bob, carol`: what [`Entry::describe`] and [`Entry::phrase`] say.
    fn money_and_names(&self) -> (String, String) {
        let money = format!("{} {}", self.amount.format(self.currency), self.currency);
        let names = self
            .shares
            .iter()
            .map(|s| s.member.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        (money, names)
    }

    /// One line for people: `alice paid bob 12.50 EUR`.
    pub fn describe(&self) -> String {
        let (money, names) = self.money_and_names();
        let how = match &self.split {
            Split::To => String::new(),
            Split::Equal => " (split equally)".into(),
            Split::Exact => format!(
                " (split {})",
                self.shares
                    .iter()
                    .map(|s| format!("{} {}", s.member, s.amount.format(self.currency)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Split::Weights(w) => format!(
                " (split by weight {})",
                w.iter().map(u32::to_string).collect::<Vec<_>>().join(":")
            ),
        };
        match (self.kind, &self.split) {
            (EntryKind::Payment, Split::To) => format!("{} paid {names} {money}", self.from),
            (EntryKind::Payment, _) => format!("{} paid {money} for {names}{how}", self.from),
            (EntryKind::Debt, Split::To) => format!("{names} owes {} {money}", self.from),
            (EntryKind::Debt, _) => format!("{names} owe {} {money}{how}", self.from),
        }
    }

    /// [`Entry::describe`] as a catalogue message for a front end's localizer
    /// (`ledger-payment-to`, `ledger-debt-equal`, …: one id per kind and split; the amount
    /// stays `12.50 EUR`, exact to the minor unit, in every language).
    pub fn phrase(&self) -> Phrase {
        let text = |s: String| MessageArg::Text(s);
        let (money, names) = self.money_and_names();
        let kind = match self.kind {
            EntryKind::Payment => "payment",
            EntryKind::Debt => "debt",
        };
        let mut args = vec![
            ("from", text(self.from.to_string())),
            ("names", text(names)),
            ("money", text(money)),
        ];
        let split = match &self.split {
            Split::To => "to",
            Split::Equal => "equal",
            Split::Exact => {
                let shares = self
                    .shares
                    .iter()
                    .map(|s| format!("{} {}", s.member, s.amount.format(self.currency)))
                    .collect::<Vec<_>>()
                    .join(", ");
                args.push(("shares", text(shares)));
                "exact"
            }
            Split::Weights(w) => {
                let weights = w.iter().map(u32::to_string).collect::<Vec<_>>().join(":");
                args.push(("weights", text(weights)));
                "weights"
            }
        };
        Phrase {
            id: format!("ledger-{kind}-{split}"),
            args,
        }
    }
}

/// Cancels an earlier entry: its effect on balances is undone, the entry stays in the history
/// marked as reversed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reversal {
    target: EntryId,
    memo: Option<String>,
}

impl Reversal {
    pub fn new(target: EntryId, memo: Option<String>) -> Result<Reversal, LedgerError> {
        let memo = check_text(memo, "memo", MEMO_BYTES_MAX, LedgerError::MemoTooLong)?;
        Ok(Reversal { target, memo })
    }
    pub fn target(&self) -> EntryId {
        self.target
    }
    pub fn memo(&self) -> Option<&str> {
        self.memo.as_deref()
    }
}

/// What one ledger message does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LedgerOp {
    Entry(Entry),
    Reversal(Reversal),
}

impl LedgerOp {
    /// One line for people.
    pub fn describe(&self) -> String {
        match self {
            LedgerOp::Entry(e) => {
                let memo = e.memo().map(|m| format!(": {m}")).unwrap_or_default();
                format!("{}{memo}", e.describe())
            }
            LedgerOp::Reversal(r) => {
                let memo = r.memo().map(|m| format!(": {m}")).unwrap_or_default();
                format!("reversed entry {}{memo}", r.target().short())
            }
        }
    }

    /// [`LedgerOp::describe`] as a catalogue message: the entry's, or `ledger-reversed-entry`,
    /// inside `ledger-with-memo` when it has a memo.
    pub fn phrase(&self) -> Phrase {
        let (said, memo) = match self {
            LedgerOp::Entry(e) => (e.phrase(), e.memo()),
            LedgerOp::Reversal(r) => (
                Phrase {
                    id: "ledger-reversed-entry".into(),
                    args: vec![("id", MessageArg::Text(r.target().short()))],
                },
                r.memo(),
            ),
        };
        match memo {
            Some(memo) => Phrase {
                id: "ledger-with-memo".into(),
                args: vec![
                    ("entry", MessageArg::Message(Box::new(said))),
                    ("memo", MessageArg::Text(memo.to_owned())),
                ],
            },
            None => said,
        }
    }
}

/// How to divide an amount, as typed: member names, with amounts or weights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitSpec {
    To(String),
    Equal(Vec<String>),
    Exact(Vec<(String, String)>),
    Weights(Vec<(String, u32)>),
}

impl SplitSpec {
    /// The command-line form: `bob,carol` (equal), `bob=5.00,carol=7.50` (amounts) or
    /// `bob:2,carol:1` (weights).
    pub fn parse_list(input: &str) -> Result<SplitSpec, LedgerError> {
        let syntax = || LedgerError::SplitSyntax {
            input: input.chars().take(64).collect(),
        };
        let items: Vec<&str> = input.split(',').map(str::trim).collect();
        if items.iter().any(|i| i.is_empty()) {
            return Err(syntax());
        }
        if items.len() > PARTIES_MAX {
            return Err(LedgerError::TooManyParties);
        }
        let has = |c: char| items.iter().filter(|i| i.contains(c)).count();
        match (has('='), has(':')) {
            (0, 0) => Ok(SplitSpec::Equal(
                items.into_iter().map(str::to_owned).collect(),
            )),
            (n, 0) if n == items.len() => items
                .into_iter()
                .map(|i| {
                    let (name, amount) = i.split_once('=').ok_or_else(syntax)?;
                    Ok((name.trim().to_owned(), amount.trim().to_owned()))
                })
                .collect::<Result<_, _>>()
                .map(SplitSpec::Exact),
            (0, n) if n == items.len() => items
                .into_iter()
                .map(|i| {
                    let (name, weight) = i.split_once(':').ok_or_else(syntax)?;
                    let weight: u32 = weight.trim().parse().map_err(|_| syntax())?;
                    if weight == 0 || weight > SHARE_WEIGHT_MAX {
                        return Err(syntax());
                    }
                    Ok((name.trim().to_owned(), weight))
                })
                .collect::<Result<_, _>>()
                .map(SplitSpec::Weights),
            _ => Err(syntax()),
        }
    }
}

/// An entry as typed into a form or on the command line; [`EntryDraft::parse`] checks it.
#[derive(Debug, Clone)]
pub struct EntryDraft {
    pub kind: EntryKind,
    pub amount: String,
    pub currency: String,
    pub from: String,
    pub split: SplitSpec,
    /// `YYYY-MM-DD`; `None`: `today`.
    pub date: Option<String>,
    pub memo: Option<String>,
    pub reference: Option<String>,
}

fn member(input: &str) -> Result<Username, LedgerError> {
    Username::parse(input.trim()).map_err(|_| LedgerError::InvalidUser {
        input: input.chars().take(40).collect(),
    })
}

impl EntryDraft {
    pub fn parse(&self, today: Date) -> Result<Entry, LedgerError> {
        let currency = Currency::parse(&self.currency)?;
        let amount = Amount::parse(&self.amount, currency)?;
        let from = member(&self.from)?;
        let (split, shares) = match &self.split {
            SplitSpec::To(to) => (
                Split::To,
                vec![Share {
                    member: member(to)?,
                    amount,
                }],
            ),
            SplitSpec::Equal(names) => {
                let members = names
                    .iter()
                    .map(|n| member(n))
                    .collect::<Result<Vec<_>, _>>()?;
                let amounts = allocate(amount, &vec![1; members.len()], currency)?;
                (Split::Equal, zip_shares(members, amounts))
            }
            SplitSpec::Exact(pairs) => {
                let mut shares = Vec::with_capacity(pairs.len());
                for (name, text) in pairs {
                    shares.push(Share {
                        member: member(name)?,
                        amount: Amount::parse(text, currency)?,
                    });
                }
                (Split::Exact, shares)
            }
            SplitSpec::Weights(pairs) => {
                let members = pairs
                    .iter()
                    .map(|(n, _)| member(n))
                    .collect::<Result<Vec<_>, _>>()?;
                let weights: Vec<u32> = pairs.iter().map(|(_, w)| *w).collect();
                let amounts = allocate(amount, &weights, currency)?;
                (Split::Weights(weights), zip_shares(members, amounts))
            }
        };
        let date = match &self.date {
            Some(d) => Date::parse(d)?,
            None => today,
        };
        Entry::new(EntryParts {
            kind: self.kind,
            currency,
            amount,
            from,
            split,
            shares,
            date,
            memo: self.memo.clone(),
            reference: self.reference.clone(),
        })
    }
}

fn zip_shares(members: Vec<Username>, amounts: Vec<Amount>) -> Vec<Share> {
    members
        .into_iter()
        .zip(amounts)
        .map(|(member, amount)| Share { member, amount })
        .collect()
}
