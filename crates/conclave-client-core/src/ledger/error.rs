//! Why a ledger input or entry is refused. The same errors serve a person typing a command
//! (`conclave ledger add`, the web form) and a device replaying history: an entry another
//! device sent is refused for the same reason, in the same place, on every device.

use crate::ledger::limits::{MEMO_BYTES_MAX, PARTIES_MAX, REFERENCE_BYTES_MAX, SHARE_WEIGHT_MAX};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LedgerError {
    // -- amounts and currencies
    #[error(
        "invalid amount {input:?}: write digits with an optional '.' and decimals, e.g. 12.50 (no sign, exponent or separators)"
    )]
    AmountSyntax { input: String },
    #[error(
        "{input} has more decimals than {currency} allows ({allowed}); {currency} amounts are counted in {}",
        minor_name(*allowed)
    )]
    TooManyDecimals {
        input: String,
        currency: String,
        allowed: u8,
    },
    #[error("the amount must be more than zero")]
    ZeroAmount,
    #[error(
        "the amount must be positive (to record money going the other way, swap --from and --to)"
    )]
    NegativeAmount,
    #[error("the amount is too large: at most {max}")]
    AmountTooLarge { max: String },
    #[error("unknown currency {code:?}: use an ISO 4217 code such as EUR, USD, GBP, CHF or JPY")]
    UnknownCurrency { code: String },
    #[error("this entry would take a balance beyond what the ledger can hold exactly (overflow)")]
    Overflow,

    // -- parties and splits
    #[error("invalid member {input:?}: give a username")]
    InvalidUser { input: String },
    #[error("{username} is not a member of this conversation")]
    NotMember { username: String },
    #[error("{username} appears twice in the split")]
    DuplicateParty { username: String },
    #[error("give who receives (--to) or how to split it (--split)")]
    NoParties,
    #[error("at most {PARTIES_MAX} members can share one entry")]
    TooManyParties,
    #[error("{username} would pay themselves: nothing changes hands")]
    SelfTransfer { username: String },
    #[error(
        "the shares add up to {shares}, not to the amount {amount}; give shares that add up exactly"
    )]
    SharesMismatch { shares: String, amount: String },
    #[error(
        "{amount} is too small to split among {parties}: every share must be at least {smallest}"
    )]
    ShareTooSmall {
        amount: String,
        parties: usize,
        smallest: String,
    },
    #[error(
        "invalid split {input:?}: use bob,carol (equal), bob=5.00,carol=7.50 (amounts) or bob:2,carol:1 (weights from 1 to {SHARE_WEIGHT_MAX})"
    )]
    SplitSyntax { input: String },
    #[error("the split does not match its shares (a malformed entry)")]
    SplitMismatch,

    // -- texts and dates
    #[error("the memo is longer than {MEMO_BYTES_MAX} bytes")]
    MemoTooLong,
    #[error("the reference is longer than {REFERENCE_BYTES_MAX} bytes")]
    ReferenceTooLong,
    #[error("the {field} contains control characters (such as newlines)")]
    ControlCharacters { field: &'static str },
    #[error("invalid date {input:?}: use YYYY-MM-DD, a real day between 1900 and 9999")]
    InvalidDate { input: String },

    // -- reversals and ids
    #[error("no ledger entry {id} in this conversation")]
    UnknownEntry { id: String },
    #[error("entry {id} was already reversed by {by}")]
    AlreadyReversed { id: String, by: String },
    #[error("entry {id} is {what} and cannot be reversed")]
    NotReversible { id: String, what: &'static str },
    #[error("only the member who recorded entry {id} or one of its parties may reverse it")]
    NotAllowedToReverse { id: String },
    #[error("entry id {prefix:?} matches several entries: {matches}; give more characters")]
    AmbiguousEntry { prefix: String, matches: String },
    #[error(
        "invalid entry id {input:?}: give the hexadecimal id (or its first 6 or more characters) from `ledger list`"
    )]
    InvalidEntryId { input: String },
    #[error("an entry with this id is already in the ledger (a replay)")]
    DuplicateId,

    // -- hand-overs to devices that join later
    #[error("{reason} (as handed over when this device joined)")]
    HandedOver { reason: String },
    #[error("the ledger has {records} records, more than a hand-over to a new device can carry")]
    HandOverTooLarge { records: usize },

    // -- encoding
    #[error("malformed ledger entry: {0}")]
    Malformed(String),
}

fn minor_name(minor_units: u8) -> &'static str {
    match minor_units {
        0 => "whole units",
        1 => "tenths",
        2 => "hundredths",
        3 => "thousandths",
        _ => "ten-thousandths",
    }
}
