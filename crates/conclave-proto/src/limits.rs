//! Every protocol and server limit in one place, named with units last.
//!
//! The server enforces these; clients use them to refuse bad input early. Operators can lower
//! or raise the server-side ones in the config file (see `conclave-server`'s `Limits`); the
//! values here are the defaults and the hard protocol ceilings.

/// Largest encoded frame a peer may send. Sized for MLS handshake messages of 1,000-member
/// groups (commits ~83 KB, Welcomes ~150 KB) with room to spare.
pub const FRAME_BYTES_MAX: usize = 1024 * 1024;

/// Largest opaque payload in one `Send` request.
pub const PAYLOAD_BYTES_MAX: usize = 512 * 1024;

/// Most recipient devices one `Send` may address.
pub const RECIPIENTS_MAX: usize = 5_000;

/// Most queue entries one `Ack` or `Fetch` may cover.
pub const QUEUE_BATCH_MAX: usize = 1_024;

/// Username length bounds, in characters of `[a-z0-9._-]`.
pub const USERNAME_CHARS_MIN: usize = 3;
pub const USERNAME_CHARS_MAX: usize = 32;

/// Longest device name, in bytes.
pub const DEVICE_NAME_BYTES_MAX: usize = 64;

/// Most uses a single invitation may grant.
pub const INVITE_USES_MAX: u32 = 10_000;

/// Longest validity an invitation or renewal may grant an account (10 years).
pub const ACCOUNT_VALIDITY_SECS_MAX: u64 = 10 * 366 * 24 * 3600;

/// Longest lifetime of an invitation before it expires (1 year).
pub const INVITE_LIFETIME_SECS_MAX: u64 = 366 * 24 * 3600;

/// WebSocket read/write buffer size. tungstenite's default (128 KiB, allocated eagerly) costs
/// ~134 KiB per idle connection; 4 KiB (the low end of what the issue allows) keeps the
/// per-connection budget (16 KiB all told) reachable.
pub const WS_BUFFER_BYTES: usize = 4 * 1024;

/// Most one-time key packages a device may keep at the server.
pub const KEY_PACKAGES_PER_DEVICE_MAX: usize = 200;

/// Largest encoded key package.
pub const KEY_PACKAGE_BYTES_MAX: usize = 16 * 1024;

/// Most member devices in one group.
pub const GROUP_DEVICES_MAX: usize = 5_000;

/// Most devices per account.
pub const DEVICES_PER_ACCOUNT_MAX: usize = 16;

/// Most relay token requests (blinded messages) in one `RelayTokens` request.
pub const RELAY_TOKEN_REQUESTS_MAX: usize = 32;

/// Default relay tokens one account may fetch per UTC day (`[limits] relay_tokens_per_day`).
/// A circuit spends two (entry and exit).
pub const RELAY_TOKENS_PER_DAY: u32 = 100;

/// Longest Web Push endpoint URL a device may register (push services' URLs are a few
/// hundred bytes).
pub const PUSH_ENDPOINT_BYTES_MAX: usize = 2048;

/// A Web Push subscription's P-256 public key (uncompressed point) and auth secret.
pub const PUSH_P256DH_BYTES: usize = 65;
pub const PUSH_AUTH_BYTES: usize = 16;

/// Largest sealed ephemeral signal (`Request::Ephemeral`; a typing indicator is ~150 bytes).
pub const EPHEMERAL_BYTES_MAX: usize = 512;

/// Ephemeral signals one device may send: a burst, then so many a minute (a typing indicator
/// goes out at most every few seconds while someone types).
pub const EPHEMERAL_BURST: u32 = 10;
pub const EPHEMERAL_PER_MIN: u32 = 60;
