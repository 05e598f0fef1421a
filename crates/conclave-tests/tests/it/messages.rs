//! Replies, reactions, edits, deletes and forwards through the `conclave` CLI, as two people
//! use them against the real server: what each sees, what is refused (a forged edit and
//! delete crafted through the client API), and that the server never holds the text.

use std::path::Path;

use conclave_client::{Auth, Connection, Endpoint, messenger::Messenger, state::StateFile};
use conclave_client_core::{DeviceKey, Engine, envelope::Content};
use conclave_proto::{DeviceId, Fingerprint, Username};
use conclave_tests::{TestServer, cli_err, cli_ok, contains, files, invite};
use serde_json::Value;

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn read(home: &Path, conversation: &str) -> Vec<Value> {
    json_lines(&cli_ok(home, &["read", conversation, "--json"]))
}

/// The entry for message `seq`.
fn at(entries: &[Value], seq: u64) -> Value {
    entries
        .iter()
        .find(|v| v["seq"] == seq && v["kind"] != "meta" && v["kind"] != "membership")
        .cloned()
        .unwrap_or_else(|| panic!("no message {seq} in {entries:#?}"))
}

fn seq_of(sent: &str) -> u64 {
    let v: Value = serde_json::from_str(sent.trim()).unwrap();
    v["seq"].as_u64().unwrap()
}

/// The device of a CLI home as a `Messenger`, to send what the CLI refuses.
async fn messenger(home: &Path) -> Messenger {
    let device: Value =
        serde_json::from_slice(&std::fs::read(home.join("device.json")).unwrap()).unwrap();
    let state = StateFile::open(home, None).unwrap();
    let key_bytes: [u8; 32] = state
        .get(b"device/key")
        .unwrap()
        .unwrap()
        .as_slice()
        .try_into()
        .unwrap();
    let key = DeviceKey::from_secret_bytes(&key_bytes);
    let id = DeviceId(device["device_id"].as_u64().unwrap());
    let username = Username::parse(device["username"].as_str().unwrap()).unwrap();
    let engine = Engine::load(username, id, &key, state.load_all().unwrap()).unwrap();
    let endpoint = Endpoint {
        host: device["server"]["host"].as_str().unwrap().to_owned(),
        port: device["server"]["port"].as_u64().unwrap() as u16,
        pin: device["server"]["fingerprint"]
            .as_str()
            .map(|f| Fingerprint::parse_hex(f).unwrap()),
    };
    let conn = Connection::open(&endpoint, Auth::Device { id, key: &key })
        .await
        .unwrap();
    let mut m = Messenger::new(conn, engine, state);
    m.start().await.unwrap();
    m
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn replies_reactions_edits_deletes_and_forwards_through_the_cli() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    let mark = format!("MSG-{:032x}", rand::random::<u128>());
    let (original, edited) = (format!("{mark}-original"), format!("{mark}-edited"));

    // A new 1:1: announced once, and membership entries in JSON are fields, not a line.
    cli_ok(&alice, &["send", "bob", &original]);
    for (home, peer) in [(&alice, "bob"), (&bob, "alice")] {
        let entries = read(home, peer);
        let metas = entries.iter().filter(|v| v["kind"] == "meta").count();
        assert_eq!(metas, 1, "{entries:#?}");
    }
    let entries = read(&alice, "bob");
    let membership = entries.iter().find(|v| v["kind"] == "membership").unwrap();
    assert_eq!(membership["sender"], "alice");
    let added: Vec<&str> = membership["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["username"].as_str().unwrap())
        .collect();
    assert!(added.contains(&"bob"), "{membership}");
    assert!(membership["added"][0]["device"].as_u64().is_some());
    assert!(
        !membership["text"].as_str().unwrap().contains('['),
        "{membership}"
    );
    let original_seq = entries.iter().find(|v| v["kind"] == "text").unwrap()["seq"]
        .as_u64()
        .unwrap();
    let n = original_seq.to_string();

    // Reply: the quote comes from the reader's own copy.
    let reply = seq_of(&cli_ok(
        &bob,
        &["reply", "alice", &n, "yes, see you there", "--json"],
    ));
    let v = at(&read(&alice, "bob"), reply);
    assert_eq!(v["kind"], "reply");
    assert_eq!(v["text"], "yes, see you there");
    assert_eq!(v["reply_to"]["state"], "available");
    assert_eq!(v["reply_to"]["sender"], "alice");
    assert_eq!(v["reply_to"]["text"], original.as_str());
    let plain = cli_ok(&alice, &["read", "bob"]);
    assert!(
        plain.contains(&format!("[↪ alice: {original}] yes, see you there")),
        "{plain}"
    );

    // Reactions: one per member per emoji, toggled; counts and who.
    cli_ok(&bob, &["react", "alice", &n, "🎉"]);
    cli_ok(&alice, &["react", "bob", &n, "🎉"]);
    cli_ok(&alice, &["react", "bob", &n, "👍🏽"]);
    let v = at(&read(&bob, "alice"), original_seq);
    assert_eq!(v["reactions"][0]["emoji"], "🎉");
    assert_eq!(v["reactions"][0]["count"], 2);
    assert_eq!(
        v["reactions"][0]["who"],
        serde_json::json!(["alice", "bob"])
    );
    assert_eq!(v["reactions"][1]["emoji"], "👍🏽");
    assert_eq!(v["reactions"][1]["count"], 1);
    cli_ok(&bob, &["react", "alice", &n, "🎉"]);
    let v = at(&read(&alice, "bob"), original_seq);
    assert_eq!(v["reactions"][0]["count"], 1);
    assert!(cli_ok(&alice, &["read", "bob"]).contains("🎉 1 (alice)"));
    assert!(cli_err(&bob, &["react", "alice", &n, "hello"]).contains("one emoji"));

    // Edit: the new text everywhere (quotes too), "edited", every version kept.
    cli_ok(&alice, &["edit", "bob", &n, &edited]);
    let entries = read(&bob, "alice");
    let v = at(&entries, original_seq);
    assert_eq!(v["text"], edited.as_str());
    assert_eq!(v["edited"], true);
    let versions: Vec<&str> = v["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["text"].as_str().unwrap())
        .collect();
    assert_eq!(versions, [original.as_str(), edited.as_str()]);
    assert_eq!(at(&entries, reply)["reply_to"]["text"], edited.as_str());
    assert!(cli_ok(&bob, &["read", "alice"]).contains(&format!("{edited} (edited)")));

    // Only the sender may edit or delete: the CLI refuses, and a forged edit and delete
    // crafted through the client API are shown as refused on every device, never applied.
    assert!(cli_err(&bob, &["edit", "alice", &n, "forged"]).contains("only alice"));
    assert!(cli_err(&bob, &["delete", "alice", &n]).contains("only alice"));
    let target = v["id"].as_str().unwrap().to_owned();
    let to: [u8; 16] = (0..16)
        .map(|i| u8::from_str_radix(&target[2 * i..2 * i + 2], 16).unwrap())
        .collect::<Vec<_>>()
        .try_into()
        .unwrap();
    let forged = format!("{mark}-forged");
    runtime().block_on(async {
        let mut m = messenger(&bob).await;
        let group = m.find("alice").unwrap();
        m.send(
            &group,
            Content::Edit {
                to,
                text: forged.clone(),
            },
        )
        .await
        .unwrap();
        m.send(&group, Content::Delete { to }).await.unwrap();
        // And a reply to a message nobody has.
        m.send(
            &group,
            Content::Reply {
                to: [0xee; 16],
                text: "about that".into(),
            },
        )
        .await
        .unwrap();
        m.close().await;
    });
    for (home, peer) in [(&alice, "bob"), (&bob, "alice")] {
        let entries = read(home, peer);
        assert_eq!(at(&entries, original_seq)["text"], edited.as_str());
        let refused: Vec<&Value> = entries
            .iter()
            .filter(|v| v["kind"] == "not_applied")
            .collect();
        assert_eq!(refused.len(), 2, "{entries:#?}");
        for r in &refused {
            assert_eq!(r["refused"], true);
            assert_eq!(r["reason"], "not_sender");
            assert_eq!(r["owner"], "alice");
            assert_eq!(r["sender"], "bob");
            assert_eq!(r["target"], target.as_str());
        }
        assert_eq!(refused[0]["action"], "edit");
        assert_eq!(refused[1]["action"], "delete");
        let unknown = entries.iter().find(|v| v["text"] == "about that").unwrap();
        assert_eq!(unknown["reply_to"]["state"], "not_available");
        let plain = cli_ok(home, &["read", peer]);
        assert!(plain.contains("* edit refused: only alice"), "{plain}");
        assert!(
            plain.contains("[↪ message not available] about that"),
            "{plain}"
        );
    }

    // Forward into a group: the text, marked forwarded, without who wrote it.
    cli_ok(&alice, &["group", "create", "team", "--members", "bob"]);
    let reply_n = reply.to_string();
    let fwd = seq_of(&cli_ok(
        &alice,
        &["forward", "bob", &reply_n, "#team", "--json"],
    ));
    let v = at(&read(&bob, "#team"), fwd);
    assert_eq!(v["kind"], "forward");
    assert_eq!(v["forwarded"], true);
    assert_eq!(v["text"], "yes, see you there");

    // Delete for everyone: a tombstone, no content, versions or reactions; quotes say so;
    // nothing more can be done to it.
    cli_ok(&alice, &["delete", "bob", &n]);
    for (home, peer) in [(&alice, "bob"), (&bob, "alice")] {
        let entries = read(home, peer);
        let v = at(&entries, original_seq);
        assert_eq!(v["kind"], "deleted");
        assert_eq!(v["deleted"], true);
        assert!(v["text"].is_null());
        assert!(v["versions"].as_array().unwrap().is_empty());
        assert!(v["reactions"].as_array().unwrap().is_empty());
        assert_eq!(at(&entries, reply)["reply_to"]["state"], "deleted");
        // The refusals about it went with it.
        assert!(
            entries.iter().all(|v| v["kind"] != "not_applied"),
            "{entries:#?}"
        );
        let plain = cli_ok(home, &["read", peer]);
        assert!(!plain.contains(&mark), "{plain}");
        assert!(plain.contains("(deleted)"));
    }
    assert!(cli_err(&bob, &["reply", "alice", &n, "x"]).contains("deleted"));
    assert!(cli_err(&alice, &["edit", "bob", &n, "x"]).contains("deleted"));
    assert!(cli_err(&alice, &["react", "bob", &n, "👍"]).contains("deleted"));

    // Bad references are clear errors.
    assert!(cli_err(&alice, &["edit", "bob", "999", "x"]).contains("no message 999"));
    assert!(cli_err(&alice, &["edit", "bob", "zz", "x"]).contains("names no message"));
    assert!(cli_err(&alice, &["react", "nobody", "1", "👍"]).contains("no conversation"));

    // The server never had any of the text; the devices no longer hold the deleted one's,
    // not even decrypted.
    for f in files(&server.data) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !contains(&bytes, mark.as_bytes()),
            "plaintext in {}",
            f.display()
        );
    }
    assert!(!server.logs().contains(&mark));
    for home in [&alice, &bob] {
        let state = StateFile::open(home, None).unwrap();
        for (key, value) in state.load_all().unwrap() {
            for gone in [&original, &edited, &forged] {
                assert!(
                    !contains(&value, gone.as_bytes()),
                    "{} keeps {gone} in {}",
                    home.display(),
                    String::from_utf8_lossy(&key)
                );
            }
        }
        for f in files(home) {
            let bytes = std::fs::read(&f).unwrap();
            assert!(
                !contains(&bytes, mark.as_bytes()),
                "plaintext in {}",
                f.display()
            );
        }
    }
}

#[test]
fn read_receipts_and_delivery_state_and_the_setting_to_send_none() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    let receipts = |home: &Path, peer: &str, text: &str| {
        read(home, peer)
            .into_iter()
            .find(|v| v["text"] == text)
            .unwrap_or_else(|| panic!("no {text}"))["receipts"]
            .clone()
    };

    cli_ok(&alice, &["send", "bob", "one"]);
    assert_eq!(receipts(&alice, "bob", "one")["state"], "sent");
    // Bob reads: his device tells alice's.
    cli_ok(&bob, &["read", "alice"]);
    let r = receipts(&alice, "bob", "one");
    assert_eq!(r["state"], "read");
    assert_eq!(r["read_by"], serde_json::json!(["bob"]));
    assert!(cli_ok(&alice, &["read", "bob"]).contains("one  ✓✓ read by bob"));
    // Reading again sends nothing new; receipts never show as messages.
    let before = read(&bob, "alice").len();
    assert_eq!(read(&bob, "alice").len(), before);
    assert!(!cli_ok(&bob, &["read", "alice"]).contains("read up to"));

    // Bob turns read receipts off: he sends none, and sees nobody's.
    assert!(cli_ok(&bob, &["receipts", "off"]).contains("off"));
    assert!(cli_err(&bob, &["receipts", "maybe"]).contains("`on` or `off`"));
    cli_ok(&alice, &["send", "bob", "two"]);
    cli_ok(&bob, &["read", "alice"]);
    assert_eq!(receipts(&alice, "bob", "two")["state"], "sent");
    // Anything bob sends later shows alice it was delivered.
    cli_ok(&bob, &["send", "alice", "three"]);
    let r = receipts(&alice, "bob", "two");
    assert_eq!(r["state"], "delivered");
    assert_eq!(r["read_by"], serde_json::json!([]));
    // Alice reads bob's message (her receipt goes out), but bob does not see it.
    cli_ok(&alice, &["read", "bob"]);
    assert_eq!(receipts(&bob, "alice", "three")["state"], "delivered");
    cli_ok(&bob, &["receipts", "on"]);
    assert_eq!(receipts(&bob, "alice", "three")["state"], "read");
}

#[test]
fn disappearing_messages_go_from_every_device_with_their_reactions_and_quotes() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&alice, &["send", "bob", "before the timer"]);
    // Off, or 30 s to 4 weeks; anything else is a clear error.
    for bad in ["10s", "5w", "soon"] {
        let err = cli_err(&alice, &["conversation", "set-timer", "bob", bad]);
        assert!(err.contains("30") || err.contains("off"), "{bad}: {err}");
    }
    cli_ok(&alice, &["conversation", "set-timer", "bob", "30s"]);
    let mark = format!("GONE-{:032x}", rand::random::<u128>());
    cli_ok(&alice, &["send", "bob", &mark]);
    // Announced in the history; bob's clock starts when he reads it.
    let entries = read(&bob, "alice");
    let timer = entries.iter().find(|v| v["kind"] == "timer").unwrap();
    assert_eq!(timer["sender"], "alice");
    assert!(
        cli_ok(&bob, &["read", "alice"]).contains("(disappearing messages: 30s)"),
        "the timer shows in the conversation"
    );
    let message = entries.iter().find(|v| v["text"] == mark.as_str()).unwrap();
    assert!(message["expires_at"].as_str().is_some(), "{message}");
    let n = message["seq"].as_u64().unwrap().to_string();
    let reply = seq_of(&cli_ok(&bob, &["reply", "alice", &n, "noted", "--json"]));
    cli_ok(&bob, &["react", "alice", &n, "👀"]);
    let v = at(&read(&alice, "bob"), reply);
    assert_eq!(v["reply_to"]["text"], mark.as_str());

    std::thread::sleep(std::time::Duration::from_secs(32));
    for (home, peer) in [(&alice, "bob"), (&bob, "alice")] {
        let entries = read(home, peer);
        assert!(
            entries.iter().all(|v| v["text"] != mark.as_str()),
            "{entries:#?}"
        );
        // The message before the timer stays; the reply, sent under the timer too, went
        // with its quote.
        assert!(entries.iter().any(|v| v["text"] == "before the timer"));
        assert!(
            entries
                .iter()
                .all(|v| v["seq"] != reply || v["kind"] == "membership"),
            "{entries:#?}"
        );
        let plain = cli_ok(home, &["read", peer]);
        assert!(!plain.contains(&mark) && !plain.contains("👀"), "{plain}");
        let state = StateFile::open(home, None).unwrap();
        for (key, value) in state.load_all().unwrap() {
            assert!(
                !contains(&value, mark.as_bytes()),
                "{} keeps it in {}",
                home.display(),
                String::from_utf8_lossy(&key)
            );
        }
    }
    for f in files(&server.data) {
        assert!(!contains(&std::fs::read(&f).unwrap(), mark.as_bytes()));
    }
    // Off again: new messages stay.
    cli_ok(&alice, &["conversation", "set-timer", "bob", "off"]);
    cli_ok(&alice, &["send", "bob", "stays"]);
    let stays = read(&bob, "alice")
        .into_iter()
        .find(|v| v["text"] == "stays")
        .unwrap();
    assert!(stays.get("expires_at").is_none(), "{stays}");
}
