//! `conclave-server backup` of a running server under a steady message stream, `restore` into
//! a new data directory, and the server started there: every message acknowledged before the
//! backup is delivered and decrypts, clients carry on; and archives that are not usable are
//! refused with a clear error, leaving nothing behind.

use std::{
    path::Path,
    process::{Command, Output},
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use conclave_tests::{TestServer, bin, cli, cli_ok, invite};

fn server_cmd(args: &[&str]) -> Output {
    Command::new(bin("conclave-server"))
        .args(args)
        .output()
        .expect("run conclave-server")
}

fn texts(out: &str) -> Vec<String> {
    out.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["kind"] == "text")
        .map(|v| v["text"].as_str().unwrap().to_owned())
        .collect()
}

fn backup(server: &TestServer, to: &Path) -> Output {
    server_cmd(&[
        "backup",
        "--data",
        server.data.to_str().unwrap(),
        "--config",
        server.data.with_extension("toml").to_str().unwrap(),
        "--to",
        to.to_str().unwrap(),
    ])
}

fn restore(from: &Path, data: &Path) -> Output {
    server_cmd(&[
        "restore",
        "--from",
        from.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
    ])
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn backup_under_a_message_stream_restores_every_acknowledged_message() {
    let mut server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob, carol) = (
        dir.path().join("alice"),
        dir.path().join("bob"),
        dir.path().join("carol"),
    );
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&alice, &["join", &admin, "--name", "alice"]);
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&carol, &["join", &invite(&alice), "--name", "carol"]);
    cli_ok(&alice, &["send", "bob", "m-0"]);
    cli_ok(&carol, &["send", "alice", "carol hello"]);
    cli_ok(&alice, &["read", "carol"]);
    // An attachment (finished before the backup) comes back with the restore.
    let photo = dir.path().join("photo.jpg");
    let photo_bytes: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&photo, &photo_bytes).unwrap();
    let sent: serde_json::Value = serde_json::from_str(&cli_ok(
        &carol,
        &["send-file", "alice", photo.to_str().unwrap(), "--json"],
    ))
    .unwrap();
    let photo_seq = sent["seq"].to_string();

    // Alice sends to Bob without pause; `acked` holds every message whose send succeeded
    // (the server answered after its commit). Bob reads nothing until after the restore.
    let acked = Arc::new(Mutex::new(vec!["m-0".to_owned()]));
    let stop = Arc::new(AtomicBool::new(false));
    let stream = {
        let (acked, stop, alice) = (acked.clone(), stop.clone(), alice.clone());
        std::thread::spawn(move || {
            let mut i = 1;
            while !stop.load(Ordering::SeqCst) {
                let text = format!("m-{i}");
                if cli(&alice, &["send", "bob", &text]).status.success() {
                    acked.lock().unwrap().push(text);
                }
                i += 1;
            }
        })
    };
    let deadline = Instant::now() + Duration::from_secs(120);
    while acked.lock().unwrap().len() < 4 {
        assert!(Instant::now() < deadline, "the stream does not get going");
        std::thread::sleep(Duration::from_millis(50));
    }
    let before_backup = acked.lock().unwrap().clone();
    let archive = dir.path().join("backup.tar");
    let out = backup(&server, &archive);
    assert!(out.status.success(), "backup: {}", stderr(&out));
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    for held in [
        "data/conclave.db",
        "data/tls/key.pem",
        "data/tls/cert.pem",
        "data/call-token.key",
        "data/server.json",
        "config.toml",
    ] {
        assert!(listing.contains(held), "the backup holds {held}: {listing}");
    }
    assert!(!listing.contains("conclave.db-wal"), "{listing}");
    assert!(listing.contains("data/blobs/"), "the attachment: {listing}");
    // Let the stream run on past the backup point, then stop it.
    let after = acked.lock().unwrap().len();
    while acked.lock().unwrap().len() < after + 2 {
        assert!(Instant::now() < deadline, "the stream stopped");
        std::thread::sleep(Duration::from_millis(50));
    }
    stop.store(true, Ordering::SeqCst);
    stream.join().unwrap();
    let all_acked = acked.lock().unwrap().clone();

    // After the backup, Alice's queue and her conversation with Carol move on: Carol writes,
    // Alice reads. The restored server would hand out those queue and group seqs again
    // (Alice would take the next message for one she already read) unless restore moved them
    // forward. (A conversation made after the backup is gone with the restore.)
    cli_ok(&carol, &["send", "alice", "carol before the restore"]);
    assert!(
        texts(&cli_ok(&alice, &["read", "carol", "--json"]))
            .contains(&"carol before the restore".to_owned())
    );

    // Restore into a new data directory and start there, on the same port (the clients'
    // devices remember it) with the same certificate (they pin it).
    let port = server.addr.port();
    server.stop();
    let restored = dir.path().join("restored-data");
    let out = restore(&archive, &restored);
    assert!(out.status.success(), "restore: {}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(said.contains("3 accounts"), "{said}");
    assert!(said.contains("config.toml"), "{said}");
    std::fs::copy(
        restored.join("restored/config.toml"),
        restored.with_extension("toml"),
    )
    .unwrap();
    let server = TestServer::start_at(restored.clone(), port, Some(""));
    assert_eq!(
        server.endpoint.pin.map(|p| p.to_hex()),
        std::fs::read_to_string(dir.path().join("restored-data/server.json"))
            .ok()
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
            .and_then(|v| v["fingerprint"].as_str().map(str::to_owned)),
    );

    // Bob gets every message acknowledged before the backup, decrypted, once each, in order;
    // whatever else he gets is from the stream too (acknowledged while the copy began).
    let got = texts(&cli_ok(&bob, &["read", "alice", "--json"]));
    assert!(
        got.len() >= before_backup.len(),
        "got {got:?}, acknowledged before the backup {before_backup:?}"
    );
    assert_eq!(got[..before_backup.len()], before_backup[..], "{got:?}");
    assert_eq!(
        got[..],
        all_acked[..got.len()],
        "in order, nothing invented: {got:?}"
    );

    // Everyone carries on, both ways, Alice's queue included.
    cli_ok(&alice, &["send", "bob", "after the restore"]);
    assert_eq!(
        texts(&cli_ok(&bob, &["read", "alice", "--json"]))
            .last()
            .unwrap(),
        "after the restore"
    );
    cli_ok(&bob, &["send", "alice", "bob after the restore"]);
    let alice_sees = texts(&cli_ok(&alice, &["read", "bob", "--json"]));
    assert_eq!(
        alice_sees.last().unwrap(),
        "bob after the restore",
        "{alice_sees:?}"
    );
    assert!(alice_sees.contains(&"after the restore".to_owned()));
    cli_ok(&carol, &["send", "alice", "carol after the restore"]);
    assert!(
        texts(&cli_ok(&alice, &["read", "carol", "--json"]))
            .contains(&"carol after the restore".to_owned())
    );
    let saved = dir.path().join("photo-after-restore.jpg");
    cli_ok(
        &alice,
        &[
            "download",
            "carol",
            &photo_seq,
            "--output",
            saved.to_str().unwrap(),
        ],
    );
    assert!(
        std::fs::read(&saved).unwrap() == photo_bytes,
        "the attachment survived"
    );
    let logs = server.logs();
    assert!(!logs.contains("panicked"), "{logs}");
}

#[test]
fn unusable_archives_and_targets_are_refused_clearly() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("backup.tar");
    let out = backup(&server, &archive);
    assert!(out.status.success(), "backup: {}", stderr(&out));
    let bytes = std::fs::read(&archive).unwrap();

    // Writing over an existing file, or backing up what is not a data directory.
    let again = backup(&server, &archive);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("exists already"),
        "{}",
        stderr(&again)
    );
    let nowhere = server_cmd(&[
        "backup",
        "--data",
        dir.path().join("nothing").to_str().unwrap(),
        "--to",
        dir.path().join("x.tar").to_str().unwrap(),
    ]);
    assert!(
        stderr(&nowhere).contains("not found"),
        "{}",
        stderr(&nowhere)
    );

    let refuse = |name: &str, content: &[u8], expect: &str| {
        let file = dir.path().join(name);
        std::fs::write(&file, content).unwrap();
        let target = dir.path().join(format!("{name}.data"));
        let out = restore(&file, &target);
        let err = stderr(&out);
        assert!(!out.status.success(), "{name} restored");
        assert!(err.contains(expect), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(!target.exists(), "{name}: nothing is left behind");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("restoring"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    };
    refuse("empty.tar", b"", "empty");
    refuse("random.tar", &[0x5a; 3000], "truncated or damaged");
    refuse(
        "half.tar",
        &bytes[..bytes.len() / 2],
        "truncated or damaged",
    );
    refuse(
        "cut.tar",
        &bytes[..bytes.len() - 2048],
        "truncated or damaged",
    );
    // One byte flipped inside the database.
    let mut flipped = bytes.clone();
    let at = bytes.len() / 2;
    flipped[at] ^= 0x01;
    refuse("flipped.tar", &flipped, "checksum");

    // A data directory that is not empty is never touched.
    let busy = dir.path().join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("keep"), b"mine").unwrap();
    let out = restore(&archive, &busy);
    assert!(stderr(&out).contains("not empty"), "{}", stderr(&out));
    assert_eq!(std::fs::read(busy.join("keep")).unwrap(), b"mine");

    // The good archive into an empty directory works, and a missing file says so.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = restore(&archive, &empty);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(empty.join("conclave.db").is_file() && empty.join("tls/key.pem").is_file());
    let missing = restore(&dir.path().join("absent.tar"), &dir.path().join("d"));
    assert!(
        stderr(&missing).contains("cannot open the backup"),
        "{}",
        stderr(&missing)
    );
}
