//! C2, call media through the SFU of the real server binary: three Rust participants (str0m
//! peers, `conclave_sfu::participant`) join a call of a three-member conversation with the
//! call tokens their CLI devices got, over HTTPS (`POST /v1/call/join`) and UDP on loopback;
//! they send audio and video canary frames SFrame-encrypted with `conclave-call`. Every
//! receiver decrypts each sender's canaries; what the SFU forwarded (its `danger_media_tap`
//! file) never holds a canary and every payload is an SFrame of one of the senders; joins
//! without a valid token are refused with the token's reason; the 51st participant is
//! refused.
//!
//! The SFrame base key stands in for the group's MLS exporter output (the devices' MLS state
//! is inside the CLI's homes): what is tested here is the SFU, which holds no key either way.

use std::collections::{HashMap, HashSet};
use std::net::{SocketAddr, UdpSocket};
use std::path::Path;
use std::time::{Duration, Instant};

use conclave_call::{BaseKey, CallKeys, Codec, KeyTiming, Suite};
use conclave_proto::{DeviceId, GroupId, Timestamp};
use conclave_server_core::call_token::CallTokenKey;
use conclave_sfu::participant::Participant;
use conclave_sfu::str0m::media::MediaKind;
use conclave_tests::{TestServer, cli_ok, https_post, invite};

const CANARY: &[u8] = b"CANARY-7f3a9c";

/// `conclave-call`'s clock (milliseconds since the test began).
fn ms() -> conclave_call::Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    conclave_call::Instant::from_millis(u64::try_from(start.elapsed().as_millis()).unwrap())
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out.trim()).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn wall_now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    Timestamp(i64::try_from(ms).unwrap())
}

/// `POST /v1/call/join`: (status, JSON body).
fn join(
    server: &TestServer,
    group: &str,
    call_id: &str,
    token: &str,
    offer: &str,
) -> (u16, serde_json::Value) {
    let body = serde_json::json!({
        "group": group, "call_id": call_id, "token": token, "offer": offer,
    })
    .to_string();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (status, text) = rt.block_on(async {
        tokio::time::timeout(
            Duration::from_secs(20),
            https_post(&server.endpoint, "/v1/call/join", body.as_bytes()),
        )
        .await
        .expect("the join is answered")
    });
    (status, json(&text))
}

struct Peer {
    name: &'static str,
    socket: UdpSocket,
    rtc: Participant,
    keys: CallKeys,
    leaf: u32,
}

impl Peer {
    /// Moves datagrams both ways and fires timers; returns whether anything happened.
    fn pump(&mut self) -> bool {
        let mut busy = false;
        let mut buf = [0u8; 2048];
        while let Ok((n, from)) = self.socket.recv_from(&mut buf) {
            self.rtc
                .handle_datagram(Instant::now(), from, &buf[..n])
                .unwrap();
            busy = true;
        }
        if self.rtc.next_timeout().is_some_and(|t| t <= Instant::now()) {
            self.rtc.handle_timeout(Instant::now()).unwrap();
        }
        while let Some(t) = self.rtc.poll_transmit() {
            let _ = self.socket.send_to(&t.contents, t.destination);
            busy = true;
        }
        busy
    }
}

fn pump_all(peers: &mut [Peer], for_: Duration) {
    let end = Instant::now() + for_;
    while Instant::now() < end {
        let mut busy = false;
        for p in peers.iter_mut() {
            busy |= p.pump();
        }
        if !busy {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

fn timing() -> KeyTiming {
    KeyTiming::new(Duration::from_millis(0), Duration::from_secs(10)).unwrap()
}

/// The tap file: `[u32 BE length][payload]` records.
fn tapped(path: &Path) -> Vec<Vec<u8>> {
    let bytes = std::fs::read(path).unwrap_or_default();
    let mut out = Vec::new();
    let mut rest = &bytes[..];
    while rest.len() >= 4 {
        let n = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
        assert!(rest.len() >= 4 + n, "a truncated tap record");
        out.push(rest[4..4 + n].to_vec());
        rest = &rest[4 + n..];
    }
    out
}

#[test]
fn three_participants_exchange_sframe_canaries_through_the_sfu_which_sees_only_ciphertext() {
    let temp = tempfile::tempdir().unwrap();
    let tap = temp.path().join("media.tap");
    let server = TestServer::start_with_config(&format!(
        "danger_media_tap = {:?}\n",
        tap.display().to_string()
    ));
    let dir = temp.path().join("homes");
    let names = ["alice", "bob", "carol"];
    let admin = server.admin_link.clone().unwrap().to_string();
    cli_ok(&dir.join("alice"), &["join", &admin, "--name", "alice"]);
    for name in &names[1..] {
        cli_ok(
            &dir.join(name),
            &["join", &invite(&dir.join("alice")), "--name", name],
        );
    }
    cli_ok(
        &dir.join("alice"),
        &["group", "create", "trio", "--members", "bob,carol"],
    );
    let started = json(&cli_ok(
        &dir.join("alice"),
        &["call", "start", "#trio", "--video", "--json"],
    ));
    let call_id = started["call_id"].as_str().unwrap().to_owned();
    let group = started["group"].as_str().unwrap().to_owned();

    // Each device asks its server for a call token and joins the SFU with a str0m peer.
    let base = vec![0x5a; Suite::CALLS.key_len()];
    let mut peers = Vec::new();
    for (leaf, name) in names.iter().enumerate() {
        let home = dir.join(name);
        let t = json(&cli_ok(&home, &["call", "token", "#trio", "--json"]));
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        socket.set_nonblocking(true).unwrap();
        let (mut rtc, offer) =
            Participant::new(Instant::now(), socket.local_addr().unwrap(), 2).unwrap();
        let (status, answer) = join(
            &server,
            &group,
            &call_id,
            t["token"].as_str().unwrap(),
            &offer,
        );
        assert_eq!(status, 200, "{answer}");
        rtc.accept_answer(Instant::now(), answer["answer"].as_str().unwrap())
            .unwrap();
        let leaf = u32::try_from(leaf).unwrap();
        let mut keys = CallKeys::new(Suite::CALLS, leaf, timing()).unwrap();
        keys.add_epoch(ms(), 1, BaseKey::new(Suite::CALLS, &base).unwrap())
            .unwrap();
        peers.push(Peer {
            name,
            socket,
            rtc,
            keys,
            leaf,
        });
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while !peers.iter().all(|p| p.rtc.is_connected()) {
        assert!(Instant::now() < deadline, "ICE/DTLS did not complete");
        pump_all(&mut peers, Duration::from_millis(20));
    }
    // Let the SFU see DTLS complete on its side too.
    pump_all(&mut peers, Duration::from_millis(300));

    // 30 frames of audio (Opus TOC + canary) and video (a VP8 key frame header + canary).
    for n in 0..30u32 {
        for p in peers.iter_mut() {
            let now = Instant::now();
            let mut audio = vec![0x78];
            audio.extend_from_slice(CANARY);
            audio.extend_from_slice(format!("-{}-audio-{n}", p.name).as_bytes());
            let mut video = vec![0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x40, 0x01, 0xf0, 0x00];
            video.extend_from_slice(CANARY);
            video.extend_from_slice(format!("-{}-video-{n}", p.name).as_bytes());
            let audio = p.keys.encrypt(ms(), 0, Codec::Opus, &audio).unwrap();
            let video = p.keys.encrypt(ms(), 1, Codec::Vp8, &video).unwrap();
            assert!(!conclave_tests::contains(&audio, CANARY));
            p.rtc
                .send_frame(now, MediaKind::Audio, n * 960, audio)
                .unwrap();
            p.rtc
                .send_frame(now, MediaKind::Video, n * 3000, video)
                .unwrap();
        }
        pump_all(&mut peers, Duration::from_millis(20));
    }
    pump_all(&mut peers, Duration::from_millis(500));

    // Every receiver decrypts every other sender's canaries, audio and video.
    for p in peers.iter_mut() {
        let mut recovered: HashMap<(u16, MediaKind), HashSet<Vec<u8>>> = HashMap::new();
        for r in p.rtc.take_received() {
            let codec = match r.kind {
                MediaKind::Audio => Codec::Opus,
                MediaKind::Video => Codec::Vp8,
            };
            let d = p
                .keys
                .decrypt(ms(), codec, &r.payload)
                .unwrap_or_else(|e| panic!("{} cannot decrypt a frame: {e}", p.name));
            assert!(conclave_tests::contains(&d.frame, CANARY));
            recovered
                .entry((d.kid.leaf(), r.kind))
                .or_default()
                .insert(d.frame);
        }
        for other in (0..3u16).filter(|l| u32::from(*l) != p.leaf) {
            for kind in [MediaKind::Audio, MediaKind::Video] {
                let got = recovered.get(&(other, kind)).map_or(0, HashSet::len);
                assert!(
                    got >= 25,
                    "{} recovered {got} of 30 {kind:?} canaries of leaf {other}",
                    p.name
                );
            }
        }
        assert!(
            !recovered.keys().any(|(leaf, _)| u32::from(*leaf) == p.leaf),
            "{} got its own media back",
            p.name
        );
    }

    // What the SFU forwarded: no canary, and each payload an SFrame of one of the senders
    // (a device holding the key decrypts it; the SFU holds none).
    let records = tapped(&tap);
    assert!(records.len() >= 3 * 2 * 25, "{} tapped", records.len());
    let mut auditor = CallKeys::new(Suite::CALLS, 9, timing()).unwrap();
    auditor
        .add_epoch(ms(), 1, BaseKey::new(Suite::CALLS, &base).unwrap())
        .unwrap();
    for record in &records {
        assert!(
            !conclave_tests::contains(record, CANARY),
            "a canary at the SFU"
        );
        let opus = auditor.decrypt(ms(), Codec::Opus, record);
        let d = opus
            .or_else(|_| auditor.decrypt(ms(), Codec::Vp8, record))
            .expect("every forwarded payload is an SFrame of a sender");
        assert!(d.kid.leaf() < 3 && d.kid.epoch_low() == 1);
    }

    // The operator sees the SFU's work in its metrics (counts only).
    let metrics_addr = server.metrics.expect("a metrics listener");
    let (status, metrics) = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(conclave_tests::http_get(metrics_addr, "/metrics", ""));
    assert_eq!(status, 200);
    let counter = |name: &str| -> u64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name} ")))
            .unwrap_or_else(|| panic!("{name} missing: {metrics}"))
            .parse()
            .unwrap()
    };
    assert!(counter("conclave_sfu_joins_total") >= 3);
    assert!(counter("conclave_sfu_rtp_forwarded_total") >= records.len() as u64);

    // Refusals, each with its reason.
    let (_, offer) = Participant::new(Instant::now(), "127.0.0.1:9".parse().unwrap(), 1).unwrap();
    let t = json(&cli_ok(
        &dir.join("bob"),
        &["call", "token", "#trio", "--json"],
    ));
    let mut forged = unhex(t["token"].as_str().unwrap());
    forged[60] ^= 1;
    let (status, body) = join(&server, &group, &call_id, &hex(&forged), &offer);
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"], "token");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("signature does not verify"),
        "{body}"
    );
    let (status, body) = join(
        &server,
        &group,
        &hex(&[1; 16]),
        t["token"].as_str().unwrap(),
        &offer,
    );
    assert_eq!(status, 403, "{body}");
    assert!(
        body["message"].as_str().unwrap().contains("another call"),
        "{body}"
    );
    let (status, body) = join(&server, &group, &call_id, "", &offer);
    assert_eq!(status, 403, "{body}");
    let (status, body) = join(&server, &group, &call_id, "zz", &offer);
    assert_eq!(status, 400, "{body}");

    // Fill the call to 50 with tokens signed by the server's key (read from its data
    // directory, as a second node's SFU would trust it), then the 51st is refused.
    let seed = std::fs::read(server.data.join(conclave_server::call_tokens::FILE)).unwrap();
    let key = CallTokenKey::from_seed(&seed.try_into().unwrap());
    let group_id = GroupId::new(unhex(&group)).unwrap();
    let call: [u8; 16] = unhex(&call_id).try_into().unwrap();
    for device in 1_000..1_047u64 {
        let (token, _) = key.issue(&group_id, call, DeviceId(device), wall_now(), 300);
        let (status, body) = join(&server, &group, &call_id, &hex(&token), &offer);
        assert_eq!(status, 200, "participant {device}: {body}");
    }
    let (token, _) = key.issue(&group_id, call, DeviceId(2_000), wall_now(), 300);
    let (status, body) = join(&server, &group, &call_id, &hex(&token), &offer);
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"], "room_full");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("50 participants"),
        "{body}"
    );
    // The media already flowing is not disturbed by all that.
    for p in peers.iter_mut() {
        let _ = p.rtc.take_received();
    }
    for p in peers.iter_mut() {
        let now = Instant::now();
        let frame = p.keys.encrypt(ms(), 0, Codec::Opus, b"\x78after").unwrap();
        p.rtc
            .send_frame(now, MediaKind::Audio, 99 * 960, frame)
            .unwrap();
    }
    pump_all(&mut peers, Duration::from_millis(300));
    for p in peers.iter_mut() {
        assert_eq!(p.rtc.take_received().len(), 2, "{}", p.name);
    }
    let _: SocketAddr = server.addr;
}

/// The UDP port of the host candidate an SFU answer names (the node the call lives on).
fn answer_udp_port(answer: &str) -> u16 {
    answer
        .lines()
        .filter(|l| l.starts_with("a=candidate") && l.to_lowercase().contains(" udp "))
        .find_map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            let typ = words.iter().position(|w| *w == "typ")?;
            words.get(typ.checked_sub(1)?)?.parse().ok()
        })
        .unwrap_or_else(|| panic!("no UDP candidate in {answer}"))
}

/// Each peer sends `n` audio canaries; returns how many of the other's each decrypted.
fn exchange_audio(peers: &mut [Peer], round: &str, n: u32) -> Vec<usize> {
    for i in 0..n {
        for p in peers.iter_mut() {
            let mut audio = vec![0x78];
            audio.extend_from_slice(CANARY);
            audio.extend_from_slice(format!("-{}-{round}-{i}", p.name).as_bytes());
            let audio = p.keys.encrypt(ms(), 0, Codec::Opus, &audio).unwrap();
            p.rtc
                .send_frame(Instant::now(), MediaKind::Audio, i * 960, audio)
                .unwrap();
        }
        pump_all(peers, Duration::from_millis(20));
    }
    pump_all(peers, Duration::from_millis(500));
    peers
        .iter_mut()
        .map(|p| {
            let mut got = HashSet::new();
            for r in p.rtc.take_received() {
                let d = p.keys.decrypt(ms(), Codec::Opus, &r.payload).unwrap();
                let text = String::from_utf8_lossy(&d.frame).into_owned();
                assert!(!text.contains(&format!("-{}-", p.name)), "own media back");
                if text.contains(&format!("-{round}-")) {
                    got.insert(text);
                }
            }
            got.len()
        })
        .collect()
}

/// A str0m peer on a fresh socket, joined through `endpoint` (the node its device is
/// connected to); returns the peer and the media port its answer names.
async fn join_through(
    endpoint: &conclave_client::Endpoint,
    name: &'static str,
    leaf: u32,
    group: &GroupId,
    call: &[u8; 16],
    token: &[u8],
    base: &[u8],
) -> (Peer, u16) {
    let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
    socket.set_nonblocking(true).unwrap();
    let (mut rtc, offer) =
        Participant::new(Instant::now(), socket.local_addr().unwrap(), 1).unwrap();
    let body = serde_json::json!({
        "group": hex(group.as_bytes()), "call_id": hex(call), "token": hex(token), "offer": offer,
    })
    .to_string();
    let (status, text) = tokio::time::timeout(
        Duration::from_secs(20),
        conclave_tests::https_post(endpoint, "/v1/call/join", body.as_bytes()),
    )
    .await
    .expect("the join is answered");
    assert_eq!(status, 200, "{text}");
    let answer = json(&text);
    let sdp = answer["answer"].as_str().unwrap();
    rtc.accept_answer(Instant::now(), sdp).unwrap();
    let mut keys = CallKeys::new(Suite::CALLS, leaf, timing()).unwrap();
    keys.add_epoch(ms(), 1, BaseKey::new(Suite::CALLS, base).unwrap())
        .unwrap();
    let port = answer_udp_port(sdp);
    (
        Peer {
            name,
            socket,
            rtc,
            keys,
            leaf,
        },
        port,
    )
}

fn connect(peers: &mut [Peer]) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !peers.iter().all(|p| p.rtc.is_connected()) {
        assert!(Instant::now() < deadline, "ICE/DTLS did not complete");
        pump_all(peers, Duration::from_millis(20));
    }
    pump_all(peers, Duration::from_millis(300));
}

/// Issue 12, cluster mode: two members connected to different nodes join one call each
/// through their own node, with a token their own node signed; the call is placed on one node
/// (rendezvous hashing of the call id over the nodes that announce media) and the other node
/// forwards its member's join there over NATS, so both answers name the same media port and
/// (the call id is chosen so that the call's node is the second, which the first node did not
/// know of when it started: its join makes it read the cluster's media nodes again)
/// the media flows. When that node is killed, both join again through the surviving node
/// (the dead node has no responder left on the bus) and talk there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_cluster_a_call_lives_on_one_node_and_moves_when_that_node_dies() {
    use rand::SeedableRng as _;
    let mut cluster = conclave_tests::cluster::Cluster::start(2).await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(12);
    let home = tempfile::tempdir().unwrap();
    let mut alice = conclave_tests::harness::Device::register_on(
        &cluster.endpoints_from(0),
        cluster.invite_link().code,
        "alice",
        home.path().join("alice"),
        &mut rng,
    )
    .await;
    let bob = conclave_tests::harness::Device::register_on(
        &cluster.endpoints_from(1),
        cluster.invite_link().code,
        "bob",
        home.path().join("bob"),
        &mut rng,
    )
    .await;
    let group = alice.m_mut().direct(&bob.username).await.unwrap();
    // A call whose node is the second one: the first node read the media nodes before the
    // second existed, so its member's join must make it read them again before placing.
    let announced: Vec<conclave_server::call_placement::CallNode> = cluster
        .psql("SELECT endpoint FROM cluster_nodes WHERE call_key IS NOT NULL")
        .lines()
        .map(|e| conclave_server::call_placement::CallNode {
            endpoint: e.to_owned(),
            key: [0; 32],
        })
        .collect();
    assert_eq!(announced.len(), 2, "both nodes announce media");
    let second = format!(":{}", cluster.nodes[1].addr.port());
    let call: [u8; 16] = (0..1000)
        .map(|_| rand::random::<[u8; 16]>())
        .find(|c| {
            conclave_server::call_placement::order(c, &announced)[0]
                .endpoint
                .ends_with(&second)
        })
        .expect("a call id placed on the second node");
    let call_id = conclave_client_core::call::CallId(call);
    let (alice_token, _) = alice.m().call_token(&group, call_id).await.unwrap();
    let (bob_token, _) = bob.m().call_token(&group, call_id).await.unwrap();
    let base = vec![0x5a; Suite::CALLS.key_len()];
    let ports: Vec<u16> = cluster.nodes.iter().map(|n| n.addr.port()).collect();

    let endpoints: Vec<_> = (0..2)
        .map(|i| cluster.endpoints_from(i)[0].clone())
        .collect();
    let at = |i: usize| endpoints[i].clone();
    let (a, a_port) = join_through(&at(0), "alice", 0, &group, &call, &alice_token, &base).await;
    let (b, b_port) = join_through(&at(1), "bob", 1, &group, &call, &bob_token, &base).await;
    assert_eq!(a_port, b_port, "both joins land on one node's SFU");
    assert_eq!(a_port, ports[1], "on the node the order names");
    let host = ports
        .iter()
        .position(|p| *p == a_port)
        .unwrap_or_else(|| panic!("the media port {a_port} is no node's ({ports:?})"));
    let mut peers = vec![a, b];
    connect(&mut peers);
    let got = exchange_audio(&mut peers, "first", 20);
    assert!(got.iter().all(|n| *n >= 15), "canaries decrypted: {got:?}");

    // The node holding the call dies; both members join again through the other one.
    cluster.nodes[host].kill();
    let survivor = 1 - host;
    drop(peers);
    let started = Instant::now();
    let (a, a_port) = join_through(
        &at(survivor),
        "alice",
        0,
        &group,
        &call,
        &alice_token,
        &base,
    )
    .await;
    let (b, b_port) = join_through(&at(survivor), "bob", 1, &group, &call, &bob_token, &base).await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "a dead node costs no timeout: {:?}",
        started.elapsed()
    );
    assert_eq!((a_port, b_port), (ports[survivor], ports[survivor]));
    let mut peers = vec![a, b];
    connect(&mut peers);
    let got = exchange_audio(&mut peers, "second", 20);
    assert!(
        got.iter().all(|n| *n >= 15),
        "canaries decrypted after the move: {got:?}"
    );
}
