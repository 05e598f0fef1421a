//! For front ends with a form (the web app): the whole ledger as one JSON view, and an entry form's
//! fields (JSON from the page) turned into an [`EntryDraft`], with errors that name the field they
//! are about. The page only draws the view and collects the fields; every judgement is here.
//!
//! The view: `{records, balances, settle_up, discrepancies, handed_over, unreadable,
//! currency_default}`. Each record is [`Ledger::record_json`] plus `recorded_at_ms`,
//! `can_reverse` (whether `me` may reverse it now), `reversed_by_member` (for a reversed entry)
//! and `target_description` (for a reversal). `balances` and `settle_up` are exactly what
//! `conclave ledger balance --json` prints.

use std::collections::BTreeSet;

use conclave_proto::Username;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::ledger::{
    Amount, Currency, Date, EntryDraft, EntryKind, Ledger, LedgerError, LedgerOp, RecordBody,
    Reversal, SplitSpec, limits::SHARE_WEIGHT_MAX,
};

impl Ledger {
    /// What a front end shows of this ledger to `me`, while `members` are the conversation's
    /// accounts (see the module doc for the shape).
    pub fn view_json(&self, me: &Username, members: &BTreeSet<Username>) -> Value {
        let records: Vec<Value> = self
            .records()
            .iter()
            .map(|r| {
                let mut v = self.record_json(r);
                v["recorded_at_ms"] = json!(r.recorded_at.0);
                let can_reverse = matches!(r.body, RecordBody::Entry { .. })
                    && Reversal::new(r.id, None)
                        .is_ok_and(|rev| self.check(&LedgerOp::Reversal(rev), me, members).is_ok());
                v["can_reverse"] = json!(can_reverse);
                match &r.body {
                    RecordBody::Entry {
                        reversed_by: Some(by),
                        ..
                    } => {
                        v["reversed_by_member"] =
                            json!(self.record(*by).map(|b| b.recorded_by.as_str()));
                    }
                    RecordBody::Reversal { reversal } => {
                        v["target_description"] =
                            json!(self.record(reversal.target()).map(|t| t.describe()));
                    }
                    _ => {}
                }
                v
            })
            .collect();
        let currency_default = self.records().iter().rev().find_map(|r| match &r.body {
            RecordBody::Entry { entry, .. } => Some(entry.currency().code()),
            _ => None,
        });
        json!({
            "records": records,
            "balances": self.balances_json(),
            "settle_up": self.settle_up_json(),
            "discrepancies": self.discrepancies().iter().map(|d| json!({
                "by": d.by.as_str(),
                "device": d.device.0,
                "seq": d.seq,
                "detail": d.detail,
            })).collect::<Vec<_>>(),
            "handed_over": self.handed_over().map(|(by, device, seq)| json!({
                "by": by.as_str(),
                "device": device.0,
                "joined_at_seq": seq,
            })),
            "unreadable": self.unreadable(),
            "currency_default": currency_default,
        })
    }
}

/// Every currency the ledger knows: `[{code, minor_units}]`, sorted by code.
pub fn currencies_json() -> Value {
    Value::Array(
        Currency::all()
            .map(|c| json!({"code": c.code(), "minor_units": c.minor_units()}))
            .collect(),
    )
}

/// Why a form's input is refused: a message for people and the field it is about (`kind`,
/// `amount`, `currency`, `from`, `split`, `date`, `memo`, `reference`; empty when it is about the
/// entry as a whole).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FormError {
    pub field: &'static str,
    pub message: String,
}

impl FormError {
    fn new(field: &'static str, message: impl Into<String>) -> FormError {
        FormError {
            field,
            message: message.into(),
        }
    }

    /// A ledger error as a form shows it: worded for a form rather than a command line, with
    /// the field it is about. `from` is the form's "from" member, to tell it from the others.
    pub fn of(error: LedgerError, from: &str) -> FormError {
        let from = from.trim();
        let field = match &error {
            LedgerError::AmountSyntax { .. }
            | LedgerError::TooManyDecimals { .. }
            | LedgerError::ZeroAmount
            | LedgerError::NegativeAmount
            | LedgerError::AmountTooLarge { .. }
            | LedgerError::Overflow => "amount",
            LedgerError::UnknownCurrency { .. } => "currency",
            LedgerError::InvalidUser { input } if input.trim() == from => "from",
            LedgerError::NotMember { username } if username == from => "from",
            LedgerError::InvalidUser { .. }
            | LedgerError::NotMember { .. }
            | LedgerError::DuplicateParty { .. }
            | LedgerError::NoParties
            | LedgerError::TooManyParties
            | LedgerError::SelfTransfer { .. }
            | LedgerError::SharesMismatch { .. }
            | LedgerError::ShareTooSmall { .. }
            | LedgerError::SplitSyntax { .. }
            | LedgerError::SplitMismatch => "split",
            LedgerError::MemoTooLong => "memo",
            LedgerError::ReferenceTooLong => "reference",
            LedgerError::ControlCharacters { field } => *field,
            LedgerError::InvalidDate { .. } => "date",
            _ => "",
        };
        let message = match &error {
            LedgerError::NoParties => {
                "choose who receives it, or the members to split it among".to_owned()
            }
            LedgerError::NegativeAmount => "the amount must be positive (for money going the \
                                            other way, swap who paid and who received)"
                .to_owned(),
            LedgerError::SelfTransfer { username } => {
                format!("{username} would pay themselves: choose someone else to receive it")
            }
            other => other.to_string(),
        };
        FormError { field, message }
    }
}

/// One member's part in an exact or weighted split, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FormShare {
    pub member: String,
    #[serde(default)]
    pub value: String,
}

/// An entry form's fields, as the page sends them (JSON).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EntryForm {
    /// `payment` or `debt`.
    pub kind: String,
    pub amount: String,
    pub currency: String,
    pub from: String,
    /// `to` (all of it to `to`), `equal` (among `members`), `exact` or `weights` (`shares`).
    pub split: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub members: Vec<String>,
    /// Members with an empty value take no part.
    #[serde(default)]
    pub shares: Vec<FormShare>,
    /// `YYYY-MM-DD`; empty: today.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub memo: String,
    #[serde(default)]
    pub reference: String,
}

fn optional(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.trim().to_owned())
}

impl EntryForm {
    pub fn from_json(text: &str) -> Result<EntryForm, FormError> {
        serde_json::from_str(text)
            .map_err(|e| FormError::new("", format!("the form could not be read: {e}")))
    }

    /// The draft these fields describe (nothing parsed yet but the split's shape).
    pub fn draft(&self) -> Result<EntryDraft, FormError> {
        let kind = EntryKind::parse(&self.kind)
            .ok_or_else(|| FormError::new("kind", "choose a payment or a debt"))?;
        let typed = self
            .shares
            .iter()
            .filter(|s| !s.value.trim().is_empty())
            .map(|s| (s.member.trim().to_owned(), s.value.trim().to_owned()));
        let split = match self.split.as_str() {
            "to" => SplitSpec::To(self.to.trim().to_owned()),
            "equal" => SplitSpec::Equal(
                self.members
                    .iter()
                    .map(|m| m.trim().to_owned())
                    .filter(|m| !m.is_empty())
                    .collect(),
            ),
            "exact" => SplitSpec::Exact(typed.collect()),
            "weights" => SplitSpec::Weights(
                typed
                    .map(|(member, text)| match text.parse::<u32>() {
                        Ok(w) if (1..=SHARE_WEIGHT_MAX).contains(&w) => Ok((member, w)),
                        _ => Err(FormError::new(
                            "split",
                            format!(
                                "{member}'s weight {text:?} is not a whole number from 1 to \
                                 {SHARE_WEIGHT_MAX}"
                            ),
                        )),
                    })
                    .collect::<Result<_, _>>()?,
            ),
            _ => {
                return Err(FormError::new(
                    "split",
                    "choose one member, or how to split the amount",
                ));
            }
        };
        let empty = match &split {
            SplitSpec::To(to) => to.is_empty(),
            SplitSpec::Equal(v) => v.is_empty(),
            SplitSpec::Exact(v) => v.is_empty(),
            SplitSpec::Weights(v) => v.is_empty(),
        };
        if empty {
            return Err(FormError::of(LedgerError::NoParties, &self.from));
        }
        Ok(EntryDraft {
            kind,
            amount: self.amount.clone(),
            currency: self.currency.clone(),
            from: self.from.clone(),
            split,
            date: optional(&self.date),
            memo: optional(&self.memo),
            reference: optional(&self.reference),
        })
    }

    /// The entry, checked as far as it can be without the conversation (`today` when the date is
    /// empty). An exact share's bad amount is reported as the share's.
    pub fn parse(&self, today: Date) -> Result<LedgerOp, FormError> {
        let draft = self.draft()?;
        if let (SplitSpec::Exact(shares), Ok(currency)) =
            (&draft.split, Currency::parse(&draft.currency))
            && Amount::parse(&draft.amount, currency).is_ok()
        {
            for (member, text) in shares {
                if let Err(e) = Amount::parse(text, currency) {
                    let e = FormError::of(e, "");
                    return Err(FormError::new("split", format!("{member}'s share: {e}")));
                }
            }
        }
        draft
            .parse(today)
            .map(LedgerOp::Entry)
            .map_err(|e| FormError::of(e, &self.from))
    }

    /// [`EntryForm::parse`], then whether every device would accept the entry from `me` now.
    pub fn check(
        &self,
        ledger: &Ledger,
        today: Date,
        me: &Username,
        members: &BTreeSet<Username>,
    ) -> Result<LedgerOp, FormError> {
        let op = self.parse(today)?;
        ledger
            .check(&op, me, members)
            .map_err(|e| FormError::of(e, &self.from))?;
        Ok(op)
    }
}

/// A reversal as a form asks for it: the entry (its id or an id prefix) and a memo, checked
/// against the ledger for `me`.
pub fn reversal_form(
    ledger: &Ledger,
    entry: &str,
    memo: &str,
    me: &Username,
    members: &BTreeSet<Username>,
) -> Result<LedgerOp, FormError> {
    let id = ledger.resolve(entry).map_err(|e| FormError::of(e, ""))?;
    let op =
        LedgerOp::Reversal(Reversal::new(id, optional(memo)).map_err(|e| FormError::of(e, ""))?);
    ledger
        .check(&op, me, members)
        .map_err(|e| FormError::of(e, ""))?;
    Ok(op)
}
