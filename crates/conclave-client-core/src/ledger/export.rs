//! Export: CSV for spreadsheets, JSON for programs. Amounts are decimal text plus integer minor
//! units; never floating point.
//!
//! The CSV has one row per member per accepted entry (the member's net share of it, signed:
//! positive is owed) and, for a reversal, the same rows negated. Summing `amount` by member and
//! currency gives the balances; by currency alone, zero. Text cells that a spreadsheet would run
//! as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`.

use serde_json::{Value, json};

use crate::ledger::{
    Currency, Date, Entry, Ledger, LedgerOp, Record, RecordBody, Split, Transfer, format_minor,
};

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 17] = [
    "entry_id",
    "seq",
    "recorded_at",
    "recorded_by",
    "device",
    "kind",
    "status",
    "date",
    "currency",
    "member",
    "amount",
    "amount_minor",
    "entry_total",
    "from",
    "memo",
    "reference",
    "reverses",
];

fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

fn money(minor: i64, currency: Currency) -> String {
    format_minor(minor, Some(currency))
}

impl Ledger {
    /// The ledger as CSV (RFC 4180, header row first).
    pub fn to_csv(&self) -> String {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        // Writing into a Vec cannot fail.
        let _ = w.write_record(CSV_COLUMNS);
        for r in self.records() {
            let (entry, kind, date, memo, reverses, sign) = match &r.body {
                RecordBody::Entry { entry, .. } => (
                    entry,
                    entry.kind().as_str(),
                    entry.date(),
                    entry.memo(),
                    String::new(),
                    1,
                ),
                RecordBody::Reversal { reversal } => {
                    let Some(RecordBody::Entry { entry, .. }) =
                        self.record(reversal.target()).map(|t| &t.body)
                    else {
                        continue;
                    };
                    (
                        entry,
                        "reversal",
                        Date::of(r.recorded_at),
                        reversal.memo(),
                        reversal.target().to_hex(),
                        -1,
                    )
                }
                RecordBody::Rejected { .. } | RecordBody::Unreadable { .. } => continue,
            };
            let c = entry.currency();
            for (member, delta) in entry.effects() {
                let delta = sign * delta;
                let _ = w.write_record([
                    r.id.to_hex(),
                    r.seq.to_string(),
                    r.recorded_at.to_rfc3339(),
                    cell(r.recorded_by.as_str()),
                    r.device.to_string(),
                    kind.to_owned(),
                    match r.body {
                        RecordBody::Entry { .. } => r.status().to_owned(),
                        _ => "active".to_owned(),
                    },
                    date.to_string(),
                    c.code().to_owned(),
                    cell(member.as_str()),
                    money(delta, c),
                    delta.to_string(),
                    entry.amount().format(c),
                    cell(entry.from().as_str()),
                    cell(memo.unwrap_or("")),
                    cell(entry.reference().unwrap_or("")),
                    reverses.clone(),
                ]);
            }
        }
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }

    /// One record as JSON (what `ledger list --json` prints per record).
    pub fn record_json(&self, r: &Record) -> Value {
        let mut v = json!({
            "id": r.id.to_hex(),
            "seq": r.seq,
            "recorded_by": r.recorded_by.as_str(),
            "device": r.device.0,
            "recorded_at": r.recorded_at.to_rfc3339(),
            "status": r.status(),
            "description": r.describe(),
            "handed_over_by": r.handed_over_by.as_ref().map(|(u, d)| json!({
                "username": u.as_str(),
                "device": d.0,
            })),
        });
        let fields = match &r.body {
            RecordBody::Entry { entry, reversed_by } => {
                let mut e = entry_json(entry);
                e["reversed_by"] = json!(reversed_by.map(|id| id.to_hex()));
                e["type"] = json!("entry");
                e
            }
            RecordBody::Reversal { reversal } => json!({
                "type": "reversal",
                "reverses": reversal.target().to_hex(),
                "memo": reversal.memo(),
            }),
            RecordBody::Rejected { op, error } => {
                let mut e = match op {
                    Some(LedgerOp::Entry(entry)) => entry_json(entry),
                    Some(LedgerOp::Reversal(rev)) => json!({
                        "reverses": rev.target().to_hex(),
                        "memo": rev.memo(),
                    }),
                    None => json!({}),
                };
                e["type"] = json!(match op {
                    Some(LedgerOp::Reversal(_)) => "reversal",
                    Some(LedgerOp::Entry(_)) => "entry",
                    None => "unknown",
                });
                e["error"] = json!(error.to_string());
                e
            }
            RecordBody::Unreadable { reason } => json!({
                "type": "unknown",
                "error": reason.to_string(),
            }),
        };
        if let (Some(v), Value::Object(fields)) = (v.as_object_mut(), fields) {
            v.extend(fields);
        }
        v
    }

    /// Balances as JSON: one object per member and currency.
    pub fn balances_json(&self) -> Value {
        Value::Array(
            self.balances()
                .iter()
                .flat_map(|(c, members)| {
                    members.iter().map(move |(m, b)| {
                        json!({
                            "currency": c.code(),
                            "member": m.as_str(),
                            "balance": money(*b, *c),
                            "balance_minor": b,
                        })
                    })
                })
                .collect(),
        )
    }

    /// The settle-up transfers as JSON.
    pub fn settle_up_json(&self) -> Value {
        Value::Array(self.settle_up().iter().map(transfer_json).collect())
    }

    /// The whole ledger: records, balances and settle-up transfers.
    pub fn to_json(&self) -> Value {
        json!({
            "format": "conclave-ledger",
            "version": 1,
            "records": self.records().iter().map(|r| self.record_json(r)).collect::<Vec<_>>(),
            "balances": self.balances_json(),
            "settle_up": self.settle_up_json(),
        })
    }
}

fn entry_json(e: &Entry) -> Value {
    let c = e.currency();
    json!({
        "kind": e.kind().as_str(),
        "date": e.date().to_string(),
        "currency": c.code(),
        "amount": e.amount().format(c),
        "amount_minor": e.amount().minor(),
        "from": e.from().as_str(),
        "split": match e.split() {
            Split::To => "to",
            Split::Equal => "equal",
            Split::Exact => "exact",
            Split::Weights(_) => "weights",
        },
        "shares": e.shares().iter().enumerate().map(|(i, s)| {
            let mut share = json!({
                "member": s.member.as_str(),
                "amount": s.amount.format(c),
                "amount_minor": s.amount.minor(),
            });
            if let Split::Weights(w) = e.split() {
                share["weight"] = json!(w.get(i));
            }
            share
        }).collect::<Vec<_>>(),
        "memo": e.memo(),
        "reference": e.reference(),
    })
}

fn transfer_json(t: &Transfer) -> Value {
    json!({
        "currency": t.currency.code(),
        "from": t.from.as_str(),
        "to": t.to.as_str(),
        "amount": money(t.amount, t.currency),
        "amount_minor": t.amount,
    })
}
