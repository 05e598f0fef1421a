//! The SFU: rooms of participants, each one str0m `Rtc` in RTP mode behind one UDP socket.
//!
//! Sans-IO: the caller hands in datagrams and the time, and takes out datagrams to send. A
//! participant joins with a call token and an SDP offer; the answer names the one socket as
//! its only (host) candidate. The offer's sending m-lines are the participant's sources; its
//! receiving m-lines are slots, each of which carries one source of another participant of
//! the room at a time (assigned on that source's first packet, freed when its sender
//! leaves). The SFU forwards RTP payloads as they are — SFrame ciphertext it cannot read —
//! rewriting what must differ per receiver: SSRC (the slot's own), payload type (the
//! receiver's number for the codec) and sequence numbers (continuous across a slot's
//! sources). NACKs are answered hop by hop by str0m (the SFU asks senders for what it
//! lost, and resends from its buffer what a receiver lost); keyframe requests (PLI/FIR)
//! from a receiver go to the slot's sender.

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use conclave_proto::{GroupId, Timestamp};
use conclave_server_core::call_token;
use str0m::change::SdpOffer;
use str0m::format::Codec;
use str0m::media::{Direction, KeyframeRequestKind, MediaKind, Mid};
use str0m::net::{Protocol, Receive, TcpType, Transmit};
use str0m::rtp::{ExtensionValues, RtpPacket, RtpWrite, SeqNo};
use str0m::{Candidate, Event, IceConnectionState, Input, Output, Rtc};

use crate::{JoinError, SfuLimits, limits::TAP_RECORDS_MAX};

/// One participant (one join), unique for the life of the SFU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ParticipantId(pub u64);

/// A call on this SFU: the conversation's group and the call id, as the token names them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RoomKey {
    pub group: GroupId,
    pub call_id: [u8; 16],
}

/// What the SFU needs to run.
#[derive(Debug, Clone)]
pub struct SfuConfig {
    /// The address participants send media to: the socket's, as they can reach it (never an
    /// unspecified address).
    pub public_addr: SocketAddr,
    /// The issuer public keys whose call tokens admit participants.
    pub trusted_issuers: Vec<[u8; 32]>,
    /// The address of a passive ICE-TCP listener (RFC 6544, RFC 4571 framing) participants
    /// reach where UDP is blocked, offered beside the UDP candidate; `None`: UDP only.
    pub tcp_addr: Option<SocketAddr>,
    pub limits: SfuLimits,
    /// Keep every forwarded payload for [`Sfu::take_tap`] (tests of what the SFU sees).
    pub tap: bool,
}

/// A join request: the token and the offer, for the call the client says it joins.
#[derive(Debug, Clone, Copy)]
pub struct JoinRequest<'a> {
    pub group: &'a GroupId,
    pub call_id: &'a [u8; 16],
    pub token: &'a [u8],
    pub offer: &'a str,
}

/// An accepted join.
#[derive(Debug, Clone)]
pub struct Joined {
    pub participant: ParticipantId,
    /// The SDP answer for the client.
    pub answer: String,
    /// The device the token names.
    pub device: u64,
}

/// Why a participant left the SFU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveReason {
    /// DTLS closed, or ICE disconnected.
    Closed,
    /// ICE and DTLS did not complete within the connect timeout.
    ConnectTimeout,
    /// Nothing arrived from it within the idle timeout.
    Idle,
    /// The same device joined the call again (a reconnect).
    Replaced,
    /// str0m refused its input or output (a protocol error of the peer).
    Failed,
}

/// Counters, for metrics and tests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SfuStats {
    pub joins: u64,
    pub joins_refused: u64,
    pub left: u64,
    pub rtp_received: u64,
    /// RTP packets written towards receivers (one per receiver).
    pub rtp_forwarded: u64,
    /// Packets of a source for a receiver with no free slot of its kind.
    pub rtp_no_slot: u64,
    pub keyframe_requests: u64,
    pub datagrams_oversize: u64,
    pub datagrams_malformed: u64,
    /// Datagrams no participant accepts (strangers, late packets of one who left).
    pub datagrams_unrouted: u64,
}

/// A payload the SFU forwarded, as it saw it (after SRTP): see [`SfuConfig::tap`].
#[derive(Debug, Clone)]
pub struct TapRecord {
    pub room: RoomKey,
    pub from: ParticipantId,
    pub payload_type: u8,
    pub payload: Arc<[u8]>,
}

/// A source: a receiving m-line of the SFU (the participant sends on it).
#[derive(Debug)]
struct Source {
    mid: Mid,
    kind: MediaKind,
    last_keyframe_request: Option<Instant>,
}

/// What a slot carries now, and how its numbers map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Carried {
    from: ParticipantId,
    mid: Mid,
    /// Added (wrapping) to the source's extended sequence numbers.
    seq_offset: u64,
    /// The source's first extended sequence number in this slot: older ones are dropped.
    first_seq: u64,
}

/// A slot: a sending m-line of the SFU (the participant receives on it).
#[derive(Debug)]
struct Slot {
    mid: Mid,
    kind: MediaKind,
    carried: Option<Carried>,
    /// The last extended sequence number sent on the slot, so the next source continues it.
    last_seq: Option<u64>,
}

struct Participant {
    room: RoomKey,
    device: u64,
    rtc: Rtc,
    joined_at: Instant,
    last_input: Instant,
    connected: bool,
    next_timeout: Instant,
    sources: Vec<Source>,
    slots: Vec<Slot>,
    leave: Option<LeaveReason>,
    /// Entries of `Sfu::by_addr` for this participant.
    addresses: usize,
}

/// Work one participant's output makes for the others.
enum Forward {
    Rtp {
        from: ParticipantId,
        mid: Mid,
        kind: MediaKind,
        codec: Codec,
        packet: Box<RtpPacket>,
    },
    Keyframe {
        from: ParticipantId,
        slot: Mid,
        kind: KeyframeRequestKind,
    },
}

/// Source addresses remembered per participant.
const ADDRESSES_PER_PARTICIPANT_MAX: usize = 8;

/// Keyframe requests to one source at most this often (receivers ask once per loss).
const KEYFRAME_REQUEST_INTERVAL: Duration = Duration::from_millis(300);

/// The SFU's state; see the module docs.
pub struct Sfu {
    config: SfuConfig,
    candidate: Candidate,
    tcp_candidate: Option<Candidate>,
    crypto: Arc<str0m::config::CryptoProvider>,
    participants: HashMap<ParticipantId, Participant>,
    rooms: HashMap<RoomKey, Vec<ParticipantId>>,
    by_addr: HashMap<(Protocol, SocketAddr), ParticipantId>,
    next_id: u64,
    outbox: VecDeque<Transmit>,
    left: VecDeque<(ParticipantId, LeaveReason)>,
    tap: VecDeque<TapRecord>,
    stats: SfuStats,
}

/// The SFU could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    #[error("the media address {0} is unspecified: give the address participants reach")]
    Unspecified(SocketAddr),
    #[error("the media address {addr} is not a usable ICE candidate: {reason}")]
    Candidate { addr: SocketAddr, reason: String },
}

impl Sfu {
    pub fn new(config: SfuConfig) -> Result<Self, ConfigError> {
        let addr = config.public_addr;
        if addr.ip().is_unspecified() || addr.port() == 0 {
            return Err(ConfigError::Unspecified(addr));
        }
        let candidate = Candidate::host(addr, "udp").map_err(|e| ConfigError::Candidate {
            addr,
            reason: e.to_string(),
        })?;
        let tcp_candidate = match config.tcp_addr {
            None => None,
            Some(tcp) if tcp.ip().is_unspecified() || tcp.port() == 0 => {
                return Err(ConfigError::Unspecified(tcp));
            }
            Some(tcp) => Some(
                Candidate::builder()
                    .tcp()
                    .host(tcp)
                    .tcptype(TcpType::Passive)
                    .build()
                    .map_err(|e| ConfigError::Candidate {
                        addr: tcp,
                        reason: e.to_string(),
                    })?,
            ),
        };
        Ok(Sfu {
            config,
            candidate,
            tcp_candidate,
            crypto: Arc::new(str0m::crypto::from_feature_flags()),
            participants: HashMap::new(),
            rooms: HashMap::new(),
            by_addr: HashMap::new(),
            next_id: 1,
            outbox: VecDeque::new(),
            left: VecDeque::new(),
            tap: VecDeque::new(),
            stats: SfuStats::default(),
        })
    }

    pub fn stats(&self) -> &SfuStats {
        &self.stats
    }

    pub fn limits(&self) -> &SfuLimits {
        &self.config.limits
    }

    /// Replaces the issuer keys whose tokens admit new participants (a cluster's nodes come
    /// and go); participants already admitted stay.
    pub fn set_trusted_issuers(&mut self, keys: Vec<[u8; 32]>) {
        self.config.trusted_issuers = keys;
    }

    /// Participants now, all rooms together.
    pub fn participant_count(&self) -> usize {
        self.participants.len()
    }

    /// Participants in a room now (joined, connected or not yet).
    pub fn room_size(&self, room: &RoomKey) -> usize {
        self.rooms.get(room).map_or(0, Vec::len)
    }

    pub fn room_count(&self) -> usize {
        self.rooms.len()
    }

    /// Whether a participant is still in the SFU and has completed ICE and DTLS.
    pub fn is_connected(&self, id: ParticipantId) -> Option<bool> {
        self.participants.get(&id).map(|p| p.connected)
    }

    /// Admits a participant: `wall` is the time to check the token at, `now` the clock the
    /// SFU runs on.
    pub fn join(
        &mut self,
        now: Instant,
        wall: Timestamp,
        request: JoinRequest<'_>,
    ) -> Result<Joined, JoinError> {
        let result = self.try_join(now, wall, request);
        match &result {
            Ok(_) => self.stats.joins += 1,
            Err(_) => self.stats.joins_refused += 1,
        }
        result
    }

    fn try_join(
        &mut self,
        now: Instant,
        wall: Timestamp,
        request: JoinRequest<'_>,
    ) -> Result<Joined, JoinError> {
        let limits = &self.config.limits;
        if request.offer.len() > limits.offer_bytes_max {
            return Err(JoinError::OfferTooLarge {
                bytes: request.offer.len(),
                max: limits.offer_bytes_max,
            });
        }
        let claims = call_token::verify(
            request.token,
            &self.config.trusted_issuers,
            request.group,
            request.call_id,
            wall,
        )?;
        let room = RoomKey {
            group: request.group.clone(),
            call_id: *request.call_id,
        };
        let device = claims.device.0;
        // A device that joins again is reconnecting: its old participant makes way.
        let previous = self.rooms.get(&room).and_then(|members| {
            members.iter().copied().find(|id| {
                self.participants
                    .get(id)
                    .is_some_and(|p| p.device == device)
            })
        });
        let in_room = self.room_size(&room) - usize::from(previous.is_some());
        if in_room >= limits.participants_per_room_max {
            return Err(JoinError::RoomFull {
                max: limits.participants_per_room_max,
            });
        }
        if !self.rooms.contains_key(&room) && self.rooms.len() >= limits.rooms_max {
            return Err(JoinError::TooManyRooms {
                max: limits.rooms_max,
            });
        }
        if previous.is_none() && self.participants.len() >= limits.participants_max {
            return Err(JoinError::TooManyParticipants {
                max: limits.participants_max,
            });
        }
        let media = request
            .offer
            .lines()
            .filter(|l| l.starts_with("m="))
            .count();
        if media > limits.media_per_participant_max {
            return Err(JoinError::TooManyMedia {
                count: media,
                max: limits.media_per_participant_max,
            });
        }
        let offer = SdpOffer::from_sdp_string(request.offer)
            .map_err(|e| JoinError::BadOffer(e.to_string()))?;
        let mut rtc = Rtc::builder()
            .set_rtp_mode(true)
            .set_ice_lite(true)
            .set_crypto_provider(self.crypto.clone())
            .clear_codecs()
            .enable_opus(true, false)
            .enable_vp8(true)
            .build(now);
        rtc.add_local_candidate(self.candidate.clone());
        if let Some(tcp) = &self.tcp_candidate {
            rtc.add_local_candidate(tcp.clone());
        }
        let answer = rtc
            .sdp_api()
            .accept_offer(offer)
            .map_err(|e| JoinError::BadOffer(e.to_string()))?;

        if let Some(old) = previous {
            self.remove(now, old, LeaveReason::Replaced);
        }
        let id = ParticipantId(self.next_id);
        self.next_id += 1;
        self.participants.insert(
            id,
            Participant {
                room: room.clone(),
                device,
                rtc,
                joined_at: now,
                last_input: now,
                connected: false,
                next_timeout: now,
                sources: Vec::new(),
                slots: Vec::new(),
                leave: None,
                addresses: 0,
            },
        );
        self.rooms.entry(room).or_default().push(id);
        // The answer made events (the media it added): take them in now.
        self.drive(now, [id].into_iter().collect());
        tracing::debug!(participant = id.0, device, "joined a call");
        Ok(Joined {
            participant: id,
            answer: answer.to_sdp_string(),
            device,
        })
    }

    /// A datagram from `source` arrived at the media socket (UDP).
    pub fn handle_datagram(&mut self, now: Instant, source: SocketAddr, bytes: &[u8]) {
        self.handle_packet(now, Protocol::Udp, source, bytes);
    }

    /// A packet from `source` arrived over `proto`: a UDP datagram, or one RFC 4571 frame
    /// (without its length) of the TCP connection from `source`. Other protocols, and TCP
    /// without a TCP candidate, are dropped as unrouted.
    pub fn handle_packet(
        &mut self,
        now: Instant,
        proto: Protocol,
        source: SocketAddr,
        bytes: &[u8],
    ) {
        let destination = match (proto, self.config.tcp_addr) {
            (Protocol::Udp, _) => self.config.public_addr,
            (Protocol::Tcp, Some(tcp)) => tcp,
            _ => {
                self.stats.datagrams_unrouted += 1;
                return;
            }
        };
        if bytes.len() > self.config.limits.datagram_bytes_max {
            self.stats.datagrams_oversize += 1;
            return;
        }
        let Ok(contents) = bytes.try_into() else {
            self.stats.datagrams_malformed += 1;
            return;
        };
        let input = Input::Receive(
            now,
            Receive {
                proto,
                source,
                destination,
                contents,
            },
        );
        let known = self.by_addr.get(&(proto, source)).copied().filter(|id| {
            self.participants
                .get(id)
                .is_some_and(|p| p.rtc.accepts(&input))
        });
        // Only STUN (first byte 0–3, RFC 7983) can open a new address: its username names the
        // participant. Anything else from an unknown address costs no search.
        let id = match known {
            Some(id) => Some(id),
            None if bytes.first().is_some_and(|b| *b < 4) => self
                .participants
                .iter()
                .find(|(_, p)| p.rtc.accepts(&input))
                .map(|(id, _)| *id),
            None => None,
        };
        let Some(id) = id else {
            self.stats.datagrams_unrouted += 1;
            return;
        };
        let Some(p) = self.participants.get_mut(&id) else {
            return;
        };
        // Remembered addresses are bounded per participant (ICE tries a few candidates; a
        // peer spraying source ports is still served, by the search above).
        if known.is_none() && p.addresses < ADDRESSES_PER_PARTICIPANT_MAX {
            p.addresses += 1;
            self.by_addr.insert((proto, source), id);
        }
        p.last_input = now;
        if let Err(e) = p.rtc.handle_input(input) {
            tracing::debug!(participant = id.0, error = %e, "participant input refused");
            p.leave.get_or_insert(LeaveReason::Failed);
        }
        self.drive(now, [id].into_iter().collect());
    }

    /// Time passed: str0m's timers, and the connect and idle timeouts.
    pub fn handle_timeout(&mut self, now: Instant) {
        let limits = &self.config.limits;
        let mut due = HashSet::new();
        for (id, p) in &mut self.participants {
            if !p.connected && now.saturating_duration_since(p.joined_at) >= limits.connect_timeout
            {
                p.leave.get_or_insert(LeaveReason::ConnectTimeout);
            } else if now.saturating_duration_since(p.last_input) >= limits.idle_timeout {
                p.leave.get_or_insert(LeaveReason::Idle);
            }
            if p.leave.is_some() || p.next_timeout <= now {
                due.insert(*id);
            }
        }
        for id in &due {
            if let Some(p) = self.participants.get_mut(id)
                && p.leave.is_none()
                && let Err(e) = p.rtc.handle_input(Input::Timeout(now))
            {
                tracing::debug!(participant = id.0, error = %e, "participant timer failed");
                p.leave = Some(LeaveReason::Failed);
            }
        }
        self.drive(now, due);
    }

    /// When [`Sfu::handle_timeout`] is next due (none while no one is in a call).
    pub fn next_timeout(&self) -> Option<Instant> {
        let limits = &self.config.limits;
        self.participants
            .values()
            .map(|p| {
                let deadline = if p.connected {
                    p.last_input + limits.idle_timeout
                } else {
                    (p.joined_at + limits.connect_timeout).min(p.last_input + limits.idle_timeout)
                };
                p.next_timeout.min(deadline)
            })
            .min()
    }

    /// The next datagram to send.
    pub fn poll_transmit(&mut self) -> Option<Transmit> {
        self.outbox.pop_front()
    }

    /// The next participant that left, and why.
    pub fn poll_left(&mut self) -> Option<(ParticipantId, LeaveReason)> {
        self.left.pop_front()
    }

    /// The payloads forwarded since the last call (empty unless [`SfuConfig::tap`]).
    pub fn take_tap(&mut self) -> Vec<TapRecord> {
        self.tap.drain(..).collect()
    }

    /// Polls the participants in `dirty` (and those their output touches) until each waits
    /// for a timeout, forwarding what they produce; then removes those that left.
    fn drive(&mut self, now: Instant, mut dirty: HashSet<ParticipantId>) {
        let mut forwards = Vec::new();
        // Bounded: each round polls a participant until str0m says it waits; forwarding
        // marks receivers dirty, whose output is feedback, not new forwards of media.
        let mut rounds = 0;
        while !dirty.is_empty() && rounds < 16 {
            rounds += 1;
            for id in std::mem::take(&mut dirty) {
                self.poll_participant(id, &mut forwards);
            }
            for forward in forwards.drain(..) {
                self.forward(now, forward, &mut dirty);
            }
        }
        let leaving: Vec<_> = self
            .participants
            .iter()
            .filter_map(|(id, p)| p.leave.map(|r| (*id, r)))
            .collect();
        for (id, reason) in leaving {
            self.remove(now, id, reason);
        }
    }

    fn poll_participant(&mut self, id: ParticipantId, forwards: &mut Vec<Forward>) {
        let Some(p) = self.participants.get_mut(&id) else {
            return;
        };
        // Bounded like every loop on peer data: str0m ends each drain with a timeout.
        for _ in 0..10_000 {
            if !p.rtc.is_alive() {
                p.leave.get_or_insert(LeaveReason::Closed);
                return;
            }
            let output = match p.rtc.poll_output() {
                Ok(o) => o,
                Err(e) => {
                    tracing::debug!(participant = id.0, error = %e, "participant output failed");
                    p.leave = Some(LeaveReason::Failed);
                    return;
                }
            };
            match output {
                Output::Timeout(t) => {
                    p.next_timeout = t;
                    return;
                }
                Output::Transmit(t) => self.outbox.push_back(t),
                Output::Event(event) => handle_event(id, p, event, forwards),
            }
        }
    }

    fn forward(&mut self, now: Instant, forward: Forward, dirty: &mut HashSet<ParticipantId>) {
        match forward {
            Forward::Rtp {
                from,
                mid,
                kind,
                codec,
                packet,
            } => self.forward_rtp(from, mid, kind, codec, &packet, dirty),
            Forward::Keyframe { from, slot, kind } => {
                let Some(source) = self
                    .participants
                    .get(&from)
                    .and_then(|p| p.slots.iter().find(|s| s.mid == slot))
                    .and_then(|s| s.carried)
                else {
                    return;
                };
                let Some(sender) = self.participants.get_mut(&source.from) else {
                    return;
                };
                let Some(src) = sender.sources.iter_mut().find(|s| s.mid == source.mid) else {
                    return;
                };
                if src
                    .last_keyframe_request
                    .is_some_and(|t| now.saturating_duration_since(t) < KEYFRAME_REQUEST_INTERVAL)
                {
                    return;
                }
                src.last_keyframe_request = Some(now);
                if let Some(rx) = sender.rtc.direct_api().stream_rx_by_mid(source.mid, None) {
                    rx.request_keyframe(kind);
                    self.stats.keyframe_requests += 1;
                    dirty.insert(source.from);
                }
            }
        }
    }

    fn forward_rtp(
        &mut self,
        from: ParticipantId,
        mid: Mid,
        kind: MediaKind,
        codec: Codec,
        packet: &RtpPacket,
        dirty: &mut HashSet<ParticipantId>,
    ) {
        self.stats.rtp_received += 1;
        let Some(room) = self.participants.get(&from).map(|p| p.room.clone()) else {
            return;
        };
        if self.config.tap {
            if self.tap.len() >= TAP_RECORDS_MAX {
                self.tap.pop_front();
            }
            self.tap.push_back(TapRecord {
                room: room.clone(),
                from,
                payload_type: *packet.header.payload_type,
                payload: packet.payload.clone(),
            });
        }
        let Some(members) = self.rooms.get(&room) else {
            return;
        };
        let in_seq = *packet.seq_no;
        // Header extensions a receiver can use; the rest (mid, rid, transport-cc) are per hop.
        let ext = ExtensionValues {
            audio_level: packet.header.ext_vals.audio_level,
            voice_activity: packet.header.ext_vals.voice_activity,
            video_orientation: packet.header.ext_vals.video_orientation,
            ..Default::default()
        };
        for to in members.iter().copied().filter(|to| *to != from) {
            let Some(r) = self.participants.get_mut(&to) else {
                continue;
            };
            if !r.connected || r.leave.is_some() {
                continue;
            }
            let slot = match r
                .slots
                .iter()
                .position(|s| s.carried.is_some_and(|c| c.from == from && c.mid == mid))
            {
                Some(i) => &mut r.slots[i],
                None => {
                    let Some(free) = r
                        .slots
                        .iter_mut()
                        .find(|s| s.carried.is_none() && s.kind == kind)
                    else {
                        self.stats.rtp_no_slot += 1;
                        continue;
                    };
                    // The slot's sequence continues where its last source stopped (the
                    // receiver sees one stream); a first source starts at its own number.
                    let first_out = free.last_seq.map_or(in_seq & 0xffff, |l| l + 1);
                    free.carried = Some(Carried {
                        from,
                        mid,
                        seq_offset: first_out.wrapping_sub(in_seq),
                        first_seq: in_seq,
                    });
                    free
                }
            };
            let Some(carried) = slot.carried else {
                continue;
            };
            if in_seq < carried.first_seq {
                continue;
            }
            let out_seq = in_seq.wrapping_add(carried.seq_offset);
            let slot_mid = slot.mid;
            slot.last_seq = Some(slot.last_seq.map_or(out_seq, |l| l.max(out_seq)));
            let Some(pt) = r
                .rtc
                .codec_config()
                .find(|c| c.spec().codec == codec)
                .map(|c| c.pt())
            else {
                continue;
            };
            let mut api = r.rtc.direct_api();
            let Some(tx) = api.stream_tx_by_mid(slot_mid, None) else {
                continue;
            };
            tx.write_rtp(
                RtpWrite::new(
                    pt,
                    SeqNo::from(out_seq),
                    packet.header.timestamp,
                    packet.timestamp,
                    packet.payload.clone(),
                )
                .marker(packet.header.marker)
                .ext_vals(ext.clone())
                .nackable(kind == MediaKind::Video),
            );
            self.stats.rtp_forwarded += 1;
            dirty.insert(to);
        }
    }

    /// Takes a participant out: its room, its addresses, and the slots it filled elsewhere.
    fn remove(&mut self, now: Instant, id: ParticipantId, reason: LeaveReason) {
        let Some(mut p) = self.participants.remove(&id) else {
            return;
        };
        // Let str0m say goodbye (RTCP BYE, DTLS close_notify) where it can; bounded.
        if p.rtc.close().is_ok() {
            for _ in 0..64 {
                if !p.rtc.is_alive() {
                    break;
                }
                match p.rtc.poll_output() {
                    Ok(Output::Transmit(t)) => self.outbox.push_back(t),
                    Ok(Output::Event(_)) => {}
                    Ok(Output::Timeout(_)) | Err(_) => break,
                }
            }
        }
        p.rtc.disconnect();
        if let Some(members) = self.rooms.get_mut(&p.room) {
            members.retain(|m| *m != id);
            for other in members.iter() {
                if let Some(o) = self.participants.get_mut(other) {
                    for slot in &mut o.slots {
                        if slot.carried.is_some_and(|c| c.from == id) {
                            slot.carried = None;
                        }
                    }
                }
            }
            if members.is_empty() {
                self.rooms.remove(&p.room);
            }
        }
        self.by_addr.retain(|_, v| *v != id);
        self.stats.left += 1;
        self.left.push_back((id, reason));
        tracing::debug!(
            participant = id.0,
            ?reason,
            secs = now.saturating_duration_since(p.joined_at).as_secs(),
            "left a call"
        );
    }
}

/// One str0m event of participant `id`.
fn handle_event(id: ParticipantId, p: &mut Participant, event: Event, forwards: &mut Vec<Forward>) {
    match event {
        Event::Connected => p.connected = true,
        Event::IceConnectionStateChange(IceConnectionState::Disconnected) | Event::Closed => {
            p.leave.get_or_insert(LeaveReason::Closed);
        }
        Event::MediaAdded(added) => {
            // Directions are the SFU's: it receives what the participant sends.
            if matches!(added.direction, Direction::RecvOnly | Direction::SendRecv)
                && !p.sources.iter().any(|s| s.mid == added.mid)
            {
                p.sources.push(Source {
                    mid: added.mid,
                    kind: added.kind,
                    last_keyframe_request: None,
                });
            }
            if matches!(added.direction, Direction::SendOnly | Direction::SendRecv)
                && !p.slots.iter().any(|s| s.mid == added.mid)
            {
                p.slots.push(Slot {
                    mid: added.mid,
                    kind: added.kind,
                    carried: None,
                    last_seq: None,
                });
            }
        }
        Event::RtpPacket(packet) => {
            let Some(mid) = p
                .rtc
                .direct_api()
                .stream_rx(&packet.header.ssrc)
                .map(|rx| rx.mid())
            else {
                return;
            };
            let Some(source) = p.sources.iter().find(|s| s.mid == mid) else {
                return;
            };
            let kind = source.kind;
            let Some(codec) = p
                .rtc
                .codec_config()
                .find(|c| c.pt() == packet.header.payload_type)
                .map(|c| c.spec().codec)
            else {
                return;
            };
            forwards.push(Forward::Rtp {
                from: id,
                mid,
                kind,
                codec,
                packet: Box::new(packet),
            });
        }
        Event::KeyframeRequest(request) => forwards.push(Forward::Keyframe {
            from: id,
            slot: request.mid,
            kind: request.kind,
        }),
        _ => {}
    }
}
