//! Server limits, all in one place, with units last. The protocol ceilings live in
//! [`conclave_proto::limits`]; these are the operator-tunable ones (config file `[limits]`).

use std::collections::HashMap;

use conclave_proto::{
    AccountId,
    limits::{FRAME_BYTES_MAX, GROUP_DEVICES_MAX, PAYLOAD_BYTES_MAX, RELAY_TOKENS_PER_DAY},
};

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

/// Accounts whose per-account rate limits (directory lookups, key-package claims) one node
/// remembers at once; see [`AccountBuckets`].
pub const RATE_LIMITED_ACCOUNTS_MAX: usize = 100_000;

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
    /// `Devices` lookups of accounts that share no group with the requester's account (to
    /// start a conversation or add someone new) one account may make at once, and the seconds
    /// in which one more becomes available. Lookups of the own account and of conversation
    /// partners are free.
    pub stranger_lookups_burst: u32,
    pub stranger_lookup_interval_secs: u64,
    /// Devices one account may claim key packages for at once (at least
    /// [`GROUP_DEVICES_MAX`], so that a maximal group can be created in one go), and how many
    /// more each minute.
    pub key_package_claims_burst: u32,
    pub key_package_claims_per_min: u32,
    /// After an account took a one-time key package of a device, its claims of that device get
    /// the device's last-resort package for this many seconds: no member can take more than one
    /// one-time package of a device per window, so none can exhaust another's stock.
    pub key_package_claim_window_secs: u64,
    /// Relay tokens (Privacy Pass, for private browsing) one account may fetch per UTC day,
    /// across all its devices and every node of a cluster (counted in the store).
    pub relay_tokens_per_day: u32,
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
            stranger_lookups_burst: 100,
            stranger_lookup_interval_secs: 10,
            key_package_claims_burst: GROUP_DEVICES_MAX as u32,
            key_package_claims_per_min: 1_000,
            key_package_claim_window_secs: 24 * 3600,
            relay_tokens_per_day: RELAY_TOKENS_PER_DAY,
        }
    }
}

/// A token bucket: `tokens` more every `every_ms`, up to `burst`. Time comes in as
/// milliseconds. Exact integer arithmetic: the level is kept in units of 1/`every_ms` token.
#[derive(Debug, Clone)]
pub struct TokenBucket {
    level: u64,
    capacity: u64,
    refill_per_ms: u64,
    every_ms: u64,
    last_ms: i64,
}

impl TokenBucket {
    /// `per_sec` tokens a second, up to `burst` (per-session request rates).
    pub fn new(per_sec: u32, burst: u32, now_ms: i64) -> Self {
        Self::refilling(burst, per_sec, 1_000, now_ms)
    }

    /// `tokens` more every `every_ms` milliseconds, up to `burst`; starts full.
    pub fn refilling(burst: u32, tokens: u32, every_ms: u64, now_ms: i64) -> Self {
        let every_ms = every_ms.max(1);
        let capacity = u64::from(burst.max(1)).saturating_mul(every_ms);
        TokenBucket {
            level: capacity,
            capacity,
            refill_per_ms: u64::from(tokens),
            every_ms,
            last_ms: now_ms,
        }
    }

    fn refill(&mut self, now_ms: i64) {
        let elapsed_ms = u64::try_from(now_ms.saturating_sub(self.last_ms)).unwrap_or(0);
        self.last_ms = self.last_ms.max(now_ms);
        self.level = self
            .level
            .saturating_add(elapsed_ms.saturating_mul(self.refill_per_ms))
            .min(self.capacity);
    }

    /// Takes one token; on refusal returns how many milliseconds until one is available.
    pub fn take(&mut self, now_ms: i64) -> Result<(), u64> {
        self.take_n(1, now_ms)
    }

    /// Takes `n` tokens at once, or none; on refusal returns how many milliseconds until `n`
    /// are available (`u64::MAX`: never, `n` is more than the burst).
    pub fn take_n(&mut self, n: u32, now_ms: i64) -> Result<(), u64> {
        self.refill(now_ms);
        let cost = u64::from(n).saturating_mul(self.every_ms);
        if self.level >= cost {
            self.level -= cost;
            Ok(())
        } else if self.refill_per_ms == 0 || cost > self.capacity {
            Err(u64::MAX)
        } else {
            Err((cost - self.level).div_ceil(self.refill_per_ms))
        }
    }

    /// Whether the bucket is full at `now_ms` (then it is the same as a fresh one).
    pub fn is_full(&self, now_ms: i64) -> bool {
        let mut b = self.clone();
        b.refill(now_ms);
        b.level == b.capacity
    }
}

/// One token bucket per account, at most [`RATE_LIMITED_ACCOUNTS_MAX`] of them. A full
/// bucket is the same as none, so when the map is full, full buckets are forgotten first;
/// should every one still be in use, the fullest goes (its account gets a fresh burst: the
/// bound on memory wins over the exactness of one account's limit).
#[derive(Debug)]
pub struct AccountBuckets {
    buckets: HashMap<AccountId, TokenBucket>,
    burst: u32,
    tokens: u32,
    every_ms: u64,
    accounts_max: usize,
}

impl AccountBuckets {
    /// `tokens` more every `every_ms` milliseconds, up to `burst`, per account.
    pub fn new(burst: u32, tokens: u32, every_ms: u64) -> Self {
        Self::with_capacity(burst, tokens, every_ms, RATE_LIMITED_ACCOUNTS_MAX)
    }

    pub fn with_capacity(burst: u32, tokens: u32, every_ms: u64, accounts_max: usize) -> Self {
        AccountBuckets {
            buckets: HashMap::new(),
            burst,
            tokens,
            every_ms,
            accounts_max: accounts_max.max(1),
        }
    }

    /// Takes `n` tokens from `account`'s bucket (see [`TokenBucket::take_n`]).
    pub fn take(&mut self, account: AccountId, n: u32, now_ms: i64) -> Result<(), u64> {
        if !self.buckets.contains_key(&account) && self.buckets.len() >= self.accounts_max {
            self.buckets.retain(|_, b| !b.is_full(now_ms));
            if self.buckets.len() >= self.accounts_max {
                let fullest = self
                    .buckets
                    .iter_mut()
                    .map(|(a, b)| {
                        b.refill(now_ms);
                        (*a, b.level)
                    })
                    .max_by_key(|(_, level)| *level)
                    .map(|(a, _)| a);
                if let Some(a) = fullest {
                    self.buckets.remove(&a);
                }
            }
        }
        let (burst, tokens, every_ms) = (self.burst, self.tokens, self.every_ms);
        self.buckets
            .entry(account)
            .or_insert_with(|| TokenBucket::refilling(burst, tokens, every_ms, now_ms))
            .take_n(n, now_ms)
    }

    /// Accounts remembered now.
    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
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

    #[test]
    fn bucket_refills_slower_than_one_a_second() {
        // Burst 3, one more every 10 s.
        let mut b = TokenBucket::refilling(3, 1, 10_000, 0);
        for _ in 0..3 {
            assert!(b.take(0).is_ok());
        }
        assert_eq!(b.take(0), Err(10_000));
        assert_eq!(b.take(9_999), Err(1));
        assert!(b.take(10_000).is_ok());
        assert!(b.take(10_000).is_err());
        assert!(b.is_full(10_000 + 30_000));
        assert!(!b.is_full(10_000 + 29_999));
    }

    #[test]
    fn bucket_takes_many_at_once_or_none() {
        let mut b = TokenBucket::refilling(10, 5, 60_000, 0);
        assert_eq!(b.take_n(11, 0), Err(u64::MAX), "more than the burst: never");
        assert!(b.take_n(10, 0).is_ok());
        assert_eq!(b.take_n(5, 0), Err(60_000));
        assert_eq!(b.take_n(1, 12_000), Ok(()), "one of 5 a minute after 12 s");
        assert!(b.take_n(4, 12_000).is_err(), "a refused take takes nothing");
        assert!(b.take_n(4, 60_000).is_ok());
    }

    #[test]
    fn account_buckets_are_per_account_and_bounded() {
        let mut b = AccountBuckets::with_capacity(2, 1, 1_000, 3);
        let a = |n| AccountId(n);
        assert!(b.take(a(1), 2, 0).is_ok());
        assert_eq!(b.take(a(1), 1, 0), Err(1_000));
        assert!(
            b.take(a(2), 2, 0).is_ok(),
            "another account has its own burst"
        );
        assert!(b.take(a(3), 1, 0).is_ok());
        assert_eq!(b.len(), 3);
        // Full map: account 1's bucket (empty) stays; a full one would go first, else the fullest.
        assert!(b.take(a(4), 1, 0).is_ok());
        assert_eq!(b.len(), 3);
        assert_eq!(
            b.take(a(1), 1, 0),
            Err(1_000),
            "the emptiest bucket was kept"
        );
        // Later every bucket is full again, and all are forgotten at once.
        assert!(b.take(a(5), 1, 10_000).is_ok());
        assert_eq!(b.len(), 1);
    }
}
