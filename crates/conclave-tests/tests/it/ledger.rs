//! The shared ledger through the real `conclave` CLI and server: entries, splits, debts,
//! reversals and settling up, as several members see them (one of them offline while the others
//! record); exports that a CSV reader totals to the same balances; bad input refused with a
//! clear error and nothing sent; and no memo or amount ever reaching the server in plaintext.

use std::{collections::BTreeMap, path::Path};

use conclave_tests::{TestServer, cli_err, cli_ok, contains, files, invite};
use serde_json::Value;

fn json(out: &str) -> Value {
    serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// (currency, member) → balance in minor units, from `ledger balance --json`.
fn balances(v: &Value) -> BTreeMap<(String, String), i64> {
    v["balances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                (
                    b["currency"].as_str().unwrap().to_owned(),
                    b["member"].as_str().unwrap().to_owned(),
                ),
                b["balance_minor"].as_i64().unwrap(),
            )
        })
        .collect()
}

struct People {
    _dir: tempfile::TempDir,
    server: TestServer,
    homes: BTreeMap<&'static str, std::path::PathBuf>,
}

impl People {
    /// A server and these accounts (the first one is the admin who invites the others).
    fn join(names: &[&'static str]) -> People {
        let server = TestServer::start();
        let dir = tempfile::tempdir().unwrap();
        let mut homes: BTreeMap<&'static str, std::path::PathBuf> = BTreeMap::new();
        for (i, name) in names.iter().enumerate() {
            let home = dir.path().join(name);
            let link = if i == 0 {
                server.admin_link.clone().unwrap().to_string()
            } else {
                invite(&homes[names[0]])
            };
            cli_ok(&home, &["join", &link, "--name", name]);
            homes.insert(*name, home);
        }
        People {
            _dir: dir,
            server,
            homes,
        }
    }

    fn home(&self, name: &str) -> &Path {
        &self.homes[name]
    }
}

#[test]
fn a_shared_ledger_through_the_cli() {
    let p = People::join(&["alice", "bob", "carol", "dave"]);
    let (alice, bob, carol) = (p.home("alice"), p.home("bob"), p.home("carol"));
    cli_ok(
        alice,
        &["group", "create", "trip", "--members", "bob,carol"],
    );

    // Bob is offline while alice and carol record three entries.
    let dinner = json(&cli_ok(
        alice,
        &[
            "ledger",
            "add",
            "#trip",
            "--amount",
            "90",
            "--currency",
            "EUR",
            "--split",
            "alice,bob,carol",
            "--memo",
            "dinner, with \"wine\"",
            "--ref",
            "R-1",
            "--date",
            "2026-11-25",
            "--json",
        ],
    ));
    assert_eq!(dinner["status"], "active");
    assert_eq!(dinner["amount"], "90.00");
    assert_eq!(dinner["shares"][1]["amount"], "30.00");
    assert_eq!(dinner["date"], "2026-11-25");
    let debt = cli_ok(
        carol,
        &[
            "ledger",
            "add",
            "trip",
            "--amount",
            "12.5",
            "--currency",
            "eur",
            "--from",
            "carol",
            "--to",
            "bob",
            "--kind",
            "debt",
            "--memo",
            "taxi",
        ],
    );
    assert!(debt.contains("bob owes carol 12.50 EUR: taxi"), "{debt}");
    let debt_id = debt.split_whitespace().nth(1).unwrap().to_owned();
    cli_ok(
        carol,
        &[
            "ledger",
            "add",
            "trip",
            "--amount",
            "3000",
            "--currency",
            "JPY",
            "--from",
            "alice",
            "--split",
            "bob:2,carol:1",
        ],
    );

    // Bob catches up: the same ledger, entry for entry, with who recorded what, from where, when.
    let lists: Vec<Value> = [alice, bob, carol]
        .iter()
        .map(|h| json(&cli_ok(h, &["ledger", "list", "trip", "--json"])))
        .collect();
    assert_eq!(lists[0], lists[1]);
    assert_eq!(lists[1], lists[2]);
    let records = lists[1].as_array().unwrap();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["id"], dinner["id"]);
    assert_eq!(records[1]["recorded_by"], "carol");
    assert!(records[1]["device"].as_u64().is_some());
    assert!(records[1]["recorded_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(records[2]["shares"][0]["amount"], "2000");

    let expect = |pairs: &[(&str, &str, i64)]| -> BTreeMap<(String, String), i64> {
        pairs
            .iter()
            .map(|(c, m, v)| ((c.to_string(), m.to_string()), *v))
            .collect()
    };
    let views: Vec<Value> = [alice, bob, carol]
        .iter()
        .map(|h| json(&cli_ok(h, &["ledger", "balance", "#trip", "--json"])))
        .collect();
    assert_eq!(views[0], views[1]);
    assert_eq!(views[1], views[2]);
    assert_eq!(
        balances(&views[1]),
        expect(&[
            ("EUR", "alice", 6000),
            ("EUR", "bob", -3000 - 1250),
            ("EUR", "carol", -3000 + 1250),
            ("JPY", "alice", 3000),
            ("JPY", "bob", -2000),
            ("JPY", "carol", -1000),
        ])
    );
    let settle = views[1]["settle_up"].as_array().unwrap();
    assert_eq!(settle.len(), 4, "{settle:?}");
    assert!(settle.iter().any(|t| t["from"] == "bob"
        && t["to"] == "alice"
        && t["currency"] == "EUR"
        && t["amount"] == "42.50"));
    let text = cli_ok(bob, &["ledger", "balance", "trip"]);
    assert!(text.contains("bob pays alice 42.50 EUR"), "{text}");
    assert!(text.contains("+60.00"), "{text}");

    // Bob, a party to carol's debt entry, reverses it; it stays in the history, marked.
    let rev = cli_ok(
        bob,
        &[
            "ledger",
            "reverse",
            "trip",
            &debt_id[..8],
            "--memo",
            "paid in cash",
        ],
    );
    assert!(rev.contains("reversed entry"), "{rev}");
    let again = cli_err(alice, &["ledger", "reverse", "trip", &debt_id]);
    assert!(again.contains("already reversed by bob"), "{again}");
    let after = json(&cli_ok(carol, &["ledger", "balance", "trip", "--json"]));
    assert_eq!(balances(&after)[&("EUR".into(), "bob".into())], -3000);
    assert_eq!(balances(&after)[&("EUR".into(), "carol".into())], -3000);
    let listing = cli_ok(alice, &["ledger", "list", "trip"]);
    assert!(listing.contains("[reversed]"), "{listing}");
    assert!(listing.contains("recorded by carol (device"), "{listing}");
    assert!(listing.contains("reversed by bob"), "{listing}");
    assert!(listing.contains("paid in cash"), "{listing}");
    let read = cli_ok(alice, &["read", "#trip", "--json"]);
    assert!(read.contains("\"kind\":\"ledger\""), "{read}");

    // CSV: a CSV reader's totals per member and currency are the balances; per currency, zero.
    let csv_text = cli_ok(bob, &["ledger", "export", "trip", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut totals: BTreeMap<(String, String), i64> = BTreeMap::new();
    let mut memos = Vec::new();
    for row in reader.records() {
        let row = row.unwrap();
        *totals
            .entry((
                row[col("currency")].to_owned(),
                row[col("member")].to_owned(),
            ))
            .or_default() += row[col("amount_minor")].parse::<i64>().unwrap();
        // The decimal column says the same as the minor units.
        let decimal = row[col("amount")].replace('.', "");
        assert_eq!(
            decimal.parse::<i64>().unwrap(),
            row[col("amount_minor")].parse::<i64>().unwrap()
        );
        memos.push(row[col("memo")].to_owned());
    }
    assert_eq!(totals, balances(&after));
    for currency in ["EUR", "JPY"] {
        let sum: i64 = totals
            .iter()
            .filter(|((c, _), _)| c == currency)
            .map(|(_, v)| v)
            .sum();
        assert_eq!(sum, 0, "{currency}");
    }
    assert!(
        memos.iter().any(|m| m == "dinner, with \"wine\""),
        "{memos:?}"
    );

    // JSON to a file.
    let out = p.home("bob").join("ledger.json");
    cli_ok(
        bob,
        &[
            "ledger",
            "export",
            "trip",
            "--format",
            "json",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    let exported = json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(exported["conversation"], "#trip");
    assert_eq!(exported["records"].as_array().unwrap().len(), 4);
    assert_eq!(exported["balances"], after["balances"]);

    // A 1:1 conversation has its ledger too.
    cli_ok(alice, &["send", "bob", "hi"]);
    cli_ok(
        alice,
        &[
            "ledger",
            "add",
            "bob",
            "--amount",
            "5",
            "--currency",
            "USD",
            "--to",
            "bob",
        ],
    );
    let direct = json(&cli_ok(bob, &["ledger", "balance", "alice", "--json"]));
    assert_eq!(
        balances(&direct),
        expect(&[("USD", "alice", 500), ("USD", "bob", -500)])
    );
    drop(p.server);
}

#[test]
fn the_ledger_refuses_bad_input_through_the_cli() {
    let p = People::join(&["alice", "bob", "carol", "dave"]);
    let (alice, bob, carol) = (p.home("alice"), p.home("bob"), p.home("carol"));
    cli_ok(
        alice,
        &["group", "create", "trio", "--members", "bob,carol"],
    );
    let good = json(&cli_ok(
        alice,
        &[
            "ledger",
            "add",
            "trio",
            "--amount",
            "10",
            "--currency",
            "EUR",
            "--to",
            "bob",
            "--json",
        ],
    ));
    let id = good["id"].as_str().unwrap().to_owned();

    let add = |extra: &[&str]| -> String {
        let mut args = vec!["ledger", "add", "trio"];
        args.extend_from_slice(extra);
        cli_err(alice, &args)
    };
    let cases: &[(&[&str], &str)] = &[
        (
            &["--amount", "12.345", "--currency", "EUR", "--to", "bob"],
            "more decimals than EUR allows (2)",
        ),
        (
            &["--amount", "5.5", "--currency", "JPY", "--to", "bob"],
            "more decimals than JPY allows (0)",
        ),
        (
            &["--amount", "0", "--currency", "EUR", "--to", "bob"],
            "more than zero",
        ),
        (
            &["--amount", "0.00", "--currency", "EUR", "--to", "bob"],
            "more than zero",
        ),
        (
            &["--amount", "-5", "--currency", "EUR", "--to", "bob"],
            "must be positive",
        ),
        (
            &["--amount", "1e3", "--currency", "EUR", "--to", "bob"],
            "invalid amount",
        ),
        (
            &["--amount", "12,50", "--currency", "EUR", "--to", "bob"],
            "invalid amount",
        ),
        (
            &["--amount", "NaN", "--currency", "EUR", "--to", "bob"],
            "invalid amount",
        ),
        (
            &[
                "--amount",
                "99999999999999999999",
                "--currency",
                "EUR",
                "--to",
                "bob",
            ],
            "too large",
        ),
        (
            &[
                "--amount",
                "10000000000000",
                "--currency",
                "EUR",
                "--to",
                "bob",
            ],
            "too large",
        ),
        (
            &["--amount", "5", "--currency", "XYZ", "--to", "bob"],
            "unknown currency \"XYZ\"",
        ),
        (
            &["--amount", "5", "--currency", "euro", "--to", "bob"],
            "unknown currency",
        ),
        (
            &["--amount", "5", "--currency", "EUR", "--to", "dave"],
            "dave is not a member",
        ),
        (
            &["--amount", "5", "--currency", "EUR", "--to", "nobody"],
            "nobody is not a member",
        ),
        (
            &[
                "--amount",
                "5",
                "--currency",
                "EUR",
                "--from",
                "dave",
                "--to",
                "bob",
            ],
            "dave is not a member",
        ),
        (
            &["--amount", "5", "--currency", "EUR", "--to", "Bob!"],
            "invalid member",
        ),
        (
            &[
                "--amount",
                "5",
                "--currency",
                "EUR",
                "--from",
                "bob",
                "--to",
                "bob",
            ],
            "would pay themselves",
        ),
        (
            &[
                "--amount",
                "5",
                "--currency",
                "EUR",
                "--split",
                "bob=1,carol=1",
            ],
            "add up to 2.00 EUR, not to the amount 5.00 EUR",
        ),
        (
            &["--amount", "5", "--currency", "EUR", "--split", "bob,bob"],
            "appears twice",
        ),
        (
            &["--amount", "5", "--currency", "EUR", "--split", "bob:x"],
            "invalid split",
        ),
        (
            &[
                "--amount",
                "0.01",
                "--currency",
                "EUR",
                "--split",
                "bob,carol",
            ],
            "too small to split",
        ),
        (
            &[
                "--amount",
                "5",
                "--currency",
                "EUR",
                "--to",
                "bob",
                "--date",
                "2026-02-30",
            ],
            "invalid date",
        ),
        (
            &[
                "--amount",
                "5",
                "--currency",
                "EUR",
                "--to",
                "bob",
                "--date",
                "tomorrow",
            ],
            "invalid date",
        ),
        (
            &[
                "--amount",
                "5",
                "--currency",
                "EUR",
                "--to",
                "bob",
                "--split",
                "carol",
            ],
            "cannot be used with",
        ),
        (&["--amount", "5", "--currency", "EUR"], "required"),
    ];
    for (args, expected) in cases {
        let err = add(args);
        assert!(
            err.contains(expected),
            "{args:?}: expected {expected:?} in {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let long = "m".repeat(1025);
    assert!(
        add(&[
            "--amount",
            "5",
            "--currency",
            "EUR",
            "--to",
            "bob",
            "--memo",
            &long
        ])
        .contains("longer than 1024 bytes")
    );
    assert!(
        cli_err(
            alice,
            &[
                "ledger",
                "add",
                "#nope",
                "--amount",
                "5",
                "--currency",
                "EUR",
                "--to",
                "bob"
            ]
        )
        .contains("no group #nope")
    );
    assert!(
        cli_err(alice, &["ledger", "reverse", "trio", "abcdef0123"]).contains("no ledger entry")
    );
    assert!(cli_err(alice, &["ledger", "reverse", "trio", "xyz"]).contains("invalid entry id"));
    assert!(cli_err(alice, &["ledger", "reverse", "trio", &id[..4]]).contains("invalid entry id"));
    assert!(
        cli_err(carol, &["ledger", "reverse", "trio", &id])
            .contains("only the member who recorded"),
        "carol is neither the recorder nor a party"
    );
    assert!(
        cli_err(alice, &["ledger", "export", "trio", "--format", "xml"]).contains("invalid value")
    );

    // Nothing refused was sent: every device has the one good entry.
    for home in [alice, bob, carol] {
        let list = json(&cli_ok(home, &["ledger", "list", "trio", "--json"]));
        assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
        assert_eq!(list[0]["id"], id.as_str());
    }
    // A removed member can no longer be a party.
    cli_ok(alice, &["group", "remove", "trio", "carol"]);
    assert!(
        add(&["--amount", "5", "--currency", "EUR", "--to", "carol"])
            .contains("carol is not a member")
    );
    // A reversal of a reversal is refused.
    let rev = json(&cli_ok(bob, &["ledger", "reverse", "trio", &id, "--json"]));
    assert_eq!(rev["type"], "reversal");
    assert!(
        cli_err(
            alice,
            &["ledger", "reverse", "trio", rev["id"].as_str().unwrap()]
        )
        .contains("is a reversal and cannot be reversed")
    );
}

#[test]
fn ledger_entries_never_reach_the_server_in_plaintext() {
    let p = People::join(&["alice", "bob"]);
    let (alice, bob) = (p.home("alice"), p.home("bob"));
    cli_ok(alice, &["group", "create", "vault", "--members", "bob"]);
    let r = rand::random::<u64>();
    let memo = format!("MEMO-{r:016x}");
    let reference = format!("REF-{r:016x}");
    let amount = "987654.32";
    cli_ok(
        alice,
        &[
            "ledger",
            "add",
            "vault",
            "--amount",
            amount,
            "--currency",
            "CHF",
            "--to",
            "bob",
            "--memo",
            &memo,
            "--ref",
            &reference,
        ],
    );
    assert!(cli_ok(bob, &["ledger", "list", "vault"]).contains(&memo));
    // One more waits in the server's queue for bob while we search.
    let queued = format!("{memo}-queued");
    cli_ok(
        alice,
        &[
            "ledger",
            "add",
            "vault",
            "--amount",
            amount,
            "--currency",
            "CHF",
            "--to",
            "bob",
            "--memo",
            &queued,
        ],
    );
    let markers = [
        memo.as_str(),
        reference.as_str(),
        amount,
        "98765432",
        queued.as_str(),
    ];
    let mut searched = 0;
    for f in files(&p.server.data) {
        let bytes = std::fs::read(&f).unwrap();
        for m in markers {
            assert!(!contains(&bytes, m.as_bytes()), "{m} in {}", f.display());
        }
        searched += 1;
    }
    assert!(searched > 0);
    let logs = p.server.logs();
    assert!(!logs.is_empty());
    for m in markers {
        assert!(!logs.contains(m), "{m} in the server's logs");
    }
    for home in [alice, bob] {
        for f in files(home) {
            let bytes = std::fs::read(&f).unwrap();
            for m in markers {
                assert!(
                    !contains(&bytes, m.as_bytes()),
                    "{m} at rest in {}",
                    f.display()
                );
            }
        }
    }
    let list = cli_ok(bob, &["ledger", "list", "vault"]);
    assert!(
        list.contains(&queued) && list.contains("987654.32 CHF"),
        "{list}"
    );
}

/// Runs `conclave device link` on `existing` and `device join` on `new_home`, as a person does.
fn link_device(existing: &Path, new_home: &Path) {
    conclave_tests::link_device_cli(existing, new_home);
}

/// A device that joins later (a member's new phone, a member added later) gets the earlier
/// ledger handed over by the device that added it, and shows the same records and balances as
/// everybody else; the members who saw the past themselves find nothing to complain about.
#[test]
fn devices_and_members_that_join_later_see_the_same_ledger() {
    let p = People::join(&["alice", "bob", "carol"]);
    let (alice, bob, carol) = (p.home("alice"), p.home("bob"), p.home("carol"));
    cli_ok(alice, &["group", "create", "trip", "--members", "bob"]);
    let add = |home: &Path, args: &[&str]| {
        let mut all = vec!["ledger", "add", "#trip", "--currency", "EUR"];
        all.extend_from_slice(args);
        cli_ok(home, &all)
    };
    add(
        alice,
        &["--amount", "90", "--split", "alice,bob", "--memo", "hotel"],
    );
    add(
        bob,
        &["--amount", "12.40", "--to", "alice", "--memo", "taxi"],
    );
    let mistake = json(&add(bob, &["--amount", "1000", "--to", "alice", "--json"]));
    cli_ok(
        bob,
        &[
            "ledger",
            "reverse",
            "#trip",
            mistake["id"].as_str().unwrap(),
        ],
    );
    let list = |home: &Path| json(&cli_ok(home, &["ledger", "list", "#trip", "--json"]));
    let ids = |v: &Value| -> Vec<(String, String)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["id"].as_str().unwrap().to_owned(),
                    r["status"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let balance = |home: &Path| {
        balances(&json(&cli_ok(
            home,
            &["ledger", "balance", "#trip", "--json"],
        )))
    };

    // Bob links a phone; his laptop adds it to #trip and hands the ledger over.
    let phone = p._dir.path().join("bob-phone");
    link_device(bob, &phone);
    assert_eq!(ids(&list(&phone)), ids(&list(alice)));
    assert_eq!(ids(&list(&phone)).len(), 4);
    assert_eq!(balance(&phone), balance(alice));
    let handed = list(&phone);
    assert_eq!(handed[0]["handed_over_by"]["username"], "bob");
    let out = conclave_tests::cli(&phone, &["ledger", "balance", "#trip"]);
    let note = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(note.contains("as bob's device"), "{note}");

    // Carol is added later by alice and gets the same past, then records with everybody.
    cli_ok(alice, &["group", "add", "trip", "carol"]);
    add(
        carol,
        &[
            "--amount",
            "30",
            "--split",
            "alice,bob,carol",
            "--memo",
            "museum",
        ],
    );
    for home in [alice, bob, carol, phone.as_path()] {
        assert_eq!(ids(&list(home)), ids(&list(alice)), "{}", home.display());
        assert_eq!(ids(&list(home)).len(), 5);
        assert_eq!(balance(home), balance(alice), "{}", home.display());
        let out = conclave_tests::cli(home, &["ledger", "list", "#trip"]);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!stderr.contains("WARNING"), "{}: {stderr}", home.display());
    }
    // 90 hotel split alice/bob (bob owes 45), bob paid 12.40 to alice, 30 museum split by carol.
    let b = balance(carol);
    assert_eq!(b[&("EUR".into(), "alice".into())], 4500 - 1240 - 1000);
    assert_eq!(b[&("EUR".into(), "bob".into())], -4500 + 1240 - 1000);
    assert_eq!(b[&("EUR".into(), "carol".into())], 2000);
}
