//! Unit tests of the ledger fold, on synthetic histories (the MLS-backed property test is in
//! `tests/ledger.rs`).

use conclave_proto::{DeviceId, GroupId, Timestamp, Username};

use super::*;
use crate::{HistoryBody, MemberDevice, StoredMessage, envelope::Content};

fn user(name: &str) -> Username {
    Username::parse(name).unwrap()
}

fn eur() -> Currency {
    Currency::from_code("EUR").unwrap()
}

fn device(name: &str, id: u64) -> MemberDevice {
    MemberDevice {
        username: user(name),
        device: DeviceId(id),
        key: [id as u8; 32],
    }
}

fn group() -> GroupId {
    GroupId::new(vec![7; 32]).unwrap()
}

fn today() -> Date {
    Date::parse("2026-11-25").unwrap()
}

fn draft(amount: &str, from: &str, split: SplitSpec) -> EntryDraft {
    EntryDraft {
        kind: EntryKind::Payment,
        amount: amount.into(),
        currency: "EUR".into(),
        from: from.into(),
        split,
        date: None,
        memo: None,
        reference: None,
    }
}

fn pay(amount: &str, from: &str, to: &str) -> LedgerOp {
    LedgerOp::Entry(
        draft(amount, from, SplitSpec::To(to.into()))
            .parse(today())
            .unwrap(),
    )
}

fn reverse(target: u8) -> LedgerOp {
    LedgerOp::Reversal(Reversal::new(EntryId([target; 16]), None).unwrap())
}

/// A history under construction: `seq` counts up, message ids are `[n; 16]`.
struct History {
    messages: Vec<StoredMessage>,
    seq: u64,
}

impl History {
    fn new() -> Self {
        History {
            messages: Vec::new(),
            seq: 0,
        }
    }

    fn push(&mut self, sender: &MemberDevice, body: HistoryBody) {
        self.seq += 1;
        self.messages.push(StoredMessage {
            group: group(),
            seq: self.seq,
            epoch: 1,
            sender: sender.username.clone(),
            sender_device: sender.device,
            at: Timestamp(self.seq as i64 * 1000),
            body,
        });
    }

    fn record(&mut self, sender: &MemberDevice, id: u8, content: Content) {
        let seq = self.seq as i64;
        self.push(
            sender,
            HistoryBody::Message {
                id: [id; 16],
                sent_at: Timestamp(seq * 1000 + 1),
                content,
            },
        );
    }

    fn op(&mut self, sender: &MemberDevice, id: u8, op: LedgerOp) {
        self.record(sender, id, content(op));
    }

    fn members(&mut self, by: &MemberDevice, added: Vec<MemberDevice>, removed: Vec<MemberDevice>) {
        self.push(by, HistoryBody::Membership { added, removed });
    }
}

fn rejected(ledger: &Ledger, id: u8) -> LedgerError {
    match &ledger.record(EntryId([id; 16])).unwrap().body {
        RecordBody::Rejected { error, .. } => error.clone(),
        other => panic!("entry {id} was not rejected: {other:?}"),
    }
}

fn assert_sums_zero(ledger: &Ledger) {
    for (c, b) in ledger.balances() {
        assert_eq!(b.values().map(|v| i128::from(*v)).sum::<i128>(), 0, "{c}");
    }
}

#[test]
fn balances_follow_entries_and_splits() {
    let (a, b, c) = (device("alice", 1), device("bob", 2), device("carol", 3));
    let members = vec![a.clone(), b.clone(), c.clone()];
    let mut h = History::new();
    h.op(&a, 1, pay("12.50", "alice", "bob"));
    // 10.00 split equally three ways: 3.34, 3.33, 3.33, the extra cent to the first listed.
    h.op(
        &b,
        2,
        LedgerOp::Entry(
            draft(
                "10",
                "bob",
                SplitSpec::parse_list("carol,alice,bob").unwrap(),
            )
            .parse(today())
            .unwrap(),
        ),
    );
    let mut debt = draft(
        "7.00",
        "carol",
        SplitSpec::parse_list("alice=2.50,bob=4.50").unwrap(),
    );
    debt.kind = EntryKind::Debt;
    debt.memo = Some("tickets, \"front row\"".into());
    h.op(&c, 3, LedgerOp::Entry(debt.parse(today()).unwrap()));
    let ledger = Ledger::from_history(&h.messages, &members);

    let shares: Vec<i64> = match &ledger.records()[1].body {
        RecordBody::Entry { entry, .. } => {
            entry.shares().iter().map(|s| s.amount.minor()).collect()
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(shares, [334, 333, 333]);
    // alice: +12.50 - 3.33 - 2.50; bob: -12.50 + 10 - 3.33 - 4.50; carol: -3.34 + 7.00
    assert_eq!(ledger.balance(&user("alice"), eur()), 1250 - 333 - 250);
    assert_eq!(
        ledger.balance(&user("bob"), eur()),
        -1250 + 1000 - 333 - 450
    );
    assert_eq!(ledger.balance(&user("carol"), eur()), -334 + 700);
    assert_sums_zero(&ledger);
    assert_eq!(ledger.records().len(), 3);
    assert_eq!(ledger.records()[2].recorded_by, user("carol"));
    assert_eq!(ledger.records()[2].device, DeviceId(3));
    assert_eq!(ledger.records()[2].recorded_at, Timestamp(2001));
    let settle = ledger.settle_up();
    assert_eq!(settle.len(), 2, "{settle:?}");
    let mut after = ledger.balances()[&eur()].clone();
    for t in &settle {
        *after.get_mut(&t.from).unwrap() += t.amount;
        *after.get_mut(&t.to).unwrap() -= t.amount;
    }
    assert!(after.values().all(|v| *v == 0));
}

#[test]
fn weighted_splits_use_largest_remainders() {
    let e = draft(
        "1.00",
        "alice",
        SplitSpec::parse_list("bob:1,carol:1,dave:1").unwrap(),
    )
    .parse(today())
    .unwrap();
    assert!(matches!(e.split(), Split::Weights(w) if w == &[1, 1, 1]));
    let amounts: Vec<i64> = e.shares().iter().map(|s| s.amount.minor()).collect();
    assert_eq!(amounts, [34, 33, 33]);
    let e = draft(
        "10.00",
        "alice",
        SplitSpec::parse_list("bob:2,carol:1").unwrap(),
    )
    .parse(today())
    .unwrap();
    let amounts: Vec<i64> = e.shares().iter().map(|s| s.amount.minor()).collect();
    assert_eq!(amounts, [667, 333]);
    assert_eq!(
        draft(
            "0.02",
            "alice",
            SplitSpec::parse_list("bob,carol,dave").unwrap()
        )
        .parse(today())
        .unwrap_err(),
        LedgerError::ShareTooSmall {
            amount: "0.02 EUR".into(),
            parties: 3,
            smallest: "0.01 EUR".into()
        }
    );
}

#[test]
fn drafts_refuse_bad_input_with_the_reason() {
    let err = |d: EntryDraft| d.parse(today()).unwrap_err();
    let to_bob = || SplitSpec::To("bob".into());
    assert!(matches!(
        err(draft("12.345", "alice", to_bob())),
        LedgerError::TooManyDecimals { .. }
    ));
    assert_eq!(err(draft("0", "alice", to_bob())), LedgerError::ZeroAmount);
    assert_eq!(
        err(draft("-3", "alice", to_bob())),
        LedgerError::NegativeAmount
    );
    assert!(matches!(
        err(draft("1e9", "alice", to_bob())),
        LedgerError::AmountSyntax { .. }
    ));
    let mut d = draft("5", "alice", to_bob());
    d.currency = "EURO".into();
    assert!(matches!(err(d), LedgerError::UnknownCurrency { .. }));
    assert!(matches!(
        err(draft("5", "alice", SplitSpec::To("alice".into()))),
        LedgerError::SelfTransfer { .. }
    ));
    assert!(matches!(
        err(draft("5", "Alice!", to_bob())),
        LedgerError::InvalidUser { .. }
    ));
    assert!(matches!(
        err(draft(
            "5",
            "alice",
            SplitSpec::parse_list("bob,bob").unwrap()
        )),
        LedgerError::DuplicateParty { .. }
    ));
    assert!(matches!(
        err(draft(
            "5",
            "alice",
            SplitSpec::parse_list("bob=2,carol=2").unwrap()
        )),
        LedgerError::SharesMismatch { .. }
    ));
    let mut d = draft("5", "alice", to_bob());
    d.memo = Some("x".repeat(limits::MEMO_BYTES_MAX + 1));
    assert_eq!(err(d), LedgerError::MemoTooLong);
    let mut d = draft("5", "alice", to_bob());
    d.memo = Some("two\nlines".into());
    assert!(matches!(
        err(d),
        LedgerError::ControlCharacters { field: "memo" }
    ));
    let mut d = draft("5", "alice", to_bob());
    d.reference = Some("r".repeat(limits::REFERENCE_BYTES_MAX + 1));
    assert_eq!(err(d), LedgerError::ReferenceTooLong);
    let mut d = draft("5", "alice", to_bob());
    d.date = Some("2026-02-30".into());
    assert!(matches!(err(d), LedgerError::InvalidDate { .. }));
    for bad in [
        "",
        "bob,",
        "bob=1,carol",
        "bob:0",
        "bob:x",
        "bob=1,carol:2",
        ",bob",
    ] {
        assert!(
            matches!(
                SplitSpec::parse_list(bad),
                Err(LedgerError::SplitSyntax { .. })
            ),
            "{bad:?}"
        );
    }
    let many = (0..=limits::PARTIES_MAX)
        .map(|i| format!("u{i:03}"))
        .collect::<Vec<_>>();
    assert_eq!(
        SplitSpec::parse_list(&many.join(",")),
        Err(LedgerError::TooManyParties)
    );
}

#[test]
fn parties_must_be_members_where_the_entry_lands() {
    let (a, b, d) = (device("alice", 1), device("bob", 2), device("dave", 4));
    let mut h = History::new();
    h.op(&a, 1, pay("5", "alice", "dave")); // dave is not a member yet
    h.members(&a, vec![d.clone()], vec![]);
    h.op(&a, 2, pay("5", "alice", "dave"));
    h.members(&a, vec![], vec![d.clone()]);
    h.op(&a, 3, pay("5", "dave", "bob")); // dave has left
    h.op(&b, 4, pay("1", "bob", "alice"));
    // The device sees the whole history; today's members are alice and bob.
    let ledger = Ledger::from_history(&h.messages, &[a.clone(), b.clone()]);
    assert_eq!(
        rejected(&ledger, 1),
        LedgerError::NotMember {
            username: "dave".into()
        }
    );
    assert_eq!(ledger.record(EntryId([2; 16])).unwrap().status(), "active");
    assert!(matches!(
        rejected(&ledger, 3),
        LedgerError::NotMember { .. }
    ));
    assert_eq!(
        ledger.balance(&user("dave"), eur()),
        -500,
        "a former member keeps his debt"
    );
    assert_eq!(ledger.balance(&user("alice"), eur()), 400);
    assert_sums_zero(&ledger);
    // Checking before sending uses today's members.
    let now = member_accounts(&[a.clone(), b.clone()]);
    assert!(matches!(
        ledger.check(&pay("1", "alice", "dave"), &user("alice"), &now),
        Err(LedgerError::NotMember { .. })
    ));
    assert!(
        ledger
            .check(&pay("1", "alice", "bob"), &user("alice"), &now)
            .is_ok()
    );
}

#[test]
fn reversals_undo_once_and_only_for_those_involved() {
    let (a, b, c) = (device("alice", 1), device("bob", 2), device("carol", 3));
    let mut h = History::new();
    h.op(&a, 1, pay("20", "alice", "bob"));
    h.op(&c, 2, reverse(1)); // carol is not involved
    h.op(&b, 3, reverse(1)); // bob is a party
    h.op(&a, 4, reverse(1)); // already reversed
    h.op(&a, 5, reverse(3)); // a reversal
    h.op(&a, 6, reverse(99)); // unknown
    h.op(&a, 7, reverse(8)); // later entry: unknown at that point
    h.op(&a, 8, pay("1", "alice", "bob"));
    h.op(&c, 9, pay("0.50", "alice", "carol")); // carol records an entry between others
    h.op(&c, 10, reverse(9)); // the recorder may reverse it
    let ledger = Ledger::from_history(&h.messages, &[a, b, c]);
    assert!(matches!(
        rejected(&ledger, 2),
        LedgerError::NotAllowedToReverse { .. }
    ));
    assert_eq!(
        ledger.record(EntryId([3; 16])).unwrap().status(),
        "reversal"
    );
    let reversed = ledger.record(EntryId([1; 16])).unwrap();
    assert_eq!(reversed.status(), "reversed");
    assert_eq!(
        rejected(&ledger, 4),
        LedgerError::AlreadyReversed {
            id: EntryId([1; 16]).short(),
            by: "bob".into()
        }
    );
    assert!(matches!(
        rejected(&ledger, 5),
        LedgerError::NotReversible {
            what: "a reversal",
            ..
        }
    ));
    assert!(matches!(
        rejected(&ledger, 6),
        LedgerError::UnknownEntry { .. }
    ));
    assert!(matches!(
        rejected(&ledger, 7),
        LedgerError::UnknownEntry { .. }
    ));
    assert_eq!(
        ledger.record(EntryId([10; 16])).unwrap().status(),
        "reversal"
    );
    assert_eq!(ledger.balance(&user("alice"), eur()), 100);
    assert_eq!(ledger.balance(&user("bob"), eur()), -100);
    assert_eq!(ledger.balance(&user("carol"), eur()), 0);
    assert_sums_zero(&ledger);
    assert_eq!(ledger.active_entries().count(), 1);
}

#[test]
fn overflow_replays_and_newer_versions_change_nothing() {
    let (a, b) = (device("alice", 1), device("bob", 2));
    let mut h = History::new();
    let max = format_minor(limits::AMOUNT_MINOR_MAX, Some(eur()));
    // 2^53 / 10^15 ≈ 9.007: the tenth maximal entry would overflow alice's balance.
    for i in 0..10 {
        h.op(&a, i + 1, pay(&max, "alice", "bob"));
    }
    h.op(&b, 1, pay("1", "bob", "alice")); // a replayed id
    let newer = LedgerPayload::from_bytes(&[LEDGER_VERSION + 1, 1, 2, 3]);
    h.record(&b, 50, Content::Ledger { payload: newer });
    let ledger = Ledger::from_history(&h.messages, &[a, b]);
    assert_eq!(rejected(&ledger, 10), LedgerError::Overflow);
    assert_eq!(
        ledger.balance(&user("alice"), eur()),
        9 * limits::AMOUNT_MINOR_MAX
    );
    assert_eq!(
        ledger.records()[10].body,
        RecordBody::Rejected {
            op: Some(pay("1", "bob", "alice")),
            error: LedgerError::DuplicateId
        }
    );
    assert_eq!(ledger.unreadable(), 1);
    assert_eq!(
        ledger.record(EntryId([50; 16])).unwrap().status(),
        "unreadable"
    );
    assert_sums_zero(&ledger);
}

#[test]
fn payloads_round_trip_and_malformed_ones_are_refused_everywhere() {
    let mut d = draft(
        "7.5",
        "alice",
        SplitSpec::parse_list("bob:3,carol:1").unwrap(),
    );
    d.memo = Some("über ☕".into());
    d.reference = Some("INV-1".into());
    d.date = Some("2024-02-29".into());
    let ops = [
        LedgerOp::Entry(d.parse(today()).unwrap()),
        pay("1", "alice", "bob"),
        LedgerOp::Reversal(Reversal::new(EntryId([5; 16]), Some("typo".into())).unwrap()),
    ];
    for op in ops {
        let payload = LedgerPayload::new(op.clone());
        let bytes = payload.to_bytes();
        assert_eq!(bytes[0], OP_VERSION);
        assert_eq!(LedgerPayload::from_bytes(&bytes), payload);
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert!(matches!(
            LedgerPayload::from_bytes(&trailing),
            LedgerPayload::Unreadable(Unreadable {
                reason: UnreadableReason::Invalid(LedgerError::Malformed(_)),
                ..
            })
        ));
        for cut in 0..bytes.len() {
            assert!(matches!(
                LedgerPayload::from_bytes(&bytes[..cut]),
                LedgerPayload::Unreadable(_)
            ));
        }
    }

    // Entries a bad client could craft: every device refuses them for the same reason.
    let crafted = |f: &dyn Fn(&mut payload::v1::Entry)| {
        let mut e = payload::v1::Entry {
            kind: payload::v1::Kind::Payment,
            currency: "EUR".into(),
            amount_minor: 1000,
            from: "alice".into(),
            split: payload::v1::Split::Equal,
            shares: vec![("bob".into(), 500), ("carol".into(), 500)],
            date: (2026, 11, 25),
            memo: None,
            reference: None,
        };
        f(&mut e);
        let bytes = postcard::to_extend(&payload::v1::Op::Entry(e), vec![OP_VERSION]).unwrap();
        match LedgerPayload::from_bytes(&bytes) {
            LedgerPayload::Unreadable(Unreadable {
                reason: UnreadableReason::Invalid(e),
                ..
            }) => Some(e),
            LedgerPayload::Op(_) => None,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(crafted(&|_| {}), None, "the base entry is valid");
    assert_eq!(
        crafted(&|e| e.amount_minor = 0),
        Some(LedgerError::ZeroAmount)
    );
    assert!(matches!(
        crafted(&|e| e.amount_minor = u64::MAX),
        Some(LedgerError::Overflow)
    ));
    assert!(matches!(
        crafted(&|e| e.currency = "ZZZ".into()),
        Some(LedgerError::UnknownCurrency { .. })
    ));
    assert!(matches!(
        crafted(&|e| e.shares[0].1 = 400),
        Some(LedgerError::SharesMismatch { .. })
    ));
    assert_eq!(
        crafted(&|e| {
            e.shares = vec![("bob".into(), 600), ("carol".into(), 400)];
        }),
        Some(LedgerError::SplitMismatch),
        "an 'equal' split must be equal"
    );
    assert!(matches!(
        crafted(&|e| e.shares[1].0 = "NOT A NAME".into()),
        Some(LedgerError::InvalidUser { .. })
    ));
    assert!(matches!(
        crafted(&|e| e.date = (2026, 2, 30)),
        Some(LedgerError::InvalidDate { .. })
    ));
    assert!(matches!(
        crafted(&|e| e.memo = Some("\u{7}".into())),
        Some(LedgerError::ControlCharacters { .. })
    ));

    // In a history they become rejected records with no effect.
    let (a, b) = (device("alice", 1), device("bob", 2));
    let mut h = History::new();
    h.record(
        &a,
        1,
        Content::Ledger {
            payload: LedgerPayload::from_bytes(&[OP_VERSION, 0, 1, 2]),
        },
    );
    let ledger = Ledger::from_history(&h.messages, &[a, b]);
    assert!(matches!(rejected(&ledger, 1), LedgerError::Malformed(_)));
    assert!(ledger.balances().is_empty());
}

#[test]
fn entry_ids_resolve_from_prefixes() {
    let (a, b) = (device("alice", 1), device("bob", 2));
    let mut h = History::new();
    h.op(&a, 0xab, pay("1", "alice", "bob"));
    h.record(&a, 0xac, content(pay("1", "alice", "bob")));
    let ledger = Ledger::from_history(&h.messages, &[a, b]);
    let full = EntryId([0xab; 16]);
    assert_eq!(ledger.resolve(&full.to_hex()), Ok(full));
    assert_eq!(ledger.resolve("ABABAB"), Ok(full));
    assert_eq!(EntryId::parse_hex(&full.to_hex()), Ok(full));
    assert!(matches!(
        ledger.resolve("abab"),
        Err(LedgerError::InvalidEntryId { .. })
    ));
    assert!(matches!(
        ledger.resolve("zzzzzz"),
        Err(LedgerError::InvalidEntryId { .. })
    ));
    assert!(matches!(
        ledger.resolve("000000"),
        Err(LedgerError::UnknownEntry { .. })
    ));
    let mut h2 = History::new();
    let (a, b) = (device("alice", 1), device("bob", 2));
    let mut id1 = [0xab; 16];
    id1[15] = 1;
    h2.push(
        &a,
        HistoryBody::Message {
            id: id1,
            sent_at: Timestamp(1),
            content: content(pay("1", "alice", "bob")),
        },
    );
    h2.op(&a, 0xab, pay("1", "alice", "bob"));
    let ledger = Ledger::from_history(&h2.messages, &[a, b]);
    assert!(matches!(
        ledger.resolve("abababab"),
        Err(LedgerError::AmbiguousEntry { .. })
    ));
}

#[test]
fn csv_export_round_trips_through_a_csv_reader() {
    let (a, b, c) = (device("alice", 1), device("bob", 2), device("carol", 3));
    let mut h = History::new();
    let mut dinner = draft(
        "100",
        "alice",
        SplitSpec::parse_list("alice,bob,carol").unwrap(),
    );
    dinner.memo = Some("dinner, \"the good place\"; =1+1".into());
    dinner.reference = Some("@receipt-7".into());
    h.op(&a, 1, LedgerOp::Entry(dinner.parse(today()).unwrap()));
    h.op(&b, 2, pay("12.34", "bob", "carol"));
    let mut yen = draft("1500", "carol", SplitSpec::To("alice".into()));
    yen.currency = "jpy".into();
    h.op(&c, 3, LedgerOp::Entry(yen.parse(today()).unwrap()));
    h.op(&b, 4, reverse(2));
    h.op(&a, 5, reverse(77)); // rejected: not exported
    let ledger = Ledger::from_history(&h.messages, &[a, b, c]);
    let text = ledger.to_csv();

    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), export::CSV_COLUMNS);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut totals: std::collections::BTreeMap<(String, String), i64> = Default::default();
    let mut memos = Vec::new();
    let mut rows = 0;
    for row in reader.records() {
        let row = row.unwrap();
        rows += 1;
        let currency = Currency::from_code(&row[col("currency")]).unwrap();
        // The decimal column parses exactly and agrees with the minor-units column.
        let text = &row[col("amount")];
        let minor: i64 = row[col("amount_minor")].parse().unwrap();
        let parsed = match text.strip_prefix('-') {
            Some(t) => -Amount::parse(t, currency).unwrap().minor(),
            None => Amount::parse(text, currency).unwrap().minor(),
        };
        assert_eq!(parsed, minor);
        *totals
            .entry((
                row[col("currency")].to_owned(),
                row[col("member")].to_owned(),
            ))
            .or_default() += minor;
        memos.push(row[col("memo")].to_owned());
        if &row[col("kind")] == "reversal" {
            assert_eq!(&row[col("reverses")], EntryId([2; 16]).to_hex());
        }
    }
    assert_eq!(rows, 3 + 2 + 2 + 2);
    for (currency, members) in ledger.balances() {
        for (member, balance) in members {
            let total = totals
                .get(&(currency.code().to_owned(), member.to_string()))
                .copied()
                .unwrap_or(0);
            assert_eq!(total, *balance, "{currency} {member}");
        }
        let sum: i64 = totals
            .iter()
            .filter(|((c, _), _)| c == currency.code())
            .map(|(_, v)| v)
            .sum();
        assert_eq!(sum, 0);
    }
    assert!(memos.contains(&"dinner, \"the good place\"; =1+1".to_owned()));
    assert!(text.contains(",'@receipt-7,"), "formula guard: {text}");

    let json = ledger.to_json();
    assert_eq!(json["records"].as_array().unwrap().len(), 5);
    assert_eq!(json["records"][1]["status"], "reversed");
    assert_eq!(json["records"][4]["status"], "rejected");
    assert_eq!(json["records"][0]["shares"][0]["amount"], "33.34");
    assert_eq!(json["balances"][0]["currency"], "EUR");
    assert!(json["settle_up"].as_array().is_some());
}

/// Alice and bob keep a ledger; carol is added at `joined_at_seq`; alice hands the ledger over
/// (sent as the message after the commit). Returns the full history and carol's part of it.
fn joined_later(
    forge: impl Fn(&mut HandOver),
) -> (History, Vec<StoredMessage>, [MemberDevice; 3], u64) {
    let (a, b, c) = (device("alice", 1), device("bob", 2), device("carol", 3));
    let mut h = History::new();
    h.op(&a, 1, pay("12.50", "alice", "bob"));
    h.op(&b, 2, pay("3", "bob", "carol")); // refused: carol is not a member yet
    h.op(&b, 3, pay("4", "bob", "alice"));
    h.op(&a, 4, reverse(3)); // alice is a party of entry 3: accepted
    h.members(&a, vec![c.clone()], vec![]);
    let joined_at_seq = h.seq;
    let before = Ledger::from_history(&h.messages, &[a.clone(), b.clone()]);
    for mut part in before.hand_over(joined_at_seq, &[c.device]).unwrap() {
        forge(&mut part);
        h.record(&a, 100 + part.part as u8, handover_content(part));
    }
    h.op(&c, 5, pay("2", "carol", "alice"));
    h.op(&c, 6, reverse(1)); // carol is no party of entry 1: refused everywhere
    let carol: Vec<StoredMessage> = h
        .messages
        .iter()
        .filter(|m| m.seq > joined_at_seq)
        .cloned()
        .collect();
    (h, carol, [a, b, c], joined_at_seq)
}

#[test]
fn a_device_that_joins_later_gets_the_same_ledger_handed_over() {
    let (h, carol_history, [a, b, c], joined_at_seq) = joined_later(|_| {});
    let members = [a.clone(), b.clone(), c.clone()];
    let alice = Ledger::from_history_of(&h.messages, &members, Some(a.device));
    let bob = Ledger::from_history_of(&h.messages, &members, Some(b.device));
    let carol = Ledger::from_history_of(&carol_history, &members, Some(c.device));
    // Without the hand-over carol would see only her own two records.
    let alone = Ledger::from_history_of(&carol_history, &members, Some(DeviceId(99)));
    assert_eq!(alone.records().len(), 2);

    for ledger in [&alice, &bob, &carol] {
        assert_eq!(ledger.records().len(), 6);
        assert_eq!(ledger.balances(), alice.balances());
        assert_eq!(ledger.settle_up(), alice.settle_up());
        assert!(
            ledger.discrepancies().is_empty(),
            "{:?}",
            ledger.discrepancies()
        );
        assert_sums_zero(ledger);
    }
    let statuses = |l: &Ledger| l.records().iter().map(Record::status).collect::<Vec<_>>();
    assert_eq!(
        statuses(&carol),
        [
            "active", "rejected", "reversed", "reversal", "active", "rejected"
        ]
    );
    assert_eq!(statuses(&carol), statuses(&alice));
    assert_eq!(carol.to_csv(), alice.to_csv());
    // Carol's copy says where the past came from; the refusal keeps the reason alice's device gave.
    assert_eq!(
        carol.handed_over(),
        Some((&user("alice"), DeviceId(1), joined_at_seq))
    );
    assert_eq!(
        carol.records()[0].handed_over_by,
        Some((user("alice"), DeviceId(1)))
    );
    assert_eq!(carol.records()[4].handed_over_by, None);
    assert_eq!(
        rejected(&carol, 2),
        LedgerError::HandedOver {
            reason: LedgerError::NotMember {
                username: "carol".into()
            }
            .to_string()
        }
    );
    assert_eq!(
        rejected(&carol, 6),
        LedgerError::NotAllowedToReverse {
            id: EntryId([1; 16]).short()
        }
    );
    assert_eq!(alice.handed_over(), None);
}

#[test]
fn a_false_past_handed_to_a_newcomer_is_seen_by_every_member_who_knows_the_true_one() {
    let (h, carol_history, [a, b, c], _) = joined_later(|part| {
        // Alice's device "forgets" that she owes bob and invents a payment from bob.
        part.records.retain(|r| r.id != EntryId([1; 16]));
        if let Some(r) = part.records.iter_mut().find(|r| r.seq == 2) {
            r.op = Some(pay("300", "bob", "alice"));
            r.verdict = Verdict::Accepted;
        }
    });
    let members = [a.clone(), b.clone(), c.clone()];
    let bob = Ledger::from_history_of(&h.messages, &members, Some(b.device));
    let details: Vec<&str> = bob
        .discrepancies()
        .iter()
        .map(|d| d.detail.as_str())
        .collect();
    assert_eq!(bob.discrepancies()[0].by, user("alice"));
    assert!(
        details
            .iter()
            .any(|d| d.contains("message 1") && d.contains("left out")),
        "{details:?}"
    );
    assert!(
        details.iter().any(|d| d.contains("message 2 differs")),
        "{details:?}"
    );
    // Carol cannot know; her ledger is what she was told, and it says by whom.
    let carol = Ledger::from_history_of(&carol_history, &members, Some(c.device));
    assert_eq!(carol.handed_over().map(|h| h.0), Some(&user("alice")));
    assert_ne!(carol.balances(), bob.balances());

    // A hand-over that is not even well formed is adopted by nobody and reported too.
    let (h, carol_history, [a, b, c], _) = joined_later(|part| part.records.reverse());
    let members = [a.clone(), b.clone(), c.clone()];
    let bob = Ledger::from_history_of(&h.messages, &members, Some(b.device));
    assert!(bob.discrepancies()[0].detail.contains("not well formed"));
    let carol = Ledger::from_history_of(&carol_history, &members, Some(c.device));
    assert_eq!(carol.handed_over(), None);
}

#[test]
fn long_ledgers_travel_in_several_parts_and_only_to_the_devices_they_are_for() {
    let (a, b, c, d) = (
        device("alice", 1),
        device("bob", 2),
        device("carol", 3),
        device("dave", 4),
    );
    let mut h = History::new();
    let memo = "m".repeat(limits::MEMO_BYTES_MAX);
    for i in 0..200u8 {
        let mut entry = draft("1", "alice", SplitSpec::To("bob".into()));
        entry.memo = Some(memo.clone());
        h.op(&a, i, LedgerOp::Entry(entry.parse(today()).unwrap()));
    }
    h.members(&a, vec![c.clone()], vec![]);
    let joined_at_seq = h.seq;
    let ledger = Ledger::from_history(&h.messages, &[a.clone(), b.clone()]);
    let parts = ledger.hand_over(joined_at_seq, &[c.device]).unwrap();
    assert!(parts.len() >= 2, "{} parts", parts.len());
    for part in &parts {
        let bytes = LedgerPayload::HandOver(part.clone()).to_bytes();
        assert!(bytes.len() <= limits::HANDOVER_PART_BYTES_MAX + 1024);
        assert_eq!(
            LedgerPayload::from_bytes(&bytes),
            LedgerPayload::HandOver(part.clone())
        );
    }
    // Parts may arrive interleaved with other messages; the last one completes the hand-over.
    for (i, part) in parts.into_iter().enumerate().rev() {
        h.record(&a, i as u8, handover_content(part));
        h.op(&b, 250 - i as u8, pay("1", "bob", "alice"));
    }
    let later: Vec<StoredMessage> = h
        .messages
        .iter()
        .filter(|m| m.seq > joined_at_seq)
        .cloned()
        .collect();
    let members = [a.clone(), b.clone(), c.clone(), d.clone()];
    let carol = Ledger::from_history_of(&later, &members, Some(c.device));
    let alice = Ledger::from_history_of(&h.messages, &members, Some(a.device));
    assert_eq!(carol.records().len(), alice.records().len());
    assert_eq!(carol.balances(), alice.balances());
    // Dave was not added by that commit: the hand-over is not his.
    let dave = Ledger::from_history_of(&later, &members, Some(d.device));
    assert_eq!(dave.handed_over(), None);
    assert!(dave.records().len() < alice.records().len());
    assert!(dave.discrepancies().is_empty());
    // Nothing to hand over: no message at all.
    assert!(Ledger::new().hand_over(5, &[c.device]).unwrap().is_empty());
}

fn form(json: serde_json::Value) -> EntryForm {
    EntryForm::from_json(&json.to_string()).unwrap()
}

#[test]
fn a_form_becomes_the_same_entry_as_the_command_line() {
    let members: BTreeSet<Username> = ["alice", "bob", "carol"].map(user).into();
    let book = Ledger::new();
    let check = |f: &EntryForm| f.check(&book, today(), &user("alice"), &members);
    let op = check(&form(serde_json::json!({
        "kind": "payment", "amount": "90", "currency": "eur", "from": "alice",
        "split": "equal", "members": ["alice", "bob", "carol"], "date": "",
        "memo": " dinner ", "reference": "",
    })))
    .unwrap();
    let cli = draft(
        "90",
        "alice",
        SplitSpec::parse_list("alice,bob,carol").unwrap(),
    );
    let mut cli = cli.parse(today()).unwrap();
    cli = Entry::new(EntryParts {
        kind: cli.kind(),
        currency: cli.currency(),
        amount: cli.amount(),
        from: cli.from().clone(),
        split: cli.split().clone(),
        shares: cli.shares().to_vec(),
        date: cli.date(),
        memo: Some("dinner".into()),
        reference: None,
    })
    .unwrap();
    assert_eq!(op, LedgerOp::Entry(cli));

    // Weights and exact amounts; members left empty take no part.
    let op = check(&form(serde_json::json!({
        "kind": "debt", "amount": "10.00", "currency": "EUR", "from": "bob", "split": "weights",
        "shares": [{"member": "alice", "value": "2"}, {"member": "bob", "value": ""},
                   {"member": "carol", "value": "1"}],
        "date": "2026-01-31",
    })))
    .unwrap();
    let LedgerOp::Entry(e) = op else { panic!() };
    assert_eq!(e.kind(), EntryKind::Debt);
    assert_eq!(e.date(), Date::parse("2026-01-31").unwrap());
    assert_eq!(
        e.shares()
            .iter()
            .map(|s| s.amount.minor())
            .collect::<Vec<_>>(),
        [667, 333]
    );
    let op = check(&form(serde_json::json!({
        "kind": "payment", "amount": "10", "currency": "EUR", "from": "alice", "split": "exact",
        "shares": [{"member": "bob", "value": "2.50"}, {"member": "carol", "value": "7.5"}],
    })))
    .unwrap();
    assert!(matches!(op, LedgerOp::Entry(e) if matches!(e.split(), Split::Exact)));
}

#[test]
fn form_errors_say_what_is_wrong_and_where() {
    let members: BTreeSet<Username> = ["alice", "bob"].map(user).into();
    let book = Ledger::new();
    let base = serde_json::json!({
        "kind": "payment", "amount": "12.50", "currency": "EUR", "from": "alice",
        "split": "to", "to": "bob",
    });
    let err = |change: serde_json::Value| {
        let mut v = base.clone();
        for (k, x) in change.as_object().unwrap() {
            v[k] = x.clone();
        }
        form(v)
            .check(&book, today(), &user("alice"), &members)
            .unwrap_err()
    };
    let e = err(serde_json::json!({"amount": "1.234"}));
    assert_eq!(e.field, "amount");
    assert!(
        e.message
            .starts_with("1.234 has more decimals than EUR allows (2)"),
        "{e}"
    );
    assert_eq!(err(serde_json::json!({"amount": "abc"})).field, "amount");
    let e = err(serde_json::json!({"amount": "-5"}));
    assert!(e.message.contains("swap who paid"), "{e}");
    assert!(
        !e.message.contains("--"),
        "no command-line flags in a form: {e}"
    );
    let e = err(serde_json::json!({"currency": "XYZ"}));
    assert_eq!(
        (e.field, e.message.contains("unknown currency \"XYZ\"")),
        ("currency", true)
    );
    let e = err(serde_json::json!({"to": "mallory"}));
    assert_eq!(e.field, "split");
    assert_eq!(e.message, "mallory is not a member of this conversation");
    assert_eq!(err(serde_json::json!({"from": "mallory"})).field, "from");
    let e = err(serde_json::json!({"to": ""}));
    assert_eq!(e.field, "split");
    assert!(!e.message.contains("--"), "{e}");
    assert_eq!(err(serde_json::json!({"to": "alice"})).field, "split");
    assert_eq!(err(serde_json::json!({"date": "2026-02-30"})).field, "date");
    assert_eq!(err(serde_json::json!({"kind": "gift"})).field, "kind");
    assert_eq!(err(serde_json::json!({"memo": "a\u{7}b"})).field, "memo");
    let e = err(serde_json::json!({
        "split": "exact", "shares": [{"member": "bob", "value": "12.505"}],
    }));
    assert_eq!(e.field, "split");
    assert!(
        e.message
            .starts_with("bob's share: 12.505 has more decimals"),
        "{e}"
    );
    let e = err(serde_json::json!({
        "split": "weights", "shares": [{"member": "bob", "value": "1.5"}],
    }));
    assert_eq!(e.field, "split");
    assert!(e.message.contains("bob's weight \"1.5\""), "{e}");
    let e = err(serde_json::json!({"split": "equal", "members": []}));
    assert_eq!(e.field, "split");
    assert!(EntryForm::from_json("{").is_err());
}

#[test]
fn the_view_says_who_may_reverse_what_and_shows_false_hand_overs() {
    let (a, b, c) = (device("alice", 1), device("bob", 2), device("carol", 3));
    let members = [a.clone(), b.clone(), c.clone()];
    let accounts = member_accounts(&members);
    let mut h = History::new();
    h.op(&a, 1, pay("12.50", "alice", "bob"));
    h.op(&b, 2, pay("4", "bob", "carol"));
    h.op(&b, 3, reverse(2));
    h.op(&c, 4, pay("1", "carol", "dave"));
    let book = Ledger::from_history(&h.messages, &members);
    let view = book.view_json(&user("carol"), &accounts);
    let records = view["records"].as_array().unwrap();
    let field = |i: usize, k: &str| records[i][k].clone();
    assert_eq!(records.len(), 4);
    // Carol is no party of alice's payment to bob; the reversed one cannot be reversed again.
    assert_eq!(field(0, "can_reverse"), false);
    assert_eq!(field(1, "status"), "reversed");
    assert_eq!(field(1, "can_reverse"), false);
    assert_eq!(field(1, "reversed_by_member"), "bob");
    assert_eq!(field(2, "status"), "reversal");
    assert_eq!(field(2, "target_description"), "bob paid carol 4.00 EUR");
    assert_eq!(field(3, "status"), "rejected");
    assert_eq!(field(3, "recorded_at_ms"), 3001);
    let bobs = book.view_json(&user("bob"), &accounts);
    assert_eq!(bobs["records"][0]["can_reverse"], true);
    assert_eq!(view["balances"], book.balances_json());
    assert_eq!(view["settle_up"], book.settle_up_json());
    assert_eq!(view["currency_default"], "EUR");
    assert_eq!(view["handed_over"], serde_json::Value::Null);
    assert_eq!(view["discrepancies"], serde_json::json!([]));

    let (h, carol_history, [a, b, c], joined_at_seq) = joined_later(|part| {
        part.records.retain(|r| r.id != EntryId([1; 16]));
    });
    let members = [a.clone(), b.clone(), c.clone()];
    let accounts = member_accounts(&members);
    let bob = Ledger::from_history_of(&h.messages, &members, Some(b.device));
    let view = bob.view_json(&user("bob"), &accounts);
    let d = &view["discrepancies"][0];
    assert_eq!(
        (d["by"].as_str(), d["device"].as_u64()),
        (Some("alice"), Some(1))
    );
    assert!(d["detail"].as_str().unwrap().contains("left out"), "{d}");
    let carol = Ledger::from_history_of(&carol_history, &members, Some(c.device));
    let view = carol.view_json(&user("carol"), &accounts);
    assert_eq!(
        view["handed_over"],
        serde_json::json!({"by": "alice", "device": 1, "joined_at_seq": joined_at_seq})
    );
    assert_eq!(view["records"][0]["handed_over_by"]["username"], "alice");
    assert!(
        currencies_json()
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "JPY" && c["minor_units"] == 0)
    );
}

#[test]
fn a_reversal_form_resolves_the_entry_and_checks_who_asks() {
    let (a, b, c) = (device("alice", 1), device("bob", 2), device("carol", 3));
    let members = [a.clone(), b.clone(), c.clone()];
    let accounts = member_accounts(&members);
    let mut h = History::new();
    h.op(&a, 1, pay("12.50", "alice", "bob"));
    let book = Ledger::from_history(&h.messages, &members);
    let id = EntryId([1; 16]).to_hex();
    let op = reversal_form(&book, &id, " typo ", &user("bob"), &accounts).unwrap();
    assert_eq!(
        op,
        LedgerOp::Reversal(Reversal::new(EntryId([1; 16]), Some("typo".into())).unwrap())
    );
    let e = reversal_form(&book, &id, "", &user("carol"), &accounts).unwrap_err();
    assert!(e.message.contains("only the member who recorded"), "{e}");
    let e = reversal_form(&book, "0202020202", "", &user("bob"), &accounts).unwrap_err();
    assert!(e.message.starts_with("no ledger entry"), "{e}");
}

/// A hand-over part numbered beyond its count (part 4294967295 of 0 here) is unreadable, not
/// a hand-over whose summary counts past `u32::MAX`. Found by the `ledger_payload` fuzz target
/// (its input is in fuzz/regressions/ledger_payload/).
#[test]
fn a_hand_over_part_beyond_its_count_is_unreadable() {
    let fuzzed = [
        2, 93, 2, 0, 189, 167, 255, 255, 255, 5, 255, 255, 255, 255, 15, 208, 2, 0,
    ];
    let payload = LedgerPayload::from_bytes(&fuzzed);
    assert!(
        matches!(
            &payload,
            LedgerPayload::Unreadable(Unreadable {
                reason: UnreadableReason::Invalid(LedgerError::Malformed(_)),
                ..
            })
        ),
        "{payload:?}"
    );
    assert!(payload.summary().contains("unreadable"));
    let part = |part, parts| {
        LedgerPayload::HandOver(HandOver {
            joined_at_seq: 5,
            for_devices: vec![DeviceId(3)],
            part,
            parts,
            records: Vec::new(),
        })
    };
    for (p, n) in [(0, 0), (1, 1), (u32::MAX, u32::MAX)] {
        let bytes = part(p, n).to_bytes();
        assert!(matches!(
            LedgerPayload::from_bytes(&bytes),
            LedgerPayload::Unreadable(_)
        ));
    }
    let last = part(u32::MAX - 1, u32::MAX);
    assert_eq!(LedgerPayload::from_bytes(&last.to_bytes()), last);
}
