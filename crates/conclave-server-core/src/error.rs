//! The one mapping from internal errors to wire errors. Internals (paths, SQL) never reach a peer.

use conclave_proto::{ErrorCode, Timestamp, Username, WireError};

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CoreError {
    /// The peer did something wrong; the message is for the peer.
    #[error(transparent)]
    Peer(#[from] WireError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl CoreError {
    pub fn peer(code: ErrorCode, message: impl Into<String>) -> Self {
        CoreError::Peer(WireError::new(code, message))
    }

    /// The error to send to the peer. Internal failures become a generic `Internal`.
    pub fn to_wire(&self) -> WireError {
        use ErrorCode as C;
        let (code, message): (ErrorCode, String) = match self {
            CoreError::Peer(e) => return e.clone(),
            CoreError::Store(e) => match e {
                StoreError::InviteUnknown => {
                    (C::InviteUnknown, "this invitation does not exist".into())
                }
                StoreError::InviteUsed => (
                    C::InviteUsed,
                    "this invitation has already been used".into(),
                ),
                StoreError::InviteExpired => {
                    (C::InviteExpired, "this invitation has expired".into())
                }
                StoreError::InviteRevoked => {
                    (C::InviteRevoked, "this invitation was revoked".into())
                }
                StoreError::UsernameTaken => (
                    C::UsernameTaken,
                    "this username is taken; choose another".into(),
                ),
                StoreError::DeviceKeyTaken => (
                    C::DeviceKeyTaken,
                    "this device key is already registered".into(),
                ),
                StoreError::RenewalUnknown => {
                    (C::RenewalUnknown, "this renewal code does not exist".into())
                }
                StoreError::RenewalUsed => (
                    C::RenewalUsed,
                    "this renewal code has already been used".into(),
                ),
                StoreError::RenewalExpired => {
                    (C::RenewalExpired, "this renewal code has expired".into())
                }
                StoreError::QuotaExceeded { quota, used } => (
                    C::QuotaExceeded,
                    format!(
                        "invitation quota reached: you have granted {used} of your {quota} invitation uses, \
                         {} left",
                        quota.saturating_sub(*used)
                    ),
                ),
                StoreError::FellBehind(d) => (
                    C::FellBehind,
                    format!(
                        "device {d} fell behind in this conversation (its queue was full) and \
                         waits to be added back by a member's next commit"
                    ),
                ),
                StoreError::QueueFull(d) => (
                    C::QueueFull,
                    format!("the queue of device {d} is full; it must come online and catch up"),
                ),
                StoreError::UnknownDevice(d) => (C::NotFound, format!("unknown device {d}")),
                StoreError::NotFound => (C::NotFound, "not found".into()),
                StoreError::AccountDisabled { username } => {
                    (C::AccountDisabled, account_disabled_message(username))
                }
                StoreError::AccountExpired {
                    username,
                    expires_at,
                } => (
                    C::AccountExpired,
                    account_expired_message(username, *expires_at),
                ),
                StoreError::TooManyDevices { max } => (
                    C::LimitExceeded,
                    format!(
                        "this account already has {max} devices, the limit; remove one first"
                    ),
                ),
                StoreError::DeviceLinkUnknown => (
                    C::DeviceLinkInvalid,
                    "this device link code does not exist; create a new one on a device of the account"
                        .into(),
                ),
                StoreError::DeviceLinkUsed => (
                    C::DeviceLinkInvalid,
                    "this device link code has already been used; create a new one".into(),
                ),
                StoreError::DeviceLinkExpired => (
                    C::DeviceLinkInvalid,
                    "this device link code has expired; create a new one".into(),
                ),
                StoreError::TooManyDeviceLinks { max } => (
                    C::LimitExceeded,
                    format!(
                        "this account already has {max} unused device link codes, the limit; \
                         use one or wait until they expire"
                    ),
                ),
                StoreError::TooManyKeyPackages {
                    stored,
                    adding,
                    max,
                } => (
                    C::LimitExceeded,
                    format!(
                        "this device has {stored} one-time key packages at the server; adding {adding} \
                         would pass the limit of {max}"
                    ),
                ),
                StoreError::KeyPackagesTooLarge { bytes, max } => (
                    C::LimitExceeded,
                    format!(
                        "the key packages of these devices take {bytes} bytes, more than one response \
                         carries ({max}); claim fewer devices at a time (nothing was claimed)"
                    ),
                ),
                StoreError::UnknownGroup(g) => {
                    (C::NotFound, format!("no group {} on this server", g.to_hex()))
                }
                StoreError::GroupExists(g) => (
                    C::InvalidArgument,
                    format!("group id {} is already taken; choose another", g.to_hex()),
                ),
                StoreError::NotMember => (
                    C::NotMember,
                    "this device is not a member of the group".into(),
                ),
                StoreError::StaleEpoch { current } => (
                    C::StaleEpoch,
                    format!(
                        "stale epoch: the group is at epoch {current}; process the pending commits, \
                         then retry"
                    ),
                ),
                StoreError::AlreadyMember(d) => (
                    C::InvalidArgument,
                    format!("device {d} is already a member of the group"),
                ),
                StoreError::NotAMember(d) => (
                    C::InvalidArgument,
                    format!("device {d} is not a member of the group, so it cannot be removed"),
                ),
                StoreError::GroupFull { size, max } => (
                    C::LimitExceeded,
                    format!("the group would have {size} devices; the limit is {max}"),
                ),
                StoreError::TooManyGroups { device, max } => (
                    C::LimitExceeded,
                    format!("device {device} is already in {max} groups, the limit"),
                ),
                StoreError::Closed => (
                    C::ShuttingDown,
                    "the server is shutting down; reconnect shortly".into(),
                ),
                StoreError::Backend(_) | StoreError::RelayNodeTooLarge { .. } => {
                    (C::Internal, "internal server error".into())
                }
            },
        };
        WireError::new(code, message)
    }

    /// True for failures the operator should see in logs as errors.
    pub fn is_internal(&self) -> bool {
        matches!(self, CoreError::Store(StoreError::Backend(_)))
    }
}

pub(crate) fn account_disabled_message(username: &Username) -> String {
    format!("account {username} is disabled by the operator")
}

pub(crate) fn account_expired_message(username: &Username, expires_at: Timestamp) -> String {
    format!(
        "account {username} expired on {}; ask an admin for a renewal code and run `conclave renew CODE`",
        expires_at.to_date()
    )
}
