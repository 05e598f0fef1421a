//! Accounts, invitations and renewals, driven through the `conclave` and
//! `conclave-server admin` command lines as a user and an operator would.

use std::time::Duration;

use conclave_tests::{TestServer, cli_err, cli_ok, http_get, https_get};

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[tokio::test]
async fn join_invite_and_quota_through_the_cli() {
    let server = TestServer::start_with_config("[limits]\ninvites_per_member_max = 2\n");
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob, carol, dave) = (
        dir.path().join("alice"),
        dir.path().join("bob"),
        dir.path().join("carol"),
        dir.path().join("dave"),
    );

    // The admin invitation printed at first start is also in the data dir.
    let admin_link = server.admin_link.clone().unwrap().to_string();
    let saved = std::fs::read_to_string(server.data.join("admin-invite.txt")).unwrap();
    assert_eq!(saved.trim(), admin_link);
    assert!(
        admin_link.contains("&fp="),
        "self-signed servers pin their certificate: {admin_link}"
    );

    let out = cli_ok(&alice, &["join", &admin_link, "--name", "alice"]);
    assert!(out.contains("joined") && out.contains("alice"), "{out}");
    let me = json(&cli_ok(&alice, &["whoami", "--json"]));
    assert_eq!(me["username"], "alice");
    assert_eq!(me["admin"], true);
    assert_eq!(
        me["invites_left"],
        serde_json::Value::Null,
        "admins have no quota"
    );

    // The admin link is single-use.
    let err = cli_err(&bob, &["join", &admin_link, "--name", "bob"]);
    assert!(err.contains("already been used"), "{err}");

    // Alice invites bob; bob is a member with a quota of 2.
    let invite = json(&cli_ok(&alice, &["invite", "create", "--json"]));
    cli_ok(
        &bob,
        &["join", invite["link"].as_str().unwrap(), "--name", "bob"],
    );
    let bob_me = json(&cli_ok(&bob, &["whoami", "--json"]));
    assert_eq!(bob_me["admin"], false);
    assert_eq!(bob_me["invites_left"], 2);
    let listed = json(&cli_ok(&alice, &["invite", "list", "--json"]));
    assert_eq!(listed[0]["redeemed_by"][0], "bob");
    assert_eq!(listed[0]["state"], "used");

    // Bob asks for more than his quota, then uses it up.
    let err = cli_err(&bob, &["invite", "create", "--uses", "3"]);
    assert!(err.contains("quota"), "{err}");
    let two = json(&cli_ok(
        &bob,
        &["invite", "create", "--uses", "2", "--json"],
    ));
    let err = cli_err(&bob, &["invite", "create"]);
    assert!(err.contains("quota"), "{err}");

    // Revoking an unused invitation refuses it and gives the quota back.
    cli_ok(&bob, &["invite", "revoke", &two["id"].to_string()]);
    let err = cli_err(
        &carol,
        &["join", two["link"].as_str().unwrap(), "--name", "carol"],
    );
    assert!(err.contains("revoked"), "{err}");
    assert_eq!(
        json(&cli_ok(&bob, &["whoami", "--json"]))["invites_left"],
        2
    );

    // Invalid and taken usernames are refused with a clear message.
    let fresh = json(&cli_ok(&bob, &["invite", "create", "--json"]));
    let link = fresh["link"].as_str().unwrap();
    let err = cli_err(&carol, &["join", link, "--name", "Carol!"]);
    assert!(err.contains("invalid username"), "{err}");
    let err = cli_err(&carol, &["join", link, "--name", "alice"]);
    assert!(err.contains("taken"), "{err}");
    cli_ok(&carol, &["join", link, "--name", "carol"]);

    // Expired invitation.
    let short = json(&cli_ok(
        &alice,
        &["invite", "create", "--expires", "1s", "--json"],
    ));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let err = cli_err(
        &dave,
        &["join", short["link"].as_str().unwrap(), "--name", "dave"],
    );
    assert!(err.contains("expired"), "{err}");

    // Who invited whom.
    let tree = server.admin(&["invite-tree"]);
    let tree = String::from_utf8_lossy(&tree.stdout);
    assert!(tree.contains("  alice\n    bob\n      carol"), "{tree}");
    let accounts = json(&String::from_utf8_lossy(
        &server.admin(&["accounts", "list", "--json"]).stdout,
    ));
    assert_eq!(accounts.as_array().unwrap().len(), 3);
    assert_eq!(accounts[2]["invited_by"], "bob");
}

#[tokio::test]
async fn expired_account_renews_with_a_code_and_nothing_is_deleted() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let erin = dir.path().join("erin");
    let link = server.invite_link(&["--validity", "2s"]).to_string();
    cli_ok(&erin, &["join", &link, "--name", "erin"]);
    tokio::time::sleep(Duration::from_millis(2200)).await;

    let err = cli_err(&erin, &["whoami"]);
    assert!(err.contains("erin expired on"), "{err}");
    assert!(
        err.contains("conclave renew"),
        "the message says how to renew: {err}"
    );
    // The account is kept through the grace period.
    let accounts =
        String::from_utf8_lossy(&server.admin(&["accounts", "list"]).stdout).into_owned();
    assert!(
        accounts.contains("erin") && accounts.contains("expired"),
        "{accounts}"
    );

    let out = server.admin(&["renewal", "create", "--validity", "30d"]);
    let code = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let renewed = cli_ok(&erin, &["renew", &code]);
    assert!(renewed.contains("valid until"), "{renewed}");
    let me = json(&cli_ok(&erin, &["whoami", "--json"]));
    assert_eq!(me["username"], "erin");
    // A renewal code works once.
    let err = cli_err(&erin, &["renew", &code]);
    assert!(err.contains("already been used"), "{err}");
}

#[tokio::test]
async fn disabled_account_is_refused_until_enabled() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("frank");
    cli_ok(
        &home,
        &[
            "join",
            &server.invite_link(&[]).to_string(),
            "--name",
            "frank",
        ],
    );
    let out = server.admin(&["account", "disable", "frank"]);
    assert!(out.status.success());
    let err = cli_err(&home, &["whoami"]);
    assert!(err.contains("disabled"), "{err}");
    server.admin(&["account", "enable", "frank"]);
    cli_ok(&home, &["whoami"]);
    let out = server.admin(&["account", "disable", "nobody"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no account named nobody"));
}

#[tokio::test]
async fn accounts_persist_across_restart_and_health_and_metrics_answer() {
    let mut server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("gina");
    server.join_admin(&home, "gina");
    let fingerprint = server.endpoint.pin;

    let (status, body) = https_get(&server.endpoint, "/healthz").await;
    assert_eq!((status, body.trim()), (200, "ok"));
    let (status, _) = https_get(&server.endpoint, "/metrics").await;
    assert_eq!(status, 404, "metrics are not on the public port");
    let (status, metrics) = http_get(server.metrics.unwrap(), "/metrics", "").await;
    assert_eq!(status, 200);
    assert!(
        metrics.contains("conclave_connections_accepted_total"),
        "{metrics}"
    );
    assert!(
        metrics.contains("conclave_store_commits_total"),
        "{metrics}"
    );

    server.restart();
    assert!(
        server.admin_link.is_none(),
        "no new admin invitation once an account exists"
    );
    assert_eq!(
        server.endpoint.pin, fingerprint,
        "the certificate survives a restart"
    );
    let me = json(&cli_ok(&home, &["whoami", "--json"]));
    assert_eq!(me["username"], "gina");
}

#[tokio::test]
async fn client_refuses_a_server_with_another_certificate() {
    let server = TestServer::start();
    let mut link = server.admin_link.clone().unwrap();
    link.fingerprint = Some(conclave_proto::Fingerprint([0x42; 32]));
    let dir = tempfile::tempdir().unwrap();
    let err = cli_err(
        &dir.path().join("h"),
        &["join", &link.to_string(), "--name", "henry"],
    );
    assert!(
        err.contains("does not match the pinned fingerprint"),
        "{err}"
    );
}
