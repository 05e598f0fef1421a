//! Every screen of the TUI, drawn into ratatui's `TestBackend` at 80×24 and 120×40 and
//! compared with the snapshots in `snapshots/` (`cargo insta review` after a deliberate change;
//! `INSTA_UPDATE=always` to rewrite them).

use conclave_proto::{GroupId, Timestamp};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};

use super::{
    app::{Action, App, ConvItem, Focus, LedgerView, Line, LineKind, MembersView, Panel, Status},
    view::{self, Theme},
};

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
// 2026-12-03 10:15 UTC.
const T0: i64 = 1_796_292_900_000;

fn group(n: u8) -> GroupId {
    GroupId::new(vec![n; 16]).unwrap()
}

fn line(seq: u64, sender: &str, device: u64, minutes: i64, text: &str, kind: LineKind) -> Line {
    Line {
        seq,
        sender: sender.into(),
        device,
        at: Timestamp(T0 + minutes * 60_000),
        text: text.into(),
        kind,
    }
}

fn fixture() -> App {
    let mut app = App::new("alice", 1, "chat.example.org:8443");
    let conv = |n: u8, name: &str, unread, mentions, minutes: i64| ConvItem {
        group: group(n),
        name: name.into(),
        is_group: name.starts_with('#'),
        unread,
        mentions,
        last_at: Some(Timestamp(T0 + minutes * 60_000)),
        last_seq: 10,
    };
    app.set_conversations(vec![
        conv(1, "bob", 0, 0, 5),
        conv(2, "#team", 2, 1, 9),
        conv(3, "carol", 1, 0, 1),
    ]);
    app.selected = Some(group(2));
    app.lines = vec![
        line(2, "alice", 1, 0, "added bob/2, carol/3", LineKind::Notice),
        line(
            3,
            "alice",
            1,
            1,
            "Lunch on Friday? I booked the place by the river.",
            LineKind::Mine,
        ),
        line(
            4,
            "bob",
            2,
            2,
            "Yes! 我周五有空，一起吃午饭吧。",
            LineKind::Theirs,
        ),
        line(
            5,
            "carol",
            3,
            3,
            "مرحبا بالجميع — I'm in too",
            LineKind::Theirs,
        ),
        line(
            6,
            "bob",
            2,
            4,
            "payment 36.00 EUR bob → alice, bob, carol (lunch)",
            LineKind::Notice,
        ),
        line(
            7,
            "carol",
            3,
            9,
            "@alice can you bring the receipts? This line is long enough to wrap on a narrow terminal, so the message pane has to break it.",
            LineKind::Theirs,
        ),
    ];
    app
}

fn render(app: &mut App, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| view::draw(f, app, Theme { color: false }))
        .unwrap();
    terminal.backend().to_string()
}

fn snapshot(name: &str, mut app: App) {
    for (w, h) in SIZES {
        let shot = render(&mut app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), shot);
    }
}

#[test]
fn main_screen() {
    snapshot("main", fixture());
}

#[test]
fn composing_a_multi_line_message() {
    let mut app = fixture();
    app.focus = Focus::Compose;
    for c in "see you there".chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    for c in "— alice".chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    snapshot("compose", app);
}

#[test]
fn help() {
    let mut app = fixture();
    app.handle_key(KeyEvent::new(KeyCode::Char('?'), KeyModifiers::NONE));
    assert_eq!(app.panel, Panel::Help);
    snapshot("help", app);
}

#[test]
fn ledger() {
    let mut app = fixture();
    app.panel = Panel::Ledger(LedgerView {
        balances: vec![
            ("alice".into(), "+24.00 EUR".into()),
            ("bob".into(), "-12.00 EUR".into()),
            ("carol".into(), "-12.00 EUR".into()),
        ],
        settle_up: vec![
            "bob pays alice 12.00 EUR".into(),
            "carol pays alice 12.00 EUR".into(),
        ],
        entries: vec![
            "3f2a9c1e 2026-12-03 payment 36.00 EUR alice → alice, bob, carol (lunch)".into(),
        ],
    });
    snapshot("ledger", app);
}

#[test]
fn add_entry_form_with_the_cores_complaint() {
    let mut app = fixture();
    app.handle_key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::CONTROL));
    for c in "12,3x".chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    let Some(Action::AddEntry(_, form)) =
        app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE))
    else {
        panic!("Enter submits the form");
    };
    // The core judges the form, as the web app's does.
    let err = form
        .to_form(&["alice".into(), "bob".into(), "carol".into()])
        .parse(conclave_client_core::ledger::Date::new(2026, 12, 3).unwrap())
        .unwrap_err();
    assert_eq!(err.field, "amount");
    let mut form = *form;
    form.error = Some((err.field.into(), err.message));
    app.panel = Panel::AddEntry(form);
    snapshot("add_entry", app);
}

#[test]
fn members_and_safety_numbers() {
    let mut app = fixture();
    app.panel = Panel::Members(MembersView {
        members: vec![
            ("alice".into(), vec!["1".into(), "4".into()], "you".into()),
            (
                "bob".into(),
                vec!["2".into()],
                "safety number 12345 67890 12345 67890 12345 67890 (verified)".into(),
            ),
            (
                "carol".into(),
                vec!["3".into()],
                "safety number 09876 54321 09876 54321 09876 54321".into(),
            ),
        ],
    });
    snapshot("members", app);
}

#[test]
fn reconnecting_and_paused() {
    let mut app = fixture();
    app.status = Status::Reconnecting("connection closed".into());
    snapshot("reconnecting", app);
    let mut app = fixture();
    app.status = Status::Paused;
    snapshot("paused", app);
}

#[test]
fn a_new_account_with_nothing_yet() {
    snapshot("empty", App::new("dave", 7, "127.0.0.1:8443"));
}

#[test]
fn keys_move_focus_select_and_send() {
    let mut app = fixture();
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    // #team is first (most recent); Down selects bob.
    assert_eq!(app.selected_index(), Some(0));
    assert_eq!(
        app.handle_key(key(KeyCode::Down)),
        Some(Action::Open(group(1)))
    );
    assert_eq!(
        app.handle_key(key(KeyCode::Down)),
        Some(Action::Open(group(3)))
    );
    assert_eq!(
        app.handle_key(key(KeyCode::Down)),
        None,
        "stays at the last"
    );
    app.handle_key(key(KeyCode::Tab));
    assert_eq!(app.focus, Focus::Messages);
    app.handle_key(key(KeyCode::Tab));
    assert_eq!(app.focus, Focus::Compose);
    for c in "hi".chars() {
        app.handle_key(key(KeyCode::Char(c)));
    }
    assert_eq!(
        app.handle_key(key(KeyCode::Enter)),
        Some(Action::Send(group(3), "hi".into()))
    );
    assert!(app.compose.is_empty());
    assert_eq!(app.handle_key(key(KeyCode::Enter)), None, "nothing to send");
    // 'q' types in the message line and quits elsewhere.
    app.handle_key(key(KeyCode::Char('q')));
    assert_eq!(app.compose, "q");
    app.handle_key(key(KeyCode::Esc));
    assert_eq!(app.handle_key(key(KeyCode::Char('q'))), Some(Action::Quit));
    // Control characters never reach a message.
    app.focus = Focus::Compose;
    app.compose.clear();
    app.handle_key(key(KeyCode::Char('\u{1b}')));
    app.handle_key(key(KeyCode::Char('\u{202e}')));
    assert_eq!(
        app.compose, "\u{202e}",
        "only C0/C1 controls are dropped here"
    );
}

#[test]
fn vim_keys_only_when_asked() {
    let mut app = fixture();
    let key = |c| KeyEvent::new(c, KeyModifiers::NONE);
    assert_eq!(app.handle_key(key(KeyCode::Char('j'))), None);
    assert_eq!(app.selected_index(), Some(0));
    app.vim = true;
    assert_eq!(
        app.handle_key(key(KeyCode::Char('j'))),
        Some(Action::Open(group(1)))
    );
}

#[test]
fn unread_first_sorts_unread_conversations_up() {
    let mut app = fixture();
    app.unread_first = true;
    let convs = app.convs.clone();
    app.set_conversations(convs);
    let names: Vec<_> = app.convs.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["#team", "carol", "bob"]);
}

#[test]
fn wrapping_counts_wide_characters_twice() {
    assert_eq!(view::wrap("我周五有空", 4), ["我周", "五有", "空"]);
    assert_eq!(view::wrap("one two three", 7), ["one two", "three"]);
    assert_eq!(view::wrap("a\nb", 10), ["a", "b"]);
}

fn in_language(tag: &str, mut app: App) -> App {
    app.i18n = conclave_i18n::Localizer::negotiate(&[tag], false);
    app
}

#[test]
fn screens_in_arabic_are_mirrored() {
    let app = in_language("ar", fixture());
    assert!(app.rtl());
    let shot = render(&mut in_language("ar", fixture()), 80, 24);
    // The conversation list is on the right, the messages on the left.
    let row = shot.lines().nth(2).unwrap();
    assert!(
        row.find("#team").unwrap() > row.find("10:15").unwrap(),
        "{shot}"
    );
    assert!(shot.contains("المحادثات"), "{shot}");
    snapshot("ar_main", app);
    let mut help = in_language("ar", fixture());
    help.panel = Panel::Help;
    snapshot("ar_help", help);
    let mut ledger = in_language("ar", fixture());
    ledger.panel = Panel::Ledger(LedgerView {
        balances: vec![("alice".into(), "+24.00 EUR".into())],
        settle_up: vec!["bob pays alice 12.00 EUR".into()],
        entries: vec![],
    });
    snapshot("ar_ledger", ledger);
}

#[test]
fn screens_in_japanese() {
    let app = in_language("ja", fixture());
    assert!(!app.rtl());
    let shot = render(&mut in_language("ja", fixture()), 120, 40);
    assert!(
        shot.contains("会話") && shot.contains("未読 3 件"),
        "{shot}"
    );
    snapshot("ja_main", app);
    let mut help = in_language("ja", fixture());
    help.panel = Panel::Help;
    snapshot("ja_help", help);
    let mut form = in_language("ja", fixture());
    form.panel = Panel::AddEntry(super::app::EntryFormState::new("alice"));
    snapshot("ja_add_entry", form);
}

#[test]
fn the_pseudo_locale_shows_what_is_not_translated() {
    let shot = render(&mut in_language("en-XA", fixture()), 120, 40);
    assert!(!shot.contains("Conversations"), "{shot}");
    assert!(shot.contains("[Ƈǿƞṽḗřşȧŧīǿƞş"), "{shot}");
}

#[test]
fn someone_typing_shows_under_the_compose_line() {
    let mut app = fixture();
    app.typing = Some(app.i18n.format(
        "typing-two",
        &[("first", "bob".into()), ("second", "carol".into())],
    ));
    snapshot("typing", app);
}

#[test]
fn call_lines_are_worded_in_the_uis_language() {
    use conclave_client_core::call::{CallMessage, MessageArg};
    let held = CallMessage {
        id: "call-held-video".into(),
        args: vec![
            ("people", MessageArg::Number(3)),
            (
                "duration",
                MessageArg::Message(Box::new(CallMessage {
                    id: "duration-minutes".into(),
                    args: vec![("n", MessageArg::Number(12))],
                })),
            ),
        ],
    };
    let en = conclave_i18n::Localizer::negotiate(&["en"], false);
    assert_eq!(
        conclave_client::words(&en, &held),
        "Video call, 12 min, 3 people"
    );
    let ja = conclave_i18n::Localizer::negotiate(&["ja"], false);
    let shown = conclave_client::words(&ja, &held);
    assert!(
        shown.contains("12") && shown.contains('3') && !shown.contains("Video"),
        "{shown}"
    );
}

#[test]
fn history_lines_and_previews_are_in_the_uis_language() {
    use conclave_client_core::{HistoryBody, MemberDevice, envelope::Content};
    let de = conclave_i18n::Localizer::negotiate(&["de"], false);
    let en = conclave_i18n::Localizer::negotiate(&["en"], false);
    assert_eq!(super::other_text(&HistoryBody::Joined, &en), "joined");
    assert_eq!(
        super::other_text(&HistoryBody::Joined, &de),
        "ist beigetreten"
    );
    let bob = MemberDevice {
        username: conclave_proto::Username::parse("bob").unwrap(),
        device: conclave_proto::DeviceId(2),
        key: [0; 32],
    };
    let added = HistoryBody::Membership {
        added: vec![bob],
        removed: vec![],
    };
    assert_eq!(super::other_text(&added, &en), "added bob/2");
    assert_eq!(super::other_text(&added, &de), "hat bob/2 hinzugefügt");
    // A preview the client core composes: the same English as its summary, German here.
    let timer = Content::Timer { secs: 0 };
    assert_eq!(
        conclave_client::words(&en, &timer.phrase()),
        "(disappearing messages off)"
    );
    assert_eq!(timer.summary(), "(disappearing messages off)");
    assert_ne!(
        conclave_client::words(&de, &timer.phrase()),
        timer.summary()
    );
}
