//! Writes the seed corpora of the fuzz targets from real encodings: frames of every kind, MLS
//! commits, Welcomes, application messages and key packages made by the client core's engine
//! in a real group, envelopes of every content kind, ledger entries, reversals and hand-overs.
//!
//! `cargo run -p conclave-fuzz --example gen-corpus [-- OUT_DIR]` (default `fuzz/corpus`)
//! writes `OUT_DIR/<target>/seed-<what>`; `scripts/fuzz` then grows them, and
//! `cargo +nightly fuzz cmin <target>` (in `fuzz/`) keeps them small. MLS bytes carry fresh
//! randomness, so each run writes different bytes of the same shapes.
#![allow(clippy::unwrap_used)] // A tool of the repository: a failure here is a bug to see.

use std::path::{Path, PathBuf};

use conclave_client_core::{
    DeviceKey, Engine, HistoryBody, MemberDevice, StoredMessage,
    call::{CallId, CallSignal, Media, MediaSession},
    envelope::{Content, ConversationMeta, Envelope},
    ledger::{
        Date, EntryDraft, EntryId, EntryKind, Ledger, LedgerOp, LedgerPayload, Reversal, SplitSpec,
    },
};
use conclave_proto::{
    AccountId, AccountInfo, ClientFrame, Delivery, DeviceId, DeviceInfo, DeviceName,
    DevicePublicKey, ErrorCode, Fingerprint, GroupEvent, GroupId, InviteCreated, InviteInfo,
    InviteRef, LinkKind, PayloadId, PayloadKind, QueueSeq, Request, RequestId, Response,
    SecretCode, ServerFrame, ServerLink, SessionInfo, Signature, Timestamp, Username, WireError,
    encode,
};
use rand::SeedableRng;

struct Out {
    root: PathBuf,
    written: usize,
}

impl Out {
    fn put(&mut self, target: &str, what: &str, bytes: &[u8]) {
        let dir = self.root.join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("seed-{what}")), bytes).unwrap();
        self.written += 1;
    }
}

/// A call signal of every kind (call id 1..=16), and one from a newer version.
fn call_signals() -> Vec<(&'static str, CallSignal)> {
    let call_id = CallId(std::array::from_fn(|i| i as u8 + 1));
    let session = MediaSession::new(vec![0xab; 32], b"hello".to_vec()).unwrap();
    vec![
        (
            "invite",
            CallSignal::Invite {
                call_id,
                media: Media::Audio,
            },
        ),
        (
            "invite-video",
            CallSignal::Invite {
                call_id,
                media: Media::Video,
            },
        ),
        ("ringing", CallSignal::Ringing { call_id }),
        ("accept", CallSignal::Accept { call_id }),
        ("decline", CallSignal::Decline { call_id }),
        (
            "join-no-media",
            CallSignal::Join {
                call_id,
                media: Media::Audio,
                session: None,
            },
        ),
        (
            "join",
            CallSignal::Join {
                call_id,
                media: Media::Audio,
                session: Some(session),
            },
        ),
        ("leave", CallSignal::Leave { call_id }),
        ("end", CallSignal::End { call_id }),
        ("newer", CallSignal::from_bytes(&[2, 1, 2, 3])),
    ]
}

fn user(name: &str) -> Username {
    Username::parse(name).unwrap()
}

fn engine(name: &str, device: u64) -> Engine {
    let key = DeviceKey::generate(&mut rand::rngs::StdRng::seed_from_u64(device));
    Engine::new(user(name), DeviceId(device), &key)
}

/// Real MLS bytes from a group of alice (device 1) and bob (device 2).
struct Mls {
    group: GroupId,
    key_package: Vec<u8>,
    /// (epoch the commit was made in, commit, Welcome)
    add: (u64, Vec<u8>, Vec<u8>),
    update: (u64, Vec<u8>),
    /// (epoch, application message, its envelope)
    messages: Vec<(u64, Vec<u8>)>,
}

fn mls(contents: &[Content]) -> Mls {
    let now = Timestamp(1_760_000_000_000);
    let mut alice = engine("alice", 1);
    let mut bob = engine("bob", 2);
    let key_package = bob.key_packages(1).unwrap().remove(0);
    let group = alice
        .create_group(
            ConversationMeta::Group {
                name: "fuzz".into(),
            },
            now,
        )
        .unwrap();
    let add = alice
        .prepare_commit(&group, vec![(DeviceId(2), key_package.clone())], &[])
        .unwrap();
    alice.commit_accepted(&group, 1, now).unwrap();
    let welcome = add.welcome.clone().unwrap();
    bob.process(&Delivery {
        seq: QueueSeq(1),
        payload_id: PayloadId(1),
        sender: DeviceId(1),
        sent_at: now,
        kind: PayloadKind::Group,
        payload: GroupEvent::Welcome {
            group: group.clone(),
            epoch: add.epoch + 1,
            welcome: welcome.clone(),
        }
        .encode(),
    })
    .unwrap();
    let mut messages = Vec::new();
    for (i, content) in contents.iter().enumerate() {
        let id = [i as u8 + 1; 16];
        let m = alice
            .prepare_message(&group, id, content.clone(), now)
            .unwrap();
        alice.message_posted(&m, 2 + i as u64, now);
        messages.push((m.epoch, m.bytes));
    }
    let update = alice.prepare_self_update(&group).unwrap();
    Mls {
        group,
        key_package,
        add: (add.epoch, add.commit, welcome),
        update: (update.epoch, update.commit),
        messages,
    }
}

fn today() -> Date {
    Date::parse("2026-11-25").unwrap()
}

fn entry(kind: EntryKind, amount: &str, currency: &str, split: SplitSpec) -> LedgerOp {
    LedgerOp::Entry(
        EntryDraft {
            kind,
            amount: amount.into(),
            currency: currency.into(),
            from: "alice".into(),
            split,
            date: None,
            memo: Some("dinner".into()),
            reference: None,
        }
        .parse(today())
        .unwrap(),
    )
}

fn ops() -> Vec<(&'static str, LedgerOp)> {
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect();
    vec![
        (
            "payment-to",
            entry(
                EntryKind::Payment,
                "12.50",
                "EUR",
                SplitSpec::To("bob".into()),
            ),
        ),
        (
            "payment-equal",
            entry(
                EntryKind::Payment,
                "30",
                "USD",
                SplitSpec::Equal(names(&["alice", "bob", "carol"])),
            ),
        ),
        (
            "debt-exact",
            entry(
                EntryKind::Debt,
                "1000",
                "JPY",
                SplitSpec::Exact(vec![
                    ("bob".into(), "400".into()),
                    ("carol".into(), "600".into()),
                ]),
            ),
        ),
        (
            "payment-weights",
            entry(
                EntryKind::Payment,
                "9.001",
                "KWD",
                SplitSpec::Weights(vec![("bob".into(), 2), ("carol".into(), 1)]),
            ),
        ),
        (
            "reversal",
            LedgerOp::Reversal(Reversal::new(EntryId([1; 16]), Some("typo".into())).unwrap()),
        ),
    ]
}

fn member(name: &str, device: u64) -> MemberDevice {
    MemberDevice {
        username: user(name),
        device: DeviceId(device),
        key: [device as u8; 32],
    }
}

/// A ledger's hand-over to device 4 (alice's second device, `conclave_fuzz::DEVICES[3]`).
fn handover_payloads() -> Vec<LedgerPayload> {
    let members = [member("alice", 1), member("bob", 2), member("carol", 3)];
    let group = GroupId::new(vec![0xf0; 32]).unwrap();
    let history: Vec<StoredMessage> = ops()
        .into_iter()
        .enumerate()
        .map(|(i, (_, op))| StoredMessage {
            group: group.clone(),
            seq: i as u64 + 1,
            epoch: 1,
            sender: members[i % 3].username.clone(),
            sender_device: members[i % 3].device,
            at: Timestamp(i as i64),
            body: HistoryBody::Message {
                id: [i as u8 + 1; 16],
                sent_at: Timestamp(i as i64),
                content: Content::Ledger {
                    payload: LedgerPayload::new(op),
                },
            },
        })
        .collect();
    let ledger = Ledger::from_history(&history, &members);
    ledger
        .hand_over(10, &[DeviceId(4)])
        .unwrap()
        .into_iter()
        .map(LedgerPayload::HandOver)
        .collect()
}

fn contents() -> Vec<(&'static str, Content)> {
    let mut out = vec![
        (
            "text",
            Content::Text {
                text: "hello, world".into(),
            },
        ),
        (
            "reply",
            Content::Reply {
                to: [1; 16],
                text: "yes".into(),
            },
        ),
        (
            "reaction",
            Content::Reaction {
                to: [1; 16],
                emoji: "👍".into(),
            },
        ),
        (
            "edit",
            Content::Edit {
                to: [1; 16],
                text: "hello".into(),
            },
        ),
        ("delete", Content::Delete { to: [1; 16] }),
        ("receipt", Content::Receipt { read_up_to: 42 }),
        (
            "meta-direct",
            Content::GroupMeta {
                meta: ConversationMeta::Direct {
                    members: ["alice".into(), "bob".into()],
                },
            },
        ),
        (
            "meta-group",
            Content::GroupMeta {
                meta: ConversationMeta::Group {
                    name: "trip".into(),
                },
            },
        ),
        (
            "call",
            Content::Call {
                signal: CallSignal::Invite {
                    call_id: CallId([1; 16]),
                    media: Media::Video,
                },
            },
        ),
        (
            "call-newer",
            Content::Call {
                signal: CallSignal::from_bytes(&[9, 1, 2, 3]),
            },
        ),
        (
            "attachment",
            Content::Attachment {
                pointer: vec![4, 5, 6],
            },
        ),
        (
            "ledger-newer",
            Content::Ledger {
                payload: LedgerPayload::from_bytes(&[9, 1, 2, 3]),
            },
        ),
    ];
    for (name, op) in ops() {
        out.push((
            name,
            Content::Ledger {
                payload: LedgerPayload::new(op),
            },
        ));
    }
    for h in handover_payloads() {
        out.push(("handover", Content::Ledger { payload: h }));
    }
    out
}

fn envelope(content: Content) -> Vec<u8> {
    Envelope {
        id: [7; 16],
        sent_at: Timestamp(1_760_000_000_000),
        content,
    }
    .encode()
}

/// `conclave_fuzz::history`'s input: a ledger payload (kind 0) or envelope (kind 2) message.
fn history_message(out: &mut Vec<u8>, sender: u8, kind: u8, bytes: &[u8]) {
    out.push(kind << 2 | sender);
    out.extend(u16::try_from(bytes.len()).unwrap().to_le_bytes());
    out.extend(bytes);
}

fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn main() {
    let root = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus"));
    let mut out = Out { root, written: 0 };

    let contents = contents();
    let text_contents: Vec<Content> = contents.iter().take(3).map(|(_, c)| c.clone()).collect();
    let mls = mls(&text_contents);
    let group = mls.group.clone();

    // mls_check: [epoch][group id length][group id][MLS bytes].
    let framed = |epoch: u64, bytes: &[u8]| {
        let mut v = vec![epoch as u8, group.as_bytes().len() as u8];
        v.extend(group.as_bytes());
        v.extend(bytes);
        v
    };
    out.put("mls_check", "commit-add", &framed(mls.add.0, &mls.add.1));
    out.put("mls_check", "welcome", &framed(0, &mls.add.2));
    out.put(
        "mls_check",
        "commit-update",
        &framed(mls.update.0, &mls.update.1),
    );
    out.put("mls_check", "key-package", &framed(0, &mls.key_package));
    for (i, (epoch, m)) in mls.messages.iter().enumerate() {
        out.put("mls_check", &format!("application-{i}"), &framed(*epoch, m));
    }

    // Group events, as the delivery service queues them.
    let events = vec![
        (
            "commit",
            GroupEvent::Commit {
                group: group.clone(),
                epoch: mls.add.0 + 1,
                seq: 1,
                commit: mls.add.1.clone(),
                added: vec![DeviceId(2)],
                removed: vec![],
            },
        ),
        (
            "welcome",
            GroupEvent::Welcome {
                group: group.clone(),
                epoch: mls.add.0 + 1,
                welcome: mls.add.2.clone(),
            },
        ),
        (
            "message",
            GroupEvent::Message {
                group: group.clone(),
                epoch: mls.messages[0].0,
                seq: 2,
                message: mls.messages[0].1.clone(),
            },
        ),
        (
            "commit-remove",
            GroupEvent::Commit {
                group: group.clone(),
                epoch: mls.update.0 + 1,
                seq: 9,
                commit: mls.update.1.clone(),
                added: vec![],
                removed: vec![DeviceId(3), DeviceId(300)],
            },
        ),
    ];
    for (name, e) in &events {
        out.put("group_event", name, &e.encode());
    }

    // Client frames.
    let code = SecretCode([0x5a; 16]);
    let sig = Signature([0x11; 64]);
    let key = DevicePublicKey([0x22; 32]);
    let request = |id: u64, body: Request| ClientFrame::Request {
        id: RequestId(id),
        body,
    };
    let client = vec![
        (
            "auth",
            ClientFrame::Auth {
                device: DeviceId(1),
                signature: sig.clone(),
            },
        ),
        (
            "register",
            ClientFrame::Register {
                invite: code.clone(),
                username: "alice".into(),
                device_name: "laptop".into(),
                device_key: key,
                signature: sig.clone(),
            },
        ),
        (
            "renew",
            ClientFrame::Renew {
                device: DeviceId(1),
                signature: sig.clone(),
                code: code.clone(),
            },
        ),
        (
            "join-device",
            ClientFrame::JoinDevice {
                code: code.clone(),
                device_name: "phone".into(),
                device_key: key,
                signature: sig.clone(),
            },
        ),
        ("whoami", request(1, Request::WhoAmI)),
        (
            "invite-create",
            request(
                2,
                Request::InviteCreate {
                    uses: 3,
                    expires_in_secs: 86_400,
                },
            ),
        ),
        ("invite-list", request(3, Request::InviteList)),
        (
            "invite-revoke-id",
            request(
                4,
                Request::InviteRevoke {
                    invite: InviteRef::Id(9),
                },
            ),
        ),
        (
            "invite-revoke-code",
            request(
                5,
                Request::InviteRevoke {
                    invite: InviteRef::Code(code.clone()),
                },
            ),
        ),
        (
            "renew-request",
            request(6, Request::Renew { code: code.clone() }),
        ),
        (
            "devices",
            request(
                7,
                Request::Devices {
                    username: user("bob"),
                },
            ),
        ),
        (
            "send",
            request(
                8,
                Request::Send {
                    recipients: vec![DeviceId(2), DeviceId(3)],
                    payload: vec![9; 20],
                },
            ),
        ),
        (
            "publish-key-packages",
            request(
                9,
                Request::PublishKeyPackages {
                    one_time: vec![mls.key_package.clone()],
                    last_resort: Some(mls.key_package.clone()),
                },
            ),
        ),
        ("key-package-count", request(10, Request::KeyPackageCount)),
        (
            "claim-key-packages",
            request(
                11,
                Request::ClaimKeyPackages {
                    devices: vec![DeviceId(2)],
                },
            ),
        ),
        (
            "create-group",
            request(
                12,
                Request::CreateGroup {
                    group: group.clone(),
                },
            ),
        ),
        (
            "commit",
            request(
                13,
                Request::Commit {
                    group: group.clone(),
                    epoch: mls.add.0,
                    commit: mls.add.1.clone(),
                    added: vec![DeviceId(2)],
                    removed: vec![],
                    welcome: Some(mls.add.2.clone()),
                },
            ),
        ),
        (
            "group-message",
            request(
                14,
                Request::GroupMessage {
                    group: group.clone(),
                    epoch: mls.messages[0].0,
                    message: mls.messages[0].1.clone(),
                },
            ),
        ),
        (
            "group-state",
            request(
                15,
                Request::GroupState {
                    group: group.clone(),
                },
            ),
        ),
        ("my-groups", request(16, Request::MyGroups)),
        (
            "leave-group",
            request(
                17,
                Request::LeaveGroup {
                    group: group.clone(),
                },
            ),
        ),
        (
            "device-link-create",
            request(
                18,
                Request::DeviceLinkCreate {
                    expires_in_secs: 600,
                },
            ),
        ),
        (
            "device-remove",
            request(
                19,
                Request::DeviceRemove {
                    device: DeviceId(3),
                },
            ),
        ),
        (
            "fetch",
            request(
                20,
                Request::Fetch {
                    device: DeviceId(1),
                    after: QueueSeq(5),
                    limit: 100,
                },
            ),
        ),
        (
            "ack",
            request(
                21,
                Request::Ack {
                    device: DeviceId(1),
                    seqs: vec![QueueSeq(6), QueueSeq(7)],
                },
            ),
        ),
        ("ping", request(22, Request::Ping)),
        (
            "call-token",
            request(
                23,
                Request::CallToken {
                    group: group.clone(),
                    call_id: [5; 16],
                },
            ),
        ),
    ];
    for (name, f) in &client {
        out.put("client_frame", name, &encode(f));
    }

    // Server frames.
    let now = Timestamp(1_760_000_000_000);
    let info = SessionInfo {
        account: AccountInfo {
            id: AccountId(1),
            username: user("alice"),
            is_admin: false,
            created_at: now,
            expires_at: Timestamp(now.0 + 1000),
            invites_left: Some(3),
        },
        device: DeviceId(1),
    };
    let delivery = |seq: u64, event: &GroupEvent| Delivery {
        seq: QueueSeq(seq),
        payload_id: PayloadId(seq),
        sender: DeviceId(1),
        sent_at: now,
        kind: PayloadKind::Group,
        payload: event.encode(),
    };
    let ok = |id: u64, r: Response| ServerFrame::Response {
        id: RequestId(id),
        result: Ok(r),
    };
    let server = vec![
        (
            "hello",
            ServerFrame::Hello {
                challenge: [3; 32],
                server_time: now,
                revision: 2,
            },
        ),
        ("ready", ServerFrame::Ready(info.clone())),
        (
            "deliver-commit",
            ServerFrame::Deliver(delivery(1, &events[0].1)),
        ),
        (
            "deliver-welcome",
            ServerFrame::Deliver(delivery(2, &events[1].1)),
        ),
        (
            "deliver-message",
            ServerFrame::Deliver(delivery(3, &events[2].1)),
        ),
        (
            "deliver-opaque",
            ServerFrame::Deliver(Delivery {
                kind: PayloadKind::Opaque,
                payload: vec![1, 2, 3],
                ..delivery(4, &events[2].1)
            }),
        ),
        (
            "fatal",
            ServerFrame::Fatal(WireError::new(ErrorCode::AuthFailed, "bad signature")),
        ),
        (
            "error-unknown-code",
            ServerFrame::Response {
                id: RequestId(1),
                result: Err(WireError::new(
                    ErrorCode::from_u16(999),
                    "from a newer server",
                )),
            },
        ),
        ("whoami", ok(1, Response::WhoAmI(info))),
        (
            "invite-created",
            ok(
                2,
                Response::InviteCreated(InviteCreated {
                    id: 1,
                    code: code.clone(),
                    uses: 3,
                    expires_at: now,
                }),
            ),
        ),
        (
            "invites",
            ok(
                3,
                Response::Invites(vec![InviteInfo {
                    id: 1,
                    created_at: now,
                    expires_at: now,
                    uses_total: 3,
                    uses_left: 1,
                    revoked: false,
                    redeemed_by: vec![user("bob"), user("carol")],
                }]),
            ),
        ),
        (
            "devices",
            ok(
                7,
                Response::Devices(vec![DeviceInfo {
                    id: DeviceId(2),
                    name: DeviceName::parse("phone").unwrap(),
                    key,
                    created_at: now,
                }]),
            ),
        ),
        (
            "sent",
            ok(
                8,
                Response::Sent {
                    payload: PayloadId(4),
                    at: now,
                },
            ),
        ),
        (
            "queue",
            ok(
                20,
                Response::Queue(
                    events
                        .iter()
                        .zip(1..)
                        .map(|((_, e), s)| delivery(s, e))
                        .collect(),
                ),
            ),
        ),
        ("acked", ok(21, Response::Acked { removed: 2 })),
        (
            "key-packages",
            ok(
                11,
                Response::KeyPackages(vec![(DeviceId(2), mls.key_package.clone())]),
            ),
        ),
        (
            "committed",
            ok(13, Response::Committed { epoch: 2, seq: 1 }),
        ),
        ("posted", ok(14, Response::Posted { seq: 2 })),
        (
            "group-state",
            ok(
                15,
                Response::GroupState {
                    epoch: 2,
                    members: vec![DeviceId(1), DeviceId(2)],
                },
            ),
        ),
        ("groups", ok(16, Response::Groups(vec![(group.clone(), 2)]))),
        (
            "device-link-created",
            ok(
                18,
                Response::DeviceLinkCreated {
                    code: code.clone(),
                    expires_at: now,
                },
            ),
        ),
        ("pong", ok(22, Response::Pong { server_time: now })),
        (
            "call-token",
            ok(
                23,
                Response::CallToken {
                    token: vec![1; 170],
                    expires_at: now,
                },
            ),
        ),
    ];
    for (name, f) in &server {
        out.put("server_frame", name, &encode(f));
    }

    // Links.
    let link = ServerLink {
        kind: LinkKind::Join,
        host: "chat.example.org".into(),
        port: 8443,
        code: code.clone(),
        fingerprint: Some(Fingerprint([0xab; 32])),
        alternates: Vec::new(),
    };
    let cluster = ServerLink {
        kind: LinkKind::Device,
        host: "::1".into(),
        alternates: vec![("n2.example.org".into(), 8444), ("10.0.0.3".into(), 9000)],
        ..link.clone()
    };
    out.put("link", "join", link.to_string().as_bytes());
    out.put("link", "web", link.to_web_url().as_bytes());
    out.put("link", "device-cluster", cluster.to_string().as_bytes());
    out.put("link", "web-v6", cluster.to_web_url().as_bytes());

    // Envelopes and ledger payloads.
    for (name, content) in &contents {
        out.put("envelope", name, &envelope(content.clone()));
        if let Content::Ledger { payload } = content {
            out.put("ledger_payload", name, &payload.to_bytes());
        }
    }
    for (name, signal) in call_signals() {
        out.put("call_signal", name, &signal.to_bytes());
    }

    // Histories for the ledger fold, with a hand-over to device 4 (alice's second device).
    let payloads: Vec<Vec<u8>> = ops()
        .into_iter()
        .map(|(_, op)| LedgerPayload::new(op).to_bytes())
        .collect();
    let handovers: Vec<Vec<u8>> = handover_payloads()
        .iter()
        .map(LedgerPayload::to_bytes)
        .collect();
    for (me, name) in [(0u8, "whole"), (4, "joined-later"), (2, "bob")] {
        let mut h = vec![me];
        for (i, p) in payloads.iter().enumerate() {
            history_message(&mut h, (i % 3) as u8, 0, p);
        }
        // alice's second device joins; alice's first device hands the ledger over.
        h.extend([1 << 2, 0b1000, 0]);
        for p in &handovers {
            history_message(&mut h, 0, 0, p);
        }
        history_message(&mut h, 1, 2, &envelope(contents[0].1.clone()));
        h.push(3 << 2 | 2);
        out.put("handover", name, &h);
    }

    // NATS bus messages: [1] ++ postcard(Wire), written by hand (the type is private to the
    // bus; the target checks that each seed is the canonical encoding).
    let mut offer = vec![1, 0];
    for n in [3u64, 77] {
        varint(&mut offer, n); // node, payload
    }
    varint(&mut offer, 2);
    for (d, s) in [(1u64, 5u64), (2, 9)] {
        varint(&mut offer, d);
        varint(&mut offer, s);
    }
    varint(&mut offer, 1); // sender
    offer.push(1); // kind: group
    varint(&mut offer, zigzag(now.0));
    let body = events[2].1.encode();
    let mut ring_offer = offer.clone();
    offer.push(1);
    varint(&mut offer, body.len() as u64);
    offer.extend(&body);
    ring_offer.push(0);
    out.put("bus_message", "offer", &offer);
    out.put("bus_message", "offer-without-body", &ring_offer);
    let mut takeover = vec![1, 1, 3, 2];
    varint(&mut takeover, zigzag(now.0));
    takeover.extend([3, 1]);
    out.put("bus_message", "takeover", &takeover);
    out.put("bus_message", "evict", &[1, 2, 3, 4]);
    out.put("bus_message", "ring", &[1, 3, 3, 3, 1, 2, 4]);

    relay_seeds(&mut out);
    sframe_seeds(&mut out);
    sfu_seeds(&mut out);

    new_seeds(&mut out);
    eprintln!("wrote {} seeds under {}", out.written, out.root.display());
}

/// The relay's frames: cells of every command, handshake payloads, OPEN/LINK and answers,
/// SOCKS5 and HTTP CONNECT requests, a signed directory (and its body) with two relays, an
/// issuer and an exit policy, and handshake inputs for the Noise target.
fn relay_seeds(out: &mut Out) {
    use conclave_relay::{
        cell::{self, Cell, Cmd, PLAIN_LEN},
        directory::{
            DIRECTORY_VERSION, Directory, Issuer, IssuerKey, RelayDescriptor, Role, SignedDirectory,
        },
        noise::{ClientHandshake, NoiseKeypair},
        open::{self, Status},
        policy::ExitPolicy,
    };
    let begin = cell::encode_begin("example.org", 443).unwrap();
    let cells: [(&str, Cmd, &[u8]); 6] = [
        ("begin", Cmd::Begin, &begin),
        ("connected", Cmd::Connected, b""),
        (
            "data",
            Cmd::Data,
            b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n",
        ),
        ("end", Cmd::End, &[1]),
        ("window", Cmd::Window, &128u32.to_be_bytes()),
        ("padding", Cmd::Padding, b""),
    ];
    for (name, cmd, data) in cells {
        let mut plain = [0u8; PLAIN_LEN];
        Cell {
            cmd,
            stream: 3,
            data,
        }
        .encode(&mut plain)
        .unwrap();
        // Without the trailing zeros: the target pads.
        let used = 7 + data.len();
        out.put("relay_cell", name, &plain[..used]);
    }
    out.put(
        "relay_cell",
        "handshake-payload",
        &cell::encode_padded(1, b"token", cell::FEATURE_BATCHES)
            .unwrap()
            .iter()
            .take(9)
            .copied()
            .collect::<Vec<u8>>(),
    );

    let exit_key = NoiseKeypair::from_secret(conclave_fuzz::relay::EXIT_SECRET);
    let exit_id = RelayDescriptor::id_for(&exit_key.public);
    out.put(
        "relay_open",
        "open",
        &open::encode_open(&exit_id, &[7u8; 354]).unwrap(),
    );
    out.put("relay_open", "link", &open::encode_link());
    out.put(
        "relay_open",
        "answer-refused",
        &open::encode_answer(Status::TokenRefused, "spent"),
    );

    out.put("relay_socks", "greeting", &[5, 2, 2, 0]);
    let mut name = vec![5, 1, 0, 3, 11];
    name.extend_from_slice(b"example.org");
    name.extend_from_slice(&443u16.to_be_bytes());
    out.put("relay_socks", "request-name", &name);
    out.put(
        "relay_socks",
        "request-v4",
        &[5, 1, 0, 1, 93, 184, 216, 34, 0, 80],
    );
    let mut v6 = vec![5, 1, 0, 4];
    v6.extend_from_slice(&std::net::Ipv6Addr::LOCALHOST.octets());
    v6.extend_from_slice(&[1, 187]);
    out.put("relay_socks", "request-v6", &v6);
    out.put(
        "relay_socks",
        "http-connect",
        b"CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n",
    );
    out.put(
        "relay_socks",
        "http-connect-v6",
        b"CONNECT [2001:db8::1]:8443 HTTP/1.0\r\n\r\n",
    );

    let descriptor = |secret: u8, roles: Vec<Role>, country: &str, operator: &str| {
        let key = NoiseKeypair::from_secret([secret; 32]).public;
        RelayDescriptor {
            id: RelayDescriptor::id_for(&key),
            roles,
            country: country.into(),
            operator: operator.into(),
            addr: "relay.example.org:8443".into(),
            tls_fp: conclave_relay::hex(&[secret; 32]),
            noise_key: RelayDescriptor::encode_noise_key(&key),
            exit_policy: ExitPolicy::default(),
        }
    };
    let mut exit = descriptor(0x42, vec![Role::Exit], "NL", "beta");
    exit.exit_policy = ExitPolicy {
        allow: vec!["198.18.0.0/15".parse().unwrap()],
        deny: vec![
            "93.184.216.0/24".parse().unwrap(),
            "2001:db8::/32".parse().unwrap(),
        ],
        deny_ports: vec![25, 465],
    };
    let directory = Directory {
        version: DIRECTORY_VERSION,
        operator: "alpha".into(),
        issued_at: conclave_fuzz::relay::NOW_MS - 1000,
        expires_at: conclave_fuzz::relay::NOW_MS + 86_400_000,
        relays: vec![
            descriptor(1, vec![Role::Entry, Role::Exit], "DE", "alpha"),
            exit,
        ],
        issuers: vec![Issuer {
            name: "alpha".into(),
            keys: vec![IssuerKey::new(
                &[0x30, 0x82, 1, 2],
                conclave_fuzz::relay::NOW_MS,
            )],
        }],
    };
    let key = ed25519_dalek::SigningKey::from_bytes(&conclave_fuzz::relay::DIRECTORY_SECRET);
    let signed = SignedDirectory::sign(&directory, &key).unwrap();
    out.put(
        "relay_directory",
        "signed",
        &serde_json::to_vec(&signed).unwrap(),
    );
    out.put("relay_directory", "body", signed.body.as_bytes());
    out.put("relay_directory", "begin", &begin);

    let (_, first) = ClientHandshake::start(&exit_key.public, &[7u8; 354]).unwrap();
    let mut garbage = vec![0u8];
    garbage.extend_from_slice(&first);
    out.put("relay_noise", "first-cell", &garbage);
    let mut real = vec![1u8];
    real.extend_from_slice(&[7u8; 354]);
    out.put("relay_noise", "real-token", &real);
}

/// The SFU's seeds: real offers of the Rust participant (with 2 and 0 receiving pairs), and
/// datagrams as `sfu_datagram` frames them — a STUN binding request head, a DTLS
/// ClientHello record head, an RTP and an RTCP header — from the participant and a stranger.
fn sfu_seeds(out: &mut Out) {
    let offer = conclave_fuzz::sfu::real_offer("127.0.0.2:6000".parse().unwrap());
    out.put("sfu_offer", "participant", offer.as_bytes());
    let datagrams: [(&str, Vec<u8>); 4] = [
        (
            "stun",
            [&[0, 1, 0, 0, 0x21, 0x12, 0xa4, 0x42][..], &[7; 12]].concat(),
        ),
        (
            "dtls",
            [&[22, 0xfe, 0xfd, 0, 0][..], &[0; 8], &[0, 12]].concat(),
        ),
        (
            "rtp",
            [&[0x80, 111, 0, 1, 0, 0, 0, 9, 0, 0, 0, 42][..], &[0x78; 20]].concat(),
        ),
        ("rtcp", vec![0x81, 201, 0, 1, 0, 0, 0, 42]),
    ];
    for (what, d) in &datagrams {
        for flags in [0u8, 1, 3] {
            let mut seed = vec![flags];
            seed.extend(u16::try_from(d.len()).unwrap().to_be_bytes());
            seed.extend(d);
            out.put("sfu_datagram", &format!("{what}-{flags}"), &seed);
        }
    }
}

/// The call media target's seeds: the frames of conclave-call's interop fixture under
/// `AES_128_GCM_SHA256_128` (the keys `conclave_fuzz::sframe::receiver` holds), each after its
/// codec byte (0 Opus, 1 VP8). The fixture is deterministic, so these are too.
fn sframe_seeds(out: &mut Out) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../conclave-call/tests/data/interop.json");
    let fixture: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let suites = fixture["suites"].as_array().unwrap();
    for suite in suites.iter().filter(|s| s["suite"] == 4) {
        for f in suite["frames"].as_array().unwrap() {
            let codec = f["codec"].as_str().unwrap();
            let hex = f["sframe"].as_str().unwrap();
            let mut seed = vec![u8::from(codec != "opus")];
            seed.extend(
                (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()),
            );
            let what = format!(
                "{codec}-leaf{}-ctx{}-epoch{}-ctr{}",
                f["leaf"], f["context"], f["epoch"], f["counter"]
            );
            out.put("sframe_frame", &what, &seed);
        }
    }
}

/// Seeds of the attachment, blob grant and display name targets.
fn new_seeds(out: &mut Out) {
    use conclave_client_core::attachment::{AttachmentRef, FileKey};
    let photo = AttachmentRef {
        blob: [1; 16],
        capability: [2; 32],
        key: FileKey([3; 32]),
        ciphertext_sha256: [4; 32],
        size: 123_456,
        media_type: "image/jpeg".into(),
        name: "cat.jpg".into(),
        thumbnail: Some(vec![0xff, 0xd8, 0xff, 0xe0, 0, 16]),
    };
    out.put("attachment_ref", "photo", &photo.encode().unwrap());
    let odd = AttachmentRef {
        name: "\u{202e}gpj.exe".into(),
        media_type: "text/html; charset=utf-8".into(),
        thumbnail: None,
        size: 0,
        ..photo.clone()
    };
    out.put("attachment_ref", "rlo-name", &odd.encode().unwrap());
    let mut newer = photo.encode().unwrap();
    newer[0] = 2;
    out.put("attachment_ref", "newer", &newer);

    use conclave_server_core::blob_grant;
    let key = conclave_fuzz::blob_grant_key();
    for (what, account, device) in [("grant", 7, 9), ("grant-big-ids", u64::MAX, 1 << 40)] {
        let (grant, _) = blob_grant::issue(
            &key,
            AccountId(account),
            DeviceId(device),
            Timestamp(1_000_000),
            blob_grant::BLOB_GRANT_SECS_DEFAULT,
        );
        out.put("blob_grant", what, &grant);
    }
    let other = conclave_server_core::call_token::CallTokenKey::from_seed(&[1; 32]);
    let (foreign, _) =
        blob_grant::issue(&other, AccountId(7), DeviceId(9), Timestamp(1_000_000), 600);
    out.put("blob_grant", "foreign-issuer", &foreign);

    for (what, name) in [
        ("latin", "Ana María"),
        ("arabic", "محمد"),
        ("cjk", "王小明"),
        ("combining", "Jose\u{301}  Luis"),
        ("cyrillic-lookalike", "\u{410}na"),
        ("rlo", "abc\u{202e}def"),
    ] {
        out.put("display_name", what, name.as_bytes());
    }

    history_seeds(out);
}

fn history_seeds(out: &mut Out) {
    use conclave_client_core::{
        attachment::FileKey,
        engine::{HistoryBody, StoredMessage},
        history::{ConversationHistory, HistoryBundle, HistoryOffer, seal_offer},
    };
    let group = GroupId::new(vec![5; 16]).unwrap();
    let entry = |seq: u64, content: Content| StoredMessage {
        group: group.clone(),
        seq,
        epoch: 1,
        sender: Username::parse("bob").unwrap(),
        sender_device: DeviceId(3),
        at: Timestamp(1_000),
        body: HistoryBody::Message {
            id: [seq as u8; 16],
            sent_at: Timestamp(999),
            content,
        },
    };
    let bundle = HistoryBundle {
        made_at: Timestamp(2_000),
        conversations: vec![ConversationHistory {
            group: group.clone(),
            meta: Some(ConversationMeta::Group {
                name: "team".into(),
            }),
            before: 9,
            entries: vec![
                entry(
                    2,
                    Content::Text {
                        text: "hello".into(),
                    },
                ),
                entry(
                    3,
                    Content::Reaction {
                        to: [2; 16],
                        emoji: "🎉".into(),
                    },
                ),
                entry(
                    4,
                    Content::Edit {
                        to: [2; 16],
                        text: "hello!".into(),
                    },
                ),
                entry(5, Content::Delete { to: [2; 16] }),
            ],
        }],
    };
    out.put("history_bundle", "team", &bundle.encode());
    out.put(
        "history_bundle",
        "empty",
        &HistoryBundle {
            made_at: Timestamp(0),
            conversations: vec![],
        }
        .encode(),
    );
    let [(key, from), (_, to)] = conclave_fuzz::history_offer_devices();
    let offer = HistoryOffer {
        file: conclave_client_core::attachment::AttachmentRef {
            blob: [1; 16],
            capability: [2; 32],
            key: FileKey([3; 32]),
            ciphertext_sha256: [4; 32],
            size: 4096,
            media_type: "application/x-conclave-history".into(),
            name: "history".into(),
            thumbnail: None,
        },
        conversations: 1,
        entries: 4,
        made_at: Timestamp(2_000),
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    out.put(
        "history_offer",
        "offer",
        &seal_offer(&offer, &key, &from, &to, &mut rng).unwrap(),
    );
    let backwards = seal_offer(&offer, &key, &from, &from, &mut rng).unwrap();
    out.put("history_offer", "to-the-sender", &backwards);

    // Typing signals sealed by alice (leaf 0, device 1) at the fixture's epoch; one made by
    // bob's device naming alice's leaf (refused), one a minute old (stale).
    use conclave_client_core::ephemeral::{Signal, seal};
    let (group, epoch, key, _, alice) = conclave_fuzz::ephemeral_fixture();
    let now = conclave_fuzz::EPHEMERAL_NOW;
    for (name, typing) in [("typing", true), ("stopped", false)] {
        let sealed = seal(
            &key,
            epoch,
            &group,
            DeviceId(1),
            0,
            &alice,
            Signal::Typing { typing },
            now,
            &mut rng,
        );
        out.put("ephemeral", name, &sealed.unwrap());
    }
    let forged = seal(
        &key,
        epoch,
        &group,
        DeviceId(2),
        0,
        &alice,
        Signal::Typing { typing: true },
        now,
        &mut rng,
    );
    out.put("ephemeral", "other-sender", &forged.unwrap());
    let stale = seal(
        &key,
        epoch,
        &group,
        DeviceId(1),
        0,
        &alice,
        Signal::Typing { typing: true },
        Timestamp(now.0 - 60_000),
        &mut rng,
    );
    out.put("ephemeral", "stale", &stale.unwrap());
}
