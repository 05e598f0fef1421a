//! The SFU's network-facing input (`conclave-sfu`): datagrams at the media port, and SDP offers
//! in joins (str0m parses both; the SFU demultiplexes datagrams before it).
//!
//! Beyond "no panic": the SFU never holds more participants than it admitted, junk never adds
//! one, and an accepted offer's answer parses as SDP.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use conclave_proto::{DeviceId, GroupId, Timestamp};
use conclave_server_core::call_token::CallTokenKey;
use conclave_sfu::participant::Participant;
use conclave_sfu::{JoinRequest, Sfu, SfuConfig, SfuLimits};

pub const WALL: Timestamp = Timestamp(1_800_000_000_000);
const CALL: [u8; 16] = [3; 16];

fn group() -> GroupId {
    GroupId::new(vec![1; 8]).unwrap()
}

fn key() -> CallTokenKey {
    CallTokenKey::from_seed(&[5; 32])
}

/// A fresh SFU at 127.0.0.1:5000 trusting [`key`].
pub fn sfu() -> Sfu {
    Sfu::new(SfuConfig {
        public_addr: "127.0.0.1:5000".parse().unwrap(),
        trusted_issuers: vec![key().public()],
        tcp_addr: None,
        limits: SfuLimits::default(),
        tap: false,
    })
    .unwrap()
}

/// A join of device `device` with `offer`, checked at [`WALL`].
pub fn join(sfu: &mut Sfu, now: Instant, device: u64, offer: &str) -> bool {
    let token = key().issue(&group(), CALL, DeviceId(device), WALL, 300).0;
    sfu.join(
        now,
        WALL,
        JoinRequest {
            group: &group(),
            call_id: &CALL,
            token: &token,
            offer,
        },
    )
    .inspect(|joined| {
        assert!(
            conclave_sfu::str0m::change::SdpAnswer::from_sdp_string(&joined.answer).is_ok(),
            "an answer that does not parse"
        );
    })
    .is_ok()
}

/// The offer a Rust participant at `addr` makes (the seeds of `sfu_offer`).
pub fn real_offer(addr: SocketAddr) -> String {
    Participant::new(Instant::now(), addr, 2).unwrap().1
}

/// Any text as the SDP offer of a join with a valid token.
pub fn sfu_offer(data: &[u8]) {
    let Ok(offer) = std::str::from_utf8(data) else {
        return;
    };
    let mut sfu = sfu();
    let joined = join(&mut sfu, Instant::now(), 1, offer);
    assert_eq!(sfu.participant_count(), usize::from(joined));
}

/// Datagrams at the media port of an SFU with one participant that joined (and whose ICE
/// username is therefore known). The input is records `[flags][len: u16 BE][bytes]`: flag bit
/// 0 sends from the participant's address (else a stranger's), bit 1 lets 100 ms pass after.
pub fn sfu_datagram(data: &[u8]) {
    let mut sfu = sfu();
    let participant: SocketAddr = "127.0.0.2:6000".parse().unwrap();
    let stranger: SocketAddr = "127.0.0.3:6000".parse().unwrap();
    let mut now = Instant::now();
    assert!(join(&mut sfu, now, 1, &real_offer(participant)));
    let mut rest = data;
    while let [flags, hi, lo, tail @ ..] = rest {
        let len = usize::from(u16::from_be_bytes([*hi, *lo])).min(tail.len());
        let (datagram, next) = tail.split_at(len);
        let from = if flags & 1 == 1 {
            participant
        } else {
            stranger
        };
        sfu.handle_datagram(now, from, datagram);
        if flags & 2 == 2 {
            now += Duration::from_millis(100);
            sfu.handle_timeout(now);
        }
        while sfu.poll_transmit().is_some() {}
        assert!(sfu.participant_count() <= 1, "junk added a participant");
        rest = next;
    }
}
