//! Server limits, all in one place, with units last. The protocol ceilings live in
//! [`conclave_proto::limits`]; these are the operator-tunable ones (config file `[limits]`).

use conclave_proto::limits::{FRAME_BYTES_MAX, PAYLOAD_BYTES_MAX};

/// Unused, unexpired device link codes one account may hold at once.
pub const DEVICE_LINKS_PENDING_PER_ACCOUNT_MAX: u32 = 16;

/// Groups one device may be a member of (bounds `MyGroups` well under one frame).
pub const GROUPS_PER_DEVICE_MAX: usize = 1_000;

/// Room a `Deliver` frame (and a key-package `Response`) needs besides the variable-length
/// bytes it carries: version, tags, ids, timestamps, length prefixes, a group id. Commits and
/// Welcomes are refused when their delivery would not fit in
/// [`FRAME_BYTES_MAX`](conclave_proto::limits::FRAME_BYTES_MAX) with this much to spare: a
/// client could not decode it, and it would block that device's queue.
pub const FRAMING_BYTES_MAX: usize = 256;

/// Seconds a session waits for its client to accept a frame (make progress reading) before it
/// considers the client gone and ends the session.
pub const SESSION_WRITE_STALL_SECS: u64 = 30;

/// How often a running server looks for changes made by operator commands (which run in
/// another process and write the store): a disabled account's open sessions end within this.
pub const OPERATOR_CHANGES_POLL_MS: u64 = 1_000;

/// Operator changes read per poll (more wait for the next poll, which comes at once).
pub const OPERATOR_CHANGES_BATCH: u32 = 256;

/// Bytes a device id may take in an encoded frame (a postcard varint of a u64).
pub const DEVICE_ID_BYTES_MAX: usize = 10;

/// Operator-tunable limits. Every one is checked before any allocation it bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Concurrent WebSocket sessions the server accepts; separately, the same number of TLS
    /// connections that have not (yet) become sessions. Both are lowered at start when the
    /// file descriptor limit cannot carry them (`conclave-server`'s `fdlimit.rs`).
    pub connections_max: usize,
    /// Undelivered entries one device's queue may hold; a `Send` to a full queue is refused.
    pub queue_entries_per_device_max: u64,
    /// How long an unacknowledged queue entry is kept, in seconds.
    pub queue_ttl_secs: u64,
    /// Invitation uses a member (not an admin) may grant in total.
    pub invites_per_member_max: u32,
    /// Sustained requests per second per session, and the burst above it.
    pub requests_per_sec: u32,
    pub requests_burst: u32,
    /// Largest frame a client may send (≤ the protocol ceiling).
    pub frame_bytes_max: usize,
    /// Largest payload in one `Send` (≤ the protocol ceiling).
    pub payload_bytes_max: usize,
    /// Most operations one group commit covers.
    pub write_batch_max: usize,
    /// Seconds a client has to authenticate after its WebSocket is open.
    pub auth_timeout_secs: u64,
    /// Connections from one IP address (an IPv6 /64) that are not yet authenticated sessions
    /// (in the TLS handshake, HTTP before the WebSocket upgrade, or WebSocket before `Ready`);
    /// the next one is closed at accept. Authenticated sessions do not count.
    pub unauthenticated_per_ip_max: usize,
    /// Seconds a TLS handshake may take.
    pub tls_handshake_timeout_secs: u64,
    /// Seconds a client has to send a whole HTTP request head, counted from when the server
    /// starts waiting for it: after the handshake, and between keep-alive requests (so it is
    /// also the idle timeout of a keep-alive connection).
    pub http_header_timeout_secs: u64,
    /// Seconds an HTTP connection may live without becoming a WebSocket; then it is closed
    /// after the response in flight (which gets at most the same time again).
    pub http_connection_secs_max: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connections_max: 50_000,
            queue_entries_per_device_max: 100_000,
            queue_ttl_secs: 30 * 24 * 3600,
            invites_per_member_max: 5,
            requests_per_sec: 1_000,
            requests_burst: 2_000,
            frame_bytes_max: FRAME_BYTES_MAX,
            payload_bytes_max: PAYLOAD_BYTES_MAX,
            write_batch_max: 1_024,
            auth_timeout_secs: 30,
            unauthenticated_per_ip_max: 64,
            tls_handshake_timeout_secs: 10,
            http_header_timeout_secs: 10,
            http_connection_secs_max: 300,
        }
    }
}

/// A token bucket for per-session request rates. Time comes in as milliseconds.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    tokens_milli: u64,
    capacity_milli: u64,
    refill_per_sec: u64,
    last_ms: i64,
}

impl TokenBucket {
    pub fn new(per_sec: u32, burst: u32, now_ms: i64) -> Self {
        let capacity_milli = u64::from(burst.max(1)) * 1000;
        TokenBucket {
            tokens_milli: capacity_milli,
            capacity_milli,
            refill_per_sec: u64::from(per_sec),
            last_ms: now_ms,
        }
    }

    /// Takes one token; on refusal returns how many milliseconds until one is available.
    pub fn take(&mut self, now_ms: i64) -> Result<(), u64> {
        let elapsed_ms = u64::try_from(now_ms.saturating_sub(self.last_ms)).unwrap_or(0);
        self.last_ms = self.last_ms.max(now_ms);
        let refill = elapsed_ms.saturating_mul(self.refill_per_sec);
        self.tokens_milli = self
            .tokens_milli
            .saturating_add(refill)
            .min(self.capacity_milli);
        if self.tokens_milli >= 1000 {
            self.tokens_milli -= 1000;
            Ok(())
        } else if self.refill_per_sec == 0 {
            Err(u64::MAX)
        } else {
            Err((1000 - self.tokens_milli).div_ceil(self.refill_per_sec))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_refills() {
        let mut b = TokenBucket::new(10, 2, 0);
        assert!(b.take(0).is_ok());
        assert!(b.take(0).is_ok());
        assert_eq!(b.take(0), Err(100));
        assert!(b.take(100).is_ok());
        assert!(b.take(100).is_err());
    }
}
