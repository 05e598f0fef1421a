//! The storage seam. One trait, implemented by SQLite (embedded default) and, later,
//! PostgreSQL; both must pass [`crate::conformance`].
//!
//! Every method is one atomic unit: writes that belong together are one transaction, and a
//! method returns only after its effect is durable (the SQLite store batches many callers into
//! one commit). Domain rejections (used invitation, full queue, …) are typed variants, so the
//! core can answer a peer precisely; `Backend` is for everything the peer must not see.

use async_trait::async_trait;
use conclave_proto::{AccountId, DeviceId, GroupId, QueueSeq, Timestamp, Username};

use crate::{model::*, push::PushSubscriptionRecord};

/// What one claimed key package costs in a response besides its bytes (device id and length
/// prefixes, generously); see [`Store::claim_key_packages`].
pub const KEY_PACKAGE_CLAIM_OVERHEAD_BYTES: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("unknown invitation")]
    InviteUnknown,
    #[error("invitation already used")]
    InviteUsed,
    #[error("invitation expired")]
    InviteExpired,
    #[error("invitation revoked")]
    InviteRevoked,
    #[error("username taken")]
    UsernameTaken,
    #[error("device key already registered")]
    DeviceKeyTaken,
    #[error("unknown renewal code")]
    RenewalUnknown,
    #[error("renewal code already used")]
    RenewalUsed,
    #[error("renewal code expired")]
    RenewalExpired,
    #[error("invitation quota exceeded: {used} of {quota} uses granted")]
    QuotaExceeded { quota: u32, used: u32 },
    #[error("queue of device {0} is full")]
    QueueFull(DeviceId),
    #[error("unknown device {0}")]
    UnknownDevice(DeviceId),
    #[error("not found")]
    NotFound,
    // --- accounts and devices ---
    #[error("account {username} is disabled")]
    AccountDisabled { username: Username },
    #[error("account {username} expired at {expires_at}")]
    AccountExpired {
        username: Username,
        expires_at: Timestamp,
    },
    #[error("the account already has {max} devices")]
    TooManyDevices { max: usize },
    #[error("unknown device link code")]
    DeviceLinkUnknown,
    #[error("device link code already used")]
    DeviceLinkUsed,
    #[error("device link code expired")]
    DeviceLinkExpired,
    #[error("the account already has {max} unused device link codes")]
    TooManyDeviceLinks { max: u32 },
    // --- key packages ---
    #[error("device has {stored} one-time key packages; {adding} more would pass {max}")]
    TooManyKeyPackages {
        stored: u32,
        adding: usize,
        max: usize,
    },
    #[error("claimed key packages total {bytes} bytes, more than {max}")]
    KeyPackagesTooLarge { bytes: usize, max: usize },
    // --- groups ---
    #[error("unknown group {0:?}")]
    UnknownGroup(GroupId),
    #[error("group {0:?} already exists")]
    GroupExists(GroupId),
    #[error("the device is not a member of the group")]
    NotMember,
    #[error("stale epoch: the group is at epoch {current}")]
    StaleEpoch { current: u64 },
    #[error("device {0} is already a member")]
    AlreadyMember(DeviceId),
    #[error("device {0} is not a member")]
    NotAMember(DeviceId),
    #[error("the group would have {size} devices; the limit is {max}")]
    GroupFull { size: usize, max: usize },
    #[error("device {device} is already in {max} groups")]
    TooManyGroups { device: DeviceId, max: usize },
    #[error("device {0} fell behind in this group and waits to be added back")]
    FellBehind(DeviceId),
    /// A relay row's node name is empty, or a field passes its limit (see
    /// [`RelayNodeRecord::check`]); a server bug, never a peer's input.
    #[error("relay node row field of {bytes} bytes (empty, or more than {max})")]
    RelayNodeTooLarge { bytes: usize, max: usize },
    #[error("the store is shutting down")]
    Closed,
    /// An internal failure (I/O, SQL). The text is for logs only, never for peers.
    #[error("store failure: {0}")]
    Backend(String),
}

#[async_trait]
pub trait Store: Send + Sync + 'static {
    // --- accounts and devices ---
    async fn account(&self, id: AccountId) -> Result<Option<AccountRecord>, StoreError>;
    async fn account_by_name(&self, name: &Username) -> Result<Option<AccountRecord>, StoreError>;
    /// All accounts, in creation order.
    async fn accounts(&self) -> Result<Vec<AccountRecord>, StoreError>;
    async fn set_account_disabled(&self, name: &Username, disabled: bool)
    -> Result<(), StoreError>;
    async fn device(&self, id: DeviceId) -> Result<Option<DeviceRecord>, StoreError>;
    async fn devices_of(&self, account: AccountId) -> Result<Vec<DeviceRecord>, StoreError>;
    /// Whether some device of account `a` and some device of account `b` are members of one
    /// group (false for unknown accounts). One indexed query: it runs on every directory lookup.
    async fn shares_group(&self, a: AccountId, b: AccountId) -> Result<bool, StoreError>;

    // --- invitations ---
    /// Stores an invitation; with `quota` set, refuses it when the creator's granted uses
    /// (unexpired, unrevoked invitations count in full; others count what was redeemed) plus
    /// `uses` would exceed the quota.
    async fn create_invite(&self, invite: NewInvite) -> Result<InviteRecord, StoreError>;
    /// Invitations created by `creator` (`None`: the operator's), oldest first.
    async fn invites_by(&self, creator: Option<AccountId>)
    -> Result<Vec<InviteRecord>, StoreError>;
    /// Invitation uses `account` has granted so far, as counted against its quota.
    async fn invite_uses_granted(
        &self,
        account: AccountId,
        now: Timestamp,
    ) -> Result<u32, StoreError>;
    /// Revokes an invitation. `by = Some(account)` may revoke only its own; `None` any.
    async fn revoke_invite(
        &self,
        by: Option<AccountId>,
        which: InviteSelector,
    ) -> Result<(), StoreError>;
    /// Atomically checks the invitation, takes one use, creates the account and its first
    /// device (validity from the invitation's terms).
    async fn redeem_invite(
        &self,
        r: Redemption,
    ) -> Result<(AccountRecord, DeviceRecord), StoreError>;

    // --- renewals ---
    async fn create_renewal(&self, renewal: NewRenewal) -> Result<(), StoreError>;
    /// Redeems a renewal code: `expires_at = max(expires_at, now) + validity`. Returns the new expiry.
    async fn redeem_renewal(
        &self,
        account: AccountId,
        code: CodeHash,
        now: Timestamp,
    ) -> Result<Timestamp, StoreError>;

    // --- device links ---
    /// Stores a device link code for `link.account`; refuses it when the account already holds
    /// `pending_max` unused, unexpired codes, or does not exist (`NotFound`).
    async fn create_device_link(&self, link: NewDeviceLink) -> Result<(), StoreError>;
    /// Atomically checks the code (unknown, used, expired), its account (disabled, expired,
    /// `devices_max` reached) and the key (taken), marks the code used and creates the device.
    /// A refusal changes nothing (the code stays usable).
    async fn redeem_device_link(
        &self,
        r: DeviceLinkRedemption,
    ) -> Result<(AccountRecord, DeviceRecord), StoreError>;
    /// Deletes `device` of `account` with its queue rows (releasing their payloads), key
    /// packages and group memberships (groups left without members are deleted). A device of
    /// another account is `UnknownDevice`, like one that does not exist.
    async fn remove_device(&self, account: AccountId, device: DeviceId) -> Result<(), StoreError>;

    // --- key packages ---
    /// Adds one-time packages and replaces the last-resort one, atomically; refuses the whole
    /// upload when the one-time stock would pass `one_time_max`. Returns the one-time stock.
    async fn publish_key_packages(&self, upload: KeyPackageUpload) -> Result<u32, StoreError>;
    /// The device's stock (zero for an unknown device).
    async fn key_package_stock(&self, device: DeviceId) -> Result<KeyPackageStock, StoreError>;
    /// For each device (in the given order, each once): removes and returns its oldest one-time
    /// package, else returns (and keeps) its last-resort one; devices with neither are left out.
    /// But if the claimer took a one-time package of that device less than `window_secs` ago,
    /// only the last-resort one (the device is then listed in `held_back`): one account takes
    /// at most one one-time package per device per window, whichever node or session it uses.
    /// Taking a one-time package records (claimer, device, now). Atomic: a one-time package is
    /// handed out once, even to concurrent claims, and concurrent claims of one claimer take at
    /// most one. Refuses the whole claim (taking and recording nothing) if a device is unknown
    /// or the packages total more than `bytes_max` (each counted with a fixed overhead, see
    /// [`KEY_PACKAGE_CLAIM_OVERHEAD_BYTES`]). The claimer is not checked (the core names the
    /// session's account).
    async fn claim_key_packages(
        &self,
        claim: KeyPackageClaim,
    ) -> Result<KeyPackagesClaimed, StoreError>;
    /// Forgets the records of one-time packages taken at or before `taken_before` (they hold
    /// nothing back any more once the window has passed); returns how many.
    async fn sweep_key_package_claims(&self, taken_before: Timestamp) -> Result<u64, StoreError>;

    // --- groups ---
    /// Creates a group at epoch 0 whose only member is the creator.
    async fn create_group(&self, group: NewGroup) -> Result<(), StoreError>;
    /// Applies a commit atomically: checks membership, epoch (one commit per epoch wins),
    /// `added` (existing non-members, under their group limit) and the resulting size
    /// (`removed` devices that are no longer members, because they left or were deleted, are
    /// accepted: the MLS tree catches up with the member list); moves the group to `epoch + 1` with the group's next seq; queues the
    /// commit once for every member before the change but the sender, and the Welcome for the
    /// added devices; updates the member list. Any refusal changes nothing.
    async fn commit(&self, commit: GroupCommit) -> Result<CommitAccepted, StoreError>;
    /// Queues an application message for every member but the sender with the group's next
    /// seq, if the sender is a member and `epoch` is current.
    async fn post(&self, post: GroupPost) -> Result<PostAccepted, StoreError>;
    /// A group's epoch and members (`None`: no such group).
    async fn group(&self, group: &GroupId) -> Result<Option<GroupRecord>, StoreError>;
    /// Groups `device` is a member of, with their epochs, oldest group first.
    async fn groups_of(&self, device: DeviceId) -> Result<Vec<(GroupId, u64)>, StoreError>;
    /// Drops those of `devices` that are members from the group's member list (no epoch
    /// change, nothing queued), atomically; `NotMember` when none is. A group left without
    /// members is deleted. (A member leaves with all of its account's devices at once.)
    async fn leave_group(&self, group: &GroupId, devices: Vec<DeviceId>) -> Result<(), StoreError>;
    /// A member that fell behind in `group` (see `GroupEvent::Behind`) asks to be added back:
    /// behind → rejoining. Idempotent for a rejoining member; `NotMember` for a device that
    /// is not in the routing list, and `Ok(false)` (nothing changed) for one that is in sync.
    async fn request_rejoin(&self, group: &GroupId, device: DeviceId) -> Result<bool, StoreError>;

    // --- who may reach whom ---
    /// Those of `recipients` that are neither devices of `account` (the sender's) nor members
    /// of a group that `sender` is a member of, ascending (unknown devices included: a
    /// stranger's device and a missing one look the same).
    async fn recipients_outside(
        &self,
        sender: DeviceId,
        account: AccountId,
        recipients: &[DeviceId],
    ) -> Result<Vec<DeviceId>, StoreError>;

    // --- relay tokens ---
    /// Takes up to `want` of the relay tokens `account` may still fetch on UTC day `day`
    /// (days since 1970-01-01) out of `per_day`, atomically (concurrent takes of one account,
    /// on any node, never grant more than `per_day` together); returns how many it granted
    /// (`0` when none are left; fewer than `want` when fewer are left). Only the count is
    /// stored: nothing about the tokens. Rows of days before today are removed by
    /// [`Store::sweep`].
    async fn take_relay_tokens(
        &self,
        account: AccountId,
        day: u32,
        want: u32,
        per_day: u32,
    ) -> Result<u32, StoreError>;
    /// How many relay tokens `account` may still fetch on `day` out of `per_day`.
    async fn relay_tokens_left(
        &self,
        account: AccountId,
        day: u32,
        per_day: u32,
    ) -> Result<u32, StoreError>;

    // --- cluster relay rows ---
    /// Inserts `row`, or replaces the row of the same node; refuses one that fails
    /// [`RelayNodeRecord::check`] (writing nothing).
    async fn upsert_relay_node(&self, row: RelayNodeRecord) -> Result<(), StoreError>;
    /// Rows updated at or after `since`, most recently updated first (then by node), at most
    /// [`RELAY_NODES_MAX`]. Older rows stay (a node that comes back replaces its own) but are
    /// never listed.
    async fn relay_nodes(&self, since: Timestamp) -> Result<Vec<RelayNodeRecord>, StoreError>;

    // --- operator changes ---
    /// Changes made by operator commands (`conclave-server admin …`, often from another
    /// process) with `seq > after`, oldest first, at most `limit`: running servers poll this to
    /// apply them to open sessions. `operator_changes(u64::MAX, 0)` is never needed: see
    /// [`Store::operator_change_head`].
    async fn operator_changes(
        &self,
        after: u64,
        limit: u32,
    ) -> Result<Vec<OperatorChange>, StoreError>;
    /// The seq of the latest operator change (0: none yet).
    async fn operator_change_head(&self) -> Result<u64, StoreError>;

    // --- push subscriptions ---
    /// Stores `device`'s Web Push subscription, replacing any earlier one; `None` deletes it.
    /// A device's subscription goes with the device.
    async fn set_push_subscription(
        &self,
        device: DeviceId,
        subscription: Option<PushSubscriptionRecord>,
    ) -> Result<(), StoreError>;
    async fn push_subscription(
        &self,
        device: DeviceId,
    ) -> Result<Option<PushSubscriptionRecord>, StoreError>;
    /// Deletes `device`'s subscription if it still has this endpoint (the push service said
    /// it expired; a newer one stays). Returns whether one was deleted.
    async fn drop_push_subscription(
        &self,
        device: DeviceId,
        endpoint: &str,
    ) -> Result<bool, StoreError>;

    // --- device queues ---
    /// Stores the payload once and appends one entry to each recipient's queue, atomically.
    /// Refuses the whole payload if a recipient is unknown or its queue is full.
    async fn enqueue(&self, payload: NewPayload) -> Result<Enqueued, StoreError>;
    /// Up to `limit` entries of `device`'s queue with `seq > after`, in order. Entries whose
    /// TTL has passed at `now` are left out, even before a sweep removes them: a message under a
    /// disappearing timer is not handed out after its queue lifetime.
    async fn fetch(
        &self,
        device: DeviceId,
        after: QueueSeq,
        limit: u32,
        now: Timestamp,
    ) -> Result<Vec<QueueEntry>, StoreError>;
    /// Removes the given entries of `device`'s queue; returns how many existed.
    async fn ack(&self, device: DeviceId, seqs: &[QueueSeq]) -> Result<u32, StoreError>;
    /// Drops queue entries whose TTL has passed and purges accounts that expired before
    /// `purge_expired_before` (with their devices, queues, key packages, group memberships and
    /// device link codes; groups left without members are deleted). Device link codes that
    /// expired before `purge_expired_before` are deleted too, and relay token counts of UTC
    /// days before `now`'s.
    async fn sweep(
        &self,
        now: Timestamp,
        purge_expired_before: Timestamp,
    ) -> Result<SweepStats, StoreError>;

    // --- lifecycle ---
    /// Finishes every write accepted so far, then refuses new ones with [`StoreError::Closed`].
    async fn close(&self);
    /// (durable commits, write operations) since start, for metrics: commits per operation is
    /// the fsync cost of group commit.
    fn write_stats(&self) -> (u64, u64);
}
