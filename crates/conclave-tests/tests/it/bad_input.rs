//! Bad input: each case gets a clear, typed error and the server keeps serving others.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use conclave_client::{Auth, ClientError, Connection, Endpoint, raw};
use conclave_proto::{
    ClientFrame, DeviceId, ErrorCode, Fingerprint, PROTOCOL_REVISION, PROTOCOL_VERSION, QueueSeq,
    Request, Response, SecretCode, ServerFrame, ServerLink, Signature, WireError, decode_server,
    encode,
};
use conclave_tests::{TestDevice, TestServer, open_db, test_key};
use rand::{Rng, RngCore, SeedableRng};

const WAIT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The next server frame on a raw socket; `None` once the server closed (or reset) it.
async fn next_frame(socket: &mut raw::Socket) -> Option<ServerFrame> {
    let bytes = tokio::time::timeout(WAIT, raw::recv_bytes(socket))
        .await
        .expect("the server answers or closes within 10 s")
        .ok()??;
    Some(decode_server(&bytes).expect("server frames decode"))
}

/// Opens a raw session and reads the server's `Hello`; returns the socket and the challenge.
async fn hello(endpoint: &Endpoint) -> (raw::Socket, [u8; 32]) {
    let mut socket = raw::connect(endpoint).await.expect("raw connect");
    match next_frame(&mut socket).await {
        Some(ServerFrame::Hello {
            challenge,
            revision,
            ..
        }) => {
            assert_eq!(revision, PROTOCOL_REVISION);
            (socket, challenge)
        }
        other => panic!("expected Hello, got {other:?}"),
    }
}

async fn send_frame(socket: &mut raw::Socket, frame: &ClientFrame) {
    raw::send_bytes(socket, encode(frame))
        .await
        .expect("send frame");
}

/// A raw session authenticated as `device`.
async fn raw_auth(server: &TestServer, device: &TestDevice) -> raw::Socket {
    let (mut socket, challenge) = hello(&server.endpoint).await;
    let frame = ClientFrame::Auth {
        device: device.id,
        signature: device.key.sign_challenge(&challenge),
    };
    send_frame(&mut socket, &frame).await;
    match next_frame(&mut socket).await {
        Some(ServerFrame::Ready(info)) => assert_eq!(info.device, device.id),
        other => panic!("expected Ready, got {other:?}"),
    }
    socket
}

/// Reads until the server's `Fatal` (skipping pushes and responses), then checks that the
/// server closes the connection after it.
async fn expect_fatal(socket: &mut raw::Socket) -> WireError {
    loop {
        match next_frame(socket).await {
            Some(ServerFrame::Fatal(e)) => {
                loop {
                    match next_frame(socket).await {
                        None => break,
                        Some(ServerFrame::Deliver(_) | ServerFrame::Response { .. }) => continue,
                        Some(other) => panic!("frame after Fatal: {other:?}"),
                    }
                }
                return e;
            }
            Some(ServerFrame::Deliver(_) | ServerFrame::Response { .. }) => continue,
            Some(other) => panic!("expected Fatal, got {other:?}"),
            None => panic!("the server closed without a Fatal frame"),
        }
    }
}

/// Checks the code, and that the message is a readable sentence containing every word.
#[track_caller]
fn assert_wire(e: &WireError, code: ErrorCode, words: &[&str]) {
    assert_eq!(e.code, code, "wrong code; message: {:?}", e.message);
    assert!(
        e.message.len() >= 10 && e.message.chars().any(char::is_whitespace),
        "message is not human-readable: {:?}",
        e.message
    );
    assert!(
        !e.message.contains("Error(") && !e.message.contains("{ "),
        "message leaks debug output: {:?}",
        e.message
    );
    for word in words {
        assert!(
            e.message.contains(word),
            "message {:?} should mention {word:?}",
            e.message
        );
    }
}

/// The client call failed with the server's typed error `code`.
#[track_caller]
fn expect_code<T>(result: Result<T, ClientError>, code: ErrorCode, words: &[&str]) -> WireError {
    match result {
        Ok(_) => panic!("expected {code}, but the call succeeded"),
        Err(ClientError::Server(e)) | Err(ClientError::Closed(Some(e))) => {
            assert_wire(&e, code, words);
            e
        }
        Err(other) => panic!("expected server error {code}, got {other:?}"),
    }
}

/// The server process is alive, and `device` can still connect and ask who it is.
async fn assert_serving(server: &mut TestServer, device: &TestDevice) {
    assert!(server.is_running(), "server died; logs:\n{}", server.logs());
    let conn = device
        .connect(&server.endpoint)
        .await
        .unwrap_or_else(|e| panic!("{} cannot connect after bad input: {e}", device.name));
    let me = conn.whoami().await.expect("whoami");
    assert_eq!(me.account.username.as_str(), device.name);
    assert_eq!(me.device, device.id);
    conn.close().await;
}

/// Registers `name` with `key` (the kit derives the key from the name; tests that need a
/// second key for the same name use this).
async fn register_with_key(
    endpoint: &Endpoint,
    link: &ServerLink,
    name: &str,
    key_seed: &str,
) -> Result<Connection, ClientError> {
    let key = test_key(key_seed);
    Connection::open(
        endpoint,
        Auth::Register {
            invite: link.code.clone(),
            username: name,
            device_name: "test",
            key: &key,
        },
    )
    .await
}

/// `admin invite create --json ARGS`: (invitation id, link).
fn invite_with_id(server: &TestServer, extra: &[&str]) -> (u64, ServerLink) {
    let mut args = vec!["invite", "create", "--json"];
    args.extend_from_slice(extra);
    let out = server.admin(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let link = ServerLink::parse(v["link"].as_str().unwrap()).unwrap();
    (v["id"].as_u64().unwrap(), link)
}

#[track_caller]
fn admin_ok(server: &TestServer, args: &[&str]) -> String {
    let out = server.admin(args);
    assert!(
        out.status.success(),
        "admin {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn count(server: &TestServer, table: &str) -> i64 {
    open_db(&server.data)
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

// ---------------------------------------------------------------------------------------------
// 1–4: malformed transport input
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn malformed_frames_get_bad_frame() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;

    // Random bytes after a valid version byte, before authenticating. The first body byte is
    // forced out of the enum's range so the frame can never decode by chance.
    let mut rng = rand::rngs::StdRng::seed_from_u64(0xbad);
    let mut junk = vec![PROTOCOL_VERSION, 0xff];
    junk.extend((0..200).map(|_| rng.r#gen::<u8>()));
    let (mut socket, _) = hello(&server.endpoint).await;
    raw::send_bytes(&mut socket, junk).await.unwrap();
    assert_wire(
        &expect_fatal(&mut socket).await,
        ErrorCode::BadFrame,
        &["malformed"],
    );

    // Several more shapes: only the version byte, a truncated Auth, an Auth with trailing bytes.
    let mut trailing = encode(&ClientFrame::Auth {
        device: alice.id,
        signature: Signature([0; 64]),
    });
    trailing.push(0);
    let mut truncated = trailing.clone();
    truncated.truncate(10);
    for bytes in [vec![PROTOCOL_VERSION], truncated, trailing, vec![]] {
        let (mut socket, _) = hello(&server.endpoint).await;
        raw::send_bytes(&mut socket, bytes.clone()).await.unwrap();
        let e = expect_fatal(&mut socket).await;
        assert_wire(&e, ErrorCode::BadFrame, &["frame"]);
    }

    // After authenticating, a malformed frame also ends the session with BadFrame.
    let mut socket = raw_auth(&server, &alice).await;
    raw::send_bytes(&mut socket, vec![PROTOCOL_VERSION, 3, 0xff, 0xff, 0xff])
        .await
        .unwrap();
    assert_wire(
        &expect_fatal(&mut socket).await,
        ErrorCode::BadFrame,
        &["malformed"],
    );

    assert_serving(&mut server, &alice).await;
}

/// A request of a kind this server does not know (a newer client's) is answered under its
/// id with `Unsupported`, and the session goes on.
#[tokio::test]
async fn a_request_of_an_unknown_kind_is_answered_unsupported_and_the_session_goes_on() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let mut socket = raw_auth(&server, &alice).await;
    // ClientFrame::Request (4), id 300 (two varint bytes), request kind 200, some body.
    let future = vec![PROTOCOL_VERSION, 4, 0xac, 0x02, 0xc8, 0x01, 1, 2, 3];
    raw::send_bytes(&mut socket, future).await.unwrap();
    match next_frame(&mut socket).await {
        Some(ServerFrame::Response { id, result: Err(e) }) => {
            assert_eq!(id, conclave_proto::RequestId(300));
            assert_wire(&e, ErrorCode::Unsupported, &["kind 200", "revision"]);
        }
        other => panic!("expected the refusal, got {other:?}"),
    }
    send_frame(
        &mut socket,
        &ClientFrame::Request {
            id: conclave_proto::RequestId(301),
            body: Request::WhoAmI,
        },
    )
    .await;
    match next_frame(&mut socket).await {
        Some(ServerFrame::Response { id, result: Ok(_) }) => {
            assert_eq!(id, conclave_proto::RequestId(301))
        }
        other => panic!("expected WhoAmI's answer, got {other:?}"),
    }
    assert_serving(&mut server, &alice).await;
}

#[tokio::test]
async fn oversized_frames_get_frame_too_large_or_are_cut_off() {
    let mut server = TestServer::start_with_config("[limits]\nframe_bytes_max = 65536\n");
    let alice = server.register("alice").await;

    // Above our limit but within the WebSocket headroom: a typed error naming the limit.
    let (mut socket, _) = hello(&server.endpoint).await;
    let mut big = vec![PROTOCOL_VERSION];
    big.resize(70_000, 0x42);
    raw::send_bytes(&mut socket, big).await.unwrap();
    let e = expect_fatal(&mut socket).await;
    assert_wire(&e, ErrorCode::FrameTooLarge, &["70000", "65536", "limit"]);

    // The same after authentication.
    let mut socket = raw_auth(&server, &alice).await;
    let mut big = vec![PROTOCOL_VERSION];
    big.resize(70_000, 0x42);
    raw::send_bytes(&mut socket, big).await.unwrap();
    assert_wire(
        &expect_fatal(&mut socket).await,
        ErrorCode::FrameTooLarge,
        &["65536"],
    );

    // Far above the WebSocket limit: the connection ends (however it ends), quickly.
    let (mut socket, _) = hello(&server.endpoint).await;
    let mut huge = vec![PROTOCOL_VERSION];
    huge.resize(2 * 1024 * 1024, 0x42);
    let _ = raw::send_bytes(&mut socket, huge).await; // may fail: the server hangs up
    let ended = tokio::time::timeout(WAIT, async {
        match raw::recv_bytes(&mut socket).await {
            Ok(None) | Err(_) => None,
            Ok(Some(bytes)) => match decode_server(&bytes) {
                Ok(ServerFrame::Fatal(e)) => Some(e),
                other => panic!("unexpected answer to a 2 MiB frame: {other:?}"),
            },
        }
    })
    .await
    .expect("the server ends the connection");
    if let Some(e) = ended {
        assert!(
            matches!(e.code, ErrorCode::BadFrame | ErrorCode::FrameTooLarge),
            "{e:?}"
        );
    }

    assert_serving(&mut server, &alice).await;
}

#[tokio::test]
async fn unknown_protocol_version_gets_unsupported_version() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;

    let (mut socket, challenge) = hello(&server.endpoint).await;
    let mut frame = encode(&ClientFrame::Auth {
        device: alice.id,
        signature: alice.key.sign_challenge(&challenge),
    });
    frame[0] = 99;
    raw::send_bytes(&mut socket, frame).await.unwrap();
    let e = expect_fatal(&mut socket).await;
    assert_wire(
        &e,
        ErrorCode::UnsupportedVersion,
        &["version 99", &format!("version {PROTOCOL_VERSION}")],
    );

    assert_serving(&mut server, &alice).await;
}

#[tokio::test]
async fn text_websocket_frame_gets_bad_frame() {
    use tokio::io::AsyncWriteExt as _;

    let mut server = TestServer::start();
    let alice = server.register("alice").await;

    // conclave-tests does not depend on tungstenite, so the text frame is written by hand on
    // the TLS stream under the WebSocket: FIN + opcode 1 (text), masked as clients must.
    let (mut socket, _) = hello(&server.endpoint).await;
    let text = b"{\"hello\":\"server\"}";
    let mask = [0x37, 0xfa, 0x21, 0x3d];
    let mut wire = vec![0x81, 0x80 | u8::try_from(text.len()).unwrap()];
    wire.extend_from_slice(&mask);
    wire.extend(text.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    let stream = socket.get_mut();
    stream.write_all(&wire).await.unwrap();
    stream.flush().await.unwrap();
    let e = expect_fatal(&mut socket).await;
    assert_wire(&e, ErrorCode::BadFrame, &["text", "binary"]);

    assert_serving(&mut server, &alice).await;
}

// ---------------------------------------------------------------------------------------------
// 5–6: authentication
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn bad_signatures_replays_and_unknown_devices_get_auth_failed() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let mallory_key = test_key("mallory");

    // Signed with another key.
    let (mut socket, challenge) = hello(&server.endpoint).await;
    let frame = ClientFrame::Auth {
        device: alice.id,
        signature: mallory_key.sign_challenge(&challenge),
    };
    send_frame(&mut socket, &frame).await;
    let wrong_key = expect_fatal(&mut socket).await;
    assert_wire(
        &wrong_key,
        ErrorCode::AuthFailed,
        &["authentication failed"],
    );

    // Unsigned (all zeros).
    let (mut socket, _) = hello(&server.endpoint).await;
    let frame = ClientFrame::Auth {
        device: alice.id,
        signature: Signature([0; 64]),
    };
    send_frame(&mut socket, &frame).await;
    assert_wire(
        &expect_fatal(&mut socket).await,
        ErrorCode::AuthFailed,
        &["authentication failed"],
    );

    // Replay: a valid Auth from session 1, signed over session 1's challenge, on session 2.
    let (mut first, challenge) = hello(&server.endpoint).await;
    let captured = encode(&ClientFrame::Auth {
        device: alice.id,
        signature: alice.key.sign_challenge(&challenge),
    });
    raw::send_bytes(&mut first, captured.clone()).await.unwrap();
    assert!(matches!(
        next_frame(&mut first).await,
        Some(ServerFrame::Ready(_))
    ));
    let (mut second, second_challenge) = hello(&server.endpoint).await;
    assert_ne!(
        challenge, second_challenge,
        "every session gets a fresh challenge"
    );
    raw::send_bytes(&mut second, captured).await.unwrap();
    assert_wire(
        &expect_fatal(&mut second).await,
        ErrorCode::AuthFailed,
        &["authentication failed"],
    );
    drop(first);

    // Unknown device id, validly signed by some key.
    let (mut socket, challenge) = hello(&server.endpoint).await;
    let frame = ClientFrame::Auth {
        device: DeviceId(987_654),
        signature: mallory_key.sign_challenge(&challenge),
    };
    send_frame(&mut socket, &frame).await;
    let unknown = expect_fatal(&mut socket).await;
    assert_wire(&unknown, ErrorCode::AuthFailed, &["authentication failed"]);
    assert_eq!(
        unknown.message, wrong_key.message,
        "an unknown device and a bad signature must look the same (no device enumeration)"
    );

    // Through the client crate too.
    let forged = TestDevice {
        key: test_key("mallory"),
        id: alice.id,
        name: "alice".into(),
    };
    expect_code(
        forged.connect(&server.endpoint).await,
        ErrorCode::AuthFailed,
        &["authentication failed"],
    );

    assert_serving(&mut server, &alice).await;
}

#[tokio::test]
async fn requests_before_auth_and_auth_twice_are_refused() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;

    // A request as the first frame.
    let (mut socket, _) = hello(&server.endpoint).await;
    send_frame(
        &mut socket,
        &ClientFrame::Request {
            id: conclave_proto::RequestId(1),
            body: Request::WhoAmI,
        },
    )
    .await;
    assert_wire(
        &expect_fatal(&mut socket).await,
        ErrorCode::NotAuthenticated,
        &["authenticate"],
    );

    // A second Auth after Ready.
    let (mut socket, challenge) = hello(&server.endpoint).await;
    let auth = ClientFrame::Auth {
        device: alice.id,
        signature: alice.key.sign_challenge(&challenge),
    };
    send_frame(&mut socket, &auth).await;
    assert!(matches!(
        next_frame(&mut socket).await,
        Some(ServerFrame::Ready(_))
    ));
    send_frame(&mut socket, &auth).await;
    assert_wire(
        &expect_fatal(&mut socket).await,
        ErrorCode::AlreadyAuthenticated,
        &["already authenticated"],
    );

    assert_serving(&mut server, &alice).await;
}

// ---------------------------------------------------------------------------------------------
// 7–9: invitations, usernames, account state
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn bad_invitations_get_typed_errors() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let endpoint = server.endpoint.clone();

    // Unknown code.
    let mut unknown = server.invite_link(&[]);
    unknown.code = SecretCode(rand::random());
    expect_code(
        TestDevice::register(&endpoint, &unknown, "dave").await,
        ErrorCode::InviteUnknown,
        &["invitation", "does not exist"],
    );

    // Used: single-use, redeemed once.
    let single = server.invite_link(&[]);
    TestDevice::register(&endpoint, &single, "bob")
        .await
        .unwrap();
    expect_code(
        TestDevice::register(&endpoint, &single, "carol").await,
        ErrorCode::InviteUsed,
        &["invitation", "already been used"],
    );

    // Expired.
    let short = server.invite_link(&["--expires", "1s"]);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    expect_code(
        TestDevice::register(&endpoint, &short, "erin").await,
        ErrorCode::InviteExpired,
        &["invitation", "expired"],
    );

    // Revoked by the operator, by id.
    let (id, revoked) = invite_with_id(&server, &[]);
    assert_eq!(
        admin_ok(&server, &["invite", "revoke", &id.to_string()]),
        "revoked"
    );
    expect_code(
        TestDevice::register(&endpoint, &revoked, "frank").await,
        ErrorCode::InviteRevoked,
        &["invitation", "revoked"],
    );

    // None of the refused attempts created an account.
    let accounts = admin_ok(&server, &["accounts", "list"]);
    for name in ["dave", "carol", "erin", "frank"] {
        assert!(!accounts.contains(name), "{name} was created: {accounts}");
    }
    assert_serving(&mut server, &alice).await;
}

#[tokio::test]
async fn taken_and_invalid_usernames_are_refused() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let link = server.invite_link(&[]);

    // Taken (with a fresh key, so the name is the only problem).
    expect_code(
        register_with_key(&server.endpoint, &link, "alice", "another-alice").await,
        ErrorCode::UsernameTaken,
        &["taken"],
    );

    let long = "a".repeat(33);
    for bad in ["Bob", "ab", "x y", long.as_str(), "", "bob!", "élan"] {
        let e = expect_code(
            register_with_key(&server.endpoint, &link, bad, "valid-bob").await,
            ErrorCode::UsernameInvalid,
            &["invalid username", "a-z"],
        );
        assert!(e.message.len() < 300, "bounded message: {}", e.message);
    }

    // Refused attempts do not use up the invitation.
    let conn = register_with_key(&server.endpoint, &link, "bob", "valid-bob")
        .await
        .expect("the invitation is still good after refused attempts");
    assert_eq!(conn.info().account.username.as_str(), "bob");
    conn.close().await;

    assert_serving(&mut server, &alice).await;
}

#[tokio::test]
async fn disabled_account_is_refused_until_enabled() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;

    admin_ok(&server, &["account", "disable", "bob"]);
    expect_code(
        bob.connect(&server.endpoint).await,
        ErrorCode::AccountDisabled,
        &["bob", "disabled"],
    );
    // Others are unaffected.
    assert_serving(&mut server, &alice).await;

    admin_ok(&server, &["account", "enable", "bob"]);
    assert_serving(&mut server, &bob).await;
}

#[tokio::test]
async fn expired_account_is_refused_then_renewed_with_a_code() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let link = server.invite_link(&["--validity", "2s"]);
    let erin = TestDevice::register(&server.endpoint, &link, "erin")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(2100)).await;

    let e = expect_code(
        erin.connect(&server.endpoint).await,
        ErrorCode::AccountExpired,
        &["erin", "expired on", "conclave renew"],
    );
    // The date reads as a calendar date (YYYY-MM-DD), not a raw timestamp.
    let date: String = e
        .message
        .split("expired on ")
        .nth(1)
        .unwrap()
        .chars()
        .take(10)
        .collect();
    assert!(
        date.len() == 10
            && date.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }),
        "{}",
        e.message
    );

    // Others are unaffected.
    assert_serving(&mut server, &alice).await;

    // A bogus renewal code is refused with its own code.
    expect_code(
        Connection::open(
            &server.endpoint,
            Auth::Renew {
                id: erin.id,
                key: &erin.key,
                code: SecretCode(rand::random()),
            },
        )
        .await,
        ErrorCode::RenewalUnknown,
        &["renewal"],
    );

    let code_text = admin_ok(&server, &["renewal", "create", "--validity", "1d"]);
    let code = SecretCode::parse(&code_text).expect("renewal code");
    let conn = Connection::open(
        &server.endpoint,
        Auth::Renew {
            id: erin.id,
            key: &erin.key,
            code,
        },
    )
    .await
    .expect("renewing an expired account");
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert!(conn.info().account.expires_at.0 > now_ms + 23 * 3600 * 1000);
    conn.whoami()
        .await
        .expect("the renewed session serves requests");
    conn.close().await;

    assert_serving(&mut server, &erin).await;
}

// ---------------------------------------------------------------------------------------------
// 10: other devices' queues
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn another_devices_queue_is_forbidden() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;

    let conn = alice.connect(&server.endpoint).await.unwrap();
    conn.send(vec![bob.id], b"for bob only".to_vec())
        .await
        .unwrap();

    expect_code(
        conn.request(Request::Ack {
            device: bob.id,
            seqs: vec![QueueSeq(1)],
        })
        .await,
        ErrorCode::Forbidden,
        &["own device"],
    );
    expect_code(
        conn.request(Request::Fetch {
            device: bob.id,
            after: QueueSeq(0),
            limit: 10,
        })
        .await,
        ErrorCode::Forbidden,
        &["own device"],
    );
    // The session goes on after a refused request.
    conn.whoami().await.unwrap();
    conn.close().await;

    // Bob's entry is still there and still delivered.
    assert_eq!(count(&server, "queue"), 1);
    let mut bob_conn = bob.connect(&server.endpoint).await.unwrap();
    let d = tokio::time::timeout(WAIT, bob_conn.next_delivery())
        .await
        .expect("a delivery")
        .expect("open");
    assert_eq!(
        d.seq,
        QueueSeq(2),
        "seq 1 was the Welcome of their conversation"
    );
    assert_eq!(d.payload, b"for bob only");
    assert_eq!(d.sender, alice.id);
    bob_conn.close().await;

    assert_serving(&mut server, &alice).await;
}

// ---------------------------------------------------------------------------------------------
// 11: TLS pin
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn wrong_tls_pin_is_a_pin_mismatch() {
    let mut server = TestServer::start();
    let alice = server.register("alice").await;
    let real = server.endpoint.pin.expect("self-signed servers are pinned");
    let wrong = Fingerprint([0x5a; 32]);
    let endpoint = Endpoint {
        pin: Some(wrong),
        ..server.endpoint.clone()
    };

    match alice.connect(&endpoint).await {
        Err(ClientError::PinMismatch { expected, got }) => {
            assert_eq!(expected, wrong);
            assert_eq!(got, real, "the error reports the certificate actually seen");
        }
        Err(other) => panic!("expected PinMismatch, got {other:?}"),
        Ok(_) => panic!("connected despite a wrong pin"),
    }
    let err = match raw::connect(&endpoint).await {
        Ok(_) => panic!("raw connect succeeded despite a wrong pin"),
        Err(e) => e,
    };
    let text = err.to_string();
    assert!(
        text.contains(&real.to_hex()) && text.contains(&wrong.to_hex()),
        "{text}"
    );
    assert!(text.contains("does not match"), "{text}");

    assert_serving(&mut server, &alice).await;
}

// ---------------------------------------------------------------------------------------------
// 12–14: limits
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn request_rate_is_limited_per_session() {
    let mut server =
        TestServer::start_with_config("[limits]\nrequests_per_sec = 5\nrequests_burst = 5\n");
    let alice = server.register("alice").await;
    let bob = server.register("bob").await;

    let conn = Arc::new(alice.connect(&server.endpoint).await.unwrap());
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..30 {
        let conn = conn.clone();
        tasks.spawn(async move { conn.request(Request::Ping).await });
    }
    let (mut ok, mut limited, mut wait_ms_max) = (0, 0, 0u64);
    while let Some(result) = tasks.join_next().await {
        match result.unwrap() {
            Ok(Response::Pong { .. }) => ok += 1,
            Ok(other) => panic!("unexpected {other:?}"),
            Err(e) => {
                let e = expect_code::<()>(Err(e), ErrorCode::RateLimited, &["retry in", "ms"]);
                let ms: u64 = e
                    .message
                    .split("retry in ")
                    .nth(1)
                    .and_then(|s| s.split_whitespace().next())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or_else(|| panic!("no wait in {:?}", e.message));
                assert!((1..=200).contains(&ms), "5/s means at most 200 ms: {ms}");
                wait_ms_max = wait_ms_max.max(ms);
                limited += 1;
            }
        }
    }
    assert!(ok >= 5, "the burst is served: {ok} ok, {limited} limited");
    assert!(
        limited >= 15,
        "the rest is limited: {ok} ok, {limited} limited"
    );

    // Another session has its own budget meanwhile.
    assert_serving(&mut server, &bob).await;

    // After waiting as told, the same session is served again.
    tokio::time::sleep(Duration::from_millis(wait_ms_max + 50)).await;
    assert!(matches!(
        conn.request(Request::Ping).await,
        Ok(Response::Pong { .. })
    ));
}

/// Connects, retrying while the server has not yet released a recently closed connection.
async fn connect_eventually(device: &TestDevice, endpoint: &Endpoint) -> Connection {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match device.connect(endpoint).await {
            Ok(c) => return c,
            Err(_) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => panic!("{} cannot connect: {e}", device.name),
        }
    }
}

async fn register_eventually(server: &TestServer, name: &str) -> TestDevice {
    let link = server.invite_link(&[]);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match TestDevice::register(&server.endpoint, &link, name).await {
            Ok(d) => return d,
            Err(e) if e.code().is_none() && Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => panic!("register {name}: {e}"),
        }
    }
}

#[tokio::test]
async fn connection_limit_refuses_then_recovers() {
    let mut server = TestServer::start_with_config("[limits]\nconnections_max = 2\n");
    let alice = register_eventually(&server, "alice").await;
    let bob = register_eventually(&server, "bob").await;
    let carol = register_eventually(&server, "carol").await;

    let a = connect_eventually(&alice, &server.endpoint).await;
    let b = connect_eventually(&bob, &server.endpoint).await;
    a.whoami().await.unwrap();
    b.whoami().await.unwrap();

    let third = tokio::time::timeout(WAIT, carol.connect(&server.endpoint))
        .await
        .expect("a refused connection fails fast");
    assert!(third.is_err(), "a third connection is refused");
    // On the wire: a refused session gets no Hello (so no chance to authenticate), only a
    // typed Fatal; or it is cut off before the WebSocket upgrade.
    if let Ok(mut socket) = raw::connect(&server.endpoint).await {
        match next_frame(&mut socket).await {
            Some(ServerFrame::Fatal(e)) => {
                assert_wire(&e, ErrorCode::TooManyConnections, &["connection limit"])
            }
            None => {}
            Some(other) => panic!("a session over the limit got {other:?}"),
        }
    }
    // The two admitted sessions are unaffected.
    a.whoami().await.unwrap();
    b.whoami().await.unwrap();

    a.close().await;
    let c = connect_eventually(&carol, &server.endpoint).await;
    assert_eq!(c.whoami().await.unwrap().account.username.as_str(), "carol");
    c.close().await;
    b.close().await;

    assert!(server.is_running());
    let conn = connect_eventually(&alice, &server.endpoint).await;
    conn.whoami().await.unwrap();
}

#[tokio::test]
async fn send_limits_get_typed_errors() {
    let mut server = TestServer::start_with_config(
        "[limits]\npayload_bytes_max = 1024\nqueue_entries_per_device_max = 3\n",
    );
    let alice = server.register("alice").await;
    let bob = server.register("bob").await; // stays offline
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;

    let conn = alice.connect(&server.endpoint).await.unwrap();

    expect_code(
        conn.send(vec![bob.id], vec![7; 2000]).await,
        ErrorCode::LimitExceeded,
        &["2000", "1024", "limit"],
    );
    expect_code(
        conn.send(vec![], b"to nobody".to_vec()).await,
        ErrorCode::InvalidArgument,
        &["recipients"],
    );
    // An unknown device looks like a stranger's: not one to send to.
    expect_code(
        conn.send(vec![DeviceId(987_654)], b"to nobody".to_vec())
            .await,
        ErrorCode::Forbidden,
        &["987654"],
    );
    // A mix of a real and an unknown device stores nothing for the real one.
    expect_code(
        conn.send(vec![bob.id, DeviceId(987_654)], b"half".to_vec())
            .await,
        ErrorCode::Forbidden,
        &["987654"],
    );
    assert_eq!(count(&server, "queue"), 0);
    assert_eq!(count(&server, "payloads"), 0);

    for i in 0..3 {
        conn.send(vec![bob.id], format!("entry {i}").into_bytes())
            .await
            .unwrap();
    }
    let e = expect_code(
        conn.send(vec![bob.id], b"one too many".to_vec()).await,
        ErrorCode::QueueFull,
        &["full"],
    );
    assert!(
        e.message.contains(&format!("device {}", bob.id)),
        "names the device: {}",
        e.message
    );
    assert_eq!(count(&server, "queue"), 3);
    assert_eq!(count(&server, "payloads"), 3);

    // The session goes on, and bob gets exactly his three entries.
    conn.whoami().await.unwrap();
    conn.close().await;
    let mut bob_conn = bob.connect(&server.endpoint).await.unwrap();
    for i in 0..3 {
        let d = tokio::time::timeout(WAIT, bob_conn.next_delivery())
            .await
            .expect("a delivery")
            .expect("open");
        assert_eq!(d.payload, format!("entry {i}").into_bytes());
    }
    bob_conn.close().await;

    assert_serving(&mut server, &alice).await;
}

// ---------------------------------------------------------------------------------------------
// 15: logs
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn logs_never_contain_payloads_or_codes() {
    let mut server = TestServer::start();
    let (marker, code_bytes) = {
        let mut rng = rand::thread_rng();
        let marker: String = (0..24)
            .map(|_| rng.sample(rand::distributions::Alphanumeric) as char)
            .collect();
        let mut code_bytes = [0u8; 16];
        rng.fill_bytes(&mut code_bytes);
        (format!("MARKER{marker}"), code_bytes)
    };

    // Registration with an invitation, and with refused invitations.
    let link = server.invite_link(&[]);
    let alice = TestDevice::register(&server.endpoint, &link, "alice")
        .await
        .unwrap();
    let used_again = TestDevice::register(&server.endpoint, &link, "alice2").await;
    assert!(used_again.is_err());
    let unknown = ServerLink {
        code: SecretCode(code_bytes),
        ..link.clone()
    };
    assert!(
        TestDevice::register(&server.endpoint, &unknown, "alice3")
            .await
            .is_err()
    );
    let bob = server.register("bob").await;
    conclave_tests::share_group(&server.endpoint, &[&alice, &bob]).await;
    let renewal = admin_ok(&server, &["renewal", "create", "--validity", "1d"]);

    // Payloads: delivered live, queued offline, refused.
    let conn = alice.connect(&server.endpoint).await.unwrap();
    let payload = format!("secret payload {marker} end").into_bytes();
    conn.send(vec![bob.id], payload.clone()).await.unwrap();
    let mut bob_conn = bob.connect(&server.endpoint).await.unwrap();
    let d = tokio::time::timeout(WAIT, bob_conn.next_delivery())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(d.payload, payload);
    bob_conn.ack(vec![d.seq]).await.unwrap();
    assert!(
        conn.send(vec![DeviceId(987_654)], payload.clone())
            .await
            .is_err()
    );
    assert!(conn.send(vec![], payload.clone()).await.is_err());
    conn.request(Request::Renew {
        code: SecretCode::parse(&renewal).unwrap(),
    })
    .await
    .unwrap();
    assert!(
        conn.request(Request::Renew {
            code: SecretCode(code_bytes)
        })
        .await
        .is_err()
    );
    conn.close().await;

    // Bad frames carrying the marker.
    let (mut socket, _) = hello(&server.endpoint).await;
    let mut junk = vec![PROTOCOL_VERSION, 0xff];
    junk.extend_from_slice(marker.as_bytes());
    raw::send_bytes(&mut socket, junk).await.unwrap();
    expect_fatal(&mut socket).await;
    let (mut socket, _) = hello(&server.endpoint).await;
    let mut wrong_version = vec![99];
    wrong_version.extend_from_slice(marker.as_bytes());
    raw::send_bytes(&mut socket, wrong_version).await.unwrap();
    expect_fatal(&mut socket).await;
    let mut socket = raw_auth(&server, &alice).await;
    let mut trailing = encode(&ClientFrame::Request {
        id: conclave_proto::RequestId(1),
        body: Request::Send {
            recipients: vec![bob.id],
            payload: payload.clone(),
        },
    });
    trailing.push(0);
    raw::send_bytes(&mut socket, trailing).await.unwrap();
    expect_fatal(&mut socket).await;

    assert_serving(&mut server, &alice).await;
    tokio::time::sleep(Duration::from_millis(200)).await; // let stderr drain
    let logs = server.logs();
    assert!(
        logs.contains("DEBUG") || logs.contains("debug"),
        "the server logs at debug level, so this test sees everything: {logs}"
    );

    let mut forbidden = vec![
        marker.clone(),
        link.code.to_text(),
        SecretCode(code_bytes).to_text(),
        renewal.clone(),
    ];
    // Debug renderings of the payload bytes and the codes.
    forbidden.push(
        format!("{:?}", &marker.as_bytes()[..8])
            .trim_matches(['[', ']'])
            .to_owned(),
    );
    forbidden.push(
        format!("{:?}", &link.code.0[..8])
            .trim_matches(['[', ']'])
            .to_owned(),
    );
    forbidden.push(
        marker.as_bytes()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    );
    forbidden.push(
        link.code.0[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    );
    for needle in &forbidden {
        assert!(
            !logs.contains(needle.as_str()),
            "the server log contains {needle:?}:\n{logs}"
        );
    }
}
