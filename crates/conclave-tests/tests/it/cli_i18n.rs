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

/// `conclave --home HOME ARGS` with `CONCLAVE_LANG=LANG`, expected to fail: its stderr.
fn refused_in(lang: &str, home: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(bin("conclave"))
        .env("CONCLAVE_LANG", lang)
        .arg("--home")
        .arg(home)
        .args(args)
        .output()
        .expect("run conclave");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{args:?} succeeded: {stderr}");
    stderr
}

#[test]
fn the_servers_refusals_are_told_in_the_members_language_by_their_code() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let home = |name: &str| dir.path().join(name);
    let admin_link = server.admin_link.clone().unwrap().to_string();
    server.join_admin(&home("alice"), "alice");

    // The admin link again: InviteUsed, in German, not the server's English.
    let said = refused_in("de", &home("bob"), &["join", &admin_link, "--name", "bob"]);
    assert_eq!(
        said.trim(),
        "conclave: diese Einladung wurde bereits verwendet; bitten Sie um eine neue"
    );
    assert!(!said.contains("already been used"), "{said}");

    // A taken username: UsernameTaken; in Japanese, too.
    let link = invite(&home("alice"));
    let said = refused_in("de", &home("bob"), &["join", &link, "--name", "alice"]);
    assert!(
        said.contains("dieser Benutzername ist vergeben; wählen Sie einen anderen"),
        "{said}"
    );
    let said = refused_in("ja", &home("bob"), &["join", &link, "--name", "alice"]);
    assert!(said.contains("このユーザー名は使われています"), "{said}");
    cli_ok(&home("bob"), &["join", &link, "--name", "bob"]);

    // A member asking for more than the quota: QuotaExceeded with its numbers.
    let me: serde_json::Value =
        serde_json::from_str(&cli_ok(&home("bob"), &["whoami", "--json"])).unwrap();
    let left = me["invites_left"].as_u64().expect("a member has a quota");
    let more = (left + 1).to_string();
    let said = refused_in("de", &home("bob"), &["invite", "create", "--uses", &more]);
    assert!(
        said.contains("Einladungskontingent erreicht: Sie haben ")
            && said.contains(&format!(" Einladungen vergeben, {left} übrig")),
        "{said}"
    );

    // No such account: NotFound, its name read from the server's text.
    let said = refused_in("de", &home("alice"), &["send", "nobody", "x"]);
    assert!(said.contains("kein Konto namens nobody"), "{said}");

    // An expired account: AccountExpired with its date, and how to renew on the command line.
    let erin = home("erin");
    let link = server.invite_link(&["--validity", "2s"]).to_string();
    cli_ok(&erin, &["join", &link, "--name", "erin"]);
    std::thread::sleep(std::time::Duration::from_millis(2200));
    let said = refused_in("de", &erin, &["whoami"]);
    let today = said
        .split("ist am ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(today.len(), 10, "a date: {said}");
    assert!(
        said.contains(&format!(
            "das Konto erin ist am {today} abgelaufen; bitten Sie einen Admin um einen \
             Verlängerungscode und führen Sie `conclave renew CODE` aus"
        )),
        "{said}"
    );
    // English stays as scripts and people read it.
    let said = refused_in("en", &erin, &["whoami"]);
    assert!(
        said.contains(&format!(
            "account erin expired on {today}; ask an admin for a renewal code and run `conclave renew CODE`"
        )),
        "{said}"
    );
    // Arabic, right to left, for the same refusal.
    let said = refused_in("ar", &erin, &["whoami"]);
    assert!(said.contains("انتهت صلاحية الحساب erin"), "{said}");
}

#[test]
fn what_the_client_declines_is_told_in_the_members_language() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&alice, &["group", "create", "team", "--members", "bob"]);

    // A second #team: the client refuses before asking the server, in the member's language.
    let again = ["group", "create", "team", "--members", "bob"];
    let said = refused_in("de", &alice, &again);
    assert!(
        said.contains("du hast schon eine Gruppe namens #team"),
        "{said}"
    );
    let said = refused_in("ja", &alice, &again);
    assert!(
        said.contains("#team という名前のグループはすでにあります"),
        "{said}"
    );
    let said = refused_in("en", &alice, &again);
    assert!(
        said.contains("you already have a group named #team"),
        "{said}"
    );

    // A disappearing-message timer out of range, with its numbers.
    let said = refused_in("de", &alice, &["conversation", "set-timer", "#team", "5s"]);
    assert!(said.contains("5 s") && !said.contains("is not"), "{said}");
    let said = refused_in("en", &alice, &["conversation", "set-timer", "#team", "5s"]);
    assert!(
        said.contains(
            "a disappearing-message timer is off or from 30 s to 4 weeks (2419200 s); 5 s is not"
        ),
        "{said}"
    );

    // A display name too long, set later and at join.
    let long = "a".repeat(65);
    let said = refused_in("de", &alice, &["display-name", &long]);
    assert!(
        said.contains("ein Anzeigename hat höchstens 64 Zeichen (65 angegeben)"),
        "{said}"
    );
    let carol = dir.path().join("carol");
    let link = invite(&alice);
    let said = refused_in(
        "ja",
        &carol,
        &["join", &link, "--name", "carol", "--display-name", &long],
    );
    assert!(said.contains("表示名は最大 64 文字です"), "{said}");
}

#[test]
fn ledger_descriptions_are_in_the_members_language_and_json_keeps_the_cores_english() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));
    server.join_admin(&alice, "alice");
    cli_ok(&bob, &["join", &invite(&alice), "--name", "bob"]);
    cli_ok(&alice, &["send", "bob", "hi"]);
    let add = [
        "ledger",
        "add",
        "bob",
        "--amount",
        "12.5",
        "--currency",
        "eur",
        "--from",
        "alice",
        "--to",
        "bob",
        "--kind",
        "debt",
        "--memo",
        "taxi",
    ];
    let (said, _) = ok(&with_lang("de_DE.UTF-8", &alice, &add));
    assert!(
        said.contains("bob schuldet alice 12.50 EUR: taxi"),
        "{said}"
    );
    let (listed, _) = ok(&with_lang(
        "de_DE.UTF-8",
        &alice,
        &["ledger", "list", "bob"],
    ));
    assert!(
        listed.contains("bob schuldet alice 12.50 EUR: taxi"),
        "{listed}"
    );
    let (listed, _) = ok(&with_lang(
        "ja_JP.UTF-8",
        &alice,
        &["ledger", "list", "bob"],
    ));
    assert!(
        listed.contains("bob は alice に 12.50 EUR の借りがあります：taxi"),
        "{listed}"
    );
    // English as before, and the JSON's description is the core's English in every language.
    let listed = cli_ok(&alice, &["ledger", "list", "bob"]);
    assert!(
        listed.contains("bob owes alice 12.50 EUR: taxi"),
        "{listed}"
    );
    let (json, _) = ok(&with_lang(
        "de_DE.UTF-8",
        &alice,
        &["ledger", "list", "bob", "--json"],
    ));
    assert!(
        json.contains("\"bob owes alice 12.50 EUR: taxi\""),
        "{json}"
    );
}

/// The single-line messages of a `--help` catalogue: id → text.
#[test]
fn claps_refusals_of_a_command_line_are_in_the_members_language() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("nobody");
    let run = |lang: &str, args: &[&str]| {
        let out = Command::new(bin("conclave"))
            .env("CONCLAVE_LANG", lang)
            .arg("--home")
            .arg(&home)
            .args(args)
            .output()
            .expect("run conclave");
        assert_eq!(out.status.code(), Some(2), "{args:?}: clap's exit status");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // A misspelt command: German, with clap's tip and the usage under the German heading.
    let said = run("de", &["sned", "bob", "hi"]);
    assert!(
        said.starts_with("Fehler: unbekannter Unterbefehl 'sned'"),
        "{said}"
    );
    assert!(
        said.contains("Tipp: es gibt einen ähnlichen Unterbefehl: ") && said.contains("'send'"),
        "{said}"
    );
    assert!(
        said.contains("Weitere Informationen erhältst du mit '--help'."),
        "{said}"
    );
    assert!(
        !said.contains("unrecognized") && !said.contains("Usage:"),
        "{said}"
    );
    // Missing arguments, in Japanese; an unknown option, in Arabic.
    let said = run("ja", &["send"]);
    assert!(
        said.starts_with("エラー: 次の必須の引数が指定されていません: "),
        "{said}"
    );
    assert!(said.contains("<TO>"), "{said}");
    let said = run("ar", &["whoami", "--jsn"]);
    assert!(said.starts_with("خطأ: "), "{said}");
    assert!(
        said.contains("'--jsn'") && said.contains("'--json'"),
        "{said}"
    );
    // English is clap's own text.
    let said = run("en", &["sned"]);
    assert!(
        said.starts_with("error: unrecognized subcommand 'sned'"),
        "{said}"
    );
    assert!(
        said.contains("tip: some similar subcommands exist: ") && said.contains("'send'"),
        "{said}"
    );
}

fn help_catalogue(tag: &str) -> std::collections::BTreeMap<String, String> {
    let file = format!(
        "{}/../conclave-i18n/locales/help/{tag}.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, text)| id.starts_with("help-") && !text.contains('{'))
        .map(|(id, text)| (id.to_owned(), text.to_owned()))
        .collect()
}

#[test]
fn help_is_in_the_members_language_and_english_is_claps_own() {
    let dir = tempfile::tempdir().unwrap();
    let help = |lang: &str, args: &[&str]| {
        let out = with_lang(lang, dir.path(), args);
        assert!(out.status.success(), "{args:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // English: the derive's words, as clap prints them.
    let en = help("C", &["send", "--help"]);
    assert!(en.starts_with("Send a message"), "{en}");
    assert!(en.contains("Usage: conclave send"), "{en}");
    for (lang, tag) in [
        ("de_DE.UTF-8", "de"),
        ("ja_JP.UTF-8", "ja"),
        ("ar_EG.UTF-8", "ar"),
    ] {
        let words = help_catalogue(tag);
        let said = help(lang, &["send", "--help"]);
        assert!(
            said.starts_with(&words["help-conclave-send"]),
            "{tag}: {said}"
        );
        assert!(
            said.contains(&format!("{} conclave send", words["help-usage"])),
            "{tag}: {said}"
        );
        assert!(!said.contains("Send a message"), "{tag}: {said}");
        // `--lang` picks it too, also for the top level's list of commands.
        let top = help("C", &["--lang", tag, "--help"]);
        assert!(top.contains(&words["help-conclave-whoami"]), "{tag}: {top}");
        assert!(top.contains(&words["help-print-help"]), "{tag}: {top}");
    }
}
