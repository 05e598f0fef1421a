//! Display names through the CLI: any script, shown isolated next to the username, carried
//! only inside MLS (never in the server's data), look-alikes flagged, spoofing characters
//! refused.

use conclave_tests::{TestServer, cli_err, cli_ok, contains, files, invite, json_lines};

#[test]
fn display_names_in_any_script_reach_members_only_and_look_alikes_are_flagged() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let home = |n: &str| dir.path().join(n);
    let (alice, bob, mallory) = (home("alice"), home("bob"), home("mallory"));
    cli_ok(
        &alice,
        &[
            "join",
            &server.admin_link.clone().unwrap().to_string(),
            "--name",
            "alice",
            "--display-name",
            "Ana  María",
        ],
    );
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&mallory, &["join", &invite(&alice), "--name", "mallory"]);
    let shown = cli_ok(&alice, &["display-name"]);
    assert!(
        shown.contains("\u{2068}Ana María\u{2069} (alice)"),
        "normalised, isolated: {shown}"
    );

    // The name set at join goes with the first conversation.
    cli_ok(&alice, &["send", "bob", "hola"]);
    let read = cli_ok(&bob, &["read", "alice"]);
    assert!(
        read.contains("\u{2068}Ana María\u{2069} (alice/"),
        "isolated, beside the username: {read}"
    );
    let text = json_lines(&cli_ok(&bob, &["read", "alice", "--json"]))
        .into_iter()
        .find(|v| v["kind"] == "text")
        .unwrap();
    assert_eq!(text["sender_name"], "Ana María");
    assert!(text.get("sender_name_warning").is_none(), "{text}");

    // A right-to-left name, set later, reaches every conversation.
    assert!(cli_ok(&bob, &["display-name", "محمد"]).contains("محمد"));
    cli_ok(&bob, &["send", "alice", "salam"]);
    let read = cli_ok(&alice, &["read", "bob"]);
    assert!(read.contains("\u{2068}محمد\u{2069} (bob/"), "{read}");

    // Spoofing characters are refused with a clear error, before anything is sent.
    let refused = cli_err(&mallory, &["display-name", "alice\u{202E}"]);
    assert!(refused.contains("direction-override"), "{refused}");
    // A look-alike of Alice's name (a Cyrillic "А") is flagged wherever it is shown.
    cli_ok(&mallory, &["display-name", "\u{410}na María"]);
    cli_ok(
        &mallory,
        &["group", "create", "club", "--members", "alice,bob"],
    );
    cli_ok(&mallory, &["send", "#club", "trust me"]);
    let read = cli_ok(&bob, &["read", "#club"]);
    let line = read.lines().find(|l| l.contains("trust me")).unwrap();
    assert!(line.contains("⚠ looks like alice's name"), "{line}");
    let msg = json_lines(&cli_ok(&bob, &["read", "#club", "--json"]))
        .into_iter()
        .find(|v| v["text"] == "trust me")
        .unwrap();
    assert_eq!(msg["sender_name_warning"], "looks like alice's name");

    // Clearing it shows the username alone again.
    cli_ok(&bob, &["display-name", ""]);
    cli_ok(&bob, &["send", "alice", "plain again"]);
    let read = cli_ok(&alice, &["read", "bob"]);
    let line = read.lines().find(|l| l.contains("plain again")).unwrap();
    assert!(line.contains(" bob/") && !line.contains("محمد"), "{line}");

    // The server never learns a display name: not in its data, not in its logs.
    for name in ["Ana María", "محمد"] {
        for f in files(&server.data) {
            assert!(
                !contains(&std::fs::read(&f).unwrap(), name.as_bytes()),
                "{name} in {}",
                f.display()
            );
        }
        assert!(!server.logs().contains(name));
    }
}
