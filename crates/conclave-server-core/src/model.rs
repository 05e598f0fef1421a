//! Records the store keeps. Wire types are converted at the edge (see `core.rs`).

use conclave_proto::{
    AccountId, DeviceId, DeviceName, DevicePublicKey, GroupEvent, GroupId, PayloadId, PayloadKind,
    QueueSeq, Timestamp, Username,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRecord {
    pub id: AccountId,
    pub username: Username,
    pub is_admin: bool,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub disabled: bool,
    /// The account whose invitation created this one (`None`: an operator's invitation).
    pub invited_by: Option<AccountId>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    pub id: DeviceId,
    pub account: AccountId,
    pub key: DevicePublicKey,
    pub name: DeviceName,
    pub created_at: Timestamp,
}

/// SHA-256 of a secret code with a domain separator; the only form in which codes are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeHash(pub [u8; 32]);

impl CodeHash {
    pub fn of(kind: CodeKind, code: &conclave_proto::SecretCode) -> Self {
        use sha2::Digest as _;
        let mut h = sha2::Sha256::new();
        h.update(match kind {
            CodeKind::Invite => b"conclave invite v1\0".as_slice(),
            CodeKind::Renewal => b"conclave renewal v1\0".as_slice(),
            CodeKind::DeviceLink => b"conclave device link v1\0".as_slice(),
        });
        h.update(code.0);
        CodeHash(h.finalize().into())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Invite,
    Renewal,
    /// A one-time code that adds a device to an existing account.
    DeviceLink,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvite {
    pub code_hash: CodeHash,
    /// `None`: created by the operator.
    pub created_by: Option<AccountId>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub uses: u32,
    pub grants_admin: bool,
    pub account_validity_secs: u64,
    /// For members: the total invitation uses they may grant. `None`: no quota.
    pub quota: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteRecord {
    pub id: u64,
    pub created_by: Option<AccountId>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub uses_total: u32,
    pub uses_left: u32,
    pub revoked: bool,
    pub grants_admin: bool,
    pub account_validity_secs: u64,
    pub redeemed_by: Vec<Username>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteSelector {
    Id(u64),
    Hash(CodeHash),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redemption {
    pub code_hash: CodeHash,
    pub username: Username,
    pub device_key: DevicePublicKey,
    pub device_name: DeviceName,
    pub now: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRenewal {
    pub code_hash: CodeHash,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub validity_secs: u64,
}

/// A payload to store once and queue for each recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPayload {
    pub sender: DeviceId,
    pub kind: PayloadKind,
    pub recipients: Vec<DeviceId>,
    pub body: Vec<u8>,
    pub now: Timestamp,
    pub expires_at: Timestamp,
    pub queue_entries_max: u64,
    /// What a recipient whose queue is full means: refuse the whole payload, or leave that
    /// recipient out (reported in [`Enqueued::skipped`]) so one full queue never stops the
    /// delivery to the others.
    pub on_full: OnFull,
}

/// See [`NewPayload::on_full`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnFull {
    Refuse,
    Skip,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enqueued {
    pub payload: PayloadId,
    pub entries: Vec<(DeviceId, QueueSeq)>,
    /// Recipients left out because their queue was full (`OnFull::Skip`), ascending.
    pub skipped: Vec<DeviceId>,
}

/// A payload the store has just queued, with what it takes to push it to connected
/// recipients from memory (see `Hub::offer`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub payload: PayloadId,
    pub entries: Vec<(DeviceId, QueueSeq)>,
    pub sender: DeviceId,
    pub kind: PayloadKind,
    pub sent_at: Timestamp,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueEntry {
    pub seq: QueueSeq,
    pub payload: PayloadId,
    pub sender: DeviceId,
    pub kind: PayloadKind,
    pub sent_at: Timestamp,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SweepStats {
    pub queue_entries_expired: u64,
    pub accounts_purged: u64,
}

// ------------------------------------------------------------------------------------------------
// Device links

/// A one-time code with which a new device joins `account`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDeviceLink {
    pub code_hash: CodeHash,
    pub account: AccountId,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    /// Most unused, unexpired link codes the account may hold; one more is refused.
    pub pending_max: u32,
}

/// Redeeming a device link code: creates a device for the code's account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceLinkRedemption {
    pub code_hash: CodeHash,
    pub device_key: DevicePublicKey,
    pub device_name: DeviceName,
    pub now: Timestamp,
    /// Most devices the account may have, the new one included.
    pub devices_max: usize,
}

// ------------------------------------------------------------------------------------------------
// Key packages (opaque bytes to the server)

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPackageUpload {
    pub device: DeviceId,
    /// Handed out once each, oldest first.
    pub one_time: Vec<Vec<u8>>,
    /// Replaces the device's earlier last-resort package; handed out when no one-time is left.
    pub last_resort: Option<Vec<u8>>,
    /// Most one-time packages the device may have stored, these included.
    pub one_time_max: usize,
}

/// What a device has in stock at the server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyPackageStock {
    pub one_time: u32,
    pub last_resort: bool,
}

/// A claim of one key package per device, by an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPackageClaim {
    pub claimer: AccountId,
    /// Each once, in the order the packages are returned.
    pub devices: Vec<DeviceId>,
    pub now: Timestamp,
    /// After the claimer took a one-time package of a device, its claims of that device within
    /// this many seconds get the last-resort package instead (0: every claim may take one).
    pub window_secs: u64,
    /// The most the returned packages may total (see
    /// [`crate::store::KEY_PACKAGE_CLAIM_OVERHEAD_BYTES`]).
    pub bytes_max: usize,
}

/// What a claim got.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyPackagesClaimed {
    /// One package per device that had one, in the order of the claim.
    pub packages: Vec<(DeviceId, Vec<u8>)>,
    /// Devices whose one-time packages were withheld because the claimer took one within the
    /// window (they got the last-resort package, or nothing when there is none).
    pub held_back: Vec<DeviceId>,
}

// ------------------------------------------------------------------------------------------------
// Groups (the delivery service's view: an epoch, a member-device list and a sequence number)

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGroup {
    pub group: GroupId,
    pub creator: DeviceId,
    pub now: Timestamp,
    /// Most groups one device may be a member of.
    pub groups_per_device_max: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupRecord {
    pub group: GroupId,
    pub epoch: u64,
    /// Member devices of the routing list, ascending, including those behind.
    pub members: Vec<DeviceId>,
    /// Members that fell behind (a full queue made them miss the group's traffic) and have
    /// not asked to rejoin: nothing of the group is queued for them. Ascending.
    pub behind: Vec<DeviceId>,
    /// Members that fell behind and asked to be added back (`Store::request_rejoin`): a
    /// commit may remove their old leaf and add them again. Ascending.
    pub rejoining: Vec<DeviceId>,
}

impl GroupRecord {
    /// Members that receive the group's traffic (neither behind nor rejoining).
    pub fn in_sync(&self, d: DeviceId) -> bool {
        self.members.binary_search(&d).is_ok()
            && self.behind.binary_search(&d).is_err()
            && self.rejoining.binary_search(&d).is_err()
    }
}

/// How group events are queued: the same rules as [`NewPayload`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FanOut {
    pub now: Timestamp,
    /// When the queue rows expire.
    pub expires_at: Timestamp,
    /// A recipient whose queue holds this many entries is skipped: it falls behind in the
    /// group (see `GroupEvent::Behind`), and the others still receive the event.
    pub queue_entries_max: u64,
}

/// See [`GroupCommit::parts`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitParts {
    pub rejoin: Vec<DeviceId>,
    pub removed: Vec<DeviceId>,
    pub joining: Vec<DeviceId>,
}

impl FanOut {
    /// The `GroupEvent::Behind` notice for devices that missed the group's event `seq`, and how
    /// it is queued: past the queue limit, so a device always learns it fell behind (a
    /// device gets at most one per group while behind).
    pub fn behind_notice(&self, group: &GroupId, seq: u64) -> (Vec<u8>, FanOut) {
        let body = GroupEvent::Behind {
            group: group.clone(),
            seq,
        }
        .encode();
        (
            body,
            FanOut {
                queue_entries_max: u64::MAX,
                ..*self
            },
        )
    }
}

/// A commit made in `epoch` by `sender` (see `Request::Commit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCommit {
    pub group: GroupId,
    pub sender: DeviceId,
    pub epoch: u64,
    pub commit: Vec<u8>,
    pub added: Vec<DeviceId>,
    pub removed: Vec<DeviceId>,
    pub welcome: Option<Vec<u8>>,
    pub fan_out: FanOut,
    /// Most member devices the group may have after the commit.
    pub group_devices_max: usize,
    /// Most groups an added device may be a member of.
    pub groups_per_device_max: usize,
}

impl GroupCommit {
    /// The payload queued for the members before the change (except the sender).
    pub fn commit_event(&self, new_epoch: u64, seq: u64) -> Vec<u8> {
        GroupEvent::Commit {
            group: self.group.clone(),
            epoch: new_epoch,
            seq,
            commit: self.commit.clone(),
            added: self.added.clone(),
            removed: self.removed.clone(),
        }
        .encode()
    }

    /// Splits the commit's device lists against the routing list (`is_member`): devices both
    /// removed and added (members that fell behind and rejoin with a fresh leaf), devices
    /// removed that are still members (others the MLS tree merely catches up on), and devices
    /// that join. The store then checks each part against its own records.
    pub fn parts(&self, is_member: impl Fn(DeviceId) -> bool) -> CommitParts {
        let rejoin: Vec<DeviceId> = self
            .added
            .iter()
            .copied()
            .filter(|d| self.removed.contains(d))
            .collect();
        let removed = self
            .removed
            .iter()
            .copied()
            .filter(|d| is_member(*d) && !rejoin.contains(d))
            .collect();
        let joining = self
            .added
            .iter()
            .copied()
            .filter(|d| !rejoin.contains(d))
            .collect();
        CommitParts {
            rejoin,
            removed,
            joining,
        }
    }

    /// The payload queued for the added devices, if there is a Welcome.
    pub fn welcome_event(&self, new_epoch: u64) -> Option<Vec<u8>> {
        let welcome = self.welcome.as_ref()?;
        Some(
            GroupEvent::Welcome {
                group: self.group.clone(),
                epoch: new_epoch,
                welcome: welcome.clone(),
            }
            .encode(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitAccepted {
    /// The group's epoch after the commit.
    pub epoch: u64,
    /// The commit's place in the group's sequence.
    pub seq: u64,
    /// Devices the commit was queued for (members before the change, sender excluded).
    pub recipients: Vec<DeviceId>,
    /// Devices the Welcome was queued for.
    pub welcomed: Vec<DeviceId>,
    /// The commit event, the Welcome and any `Behind` notices as queued (for pushing from
    /// memory).
    pub queued: Vec<Queued>,
    /// Devices that fell behind with this commit (their queue was full), ascending.
    pub fell_behind: Vec<DeviceId>,
}

/// An application message made in `epoch` by `sender` (see `Request::GroupMessage`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPost {
    pub group: GroupId,
    pub sender: DeviceId,
    pub epoch: u64,
    pub message: Vec<u8>,
    pub fan_out: FanOut,
}

impl GroupPost {
    pub fn event(&self, seq: u64) -> Vec<u8> {
        GroupEvent::Message {
            group: self.group.clone(),
            epoch: self.epoch,
            seq,
            message: self.message.clone(),
        }
        .encode()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostAccepted {
    pub seq: u64,
    /// Devices the message was queued for (every member but the sender).
    pub recipients: Vec<DeviceId>,
    /// The message and any `Behind` notices as queued.
    pub queued: Vec<Queued>,
    /// Devices that fell behind with this message (their queue was full), ascending.
    pub fell_behind: Vec<DeviceId>,
}

/// One change an operator command made, as recorded for running servers (see
/// `Store::operator_changes`). Recorded in the same transaction as the change itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorChange {
    pub seq: u64,
    pub subject: ChangeSubject,
}

/// Operator changes a store keeps (older ones are pruned by the sweep): far more than a server
/// polling every second could fall behind by.
pub const OPERATOR_CHANGES_KEPT: u64 = 10_000;

/// What an operator change touched; the server re-reads it from the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeSubject {
    /// Disabled or enabled.
    Account(AccountId),
    /// Created or revoked by the operator.
    Invite(u64),
}

impl ChangeSubject {
    pub fn to_parts(self) -> (u8, u64) {
        match self {
            ChangeSubject::Account(a) => (1, a.0),
            ChangeSubject::Invite(i) => (2, i),
        }
    }
    pub fn from_parts(kind: u8, id: u64) -> Option<Self> {
        match kind {
            1 => Some(ChangeSubject::Account(AccountId(id))),
            2 => Some(ChangeSubject::Invite(id)),
            _ => None,
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Relay tokens

/// Milliseconds in a UTC day.
pub const DAY_MS: i64 = 86_400_000;

/// The UTC day of `now`, as days since 1970-01-01 (what relay token allowances count by;
/// 0 before 1970).
pub fn utc_day(now: Timestamp) -> u32 {
    u32::try_from(now.0.div_euclid(DAY_MS)).unwrap_or(if now.0 < 0 { 0 } else { u32::MAX })
}

// ------------------------------------------------------------------------------------------------
// Cluster relay rows

/// Longest node name a relay row may carry (a node names itself by its relay id, 17 bytes).
pub const RELAY_NODE_NAME_BYTES_MAX: usize = 64;
/// Largest descriptor or issuer text a relay row may carry (a descriptor with a long exit
/// policy, an issuer with a few RSA-2048 public keys: a few KiB each).
pub const RELAY_NODE_TEXT_BYTES_MAX: usize = 64 * 1024;
/// Rows [`crate::Store::relay_nodes`] returns at most (the directory's own relay limit).
pub const RELAY_NODES_MAX: u32 = 1_000;

/// What one node of a cluster publishes about its private-browsing roles, so that every
/// node's relay directory lists every node's relay and trusts every node's token issuer.
/// Public material only: a relay's and an issuer's private keys stay in the node's data
/// directory. The store keeps the texts opaque (the server encodes and checks them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayNodeRecord {
    /// The node's stable name (the server uses its relay id, derived from its Noise key).
    pub node: String,
    /// The node's relay descriptor as JSON (`None`: the node runs no relay).
    pub descriptor: Option<String>,
    /// The node's token issuer (its name and public keys) as JSON.
    pub issuer_keys: String,
    pub updated_at: Timestamp,
}

impl RelayNodeRecord {
    /// Refuses a row whose name is empty or whose fields pass their limits (before any write).
    pub fn check(&self) -> Result<(), crate::StoreError> {
        let too_large =
            |bytes: usize, max: usize| Err(crate::StoreError::RelayNodeTooLarge { bytes, max });
        if self.node.is_empty() || self.node.len() > RELAY_NODE_NAME_BYTES_MAX {
            return too_large(self.node.len(), RELAY_NODE_NAME_BYTES_MAX);
        }
        let descriptor = self.descriptor.as_ref().map_or(0, String::len);
        if descriptor > RELAY_NODE_TEXT_BYTES_MAX {
            return too_large(descriptor, RELAY_NODE_TEXT_BYTES_MAX);
        }
        if self.issuer_keys.len() > RELAY_NODE_TEXT_BYTES_MAX {
            return too_large(self.issuer_keys.len(), RELAY_NODE_TEXT_BYTES_MAX);
        }
        Ok(())
    }
}
