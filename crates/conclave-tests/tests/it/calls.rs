//! Call signalling through the `conclave` CLI on the real server binary with real MLS: a call
//! answered, held and left shows as "call, …, 2 people" on both sides; an offline member gets
//! a missed call when back; a decline is a missed call for the decliner and "declined" for the
//! caller; call tokens verify for their call only.

use std::path::Path;

use conclave_proto::{GroupId, Timestamp};
use conclave_server_core::call_token::{self, CallTokenError, CallTokenKey};
use conclave_tests::{TestServer, cli_err, cli_ok, invite, json_lines};

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// The call entries of `read --json`.
fn calls(home: &Path, conversation: &str) -> Vec<serde_json::Value> {
    json_lines(&cli_ok(home, &["read", conversation, "--json"]))
        .into_iter()
        .filter(|v| v["kind"] == "call")
        .collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    Timestamp(i64::try_from(ms).unwrap())
}

/// The public key of the server's call token key, from its data directory.
fn token_key(server: &TestServer) -> [u8; 32] {
    let seed = std::fs::read(server.data.join(conclave_server::call_tokens::FILE)).unwrap();
    CallTokenKey::from_seed(&seed.try_into().unwrap()).public()
}

fn members(server: &TestServer, dir: &Path, names: &[&str]) {
    let first = dir.join(names[0]);
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&first, &["join", &admin, "--name", names[0]]);
    for name in &names[1..] {
        cli_ok(&dir.join(name), &["join", &invite(&first), "--name", name]);
    }
}

#[test]
fn a_call_answered_and_left_shows_on_both_sides_with_its_people() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    members(&server, dir.path(), &["alice", "bob", "carol"]);
    let (alice, bob, carol) = (
        dir.path().join("alice"),
        dir.path().join("bob"),
        dir.path().join("carol"),
    );

    // Alice calls bob (the 1:1 is created on first use); bob's devices ring.
    let started = json(&cli_ok(&alice, &["call", "start", "bob", "--json"]));
    let call_id = started["call_id"].as_str().unwrap().to_owned();
    let group = started["group"].as_str().unwrap().to_owned();
    assert_eq!(call_id.len(), 32);
    let ringing = calls(&bob, "alice");
    assert_eq!(ringing.len(), 1, "{ringing:?}");
    assert_eq!(ringing[0]["outcome"], "ringing");
    assert_eq!(ringing[0]["call_id"], call_id.as_str());
    assert_eq!(ringing[0]["text"], "alice is calling (call)");
    // One call at a time in a conversation.
    let err = cli_err(&bob, &["call", "start", "alice"]);
    assert!(err.contains("is running in this conversation"), "{err}");

    let joined = json(&cli_ok(&bob, &["call", "join", "alice", "--json"]));
    assert_eq!(joined["call_id"], call_id.as_str());
    assert_eq!(calls(&alice, "bob")[0]["outcome"], "ongoing");

    // Both get call tokens that verify for this call, and only for it.
    let key = token_key(&server);
    let group_id = GroupId::new(unhex(&group)).unwrap();
    let call = <[u8; 16]>::try_from(unhex(&call_id)).unwrap();
    for (home, peer) in [(&alice, "bob"), (&bob, "alice")] {
        let t = json(&cli_ok(home, &["call", "token", peer, "--json"]));
        assert_eq!(t["call_id"], call_id.as_str());
        let token = unhex(t["token"].as_str().unwrap());
        let claims = call_token::verify(&token, &[key], &group_id, &call, now()).unwrap();
        assert_eq!(claims.device.0, t["device"].as_u64().unwrap());
        let lifetime_ms = claims.expires_at.0 - claims.issued_at.0;
        assert_eq!(lifetime_ms, 300_000, "five minutes");
        assert_eq!(
            call_token::verify(&token, &[key], &group_id, &[0; 16], now()),
            Err(CallTokenError::WrongCall)
        );
        assert_eq!(
            call_token::verify(&token, &[key], &group_id, &call, claims.expires_at),
            Err(CallTokenError::Expired {
                expired_at: claims.expires_at
            })
        );
        let mut forged = token.clone();
        forged[60] ^= 1;
        assert_eq!(
            call_token::verify(&forged, &[key], &group_id, &call, now()),
            Err(CallTokenError::Forged)
        );
    }
    // A call id of the member's choosing still names its own conversation only.
    let other = json(&cli_ok(
        &alice,
        &["call", "token", "bob", "--call", &"ab".repeat(16), "--json"],
    ));
    let other = unhex(other["token"].as_str().unwrap());
    assert_eq!(
        call_token::verify(&other, &[key], &group_id, &call, now()),
        Err(CallTokenError::WrongCall)
    );
    // Carol is in no conversation with them: she has no call to ask a token for (the server's
    // refusal of non-members is in the authorization matrix).
    let err = cli_err(&carol, &["call", "token", "alice"]);
    assert!(err.contains("no conversation with alice"), "{err}");

    let err = cli_err(&carol, &["call", "leave", "alice"]);
    assert!(err.contains("no conversation"), "{err}");
    cli_ok(&bob, &["call", "leave", "alice"]);
    cli_ok(&alice, &["call", "leave", "bob"]);
    let err = cli_err(&alice, &["call", "leave", "bob"]);
    assert!(err.contains("no call is running"), "{err}");

    for (home, peer) in [(&alice, "bob"), (&bob, "alice")] {
        let entries = calls(home, peer);
        assert_eq!(entries.len(), 1, "{entries:?}");
        let entry = &entries[0];
        assert_eq!(entry["outcome"], "held", "{entry}");
        assert_eq!(entry["people"], 2);
        assert_eq!(entry["caller"], "alice");
        let text = entry["text"].as_str().unwrap();
        assert!(
            text.starts_with("call, ") && text.ends_with(", 2 people"),
            "{text}"
        );
        let plain = cli_ok(home, &["read", peer]);
        assert!(
            plain.contains("call, ") && plain.contains(" 2 people"),
            "{plain}"
        );
        // The signals themselves do not clutter the plain history.
        assert!(!plain.contains("(call)"), "{plain}");
    }
    // Both sides agree to the second.
    assert_eq!(
        calls(&alice, "bob")[0]["text"],
        calls(&bob, "alice")[0]["text"]
    );
}

#[test]
fn an_offline_member_gets_a_missed_call_and_a_decline_is_one_too() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    members(&server, dir.path(), &["alice", "bob"]);
    let (alice, bob) = (dir.path().join("alice"), dir.path().join("bob"));

    // Bob is offline (no session) while alice calls and hangs up.
    cli_ok(&alice, &["send", "bob", "are you there?"]);
    cli_ok(&alice, &["call", "start", "bob"]);
    let entries = calls(&alice, "bob");
    assert_eq!(entries[0]["outcome"], "ongoing", "{entries:?}");
    cli_ok(&alice, &["call", "end", "bob"]);
    let entries = calls(&alice, "bob");
    assert_eq!(entries[0]["outcome"], "not_answered", "{entries:?}");
    assert_eq!(entries[0]["text"], "call not answered");

    // Back online, bob catches up and finds the missed call.
    let plain = cli_ok(&bob, &["read", "alice"]);
    assert!(plain.contains("missed call from alice"), "{plain}");
    assert!(plain.contains("are you there?"), "{plain}");
    let entries = calls(&bob, "alice");
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["outcome"], "missed");
    let err = cli_err(&bob, &["call", "join", "alice"]);
    assert!(err.contains("no call is running"), "{err}");

    // A second call, declined.
    cli_ok(&alice, &["call", "start", "bob", "--video"]);
    cli_ok(&bob, &["call", "decline", "alice"]);
    let entries = calls(&bob, "alice");
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert_eq!(
        entries[1]["text"],
        "missed video call from alice (declined)"
    );
    assert_eq!(entries[1]["media"], "video");
    let entries = calls(&alice, "bob");
    assert_eq!(entries[1]["outcome"], "declined");
    assert_eq!(entries[1]["text"], "video call declined by bob");
    let err = cli_err(&bob, &["call", "decline", "alice"]);
    assert!(err.contains("no call is running"), "{err}");
}
