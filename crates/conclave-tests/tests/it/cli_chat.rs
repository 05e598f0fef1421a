//! The `conclave` command line as a user drives it: 1:1 and group conversations, a second
//! device, safety numbers, passphrases; and proof that the server never sees plaintext.

use std::{
    io::{BufRead as _, BufReader},
    process::{Command, Stdio},
};

use conclave_tests::{
    TestServer, bin, cli, cli_err, cli_ok, contains, files, invite, json_lines, link_device_cli,
};

fn texts(out: &str) -> Vec<String> {
    json_lines(out)
        .into_iter()
        .filter(|v| v["kind"] == "text")
        .map(|v| v["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn conversations_devices_and_safety_numbers_through_the_cli() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let home = |n: &str| dir.path().join(n);
    let (alice, bob, bob2, carol) = (home("alice"), home("bob"), home("bob2"), home("carol"));

    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&carol, &["join", &invite(&alice), "--name", "carol"]);

    // 1:1, created on first use, both directions.
    cli_ok(&alice, &["send", "bob", "hi bob"]);
    let out = cli_ok(&bob, &["read", "alice", "--json"]);
    let first = json_lines(&out)
        .into_iter()
        .find(|v| v["kind"] == "text")
        .unwrap();
    assert_eq!(first["text"], "hi bob");
    assert_eq!(first["sender"], "alice");
    assert!(first["device"].as_u64().is_some() && first["at"].as_str().is_some());
    cli_ok(&bob, &["send", "alice", "hi alice"]);
    assert_eq!(
        texts(&cli_ok(&alice, &["read", "bob", "--json"])),
        ["hi bob", "hi alice"]
    );
    let plain = cli_ok(&alice, &["read", "bob"]);
    assert!(
        plain.contains("bob/") && plain.contains("hi alice"),
        "{plain}"
    );

    // A group.
    cli_ok(
        &alice,
        &["group", "create", "team", "--members", "bob,carol"],
    );
    cli_ok(&alice, &["send", "#team", "team hello"]);
    assert_eq!(
        texts(&cli_ok(&carol, &["read", "#team", "--json"])),
        ["team hello"]
    );
    let info: serde_json::Value =
        serde_json::from_str(&cli_ok(&carol, &["group", "info", "team", "--json"])).unwrap();
    assert_eq!(info["members"].as_array().unwrap().len(), 3);
    let alice_info: serde_json::Value =
        serde_json::from_str(&cli_ok(&alice, &["group", "info", "team", "--json"])).unwrap();
    assert_eq!(info["epoch"], alice_info["epoch"]);
    assert_eq!(
        info["epoch_authenticator"],
        alice_info["epoch_authenticator"]
    );
    let list: serde_json::Value =
        serde_json::from_str(&cli_ok(&bob, &["group", "list", "--json"])).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"#team") && names.contains(&"alice"),
        "{names:?}"
    );

    // Safety numbers: the same on both sides; verified; a new device changes them loudly.
    let a_sn = cli_ok(&alice, &["safety-number", "bob"]);
    let b_sn = cli_ok(&bob, &["safety-number", "alice"]);
    let number = |s: &str| s.lines().last().unwrap().to_owned();
    assert_eq!(
        number(&a_sn),
        number(&b_sn),
        "both sides see the same number"
    );
    assert!(a_sn.contains("not verified"), "{a_sn}");
    cli_ok(&alice, &["verify", "bob"]);
    assert!(cli_ok(&alice, &["safety-number", "bob"]).contains("bob is verified"));

    // Bob links a second device; it is added to his conversations and gets what follows.
    let rest = link_device_cli(&bob, &bob2);
    assert!(rest.contains("added to 2 of 2 conversations"), "{rest}");
    let devices: serde_json::Value =
        serde_json::from_str(&cli_ok(&bob2, &["device", "list", "--json"])).unwrap();
    assert_eq!(devices.as_array().unwrap().len(), 2);
    cli_ok(&alice, &["send", "#team", "after bob2"]);
    cli_ok(&alice, &["send", "bob", "dm after bob2"]);
    assert!(rest.contains("sent it the history of"), "{rest}");
    // What came after it joined, and before it, from bob's first device (history transfer).
    assert_eq!(
        texts(&cli_ok(&bob2, &["read", "#team", "--json"])),
        ["team hello", "after bob2"],
    );
    assert_eq!(
        texts(&cli_ok(&bob2, &["read", "alice", "--json"]))
            .last()
            .map(String::as_str),
        Some("dm after bob2")
    );
    assert_eq!(
        texts(&cli_ok(&bob, &["read", "#team", "--json"])),
        ["team hello", "after bob2"]
    );
    let warned = cli_ok(&alice, &["safety-number", "bob"]);
    assert!(
        warned.contains("CHANGED"),
        "a new device is shown loudly: {warned}"
    );

    // Removal: carol gets nothing after it.
    cli_ok(&alice, &["group", "remove", "team", "carol"]);
    cli_ok(&alice, &["send", "#team", "without carol"]);
    let carol_all = cli_ok(&carol, &["read", "--json"]);
    assert!(!carol_all.contains("without carol"), "{carol_all}");
    assert_eq!(
        texts(&cli_ok(&bob2, &["read", "#team", "--json"])),
        ["team hello", "after bob2", "without carol"]
    );
    // Added back, carol reads what follows, and nothing from while she was out.
    cli_ok(&alice, &["group", "add", "team", "carol"]);
    cli_ok(&alice, &["send", "#team", "carol is back"]);
    assert_eq!(
        texts(&cli_ok(&carol, &["read", "#team", "--json"])),
        ["team hello", "after bob2", "carol is back"],
        "what she got while a member, then what follows her return"
    );

    // Leaving: bob (both devices) gets nothing after it.
    cli_ok(&bob, &["group", "leave", "team"]);
    cli_ok(&alice, &["send", "#team", "after bob left"]);
    assert!(!cli_ok(&bob2, &["read", "--json"]).contains("after bob left"));
    let info: serde_json::Value =
        serde_json::from_str(&cli_ok(&alice, &["group", "info", "team", "--json"])).unwrap();
    assert_eq!(
        info["members"].as_array().unwrap().len(),
        2,
        "alice and carol: {info}"
    );

    // listen --json streams what arrives.
    let listener = Command::new(bin("conclave"))
        .args([
            "--home",
            carol.to_str().unwrap(),
            "listen",
            "--json",
            "--duration",
            "4s",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    cli_ok(&alice, &["send", "carol", "live to carol"]);
    let out = listener.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&String::from_utf8_lossy(&out.stdout));
    assert!(
        lines
            .iter()
            .any(|v| v["text"] == "live to carol" && v["sender"] == "alice"),
        "{lines:?}"
    );

    // Errors are clear.
    assert!(cli_err(&alice, &["send", "#nope", "x"]).contains("no group #nope"));
    assert!(cli_err(&alice, &["send", "nobody", "x"]).contains("nobody"));
}

#[test]
fn the_server_never_sees_plaintext_and_state_at_rest_is_encrypted() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&alice, &["group", "create", "vault", "--members", "bob"]);

    let marker = format!("MARKER-{:032x}", rand::random::<u128>());
    cli_ok(&alice, &["send", "bob", &marker]);
    cli_ok(&alice, &["send", "#vault", &marker]);
    // Delivered and decrypted...
    assert_eq!(
        texts(&cli_ok(&bob, &["read", "alice", "--json"])),
        vec![marker.clone()]
    );
    // One more stays in the server's queue (bob has not fetched it) while we search.
    cli_ok(&alice, &["send", "#vault", &format!("{marker}-queued")]);

    let mut stored = Vec::new();
    for f in files(&server.data) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !contains(&bytes, marker.as_bytes()),
            "plaintext in {}",
            f.display()
        );
        stored.push(f);
    }
    assert!(
        stored.iter().any(|f| f.ends_with("conclave.db")),
        "{stored:?}"
    );
    let logs = server.logs();
    assert!(!logs.is_empty());
    assert!(!logs.contains(&marker), "plaintext in the server's logs");
    // The clients keep history, encrypted at rest.
    for home in [&alice, &bob] {
        for f in files(home) {
            let bytes = std::fs::read(&f).unwrap();
            assert!(
                !contains(&bytes, marker.as_bytes()),
                "plaintext at rest in {}",
                f.display()
            );
        }
    }
    assert!(cli_ok(&bob, &["read", "#vault"]).contains(&format!("{marker}-queued")));
}

#[test]
fn a_passphrase_protects_the_device_and_a_wrong_one_is_refused() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("erin");
    let run = |pass: Option<&str>, args: &[&str]| {
        let mut cmd = Command::new(bin("conclave"));
        // English whatever the machine's locale: the test reads the error's words.
        cmd.env("CONCLAVE_LANG", "en");
        cmd.arg("--home").arg(&home).args(args).stdin(Stdio::null());
        match pass {
            Some(p) => cmd.env("CONCLAVE_PASSPHRASE", p),
            None => cmd.env_remove("CONCLAVE_PASSPHRASE"),
        };
        cmd.output().unwrap()
    };
    let link = server.admin_link.clone().unwrap().to_string();
    let out = run(
        Some("correct horse"),
        &["join", &link, "--name", "erin", "--passphrase"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !home.join("state.key").exists(),
        "no key file when a passphrase protects the state"
    );
    let out = run(Some("correct horse"), &["whoami", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(Some("wrong"), &["whoami"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.to_lowercase().contains("passphrase"), "{err}");
    let out = run(None, &["whoami"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("CONCLAVE_PASSPHRASE"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Without a passphrase: a key file only the owner can read.
    let other = dir.path().join("frank");
    let out = cli(
        &other,
        &[
            "join",
            &server.invite_link(&[]).to_string(),
            "--name",
            "frank",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(other.join("state.key"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// `conclave listen` rides through a server restart: it says it is reconnecting, comes back by
/// itself, and prints what was sent before and after, each once.
#[test]
fn listen_reconnects_after_a_server_restart_and_misses_nothing() {
    let mut server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&alice, &["send", "bob", "hello"]);
    assert_eq!(
        texts(&cli_ok(&bob, &["read", "alice", "--json"])),
        ["hello"]
    );

    // English whatever the machine's locale: the test reads "reconnecting".
    let mut listener = Command::new(bin("conclave"))
        .env("CONCLAVE_LANG", "en")
        .args([
            "--home",
            bob.to_str().unwrap(),
            "listen",
            "--json",
            "--duration",
            "60s",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let stdout = listener.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen: Vec<String> = Vec::new();
    let wait_for = |text: &str, seen: &mut Vec<String>| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while !seen.iter().any(|t| t == text) {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let line = rx
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("listen never printed {text:?}; it printed {seen:?}"));
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            if v["kind"] == "text" {
                assert_eq!(v["sender"], "alice");
                seen.push(v["text"].as_str().unwrap().to_owned());
            }
        }
    };
    std::thread::sleep(std::time::Duration::from_millis(1500));
    cli_ok(&alice, &["send", "bob", "before the restart"]);
    wait_for("before the restart", &mut seen);

    server.restart();
    // Sent while the listener may still be away: it is queued for bob's device.
    cli_ok(&alice, &["send", "bob", "after the restart"]);
    wait_for("after the restart", &mut seen);
    cli_ok(&alice, &["send", "bob", "and later"]);
    wait_for("and later", &mut seen);

    let _ = listener.kill();
    let out = listener.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("reconnecting"), "{stderr}");
    assert_eq!(
        seen,
        ["before the restart", "after the restart", "and later"],
        "each once, in order, and nothing read before listen started"
    );
    server.stop();
}
