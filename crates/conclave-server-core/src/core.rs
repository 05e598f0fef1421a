//! The session-level logic: authentication, requests, invitations, queues.

use std::{
    collections::BTreeSet,
    sync::{Arc, Mutex, PoisonError},
};

use conclave_proto::{
    AccountId, AccountInfo, ClientFrame, Delivery, DeviceId, DeviceInfo, DeviceName,
    DevicePublicKey, ErrorCode, InviteCreated, InviteInfo, InviteRef, PayloadKind, QueueSeq,
    Request, Response, SecretCode, SessionInfo, Signature, Timestamp, Username, auth_transcript,
    limits::{
        ACCOUNT_VALIDITY_SECS_MAX, DEVICES_PER_ACCOUNT_MAX, FRAME_BYTES_MAX, GROUP_DEVICES_MAX,
        INVITE_LIFETIME_SECS_MAX, INVITE_USES_MAX, KEY_PACKAGE_BYTES_MAX,
        KEY_PACKAGES_PER_DEVICE_MAX, QUEUE_BATCH_MAX, RECIPIENTS_MAX, RELAY_TOKEN_REQUESTS_MAX,
    },
};

use crate::{
    call_token::{CALL_TOKEN_SECS_DEFAULT, CallTokenKey},
    error::{CoreError, account_disabled_message, account_expired_message},
    hub::Hub,
    limits::{
        AccountBuckets, DEVICE_ID_BYTES_MAX, DEVICE_LINKS_PENDING_PER_ACCOUNT_MAX,
        FRAMING_BYTES_MAX, GROUPS_PER_DEVICE_MAX, Limits,
    },
    mls_check,
    model::*,
    push::{PushKind, PushPolicy, PushSubscriptionRecord},
    store::{Store, StoreError},
};

/// A source of fresh random bytes (the OS in production, a seeded generator in tests).
pub type Entropy = Arc<dyn Fn() -> [u8; 32] + Send + Sync>;

#[derive(Debug, Clone)]
pub struct CoreConfig {
    pub limits: Limits,
    /// Validity granted to accounts created from members' invitations.
    pub account_validity_secs: u64,
    /// How long an expired account's data is kept before it is purged.
    pub account_grace_secs: u64,
    /// The key this server issues relay tokens (Privacy Pass, for private browsing) with;
    /// `None`: it issues none (`RelayTokensUnavailable`).
    pub relay_issuer: Option<Arc<conclave_tokens::IssuerSecretKey>>,
    /// The key this server signs call tokens with (see [`crate::call_token`]); `None`: it
    /// issues none (`CallTokensUnavailable`).
    pub call_tokens: Option<Arc<CallTokenKey>>,
    /// Which push endpoints devices may register (see [`crate::push`]); `None`: this server
    /// sends no pushes (`Unavailable`).
    pub push: Option<PushPolicy>,
    /// The blob store's limits, when this server keeps attachments (see [`crate::blob`]);
    /// `None`: it keeps none (`Unavailable`).
    pub blobs: Option<crate::blob::BlobLimits>,
}

impl Default for CoreConfig {
    fn default() -> Self {
        CoreConfig {
            limits: Limits::default(),
            account_validity_secs: 180 * 24 * 3600,
            account_grace_secs: 90 * 24 * 3600,
            relay_issuer: None,
            call_tokens: None,
            push: None,
            blobs: None,
        }
    }
}

/// An authenticated device session.
#[derive(Debug, Clone)]
pub struct Session {
    pub device: DeviceId,
    pub account: AccountId,
    pub username: Username,
    pub is_admin: bool,
    pub expires_at: Timestamp,
}

pub struct Core {
    store: Arc<dyn Store>,
    config: CoreConfig,
    hub: Hub,
    entropy: Entropy,
    /// Per account: `Devices` lookups of accounts it shares no group with.
    stranger_lookups: Mutex<AccountBuckets>,
    /// Per account: devices it claimed key packages for.
    key_package_claims: Mutex<AccountBuckets>,
    /// Per account: ephemeral signals (typing indicators) it sent.
    ephemeral_signals: Mutex<AccountBuckets>,
}

type Result<T, E = CoreError> = std::result::Result<T, E>;

fn peer(code: ErrorCode, message: impl Into<String>) -> CoreError {
    CoreError::peer(code, message)
}

impl Core {
    pub fn new(store: Arc<dyn Store>, config: CoreConfig, entropy: Entropy) -> Self {
        let limits = &config.limits;
        let stranger_lookups = AccountBuckets::new(
            limits.stranger_lookups_burst,
            1,
            limits.stranger_lookup_interval_secs.saturating_mul(1000),
        );
        let key_package_claims = AccountBuckets::new(
            limits.key_package_claims_burst,
            limits.key_package_claims_per_min,
            60_000,
        );
        Core {
            store,
            config,
            hub: Hub::default(),
            entropy,
            stranger_lookups: Mutex::new(stranger_lookups),
            key_package_claims: Mutex::new(key_package_claims),
            ephemeral_signals: Mutex::new(AccountBuckets::new(
                conclave_proto::limits::EPHEMERAL_BURST,
                conclave_proto::limits::EPHEMERAL_PER_MIN,
                60_000,
            )),
        }
    }

    pub fn hub(&self) -> &Hub {
        &self.hub
    }
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }
    pub fn config(&self) -> &CoreConfig {
        &self.config
    }

    /// A fresh authentication challenge.
    pub fn challenge(&self) -> [u8; 32] {
        (self.entropy)()
    }

    fn fresh_code(&self) -> SecretCode {
        let bytes = (self.entropy)();
        let mut code = [0u8; 16];
        code.copy_from_slice(&bytes[..16]);
        SecretCode(code)
    }

    /// Handles the first client frame of a session: `Auth`, `Register` or `Renew`.
    pub async fn open_session(
        &self,
        frame: ClientFrame,
        challenge: &[u8; 32],
        now: Timestamp,
    ) -> Result<Session> {
        match frame {
            ClientFrame::Auth { device, signature } => {
                let (device, account) = self.verify_device(device, &signature, challenge).await?;
                check_account_usable(&account, now)?;
                Ok(session(device.id, account))
            }
            ClientFrame::Register {
                invite,
                username,
                device_name,
                device_key,
                signature,
            } => {
                let username = Username::parse(&username)
                    .map_err(|e| peer(ErrorCode::UsernameInvalid, e.to_string()))?;
                let device_name = DeviceName::parse(&device_name)
                    .map_err(|e| peer(ErrorCode::InvalidArgument, e.to_string()))?;
                verify_signature(&device_key, &signature, challenge)?;
                let code_hash = CodeHash::of(CodeKind::Invite, &invite);
                let (account, device) = self
                    .store
                    .redeem_invite(Redemption {
                        code_hash,
                        username,
                        device_key,
                        device_name,
                        now,
                    })
                    .await?;
                Ok(session(device.id, account))
            }
            ClientFrame::Renew {
                device,
                signature,
                code,
            } => {
                let (device, account) = self.verify_device(device, &signature, challenge).await?;
                if account.disabled {
                    return Err(disabled(&account));
                }
                let expires_at = self
                    .store
                    .redeem_renewal(account.id, CodeHash::of(CodeKind::Renewal, &code), now)
                    .await?;
                Ok(session(
                    device.id,
                    AccountRecord {
                        expires_at,
                        ..account
                    },
                ))
            }
            ClientFrame::JoinDevice {
                code,
                device_name,
                device_key,
                signature,
            } => {
                let device_name = DeviceName::parse(&device_name)
                    .map_err(|e| peer(ErrorCode::InvalidArgument, e.to_string()))?;
                verify_signature(&device_key, &signature, challenge)?;
                let (account, device) = self
                    .store
                    .redeem_device_link(DeviceLinkRedemption {
                        code_hash: CodeHash::of(CodeKind::DeviceLink, &code),
                        device_key,
                        device_name,
                        now,
                        devices_max: DEVICES_PER_ACCOUNT_MAX,
                    })
                    .await?;
                Ok(session(device.id, account))
            }
            ClientFrame::Request { .. } => Err(peer(
                ErrorCode::NotAuthenticated,
                "authenticate first (Auth, Register, Renew or JoinDevice)",
            )),
        }
    }

    async fn verify_device(
        &self,
        device: DeviceId,
        signature: &Signature,
        challenge: &[u8; 32],
    ) -> Result<(DeviceRecord, AccountRecord)> {
        let failed = || {
            peer(
                ErrorCode::AuthFailed,
                "authentication failed: unknown device or bad signature",
            )
        };
        let device = self.store.device(device).await?.ok_or_else(failed)?;
        verify_signature(&device.key, signature, challenge).map_err(|_| failed())?;
        let account = self
            .store
            .account(device.account)
            .await?
            .ok_or_else(failed)?;
        Ok((device, account))
    }

    pub async fn session_info(&self, session: &Session, now: Timestamp) -> Result<SessionInfo> {
        let account = self
            .store
            .account(session.account)
            .await?
            .ok_or_else(|| peer(ErrorCode::AuthFailed, "this account no longer exists"))?;
        let invites_left = if account.is_admin {
            None
        } else {
            let granted = self.store.invite_uses_granted(account.id, now).await?;
            Some(
                self.config
                    .limits
                    .invites_per_member_max
                    .saturating_sub(granted),
            )
        };
        Ok(SessionInfo {
            device: session.device,
            account: AccountInfo {
                id: account.id,
                username: account.username,
                is_admin: account.is_admin,
                created_at: account.created_at,
                expires_at: account.expires_at,
                invites_left,
            },
        })
    }

    /// Handles one request of an authenticated session.
    pub async fn handle(
        &self,
        session: &mut Session,
        request: Request,
        now: Timestamp,
    ) -> Result<Response> {
        if !matches!(request, Request::Renew { .. }) && now >= session.expires_at {
            return Err(expired(&session.username, session.expires_at));
        }
        match request {
            Request::WhoAmI => Ok(Response::WhoAmI(self.session_info(session, now).await?)),
            Request::Ping => Ok(Response::Pong { server_time: now }),
            Request::InviteCreate {
                uses,
                expires_in_secs,
            } => {
                let quota =
                    (!session.is_admin).then_some(self.config.limits.invites_per_member_max);
                let (record, code) = self
                    .create_invite(
                        Some(session.account),
                        uses,
                        expires_in_secs,
                        self.config.account_validity_secs,
                        false,
                        quota,
                        now,
                    )
                    .await?;
                Ok(Response::InviteCreated(InviteCreated {
                    id: record.id,
                    code,
                    uses: record.uses_total,
                    expires_at: record.expires_at,
                }))
            }
            Request::InviteList => {
                let invites = self.store.invites_by(Some(session.account)).await?;
                Ok(Response::Invites(
                    invites.into_iter().map(invite_info).collect(),
                ))
            }
            Request::InviteRevoke { invite } => {
                let which = match invite {
                    InviteRef::Id(id) => InviteSelector::Id(id),
                    InviteRef::Code(code) => {
                        InviteSelector::Hash(CodeHash::of(CodeKind::Invite, &code))
                    }
                };
                let by = (!session.is_admin).then_some(session.account);
                self.store.revoke_invite(by, which).await?;
                Ok(Response::InviteRevoked)
            }
            Request::Renew { code } => {
                let expires_at = self
                    .store
                    .redeem_renewal(session.account, CodeHash::of(CodeKind::Renewal, &code), now)
                    .await?;
                session.expires_at = expires_at;
                Ok(Response::Renewed { expires_at })
            }
            Request::Devices { username } => {
                let account = self.store.account_by_name(&username).await?;
                // Own devices and conversation partners' are free (the messenger looks them up
                // on every send); anyone else's cost a token, found or not, so that neither
                // devices nor usernames can be enumerated quickly.
                let free = match &account {
                    Some(a) if a.id == session.account => true,
                    Some(a) => self.store.shares_group(session.account, a.id).await?,
                    None => false,
                };
                if !free {
                    self.take_stranger_lookup(session, now)?;
                }
                let account = account.ok_or_else(|| {
                    peer(ErrorCode::NotFound, format!("no account named {username}"))
                })?;
                let devices = self.store.devices_of(account.id).await?;
                Ok(Response::Devices(
                    devices
                        .into_iter()
                        .map(|d| DeviceInfo {
                            id: d.id,
                            name: d.name,
                            key: d.key,
                            created_at: d.created_at,
                        })
                        .collect(),
                ))
            }
            Request::Send {
                recipients,
                payload,
            } => {
                self.check_send_scope(session, &recipients).await?;
                let (payload, at) = self.send(session.device, recipients, payload, now).await?;
                Ok(Response::Sent { payload, at })
            }
            Request::Fetch {
                device,
                after,
                limit,
            } => {
                own_queue(session, device)?;
                let limit = limit.clamp(1, QUEUE_BATCH_MAX as u32);
                let entries = self.store.fetch(device, after, limit, now).await?;
                Ok(Response::Queue(entries.into_iter().map(delivery).collect()))
            }
            Request::Ack { device, seqs } => {
                own_queue(session, device)?;
                if seqs.len() > QUEUE_BATCH_MAX {
                    return Err(peer(
                        ErrorCode::LimitExceeded,
                        format!(
                            "ack covers {} entries; the limit is {QUEUE_BATCH_MAX}",
                            seqs.len()
                        ),
                    ));
                }
                let removed = self.store.ack(device, &seqs).await?;
                Ok(Response::Acked { removed })
            }
            Request::DeviceLinkCreate { expires_in_secs } => {
                let (code, expires_at) = self
                    .create_device_link(session.account, expires_in_secs, now)
                    .await?;
                Ok(Response::DeviceLinkCreated { code, expires_at })
            }
            Request::DeviceRemove { device } => {
                if device == session.device {
                    return Err(peer(
                        ErrorCode::Forbidden,
                        "a device cannot remove itself; remove it from another device of the account",
                    ));
                }
                self.store.remove_device(session.account, device).await?;
                self.hub.evict(device);
                Ok(Response::DeviceRemoved)
            }
            Request::PublishKeyPackages {
                one_time,
                last_resort,
            } => {
                check_key_packages(&one_time, last_resort.as_deref())?;
                let one_time_available = self
                    .store
                    .publish_key_packages(KeyPackageUpload {
                        device: session.device,
                        one_time,
                        last_resort,
                        one_time_max: KEY_PACKAGES_PER_DEVICE_MAX,
                    })
                    .await?;
                Ok(Response::KeyPackagesStored { one_time_available })
            }
            Request::KeyPackageCount => {
                let stock = self.store.key_package_stock(session.device).await?;
                Ok(Response::KeyPackageCount {
                    one_time_available: stock.one_time,
                    has_last_resort: stock.last_resort,
                })
            }
            Request::ClaimKeyPackages { devices } => {
                let devices = check_claim(devices)?;
                self.take_key_package_claims(session, devices.len(), now)?;
                let claimed = self
                    .store
                    .claim_key_packages(KeyPackageClaim {
                        claimer: session.account,
                        devices,
                        now,
                        window_secs: self.config.limits.key_package_claim_window_secs,
                        bytes_max: FRAME_BYTES_MAX - FRAMING_BYTES_MAX,
                    })
                    .await?;
                if !claimed.held_back.is_empty() {
                    // Normal for a retried commit or someone added to several groups; many of
                    // these from one account are an attempt to drain others' key packages.
                    tracing::info!(
                        account = %session.account,
                        devices = claimed.held_back.len(),
                        "key-package claim within the window: last-resort packages instead of one-time ones"
                    );
                }
                Ok(Response::KeyPackages(claimed.packages))
            }
            Request::CreateGroup { group } => {
                self.store
                    .create_group(NewGroup {
                        group,
                        creator: session.device,
                        now,
                        groups_per_device_max: GROUPS_PER_DEVICE_MAX,
                    })
                    .await?;
                Ok(Response::GroupCreated)
            }
            Request::Commit {
                group,
                epoch,
                commit,
                added,
                removed,
                welcome,
            } => {
                let commit = GroupCommit {
                    group,
                    sender: session.device,
                    epoch,
                    commit,
                    added,
                    removed,
                    welcome,
                    fan_out: self.fan_out(now),
                    group_devices_max: GROUP_DEVICES_MAX,
                    groups_per_device_max: GROUPS_PER_DEVICE_MAX,
                };
                check_commit(&commit)?;
                mls_check::check_group_message(
                    &commit.commit,
                    &commit.group,
                    commit.epoch,
                    mls_check::Expect::Commit,
                )
                .map_err(|m| peer(ErrorCode::InvalidArgument, m))?;
                if let Some(welcome) = &commit.welcome {
                    mls_check::check_welcome(welcome)
                        .map_err(|m| peer(ErrorCode::InvalidArgument, m))?;
                }
                let group = commit.group.clone();
                let accepted = self.store.commit(commit).await?;
                for queued in &accepted.queued {
                    self.hub.offer(queued);
                }
                log_fell_behind(&group, &accepted.fell_behind);
                Ok(Response::Committed {
                    epoch: accepted.epoch,
                    seq: accepted.seq,
                })
            }
            Request::GroupMessage {
                group,
                epoch,
                message,
            } => {
                self.post_group_message(
                    session,
                    group,
                    epoch,
                    message,
                    None,
                    PushKind::Message,
                    now,
                )
                .await
            }
            Request::GroupRing {
                group,
                epoch,
                message,
            } => {
                self.post_group_message(session, group, epoch, message, None, PushKind::Ring, now)
                    .await
            }
            Request::GroupMessageExpiring {
                group,
                epoch,
                message,
                ttl_secs,
            } => {
                if ttl_secs == 0 {
                    return Err(peer(
                        ErrorCode::InvalidArgument,
                        "an expiring message needs a time to live of at least 1 second",
                    ));
                }
                self.post_group_message(
                    session,
                    group,
                    epoch,
                    message,
                    Some(ttl_secs),
                    PushKind::Message,
                    now,
                )
                .await
            }
            Request::GroupState { group } => {
                let record = self.group_of_member(&group, session).await?;
                Ok(Response::GroupState {
                    epoch: record.epoch,
                    members: record.members,
                })
            }
            Request::GroupStatus { group } => {
                let record = self.group_of_member(&group, session).await?;
                Ok(Response::GroupStatus {
                    epoch: record.epoch,
                    members: record.members,
                    behind: record.behind,
                    rejoining: record.rejoining,
                })
            }
            Request::RejoinGroup { group } => {
                if self.store.request_rejoin(&group, session.device).await? {
                    tracing::info!(device = %session.device, group = %group.to_hex(), "a device that fell behind asks to be added back");
                }
                Ok(Response::RejoinRequested)
            }
            Request::MyGroups => Ok(Response::Groups(
                self.store.groups_of(session.device).await?,
            )),
            Request::LeaveGroup { group } => {
                // The whole account leaves: a member's other devices would otherwise be added
                // back by the next reconciliation (see the messenger).
                self.group_of_member(&group, session).await?;
                let devices = self.store.devices_of(session.account).await?;
                self.store
                    .leave_group(&group, devices.into_iter().map(|d| d.id).collect())
                    .await?;
                Ok(Response::Left)
            }
            Request::RelayTokens { key_id, requests } => {
                self.relay_tokens(session, key_id, requests, now).await
            }
            Request::RelayTokenAllowance => {
                let Some(issuer) = &self.config.relay_issuer else {
                    return Ok(Response::RelayTokenAllowance {
                        per_day: 0,
                        left_today: 0,
                        key_id: None,
                    });
                };
                let per_day = self.config.limits.relay_tokens_per_day;
                let left_today = self
                    .store
                    .relay_tokens_left(session.account, utc_day(now), per_day)
                    .await?;
                Ok(Response::RelayTokenAllowance {
                    per_day,
                    left_today,
                    key_id: Some(issuer.public_key().key_id()),
                })
            }
            Request::CallToken { group, call_id } => {
                let key = self.config.call_tokens.clone().ok_or_else(|| {
                    peer(
                        ErrorCode::CallTokensUnavailable,
                        "this server issues no call tokens: calls are not offered here",
                    )
                })?;
                // Only a device in the group's routing list: the members MLS admitted.
                self.group_of_member(&group, session).await?;
                let (token, expires_at) = key.issue(
                    &group,
                    call_id,
                    session.device,
                    now,
                    CALL_TOKEN_SECS_DEFAULT,
                );
                Ok(Response::CallToken { token, expires_at })
            }
            Request::PushSubscribe { subscription } => {
                let policy = self.config.push.as_ref().ok_or_else(|| {
                    peer(
                        ErrorCode::Unavailable,
                        "this server sends no push notifications",
                    )
                })?;
                let record = subscription
                    .map(|s| PushSubscriptionRecord::parse(s, policy))
                    .transpose()
                    .map_err(|e| peer(ErrorCode::InvalidArgument, e.to_string()))?;
                self.store
                    .set_push_subscription(session.device, record)
                    .await?;
                Ok(Response::PushSubscribed)
            }
            Request::BlobGrant => {
                let unavailable =
                    || peer(ErrorCode::Unavailable, "this server keeps no attachments");
                let limits = self.config.blobs.as_ref().ok_or_else(unavailable)?;
                let key = self.config.call_tokens.as_ref().ok_or_else(unavailable)?;
                let (grant, expires_at) = crate::blob_grant::issue(
                    key,
                    session.account,
                    session.device,
                    now,
                    crate::blob_grant::BLOB_GRANT_SECS_DEFAULT,
                );
                Ok(Response::BlobGrant {
                    grant,
                    expires_at,
                    blob_bytes_max: limits.blob_bytes_max,
                    ttl_secs: limits.ttl_secs,
                })
            }
            Request::Ephemeral { group, payload } => {
                self.ephemeral(session, group, payload, now).await
            }
        }
    }

    /// Relays an ephemeral signal to the group's other member devices that have a session
    /// open, here or (over the bus) on another node. Nothing is stored: a device without a
    /// session never gets it, and the payload (sealed under a key only members derive) is
    /// never written anywhere.
    async fn ephemeral(
        &self,
        session: &Session,
        group: conclave_proto::GroupId,
        payload: Vec<u8>,
        now: Timestamp,
    ) -> Result<Response> {
        use conclave_proto::limits::{EPHEMERAL_BURST, EPHEMERAL_BYTES_MAX, EPHEMERAL_PER_MIN};
        if payload.is_empty() || payload.len() > EPHEMERAL_BYTES_MAX {
            return Err(peer(
                ErrorCode::LimitExceeded,
                format!(
                    "an ephemeral signal is 1 to {EPHEMERAL_BYTES_MAX} bytes (got {})",
                    payload.len()
                ),
            ));
        }
        let record = self.group_of_member(&group, session).await?;
        self.ephemeral_signals
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take(session.account, 1, now.0)
            .map_err(|wait_ms| {
                peer(
                    ErrorCode::RateLimited,
                    format!(
                        "too many ephemeral signals (at most {EPHEMERAL_BURST} at once, \
                         {EPHEMERAL_PER_MIN} a minute); retry in {} s",
                        wait_ms.div_ceil(1000)
                    ),
                )
            })?;
        let recipients: Vec<DeviceId> = record
            .members
            .into_iter()
            .filter(|d| *d != session.device)
            .collect();
        self.hub.signal(
            &recipients,
            &conclave_proto::Ephemeral {
                group,
                sender: session.device,
                payload,
            },
        );
        Ok(Response::EphemeralRelayed)
    }

    /// Signs blinded relay token requests for a member, within the account's daily allowance.
    /// Every request is checked before any is counted; when fewer tokens are left than asked
    /// for, the first ones are signed. The requests are blinded: nothing here (nor in the
    /// store, which keeps only a count per account and day) tells which relay a token is for.
    async fn relay_tokens(
        &self,
        session: &Session,
        key_id: [u8; 32],
        requests: Vec<Vec<u8>>,
        now: Timestamp,
    ) -> Result<Response> {
        let issuer = self.config.relay_issuer.clone().ok_or_else(|| {
            peer(
                ErrorCode::RelayTokensUnavailable,
                "this server does not issue relay tokens: private browsing is not offered here",
            )
        })?;
        if requests.is_empty() || requests.len() > RELAY_TOKEN_REQUESTS_MAX {
            return Err(peer(
                ErrorCode::LimitExceeded,
                format!(
                    "a relay token request carries 1 to {RELAY_TOKEN_REQUESTS_MAX} token requests (got {})",
                    requests.len()
                ),
            ));
        }
        let current = issuer.public_key().key_id();
        if key_id != current {
            return Err(peer(
                ErrorCode::NotFound,
                format!(
                    "relay token key {} is not this server's issuer key (it was rotated): ask \
                     for the allowance again and use key {}",
                    short_hex(&key_id),
                    short_hex(&current)
                ),
            ));
        }
        for (i, request) in requests.iter().enumerate() {
            issuer.check_request(request).map_err(|e| {
                peer(
                    ErrorCode::InvalidArgument,
                    format!("relay token request {i} is not a token request for this key: {e}"),
                )
            })?;
        }
        let per_day = self.config.limits.relay_tokens_per_day;
        let day = utc_day(now);
        let want = u32::try_from(requests.len()).unwrap_or(u32::MAX);
        let granted = self
            .store
            .take_relay_tokens(session.account, day, want, per_day)
            .await?;
        if granted == 0 {
            let renew_ms = DAY_MS - now.0.rem_euclid(DAY_MS);
            let renew_min = renew_ms.div_euclid(60_000) + 1;
            return Err(peer(
                ErrorCode::RelayTokensUsedUp,
                format!(
                    "this account's relay tokens for today are used up ({per_day} a day); the \
                     allowance renews at 00:00 UTC, in {} h {} min",
                    renew_min / 60,
                    renew_min % 60
                ),
            ));
        }
        let mut requests = requests;
        requests.truncate(usize::try_from(granted).unwrap_or(usize::MAX));
        // RSA signing is a few milliseconds each: off the session's task.
        let signed = tokio::task::spawn_blocking(move || {
            requests
                .iter()
                .map(|r| issuer.issue(r))
                .collect::<std::result::Result<Vec<_>, _>>()
        })
        .await;
        let responses = match signed {
            Ok(Ok(responses)) => responses,
            // Every request was checked above: a failure here is ours, not the peer's.
            Ok(Err(e)) => {
                return Err(StoreError::Backend(format!("relay token signing: {e}")).into());
            }
            Err(e) => {
                return Err(StoreError::Backend(format!("relay token signing task: {e}")).into());
            }
        };
        let left_today = self
            .store
            .relay_tokens_left(session.account, day, per_day)
            .await?;
        Ok(Response::RelayTokens {
            responses,
            left_today,
        })
    }

    fn take_stranger_lookup(&self, session: &Session, now: Timestamp) -> Result<()> {
        let taken = self
            .stranger_lookups
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take(session.account, 1, now.0);
        taken.map_err(|wait_ms| {
            let limits = &self.config.limits;
            tracing::warn!(
                account = %session.account,
                device = %session.device,
                "refused a device lookup: stranger lookup limit reached"
            );
            peer(
                ErrorCode::RateLimited,
                format!(
                    "too many lookups of accounts you share no conversation with (the limit is \
                     {} at once, one more every {} s); retry in {} s",
                    limits.stranger_lookups_burst,
                    limits.stranger_lookup_interval_secs,
                    wait_ms.div_ceil(1000)
                ),
            )
        })
    }

    fn take_key_package_claims(
        &self,
        session: &Session,
        devices: usize,
        now: Timestamp,
    ) -> Result<()> {
        let n = u32::try_from(devices).unwrap_or(u32::MAX);
        let taken = self
            .key_package_claims
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take(session.account, n, now.0);
        taken.map_err(|wait_ms| {
            let limits = &self.config.limits;
            tracing::warn!(
                account = %session.account,
                device = %session.device,
                devices,
                "refused a key-package claim: claim limit reached"
            );
            let retry = if wait_ms == u64::MAX {
                "claim fewer devices at once".to_owned()
            } else {
                format!("retry in {} s", wait_ms.div_ceil(1000))
            };
            peer(
                ErrorCode::RateLimited,
                format!(
                    "too many key-package claims (the limit is {} devices at once, {} more a \
                     minute); {retry}",
                    limits.key_package_claims_burst, limits.key_package_claims_per_min
                ),
            )
        })
    }

    /// The group's record, for one of its members only.
    async fn group_of_member(
        &self,
        group: &conclave_proto::GroupId,
        session: &Session,
    ) -> Result<GroupRecord> {
        let record = self
            .store
            .group(group)
            .await?
            .ok_or_else(|| StoreError::UnknownGroup(group.clone()))?;
        if record.members.binary_search(&session.device).is_err() {
            return Err(StoreError::NotMember.into());
        }
        Ok(record)
    }

    fn fan_out(&self, now: Timestamp) -> FanOut {
        self.fan_out_within(now, None)
    }

    /// A fan-out whose queue entries expire after `ttl_secs` when that is sooner than the
    /// server's queue TTL (messages under a disappearing-messages timer).
    fn fan_out_within(&self, now: Timestamp, ttl_secs: Option<u64>) -> FanOut {
        let limits = &self.config.limits;
        let ttl = ttl_secs.map_or(limits.queue_ttl_secs, |t| t.min(limits.queue_ttl_secs));
        FanOut {
            now,
            expires_at: now.saturating_add_secs(ttl),
            queue_entries_max: limits.queue_entries_per_device_max,
        }
    }

    /// An MLS application message: checked, given the group's next seq and fanned out to
    /// every other member device, its queue entries expiring after `ttl_secs` when given.
    /// A group's application message; `push`: what a member device with no session is told.
    #[allow(clippy::too_many_arguments)]
    async fn post_group_message(
        &self,
        session: &Session,
        group: conclave_proto::GroupId,
        epoch: u64,
        message: Vec<u8>,
        ttl_secs: Option<u64>,
        push: PushKind,
        now: Timestamp,
    ) -> Result<Response> {
        check_group_message(&message, self.config.limits.payload_bytes_max)?;
        mls_check::check_group_message(&message, &group, epoch, mls_check::Expect::Application)
            .map_err(|m| peer(ErrorCode::InvalidArgument, m))?;
        let accepted = self
            .store
            .post(GroupPost {
                group: group.clone(),
                sender: session.device,
                epoch,
                message,
                fan_out: self.fan_out_within(now, ttl_secs),
            })
            .await?;
        for queued in &accepted.queued {
            self.hub.offer_as(queued, push);
        }
        log_fell_behind(&group, &accepted.fell_behind);
        Ok(Response::Posted { seq: accepted.seq })
    }

    /// Creates a one-time code with which a new device joins `account` (shown once, stored
    /// hashed).
    pub async fn create_device_link(
        &self,
        account: AccountId,
        expires_in_secs: u64,
        now: Timestamp,
    ) -> Result<(SecretCode, Timestamp)> {
        if expires_in_secs == 0 || expires_in_secs > INVITE_LIFETIME_SECS_MAX {
            return Err(peer(
                ErrorCode::InvalidArgument,
                format!(
                    "a device link code must expire within 1 second to {} days",
                    INVITE_LIFETIME_SECS_MAX / 86_400
                ),
            ));
        }
        let code = self.fresh_code();
        let expires_at = now.saturating_add_secs(expires_in_secs);
        self.store
            .create_device_link(NewDeviceLink {
                code_hash: CodeHash::of(CodeKind::DeviceLink, &code),
                account,
                created_at: now,
                expires_at,
                pending_max: DEVICE_LINKS_PENDING_PER_ACCOUNT_MAX,
            })
            .await?;
        Ok((code, expires_at))
    }

    /// Opaque payloads (`Request::Send`) go only to the sender's own devices and to devices it
    /// shares a conversation with: everything between members otherwise travels as MLS group
    /// traffic, whose routing list the server enforces, so a stranger cannot fill anyone's
    /// queue.
    async fn check_send_scope(&self, session: &Session, recipients: &[DeviceId]) -> Result<()> {
        if recipients.len() > RECIPIENTS_MAX {
            return Ok(()); // `send` refuses it with the limit's own message.
        }
        let outside = self
            .store
            .recipients_outside(session.device, session.account, recipients)
            .await?;
        if let Some(first) = outside.first() {
            tracing::warn!(
                device = %session.device,
                refused = outside.len(),
                "opaque send to devices outside the sender's account and conversations refused"
            );
            return Err(peer(
                ErrorCode::Forbidden,
                format!(
                    "device {first} is neither yours nor in a conversation with you; opaque \
                     payloads go only to your own devices and to devices you share a \
                     conversation with"
                ),
            ));
        }
        Ok(())
    }

    /// Stores a payload once for many devices; returns after it is durable, then rings them.
    /// A recipient whose queue is full is left out (the others still get it); when every
    /// recipient's is, the send is refused with `QueueFull`.
    pub async fn send(
        &self,
        sender: DeviceId,
        recipients: Vec<DeviceId>,
        payload: Vec<u8>,
        now: Timestamp,
    ) -> Result<(conclave_proto::PayloadId, Timestamp)> {
        let limits = &self.config.limits;
        if payload.len() > limits.payload_bytes_max {
            return Err(peer(
                ErrorCode::LimitExceeded,
                format!(
                    "payload is {} bytes; the limit is {}",
                    payload.len(),
                    limits.payload_bytes_max
                ),
            ));
        }
        if recipients.is_empty() || recipients.len() > RECIPIENTS_MAX {
            return Err(peer(
                ErrorCode::InvalidArgument,
                format!(
                    "a payload needs 1 to {RECIPIENTS_MAX} recipients (got {})",
                    recipients.len()
                ),
            ));
        }
        let unique: BTreeSet<DeviceId> = recipients.iter().copied().collect();
        let recipients: Vec<DeviceId> = unique.into_iter().collect();
        let enqueued = self
            .store
            .enqueue(NewPayload {
                sender,
                kind: PayloadKind::Opaque,
                recipients,
                body: payload.clone(),
                now,
                expires_at: now.saturating_add_secs(limits.queue_ttl_secs),
                queue_entries_max: limits.queue_entries_per_device_max,
                on_full: OnFull::Skip,
            })
            .await?;
        if enqueued.entries.is_empty() {
            let full = enqueued.skipped.first().copied().unwrap_or(sender);
            return Err(StoreError::QueueFull(full).into());
        }
        if !enqueued.skipped.is_empty() {
            tracing::warn!(
                sender = %sender,
                skipped = ?enqueued.skipped,
                "opaque payload not queued for devices whose queue is full"
            );
        }
        let id = enqueued.payload;
        self.hub.offer(&Queued {
            payload: id,
            entries: enqueued.entries,
            sender,
            kind: PayloadKind::Opaque,
            sent_at: now,
            body: payload,
        });
        Ok((id, now))
    }

    /// Creates an invitation and returns it with its secret code (shown once, stored hashed).
    #[allow(clippy::too_many_arguments)]
    pub async fn create_invite(
        &self,
        created_by: Option<AccountId>,
        uses: u32,
        expires_in_secs: u64,
        account_validity_secs: u64,
        grants_admin: bool,
        quota: Option<u32>,
        now: Timestamp,
    ) -> Result<(InviteRecord, SecretCode)> {
        if uses == 0 || uses > INVITE_USES_MAX {
            return Err(peer(
                ErrorCode::InvalidArgument,
                format!("uses must be 1 to {INVITE_USES_MAX}"),
            ));
        }
        if expires_in_secs == 0 || expires_in_secs > INVITE_LIFETIME_SECS_MAX {
            return Err(peer(
                ErrorCode::InvalidArgument,
                format!(
                    "an invitation must expire within 1 second to {} days",
                    INVITE_LIFETIME_SECS_MAX / 86_400
                ),
            ));
        }
        if account_validity_secs == 0 || account_validity_secs > ACCOUNT_VALIDITY_SECS_MAX {
            return Err(peer(
                ErrorCode::InvalidArgument,
                format!(
                    "account validity must be 1 second to {} days",
                    ACCOUNT_VALIDITY_SECS_MAX / 86_400
                ),
            ));
        }
        let code = self.fresh_code();
        let record = self
            .store
            .create_invite(NewInvite {
                code_hash: CodeHash::of(CodeKind::Invite, &code),
                created_by,
                created_at: now,
                expires_at: now.saturating_add_secs(expires_in_secs),
                uses,
                grants_admin,
                account_validity_secs,
                quota,
            })
            .await?;
        Ok((record, code))
    }

    /// Creates a renewal code granting `validity_secs` more to whoever redeems it.
    pub async fn create_renewal(
        &self,
        validity_secs: u64,
        expires_in_secs: u64,
        now: Timestamp,
    ) -> Result<SecretCode> {
        if validity_secs == 0 || validity_secs > ACCOUNT_VALIDITY_SECS_MAX {
            return Err(peer(
                ErrorCode::InvalidArgument,
                format!(
                    "validity must be 1 second to {} days",
                    ACCOUNT_VALIDITY_SECS_MAX / 86_400
                ),
            ));
        }
        if expires_in_secs == 0 || expires_in_secs > INVITE_LIFETIME_SECS_MAX {
            return Err(peer(
                ErrorCode::InvalidArgument,
                "a renewal code must expire within a year",
            ));
        }
        let code = self.fresh_code();
        self.store
            .create_renewal(NewRenewal {
                code_hash: CodeHash::of(CodeKind::Renewal, &code),
                created_at: now,
                expires_at: now.saturating_add_secs(expires_in_secs),
                validity_secs,
            })
            .await?;
        Ok(code)
    }

    /// Drops expired queue entries, purges accounts past their grace period and forgets
    /// key-package claims older than the claim window.
    pub async fn sweep(&self, now: Timestamp) -> Result<SweepStats> {
        let grace_ms =
            i64::try_from(self.config.account_grace_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
        let stats = self
            .store
            .sweep(now, Timestamp(now.0.saturating_sub(grace_ms)))
            .await?;
        let window_ms = i64::try_from(
            self.config
                .limits
                .key_package_claim_window_secs
                .saturating_mul(1000),
        )
        .unwrap_or(i64::MAX);
        self.store
            .sweep_key_package_claims(Timestamp(now.0.saturating_sub(window_ms)))
            .await?;
        Ok(stats)
    }

    /// Queue entries of `device` after `after` still within their TTL at `now`, for pushing
    /// to its session.
    pub async fn pending(
        &self,
        device: DeviceId,
        after: QueueSeq,
        limit: u32,
        now: Timestamp,
    ) -> Result<Vec<Delivery>, StoreError> {
        Ok(self
            .store
            .fetch(device, after, limit, now)
            .await?
            .into_iter()
            .map(delivery)
            .collect())
    }
}

/// The first bytes of an id, in hex, for messages.
fn short_hex(bytes: &[u8]) -> String {
    bytes.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn log_fell_behind(group: &conclave_proto::GroupId, devices: &[DeviceId]) {
    if !devices.is_empty() {
        tracing::warn!(
            group = %group.to_hex(),
            devices = ?devices,
            "devices fell behind in a group (their queue was full): told, and skipped until added back"
        );
    }
}

fn session(device: DeviceId, account: AccountRecord) -> Session {
    Session {
        device,
        account: account.id,
        username: account.username,
        is_admin: account.is_admin,
        expires_at: account.expires_at,
    }
}

fn verify_signature(
    key: &DevicePublicKey,
    signature: &Signature,
    challenge: &[u8; 32],
) -> Result<()> {
    let bad = || {
        peer(
            ErrorCode::AuthFailed,
            "authentication failed: bad signature over the challenge",
        )
    };
    let key = ed25519_dalek::VerifyingKey::from_bytes(&key.0).map_err(|_| bad())?;
    let signature = ed25519_dalek::Signature::from_bytes(&signature.0);
    key.verify_strict(&auth_transcript(challenge), &signature)
        .map_err(|_| bad())
}

fn check_account_usable(account: &AccountRecord, now: Timestamp) -> Result<()> {
    if account.disabled {
        return Err(disabled(account));
    }
    if now >= account.expires_at {
        return Err(expired(&account.username, account.expires_at));
    }
    Ok(())
}

fn disabled(account: &AccountRecord) -> CoreError {
    peer(
        ErrorCode::AccountDisabled,
        account_disabled_message(&account.username),
    )
}

fn expired(username: &Username, expires_at: Timestamp) -> CoreError {
    peer(
        ErrorCode::AccountExpired,
        account_expired_message(username, expires_at),
    )
}

fn own_queue(session: &Session, device: DeviceId) -> Result<()> {
    if device != session.device {
        return Err(peer(
            ErrorCode::Forbidden,
            "a session may only read and ack its own device's queue",
        ));
    }
    Ok(())
}

fn check_key_packages(one_time: &[Vec<u8>], last_resort: Option<&[u8]>) -> Result<()> {
    if one_time.len() > KEY_PACKAGES_PER_DEVICE_MAX {
        return Err(peer(
            ErrorCode::LimitExceeded,
            format!(
                "{} one-time key packages in one upload; a device may store at most {KEY_PACKAGES_PER_DEVICE_MAX}",
                one_time.len()
            ),
        ));
    }
    for package in one_time.iter().map(Vec::as_slice).chain(last_resort) {
        if package.is_empty() || package.len() > KEY_PACKAGE_BYTES_MAX {
            return Err(peer(
                ErrorCode::LimitExceeded,
                format!(
                    "a key package is {} bytes; each must be 1 to {KEY_PACKAGE_BYTES_MAX}",
                    package.len()
                ),
            ));
        }
        mls_check::check_key_package(package).map_err(|m| peer(ErrorCode::InvalidArgument, m))?;
    }
    Ok(())
}

/// The devices to claim for, each once, in the order first named.
fn check_claim(devices: Vec<DeviceId>) -> Result<Vec<DeviceId>> {
    if devices.is_empty() || devices.len() > GROUP_DEVICES_MAX {
        return Err(peer(
            ErrorCode::InvalidArgument,
            format!(
                "a claim names 1 to {GROUP_DEVICES_MAX} devices (got {})",
                devices.len()
            ),
        ));
    }
    let mut seen = BTreeSet::new();
    Ok(devices.into_iter().filter(|d| seen.insert(*d)).collect())
}

fn check_group_message(message: &[u8], payload_bytes_max: usize) -> Result<()> {
    if message.is_empty() {
        return Err(peer(
            ErrorCode::InvalidArgument,
            "a group message cannot be empty",
        ));
    }
    if message.len() > payload_bytes_max {
        return Err(peer(
            ErrorCode::LimitExceeded,
            format!(
                "group message is {} bytes; the limit is {payload_bytes_max}",
                message.len()
            ),
        ));
    }
    Ok(())
}

/// Everything about a commit that needs no store: list sizes, duplicates, the sender not
/// removing itself, a Welcome exactly when devices are added, and deliveries that fit a frame.
fn check_commit(c: &GroupCommit) -> Result<()> {
    let invalid = |message: String| Err(peer(ErrorCode::InvalidArgument, message));
    if c.commit.is_empty() {
        return invalid("a commit cannot be empty".into());
    }
    for (list, name) in [(&c.added, "added"), (&c.removed, "removed")] {
        if list.len() > GROUP_DEVICES_MAX {
            return invalid(format!(
                "{} {name} devices; a group has at most {GROUP_DEVICES_MAX}",
                list.len()
            ));
        }
    }
    // A device may be in both lists (a member that fell behind, re-added with a fresh leaf:
    // the store checks it asked to rejoin), but not twice in one.
    for (list, name) in [(&c.added, "added"), (&c.removed, "removed")] {
        let mut seen = BTreeSet::new();
        for d in list {
            if !seen.insert(*d) {
                return invalid(format!("device {d} is named twice in {name}"));
            }
        }
    }
    if c.removed.contains(&c.sender) {
        return invalid("a device cannot remove itself by commit; use LeaveGroup".into());
    }
    if c.added.contains(&c.sender) {
        return invalid("the sender is already a member; it cannot add itself".into());
    }
    match (&c.welcome, c.added.is_empty()) {
        (Some(_), true) => {
            return invalid("a Welcome was given but no device is added".into());
        }
        (None, false) => {
            return invalid("devices are added but no Welcome was given".into());
        }
        (Some(w), false) if w.is_empty() => {
            return invalid("the Welcome cannot be empty".into());
        }
        _ => {}
    }
    let ids = c.added.len() + c.removed.len();
    let commit_delivery = c.commit.len() + ids * DEVICE_ID_BYTES_MAX + FRAMING_BYTES_MAX;
    let welcome_delivery = c.welcome.as_ref().map_or(0, Vec::len) + FRAMING_BYTES_MAX;
    let largest = commit_delivery.max(welcome_delivery);
    if largest > FRAME_BYTES_MAX {
        return Err(peer(
            ErrorCode::LimitExceeded,
            format!(
                "delivering this commit or its Welcome takes up to {largest} bytes, more than one \
                 frame ({FRAME_BYTES_MAX})"
            ),
        ));
    }
    Ok(())
}

fn delivery(e: QueueEntry) -> Delivery {
    Delivery {
        seq: e.seq,
        payload_id: e.payload,
        sender: e.sender,
        sent_at: e.sent_at,
        kind: e.kind,
        payload: e.body,
    }
}

fn invite_info(r: InviteRecord) -> InviteInfo {
    InviteInfo {
        id: r.id,
        created_at: r.created_at,
        expires_at: r.expires_at,
        uses_total: r.uses_total,
        uses_left: r.uses_left,
        revoked: r.revoked,
        redeemed_by: r.redeemed_by,
    }
}
