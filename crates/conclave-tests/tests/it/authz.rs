//! The authorization matrix: every request type, tried as each identity that must not (or
//! need not) be allowed it, against the resources of a conversation between alice and bob, on
//! the real server binary with real clients. Each cell opens its own session, so no refusal
//! can hide behind another. Every mismatching cell is listed before the test fails.

use std::time::{Duration, Instant};

use conclave_client::{Auth, ClientError, Connection, raw};
use conclave_client_core::{DeviceKey, envelope::Content};
use conclave_proto::{
    ClientFrame, DeviceId, ErrorCode, GroupId, InviteRef, QueueSeq, Request, RequestId, Response,
    SecretCode, ServerFrame, decode_server, encode,
};
use conclave_tests::{
    TestDevice, TestServer,
    harness::{Device, users},
    test_key,
};
use conclave_tokens::{IssuerPublicKey, IssuerSecretKey, TokenChallenge};
use rand::SeedableRng;

/// What a cell expects: the request is served, or refused with this code (in the response, or
/// in the `Fatal` that ends the session before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Allowed,
    Refused(ErrorCode),
}
use Outcome::{Allowed, Refused};

const NOT_AUTHENTICATED: Outcome = Refused(ErrorCode::NotAuthenticated);
const AUTH_FAILED: Outcome = Refused(ErrorCode::AuthFailed);
const DISABLED: Outcome = Refused(ErrorCode::AccountDisabled);
const EXPIRED: Outcome = Refused(ErrorCode::AccountExpired);
const FORBIDDEN: Outcome = Refused(ErrorCode::Forbidden);
const NOT_FOUND: Outcome = Refused(ErrorCode::NotFound);
const NOT_MEMBER: Outcome = Refused(ErrorCode::NotMember);

/// The columns, in table order.
const IDENTITIES: [&str; 8] = [
    "no session",
    "stranger account",
    "member of another conversation",
    "removed member (commit)",
    "removed member (LeaveGroup)",
    "removed device",
    "disabled account",
    "expired account",
];

/// The request types (one row each), in table order.
#[derive(Debug, Clone, Copy)]
enum Kind {
    WhoAmI,
    Ping,
    InviteCreate,
    InviteList,
    InviteRevoke,
    Renew,
    Devices,
    Send,
    PublishKeyPackages,
    KeyPackageCount,
    ClaimKeyPackages,
    CreateGroup,
    Commit,
    GroupMessage,
    GroupState,
    MyGroups,
    LeaveGroup,
    DeviceLinkCreate,
    DeviceRemove,
    Fetch,
    Ack,
    GroupStatus,
    RejoinGroup,
    RelayTokens,
    RelayTokenAllowance,
    CallToken,
    PushSubscribe,
    BlobGrant,
    Ephemeral,
    GroupMessageExpiring,
    GroupRing,
}

/// Every `Request` variant has its row: a new variant does not compile until it is added here
/// (and then to [`MATRIX`]).
#[allow(dead_code)]
fn kind_of(r: &Request) -> Kind {
    match r {
        Request::WhoAmI => Kind::WhoAmI,
        Request::Ping => Kind::Ping,
        Request::InviteCreate { .. } => Kind::InviteCreate,
        Request::InviteList => Kind::InviteList,
        Request::InviteRevoke { .. } => Kind::InviteRevoke,
        Request::Renew { .. } => Kind::Renew,
        Request::Devices { .. } => Kind::Devices,
        Request::Send { .. } => Kind::Send,
        Request::PublishKeyPackages { .. } => Kind::PublishKeyPackages,
        Request::KeyPackageCount => Kind::KeyPackageCount,
        Request::ClaimKeyPackages { .. } => Kind::ClaimKeyPackages,
        Request::CreateGroup { .. } => Kind::CreateGroup,
        Request::Commit { .. } => Kind::Commit,
        Request::GroupMessage { .. } => Kind::GroupMessage,
        Request::GroupState { .. } => Kind::GroupState,
        Request::MyGroups => Kind::MyGroups,
        Request::LeaveGroup { .. } => Kind::LeaveGroup,
        Request::DeviceLinkCreate { .. } => Kind::DeviceLinkCreate,
        Request::DeviceRemove { .. } => Kind::DeviceRemove,
        Request::Fetch { .. } => Kind::Fetch,
        Request::Ack { .. } => Kind::Ack,
        Request::GroupStatus { .. } => Kind::GroupStatus,
        Request::RejoinGroup { .. } => Kind::RejoinGroup,
        Request::RelayTokens { .. } => Kind::RelayTokens,
        Request::RelayTokenAllowance => Kind::RelayTokenAllowance,
        Request::CallToken { .. } => Kind::CallToken,
        Request::PushSubscribe { .. } => Kind::PushSubscribe,
        Request::BlobGrant => Kind::BlobGrant,
        Request::Ephemeral { .. } => Kind::Ephemeral,
        Request::GroupMessageExpiring { .. } => Kind::GroupMessageExpiring,
        Request::GroupRing { .. } => Kind::GroupRing,
    }
}

/// Request × identity → outcome. The targets are alice's and bob's: their group `g`, bob's
/// device, bob's invitation. Own-scope requests (who am I, my invitations, my key packages, a
/// new group) are allowed to every identity that can hold a session.
#[rustfmt::skip]
const MATRIX: &[(Kind, [Outcome; 8])] = &[
    //                   no session         stranger     other conv.  removed      left         removed dev  disabled  expired
    (Kind::WhoAmI,             [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::Ping,               [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::InviteCreate,       [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::InviteList,         [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // bob's invitation: another member's is not found.
    (Kind::InviteRevoke,       [NOT_AUTHENTICATED, NOT_FOUND,   NOT_FOUND,   NOT_FOUND,   NOT_FOUND,   AUTH_FAILED, DISABLED, EXPIRED]),
    // With a fresh renewal code: renewing one's own account.
    (Kind::Renew,              [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // bob's devices: a stranger lookup (rate-limited, within the burst here).
    (Kind::Devices,            [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // An opaque payload to bob's device, with which none of them shares a conversation.
    (Kind::Send,               [NOT_AUTHENTICATED,
                                FORBIDDEN,   // lead: Send restriction
                                FORBIDDEN,   // lead: Send restriction
                                FORBIDDEN,   // lead: Send restriction
                                FORBIDDEN,   // lead: Send restriction
                                                                                               AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::PublishKeyPackages, [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::KeyPackageCount,    [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // bob's device: needed to add someone new (bounded per claimer, see enumeration.rs).
    (Kind::ClaimKeyPackages,   [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::CreateGroup,        [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // Into g, with well-framed MLS bytes of g at its current epoch (made by alice, never sent).
    (Kind::Commit,             [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::GroupMessage,       [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::GroupState,         [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::MyGroups,           [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::LeaveGroup,         [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::DeviceLinkCreate,   [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // bob's device: a device of another account is unknown.
    (Kind::DeviceRemove,       [NOT_AUTHENTICATED, NOT_FOUND,   NOT_FOUND,   NOT_FOUND,   NOT_FOUND,   AUTH_FAILED, DISABLED, EXPIRED]),
    // bob's queue.
    (Kind::Fetch,              [NOT_AUTHENTICATED, FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::Ack,                [NOT_AUTHENTICATED, FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   FORBIDDEN,   AUTH_FAILED, DISABLED, EXPIRED]),
    // g's members and who fell behind: for members only.
    (Kind::GroupStatus,        [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    // Asking to be added back into g: only a member that fell behind may.
    (Kind::RejoinGroup,        [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    // One relay token (a blinded request for the server's key): any member, none other.
    (Kind::RelayTokens,        [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::RelayTokenAllowance,[NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // A call token for a call of g: members of g only (the routing list).
    (Kind::CallToken,          [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    // This device's own push subscription.
    (Kind::PushSubscribe,      [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // A grant for the blob store's routes: any signed-in device (downloads need a capability).
    (Kind::BlobGrant,          [NOT_AUTHENTICATED, Allowed,     Allowed,     Allowed,     Allowed,     AUTH_FAILED, DISABLED, EXPIRED]),
    // A typing signal to g's members: members only (the server relays it, never stores it).
    (Kind::Ephemeral,          [NOT_AUTHENTICATED, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::GroupMessageExpiring, [NOT_AUTHENTICATED, NOT_MEMBER, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
    (Kind::GroupRing,            [NOT_AUTHENTICATED, NOT_MEMBER, NOT_MEMBER,  NOT_MEMBER,  NOT_MEMBER,  AUTH_FAILED, DISABLED, EXPIRED]),
];

/// What the cells aim at.
struct Targets {
    group: GroupId,
    epoch: u64,
    /// Removes `commit_removes` (carol's device).
    commit: Vec<u8>,
    commit_removes: DeviceId,
    message: Vec<u8>,
    bob_device: DeviceId,
    bob_invite: u64,
    /// The server's relay token key (read from its data directory).
    relay_key: IssuerPublicKey,
}

fn request(kind: Kind, t: &Targets, server: &TestServer, cell: usize) -> Request {
    match kind {
        Kind::WhoAmI => Request::WhoAmI,
        Kind::Ping => Request::Ping,
        Kind::InviteCreate => Request::InviteCreate {
            uses: 1,
            expires_in_secs: 3600,
        },
        Kind::InviteList => Request::InviteList,
        Kind::InviteRevoke => Request::InviteRevoke {
            invite: InviteRef::Id(t.bob_invite),
        },
        Kind::Renew => {
            let out = server.admin(&["renewal", "create", "--validity", "1d"]);
            assert!(out.status.success(), "admin renewal create");
            let code = SecretCode::parse(String::from_utf8_lossy(&out.stdout).trim())
                .expect("renewal code");
            Request::Renew { code }
        }
        Kind::Devices => Request::Devices {
            username: conclave_proto::Username::parse("bob").expect("username"),
        },
        Kind::Send => Request::Send {
            recipients: vec![t.bob_device],
            payload: b"unsolicited".to_vec(),
        },
        Kind::PublishKeyPackages => Request::PublishKeyPackages {
            one_time: Vec::new(),
            last_resort: None,
        },
        Kind::KeyPackageCount => Request::KeyPackageCount,
        Kind::ClaimKeyPackages => Request::ClaimKeyPackages {
            devices: vec![t.bob_device],
        },
        Kind::CreateGroup => Request::CreateGroup {
            group: GroupId::new(format!("authz-{cell}").into_bytes()).expect("group id"),
        },
        Kind::Commit => Request::Commit {
            group: t.group.clone(),
            epoch: t.epoch,
            commit: t.commit.clone(),
            added: Vec::new(),
            removed: vec![t.commit_removes],
            welcome: None,
        },
        Kind::GroupMessage => Request::GroupMessage {
            group: t.group.clone(),
            epoch: t.epoch,
            message: t.message.clone(),
        },
        Kind::GroupState => Request::GroupState {
            group: t.group.clone(),
        },
        Kind::GroupStatus => Request::GroupStatus {
            group: t.group.clone(),
        },
        Kind::RejoinGroup => Request::RejoinGroup {
            group: t.group.clone(),
        },
        Kind::MyGroups => Request::MyGroups,
        Kind::LeaveGroup => Request::LeaveGroup {
            group: t.group.clone(),
        },
        Kind::DeviceLinkCreate => Request::DeviceLinkCreate {
            expires_in_secs: 600,
        },
        Kind::DeviceRemove => Request::DeviceRemove {
            device: t.bob_device,
        },
        Kind::Fetch => Request::Fetch {
            device: t.bob_device,
            after: QueueSeq(0),
            limit: 10,
        },
        Kind::Ack => Request::Ack {
            device: t.bob_device,
            seqs: vec![QueueSeq(1)],
        },
        Kind::RelayTokens => {
            let challenge = TokenChallenge::new("authz.example", format!("relay-{cell}"));
            let (request, _) = conclave_tokens::begin(&t.relay_key, &challenge).expect("blind");
            Request::RelayTokens {
                key_id: t.relay_key.key_id(),
                requests: vec![request],
            }
        }
        Kind::RelayTokenAllowance => Request::RelayTokenAllowance,
        Kind::CallToken => Request::CallToken {
            group: t.group.clone(),
            call_id: [7; 16],
        },
        Kind::PushSubscribe => Request::PushSubscribe {
            subscription: Some(conclave_proto::PushSubscription {
                endpoint: format!("https://push.example/authz-{cell}"),
                p256dh: [&[4u8][..], &[9; 64]].concat(),
                auth: vec![3; 16],
            }),
        },
        Kind::BlobGrant => Request::BlobGrant,
        Kind::GroupMessageExpiring => Request::GroupMessageExpiring {
            group: t.group.clone(),
            epoch: t.epoch,
            message: t.message.clone(),
            ttl_secs: 30,
        },
        Kind::GroupRing => Request::GroupRing {
            group: t.group.clone(),
            epoch: t.epoch,
            message: t.message.clone(),
        },
        Kind::Ephemeral => Request::Ephemeral {
            group: t.group.clone(),
            payload: vec![7; 128],
        },
    }
}

/// What happened, in the terms of [`Outcome`] (or a description of anything else).
async fn attempt(
    server: &TestServer,
    who: Option<(DeviceId, &DeviceKey)>,
    body: Request,
) -> Result<Outcome, String> {
    let Some((id, key)) = who else {
        return before_auth(server, body).await;
    };
    let conn = match Connection::open(&server.endpoint, Auth::Device { id, key }).await {
        Ok(conn) => conn,
        Err(ClientError::Server(e) | ClientError::Closed(Some(e))) => return Ok(Refused(e.code)),
        Err(other) => return Err(format!("session not opened: {other}")),
    };
    let result = conn.request(body).await;
    conn.close().await;
    match result {
        Ok(_) => Ok(Allowed),
        Err(ClientError::Server(e) | ClientError::Closed(Some(e))) => Ok(Refused(e.code)),
        Err(other) => Err(format!("request failed: {other}")),
    }
}

/// A request as the first frame of a session, before any authentication.
async fn before_auth(server: &TestServer, body: Request) -> Result<Outcome, String> {
    let mut socket = raw::connect(&server.endpoint)
        .await
        .map_err(|e| format!("raw connect: {e}"))?;
    let next = |bytes: Option<Vec<u8>>| bytes.and_then(|b| decode_server(&b).ok());
    let hello = tokio::time::timeout(Duration::from_secs(10), raw::recv_bytes(&mut socket))
        .await
        .map_err(|_| "no Hello".to_owned())?
        .map_err(|e| format!("reading Hello: {e}"))?;
    if !matches!(next(hello), Some(ServerFrame::Hello { .. })) {
        return Err("the first frame is not Hello".into());
    }
    let frame = ClientFrame::Request {
        id: RequestId(1),
        body,
    };
    raw::send_bytes(&mut socket, encode(&frame))
        .await
        .map_err(|e| format!("send: {e}"))?;
    let answer = tokio::time::timeout(Duration::from_secs(10), raw::recv_bytes(&mut socket))
        .await
        .map_err(|_| "no answer".to_owned())?
        .map_err(|e| format!("reading the answer: {e}"))?;
    match next(answer) {
        Some(ServerFrame::Fatal(e)) => Ok(Refused(e.code)),
        Some(ServerFrame::Response { result: Ok(_), .. }) => Ok(Allowed),
        Some(ServerFrame::Response { result: Err(e), .. }) => Ok(Refused(e.code)),
        other => Err(format!("unexpected answer {other:?}")),
    }
}

/// The public half of the one relay token key in a server's data directory.
fn relay_key(data: &std::path::Path) -> IssuerPublicKey {
    let dir = data.join(conclave_server::relay_issuer::DIR);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("relay-issuer directory")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "one relay token key: {files:?}");
    let der = std::fs::read(files.remove(0)).expect("key file");
    IssuerSecretKey::from_pkcs8_der(&der)
        .expect("relay token key")
        .public_key()
}

async fn member(server: &TestServer, name: &str, home: &std::path::Path, seed: u64) -> Device {
    let code = server.invite_link(&[]).code;
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    Device::register_on(
        std::slice::from_ref(&server.endpoint),
        code,
        name,
        home.join(name),
        &mut rng,
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_as_every_identity_gets_its_answer() {
    let server = TestServer::start();
    let homes = tempfile::tempdir().unwrap();
    // The expired account first: its validity runs while the rest is set up.
    let short = server.invite_link(&["--validity", "2s"]);
    let dave = TestDevice::register(&server.endpoint, &short, "dave")
        .await
        .unwrap();
    let dave_expires = Instant::now() + Duration::from_millis(2_500);

    let mut alice = member(&server, "alice", homes.path(), 1).await;
    let mut bob = member(&server, "bob", homes.path(), 2).await;
    let mut carol = member(&server, "carol", homes.path(), 3).await;
    let mut eve = member(&server, "eve", homes.path(), 4).await;
    let mut frank = member(&server, "frank", homes.path(), 5).await;
    let mut mallory = member(&server, "mallory", homes.path(), 6).await;
    let stranger = server.register("stranger").await;

    // g: alice, bob, carol (disabled below), eve (removed by commit), frank (leaves).
    let g = alice
        .m_mut()
        .create_group("g", &users(&["bob", "carol", "eve", "frank"]))
        .await
        .unwrap();
    for d in [&mut bob, &mut carol, &mut eve, &mut frank] {
        d.sync().await;
    }
    alice
        .m_mut()
        .remove_accounts(&g, &users(&["eve"]))
        .await
        .unwrap();
    frank.m_mut().leave(&g).await.unwrap();
    // Mallory shares another conversation with alice, not g.
    mallory
        .m_mut()
        .create_group("h", &users(&["alice"]))
        .await
        .unwrap();
    alice.sync().await;
    alice.say(&g, "the members reconcile").await;

    // bob's second device, removed from his first: its session is closed, its key refused.
    let bob2_key = test_key("bob's second device");
    let link = match bob
        .m()
        .connection()
        .request(Request::DeviceLinkCreate {
            expires_in_secs: 600,
        })
        .await
        .unwrap()
    {
        Response::DeviceLinkCreated { code, .. } => code,
        other => panic!("{other:?}"),
    };
    let bob2 = Connection::open(
        &server.endpoint,
        Auth::JoinDevice {
            code: link,
            device_name: "second",
            key: &bob2_key,
        },
    )
    .await
    .unwrap();
    let bob2_id = bob2.device();
    bob.m()
        .connection()
        .request(Request::DeviceRemove { device: bob2_id })
        .await
        .unwrap();
    let closed = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            if let Some(reason) = bob2.close_reason() {
                return reason;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the removed device's session is closed");
    assert_eq!(closed.code, ErrorCode::AuthFailed);

    let bob_invite = match bob
        .m()
        .connection()
        .request(Request::InviteCreate {
            uses: 1,
            expires_in_secs: 3600,
        })
        .await
        .unwrap()
    {
        Response::InviteCreated(i) => i.id,
        other => panic!("{other:?}"),
    };

    // Well-framed MLS bytes of g at its current epoch, made by alice and never sent.
    let engine = alice.m_mut().engine_mut();
    let epoch = engine.epoch(&g).unwrap();
    let id = engine.fresh_message_id().unwrap();
    let message = engine
        .prepare_message(
            &g,
            id,
            Content::Text {
                text: "not for them".into(),
            },
            conclave_proto::Timestamp(0),
        )
        .unwrap()
        .bytes;
    let commit = engine
        .prepare_commit(&g, Vec::new(), &[carol.id])
        .unwrap()
        .commit;
    engine.commit_rejected(&g).unwrap();
    let targets = Targets {
        group: g.clone(),
        epoch,
        commit,
        commit_removes: carol.id,
        message,
        bob_device: bob.id,
        bob_invite,
        relay_key: relay_key(&server.data),
    };

    for d in [
        &mut alice,
        &mut bob,
        &mut carol,
        &mut eve,
        &mut frank,
        &mut mallory,
    ] {
        d.stop().await;
    }
    let out = server.admin(&["account", "disable", "carol"]);
    assert!(out.status.success(), "account disable");
    tokio::time::sleep(dave_expires.saturating_duration_since(Instant::now())).await;

    let identities: [Option<(DeviceId, &DeviceKey)>; 8] = [
        None,
        Some((stranger.id, &stranger.key)),
        Some((mallory.id, mallory.key())),
        Some((eve.id, eve.key())),
        Some((frank.id, frank.key())),
        Some((bob2_id, &bob2_key)),
        Some((carol.id, carol.key())),
        Some((dave.id, &dave.key)),
    ];
    let mut failures = Vec::new();
    let mut cells = 0;
    for (column, who) in identities.iter().enumerate() {
        for (kind, expected) in MATRIX {
            cells += 1;
            let body = request(*kind, &targets, &server, cells);
            let got = attempt(&server, *who, body).await;
            let expected = expected[column];
            if got.as_ref() != Ok(&expected) {
                failures.push(format!(
                    "{kind:?} as {}: expected {}, got {}",
                    IDENTITIES[column],
                    describe(Ok(expected)),
                    describe(got)
                ));
            }
        }
    }
    assert_eq!(cells, MATRIX.len() * IDENTITIES.len());
    assert!(
        failures.is_empty(),
        "{} of {cells} cells differ:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

fn describe(outcome: Result<Outcome, String>) -> String {
    match outcome {
        Ok(Allowed) => "allowed".into(),
        Ok(Refused(code)) => code.name().into(),
        Err(e) => format!("no answer ({e})"),
    }
}
