//! Frames exchanged over the WebSocket session.
//!
//! A session goes: server sends [`ServerFrame::Hello`] with a fresh challenge; the client
//! answers with exactly one of [`ClientFrame::Auth`], [`ClientFrame::Register`] or
//! [`ClientFrame::Renew`]; the server replies [`ServerFrame::Ready`] or [`ServerFrame::Fatal`].
//! After that the client sends [`ClientFrame::Request`]s (answered by
//! [`ServerFrame::Response`] with the same id, in any order) and the server pushes
//! [`ServerFrame::Deliver`] for each entry of the device's queue, in queue order.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{
    AccountId, DeviceId, DeviceName, DevicePublicKey, PayloadId, QueueSeq, RequestId, SecretCode,
    Signature, Timestamp, Username,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClientFrame {
    /// Authenticate an existing device by signing the challenge ([`crate::auth_transcript`]).
    Auth {
        device: DeviceId,
        signature: Signature,
    },
    /// Redeem an invitation: creates the account and its first device. The signature over the
    /// challenge proves possession of `device_key`.
    /// `username` and `device_name` travel raw so the server can name what is wrong with them.
    Register {
        invite: SecretCode,
        username: String,
        device_name: String,
        device_key: DevicePublicKey,
        signature: Signature,
    },
    /// Redeem a renewal code for this device's account. Allowed when the account has expired
    /// (that is the point); the session then continues as after `Auth`.
    Renew {
        device: DeviceId,
        signature: Signature,
        code: SecretCode,
    },
    /// Add a new device to an existing account with a one-time device link code (made by
    /// [`Request::DeviceLinkCreate`] on a device of that account).
    JoinDevice {
        code: SecretCode,
        device_name: String,
        device_key: DevicePublicKey,
        signature: Signature,
    },
    /// A request on an authenticated session.
    Request { id: RequestId, body: Request },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServerFrame {
    /// First frame of every session.
    Hello {
        challenge: [u8; 32],
        server_time: Timestamp,
        /// The server's [`crate::PROTOCOL_REVISION`] (servers before revisions sent 1 here).
        revision: u8,
    },
    /// Authentication succeeded.
    Ready(SessionInfo),
    /// The answer to the request with the same id.
    Response {
        id: RequestId,
        result: Result<Response, WireError>,
    },
    /// One entry of this device's queue, pushed in queue order. Ack it once processed.
    Deliver(Delivery),
    /// The session cannot go on (bad authentication, unknown version, server shutting down).
    /// The server closes the connection after sending it.
    Fatal(WireError),
    /// A member's ephemeral signal (typing) for a group this device is in, pushed while the
    /// session is open and never stored: no queue entry, nothing to ack.
    Ephemeral(Ephemeral),
}

/// An ephemeral signal as the server relays it: the group, the sending device (as the server
/// authenticated it) and the sealed payload, which only the group's members can open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ephemeral {
    pub group: GroupId,
    pub sender: DeviceId,
    /// At most [`crate::limits::EPHEMERAL_BYTES_MAX`].
    pub payload: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub account: AccountInfo,
    pub device: DeviceId,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountInfo {
    pub id: AccountId,
    pub username: Username,
    pub is_admin: bool,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    /// Invitation uses this member may still grant; `None` for admins (no quota).
    pub invites_left: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    WhoAmI,
    /// Create an invitation granting `uses` accounts, valid for `expires_in_secs`.
    InviteCreate {
        uses: u32,
        expires_in_secs: u64,
    },
    /// Invitations this account created.
    InviteList,
    InviteRevoke {
        invite: InviteRef,
    },
    /// Extend this account's validity with a renewal code.
    Renew {
        code: SecretCode,
    },
    /// The active devices of an account (for addressing payloads).
    Devices {
        username: Username,
    },
    /// Store `payload` once and queue it for every recipient device. Answered with
    /// [`Response::Sent`] only after the payload is durably committed.
    Send {
        recipients: Vec<DeviceId>,
        payload: Vec<u8>,
    },
    /// Store this device's key packages (TLS-encoded MLS `KeyPackage`s): one-time ones are
    /// handed out once each; the last-resort one (replacing any earlier) when none are left.
    PublishKeyPackages {
        one_time: Vec<Vec<u8>>,
        last_resort: Option<Vec<u8>>,
    },
    /// How many one-time key packages this device has left at the server.
    KeyPackageCount,
    /// Take one key package for each device (one-time first, else last-resort).
    ClaimKeyPackages {
        devices: Vec<DeviceId>,
    },
    /// Register a new MLS group at epoch 0 whose only member is this device.
    CreateGroup {
        group: GroupId,
    },
    /// A commit made in `epoch`. Accepted only if `epoch` is the group's current epoch (exactly
    /// one commit per epoch wins; others get `StaleEpoch`). On acceptance the group moves to
    /// `epoch + 1`, `added` devices join and `removed` devices leave the server's member list,
    /// the commit fans out to every member device before the change except the sender, and the
    /// Welcome goes to the added devices.
    Commit {
        group: GroupId,
        epoch: u64,
        commit: Vec<u8>,
        added: Vec<DeviceId>,
        removed: Vec<DeviceId>,
        welcome: Option<Vec<u8>>,
    },
    /// An MLS application message made in `epoch` (must be the current epoch). The server
    /// gives it the group's next sequence number and fans it out to every other member device.
    GroupMessage {
        group: GroupId,
        epoch: u64,
        message: Vec<u8>,
    },
    /// The server's view of a group: epoch and member devices (only for members).
    GroupState {
        group: GroupId,
    },
    /// Groups this device is a member of.
    MyGroups,
    /// Stop receiving a group's traffic: the server drops this device from its member list at
    /// once (no epoch change); the remaining members then remove its leaf by commit when they
    /// reconcile their MLS tree with the server's list.
    LeaveGroup {
        group: GroupId,
    },
    /// A one-time code with which a new device joins this account (see `ClientFrame::JoinDevice`).
    DeviceLinkCreate {
        expires_in_secs: u64,
    },
    /// Remove one of this account's own devices (not the current one): its queue is dropped and
    /// it can no longer authenticate. Members remove its leaves from groups by commit.
    DeviceRemove {
        device: DeviceId,
    },
    /// Read up to `limit` entries of `device`'s queue after `after` (must be the session's own device).
    Fetch {
        device: DeviceId,
        after: QueueSeq,
        limit: u32,
    },
    /// Remove delivered entries from `device`'s queue (must be the session's own device).
    Ack {
        device: DeviceId,
        seqs: Vec<QueueSeq>,
    },
    Ping,
    /// The server's view of a group for its members: epoch, member devices, and which of them
    /// fell behind (their queue was full when the group's traffic came) and wait to be added
    /// back. Answered with [`Response::GroupStatus`].
    GroupStatus {
        group: GroupId,
    },
    /// This device processed its [`GroupEvent::Behind`] notice for `group` and asks to be added
    /// back (by any member's next commit, with a fresh key package and Welcome).
    RejoinGroup {
        group: GroupId,
    },
    /// Privacy Pass tokens for the relays (RFC 9578 type 0x0002, blind RSA): one RFC 9578
    /// `TokenRequest` (a blinded message) per token, for the home server's issuer key
    /// `key_id`, at most [`crate::limits::RELAY_TOKEN_REQUESTS_MAX`]. The server sees only
    /// blinded messages: neither the relay a token is for nor the token itself. Answered with
    /// [`Response::RelayTokens`]; fewer responses than requests when the account's daily
    /// allowance runs out (one for each of the first requests).
    RelayTokens {
        key_id: [u8; 32],
        requests: Vec<Vec<u8>>,
    },
    /// This account's relay token allowance and the server's current issuer key. Answered
    /// with [`Response::RelayTokenAllowance`].
    RelayTokenAllowance,
    /// A short-lived token admitting this device to the media of call `call_id` (16 random
    /// bytes, chosen by the member who started it, carried in the call's MLS signals) of
    /// `group`, for members of the group only. Answered with [`Response::CallToken`].
    CallToken {
        group: GroupId,
        call_id: [u8; 16],
    },
    /// This device's Web Push subscription (RFC 8030; the browser's `PushSubscription`),
    /// replacing any earlier one; `None` deletes it. The server then sends a push carrying
    /// nothing of content or sender when something is queued while the device has no session.
    /// Answered with [`Response::PushSubscribed`].
    PushSubscribe {
        subscription: Option<PushSubscription>,
    },
    /// A short-lived grant admitting this device to the blob store's HTTP routes
    /// (`/v1/blobs`: upload attachment ciphertext, charged to this account; download with a
    /// blob's capability). Answered with [`Response::BlobGrant`].
    BlobGrant,
    /// An ephemeral signal for `group` (a typing indicator): relayed at once to the member
    /// devices (except the sender's) that have a session open, on any node, and never stored,
    /// so a device that is offline never gets it. For members only; at most
    /// [`crate::limits::EPHEMERAL_BYTES_MAX`] bytes, rate-limited per device. Answered with
    /// [`Response::EphemeralRelayed`].
    Ephemeral {
        group: GroupId,
        payload: Vec<u8>,
    },
    /// [`Request::GroupMessage`] for a message under a disappearing-messages timer: its
    /// queue entries expire after `ttl_secs` (at least 1; the server's queue TTL when that is
    /// shorter), so a device offline for longer never receives it and no copy outlives the
    /// timer at the server. Answered with [`Response::Posted`].
    GroupMessageExpiring {
        group: GroupId,
        epoch: u64,
        message: Vec<u8>,
        ttl_secs: u64,
    },
    /// [`Request::GroupMessage`] that rings: a call's invitation. Queued and delivered the
    /// same; what differs is the push to a member device with no session: it says "a call"
    /// (still nothing of content, caller or conversation), goes at once instead of waiting for
    /// the device's coalescing window, and the push service keeps it no longer than a ring
    /// lasts. (The server learns that a call starts in the group, which the call tokens its
    /// members then ask for tell it anyway.) Answered with [`Response::Posted`].
    GroupRing {
        group: GroupId,
        epoch: u64,
        message: Vec<u8>,
    },
}

/// A Web Push subscription as the browser hands it out: the push service's URL and the
/// keys RFC 8291 encrypts to. Checked by the server (https, sizes) before it is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushSubscription {
    /// At most [`crate::limits::PUSH_ENDPOINT_BYTES_MAX`].
    pub endpoint: String,
    /// The user agent's P-256 public key, uncompressed (65 bytes).
    pub p256dh: Vec<u8>,
    /// The authentication secret (16 bytes).
    pub auth: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    WhoAmI(SessionInfo),
    InviteCreated(InviteCreated),
    Invites(Vec<InviteInfo>),
    InviteRevoked,
    Renewed {
        expires_at: Timestamp,
    },
    Devices(Vec<DeviceInfo>),
    Sent {
        payload: PayloadId,
        at: Timestamp,
    },
    Queue(Vec<Delivery>),
    Acked {
        removed: u32,
    },
    KeyPackagesStored {
        one_time_available: u32,
    },
    KeyPackageCount {
        one_time_available: u32,
        has_last_resort: bool,
    },
    /// Key packages by device; devices without any are left out.
    KeyPackages(Vec<(DeviceId, Vec<u8>)>),
    GroupCreated,
    /// The commit was accepted: the group is now at `epoch`; `seq` is its place in the group.
    Committed {
        epoch: u64,
        seq: u64,
    },
    /// The application message was accepted with group sequence number `seq`.
    Posted {
        seq: u64,
    },
    GroupState {
        epoch: u64,
        members: Vec<DeviceId>,
    },
    Groups(Vec<(GroupId, u64)>),
    DeviceLinkCreated {
        code: SecretCode,
        expires_at: Timestamp,
    },
    DeviceRemoved,
    Left,
    Pong {
        server_time: Timestamp,
    },
    GroupStatus {
        epoch: u64,
        /// Every member device of the routing list, ascending (those behind included).
        members: Vec<DeviceId>,
        /// Members that fell behind and have not asked to rejoin yet: they receive nothing of
        /// the group until they are added back.
        behind: Vec<DeviceId>,
        /// Members that fell behind and asked to be added back: the next commit removes their
        /// old leaf and adds them with a fresh key package.
        rejoining: Vec<DeviceId>,
    },
    /// `Request::RejoinGroup` was recorded (or already was).
    RejoinRequested,
    /// One RFC 9578 `TokenResponse` (blind signature) for each of the first
    /// `responses.len()` requests, in order; `left_today` more may be fetched before the
    /// allowance renews at 00:00 UTC.
    RelayTokens {
        responses: Vec<Vec<u8>>,
        left_today: u32,
    },
    /// Tokens an account may fetch per UTC day, how many are left today, and the key id
    /// (RFC 9578 `token_key_id`) of the issuer key requests must be made for (`None`: this
    /// server issues no relay tokens).
    RelayTokenAllowance {
        per_day: u32,
        left_today: u32,
        key_id: Option<[u8; 32]>,
    },
    /// A call token (opaque to clients: the SFU verifies it) and when it expires.
    CallToken {
        token: Vec<u8>,
        expires_at: Timestamp,
    },
    /// The push subscription was stored (or deleted).
    PushSubscribed,
    /// A blob grant (opaque to clients: sent as `Authorization: Conclave-Grant <hex>`), when
    /// it expires, and this server's limits on blobs: the largest blob (ciphertext bytes) and
    /// how long one is kept.
    BlobGrant {
        grant: Vec<u8>,
        expires_at: Timestamp,
        blob_bytes_max: u64,
        ttl_secs: u64,
    },
    /// The ephemeral signal went to the member devices connected now.
    EphemeralRelayed,
}

/// Names an invitation: by its id (from `invite list`) or by its secret code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum InviteRef {
    Id(u64),
    Code(SecretCode),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteCreated {
    pub id: u64,
    pub code: SecretCode,
    pub uses: u32,
    pub expires_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteInfo {
    pub id: u64,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub uses_total: u32,
    pub uses_left: u32,
    pub revoked: bool,
    /// Accounts created with this invitation.
    pub redeemed_by: Vec<Username>,
}

impl InviteInfo {
    /// `revoked`, `used`, `expired` or `open` at `now`, for people and front ends.
    pub fn state(&self, now: Timestamp) -> &'static str {
        if self.revoked {
            "revoked"
        } else if self.uses_left == 0 {
            "used"
        } else if self.expires_at <= now {
            "expired"
        } else {
            "open"
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    pub id: DeviceId,
    pub name: DeviceName,
    pub key: DevicePublicKey,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    pub seq: QueueSeq,
    pub payload_id: PayloadId,
    pub sender: DeviceId,
    pub sent_at: Timestamp,
    pub kind: PayloadKind,
    /// `Opaque`: the bytes the sender sent. `Group`: an encoded [`GroupEvent`]
    /// (see [`GroupEvent::decode`]).
    pub payload: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PayloadKind {
    /// Sent with `Request::Send`.
    Opaque,
    /// Made by the delivery service from a `Commit` or `GroupMessage`.
    Group,
}

impl PayloadKind {
    pub fn to_u8(self) -> u8 {
        match self {
            PayloadKind::Opaque => 0,
            PayloadKind::Group => 1,
        }
    }
    pub fn from_u8(n: u8) -> Option<Self> {
        match n {
            0 => Some(PayloadKind::Opaque),
            1 => Some(PayloadKind::Group),
            _ => None,
        }
    }
}

/// What the delivery service tells group members. The MLS bytes inside are opaque to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupEvent {
    /// An accepted commit; the group is now at `epoch`.
    Commit {
        group: GroupId,
        epoch: u64,
        seq: u64,
        commit: Vec<u8>,
        added: Vec<DeviceId>,
        removed: Vec<DeviceId>,
    },
    /// A Welcome for this device into `group` at `epoch`.
    Welcome {
        group: GroupId,
        epoch: u64,
        welcome: Vec<u8>,
    },
    /// An application message sent in `epoch`.
    Message {
        group: GroupId,
        epoch: u64,
        seq: u64,
        message: Vec<u8>,
    },
    /// This device's queue was full when the group's event `seq` came, so the delivery service
    /// skipped it and stops queueing the group's traffic for it: its MLS state of the group
    /// can no longer follow. It answers with `Request::RejoinGroup` once it has processed
    /// this notice, and a member's next commit adds it back with a fresh Welcome. Queued past
    /// the queue limit (one per group at most), so the device always learns it.
    Behind { group: GroupId, seq: u64 },
}

impl GroupEvent {
    pub fn encode(&self) -> Vec<u8> {
        crate::encode(self)
    }
    pub fn decode(bytes: &[u8]) -> Result<Self, crate::CodecError> {
        crate::codec::decode(bytes, |_| None)
    }
    pub fn group(&self) -> &GroupId {
        match self {
            GroupEvent::Commit { group, .. }
            | GroupEvent::Welcome { group, .. }
            | GroupEvent::Message { group, .. }
            | GroupEvent::Behind { group, .. } => group,
        }
    }
}

/// An MLS group id: 1 to 64 opaque bytes, chosen by the group's creator.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct GroupId(Vec<u8>);

impl GroupId {
    pub const BYTES_MAX: usize = 64;
    pub fn new(bytes: Vec<u8>) -> Option<Self> {
        (!bytes.is_empty() && bytes.len() <= Self::BYTES_MAX).then_some(GroupId(bytes))
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Debug for GroupId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GroupId({})", self.to_hex())
    }
}

impl<'de> Deserialize<'de> for GroupId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Vec::<u8>::deserialize(d)?;
        GroupId::new(raw).ok_or_else(|| serde::de::Error::custom("group id must be 1 to 64 bytes"))
    }
}

/// A typed error with a human message. The message never carries server internals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message} ({code})")]
pub struct WireError {
    pub code: ErrorCode,
    pub message: String,
}

impl WireError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        WireError {
            code,
            message: message.into(),
        }
    }
}

macro_rules! error_codes {
    ($($name:ident = $num:literal,)*) => {
        /// Error codes on the wire. Encoded as a number so that a peer that does not know a
        /// newer code still decodes the frame (as [`ErrorCode::Unknown`]).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $($name,)*
            Unknown(u16),
        }
        impl ErrorCode {
            pub fn to_u16(self) -> u16 {
                match self { $(ErrorCode::$name => $num,)* ErrorCode::Unknown(n) => n }
            }
            pub fn from_u16(n: u16) -> Self {
                match n { $($num => ErrorCode::$name,)* n => ErrorCode::Unknown(n) }
            }
            pub fn name(self) -> &'static str {
                match self { $(ErrorCode::$name => stringify!($name),)* ErrorCode::Unknown(_) => "Unknown" }
            }
        }
    };
}

error_codes! {
    BadFrame = 1,
    UnsupportedVersion = 2,
    FrameTooLarge = 3,
    NotAuthenticated = 4,
    AlreadyAuthenticated = 5,
    AuthFailed = 6,
    InviteUnknown = 10,
    InviteUsed = 11,
    InviteExpired = 12,
    InviteRevoked = 13,
    UsernameTaken = 14,
    UsernameInvalid = 15,
    DeviceKeyTaken = 16,
    AccountDisabled = 20,
    AccountExpired = 21,
    RenewalUnknown = 22,
    RenewalUsed = 23,
    RenewalExpired = 24,
    Forbidden = 30,
    NotFound = 31,
    InvalidArgument = 32,
    QuotaExceeded = 40,
    QueueFull = 41,
    RateLimited = 42,
    TooManyConnections = 43,
    LimitExceeded = 44,
    StaleEpoch = 45,
    NotMember = 46,
    NoKeyPackage = 47,
    DeviceLinkInvalid = 48,
    ShuttingDown = 50,
    Internal = 51,
    Unavailable = 52,
    FellBehind = 53,
    RelayTokensUsedUp = 54,
    RelayTokensUnavailable = 55,
    CallTokensUnavailable = 56,
    // A request of a kind the server does not know: the client is newer than the server.
    Unsupported = 57,
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorCode::Unknown(n) => write!(f, "error {n}"),
            other => f.write_str(other.name()),
        }
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(self.to_u16())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        u16::deserialize(d).map(ErrorCode::from_u16)
    }
}
