//! The command line in the user's language: `LANG` (as POSIX orders it) or `--lang` picks
//! the terminal catalogue's `cli-*` messages; what scripts read (`--json`, the history lines
//! of `read`) stays the same in every language, and names inside translated text are
//! sanitized.

use std::process::{Command, Output};

use conclave_tests::{TestServer, bin, cli, cli_ok, invite};

/// `conclave --home HOME ARGS` with only `LANG` naming the language.
fn with_lang(lang: &str, home: &std::path::Path, args: &[&str]) -> Output {
    Command::new(bin("conclave"))
        .env_remove("CONCLAVE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang)
        .arg("--home")
        .arg(home)
        .args(args)
        .output()
        .expect("run conclave")
}

fn ok(out: &Output) -> (String, String) {
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(out.status.success(), "stdout: {stdout}\nstderr: {stderr}");
    (stdout, stderr)
}

#[test]
fn cli_speaks_german_from_lang_and_arabic_from_the_flag_and_scripts_read_the_same() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);

    // LANG=de_DE.UTF-8 and nothing else: German.
    let (_, said) = ok(&with_lang("de_DE.UTF-8", &alice, &["send", "bob", "hallo"]));
    assert!(said.contains("an bob gesendet als Nachricht "), "{said}");
    let (shown, _) = ok(&with_lang("de_DE.UTF-8", &alice, &["safety-number", "bob"]));
    assert!(shown.contains("bob ist noch nicht verifiziert"), "{shown}");
    assert!(shown.contains("Sicherheitsnummer mit bob:"), "{shown}");
    let (whoami, _) = ok(&with_lang("de_DE.UTF-8", &alice, &["whoami"]));
    assert!(whoami.lines().any(|l| l.starts_with("Konto ")), "{whoami}");

    // --lang wins over LANG: Arabic.
    let (_, said) = ok(&with_lang(
        "de_DE.UTF-8",
        &alice,
        &["--lang", "ar", "send", "bob", "مرحبا"],
    ));
    assert!(said.contains("أُرسلت إلى bob بوصفها الرسالة "), "{said}");
    // ... after the subcommand too (a global option), and for errors.
    let refused = cli(&alice, &["send", "#nope", "x", "--lang", "ar"]);
    assert!(!refused.status.success());
    let refused = String::from_utf8_lossy(&refused.stderr);
    assert!(refused.contains("لا توجد مجموعة #nope"), "{refused}");

    // A name inside translated text loses its direction overrides (Trojan Source).
    let spoof = "#e\u{202E}vil";
    let out = with_lang("de_DE.UTF-8", &alice, &["send", spoof, "x"]);
    assert!(!out.status.success());
    let refused = String::from_utf8_lossy(&out.stderr);
    assert!(refused.contains("keine Gruppe #evil;"), "{refused}");
    assert!(!refused.contains('\u{202E}'), "{refused:?}");

    // What scripts read is the same in every language: JSON, and read's history lines.
    for args in [&["read", "bob", "--json"][..], &["read", "bob"][..]] {
        let english = cli_ok(&alice, args);
        let (german, _) = ok(&with_lang("de_DE.UTF-8", &alice, args));
        let (arabic, _) = ok(&with_lang(
            "C",
            &alice,
            &[&["--lang", "ar"][..], args].concat(),
        ));
        assert_eq!(german, english, "{args:?}");
        assert_eq!(arabic, english, "{args:?}");
    }
    // C (and unset) is English.
    let (_, said) = ok(&with_lang("C", &alice, &["send", "bob", "again"]));
    assert!(said.contains("sent to bob as message "), "{said}");
}
