//! Full history on a new device: the device that links it sends its history of every
//! conversation (messages, reactions, edits, deletes, the ledger) end-to-end encrypted through
//! the server's blob store, to the new device alone; the new device shows it in order with
//! everything applied, and the server's data never holds its plaintext.

use std::path::Path;

use conclave_client::history::{self, Fetched};
use conclave_client_core::{
    HistoryBody,
    envelope::Content,
    history::{HistoryOffer, seal_offer},
    messages::{ItemKind, MessageView},
};
use conclave_proto::{GroupId, Request, Response};
use conclave_tests::{
    TestServer, cli_ok, harness::Device, harness::Harness, harness::users, invite, json_lines,
};

/// Every file under `dir` holding `needle` (the server's database, WAL and blobs).
fn files_holding(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p)
                && bytes.windows(needle.len()).any(|w| w == needle)
            {
                found.push(p.display().to_string());
            }
        }
    }
    found
}

/// (seq, sender, text, edited, reactions, deleted) of every message in the folded view.
fn shown(d: &Device, g: &GroupId) -> Vec<(u64, String, Option<String>, bool, String, bool)> {
    d.m()
        .view(g)
        .items()
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Message(MessageView {
                text,
                reactions,
                deleted,
                expired: false,
                ..
            }) => Some((
                i.seq,
                i.sender.to_string(),
                text.clone(),
                matches!(&i.kind, ItemKind::Message(v) if v.edited()),
                format!("{reactions:?}"),
                deleted.is_some(),
            )),
            _ => None,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_hundred_messages_in_three_conversations_reach_a_linked_device() {
    let mut h = Harness::start(41).await;
    let mut alice = h.join("alice").await;
    let mut bob = h.join("bob").await;
    let mut carol = h.join("carol").await;
    let dm = alice.m_mut().direct(&bob.username).await.unwrap();
    let team = alice
        .m_mut()
        .create_group("team", &users(&["bob", "carol"]))
        .await
        .unwrap();
    let pair = alice
        .m_mut()
        .create_group("pair", &users(&["carol"]))
        .await
        .unwrap();
    bob.sync().await;
    carol.sync().await;

    let marker = format!("HISTMARK{:016x}", rand::random::<u64>());
    let groups = [dm.clone(), team.clone(), pair.clone()];
    let mut sent = Vec::new();
    for i in 0..500usize {
        let g = &groups[i % 3];
        let text = format!("{marker} message {i}");
        // Alice, and whoever else is in the conversation, take turns.
        let sender = match (i % 3, i % 2) {
            (0, 1) => &mut bob,
            (2, 1) => &mut carol,
            (1, 1) if i % 4 == 1 => &mut carol,
            (1, 1) => &mut bob,
            _ => &mut alice,
        };
        sender.sync().await;
        let m = sender.say(g, &text).await;
        sent.push((g.clone(), m));
    }
    for d in [&mut alice, &mut bob, &mut carol] {
        d.sync().await;
    }
    // Reactions, an edit and a delete before the new device exists.
    let id_at = |d: &Device, g: &GroupId, seq: u64| {
        d.m()
            .engine()
            .history(g)
            .into_iter()
            .find_map(|m| match m.body {
                HistoryBody::Message { id, .. } if m.seq == seq => Some(id),
                _ => None,
            })
            .unwrap()
    };
    let (g1, s1) = sent[1].clone(); // team, from carol or bob
    let first_team = id_at(&alice, &g1, s1);
    alice.m_mut().react(&g1, &first_team, "🎉").await.unwrap();
    let (g3, s3) = sent[3].clone(); // dm, from alice? (3 % 2 == 1: bob)
    let dm_msg = id_at(&bob, &g3, s3);
    bob.m_mut()
        .edit(&g3, &dm_msg, format!("{marker} edited"))
        .await
        .unwrap();
    let (g6, s6) = sent[6].clone(); // dm, from alice
    let gone = id_at(&alice, &g6, s6);
    alice.m_mut().delete(&g6, &gone).await.unwrap();
    // Under a disappearing-message timer: stays out of the transfer.
    alice.m_mut().set_timer(&pair, 3600).await.unwrap();
    carol.sync().await;
    let secret = format!("{marker} disappearing");
    carol.say(&pair, &secret).await;
    carol.m_mut().set_timer(&pair, 0).await.unwrap();
    for d in [&mut alice, &mut bob, &mut carol] {
        d.sync().await;
    }

    // Alice links a second device; her first adds it to the three conversations and sends
    // it her history.
    let mut alice2 = h.link_device(&alice).await;
    for g in &groups {
        alice.add_new_devices(g).await;
        assert!(
            alice
                .m()
                .engine()
                .members(g)
                .unwrap()
                .iter()
                .any(|d| d.device == alice2.id)
        );
    }
    let endpoint = h.endpoint();
    let offered = history::offer(alice.m_mut(), &endpoint, alice2.id, &|_, _| {})
        .await
        .unwrap()
        .expect("something to send");
    assert_eq!(offered.conversations, 3);
    assert!(offered.entries >= 500, "{offered:?}");
    // The bundle sits at the server as ciphertext only; so does everything else.
    assert_eq!(
        files_holding(&h.data, marker.as_bytes()),
        Vec::<String>::new()
    );

    // After the link: a message and a delete of something from before it.
    bob.sync().await;
    bob.say(&team, "after the link").await;
    let (g0, s0) = sent[0].clone(); // dm, from alice
    let bobs = sent
        .iter()
        .find(|(g, s)| {
            *g == dm && *s != s0 && *s != s3 && {
                bob.m()
                    .engine()
                    .history(g)
                    .iter()
                    .any(|m| m.seq == *s && m.sender == bob.username)
            }
        })
        .cloned()
        .unwrap();
    let bob_deletes = id_at(&bob, &bobs.0, bobs.1);
    bob.m_mut().delete(&bobs.0, &bob_deletes).await.unwrap();
    let _ = g0;

    // The new device gets the offer, fetches and imports it.
    alice2.sync().await;
    assert!(
        alice2
            .events
            .iter()
            .any(|e| matches!(e, conclave_client_core::Event::HistoryOffered { from } if *from == alice.id)),
        "{:?}",
        alice2.events
    );
    let fetched = history::fetch(alice2.m_mut(), &endpoint, &|_, _| {})
        .await
        .unwrap();
    let [Fetched::Imported { from, summary, .. }] = fetched.as_slice() else {
        panic!("{fetched:?}");
    };
    assert_eq!(*from, alice.id);
    assert_eq!(summary.conversations, 3);
    assert!(summary.entries >= 500, "{summary:?}");
    assert_eq!(alice2.m().engine().history_offers().count(), 0);
    // Fetched by its one recipient: the server removed the blob.
    let again = history::fetch(alice2.m_mut(), &endpoint, &|_, _| {})
        .await
        .unwrap();
    assert!(again.is_empty());

    alice.sync().await;
    for g in &groups {
        let mut want = shown(&alice, g);
        // The disappearing message stayed out.
        want.retain(|(_, _, text, ..)| text.as_deref() != Some(secret.as_str()));
        assert_eq!(shown(&alice2, g), want, "conversation {}", g.to_hex());
        assert!(alice2.m().engine().history_note(g).is_some());
    }
    let team_view = shown(&alice2, &team);
    assert!(
        team_view
            .iter()
            .any(|(_, _, _, _, r, _)| r.contains("🎉") && r.contains("alice"))
    );
    let dm_view = shown(&alice2, &dm);
    assert!(dm_view.iter().any(|(_, _, t, edited, ..)| *edited
        && t.as_deref() == Some(format!("{marker} edited").as_str())));
    // Deleted before the link (on the sender's device) and after it (applied on import).
    assert!(dm_view.iter().filter(|v| v.5).count() >= 2, "{dm_view:?}");
    let texts: usize = groups.iter().map(|g| shown(&alice2, g).len()).sum();
    assert!(texts >= 500, "{texts}");

    // Across a restart the imported history is still there.
    alice2.restart(&endpoint).await;
    for g in &groups {
        let mut want = shown(&alice, g);
        want.retain(|(_, _, text, ..)| text.as_deref() != Some(secret.as_str()));
        assert_eq!(shown(&alice2, g), want);
    }
    assert_eq!(
        files_holding(&h.data, marker.as_bytes()),
        Vec::<String>::new()
    );

    // An offer sealed by a device of another account is refused, never imported.
    let alice2_member = alice
        .m()
        .engine()
        .own_device(alice2.id)
        .expect("alice2 in alice's groups");
    let carol_member = carol
        .m()
        .engine()
        .members(&pair)
        .unwrap()
        .into_iter()
        .find(|d| d.device == carol.id)
        .unwrap();
    let forged = HistoryOffer {
        file: conclave_client_core::attachment::AttachmentRef {
            blob: [0; 16],
            capability: [0; 32],
            key: conclave_client_core::attachment::FileKey([0; 32]),
            ciphertext_sha256: [0; 32],
            size: 10,
            media_type: history::MEDIA_TYPE.into(),
            name: "history".into(),
            thumbnail: None,
        },
        conversations: 1,
        entries: 1,
        made_at: conclave_proto::Timestamp(0),
    };
    let sealed = seal_offer(
        &forged,
        &ed25519_dalek::SigningKey::from_bytes(&carol.key().secret_bytes()),
        &carol_member,
        &alice2_member,
        &mut rand::rngs::OsRng,
    )
    .unwrap();
    match carol
        .m()
        .connection()
        .request(Request::Send {
            recipients: vec![alice2.id],
            payload: sealed,
        })
        .await
        .unwrap()
    {
        Response::Sent { .. } => {}
        other => panic!("{other:?}"),
    }
    alice2.sync().await;
    assert_eq!(alice2.m().engine().history_offers().count(), 0);
    assert!(
        alice2
            .m()
            .rejected
            .iter()
            .any(|r| r.reason.contains("not a device of this account")),
        "{:?}",
        alice2.m().rejected
    );
    let _ = Content::Text {
        text: String::new(),
    };
}

/// Through the CLI: `device link` sends the history by default; the new device's first
/// command fetches it, and `read` shows it with reactions, edits and where it came from, and
/// the ledger's balances are the same.
#[test]
fn a_device_linked_through_the_cli_shows_the_earlier_history() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let home = |n: &str| dir.path().join(n);
    let (alice, alice2, bob) = (home("alice"), home("alice2"), home("bob"));
    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    let marker = format!("CLIHIST{:016x}", rand::random::<u64>());
    cli_ok(&alice, &["send", "bob", &format!("{marker} hello bob")]);
    cli_ok(&bob, &["send", "alice", &format!("{marker} hello alice")]);
    cli_ok(&alice, &["group", "create", "trip", "--members", "bob"]);
    cli_ok(
        &alice,
        &["send", "#trip", &format!("{marker} packing list")],
    );
    let first = json_lines(&cli_ok(&bob, &["read", "#trip", "--json"]));
    let seq = first
        .iter()
        .find(|v| v["kind"] == "text")
        .and_then(|v| v["seq"].as_u64())
        .unwrap()
        .to_string();
    cli_ok(&bob, &["react", "#trip", &seq, "👍"]);
    cli_ok(
        &alice,
        &["edit", "#trip", &seq, &format!("{marker} packing list v2")],
    );
    cli_ok(
        &bob,
        &[
            "ledger",
            "add",
            "#trip",
            "--currency",
            "EUR",
            "--amount",
            "40",
            "--split",
            "alice,bob",
            "--memo",
            "fuel",
        ],
    );

    let link_out = conclave_tests::link_device_cli(&alice, &alice2);
    assert!(
        link_out.contains("sent it the history of 2 conversations"),
        "{link_out}"
    );
    // The server never saw any of it in clear.
    assert_eq!(
        files_holding(&server.data, marker.as_bytes()),
        Vec::<String>::new()
    );

    let read = |h: &Path, what: &str| json_lines(&cli_ok(h, &["read", what, "--json"]));
    let texts = |v: &[serde_json::Value]| -> Vec<String> {
        v.iter()
            .filter(|v| v["kind"] == "text")
            .map(|v| v["text"].as_str().unwrap().to_owned())
            .collect()
    };
    let trip2 = read(&alice2, "#trip");
    assert_eq!(texts(&trip2), texts(&read(&alice, "#trip")), "{trip2:?}");
    assert_eq!(texts(&trip2), [format!("{marker} packing list v2")]);
    let text = trip2.iter().find(|v| v["kind"] == "text").unwrap();
    assert_eq!(text["edited"], true, "{text}");
    assert!(text["reactions"].to_string().contains("👍"), "{text}");
    let note = trip2
        .iter()
        .find(|v| v["kind"] == "history_import")
        .unwrap_or_else(|| panic!("{trip2:?}"));
    assert_eq!(note["from_device"], 1, "{note}");
    assert_eq!(
        texts(&read(&alice2, "bob")),
        [
            format!("{marker} hello bob"),
            format!("{marker} hello alice")
        ]
    );
    let human = cli_ok(&alice2, &["read", "#trip"]);
    assert!(
        human.contains("the history above came from your device 1"),
        "{human}"
    );
    let balance = |h: &Path| cli_ok(h, &["ledger", "balance", "#trip", "--json"]);
    assert_eq!(balance(&alice2), balance(&alice));
    assert!(balance(&alice2).contains("2000"), "{}", balance(&alice2));
}
