//! `conclave tui` driven in a real terminal (tmux: send-keys, capture-pane) against the real
//! server, with a CLI user on the other side and, on the TUI's own device, a concurrent
//! `conclave` command that takes the device's state over and hands it back.

use std::{
    path::Path,
    process::Command,
    time::{Duration, Instant},
};

use conclave_tests::{TestServer, bin, cli_ok, invite};

struct Tmux {
    session: String,
}

impl Tmux {
    fn available() -> bool {
        Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success())
    }

    fn start(home: &Path, args: &str, width: u16, height: u16) -> Tmux {
        let session = format!("conclave-tui-{}", std::process::id());
        let cmd = format!(
            "NO_COLOR=1 {} --home {} tui {args}; sleep 30",
            bin("conclave").display(),
            home.display()
        );
        let status = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session, "-x"])
            .arg(width.to_string())
            .arg("-y")
            .arg(height.to_string())
            .arg(cmd)
            .status()
            .expect("tmux runs");
        assert!(status.success(), "tmux new-session");
        Tmux { session }
    }

    /// Sends keys one at a time, a moment apart: an Escape followed at once by a letter
    /// reads as Alt+letter to any terminal program.
    fn keys(&self, keys: &[&str]) {
        for key in keys {
            let status = Command::new("tmux")
                .args(["send-keys", "-t", &self.session, key])
                .status()
                .unwrap();
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    fn type_text(&self, text: &str) {
        let status = Command::new("tmux")
            .args(["send-keys", "-l", "-t", &self.session, text])
            .status()
            .unwrap();
        assert!(status.success());
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.session])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits (≤ 20 s) until the screen shows every one of `needles`.
    fn wait_for(&self, needles: &[&str]) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.screen();
            if needles.iter().all(|n| screen.contains(n)) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "the TUI never showed {needles:?}; it shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.session])
            .status();
    }
}

fn json_texts(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["kind"] == "text")
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn a_tui_user_talks_with_a_cli_user_keeps_a_ledger_and_shares_the_device() {
    if !Tmux::available() {
        // scripts/test installs tmux; a bare `cargo test` on a machine without it says so.
        eprintln!("SKIPPED: tmux is not installed (scripts/test installs it)");
        return;
    }
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&alice, &["send", "bob", "hello bob, from the command line"]);

    let tui = Tmux::start(&bob, "", 100, 30);
    tui.wait_for(&[
        "Conversations",
        "alice",
        "hello bob, from the command line",
        "connected",
    ]);

    // Bob writes in the TUI; alice reads it with the CLI.
    tui.keys(&["Enter"]);
    tui.type_text("hi alice, typed in the tui");
    tui.keys(&["Enter"]);
    tui.wait_for(&["hi alice, typed in the tui", "sent as message"]);
    let read = cli_ok(&alice, &["read", "bob", "--json"]);
    assert!(
        json_texts(&read).contains(&"hi alice, typed in the tui".to_owned()),
        "{read}"
    );

    // Alice writes; it appears while bob's TUI is open.
    cli_ok(
        &alice,
        &["send", "bob", "live: this arrives while the tui is open"],
    );
    tui.wait_for(&["live: this arrives while the tui is open"]);

    // A `conclave` command on bob's own device while the TUI runs: the TUI hands the state
    // over, the command sends, and the TUI takes it back and shows the message.
    cli_ok(
        &bob,
        &["send", "alice", "from bob's cli while the tui runs"],
    );
    tui.wait_for(&["from bob's cli while the tui runs", "connected"]);
    tui.type_text("after the handover");
    tui.keys(&["Enter"]);
    tui.wait_for(&["after the handover", "sent as message"]);
    let texts = json_texts(&cli_ok(&alice, &["read", "bob", "--json"]));
    let want = [
        "hello bob, from the command line",
        "hi alice, typed in the tui",
        "live: this arrives while the tui is open",
        "from bob's cli while the tui runs",
        "after the handover",
    ];
    assert_eq!(texts, want, "alice reads everything once, in order");

    // A ledger entry through the TUI's form (the core's EntryForm): bob paid 30.00 EUR,
    // split equally between the two.
    tui.keys(&["Escape", "C-e"]);
    tui.wait_for(&["Add a ledger entry", "amount"]);
    tui.type_text("30");
    tui.keys(&["Enter"]);
    let screen = tui.wait_for(&["Ledger", "Balances", "entry added as message"]);
    assert!(screen.contains("+15.00"), "{screen}");
    let balance = cli_ok(&alice, &["ledger", "balance", "bob", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&balance).unwrap();
    assert!(
        v.to_string().contains("1500") || v.to_string().contains("15.00"),
        "alice's CLI sees bob's entry: {v}"
    );

    // q quits and puts the terminal back.
    tui.keys(&["Escape", "Escape", "q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while tui.screen().contains("Conversations") {
        assert!(Instant::now() < deadline, "q quits: {}", tui.screen());
        std::thread::sleep(Duration::from_millis(100));
    }
    // The device still works from the CLI, with nothing lost.
    let read = cli_ok(&bob, &["read", "alice", "--json"]);
    assert_eq!(json_texts(&read), want);
}

#[test]
fn listen_hands_the_device_over_to_another_command_and_prints_what_it_missed() {
    use std::io::{BufRead as _, BufReader};
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&alice, &["send", "bob", "before"]);

    let mut listener = Command::new(bin("conclave"))
        .arg("--home")
        .arg(&bob)
        .args(["listen", "--json", "--duration", "60s"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Messages are printed from when it says so on stderr.
    let stderr = listener.stderr.take().unwrap();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("listening for new messages") {
                let _ = ready_tx.send(());
            }
        }
    });
    ready_rx
        .recv_timeout(Duration::from_secs(30))
        .expect("listen starts");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let stdout = listener.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let mut wait_for = |text: &str| {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !seen.iter().any(|t: &String| t == text) {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("listen never printed {text:?}; it printed {seen:?}"));
            let v: serde_json::Value = serde_json::from_str(&line).unwrap();
            if v["kind"] == "text" {
                seen.push(v["text"].as_str().unwrap().to_owned());
            }
        }
        seen.clone()
    };
    cli_ok(&alice, &["send", "bob", "live one"]);
    wait_for("live one");
    // Bob's own device, while listen runs: the command gets the state, sends, and gives it
    // back; a message that came in during that is printed too, once.
    cli_ok(&bob, &["send", "alice", "from bob while listening"]);
    cli_ok(&alice, &["send", "bob", "live two"]);
    let seen = wait_for("live two");
    assert!(
        seen.contains(&"from bob while listening".to_owned()),
        "{seen:?}"
    );
    let mut counts = std::collections::BTreeMap::new();
    for t in &seen {
        *counts.entry(t.as_str()).or_insert(0) += 1;
    }
    assert!(
        counts.values().all(|&n| n == 1),
        "each printed once: {seen:?}"
    );
    let _ = listener.kill();
    let _ = listener.wait();
    let texts = json_texts(&cli_ok(&alice, &["read", "bob", "--json"]));
    assert_eq!(
        texts,
        ["before", "live one", "from bob while listening", "live two"]
    );
}
