//! Fuzz targets: one function per decoder of bytes that come from the network or from another
//! member. Each feeds its input to the real decoder and checks what should hold beyond "no
//! panic" where that is cheap: a decoded frame has exactly one encoding (the input), decoding
//! what was encoded gives the same value, a payload from a newer version is unreadable content
//! rather than an error, a ledger's balances always sum to zero.
//!
//! `fuzz/` (a cargo-fuzz project, nightly) calls these from libFuzzer; `tests/corpora.rs`
//! replays every committed seed and regression of `fuzz/corpus/<target>/` and
//! `fuzz/regressions/<target>/` through them on stable, so the test command keeps them fixed.
//! A violated property panics: that is how a fuzzer reports a finding.
#![forbid(unsafe_code)]
#![allow(clippy::unwrap_used)] // A panic is this crate's way to report a finding.

use conclave_client_core::{
    HistoryBody, MemberDevice, StoredMessage,
    call::{self, CALL_SIGNAL_VERSION, CallId, CallLog, CallSignal, Media},
    envelope::{Content, Envelope, EnvelopeError},
    ledger::{LEDGER_VERSION, Ledger, LedgerPayload, UnreadableReason},
};
use conclave_proto::{
    ClientFrame, DeviceId, DeviceName, GroupEvent, GroupId, PayloadKind, Request, Response,
    ServerFrame, ServerLink, Timestamp, Username, decode_client, decode_server, encode,
};
use conclave_server_core::{Hub, mls_check};

pub mod relay;
pub mod sframe;
pub mod sfu;
pub use relay::{relay_cell, relay_directory, relay_noise, relay_open, relay_socks};
pub use sframe::sframe_frame;
pub use sfu::{sfu_datagram, sfu_offer};

/// A fuzz target: takes any bytes; panics on a finding.
pub type Target = fn(&[u8]);

/// Every target by name, as `fuzz/fuzz_targets/<name>.rs` and `fuzz/corpus/<name>/` name it.
pub const TARGETS: &[(&str, Target)] = &[
    ("client_frame", client_frame),
    ("server_frame", server_frame),
    ("group_event", group_event),
    ("link", link),
    ("mls_check", mls_check),
    ("envelope", envelope),
    ("ledger_payload", ledger_payload),
    ("call_signal", call_signal),
    ("handover", handover),
    ("bus_message", bus_message),
    ("relay_cell", relay_cell),
    ("relay_open", relay_open),
    ("relay_socks", relay_socks),
    ("relay_directory", relay_directory),
    ("relay_noise", relay_noise),
    ("sframe_frame", sframe_frame),
    ("sfu_datagram", sfu_datagram),
    ("sfu_offer", sfu_offer),
    ("attachment_ref", attachment_ref),
    ("blob_grant", blob_grant),
    ("display_name", display_name),
    ("history_bundle", history_bundle),
    ("history_offer", history_offer),
    ("ephemeral", ephemeral),
];

/// An attachment reference (`Content::Attachment`'s bytes, from another member): decodes or
/// is refused with a reason; a decoded one re-encodes to the same bytes, stays within its
/// limits, and its name as shown and saved holds no control or direction-override character
/// and no path separator.
pub fn attachment_ref(data: &[u8]) {
    use conclave_client_core::attachment::{AttachmentRef, limits};
    let Ok(r) = AttachmentRef::decode(data) else {
        return;
    };
    assert_eq!(
        r.encode().as_deref(),
        Ok(data),
        "one encoding per reference"
    );
    assert!(r.name.len() <= limits::NAME_BYTES_MAX && r.size <= limits::FILE_BYTES_MAX);
    let shown = r.display_name();
    assert!(!shown.is_empty() && !shown.contains(['/', '\\']) && !shown.starts_with('.'));
    assert!(
        !shown
            .chars()
            .any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c)),
        "{shown:?}"
    );
    let media = r.checked_media_type();
    assert!(media.contains('/') && media.is_ascii());
}

/// The key a fuzzed blob grant is checked against (the seeds are grants it signed).
pub fn blob_grant_key() -> conclave_server_core::call_token::CallTokenKey {
    conclave_server_core::call_token::CallTokenKey::from_seed(&[0x42; 32])
}

/// When the seeds' grants are valid (they were issued at 1,000,000 ms for 30 minutes).
pub const BLOB_GRANT_NOW: Timestamp = Timestamp(1_000_000 + 60_000);

/// A blob grant (`Authorization: Conclave-Grant`, from anyone on the network): refused with a
/// reason or admitted, and an admitted one is exactly what the key issued for its claims.
pub fn blob_grant(data: &[u8]) {
    use conclave_server_core::blob_grant;
    let key = blob_grant_key();
    let Ok(claims) = blob_grant::verify(data, &[key.public()], BLOB_GRANT_NOW) else {
        return;
    };
    assert!(claims.expires_at > BLOB_GRANT_NOW && claims.issued_at <= claims.expires_at);
    let lifetime = (claims.expires_at.0 - claims.issued_at.0) as u64 / 1000;
    let (again, _) = blob_grant::issue(
        &key,
        claims.account,
        claims.device,
        claims.issued_at,
        lifetime,
    );
    assert_eq!(again, data, "an admitted grant is one the key signed");
}

/// A display name (`Content::Profile`, from another member): checked to a form that holds no
/// control, direction-override or zero-width character, that checking again leaves alone;
/// folded with a look-alike of it, the warnings never panic.
pub fn display_name(data: &[u8]) {
    use conclave_client_core::profile::{DISPLAY_NAME_CHARS_MAX, DisplayNames, check_display_name};
    let text = String::from_utf8_lossy(data);
    let Ok(name) = check_display_name(&text) else {
        return;
    };
    assert_eq!(
        check_display_name(&name).as_deref(),
        Ok(name.as_str()),
        "idempotent"
    );
    assert!(name.chars().count() <= DISPLAY_NAME_CHARS_MAX);
    assert!(!name.chars().any(|c| c.is_control()
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
        || ('\u{200B}'..='\u{200F}').contains(&c)));
    let entry = |sender: &str, seq: u64| StoredMessage {
        group: GroupId::new(vec![1; 32]).unwrap(),
        seq,
        epoch: 1,
        sender: Username::parse(sender).unwrap(),
        sender_device: DeviceId(seq),
        at: Timestamp(seq as i64),
        body: HistoryBody::Message {
            id: [seq as u8; 16],
            sent_at: Timestamp(seq as i64),
            content: Content::Profile {
                display_name: name.clone(),
            },
        },
    };
    let names = DisplayNames::from_history(&[entry("ana", 1), entry("bob", 2)])
        .with_usernames([&Username::parse("carol").unwrap()]);
    for u in ["ana", "bob", "carol"] {
        let u = Username::parse(u).unwrap();
        let _ = names.label(&u);
        if !name.is_empty() && u.as_str() != "carol" {
            assert!(
                names.warning(&u).is_some(),
                "the same name twice is a look-alike"
            );
        }
    }
}

/// A frame from a client, as the server decodes it, then the checks the server makes of its
/// raw fields (names, MLS framing) before it stores anything.
pub fn client_frame(data: &[u8]) {
    let Ok(frame) = decode_client(data) else {
        return;
    };
    assert_eq!(encode(&frame), data, "a client frame with two encodings");
    match &frame {
        ClientFrame::Register {
            username,
            device_name,
            ..
        } => {
            let _ = Username::parse(username);
            let _ = DeviceName::parse(device_name);
        }
        ClientFrame::JoinDevice { device_name, .. } => {
            let _ = DeviceName::parse(device_name);
        }
        ClientFrame::Request { body, .. } => server_checks(body),
        ClientFrame::Auth { .. } | ClientFrame::Renew { .. } => {}
    }
}

/// What `Core::handle` checks of MLS bytes in a request (see `mls_check`).
fn server_checks(body: &Request) {
    match body {
        Request::PublishKeyPackages {
            one_time,
            last_resort,
        } => {
            for package in one_time.iter().chain(last_resort) {
                let _ = mls_check::check_key_package(package);
            }
        }
        Request::Commit {
            group,
            epoch,
            commit,
            welcome,
            ..
        } => {
            let _ =
                mls_check::check_group_message(commit, group, *epoch, mls_check::Expect::Commit);
            if let Some(welcome) = welcome {
                let _ = mls_check::check_welcome(welcome);
            }
        }
        Request::GroupMessage {
            group,
            epoch,
            message,
        }
        | Request::GroupMessageExpiring {
            group,
            epoch,
            message,
            ..
        }
        | Request::GroupRing {
            group,
            epoch,
            message,
        } => {
            let _ = mls_check::check_group_message(
                message,
                group,
                *epoch,
                mls_check::Expect::Application,
            );
        }
        _ => {}
    }
}

/// A frame from a server, as a client decodes it, with the group events of its deliveries.
pub fn server_frame(data: &[u8]) {
    let Ok(frame) = decode_server(data) else {
        return;
    };
    assert_eq!(encode(&frame), data, "a server frame with two encodings");
    let deliveries = match &frame {
        ServerFrame::Deliver(d) => std::slice::from_ref(d),
        ServerFrame::Response {
            result: Ok(Response::Queue(queue)),
            ..
        } => queue.as_slice(),
        _ => &[],
    };
    for d in deliveries.iter().filter(|d| d.kind == PayloadKind::Group) {
        group_event(&d.payload);
    }
    // Error texts and codes from the server are shown to people.
    if let ServerFrame::Fatal(e) | ServerFrame::Response { result: Err(e), .. } = &frame {
        let _ = e.to_string();
    }
}

/// A group event of a delivery (what the delivery service made of a commit or message).
pub fn group_event(data: &[u8]) {
    let Ok(event) = GroupEvent::decode(data) else {
        return;
    };
    assert_eq!(event.encode(), data, "a group event with two encodings");
    let _ = event.group();
}

/// A server link (invitation or device link) as pasted by a person or opened by a browser.
pub fn link(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(link) = ServerLink::parse(&text) else {
        return;
    };
    // What a link prints is that link: shown to people, and pasted into another client.
    let printed = link.to_string();
    assert_eq!(
        ServerLink::parse(&printed).as_ref(),
        Ok(&link),
        "the link {printed:?} reads back as another link"
    );
    let web = ServerLink::parse(&link.to_web_url()).unwrap();
    assert_eq!(
        (web.kind, &web.host, web.port, &web.code),
        (link.kind, &link.host, link.port, &link.code),
        "the web form of a link names another server or code"
    );
    let _ = link.nodes();
}

/// The server's framing check of MLS bytes: `[epoch][group id length][group id][MLS bytes]`,
/// each check fn on the same bytes (the prefix gives the group and epoch a request claims).
pub fn mls_check(data: &[u8]) {
    let Some((&epoch, rest)) = data.split_first() else {
        return;
    };
    let Some((&len, rest)) = rest.split_first() else {
        return;
    };
    let len = usize::from(len).min(rest.len());
    let (group, bytes) = rest.split_at(len);
    let Some(group) = GroupId::new(group.to_vec()) else {
        return;
    };
    let epoch = u64::from(epoch);
    let commit =
        mls_check::check_group_message(bytes, &group, epoch, mls_check::Expect::Commit).is_ok();
    let application =
        mls_check::check_group_message(bytes, &group, epoch, mls_check::Expect::Application)
            .is_ok();
    let welcome = mls_check::check_welcome(bytes).is_ok();
    let _ = mls_check::check_key_package(bytes);
    // One MLS message has one content type: a commit, an application message or a Welcome.
    assert!(
        u8::from(commit) + u8::from(application) + u8::from(welcome) <= 1,
        "MLS bytes accepted as more than one kind (commit {commit}, application \
         {application}, welcome {welcome})"
    );
}

/// The envelope inside an MLS application message, from another member.
pub fn envelope(data: &[u8]) {
    let envelope = match Envelope::decode(data) {
        Ok(envelope) => envelope,
        Err(EnvelopeError::Version(v)) => {
            assert_ne!(v, conclave_client_core::envelope::ENVELOPE_VERSION);
            return;
        }
        Err(EnvelopeError::Unsupported(kind)) => {
            assert!(kind >= conclave_client_core::envelope::CONTENT_KINDS);
            return;
        }
        Err(EnvelopeError::Malformed(_)) => return,
    };
    let again = Envelope::decode(&envelope.encode());
    assert_eq!(
        again.as_ref(),
        Ok(&envelope),
        "an envelope changes when re-encoded"
    );
    let _ = envelope.content.summary();
    if let Content::Ledger { payload } = &envelope.content {
        ledger_properties(payload);
    }
    if let Content::Call { signal } = &envelope.content {
        call_properties(signal);
    }
}

/// A call signal (`Content::Call`'s bytes): never an error, what cannot be read keeps its
/// bytes, and folded into a conversation with a running call it changes the call or is
/// ignored with a reason, never a panic or a negative duration.
pub fn call_signal(data: &[u8]) {
    let signal = CallSignal::from_bytes(data);
    call_properties(&signal);
    if let Some(&v) = data.first()
        && v > CALL_SIGNAL_VERSION
    {
        assert!(
            matches!(&signal, CallSignal::Unreadable(u) if u.reason == call::UnreadableReason::NewerVersion(v)),
            "a signal of a newer version {v} is not unreadable: {signal:?}"
        );
    }
    let members: Vec<MemberDevice> = DEVICES[..2]
        .iter()
        .map(|&(name, id)| MemberDevice {
            username: Username::parse(name).unwrap(),
            device: DeviceId(id),
            key: [0; 32],
        })
        .collect();
    let message = |seq: u64, device: usize, secs: i64, signal: CallSignal| StoredMessage {
        group: GroupId::new(b"fuzz".to_vec()).unwrap(),
        seq,
        epoch: 1,
        sender: members[device].username.clone(),
        sender_device: members[device].device,
        at: Timestamp(secs * 1000),
        body: HistoryBody::Message {
            id: [seq as u8; 16],
            sent_at: Timestamp(secs * 1000),
            content: call::content(signal),
        },
    };
    let invite = CallSignal::Invite {
        call_id: signal.call_id().unwrap_or(CallId([0; 16])),
        media: Media::Audio,
    };
    let history = [
        message(1, 0, 10, invite),
        message(2, 1, 20, signal.clone()),
        message(3, 0, 30, signal),
    ];
    for now in [0, 25_000, 100_000] {
        let log = CallLog::from_history(&history, &members, Timestamp(now));
        assert!(log.calls().len() <= 1, "one invitation, at most one call");
        for c in log.calls() {
            assert!(
                c.duration_ms().is_none_or(|d| d >= 0),
                "a negative duration"
            );
            for m in &members {
                let _ = c.describe(&m.username, Timestamp(now));
            }
        }
        for i in log.ignored() {
            assert!(!i.reason.is_empty(), "ignored without a reason");
        }
    }
}

fn call_properties(signal: &CallSignal) {
    let _ = signal.summary();
    let bytes = signal.to_bytes();
    match signal {
        CallSignal::Unreadable(u) => assert_eq!(bytes, u.bytes, "unreadable bytes changed"),
        _ => assert_eq!(
            &CallSignal::from_bytes(&bytes),
            signal,
            "a call signal changes when re-encoded"
        ),
    }
}

/// A ledger payload (`Content::Ledger`'s bytes): never an error, and what cannot be read keeps
/// its bytes.
pub fn ledger_payload(data: &[u8]) {
    let payload = LedgerPayload::from_bytes(data);
    ledger_properties(&payload);
    match data.first() {
        Some(&v) if v > LEDGER_VERSION => assert!(
            matches!(
                &payload,
                LedgerPayload::Unreadable(u) if u.reason == UnreadableReason::NewerVersion(v)
            ),
            "a payload of a newer version {v} is not unreadable: {payload:?}"
        ),
        _ => {}
    }
}

fn ledger_properties(payload: &LedgerPayload) {
    let _ = payload.summary();
    let bytes = payload.to_bytes();
    match payload {
        LedgerPayload::Unreadable(u) => assert_eq!(bytes, u.bytes, "unreadable bytes changed"),
        LedgerPayload::Op(_) | LedgerPayload::HandOver(_) => assert_eq!(
            &LedgerPayload::from_bytes(&bytes),
            payload,
            "a ledger payload changes when re-encoded"
        ),
    }
}

/// The devices of the ledger histories `handover` builds: (account, device).
const DEVICES: [(&str, u64); 4] = [("alice", 1), ("bob", 2), ("carol", 3), ("alice", 4)];

fn member(i: usize) -> MemberDevice {
    let (name, device) = DEVICES[i % DEVICES.len()];
    MemberDevice {
        // A constant name of the table above.
        username: Username::parse(name).unwrap(),
        device: DeviceId(device),
        key: [device as u8; 32],
    }
}

/// The bytes of a conversation's history, one message after another, as `handover` reads them.
///
/// First byte: the device whose view to compute (0: a device that holds the whole history, else
/// `DEVICES[n - 1]`, or a device the history never names). Then messages, each a header byte
/// `h` (sender `DEVICES[h & 3]`, kind `h >> 2 & 3`, a gap of `h >> 4` before its sequence
/// number) and, for kinds 0 and 2, a little-endian `u16` length and that many bytes:
/// 0: a ledger payload's bytes (in an envelope), 1: a membership change, two more bytes, the
/// masks of `DEVICES` added and removed, 2: an envelope's bytes, 3: a message this device could
/// not read.
pub fn history(data: &[u8]) -> Option<(Vec<StoredMessage>, Option<DeviceId>)> {
    let (&me, mut rest) = data.split_first()?;
    let me = match me {
        0 => None,
        n => Some(DeviceId(u64::from(n))),
    };
    let group = GroupId::new(vec![0xf0; 32])?;
    let mut messages = Vec::new();
    let mut seq = 0u64;
    let take = |rest: &mut &[u8], n: usize| -> Vec<u8> {
        let n = n.min(rest.len());
        let (head, tail) = rest.split_at(n);
        *rest = tail;
        head.to_vec()
    };
    while let Some((&h, tail)) = rest.split_first() {
        rest = tail;
        seq += 1 + u64::from(h >> 4);
        let sender = member(usize::from(h & 3));
        let bytes = |rest: &mut &[u8]| {
            let len = take(rest, 2);
            let len = match len.as_slice() {
                [a, b] => usize::from(u16::from_le_bytes([*a, *b])),
                _ => 0,
            };
            take(rest, len)
        };
        let message_id = |seq: u64| {
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&seq.to_le_bytes());
            id
        };
        let body = match (h >> 2) & 3 {
            0 => HistoryBody::Message {
                id: message_id(seq),
                sent_at: Timestamp(seq as i64),
                content: Content::Ledger {
                    payload: LedgerPayload::from_bytes(&bytes(&mut rest)),
                },
            },
            1 => {
                let masks = take(&mut rest, 2);
                let devices = |mask: u8| -> Vec<MemberDevice> {
                    (0..DEVICES.len())
                        .filter(|i| mask & (1 << i) != 0)
                        .map(member)
                        .collect()
                };
                HistoryBody::Membership {
                    added: devices(masks.first().copied().unwrap_or(0)),
                    removed: devices(masks.get(1).copied().unwrap_or(0)),
                }
            }
            2 => match Envelope::decode(&bytes(&mut rest)) {
                Ok(e) => HistoryBody::Message {
                    id: e.id,
                    sent_at: e.sent_at,
                    content: e.content,
                },
                Err(e) => HistoryBody::Unreadable {
                    reason: e.to_string(),
                },
            },
            _ => HistoryBody::Unreadable {
                reason: "from a newer client".into(),
            },
        };
        messages.push(StoredMessage {
            group: group.clone(),
            seq,
            epoch: 1,
            sender: sender.username,
            sender_device: sender.device,
            at: Timestamp(seq as i64),
            body,
        });
    }
    Some((messages, me))
}

/// A conversation's ledger folded from a history of ledger payloads, hand-over parts among them
/// (reassembled, checked for form, adopted by the device they are for, compared by the others),
/// and membership changes. Balances sum to zero per currency; settling up settles them.
pub fn handover(data: &[u8]) {
    let Some((history, me)) = history(data) else {
        return;
    };
    let members_now: Vec<MemberDevice> = (0..DEVICES.len()).map(member).collect();
    let ledger = Ledger::from_history_of(&history, &members_now, me);
    for (currency, balances) in ledger.balances() {
        let sum: i128 = balances.values().map(|v| i128::from(*v)).sum();
        assert_eq!(sum, 0, "{currency} balances sum to {sum}");
    }
    let mut settled = ledger.balances().clone();
    for t in ledger.settle_up() {
        let b = settled.entry(t.currency).or_default();
        *b.entry(t.from.clone()).or_default() += t.amount;
        *b.entry(t.to.clone()).or_default() -= t.amount;
    }
    for (currency, balances) in &settled {
        assert!(
            balances.values().all(|v| *v == 0),
            "{currency}: settling up leaves {balances:?}"
        );
    }
    // (Not its JSON and CSV renderings: they are half the time of a run and read only the
    // fold's own values, which their unit tests cover.)
    for record in ledger.records() {
        let _ = record.describe();
    }
}

/// `conclave_server_core`'s `hub::MAILBOX_ENTRIES_MAX` (not exported): what a mailbox holds at most.
const MAILBOX_ENTRIES_MAX: usize = 256;

/// A NATS bus message from another node of the cluster, decoded and applied to a hub with a
/// few attached sessions.
pub fn bus_message(data: &[u8]) {
    let hub = Hub::default();
    let attached: Vec<_> = (1..=4).map(|d| hub.attach(DeviceId(d))).collect();
    let me = 7;
    let applied = conclave_server_bus_nats::receive(&hub, me, data);
    if applied {
        let canonical = conclave_server_bus_nats::reencode(data).unwrap();
        assert_eq!(canonical, data, "a bus message with two encodings");
    }
    for a in &attached {
        let mailbox = a.mailbox.lock().unwrap_or_else(|p| p.into_inner());
        assert!(
            mailbox.entries.len() <= MAILBOX_ENTRIES_MAX,
            "a mailbox over its bound"
        );
    }
}

/// A history bundle (the decrypted blob another device of the account sent): refused with a
/// reason, or within its limits, every conversation once and its entries in server order at
/// or below where the new device's own history begins.
pub fn history_bundle(data: &[u8]) {
    use conclave_client_core::history::{HistoryBundle, limits};
    let Ok(b) = HistoryBundle::decode(data) else {
        return;
    };
    assert!(b.conversations.len() <= limits::CONVERSATIONS_MAX);
    assert!(b.entries() <= limits::ENTRIES_MAX);
    for c in &b.conversations {
        assert!(c.entries.windows(2).all(|w| w[0].seq < w[1].seq));
        assert!(
            c.entries
                .iter()
                .all(|e| e.seq <= c.before && e.group == c.group)
        );
    }
    assert_eq!(HistoryBundle::decode(&b.encode()).as_ref(), Ok(&b));
}

/// The devices of a fuzzed history offer: `(secret, member)` of the sender and the recipient
/// (the seeds are offers the first sealed to the second).
pub fn history_offer_devices() -> [(
    ed25519_dalek::SigningKey,
    conclave_client_core::engine::MemberDevice,
); 2] {
    [(0x11, 1), (0x22, 2)].map(|(seed, device)| {
        let key = ed25519_dalek::SigningKey::from_bytes(&[seed; 32]);
        let member = conclave_client_core::engine::MemberDevice {
            username: conclave_proto::Username::parse("alice").unwrap(),
            device: conclave_proto::DeviceId(device),
            key: key.verifying_key().to_bytes(),
        };
        (key, member)
    })
}

/// A sealed history offer (an opaque payload from any device on the server): opens only for
/// its recipient from its signer, and what opens is a reference within its limits.
pub fn history_offer(data: &[u8]) {
    use conclave_client_core::history::open_offer;
    let [(_, from), (key, me)] = history_offer_devices();
    let Ok(offer) = open_offer(data, &key, &me, &from) else {
        return;
    };
    assert!(offer.file.encode().is_ok());
    // The sender's own key opens nothing sealed to another device.
    let [(sender_key, sender), _] = history_offer_devices();
    assert!(open_offer(data, &sender_key, &sender, &from).is_err());
}

/// When the seeds of the `ephemeral` target were sealed, and when the target opens them.
pub const EPHEMERAL_NOW: Timestamp = Timestamp(1_800_000_000_000);

/// What the seeds of the `ephemeral` target were sealed under: the group, its epoch, the
/// epoch's signal key, the member leaves (leaf 0 is alice's device 1, whose key signs the
/// seeds; leaf 1 is bob's device 2) and alice's secret key.
pub fn ephemeral_fixture() -> (
    GroupId,
    u64,
    [u8; 32],
    Vec<(u32, MemberDevice)>,
    ed25519_dalek::SigningKey,
) {
    let alice = ed25519_dalek::SigningKey::from_bytes(&[0x31; 32]);
    let bob = ed25519_dalek::SigningKey::from_bytes(&[0x32; 32]);
    let leaves = [("alice", 1, &alice), ("bob", 2, &bob)]
        .into_iter()
        .enumerate()
        .map(|(leaf, (name, device, key))| {
            let member = MemberDevice {
                username: Username::parse(name).unwrap(),
                device: DeviceId(device),
                key: key.verifying_key().to_bytes(),
            };
            (leaf as u32, member)
        })
        .collect();
    (
        GroupId::new(vec![0x47; 16]).unwrap(),
        5,
        [0x45; 32],
        leaves,
        alice,
    )
}

/// A sealed ephemeral signal (a typing indicator the server relays from any member): opens
/// only as the leaf it names when that leaf is the device the server named, within the age
/// limit; the same bytes said to come from another device never open.
pub fn ephemeral(data: &[u8]) {
    use conclave_client_core::ephemeral::{SIGNAL_AGE_MS_MAX, open};
    let (group, epoch, key, leaves, _) = ephemeral_fixture();
    let Ok(r) = open(
        data,
        &group,
        DeviceId(1),
        epoch,
        &key,
        &leaves,
        EPHEMERAL_NOW,
    ) else {
        return;
    };
    assert_eq!(r.from.device, DeviceId(1));
    assert!((r.sent_at.0 - EPHEMERAL_NOW.0).abs() <= SIGNAL_AGE_MS_MAX);
    assert!(
        open(
            data,
            &group,
            DeviceId(2),
            epoch,
            &key,
            &leaves,
            EPHEMERAL_NOW
        )
        .is_err()
    );
    assert!(
        open(
            data,
            &group,
            DeviceId(1),
            epoch + 1,
            &key,
            &leaves,
            EPHEMERAL_NOW
        )
        .is_err()
    );
}
