#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

fn user(name: &str) -> Username {
    Username::parse(name).unwrap()
}

fn group() -> GroupId {
    GroupId::new(vec![7; 8]).unwrap()
}

/// A history built by hand: (sender, id byte, content).
fn history(entries: &[(&str, u8, Content)]) -> Vec<StoredMessage> {
    entries
        .iter()
        .enumerate()
        .map(|(i, (sender, id, content))| StoredMessage {
            group: group(),
            seq: i as u64 + 1,
            epoch: 1,
            sender: user(sender),
            sender_device: DeviceId(if *sender == "alice" { 1 } else { 2 }),
            at: Timestamp(i as i64),
            body: HistoryBody::Message {
                id: [*id; 16],
                sent_at: Timestamp(100 + i as i64),
                content: content.clone(),
            },
        })
        .collect()
}

fn text(t: &str) -> Content {
    Content::Text { text: t.into() }
}

fn messages(view: &ConversationView) -> Vec<&MessageView> {
    view.items()
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Message(v) => Some(v),
            _ => None,
        })
        .collect()
}

fn not_applied(view: &ConversationView) -> Vec<&NotApplied> {
    view.items()
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::NotApplied(n) => Some(n),
            _ => None,
        })
        .collect()
}

#[test]
fn replies_quote_the_local_copy_and_unknown_targets_are_not_available() {
    let h = history(&[
        ("alice", 1, text("lunch at noon?")),
        (
            "bob",
            2,
            Content::Reply {
                to: [1; 16],
                text: "yes".into(),
            },
        ),
        (
            "bob",
            3,
            Content::Reply {
                to: [9; 16],
                text: "and this?".into(),
            },
        ),
        // A reply to itself or to a later message is a loop: not available.
        (
            "bob",
            4,
            Content::Reply {
                to: [4; 16],
                text: "me".into(),
            },
        ),
        (
            "alice",
            5,
            Content::Edit {
                to: [1; 16],
                text: "lunch at one?".into(),
            },
        ),
    ]);
    let view = ConversationView::from_history(&h);
    let m = messages(&view);
    assert_eq!(m.len(), 4);
    assert_eq!(
        m[1].reply_to,
        Some(Quote::Message {
            id: [1; 16],
            seq: 1,
            sender: user("alice"),
            text: "lunch at one?".into()
        })
    );
    assert_eq!(m[2].reply_to, Some(Quote::NotAvailable { id: [9; 16] }));
    assert_eq!(m[3].reply_to, Some(Quote::NotAvailable { id: [4; 16] }));
    assert_eq!(
        m[2].reply_to.as_ref().unwrap().line(),
        "message not available"
    );
}

#[test]
fn edits_keep_versions_and_only_the_sender_may_edit_or_delete() {
    let h = history(&[
        ("alice", 1, text("v1")),
        (
            "alice",
            2,
            Content::Edit {
                to: [1; 16],
                text: "v2".into(),
            },
        ),
        // An edit of the edit stands for the message.
        (
            "alice",
            3,
            Content::Edit {
                to: [2; 16],
                text: "v3".into(),
            },
        ),
        (
            "bob",
            4,
            Content::Edit {
                to: [1; 16],
                text: "forged".into(),
            },
        ),
        ("bob", 5, Content::Delete { to: [1; 16] }),
        (
            "alice",
            6,
            Content::Edit {
                to: [1; 16],
                text: "  ".into(),
            },
        ),
    ]);
    let view = ConversationView::from_history(&h);
    let m = messages(&view);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].text.as_deref(), Some("v3"));
    assert!(m[0].edited());
    let texts: Vec<&str> = m[0].versions.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(texts, ["v1", "v2", "v3"]);
    let n = not_applied(&view);
    assert_eq!(n.len(), 3);
    assert_eq!(n[0].action, Action::Edit);
    assert_eq!(
        n[0].reason,
        Reason::NotSender {
            owner: user("alice")
        }
    );
    assert!(n[0].reason.is_refusal());
    assert_eq!(n[1].action, Action::Delete);
    assert!(n[1].reason.is_refusal());
    assert_eq!(n[2].reason, Reason::EmptyText);
    assert_eq!(n[0].to_json()["refused"], true);
    // The same checks before sending.
    assert!(matches!(
        view.check(
            &user("bob"),
            &Content::Edit {
                to: [1; 16],
                text: "x".into()
            }
        ),
        Err(MessageError::NotApplicable(Reason::NotSender { .. }))
    ));
    assert!(
        view.check(
            &user("alice"),
            &Content::Edit {
                to: [1; 16],
                text: "x".into()
            }
        )
        .is_ok()
    );
}

#[test]
fn reactions_count_members_and_toggle() {
    let me = user("bob");
    let mut entries = vec![
        ("alice", 1, text("party!")),
        (
            "bob",
            2,
            Content::Reaction {
                to: [1; 16],
                emoji: "🎉".into(),
            },
        ),
        // Twice the same emoji from the same member counts once.
        (
            "bob",
            3,
            Content::Reaction {
                to: [1; 16],
                emoji: "🎉".into(),
            },
        ),
        (
            "alice",
            4,
            Content::Reaction {
                to: [1; 16],
                emoji: "🎉".into(),
            },
        ),
        (
            "alice",
            5,
            Content::Reaction {
                to: [1; 16],
                emoji: "👍🏽".into(),
            },
        ),
        (
            "bob",
            6,
            Content::Reaction {
                to: [1; 16],
                emoji: "lol".into(),
            },
        ),
        // Taking back somebody else's reaction is refused.
        ("bob", 7, Content::Delete { to: [5; 16] }),
    ];
    let view = ConversationView::from_history(&history(&entries));
    let m = messages(&view)[0];
    assert_eq!(m.reactions["🎉"].len(), 2);
    assert_eq!(m.reactions["👍🏽"].len(), 1);
    assert_eq!(m.reactions.len(), 2);
    let n = not_applied(&view);
    assert_eq!(n[0].reason, Reason::InvalidEmoji);
    assert_eq!(n[1].action, Action::Unreact);
    assert!(n[1].reason.is_refusal());
    let json = m.to_json();
    assert_eq!(json["reactions"][0]["emoji"], "🎉");
    assert_eq!(json["reactions"][0]["count"], 2);
    // Toggling: bob already reacted 🎉, so the toggle takes the latest one back.
    let toggle = view.toggle_reaction(&me, &[1; 16], "🎉").unwrap();
    assert_eq!(toggle, Content::Delete { to: [3; 16] });
    entries.push(("bob", 8, toggle));
    let view = ConversationView::from_history(&history(&entries));
    assert_eq!(
        messages(&view)[0].reactions["🎉"],
        BTreeSet::from([user("alice")])
    );
    assert_eq!(
        view.toggle_reaction(&me, &[1; 16], "🎉").unwrap(),
        Content::Reaction {
            to: [1; 16],
            emoji: "🎉".into()
        }
    );
    assert!(view.toggle_reaction(&me, &[1; 16], "a b").is_err());
}

#[test]
fn the_reaction_limit_per_member_holds() {
    let mut entries = vec![("alice", 1, text("hi"))];
    let emoji: Vec<String> = (0..=REACTIONS_PER_MEMBER_MAX)
        .map(|i| char::from_u32(0x1F600 + i as u32).unwrap().to_string())
        .collect();
    for (i, e) in emoji.iter().enumerate() {
        entries.push((
            "bob",
            10 + i as u8,
            Content::Reaction {
                to: [1; 16],
                emoji: e.clone(),
            },
        ));
    }
    let view = ConversationView::from_history(&history(&entries));
    assert_eq!(messages(&view)[0].reactions.len(), REACTIONS_PER_MEMBER_MAX);
    assert_eq!(not_applied(&view)[0].reason, Reason::TooManyReactions);
}

#[test]
fn the_version_limit_holds() {
    let mut entries = vec![("alice", 1, text("v0"))];
    for i in 0..VERSIONS_MAX {
        entries.push((
            "alice",
            10 + i as u8,
            Content::Edit {
                to: [1; 16],
                text: format!("v{}", i + 1),
            },
        ));
    }
    let view = ConversationView::from_history(&history(&entries));
    assert_eq!(messages(&view)[0].versions.len(), VERSIONS_MAX);
    assert_eq!(not_applied(&view)[0].reason, Reason::TooManyVersions);
}

#[test]
fn a_delete_leaves_a_tombstone_and_the_same_view_after_redaction() {
    let entries = vec![
        ("alice", 1, text("secret")),
        (
            "alice",
            2,
            Content::Edit {
                to: [1; 16],
                text: "secret 2".into(),
            },
        ),
        (
            "bob",
            3,
            Content::Reaction {
                to: [1; 16],
                emoji: "😮".into(),
            },
        ),
        (
            "bob",
            4,
            Content::Reply {
                to: [1; 16],
                text: "wow".into(),
            },
        ),
        (
            "bob",
            5,
            Content::Edit {
                to: [1; 16],
                text: "forged".into(),
            },
        ),
        ("alice", 6, Content::Delete { to: [2; 16] }),
        (
            "alice",
            7,
            Content::Edit {
                to: [1; 16],
                text: "too late".into(),
            },
        ),
        ("alice", 8, Content::Delete { to: [1; 16] }),
    ];
    let h = history(&entries);
    let view = ConversationView::from_history(&h);
    let m = messages(&view);
    assert_eq!(m[0].text, None);
    assert!(m[0].deleted.is_some());
    assert!(m[0].versions.is_empty() && m[0].reactions.is_empty());
    assert!(matches!(m[1].reply_to, Some(Quote::Deleted { .. })));
    // Notices about the deleted message went with it.
    assert!(not_applied(&view).is_empty(), "{:?}", not_applied(&view));
    // The engine's redaction of the same history gives the same view.
    let mut redacted = h.clone();
    for (i, kind, to) in [
        (0, RemovedKind::Message, None),
        (1, RemovedKind::Edit, Some([1; 16])),
        (2, RemovedKind::Reaction, Some([1; 16])),
        (4, RemovedKind::Edit, Some([1; 16])),
        (6, RemovedKind::Edit, Some([1; 16])),
    ] {
        let HistoryBody::Message { id, sent_at, .. } = redacted[i].body.clone() else {
            panic!()
        };
        redacted[i].body = HistoryBody::Removed {
            id,
            sent_at,
            to,
            kind,
        };
    }
    assert_eq!(ConversationView::from_history(&redacted), view);
    // Nothing to reply to, react to, edit or delete any more.
    let alice = user("alice");
    for c in [
        Content::Reply {
            to: [1; 16],
            text: "x".into(),
        },
        Content::Reaction {
            to: [1; 16],
            emoji: "👍".into(),
        },
        Content::Edit {
            to: [1; 16],
            text: "x".into(),
        },
        Content::Delete { to: [1; 16] },
    ] {
        assert!(view.check(&alice, &c).is_err(), "{c:?}");
    }
    assert!(view.forward(&[1; 16], |_| 0).is_err());
    assert_eq!(
        view.forward(&[4; 16], |_| 0).unwrap(),
        Content::Forward { text: "wow".into() }
    );
    // Under a timer where it is, the forward keeps it.
    assert_eq!(
        view.forward(&[4; 16], |_| 3600).unwrap(),
        Content::ForwardDisappearing {
            text: "wow".into(),
            secs: 3600
        }
    );
}

#[test]
fn forwards_cannot_be_edited_and_references_resolve() {
    let h = history(&[
        ("alice", 0xab, Content::Forward { text: "fw".into() }),
        (
            "alice",
            2,
            Content::Edit {
                to: [0xab; 16],
                text: "x".into(),
            },
        ),
        ("alice", 3, text("plain")),
    ]);
    let view = ConversationView::from_history(&h);
    assert!(messages(&view)[0].forwarded);
    assert_eq!(not_applied(&view)[0].reason, Reason::WrongKind);
    assert_eq!(view.resolve("1").unwrap(), [0xab; 16]);
    assert_eq!(view.resolve("abababab").unwrap(), [0xab; 16]);
    assert_eq!(view.resolve("3").unwrap(), [3; 16]);
    assert!(matches!(
        view.resolve("2"),
        Err(MessageError::NoSuchMessage(_))
    ));
    assert!(matches!(
        view.resolve("xyz"),
        Err(MessageError::BadReference(_))
    ));
    assert!(matches!(
        view.resolve("99"),
        Err(MessageError::NoSuchMessage(_))
    ));
}

#[test]
fn emoji_validity() {
    for ok in ["👍", "👍🏽", "🇫🇷", "1️⃣", "❤️", "👨‍👩‍👧‍👦", "#️⃣"]
    {
        assert!(valid_emoji(ok), "{ok}");
    }
    for bad in ["", "a", "1", "👍 ", "\u{7}", "ok👍", &"😀".repeat(13)] {
        assert!(!valid_emoji(bad), "{bad:?}");
    }
}

#[test]
fn receipts_go_from_sent_to_delivered_to_read() {
    let mut entries = vec![("alice", 1, text("hi")), ("alice", 2, text("there"))];
    let members = [user("alice"), user("bob")];
    let state = |entries: &[(&str, u8, Content)], seq: u64, show: bool| {
        let view = ConversationView::from_history(&history(entries));
        let item = view.items().iter().find(|i| i.seq == seq).unwrap().clone();
        view.receipts(&item, &members, show)
    };
    assert_eq!(state(&entries, 1, true).state(), "sent");
    // Bob sent something after message 1: his device had it.
    entries.push(("bob", 3, text("hello")));
    assert_eq!(state(&entries, 1, true).state(), "delivered");
    // A receipt for everything up to 2 (one claiming the future counts up to itself).
    entries.push((
        "bob",
        4,
        Content::Receipt {
            read_up_to: u64::MAX,
        },
    ));
    let r = state(&entries, 2, true);
    assert_eq!(r.state(), "read");
    assert_eq!(r.read_by, BTreeSet::from([user("bob")]));
    assert_eq!(r.to_json()["read_by"][0], "bob");
    // Without read receipts of one's own, others' reads do not show: delivered only.
    assert_eq!(state(&entries, 2, false).state(), "delivered");
    entries.push(("alice", 5, text("later")));
    assert_eq!(state(&entries, 5, true).state(), "sent");
    let view = ConversationView::from_history(&history(&entries));
    assert_eq!(view.read_mark(&user("bob")), 4);
    assert_eq!(view.last_from_others(&user("bob")), Some(5));
}

#[test]
fn an_expired_message_leaves_nothing_and_its_quotes_find_nothing() {
    let mut h = history(&[
        ("alice", 1, text("soon gone")),
        (
            "bob",
            2,
            Content::Reply {
                to: [1; 16],
                text: "ok".into(),
            },
        ),
    ]);
    h[0].body = HistoryBody::Removed {
        id: [1; 16],
        sent_at: Timestamp(100),
        to: None,
        kind: RemovedKind::Expired,
    };
    let view = ConversationView::from_history(&h);
    let m = messages(&view);
    assert!(m[0].expired && m[0].text.is_none() && m[0].deleted.is_none());
    assert_eq!(m[1].reply_to, Some(Quote::NotAvailable { id: [1; 16] }));
    assert!(view.forward(&[1; 16], |_| 0).is_err());
}
