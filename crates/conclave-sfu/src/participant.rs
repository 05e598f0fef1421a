//! A Rust call participant, sans-IO like the SFU: a str0m peer in RTP mode that offers one
//! sending audio and video line and some receiving ones, sends frames (the caller encrypts
//! them with `conclave-call`), and collects what arrives. For tests and the benchmark; a
//! frame is one RTP packet here (no packetizer), which is what SFrame frames of Opus are.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use str0m::change::{SdpAnswer, SdpPendingOffer};
use str0m::format::Codec;
use str0m::media::{Direction, MediaKind, Mid};
use str0m::net::{Protocol, Receive, TcpType, Transmit};
use str0m::rtp::{RtpWrite, SeqNo};
use str0m::{Candidate, Event, Input, Output, Rtc, RtcError};

/// A packet that arrived on one of the participant's receiving lines.
#[derive(Debug, Clone)]
pub struct Received {
    pub mid: Mid,
    pub kind: MediaKind,
    pub ssrc: u32,
    pub seq: u64,
    pub payload: Arc<[u8]>,
}

/// Why the participant could not do what it was asked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ParticipantError {
    #[error("{0}")]
    Rtc(#[from] RtcError),
    #[error("the answer does not parse: {0}")]
    BadAnswer(String),
    #[error("no offer is pending")]
    NoPendingOffer,
    #[error("no sending {0:?} line is ready (not connected yet?)")]
    NotReady(MediaKind),
    #[error("invalid local address {0}")]
    Address(SocketAddr),
}

/// One participant; see the module docs.
pub struct Participant {
    rtc: Rtc,
    local: SocketAddr,
    proto: Protocol,
    pending: Option<SdpPendingOffer>,
    send_audio: Mid,
    send_video: Mid,
    seq_audio: u64,
    seq_video: u64,
    outbox: VecDeque<Transmit>,
    received: Vec<Received>,
    connected: bool,
    closed: bool,
    next_timeout: Option<Instant>,
}

impl Participant {
    /// A participant at `local` (its socket's address) with `slots` receiving lines of each
    /// kind, and the SDP offer to send to the SFU.
    pub fn new(
        now: Instant,
        local: SocketAddr,
        slots: usize,
    ) -> Result<(Self, String), ParticipantError> {
        Self::with_protocol(now, local, slots, Protocol::Udp)
    }

    /// Like [`Participant::new`], with its one candidate over `proto`: UDP, or TCP (an active
    /// ICE-TCP candidate, RFC 6544, which pairs only with the SFU's passive TCP one; its
    /// transmits then carry `Protocol::Tcp` and each is one RFC 4571 frame's contents).
    pub fn with_protocol(
        now: Instant,
        local: SocketAddr,
        slots: usize,
        proto: Protocol,
    ) -> Result<(Self, String), ParticipantError> {
        let mut rtc = Rtc::builder()
            .set_rtp_mode(true)
            .set_crypto_provider(Arc::new(str0m::crypto::from_feature_flags()))
            .clear_codecs()
            .enable_opus(true, false)
            .enable_vp8(true)
            .build(now);
        let candidate = match proto {
            Protocol::Tcp => Candidate::builder()
                .tcp()
                .host(local)
                .tcptype(TcpType::Active)
                .build(),
            _ => Candidate::host(local, "udp"),
        }
        .map_err(|_| ParticipantError::Address(local))?;
        rtc.add_local_candidate(candidate);
        let mut change = rtc.sdp_api();
        let send_audio = change.add_media(MediaKind::Audio, Direction::SendOnly, None, None, None);
        let send_video = change.add_media(MediaKind::Video, Direction::SendOnly, None, None, None);
        for _ in 0..slots {
            change.add_media(MediaKind::Audio, Direction::RecvOnly, None, None, None);
            change.add_media(MediaKind::Video, Direction::RecvOnly, None, None, None);
        }
        // A change with media lines always makes an offer.
        let (offer, pending) = change.apply().ok_or(ParticipantError::NoPendingOffer)?;
        let participant = Participant {
            rtc,
            local,
            proto,
            pending: Some(pending),
            send_audio,
            send_video,
            seq_audio: 0,
            seq_video: 0,
            outbox: VecDeque::new(),
            received: Vec::new(),
            connected: false,
            closed: false,
            next_timeout: None,
        };
        Ok((participant, offer.to_sdp_string()))
    }

    /// Takes the SFU's answer to the offer.
    pub fn accept_answer(&mut self, now: Instant, answer: &str) -> Result<(), ParticipantError> {
        let answer = SdpAnswer::from_sdp_string(answer)
            .map_err(|e| ParticipantError::BadAnswer(e.to_string()))?;
        let pending = self
            .pending
            .take()
            .ok_or(ParticipantError::NoPendingOffer)?;
        self.rtc.sdp_api().accept_answer(pending, answer)?;
        self.drive(now)
    }

    pub fn is_connected(&self) -> bool {
        self.connected
    }

    pub fn is_closed(&self) -> bool {
        self.closed || !self.rtc.is_alive()
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    pub fn handle_datagram(
        &mut self,
        now: Instant,
        from: SocketAddr,
        bytes: &[u8],
    ) -> Result<(), ParticipantError> {
        let Ok(contents) = bytes.try_into() else {
            return Ok(());
        };
        let input = Input::Receive(
            now,
            Receive {
                proto: self.proto,
                source: from,
                destination: self.local,
                contents,
            },
        );
        if self.rtc.accepts(&input) {
            self.rtc.handle_input(input)?;
        }
        self.drive(now)
    }

    pub fn handle_timeout(&mut self, now: Instant) -> Result<(), ParticipantError> {
        self.rtc.handle_input(Input::Timeout(now))?;
        self.drive(now)
    }

    pub fn next_timeout(&self) -> Option<Instant> {
        self.next_timeout
    }

    pub fn poll_transmit(&mut self) -> Option<Transmit> {
        self.outbox.pop_front()
    }

    /// What arrived so far (taken).
    pub fn take_received(&mut self) -> Vec<Received> {
        std::mem::take(&mut self.received)
    }

    /// Sends one frame as one RTP packet on the sending line of `kind` (Opus or VP8).
    pub fn send_frame(
        &mut self,
        now: Instant,
        kind: MediaKind,
        rtp_time: u32,
        frame: Vec<u8>,
    ) -> Result<(), ParticipantError> {
        let (mid, codec, seq) = match kind {
            MediaKind::Audio => (self.send_audio, Codec::Opus, &mut self.seq_audio),
            MediaKind::Video => (self.send_video, Codec::Vp8, &mut self.seq_video),
        };
        let pt = self
            .rtc
            .codec_config()
            .find(|c| c.spec().codec == codec)
            .map(|c| c.pt())
            .ok_or(ParticipantError::NotReady(kind))?;
        let mut api = self.rtc.direct_api();
        let tx = api
            .stream_tx_by_mid(mid, None)
            .ok_or(ParticipantError::NotReady(kind))?;
        *seq += 1;
        tx.write_rtp(
            RtpWrite::new(pt, SeqNo::from(*seq), rtp_time, now, frame)
                .marker(true)
                .nackable(kind == MediaKind::Video),
        );
        self.drive(now)
    }

    /// Hangs up (DTLS close_notify goes out with the next transmits).
    pub fn close(&mut self, now: Instant) -> Result<(), ParticipantError> {
        self.rtc.close()?;
        self.closed = true;
        self.drive(now)
    }

    fn drive(&mut self, _now: Instant) -> Result<(), ParticipantError> {
        // str0m ends every drain with a timeout; the bound is for a misbehaving peer.
        for _ in 0..10_000 {
            if !self.rtc.is_alive() {
                self.next_timeout = None;
                return Ok(());
            }
            match self.rtc.poll_output()? {
                Output::Timeout(t) => {
                    self.next_timeout = Some(t);
                    return Ok(());
                }
                Output::Transmit(t) => self.outbox.push_back(t),
                Output::Event(event) => match event {
                    Event::Connected => self.connected = true,
                    Event::Closed => self.closed = true,
                    Event::RtpPacket(packet) => {
                        let ssrc = packet.header.ssrc;
                        let Some(mid) = self.rtc.direct_api().stream_rx(&ssrc).map(|s| s.mid())
                        else {
                            continue;
                        };
                        let Some(kind) = self.rtc.media(mid).map(|m| m.kind()) else {
                            continue;
                        };
                        self.received.push(Received {
                            mid,
                            kind,
                            ssrc: *ssrc,
                            seq: *packet.seq_no,
                            payload: packet.payload,
                        });
                    }
                    _ => {}
                },
            }
        }
        Ok(())
    }
}
