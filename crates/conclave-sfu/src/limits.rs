//! The SFU's ceilings, in one place. Every one is checked before the work it bounds.

use std::time::Duration;

/// Participants in one call, the figure for one node (Signal's is 40).
pub const PARTICIPANTS_PER_ROOM_MAX: usize = 50;
/// Calls on one node at once.
pub const ROOMS_MAX: usize = 1_000;
/// Participants on one node at once, all calls together.
pub const PARTICIPANTS_MAX: usize = 2_000;
/// The largest UDP datagram the media port reads; bigger ones are dropped and counted. Media
/// packets are under the path MTU (about 1,200 bytes for WebRTC); this leaves room for DTLS.
pub const DATAGRAM_BYTES_MAX: usize = 2_048;
/// The largest SDP offer the join endpoint accepts. A browser's offer for 2 sending and 98
/// receiving m-lines is about 60 KiB.
pub const OFFER_BYTES_MAX: usize = 128 * 1024;
/// m-lines (sending and receiving) in one participant's offer: its own audio and video plus
/// one receiving audio and video line per other participant of a full room, and some spare.
pub const MEDIA_PER_PARTICIPANT_MAX: usize = 2 * PARTICIPANTS_PER_ROOM_MAX + 8;
/// A participant that has not completed ICE and DTLS this long after its join is removed.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(20);
/// A participant the SFU has heard nothing from for this long is removed (browsers send STUN
/// consent checks every few seconds and RTCP every second).
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// Payloads the test tap keeps (see [`crate::Tap`]); older ones are dropped.
pub const TAP_RECORDS_MAX: usize = 10_000;

/// The limits one SFU runs with: the constants above, lowered by an operator or a test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SfuLimits {
    pub participants_per_room_max: usize,
    pub rooms_max: usize,
    pub participants_max: usize,
    pub datagram_bytes_max: usize,
    pub offer_bytes_max: usize,
    pub media_per_participant_max: usize,
    pub connect_timeout: Duration,
    pub idle_timeout: Duration,
}

impl Default for SfuLimits {
    fn default() -> Self {
        SfuLimits {
            participants_per_room_max: PARTICIPANTS_PER_ROOM_MAX,
            rooms_max: ROOMS_MAX,
            participants_max: PARTICIPANTS_MAX,
            datagram_bytes_max: DATAGRAM_BYTES_MAX,
            offer_bytes_max: OFFER_BYTES_MAX,
            media_per_participant_max: MEDIA_PER_PARTICIPANT_MAX,
            connect_timeout: CONNECT_TIMEOUT,
            idle_timeout: IDLE_TIMEOUT,
        }
    }
}

/// ICE-TCP connections (RFC 6544, the fallback where UDP is blocked) open at once, all
/// participants together; more are closed at accept.
pub const TCP_CONNECTIONS_MAX: usize = 2_000;
/// ICE-TCP connections open at once from one IP address (a browser opens one per candidate
/// pair it checks; a NAT may put a few participants behind one address).
pub const TCP_CONNECTIONS_PER_IP_MAX: usize = 32;
/// An ICE-TCP connection that delivers no frame this long is closed (browsers send STUN
/// consent checks every few seconds).
pub const TCP_IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// Frames waiting to be written to one ICE-TCP connection; more are dropped, as the network
/// would drop datagrams.
pub const TCP_SEND_QUEUE_MAX: usize = 256;
/// Frames read from all ICE-TCP connections waiting for the SFU task; a reader waits when it
/// is full (TCP's own flow control then slows the sender).
pub const TCP_RECV_QUEUE_MAX: usize = 1_024;
