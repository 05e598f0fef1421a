//! The SFU core with real str0m participants over an in-memory network on a fake clock:
//! real call tokens, real ICE, DTLS-SRTP and RTP; nothing on a socket.

#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use conclave_proto::{DeviceId, GroupId, Timestamp};
use conclave_server_core::call_token::{CallTokenError, CallTokenKey};
use conclave_sfu::participant::Participant;
use conclave_sfu::{JoinError, JoinRequest, LeaveReason, Sfu, SfuConfig, SfuLimits};
use str0m::media::MediaKind;
use str0m::net::Protocol;

const SFU_ADDR: &str = "127.0.0.1:5000";
const WALL: Timestamp = Timestamp(1_800_000_000_000);

struct World {
    now: Instant,
    sfu: Sfu,
    key: CallTokenKey,
    group: GroupId,
    call: [u8; 16],
    clients: HashMap<SocketAddr, Participant>,
    /// The protocol each client's packets travel over, both ways.
    protos: HashMap<SocketAddr, Protocol>,
}

impl World {
    fn new(limits: SfuLimits) -> Self {
        let key = CallTokenKey::from_seed(&[7; 32]);
        let sfu = Sfu::new(SfuConfig {
            public_addr: SFU_ADDR.parse().unwrap(),
            trusted_issuers: vec![key.public()],
            // ICE-TCP beside UDP, as the server runs it: UDP participants never use it.
            tcp_addr: Some(SFU_ADDR.parse().unwrap()),
            limits,
            tap: true,
        })
        .unwrap();
        World {
            now: Instant::now(),
            sfu,
            key,
            group: GroupId::new(vec![1, 2, 3]).unwrap(),
            call: [9; 16],
            clients: HashMap::new(),
            protos: HashMap::new(),
        }
    }

    fn token(&self, device: u64) -> Vec<u8> {
        self.key
            .issue(&self.group, self.call, DeviceId(device), WALL, 300)
            .0
    }

    /// A participant at 127.0.0.2:(10000 + device) that joined; its answer taken.
    fn join(&mut self, device: u64) -> Result<SocketAddr, JoinError> {
        self.join_over(device, Protocol::Udp)
    }

    /// Like [`World::join`], the participant's one candidate over `proto`.
    fn join_over(&mut self, device: u64, proto: Protocol) -> Result<SocketAddr, JoinError> {
        let addr: SocketAddr = format!("127.0.0.2:{}", 10_000 + device).parse().unwrap();
        let (mut p, offer) = Participant::with_protocol(self.now, addr, 4, proto).unwrap();
        let token = self.token(device);
        let joined = self.sfu.join(
            self.now,
            WALL,
            JoinRequest {
                group: &self.group,
                call_id: &self.call,
                token: &token,
                offer: &offer,
            },
        )?;
        assert_eq!(joined.device, device);
        p.accept_answer(self.now, &joined.answer).unwrap();
        self.clients.insert(addr, p);
        self.protos.insert(addr, proto);
        Ok(addr)
    }

    /// Moves every datagram to its destination and advances time by `step`, `rounds` times.
    fn run(&mut self, rounds: usize, step: Duration) {
        let sfu_addr: SocketAddr = SFU_ADDR.parse().unwrap();
        for _ in 0..rounds {
            for _ in 0..100 {
                let mut moved = false;
                for (addr, c) in &mut self.clients {
                    while let Some(t) = c.poll_transmit() {
                        assert_eq!(t.destination, sfu_addr);
                        assert_eq!(
                            t.proto, self.protos[addr],
                            "a client sends over its protocol"
                        );
                        self.sfu
                            .handle_packet(self.now, t.proto, *addr, &t.contents);
                        moved = true;
                    }
                }
                while let Some(t) = self.sfu.poll_transmit() {
                    if let Some(c) = self.clients.get_mut(&t.destination) {
                        assert_eq!(
                            t.proto, self.protos[&t.destination],
                            "the SFU answers over the client's protocol"
                        );
                        c.handle_datagram(self.now, sfu_addr, &t.contents).unwrap();
                    }
                    moved = true;
                }
                if !moved {
                    break;
                }
            }
            self.now += step;
            self.sfu.handle_timeout(self.now);
            for c in self.clients.values_mut() {
                if !c.is_closed() {
                    c.handle_timeout(self.now).unwrap();
                }
            }
        }
    }

    fn connect(&mut self) {
        for _ in 0..200 {
            self.run(1, Duration::from_millis(10));
            if self.clients.values().all(Participant::is_connected) {
                // A few more rounds so the SFU side also saw DTLS complete.
                self.run(5, Duration::from_millis(10));
                return;
            }
        }
        panic!("participants did not connect");
    }
}

#[test]
fn frames_reach_every_other_participant_unchanged_and_only_ciphertext_is_seen() {
    let mut w = World::new(SfuLimits::default());
    let addrs: Vec<_> = (1..=3).map(|d| w.join(d).unwrap()).collect();
    w.connect();
    // Each sends audio and video frames that carry its own marker (the caller would SFrame
    // them; the SFU only ever sees bytes).
    for round in 0..20u32 {
        for (i, addr) in addrs.iter().enumerate() {
            let now = w.now;
            let c = w.clients.get_mut(addr).unwrap();
            let audio = format!("audio-{i}-{round}").into_bytes();
            let video = format!("video-{i}-{round}").into_bytes();
            c.send_frame(now, MediaKind::Audio, round * 960, audio)
                .unwrap();
            c.send_frame(now, MediaKind::Video, round * 3000, video)
                .unwrap();
        }
        w.run(2, Duration::from_millis(10));
    }
    w.run(10, Duration::from_millis(10));
    for (i, addr) in addrs.iter().enumerate() {
        let got = w.clients.get_mut(addr).unwrap().take_received();
        for (j, _) in addrs.iter().enumerate().filter(|(j, _)| *j != i) {
            for kind in ["audio", "video"] {
                let frames: Vec<_> = got
                    .iter()
                    .filter(|r| r.payload.starts_with(format!("{kind}-{j}-").as_bytes()))
                    .collect();
                assert!(
                    frames.len() >= 18,
                    "{i} got {} {kind} frames of {j}",
                    frames.len()
                );
                // One slot per remote source; sequence numbers continue without gaps.
                assert!(frames.iter().all(|f| f.ssrc == frames[0].ssrc));
                assert!(frames.windows(2).all(|f| f[1].seq == f[0].seq + 1));
            }
        }
        assert!(
            !got.iter()
                .any(|r| r.payload.starts_with(format!("audio-{i}-").as_bytes())),
            "nobody gets their own media back"
        );
    }
    let tap = w.sfu.take_tap();
    assert!(tap.len() >= 3 * 2 * 18, "{}", tap.len());
    let stats = w.sfu.stats().clone();
    assert_eq!(stats.rtp_forwarded, 2 * stats.rtp_received, "{stats:?}");
    assert_eq!(stats.rtp_no_slot, 0);
}

#[test]
fn the_51st_participant_is_refused_and_a_rejoin_replaces_its_device() {
    let mut w = World::new(SfuLimits::default());
    for device in 1..=50 {
        w.join(device).unwrap();
    }
    assert_eq!(w.join(51).unwrap_err(), JoinError::RoomFull { max: 50 });
    assert!(w.join(51).unwrap_err().to_string().contains("full"));
    // The same device again is a reconnect: it takes its old place, it does not add one.
    w.join(7).unwrap();
    assert_eq!(
        w.sfu.room_size(&conclave_sfu::RoomKey {
            group: w.group.clone(),
            call_id: w.call,
        }),
        50
    );
    assert_eq!(w.sfu.poll_left().map(|l| l.1), Some(LeaveReason::Replaced));
}

#[test]
fn tokens_that_do_not_admit_are_refused_with_their_reason() {
    let mut w = World::new(SfuLimits::default());
    let (_, offer) = Participant::new(w.now, "127.0.0.2:9".parse().unwrap(), 1).unwrap();
    let good = w.token(1);
    let mut forged = good.clone();
    forged[60] ^= 1;
    let stranger = CallTokenKey::from_seed(&[8; 32])
        .issue(&w.group, w.call, DeviceId(1), WALL, 300)
        .0;
    let other_call = w.key.issue(&w.group, [1; 16], DeviceId(1), WALL, 300).0;
    let cases: [(&[u8], Timestamp, CallTokenError); 5] = [
        (&forged, WALL, CallTokenError::Forged),
        (&stranger, WALL, CallTokenError::UnknownIssuer),
        (&other_call, WALL, CallTokenError::WrongCall),
        (
            &good,
            Timestamp(WALL.0 + 300_000),
            CallTokenError::Expired {
                expired_at: Timestamp(WALL.0 + 300_000),
            },
        ),
        (b"", WALL, CallTokenError::Malformed("empty".into())),
    ];
    for (token, wall, expected) in cases {
        let err = w
            .sfu
            .join(
                w.now,
                wall,
                JoinRequest {
                    group: &w.group,
                    call_id: &w.call,
                    token,
                    offer: &offer,
                },
            )
            .unwrap_err();
        assert_eq!(err, JoinError::Token(expected));
        assert!(err.to_string().starts_with("call token refused: "), "{err}");
    }
    // A good token with an offer that is not SDP, or too large.
    let bad = w.sfu.join(
        w.now,
        WALL,
        JoinRequest {
            group: &w.group,
            call_id: &w.call,
            token: &good,
            offer: "v=0\r\nnonsense",
        },
    );
    assert!(matches!(bad, Err(JoinError::BadOffer(_))), "{bad:?}");
    let huge = "m=audio\r\n".repeat(20_000);
    let bad = w.sfu.join(
        w.now,
        WALL,
        JoinRequest {
            group: &w.group,
            call_id: &w.call,
            token: &good,
            offer: &huge,
        },
    );
    assert!(
        matches!(bad, Err(JoinError::OfferTooLarge { .. })),
        "{bad:?}"
    );
    assert_eq!(w.sfu.participant_count(), 0);
    assert_eq!(w.sfu.stats().joins_refused, 7);
}

#[test]
fn junk_at_the_media_port_is_counted_and_the_call_goes_on() {
    let mut w = World::new(SfuLimits::default());
    let a = w.join(1).unwrap();
    let b = w.join(2).unwrap();
    w.connect();
    let stranger: SocketAddr = "127.0.0.3:4444".parse().unwrap();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for i in 0..10_000usize {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 1_400) as usize;
        let mut junk: Vec<u8> = (0..len).map(|k| (seed >> (k % 56)) as u8).collect();
        // Every kind RFC 7983 demultiplexes: STUN, DTLS, RTP/RTCP, and the rest.
        if let Some(first) = junk.first_mut() {
            *first = [0, 1, 20, 23, 128, 200, 64, 255][i % 8];
        }
        let from = if i % 2 == 0 { stranger } else { a };
        w.sfu.handle_datagram(w.now, from, &junk);
    }
    w.sfu.handle_datagram(w.now, stranger, &vec![0; 5_000]);
    assert_eq!(w.sfu.stats().datagrams_oversize, 1);
    // Junk from a participant's own address (spoofable in UDP) must not end its call.
    assert_eq!(w.sfu.participant_count(), 2, "{:?}", w.sfu.stats());
    let now = w.now;
    w.clients
        .get_mut(&b)
        .unwrap()
        .send_frame(now, MediaKind::Audio, 0, b"after the junk".to_vec())
        .unwrap();
    w.run(10, Duration::from_millis(10));
    let got = w.clients.get_mut(&a).unwrap().take_received();
    assert!(got.iter().any(|r| &*r.payload == b"after the junk"));
    let stats = w.sfu.stats();
    assert!(
        stats.datagrams_unrouted > 0 && stats.datagrams_malformed > 0,
        "{stats:?}"
    );
}

#[test]
fn participants_that_never_connect_or_go_quiet_are_removed() {
    let mut w = World::new(SfuLimits::default());
    let a = w.join(1).unwrap();
    let b = w.join(2).unwrap();
    w.connect();
    // c joins but never sends a packet.
    let (_, offer) = Participant::new(w.now, "127.0.0.2:7".parse().unwrap(), 1).unwrap();
    let token = w.token(3);
    w.sfu
        .join(
            w.now,
            WALL,
            JoinRequest {
                group: &w.group,
                call_id: &w.call,
                token: &token,
                offer: &offer,
            },
        )
        .unwrap();
    assert_eq!(w.sfu.participant_count(), 3);
    // b hangs up: DTLS close reaches the SFU.
    let now = w.now;
    w.clients.get_mut(&b).unwrap().close(now).unwrap();
    w.run(3, Duration::from_millis(10));
    assert_eq!(w.sfu.participant_count(), 2);
    w.clients.remove(&b);
    // c's connect timeout passes; a goes quiet (its client is gone) and idles out.
    w.clients.remove(&a);
    w.run(1, SfuLimits::default().connect_timeout);
    w.run(1, SfuLimits::default().idle_timeout);
    assert_eq!(w.sfu.participant_count(), 0);
    assert_eq!(w.sfu.room_count(), 0);
    let reasons: Vec<_> = std::iter::from_fn(|| w.sfu.poll_left())
        .map(|l| l.1)
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert_eq!(reasons[0], LeaveReason::Closed, "b hung up");
    // c never connected; a's consent checks stopped: ICE says disconnected (or, failing
    // that, the idle timeout removes it).
    assert!(
        reasons.contains(&LeaveReason::ConnectTimeout),
        "{reasons:?}"
    );
    assert!(
        reasons[1..]
            .iter()
            .any(|r| matches!(r, LeaveReason::Closed | LeaveReason::Idle)),
        "{reasons:?}"
    );
}

#[test]
fn a_participant_over_ice_tcp_only_exchanges_media_with_one_over_udp() {
    let mut w = World::new(SfuLimits::default());
    let tcp = w.join_over(1, Protocol::Tcp).unwrap();
    let udp = w.join_over(2, Protocol::Udp).unwrap();
    w.connect();
    for round in 0..20u32 {
        for (i, addr) in [tcp, udp].iter().enumerate() {
            let now = w.now;
            let c = w.clients.get_mut(addr).unwrap();
            c.send_frame(
                now,
                MediaKind::Audio,
                round * 960,
                format!("audio-{i}-{round}").into_bytes(),
            )
            .unwrap();
            c.send_frame(
                now,
                MediaKind::Video,
                round * 3000,
                format!("video-{i}-{round}").into_bytes(),
            )
            .unwrap();
        }
        w.run(2, Duration::from_millis(10));
    }
    w.run(10, Duration::from_millis(10));
    for (i, addr) in [tcp, udp].iter().enumerate() {
        let got = w.clients.get_mut(addr).unwrap().take_received();
        let other = 1 - i;
        for kind in ["audio", "video"] {
            let n = got
                .iter()
                .filter(|r| r.payload.starts_with(format!("{kind}-{other}-").as_bytes()))
                .count();
            assert!(n >= 18, "{i} got {n} {kind} frames of {other}");
        }
    }
    // Over TCP nothing else: a packet from the TCP participant's address over UDP is unrouted.
    let unrouted = w.sfu.stats().datagrams_unrouted;
    w.sfu.handle_datagram(w.now, tcp, &[0x80; 40]);
    assert_eq!(w.sfu.stats().datagrams_unrouted, unrouted + 1);
}
