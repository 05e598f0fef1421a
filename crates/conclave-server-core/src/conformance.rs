//! The store conformance suite: the one set of behaviours every [`Store`] backend must show.
//!
//! A backend crate runs it from an integration test:
//!
//! ```ignore
//! async fn fresh_store() -> conclave_server_core::conformance::TestStore {
//!     let dir = tempfile::tempdir().expect("temp dir");
//!     let store = MyStore::open(&dir.path().join("db")).await.expect("open");
//!     // The guard (here the temporary directory) lives as long as the store under test.
//!     conclave_server_core::conformance::TestStore::with_guard(store, dir)
//! }
//! conclave_server_core::conformance_tests!(fresh_store);
//! ```
//!
//! `$make_store` is anything callable with no arguments that returns a future of a
//! [`TestStore`] (or of an `Arc<dyn Store>`): a fn item, or a closure `|| async { … }`. It is
//! called once per test, so each test gets a fresh, empty store; a backend that needs async set-up
//! (a server-side database per test) does it there and hands its clean-up to the guard.
//! The calling crate needs `tokio` with the `macros` and `rt-multi-thread` features.
//!
//! Time is fixed ([`T0`] and offsets from it); no test reads a clock.

use std::{
    any::Any,
    collections::{BTreeMap, BTreeSet},
    future::Future,
    ops::Deref,
    pin::Pin,
    sync::Arc,
};

use conclave_proto::{
    AccountId, DeviceId, DeviceName, DevicePublicKey, GroupEvent, GroupId, PayloadId, QueueSeq,
    SecretCode, Timestamp, Username,
};

use crate::{
    model::*,
    push::PushSubscriptionRecord,
    store::{KEY_PACKAGE_CLAIM_OVERHEAD_BYTES, Store, StoreError},
};

/// Expands to one `#[tokio::test]` per conformance test, each on a fresh store from `$make_store`.
#[macro_export]
macro_rules! conformance_tests {
    ($make_store:expr) => {
        $crate::conformance_tests!(@tests $make_store;
            redeem_invite_creates_account_and_device,
            redeem_invite_from_member_records_inviter,
            redeem_invite_unknown_code,
            redeem_invite_used_up,
            redeem_invite_expired,
            redeem_invite_revoked,
            redeem_invite_username_taken,
            redeem_invite_device_key_taken,
            multi_use_invite_admits_up_to_its_uses,
            invite_quota_exceeded,
            invite_quota_counts_only_redeemed_uses_of_revoked_or_expired_invites,
            revoke_invite_by_hash_and_by_id,
            revoke_invite_of_another_member_is_not_found,
            operator_can_revoke_any_invite,
            renewal_extends_expired_account_from_now,
            renewal_extends_valid_account_from_its_expiry,
            renewal_reuse_refused,
            renewal_unknown_code,
            renewal_expired_code,
            renewal_for_unknown_account_leaves_code_usable,
            set_account_disabled_toggles,
            operator_changes_are_logged,
            enqueue_skip_leaves_full_queues_out,
            recipients_outside_own_account_and_groups,
            full_queue_member_falls_behind_and_rejoins,
            full_queue_member_falls_behind_on_commit_and_welcome,
            rejoin_requires_falling_behind,
            set_account_disabled_unknown_name,
            enqueue_assigns_one_payload_and_per_device_seqs,
            fetch_returns_entries_in_order,
            fetch_after_and_limit,
            ack_removes_only_the_given_devices_rows,
            ack_counts_existing_rows_only,
            enqueue_to_unknown_device_stores_nothing,
            enqueue_to_full_queue_stores_nothing,
            seqs_continue_after_ack,
            payload_ids_are_never_reused,
            purged_ids_are_never_reused,
            sweep_drops_expired_queue_entries,
            fetch_leaves_out_entries_past_their_ttl_before_a_sweep,
            sweep_frees_queue_capacity,
            sweep_purges_expired_accounts_after_grace,
            sweep_purge_keeps_what_others_depend_on,
            renewal_stays_used_after_its_redeemer_is_purged,
            close_refuses_later_writes,
            close_finishes_issued_writes,
            concurrent_enqueues_get_gapless_seqs,
            racing_writes_keep_queue_lengths_exact,
            write_stats_count_writes,
            device_link_adds_a_device,
            device_link_unknown_used_expired,
            device_link_refused_for_disabled_or_expired_account,
            device_link_refused_for_device_limit_or_taken_key,
            device_link_pending_max,
            remove_device_deletes_its_state,
            remove_device_of_another_account_is_unknown,
            publish_key_packages_stores_and_counts,
            publish_key_packages_over_max_stores_nothing,
            last_resort_key_package_is_replaced,
            claim_pops_oldest_one_time_package_once,
            claim_falls_back_to_last_resort_and_leaves_out_empty_devices,
            claim_with_unknown_device_takes_nothing,
            claim_over_bytes_max_takes_nothing,
            concurrent_claims_hand_out_each_package_once,
            one_claimer_gets_one_one_time_package_per_device_per_window,
            a_last_resort_claim_starts_no_window,
            refused_claims_record_nothing,
            sweep_forgets_key_package_claims_past_the_window,
            concurrent_claims_of_one_claimer_take_one_one_time_package,
            relay_tokens_are_counted_per_account_and_day,
            concurrent_relay_token_takes_never_pass_the_allowance,
            sweep_forgets_relay_token_days_before_today,
            relay_node_rows_are_replaced_per_node_and_listed_while_fresh,
            relay_node_rows_past_their_limits_are_refused,
            push_subscriptions_are_kept_per_device_and_replaced,
            push_subscription_is_dropped_only_for_its_endpoint,
            push_subscription_goes_with_its_device,
            shares_group_follows_memberships,
            create_group_starts_at_epoch_zero_with_its_creator,
            create_group_too_many_groups,
            commit_advances_epoch_and_updates_members,
            commit_queues_event_for_members_before_and_welcome_for_added,
            concurrent_commits_at_one_epoch_one_wins,
            commit_refusals_change_nothing,
            commit_removing_former_members_is_accepted,
            group_seqs_are_shared_by_commits_and_posts,
            post_queues_for_members_but_sender,
            post_refusals_queue_nothing,
            groups_of_lists_oldest_group_first,
            leave_group_drops_the_given_members,
            sweep_purges_delivery_state_of_purged_accounts,
            sweep_deletes_expired_device_links,
        );
    };
    (@tests $make_store:expr; $($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let make = $make_store;
                let store: $crate::conformance::TestStore = ::std::convert::Into::into(make().await);
                $crate::conformance::$name(store).await;
            }
        )*
    };
}

// ------------------------------------------------------------------------------------------------
// The store under test

/// A store under test, with whatever must live exactly as long as it (a temporary directory, a
/// per-test database's drop guard). Dereferences to `dyn Store`.
pub struct TestStore {
    // Field order matters: the store drops before its guard.
    store: Arc<dyn Store>,
    _guard: Option<Box<dyn Any + Send>>,
}

impl TestStore {
    pub fn new(store: impl Store) -> Self {
        TestStore {
            store: Arc::new(store),
            _guard: None,
        }
    }

    /// `guard` is dropped after the store.
    pub fn with_guard(store: impl Store, guard: impl Any + Send) -> Self {
        TestStore {
            store: Arc::new(store),
            _guard: Some(Box::new(guard)),
        }
    }

    /// A shared handle, e.g. to move into spawned tasks.
    pub fn shared(&self) -> Arc<dyn Store> {
        self.store.clone()
    }
}

impl From<Arc<dyn Store>> for TestStore {
    fn from(store: Arc<dyn Store>) -> Self {
        TestStore {
            store,
            _guard: None,
        }
    }
}

impl Deref for TestStore {
    type Target = dyn Store;
    fn deref(&self) -> &Self::Target {
        &*self.store
    }
}

// ------------------------------------------------------------------------------------------------
// Fixtures (public so backend-specific tests can share them)

/// The suite's "now": 2026-01-01T00:00:00Z.
pub const T0: Timestamp = Timestamp(1_767_225_600_000);
pub const SEC_MS: i64 = 1_000;
pub const DAY_SECS: u64 = 86_400;
pub const DAY_MS: i64 = 86_400_000;
/// Account validity granted by [`new_invite`].
pub const VALIDITY_SECS: u64 = 30 * DAY_SECS;
/// Lifetime of an invitation from [`new_invite`].
pub const INVITE_LIFETIME_MS: i64 = 7 * DAY_MS;
/// A queue limit no test reaches unless it means to.
pub const QUEUE_MAX: u64 = 10_000;

/// `T0` plus `ms` milliseconds.
pub fn at(ms: i64) -> Timestamp {
    Timestamp(T0.0 + ms)
}

pub fn invite_hash(n: u8) -> CodeHash {
    CodeHash::of(CodeKind::Invite, &SecretCode([n; 16]))
}

pub fn renewal_hash(n: u8) -> CodeHash {
    CodeHash::of(CodeKind::Renewal, &SecretCode([n; 16]))
}

pub fn key(n: u8) -> DevicePublicKey {
    DevicePublicKey([n; 32])
}

pub fn user(name: &str) -> Username {
    Username::parse(name).expect("valid username")
}

pub fn device_name(name: &str) -> DeviceName {
    DeviceName::parse(name).expect("valid device name")
}

/// An invitation with code `code`, created at `T0`, expiring a week later, granting
/// [`VALIDITY_SECS`], no admin, no quota.
pub fn new_invite(code: u8, created_by: Option<AccountId>, uses: u32) -> NewInvite {
    NewInvite {
        code_hash: invite_hash(code),
        created_by,
        created_at: T0,
        expires_at: at(INVITE_LIFETIME_MS),
        uses,
        grants_admin: false,
        account_validity_secs: VALIDITY_SECS,
        quota: None,
    }
}

pub fn redemption(code: u8, username: &str, device_key: u8, now: Timestamp) -> Redemption {
    Redemption {
        code_hash: invite_hash(code),
        username: user(username),
        device_key: key(device_key),
        device_name: device_name("phone"),
        now,
    }
}

/// A new account (with its first device) from a fresh single-use operator invitation with code
/// `n`, redeemed at `T0` with device key `n`. Expires at `T0 + validity_secs`.
pub async fn member_with_validity(
    store: &dyn Store,
    n: u8,
    username: &str,
    validity_secs: u64,
) -> (AccountRecord, DeviceRecord) {
    let invite = NewInvite {
        account_validity_secs: validity_secs,
        ..new_invite(n, None, 1)
    };
    store.create_invite(invite).await.expect("create invite");
    store
        .redeem_invite(redemption(n, username, n, T0))
        .await
        .expect("redeem invite")
}

/// [`member_with_validity`] with [`VALIDITY_SECS`].
pub async fn member(store: &dyn Store, n: u8, username: &str) -> (AccountRecord, DeviceRecord) {
    member_with_validity(store, n, username, VALIDITY_SECS).await
}

/// `count` accounts (`user1`, `user2`, …) with one device each, invite codes and keys
/// `first..first + count`.
pub async fn devices(store: &dyn Store, first: u8, count: u8) -> Vec<DeviceId> {
    let mut out = Vec::new();
    for n in first..first + count {
        out.push(member(store, n, &format!("user{n}")).await.1.id);
    }
    out
}

/// A payload sent at `now`, living two weeks, under [`QUEUE_MAX`].
pub fn message(
    sender: DeviceId,
    recipients: &[DeviceId],
    body: &[u8],
    now: Timestamp,
) -> NewPayload {
    NewPayload {
        sender,
        kind: conclave_proto::PayloadKind::Opaque,
        recipients: recipients.to_vec(),
        body: body.to_vec(),
        now,
        expires_at: Timestamp(now.0 + 14 * DAY_MS),
        queue_entries_max: QUEUE_MAX,
        on_full: OnFull::Refuse,
    }
}

/// Everything a failed operation must leave untouched: accounts, their devices, and every
/// invitation (operator's and each account's, with uses left and who redeemed them).
#[derive(Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub accounts: Vec<AccountRecord>,
    pub devices: Vec<DeviceRecord>,
    pub invites: Vec<InviteRecord>,
}

pub async fn snapshot(store: &dyn Store) -> Snapshot {
    let accounts = store.accounts().await.expect("accounts");
    let mut devices = Vec::new();
    let mut invites = store.invites_by(None).await.expect("operator invites");
    for a in &accounts {
        devices.extend(store.devices_of(a.id).await.expect("devices_of"));
        invites.extend(store.invites_by(Some(a.id)).await.expect("invites_by"));
    }
    Snapshot {
        accounts,
        devices,
        invites,
    }
}

/// Every entry of `device`'s queue.
pub async fn queue(store: &dyn Store, device: DeviceId) -> Vec<QueueEntry> {
    store
        .fetch(device, QueueSeq(0), u32::MAX, T0)
        .await
        .expect("fetch")
}

pub async fn queue_seqs(store: &dyn Store, device: DeviceId) -> Vec<u64> {
    queue(store, device)
        .await
        .into_iter()
        .map(|e| e.seq.0)
        .collect()
}

async fn invite_by_id(store: &dyn Store, creator: Option<AccountId>, id: u64) -> InviteRecord {
    store
        .invites_by(creator)
        .await
        .expect("invites_by")
        .into_iter()
        .find(|i| i.id == id)
        .expect("invitation listed under its creator")
}

/// A write to issue before closing the store.
pub type Write<T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send>>;

/// Spawns each write on its own task, waits until every one has been polled once (issued),
/// then calls `close()`, and returns the writes' results in order.
///
/// This is the contract of `close()`: a write whose future was polled before `close()` was
/// called is finished (durably, or with an error other than `Closed`), never dropped.
pub async fn issue_then_close<T: Send + 'static>(
    store: &dyn Store,
    writes: Vec<Write<T>>,
) -> Vec<Result<T, StoreError>> {
    let mut tasks = Vec::new();
    let mut issued = Vec::new();
    for mut write in writes {
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        issued.push(rx);
        tasks.push(tokio::spawn(async move {
            let mut tx = Some(tx);
            std::future::poll_fn(|cx| {
                let poll = write.as_mut().poll(cx);
                if let Some(tx) = tx.take() {
                    let _ = tx.send(());
                }
                poll
            })
            .await
        }));
    }
    for rx in issued {
        rx.await.expect("write task polled");
    }
    store.close().await;
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.expect("write task"));
    }
    results
}

// ------------------------------------------------------------------------------------------------
// Invitations

pub async fn redeem_invite_creates_account_and_device(store: TestStore) {
    let s = &*store;
    let invite = NewInvite {
        grants_admin: true,
        account_validity_secs: 90 * DAY_SECS,
        ..new_invite(1, None, 1)
    };
    let created = s.create_invite(invite).await.expect("create invite");
    assert_eq!(created.created_by, None);
    assert_eq!(created.created_at, T0);
    assert_eq!(created.expires_at, at(INVITE_LIFETIME_MS));
    assert_eq!((created.uses_total, created.uses_left), (1, 1));
    assert!(!created.revoked);
    assert!(created.grants_admin);
    assert_eq!(created.account_validity_secs, 90 * DAY_SECS);
    assert!(created.redeemed_by.is_empty());

    let now = at(5 * SEC_MS);
    let (account, device) = s
        .redeem_invite(redemption(1, "alice", 7, now))
        .await
        .expect("redeem");
    assert_eq!(account.username, user("alice"));
    assert!(account.is_admin, "the invitation grants admin");
    assert_eq!(account.created_at, now);
    assert_eq!(
        account.expires_at,
        Timestamp(now.0 + 90 * DAY_MS),
        "expires_at = now + account_validity_secs"
    );
    assert!(!account.disabled);
    assert_eq!(
        account.invited_by, None,
        "an operator's invitation has no inviter"
    );

    assert_eq!(device.account, account.id);
    assert_eq!(device.key, key(7));
    assert_eq!(device.name, device_name("phone"));
    assert_eq!(device.created_at, now);

    assert_eq!(
        s.account(account.id).await.expect("account"),
        Some(account.clone())
    );
    assert_eq!(
        s.account_by_name(&user("alice")).await.expect("by name"),
        Some(account.clone())
    );
    assert_eq!(s.accounts().await.expect("accounts"), vec![account.clone()]);
    assert_eq!(
        s.device(device.id).await.expect("device"),
        Some(device.clone())
    );
    assert_eq!(
        s.devices_of(account.id).await.expect("devices_of"),
        vec![device]
    );

    let invite = invite_by_id(s, None, created.id).await;
    assert_eq!(invite.uses_left, 0, "the redemption took the only use");
    assert_eq!(invite.redeemed_by, vec![user("alice")]);

    assert_eq!(
        s.account_by_name(&user("nobody")).await.expect("by name"),
        None
    );
    assert_eq!(
        s.account(AccountId(account.id.0 + 1000))
            .await
            .expect("account"),
        None
    );
    assert_eq!(s.device(DeviceId(9_999_999)).await.expect("device"), None);
}

pub async fn redeem_invite_from_member_records_inviter(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    assert!(!alice.is_admin);
    let created = s
        .create_invite(new_invite(200, Some(alice.id), 1))
        .await
        .expect("member invite");
    assert_eq!(created.created_by, Some(alice.id));

    let now = at(DAY_MS);
    let (bob, bob_device) = s
        .redeem_invite(redemption(200, "bob", 2, now))
        .await
        .expect("redeem");
    assert_eq!(
        bob.invited_by,
        Some(alice.id),
        "invited_by is the invitation's creator"
    );
    assert!(!bob.is_admin, "the invitation does not grant admin");
    assert_eq!(bob.expires_at, now.saturating_add_secs(VALIDITY_SECS));
    assert_eq!(bob_device.account, bob.id);

    let alices = s.invites_by(Some(alice.id)).await.expect("invites_by");
    assert_eq!(alices.len(), 1);
    assert_eq!(alices[0].redeemed_by, vec![user("bob")]);
    assert!(
        s.invites_by(None)
            .await
            .expect("operator's")
            .iter()
            .all(|i| i.created_by.is_none()),
        "a member's invitation is not listed as the operator's"
    );
    assert_eq!(
        s.accounts()
            .await
            .expect("accounts")
            .iter()
            .map(|a| a.username.clone())
            .collect::<Vec<_>>(),
        vec![user("alice"), user("bob")],
        "accounts in creation order"
    );
}

pub async fn redeem_invite_unknown_code(store: TestStore) {
    let s = &*store;
    s.create_invite(new_invite(1, None, 1))
        .await
        .expect("create invite");
    let before = snapshot(s).await;
    let err = s.redeem_invite(redemption(2, "alice", 1, T0)).await;
    assert_eq!(err, Err(StoreError::InviteUnknown));
    // A renewal code with the same bytes is not an invitation (domain-separated hashes).
    let mut r = redemption(1, "alice", 1, T0);
    r.code_hash = renewal_hash(1);
    assert_eq!(s.redeem_invite(r).await, Err(StoreError::InviteUnknown));
    assert_eq!(
        snapshot(s).await,
        before,
        "a failed redemption changes nothing"
    );
    assert_eq!(
        s.account_by_name(&user("alice")).await.expect("by name"),
        None
    );
}

pub async fn redeem_invite_used_up(store: TestStore) {
    let s = &*store;
    s.create_invite(new_invite(1, None, 1))
        .await
        .expect("create invite");
    s.redeem_invite(redemption(1, "alice", 1, T0))
        .await
        .expect("first redemption");
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_invite(redemption(1, "bob", 2, at(SEC_MS))).await,
        Err(StoreError::InviteUsed)
    );
    assert_eq!(
        snapshot(s).await,
        before,
        "a failed redemption changes nothing"
    );
    assert_eq!(
        s.account_by_name(&user("bob")).await.expect("by name"),
        None
    );
}

pub async fn redeem_invite_expired(store: TestStore) {
    let s = &*store;
    s.create_invite(new_invite(1, None, 2))
        .await
        .expect("create invite");
    let expires_at = at(INVITE_LIFETIME_MS);
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_invite(redemption(1, "alice", 1, expires_at)).await,
        Err(StoreError::InviteExpired),
        "an invitation is dead at its expires_at"
    );
    assert_eq!(
        s.redeem_invite(redemption(1, "alice", 1, Timestamp(expires_at.0 + DAY_MS)))
            .await,
        Err(StoreError::InviteExpired)
    );
    assert_eq!(
        snapshot(s).await,
        before,
        "a failed redemption changes nothing"
    );
    let (alice, _) = s
        .redeem_invite(redemption(1, "alice", 1, Timestamp(expires_at.0 - 1)))
        .await
        .expect("still valid one millisecond before expiry");
    assert_eq!(alice.username, user("alice"));
}

pub async fn redeem_invite_revoked(store: TestStore) {
    let s = &*store;
    let invite = s
        .create_invite(new_invite(1, None, 2))
        .await
        .expect("create invite");
    s.redeem_invite(redemption(1, "alice", 1, T0))
        .await
        .expect("first redemption");
    s.revoke_invite(None, InviteSelector::Id(invite.id))
        .await
        .expect("revoke");
    let before = snapshot(s).await;
    assert!(invite_by_id(s, None, invite.id).await.revoked);
    assert_eq!(
        s.redeem_invite(redemption(1, "bob", 2, at(SEC_MS))).await,
        Err(StoreError::InviteRevoked)
    );
    assert_eq!(
        snapshot(s).await,
        before,
        "a failed redemption changes nothing"
    );
    assert_eq!(invite_by_id(s, None, invite.id).await.uses_left, 1);
}

pub async fn redeem_invite_username_taken(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let invite = s
        .create_invite(new_invite(200, None, 2))
        .await
        .expect("create invite");
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_invite(redemption(200, "alice", 2, at(SEC_MS)))
            .await,
        Err(StoreError::UsernameTaken)
    );
    assert_eq!(
        snapshot(s).await,
        before,
        "a failed redemption changes nothing"
    );
    assert_eq!(
        invite_by_id(s, None, invite.id).await.uses_left,
        2,
        "no use taken"
    );
    assert_eq!(
        s.devices_of(alice.id).await.expect("devices_of").len(),
        1,
        "no device added to the taken name"
    );
}

pub async fn redeem_invite_device_key_taken(store: TestStore) {
    let s = &*store;
    member(s, 1, "alice").await;
    let invite = s
        .create_invite(new_invite(200, None, 2))
        .await
        .expect("create invite");
    let before = snapshot(s).await;
    // Device key 1 is alice's.
    assert_eq!(
        s.redeem_invite(redemption(200, "bob", 1, at(SEC_MS))).await,
        Err(StoreError::DeviceKeyTaken)
    );
    assert_eq!(
        snapshot(s).await,
        before,
        "a failed redemption changes nothing"
    );
    assert_eq!(
        s.account_by_name(&user("bob")).await.expect("by name"),
        None,
        "no account created"
    );
    assert_eq!(
        invite_by_id(s, None, invite.id).await.uses_left,
        2,
        "no use taken"
    );
}

pub async fn multi_use_invite_admits_up_to_its_uses(store: TestStore) {
    let s = &*store;
    let invite = s
        .create_invite(new_invite(1, None, 3))
        .await
        .expect("create invite");
    for (i, name) in ["ann", "ben", "cat"].into_iter().enumerate() {
        let n = i as u8 + 1;
        s.redeem_invite(redemption(1, name, n, at(i64::from(n) * SEC_MS)))
            .await
            .expect("redeem");
        let rec = invite_by_id(s, None, invite.id).await;
        assert_eq!(rec.uses_left, 3 - u32::from(n));
        assert_eq!(rec.uses_total, 3);
    }
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_invite(redemption(1, "dan", 4, at(10 * SEC_MS)))
            .await,
        Err(StoreError::InviteUsed)
    );
    assert_eq!(snapshot(s).await, before);
    let rec = invite_by_id(s, None, invite.id).await;
    assert_eq!(rec.redeemed_by, vec![user("ann"), user("ben"), user("cat")]);
    assert_eq!(s.accounts().await.expect("accounts").len(), 3);
}

pub async fn invite_quota_exceeded(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let with_quota = |code, uses| NewInvite {
        quota: Some(5),
        ..new_invite(code, Some(alice.id), uses)
    };
    s.create_invite(with_quota(200, 3)).await.expect("3 of 5");
    assert_eq!(s.invite_uses_granted(alice.id, T0).await, Ok(3));
    let before = snapshot(s).await;
    assert_eq!(
        s.create_invite(with_quota(201, 3)).await,
        Err(StoreError::QuotaExceeded { quota: 5, used: 3 })
    );
    assert_eq!(
        snapshot(s).await,
        before,
        "a refused invitation is not stored"
    );
    assert_eq!(s.invite_uses_granted(alice.id, T0).await, Ok(3));
    s.create_invite(with_quota(202, 2))
        .await
        .expect("exactly up to the quota");
    assert_eq!(s.invite_uses_granted(alice.id, T0).await, Ok(5));
    assert_eq!(
        s.create_invite(with_quota(203, 1)).await,
        Err(StoreError::QuotaExceeded { quota: 5, used: 5 })
    );
    // Without a quota (the operator, or an admin) nothing is counted against.
    s.create_invite(new_invite(204, Some(alice.id), 50))
        .await
        .expect("no quota");
    s.create_invite(new_invite(205, None, 50))
        .await
        .expect("operator");
    // Another member's quota is its own.
    let (bob, _) = member(s, 2, "bob").await;
    assert_eq!(s.invite_uses_granted(bob.id, T0).await, Ok(0));
    s.create_invite(NewInvite {
        quota: Some(5),
        ..new_invite(206, Some(bob.id), 5)
    })
    .await
    .expect("bob's own quota");
}

pub async fn invite_quota_counts_only_redeemed_uses_of_revoked_or_expired_invites(
    store: TestStore,
) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let with_quota = |code, uses| NewInvite {
        quota: Some(5),
        ..new_invite(code, Some(alice.id), uses)
    };
    let unused = s.create_invite(with_quota(200, 3)).await.expect("create");
    assert_eq!(s.invite_uses_granted(alice.id, T0).await, Ok(3));
    s.revoke_invite(Some(alice.id), InviteSelector::Id(unused.id))
        .await
        .expect("revoke");
    assert_eq!(
        s.invite_uses_granted(alice.id, T0).await,
        Ok(0),
        "revoking an unused invitation frees its uses"
    );

    let partly = s.create_invite(with_quota(201, 3)).await.expect("create");
    s.redeem_invite(redemption(201, "bob", 2, at(SEC_MS)))
        .await
        .expect("redeem");
    assert_eq!(s.invite_uses_granted(alice.id, at(SEC_MS)).await, Ok(3));
    s.revoke_invite(Some(alice.id), InviteSelector::Hash(invite_hash(201)))
        .await
        .expect("revoke");
    assert_eq!(
        s.invite_uses_granted(alice.id, at(SEC_MS)).await,
        Ok(1),
        "the redeemed use still counts"
    );
    assert!(invite_by_id(s, Some(alice.id), partly.id).await.revoked);

    // An expired invitation counts what was redeemed from it.
    s.create_invite(with_quota(202, 4))
        .await
        .expect("1 + 4 of 5");
    let expiry = at(INVITE_LIFETIME_MS);
    assert_eq!(
        s.invite_uses_granted(alice.id, Timestamp(expiry.0 - 1))
            .await,
        Ok(5)
    );
    assert_eq!(s.invite_uses_granted(alice.id, expiry).await, Ok(1));
    let later = NewInvite {
        created_at: expiry,
        expires_at: Timestamp(expiry.0 + DAY_MS),
        ..with_quota(203, 4)
    };
    s.create_invite(later)
        .await
        .expect("an expired invitation's unused uses are free again");
}

pub async fn revoke_invite_by_hash_and_by_id(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let a = s
        .create_invite(new_invite(200, Some(alice.id), 1))
        .await
        .expect("create");
    let b = s
        .create_invite(new_invite(201, Some(alice.id), 1))
        .await
        .expect("create");
    s.revoke_invite(Some(alice.id), InviteSelector::Hash(invite_hash(200)))
        .await
        .expect("revoke by hash");
    assert!(invite_by_id(s, Some(alice.id), a.id).await.revoked);
    assert!(
        !invite_by_id(s, Some(alice.id), b.id).await.revoked,
        "only the selected one"
    );
    s.revoke_invite(Some(alice.id), InviteSelector::Id(b.id))
        .await
        .expect("revoke by id");
    assert!(invite_by_id(s, Some(alice.id), b.id).await.revoked);
    assert_eq!(
        s.redeem_invite(redemption(200, "bob", 2, T0)).await,
        Err(StoreError::InviteRevoked)
    );
    assert_eq!(
        s.redeem_invite(redemption(201, "bob", 2, T0)).await,
        Err(StoreError::InviteRevoked)
    );
    assert_eq!(
        s.revoke_invite(Some(alice.id), InviteSelector::Id(b.id + 1000))
            .await,
        Err(StoreError::NotFound),
        "unknown id"
    );
    assert_eq!(
        s.revoke_invite(Some(alice.id), InviteSelector::Hash(invite_hash(250)))
            .await,
        Err(StoreError::NotFound),
        "unknown code"
    );
}

pub async fn revoke_invite_of_another_member_is_not_found(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (bob, _) = member(s, 2, "bob").await;
    let a = s
        .create_invite(new_invite(200, Some(alice.id), 1))
        .await
        .expect("create");
    let op = s
        .create_invite(new_invite(201, None, 1))
        .await
        .expect("operator's");
    assert_eq!(
        s.revoke_invite(Some(bob.id), InviteSelector::Id(a.id))
            .await,
        Err(StoreError::NotFound)
    );
    assert_eq!(
        s.revoke_invite(Some(bob.id), InviteSelector::Hash(invite_hash(200)))
            .await,
        Err(StoreError::NotFound)
    );
    assert_eq!(
        s.revoke_invite(Some(bob.id), InviteSelector::Id(op.id))
            .await,
        Err(StoreError::NotFound),
        "a member cannot revoke the operator's invitation"
    );
    assert!(
        !invite_by_id(s, Some(alice.id), a.id).await.revoked,
        "still alive"
    );
    assert!(!invite_by_id(s, None, op.id).await.revoked, "still alive");
    s.redeem_invite(redemption(200, "carol", 3, T0))
        .await
        .expect("alice's invitation still works");
}

pub async fn operator_can_revoke_any_invite(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let a = s
        .create_invite(new_invite(200, Some(alice.id), 1))
        .await
        .expect("create");
    let op = s
        .create_invite(new_invite(201, None, 1))
        .await
        .expect("operator's");
    s.revoke_invite(None, InviteSelector::Hash(invite_hash(200)))
        .await
        .expect("operator revokes a member's");
    s.revoke_invite(None, InviteSelector::Id(op.id))
        .await
        .expect("operator revokes its own");
    assert!(invite_by_id(s, Some(alice.id), a.id).await.revoked);
    assert!(invite_by_id(s, None, op.id).await.revoked);
    assert_eq!(
        s.revoke_invite(None, InviteSelector::Id(op.id + 1000))
            .await,
        Err(StoreError::NotFound)
    );
}

// ------------------------------------------------------------------------------------------------
// Renewals

fn new_renewal(code: u8, validity_secs: u64) -> NewRenewal {
    NewRenewal {
        code_hash: renewal_hash(code),
        created_at: T0,
        expires_at: Timestamp(T0.0 + 60 * DAY_MS),
        validity_secs,
    }
}

pub async fn renewal_extends_expired_account_from_now(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    assert_eq!(alice.expires_at, at(30 * DAY_MS));
    s.create_renewal(new_renewal(1, 90 * DAY_SECS))
        .await
        .expect("create renewal");
    let now = at(40 * DAY_MS);
    let expiry = s
        .redeem_renewal(alice.id, renewal_hash(1), now)
        .await
        .expect("redeem");
    assert_eq!(
        expiry,
        Timestamp(now.0 + 90 * DAY_MS),
        "max(expires_at, now) + validity, from now"
    );
    assert_eq!(
        s.account(alice.id)
            .await
            .expect("account")
            .expect("alice")
            .expires_at,
        expiry
    );
}

pub async fn renewal_extends_valid_account_from_its_expiry(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (bob, _) = member(s, 2, "bob").await;
    s.create_renewal(new_renewal(1, 90 * DAY_SECS))
        .await
        .expect("create renewal");
    let expiry = s
        .redeem_renewal(alice.id, renewal_hash(1), at(10 * DAY_MS))
        .await
        .expect("redeem");
    assert_eq!(
        expiry,
        Timestamp(alice.expires_at.0 + 90 * DAY_MS),
        "max(expires_at, now) + validity"
    );
    assert_eq!(
        s.account(alice.id)
            .await
            .expect("account")
            .expect("alice")
            .expires_at,
        expiry
    );
    assert_eq!(
        s.account(bob.id)
            .await
            .expect("account")
            .expect("bob")
            .expires_at,
        bob.expires_at,
        "other accounts untouched"
    );
}

pub async fn renewal_reuse_refused(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (bob, _) = member(s, 2, "bob").await;
    s.create_renewal(new_renewal(1, 90 * DAY_SECS))
        .await
        .expect("create renewal");
    let expiry = s
        .redeem_renewal(alice.id, renewal_hash(1), at(DAY_MS))
        .await
        .expect("redeem");
    assert_eq!(
        s.redeem_renewal(alice.id, renewal_hash(1), at(2 * DAY_MS))
            .await,
        Err(StoreError::RenewalUsed)
    );
    assert_eq!(
        s.redeem_renewal(bob.id, renewal_hash(1), at(2 * DAY_MS))
            .await,
        Err(StoreError::RenewalUsed)
    );
    assert_eq!(
        s.account(alice.id)
            .await
            .expect("account")
            .expect("alice")
            .expires_at,
        expiry,
        "no second extension"
    );
    assert_eq!(
        s.account(bob.id)
            .await
            .expect("account")
            .expect("bob")
            .expires_at,
        bob.expires_at
    );
}

pub async fn renewal_unknown_code(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    s.create_renewal(new_renewal(1, 90 * DAY_SECS))
        .await
        .expect("create renewal");
    assert_eq!(
        s.redeem_renewal(alice.id, renewal_hash(2), at(DAY_MS))
            .await,
        Err(StoreError::RenewalUnknown)
    );
    assert_eq!(
        s.redeem_renewal(alice.id, invite_hash(1), at(DAY_MS)).await,
        Err(StoreError::RenewalUnknown),
        "an invitation code with the same bytes is not a renewal code"
    );
    assert_eq!(
        s.account(alice.id)
            .await
            .expect("account")
            .expect("alice")
            .expires_at,
        alice.expires_at
    );
}

pub async fn renewal_expired_code(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let renewal = NewRenewal {
        expires_at: at(10 * DAY_MS),
        ..new_renewal(1, 90 * DAY_SECS)
    };
    s.create_renewal(renewal).await.expect("create renewal");
    assert_eq!(
        s.redeem_renewal(alice.id, renewal_hash(1), at(10 * DAY_MS))
            .await,
        Err(StoreError::RenewalExpired),
        "a renewal code is dead at its expires_at"
    );
    assert_eq!(
        s.redeem_renewal(alice.id, renewal_hash(1), at(20 * DAY_MS))
            .await,
        Err(StoreError::RenewalExpired)
    );
    assert_eq!(
        s.account(alice.id)
            .await
            .expect("account")
            .expect("alice")
            .expires_at,
        alice.expires_at
    );
    let expiry = s
        .redeem_renewal(alice.id, renewal_hash(1), at(10 * DAY_MS - 1))
        .await
        .expect("valid one millisecond before expiry; failures did not use it up");
    assert_eq!(expiry, Timestamp(alice.expires_at.0 + 90 * DAY_MS));
}

pub async fn renewal_for_unknown_account_leaves_code_usable(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    s.create_renewal(new_renewal(1, 90 * DAY_SECS))
        .await
        .expect("create renewal");
    assert_eq!(
        s.redeem_renewal(AccountId(alice.id.0 + 1000), renewal_hash(1), at(DAY_MS))
            .await,
        Err(StoreError::NotFound)
    );
    s.redeem_renewal(alice.id, renewal_hash(1), at(DAY_MS))
        .await
        .expect("the code was not used up");
}

// ------------------------------------------------------------------------------------------------
// Accounts

pub async fn set_account_disabled_toggles(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (bob, _) = member(s, 2, "bob").await;
    s.set_account_disabled(&user("alice"), true)
        .await
        .expect("disable");
    let disabled = s.account(alice.id).await.expect("account").expect("alice");
    assert!(disabled.disabled);
    assert_eq!(
        disabled,
        AccountRecord {
            disabled: true,
            ..alice.clone()
        },
        "nothing else changes"
    );
    assert!(
        !s.account(bob.id)
            .await
            .expect("account")
            .expect("bob")
            .disabled,
        "only alice"
    );
    s.set_account_disabled(&user("alice"), true)
        .await
        .expect("disabling twice is fine");
    s.set_account_disabled(&user("alice"), false)
        .await
        .expect("enable");
    assert_eq!(s.account(alice.id).await.expect("account"), Some(alice));
}

pub async fn set_account_disabled_unknown_name(store: TestStore) {
    let s = &*store;
    member(s, 1, "alice").await;
    assert_eq!(
        s.set_account_disabled(&user("nobody"), true).await,
        Err(StoreError::NotFound)
    );
    assert!(
        s.accounts()
            .await
            .expect("accounts")
            .iter()
            .all(|a| !a.disabled)
    );
}

// ------------------------------------------------------------------------------------------------
// Device queues

pub async fn enqueue_assigns_one_payload_and_per_device_seqs(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, c) = (d[0], d[1], d[2]);
    let first = s
        .enqueue(message(a, &[a, b, c], b"one", T0))
        .await
        .expect("enqueue");
    assert_eq!(
        first.entries,
        vec![(a, QueueSeq(1)), (b, QueueSeq(1)), (c, QueueSeq(1))],
        "queues start at 1"
    );
    let second = s
        .enqueue(message(a, &[a, b], b"two", at(1)))
        .await
        .expect("enqueue");
    assert_eq!(second.entries, vec![(a, QueueSeq(2)), (b, QueueSeq(2))]);
    let third = s
        .enqueue(message(b, &[c, a], b"three", at(2)))
        .await
        .expect("enqueue");
    assert_eq!(
        third.entries,
        vec![(c, QueueSeq(2)), (a, QueueSeq(3))],
        "entries in recipient order"
    );
    let ids: BTreeSet<PayloadId> = [first.payload, second.payload, third.payload].into();
    assert_eq!(ids.len(), 3, "one payload id per enqueue");
    for (device, payloads) in [
        (a, vec![first.payload, second.payload, third.payload]),
        (b, vec![first.payload, second.payload]),
        (c, vec![first.payload, third.payload]),
    ] {
        let got: Vec<PayloadId> = queue(s, device)
            .await
            .into_iter()
            .map(|e| e.payload)
            .collect();
        assert_eq!(
            got, payloads,
            "every recipient's entry points at the one payload"
        );
    }
}

pub async fn fetch_returns_entries_in_order(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, c) = (d[0], d[1], d[2]);
    let mut sent = Vec::new();
    for i in 0..5u8 {
        let sender = if i % 2 == 0 { b } else { c };
        let body = vec![i; usize::from(i) * 100 + 1];
        let now = at(i64::from(i) * SEC_MS);
        let e = s
            .enqueue(message(sender, &[a], &body, now))
            .await
            .expect("enqueue");
        sent.push((e.payload, sender, body, now));
    }
    let got = queue(s, a).await;
    assert_eq!(got.len(), 5);
    for (i, (entry, (payload, sender, body, now))) in got.iter().zip(&sent).enumerate() {
        assert_eq!(entry.seq, QueueSeq(i as u64 + 1));
        assert_eq!(entry.payload, *payload);
        assert_eq!(entry.sender, *sender);
        assert_eq!(&entry.body, body);
        assert_eq!(entry.sent_at, *now);
    }
    assert!(queue(s, b).await.is_empty(), "nothing was sent to b");
    let empty = s
        .enqueue(message(b, &[c], b"", T0))
        .await
        .expect("an empty body is a payload too");
    let got = queue(s, c).await;
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].payload, got[0].body.len()), (empty.payload, 0));
}

pub async fn fetch_after_and_limit(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    for i in 0..10u8 {
        s.enqueue(message(d[1], &[d[0]], &[i], at(i64::from(i))))
            .await
            .expect("enqueue");
    }
    let seqs = |v: Vec<QueueEntry>| v.into_iter().map(|e| e.seq.0).collect::<Vec<_>>();
    assert_eq!(
        seqs(s.fetch(d[0], QueueSeq(0), 3, T0).await.expect("fetch")),
        vec![1, 2, 3],
        "limit respected"
    );
    assert_eq!(
        seqs(s.fetch(d[0], QueueSeq(3), 3, T0).await.expect("fetch")),
        vec![4, 5, 6],
        "after skips"
    );
    assert_eq!(
        seqs(s.fetch(d[0], QueueSeq(8), 100, T0).await.expect("fetch")),
        vec![9, 10]
    );
    assert_eq!(
        seqs(s.fetch(d[0], QueueSeq(10), 100, T0).await.expect("fetch")),
        Vec::<u64>::new()
    );
    assert_eq!(
        s.fetch(d[0], QueueSeq(4), 1, T0).await.expect("fetch")[0].body,
        vec![4u8]
    );
    let all = s.fetch(d[0], QueueSeq(0), 100, T0).await.expect("fetch");
    assert_eq!(seqs(all), (1..=10).collect::<Vec<_>>());
    assert_eq!(
        seqs(s.fetch(d[0], QueueSeq(0), 100, T0).await.expect("fetch")).len(),
        10,
        "fetch does not consume"
    );
}

pub async fn ack_removes_only_the_given_devices_rows(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    let (a, b) = (d[0], d[1]);
    for i in 0..4u8 {
        s.enqueue(message(a, &[a, b], &[i], at(i64::from(i))))
            .await
            .expect("enqueue");
    }
    assert_eq!(s.ack(a, &[QueueSeq(1), QueueSeq(3)]).await, Ok(2));
    assert_eq!(queue_seqs(s, a).await, vec![2, 4]);
    assert_eq!(
        queue_seqs(s, b).await,
        vec![1, 2, 3, 4],
        "acks on a never remove b's rows"
    );
    // b still reads the payloads a has acked.
    let b_entries = queue(s, b).await;
    assert_eq!(b_entries[0].body, vec![0u8]);
    assert_eq!(b_entries[2].body, vec![2u8]);
    assert_eq!(
        s.ack(b, &[QueueSeq(1), QueueSeq(2), QueueSeq(3), QueueSeq(4)])
            .await,
        Ok(4)
    );
    assert!(queue(s, b).await.is_empty());
    assert_eq!(
        queue_seqs(s, a).await,
        vec![2, 4],
        "acks on b never remove a's rows"
    );
    assert_eq!(queue(s, a).await[1].body, vec![3u8]);
}

pub async fn ack_counts_existing_rows_only(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    for i in 0..3u8 {
        s.enqueue(message(d[1], &[d[0]], &[i], T0))
            .await
            .expect("enqueue");
    }
    assert_eq!(s.ack(d[0], &[QueueSeq(2)]).await, Ok(1));
    assert_eq!(
        s.ack(d[0], &[QueueSeq(2)]).await,
        Ok(0),
        "acking twice removes nothing"
    );
    assert_eq!(
        s.ack(d[0], &[QueueSeq(1), QueueSeq(2), QueueSeq(99)]).await,
        Ok(1),
        "only rows that existed count"
    );
    assert_eq!(s.ack(d[0], &[]).await, Ok(0));
    assert_eq!(
        s.ack(d[1], &[QueueSeq(3)]).await,
        Ok(0),
        "b has no seq 3 of its own"
    );
    assert_eq!(queue_seqs(s, d[0]).await, vec![3]);
}

pub async fn enqueue_to_unknown_device_stores_nothing(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let ghost = DeviceId(d.iter().map(|d| d.0).max().expect("devices") + 1000);
    assert_eq!(
        s.enqueue(message(d[0], &[d[1], ghost, d[2]], b"x", T0))
            .await,
        Err(StoreError::UnknownDevice(ghost))
    );
    assert!(
        queue(s, d[1]).await.is_empty(),
        "nothing queued for the other recipients"
    );
    assert!(
        queue(s, d[2]).await.is_empty(),
        "nothing queued for the other recipients"
    );
    assert!(queue(s, ghost).await.is_empty());
    let ok = s
        .enqueue(message(d[0], &[d[1], d[2]], b"y", at(1)))
        .await
        .expect("enqueue");
    assert_eq!(ok.entries.len(), 2);
    let entries = queue(s, d[1]).await;
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].body, b"y".to_vec());
}

pub async fn enqueue_to_full_queue_stores_nothing(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, full) = (d[0], d[1], d[2]);
    let max2 = |recipients: &[DeviceId], body: &[u8]| NewPayload {
        queue_entries_max: 2,
        ..message(a, recipients, body, T0)
    };
    s.enqueue(max2(&[full], b"1")).await.expect("1 of 2");
    s.enqueue(max2(&[full], b"2")).await.expect("2 of 2");
    assert_eq!(
        s.enqueue(max2(&[b, full], b"3")).await,
        Err(StoreError::QueueFull(full))
    );
    assert!(queue(s, b).await.is_empty(), "the whole payload is refused");
    assert_eq!(queue_seqs(s, full).await, vec![1, 2]);
    // A larger limit (the caller's config) lets it in.
    s.enqueue(NewPayload {
        queue_entries_max: 3,
        ..max2(&[full], b"3")
    })
    .await
    .expect("3 of 3");
    assert_eq!(
        s.enqueue(max2(&[full], b"4")).await,
        Err(StoreError::QueueFull(full))
    );
    // Acking frees room; seqs are never reused.
    assert_eq!(s.ack(full, &[QueueSeq(1), QueueSeq(2)]).await, Ok(2));
    let e = s.enqueue(max2(&[b, full], b"5")).await.expect("room again");
    assert_eq!(e.entries, vec![(b, QueueSeq(1)), (full, QueueSeq(4))]);
    assert_eq!(queue_seqs(s, full).await, vec![3, 4]);
}

pub async fn seqs_continue_after_ack(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    for i in 0..3u8 {
        s.enqueue(message(d[1], &[d[0]], &[i], T0))
            .await
            .expect("enqueue");
    }
    assert_eq!(
        s.ack(d[0], &[QueueSeq(1), QueueSeq(2), QueueSeq(3)]).await,
        Ok(3)
    );
    assert!(queue(s, d[0]).await.is_empty());
    let e = s
        .enqueue(message(d[1], &[d[0]], b"after", at(1)))
        .await
        .expect("enqueue");
    assert_eq!(
        e.entries,
        vec![(d[0], QueueSeq(4))],
        "an emptied queue does not restart at 1"
    );
    assert_eq!(queue_seqs(s, d[0]).await, vec![4]);
    // A client that remembers seq 3 as its cursor still sees the new entry.
    assert_eq!(
        s.fetch(d[0], QueueSeq(3), 10, T0)
            .await
            .expect("fetch")
            .len(),
        1
    );
}

/// Clients drop a delivery whose payload id they have already processed (at-least-once
/// delivery, exactly-once processing), so an id handed out again would silently lose a message.
pub async fn payload_ids_are_never_reused(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    let (a, b) = (d[0], d[1]);
    let mut seen = BTreeSet::new();
    for i in 0..4u8 {
        // Each payload is fully acked (or swept) before the next is sent: the quiet conversation.
        let e = s
            .enqueue(message(a, &[b], &[i], at(i64::from(i))))
            .await
            .expect("enqueue");
        assert!(
            seen.insert(e.payload),
            "payload id {} handed out twice",
            e.payload
        );
        assert_eq!(s.ack(b, &[e.entries[0].1]).await, Ok(1));
    }
    let e = s
        .enqueue(NewPayload {
            expires_at: at(10 * SEC_MS),
            ..message(a, &[b], b"ttl", T0)
        })
        .await
        .expect("enqueue");
    assert!(
        seen.insert(e.payload),
        "payload id {} handed out twice",
        e.payload
    );
    assert_eq!(
        s.sweep(at(10 * SEC_MS), T0)
            .await
            .expect("sweep")
            .queue_entries_expired,
        1
    );
    let e = s
        .enqueue(message(a, &[a, b], b"last", at(11 * SEC_MS)))
        .await
        .expect("enqueue");
    assert!(
        seen.insert(e.payload),
        "payload id {} handed out twice",
        e.payload
    );
    let got = queue(s, b).await;
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].payload, &got[0].body),
        (e.payload, &b"last".to_vec())
    );
}

// ------------------------------------------------------------------------------------------------
// Sweep

pub async fn fetch_leaves_out_entries_past_their_ttl_before_a_sweep(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    let (a, b) = (d[0], d[1]);
    let ttl = |body: &[u8], expires_ms: i64| NewPayload {
        expires_at: at(expires_ms),
        ..message(a, &[b], body, T0)
    };
    for (body, ms) in [(&b"30s"[..], 30), (b"10s", 10), (b"20s", 20), (b"40s", 40)] {
        s.enqueue(ttl(body, ms * SEC_MS)).await.expect("enqueue");
    }
    let bodies = |v: Vec<QueueEntry>| v.into_iter().map(|e| e.body).collect::<Vec<_>>();
    let fetch = |now: Timestamp, limit: u32| s.fetch(b, QueueSeq(0), limit, now);
    assert_eq!(bodies(fetch(T0, 10).await.expect("fetch")).len(), 4);
    assert_eq!(
        bodies(fetch(at(20 * SEC_MS), 10).await.expect("fetch")),
        vec![b"30s".to_vec(), b"40s".to_vec()],
        "an entry is gone at its expires_at, in queue order otherwise"
    );
    assert_eq!(
        bodies(fetch(at(20 * SEC_MS), 1).await.expect("fetch")),
        vec![b"30s".to_vec()],
        "the limit counts live entries"
    );
    assert!(fetch(at(40 * SEC_MS), 10).await.expect("fetch").is_empty());
    // Nothing was removed: the sweep still counts all four at their time.
    let stats = s.sweep(at(40 * SEC_MS), T0).await.expect("sweep");
    assert_eq!(stats.queue_entries_expired, 4);
}

pub async fn sweep_drops_expired_queue_entries(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, c) = (d[0], d[1], d[2]);
    let ttl = |recipients: &[DeviceId], body: &[u8], expires_ms: i64| NewPayload {
        expires_at: at(expires_ms),
        ..message(a, recipients, body, T0)
    };
    s.enqueue(ttl(&[b, c], b"short", 10 * SEC_MS))
        .await
        .expect("enqueue"); // b1, c1
    s.enqueue(ttl(&[b], b"exact", 20 * SEC_MS))
        .await
        .expect("enqueue"); // b2
    s.enqueue(ttl(&[b, c], b"long", 30 * SEC_MS))
        .await
        .expect("enqueue"); // b3, c2

    let stats = s.sweep(at(5 * SEC_MS), T0).await.expect("sweep");
    assert_eq!(
        stats,
        SweepStats {
            queue_entries_expired: 0,
            accounts_purged: 0
        },
        "nothing due yet"
    );

    let stats = s.sweep(at(20 * SEC_MS), T0).await.expect("sweep");
    assert_eq!(
        stats.queue_entries_expired, 3,
        "entries with expires_at <= now, per recipient"
    );
    assert_eq!(stats.accounts_purged, 0);
    assert_eq!(queue_seqs(s, b).await, vec![3]);
    assert_eq!(queue_seqs(s, c).await, vec![2]);
    assert_eq!(queue(s, b).await[0].body, b"long".to_vec());

    assert_eq!(
        s.sweep(at(20 * SEC_MS), T0).await.expect("sweep"),
        SweepStats::default(),
        "sweeping again finds nothing"
    );
    assert_eq!(
        s.ack(b, &[QueueSeq(1), QueueSeq(2)]).await,
        Ok(0),
        "swept entries are gone for ack too"
    );
    let e = s
        .enqueue(message(a, &[b], b"new", at(21 * SEC_MS)))
        .await
        .expect("enqueue");
    assert_eq!(
        e.entries,
        vec![(b, QueueSeq(4))],
        "no seq reuse after a sweep"
    );
    assert_eq!(s.accounts().await.expect("accounts").len(), 3);
}

pub async fn sweep_frees_queue_capacity(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    let max2 = |body: &[u8], expires_ms: i64| NewPayload {
        queue_entries_max: 2,
        expires_at: at(expires_ms),
        ..message(d[0], &[d[1]], body, T0)
    };
    s.enqueue(max2(b"1", 10 * SEC_MS)).await.expect("1 of 2");
    s.enqueue(max2(b"2", 10 * SEC_MS)).await.expect("2 of 2");
    assert_eq!(
        s.enqueue(max2(b"3", 10 * SEC_MS)).await,
        Err(StoreError::QueueFull(d[1]))
    );
    assert_eq!(
        s.sweep(at(10 * SEC_MS), T0)
            .await
            .expect("sweep")
            .queue_entries_expired,
        2
    );
    s.enqueue(max2(b"3", 20 * SEC_MS))
        .await
        .expect("room after the sweep");
    s.enqueue(max2(b"4", 20 * SEC_MS))
        .await
        .expect("room after the sweep");
    assert_eq!(
        s.enqueue(max2(b"5", 20 * SEC_MS)).await,
        Err(StoreError::QueueFull(d[1]))
    );
    assert_eq!(queue_seqs(s, d[1]).await, vec![3, 4]);
}

pub async fn sweep_purges_expired_accounts_after_grace(store: TestStore) {
    let s = &*store;
    let (old, old_dev) = member_with_validity(s, 1, "old", DAY_SECS).await; // expires T0 + 1d
    let (edge, _) = member_with_validity(s, 2, "edge", 3 * DAY_SECS).await; // expires T0 + 3d
    let (grace, grace_dev) = member_with_validity(s, 3, "grace", 5 * DAY_SECS).await; // T0 + 5d
    let (live, live_dev) = member(s, 4, "live").await; // T0 + 30d
    for dev in [old_dev.id, grace_dev.id, live_dev.id] {
        s.enqueue(message(live_dev.id, &[dev], b"hi", T0))
            .await
            .expect("enqueue");
    }

    // now = T0 + 10d: old, edge and grace have expired; the grace period ends at T0 + 3d.
    let stats = s
        .sweep(at(10 * DAY_MS), at(3 * DAY_MS))
        .await
        .expect("sweep");
    assert_eq!(
        stats.accounts_purged, 1,
        "only accounts that expired before purge_expired_before"
    );

    assert_eq!(s.account(old.id).await.expect("account"), None);
    assert_eq!(
        s.account_by_name(&user("old")).await.expect("by name"),
        None
    );
    assert_eq!(
        s.device(old_dev.id).await.expect("device"),
        None,
        "its devices go too"
    );
    assert!(s.devices_of(old.id).await.expect("devices_of").is_empty());
    assert!(queue(s, old_dev.id).await.is_empty(), "and its queues");
    assert_eq!(
        s.enqueue(message(live_dev.id, &[old_dev.id], b"x", at(10 * DAY_MS)))
            .await,
        Err(StoreError::UnknownDevice(old_dev.id))
    );

    assert_eq!(
        s.account(edge.id).await.expect("account"),
        Some(edge),
        "expired exactly at purge_expired_before: kept"
    );
    assert_eq!(
        s.account(grace.id).await.expect("account"),
        Some(grace),
        "expired but within grace: kept"
    );
    assert_eq!(queue_seqs(s, grace_dev.id).await, vec![1], "with its queue");
    assert_eq!(s.account(live.id).await.expect("account"), Some(live));
    assert_eq!(queue_seqs(s, live_dev.id).await, vec![1]);
    assert_eq!(
        s.accounts()
            .await
            .expect("accounts")
            .iter()
            .map(|a| a.username.as_str().to_owned())
            .collect::<Vec<_>>(),
        vec!["edge", "grace", "live"]
    );
}

pub async fn sweep_purge_keeps_what_others_depend_on(store: TestStore) {
    let s = &*store;
    // `old` invited `friend`, created invitations, redeemed a renewal and sent to `friend`.
    let (old, old_dev) = member_with_validity(s, 1, "old", DAY_SECS).await;
    s.create_invite(new_invite(200, Some(old.id), 1))
        .await
        .expect("create");
    s.create_invite(new_invite(201, Some(old.id), 2))
        .await
        .expect("create");
    // `friend` expires at T0 + 30d, after the purge cut-off; `old` at T0 + 1d, before it.
    let (friend, friend_dev) = s
        .redeem_invite(redemption(200, "friend", 2, T0))
        .await
        .expect("redeem");
    s.create_renewal(NewRenewal {
        code_hash: renewal_hash(1),
        created_at: T0,
        expires_at: at(DAY_MS / 2),
        validity_secs: 0,
    })
    .await
    .expect("create renewal");
    s.redeem_renewal(old.id, renewal_hash(1), at(SEC_MS))
        .await
        .expect("renew");
    let sent = s
        .enqueue(NewPayload {
            expires_at: at(60 * DAY_MS),
            ..message(
                old_dev.id,
                &[friend_dev.id, old_dev.id],
                b"from old",
                at(SEC_MS),
            )
        })
        .await
        .expect("enqueue");

    let stats = s
        .sweep(at(25 * DAY_MS), at(20 * DAY_MS))
        .await
        .expect("sweep succeeds despite references");
    assert_eq!(stats.accounts_purged, 1);
    assert_eq!(s.account(old.id).await.expect("account"), None);
    assert_eq!(s.device(old_dev.id).await.expect("device"), None);
    assert!(queue(s, old_dev.id).await.is_empty());

    let f = s
        .account(friend.id)
        .await
        .expect("account")
        .expect("the invited account stays");
    assert_eq!(f.username, user("friend"));
    assert_eq!(
        s.devices_of(friend.id).await.expect("devices_of"),
        vec![friend_dev.clone()]
    );
    let entries = queue(s, friend_dev.id).await;
    assert_eq!(
        entries.len(),
        1,
        "payloads the purged device sent are still delivered"
    );
    assert_eq!(
        (entries[0].payload, entries[0].sender, &entries[0].body),
        (sent.payload, old_dev.id, &b"from old".to_vec())
    );
    assert_eq!(s.ack(friend_dev.id, &[entries[0].seq]).await, Ok(1));
}

pub async fn renewal_stays_used_after_its_redeemer_is_purged(store: TestStore) {
    let s = &*store;
    let (old, _) = member_with_validity(s, 1, "old", DAY_SECS).await;
    let (bob, _) = member(s, 2, "bob").await;
    let renewal = NewRenewal {
        expires_at: at(60 * DAY_MS),
        ..new_renewal(1, DAY_SECS)
    };
    s.create_renewal(renewal).await.expect("create renewal");
    s.redeem_renewal(old.id, renewal_hash(1), at(SEC_MS))
        .await
        .expect("redeem");
    // `old` now expires at T0 + 2d; purge it.
    assert_eq!(
        s.sweep(at(10 * DAY_MS), at(5 * DAY_MS))
            .await
            .expect("sweep")
            .accounts_purged,
        1
    );
    assert_eq!(s.account(old.id).await.expect("account"), None);
    assert_eq!(
        s.redeem_renewal(bob.id, renewal_hash(1), at(10 * DAY_MS))
            .await,
        Err(StoreError::RenewalUsed),
        "a used code stays used when the account that used it is gone"
    );
    assert_eq!(
        s.account(bob.id)
            .await
            .expect("account")
            .expect("bob")
            .expires_at,
        bob.expires_at
    );
}

/// Ids name things to peers (a payload's sender, a recipient, an inviter): once purged, an
/// account's or device's id must not come back as someone else's.
///
/// Not yet in [`conformance_tests!`]: SQLite reuses the largest rowid once it is deleted, and
/// its `accounts`/`devices` tables need `AUTOINCREMENT` (a schema migration) to pass this.
/// Backends run it by hand until then; add it to the macro's list once SQLite passes.
pub async fn purged_ids_are_never_reused(store: TestStore) {
    let s = &*store;
    member(s, 1, "first").await;
    // The newest account and device are the ones purged.
    let (old, old_dev) = member_with_validity(s, 2, "old", DAY_SECS).await;
    assert_eq!(
        s.sweep(at(10 * DAY_MS), at(5 * DAY_MS))
            .await
            .expect("sweep")
            .accounts_purged,
        1
    );
    s.create_invite(NewInvite {
        expires_at: at(20 * DAY_MS),
        ..new_invite(200, None, 1)
    })
    .await
    .expect("create");
    let (new, new_dev) = s
        .redeem_invite(redemption(200, "new", 3, at(10 * DAY_MS)))
        .await
        .expect("redeem");
    assert_ne!(new.id, old.id, "account id reused");
    assert_ne!(new_dev.id, old_dev.id, "device id reused");
}

// ------------------------------------------------------------------------------------------------
// Lifecycle

pub async fn close_refuses_later_writes(store: TestStore) {
    let s = &*store;
    let (alice, dev) = member(s, 1, "alice").await;
    s.create_invite(new_invite(200, None, 1))
        .await
        .expect("create");
    s.create_renewal(new_renewal(1, DAY_SECS))
        .await
        .expect("create renewal");
    s.enqueue(message(dev.id, &[dev.id], b"x", T0))
        .await
        .expect("enqueue");
    s.close().await;

    let closed = Err::<(), _>(StoreError::Closed);
    assert_eq!(
        s.create_invite(new_invite(201, None, 1)).await.map(drop),
        closed
    );
    assert_eq!(
        s.redeem_invite(redemption(200, "bob", 2, T0))
            .await
            .map(drop),
        closed
    );
    assert_eq!(
        s.revoke_invite(None, InviteSelector::Hash(invite_hash(200)))
            .await,
        closed
    );
    assert_eq!(s.create_renewal(new_renewal(2, DAY_SECS)).await, closed);
    assert_eq!(
        s.redeem_renewal(alice.id, renewal_hash(1), T0)
            .await
            .map(drop),
        closed
    );
    assert_eq!(s.set_account_disabled(&user("alice"), true).await, closed);
    assert_eq!(
        s.enqueue(message(dev.id, &[dev.id], b"y", T0))
            .await
            .map(drop),
        closed
    );
    assert_eq!(s.ack(dev.id, &[QueueSeq(1)]).await.map(drop), closed);
    assert_eq!(
        s.sweep(at(100 * DAY_MS), at(100 * DAY_MS)).await.map(drop),
        closed
    );
    s.close().await; // closing twice is harmless
    assert_eq!(
        s.enqueue(message(dev.id, &[dev.id], b"z", T0))
            .await
            .map(drop),
        closed
    );
}

pub async fn close_finishes_issued_writes(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let mut writes: Vec<Write<Enqueued>> = Vec::new();
    for i in 0..100u8 {
        let shared = store.shared();
        let p = message(d[0], &d, &[i], at(i64::from(i)));
        writes.push(Box::pin(async move { shared.enqueue(p).await }));
    }
    let results = issue_then_close(s, writes).await;
    let mut per_device: BTreeMap<DeviceId, BTreeSet<u64>> = BTreeMap::new();
    for r in results {
        let e = r.expect("a write issued before close() completes");
        for (dev, seq) in e.entries {
            assert!(
                per_device.entry(dev).or_default().insert(seq.0),
                "seq {seq} given twice on {dev}"
            );
        }
    }
    for dev in &d {
        assert_eq!(
            per_device[dev],
            (1..=100).collect::<BTreeSet<_>>(),
            "every issued write got its seq on {dev}"
        );
    }
    assert_eq!(
        s.enqueue(message(d[0], &d, b"late", at(1000)))
            .await
            .map(drop),
        Err(StoreError::Closed)
    );
}

pub async fn concurrent_enqueues_get_gapless_seqs(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let mut tasks = Vec::new();
    for i in 0..200u32 {
        let shared = store.shared();
        let p = message(d[i as usize % 3], &d, &i.to_be_bytes(), at(i64::from(i)));
        tasks.push(tokio::spawn(async move { shared.enqueue(p).await }));
    }
    let mut by_payload: BTreeMap<PayloadId, Vec<(DeviceId, QueueSeq)>> = BTreeMap::new();
    for t in tasks {
        let e = t
            .await
            .expect("task")
            .expect("every concurrent enqueue succeeds");
        assert_eq!(e.entries.len(), 3);
        assert!(
            by_payload.insert(e.payload, e.entries).is_none(),
            "payload ids are unique"
        );
    }
    assert_eq!(by_payload.len(), 200);
    for &dev in &d {
        let entries = queue(s, dev).await;
        assert_eq!(entries.len(), 200, "every device sees every payload once");
        assert_eq!(
            entries.iter().map(|e| e.seq.0).collect::<Vec<_>>(),
            (1..=200).collect::<Vec<_>>(),
            "seqs 1..=200 without gaps or duplicates"
        );
        for e in &entries {
            let assigned = &by_payload[&e.payload];
            assert!(
                assigned.contains(&(dev, e.seq)),
                "fetch agrees with what enqueue returned"
            );
        }
        let bodies: BTreeSet<Vec<u8>> = entries.into_iter().map(|e| e.body).collect();
        assert_eq!(bodies.len(), 200);
    }
}

/// Enqueues, refused enqueues, acks and a device removal racing each other, in whatever
/// batches the backend makes of them, leave every queue's length exact: the queue limit bites
/// at exactly the number of rows left, and seqs stay gapless.
pub async fn racing_writes_keep_queue_lengths_exact(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    let (a, b) = (d[0], d[1]);
    let (c_account, c) = member(s, 3, "user3").await;
    let c = c.id;
    let unknown = DeviceId(999_999);
    let mut first = Vec::new();
    for i in 0..120u32 {
        let shared = store.shared();
        let p = if i % 4 == 3 {
            message(b, &[a, unknown], &i.to_be_bytes(), at(i64::from(i)))
        } else {
            message(b, &[a, b, c], &i.to_be_bytes(), at(i64::from(i)))
        };
        first.push(tokio::spawn(async move { shared.enqueue(p).await }));
    }
    let mut refused = 0;
    for t in first {
        match t.await.expect("task") {
            Ok(e) => assert_eq!(e.entries.len(), 3),
            Err(StoreError::UnknownDevice(d)) => {
                assert_eq!(d, unknown);
                refused += 1;
            }
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!(refused, 30);
    let seqs_a = queue_seqs(s, a).await;
    assert_eq!(
        seqs_a,
        (1..=90).collect::<Vec<_>>(),
        "refused enqueues took no seq"
    );

    let mut acks = Vec::new();
    for chunk in seqs_a.chunks(7) {
        let (shared, seqs) = (
            store.shared(),
            chunk.iter().map(|&q| QueueSeq(q)).collect::<Vec<_>>(),
        );
        acks.push(tokio::spawn(async move { shared.ack(a, &seqs).await }));
    }
    let mut more = Vec::new();
    for i in 0..40u32 {
        let shared = store.shared();
        let p = message(a, &[a, b], &i.to_be_bytes(), at(1_000 + i64::from(i)));
        more.push(tokio::spawn(async move { shared.enqueue(p).await }));
    }
    let removal = {
        let shared = store.shared();
        tokio::spawn(async move { shared.remove_device(c_account.id, c).await })
    };
    let mut acked = 0;
    for t in acks {
        acked += t.await.expect("task").expect("ack");
    }
    assert_eq!(acked, 90);
    for t in more {
        t.await.expect("task").expect("enqueue to a and b");
    }
    removal.await.expect("task").expect("remove c");

    assert_eq!(queue_seqs(s, a).await, (91..=130).collect::<Vec<_>>());
    assert_eq!(queue_seqs(s, b).await, (1..=130).collect::<Vec<_>>());
    let limited = |to: DeviceId, max: u64| NewPayload {
        queue_entries_max: max,
        ..message(b, &[to], b"limit", at(5_000))
    };
    assert_eq!(
        s.enqueue(limited(a, 40)).await.map(drop),
        Err(StoreError::QueueFull(a)),
        "a holds exactly 40 rows"
    );
    let e = s.enqueue(limited(a, 41)).await.expect("a has room for one");
    assert_eq!(e.entries, vec![(a, QueueSeq(131))]);
    assert_eq!(
        s.enqueue(limited(b, 130)).await.map(drop),
        Err(StoreError::QueueFull(b)),
        "b holds exactly 130 rows"
    );
    s.enqueue(limited(b, 131))
        .await
        .expect("b has room for one");
    assert_eq!(
        s.enqueue(message(b, &[c], b"gone", at(6_000)))
            .await
            .map(drop),
        Err(StoreError::UnknownDevice(c)),
        "c was removed"
    );
}

pub async fn write_stats_count_writes(store: TestStore) {
    let s = &*store;
    let (commits0, ops0) = s.write_stats();
    let d = devices(s, 1, 2).await; // 2 × (create_invite + redeem_invite)
    for i in 0..6u8 {
        s.enqueue(message(d[0], &[d[1]], &[i], T0))
            .await
            .expect("enqueue");
    }
    let (commits, ops) = s.write_stats();
    assert!(
        ops - ops0 >= 10,
        "every successful write is counted: {ops0} -> {ops}"
    );
    assert!(commits > commits0, "durable writes need commits");
    assert!(
        commits - commits0 <= ops - ops0,
        "at most one commit per write"
    );
}

// ------------------------------------------------------------------------------------------------
// Delivery service fixtures

/// A limit (groups per device, devices per group, device links) no test reaches unless it means to.
pub const DS_MAX: usize = 1_000;

pub fn link_hash(n: u8) -> CodeHash {
    CodeHash::of(CodeKind::DeviceLink, &SecretCode([n; 16]))
}

/// A device link code `code` for `account`, created at `T0`, expiring a day later.
pub fn new_link(code: u8, account: AccountId) -> NewDeviceLink {
    NewDeviceLink {
        code_hash: link_hash(code),
        account,
        created_at: T0,
        expires_at: at(DAY_MS),
        pending_max: DS_MAX as u32,
    }
}

/// Redeeming link code `code` at `now` with device key `device_key`, named "laptop".
pub fn link_redemption(code: u8, device_key: u8, now: Timestamp) -> DeviceLinkRedemption {
    DeviceLinkRedemption {
        code_hash: link_hash(code),
        device_key: key(device_key),
        device_name: device_name("laptop"),
        now,
        devices_max: DS_MAX,
    }
}

/// A second device for `account` (link code and key `n`), linked at `T0`.
pub async fn linked_device(store: &dyn Store, account: AccountId, n: u8) -> DeviceRecord {
    store
        .create_device_link(new_link(n, account))
        .await
        .expect("create device link");
    store
        .redeem_device_link(link_redemption(n, n, T0))
        .await
        .expect("redeem device link")
        .1
}

/// A one-time or last-resort key package: opaque bytes naming what they are.
pub fn kp(name: &str) -> Vec<u8> {
    name.as_bytes().to_vec()
}

pub fn upload(device: DeviceId, one_time: &[&str], last_resort: Option<&str>) -> KeyPackageUpload {
    KeyPackageUpload {
        device,
        one_time: one_time.iter().map(|p| kp(p)).collect(),
        last_resort: last_resort.map(kp),
        one_time_max: DS_MAX,
    }
}

pub fn gid(n: u8) -> GroupId {
    GroupId::new(vec![n; 8]).expect("valid group id")
}

pub fn new_group(n: u8, creator: DeviceId) -> NewGroup {
    NewGroup {
        group: gid(n),
        creator,
        now: T0,
        groups_per_device_max: DS_MAX,
    }
}

/// Group events sent at `now`, living two weeks, under [`QUEUE_MAX`].
pub fn fan_out_at(now: Timestamp) -> FanOut {
    FanOut {
        now,
        expires_at: Timestamp(now.0 + 14 * DAY_MS),
        queue_entries_max: QUEUE_MAX,
    }
}

/// A well-formed commit (a Welcome exactly when devices are added), sent at `T0`, under
/// [`DS_MAX`] limits.
pub fn group_commit(
    group: &GroupId,
    sender: DeviceId,
    epoch: u64,
    added: &[DeviceId],
    removed: &[DeviceId],
) -> GroupCommit {
    GroupCommit {
        group: group.clone(),
        sender,
        epoch,
        commit: format!("commit by {sender} in epoch {epoch}").into_bytes(),
        added: added.to_vec(),
        removed: removed.to_vec(),
        welcome: (!added.is_empty())
            .then(|| format!("welcome from {sender} in epoch {epoch}").into_bytes()),
        fan_out: fan_out_at(T0),
        group_devices_max: DS_MAX,
        groups_per_device_max: DS_MAX,
    }
}

pub fn group_post(group: &GroupId, sender: DeviceId, epoch: u64, text: &str) -> GroupPost {
    GroupPost {
        group: group.clone(),
        sender,
        epoch,
        message: text.as_bytes().to_vec(),
        fan_out: fan_out_at(T0),
    }
}

/// Group `n` created by `creator`; with `others`, one commit adds them (epoch 1).
pub async fn group_with(
    store: &dyn Store,
    n: u8,
    creator: DeviceId,
    others: &[DeviceId],
) -> GroupId {
    store
        .create_group(new_group(n, creator))
        .await
        .expect("create group");
    if !others.is_empty() {
        store
            .commit(group_commit(&gid(n), creator, 0, others, &[]))
            .await
            .expect("commit adding the others");
    }
    gid(n)
}

/// Fetches and acks every entry of `device`'s queue.
pub async fn drain(store: &dyn Store, device: DeviceId) -> Vec<QueueEntry> {
    let entries = queue(store, device).await;
    let seqs: Vec<QueueSeq> = entries.iter().map(|e| e.seq).collect();
    assert_eq!(
        store.ack(device, &seqs).await.expect("ack"),
        seqs.len() as u32
    );
    entries
}

async fn group_record(store: &dyn Store, group: &GroupId) -> GroupRecord {
    store
        .group(group)
        .await
        .expect("group")
        .expect("the group exists")
}

async fn groups_of(store: &dyn Store, device: DeviceId) -> Vec<(GroupId, u64)> {
    store.groups_of(device).await.expect("groups_of")
}

async fn stock(store: &dyn Store, device: DeviceId) -> KeyPackageStock {
    store
        .key_package_stock(device)
        .await
        .expect("key_package_stock")
}

/// A claimer no test account has (claimers need not exist; see [`Store::claim_key_packages`]).
pub const ANY_CLAIMER: AccountId = AccountId(999_999);

/// A claim by `claimer` at `now` with a one-day window.
pub fn claim_by(claimer: AccountId, devices: &[DeviceId], now: Timestamp) -> KeyPackageClaim {
    KeyPackageClaim {
        claimer,
        devices: devices.to_vec(),
        now,
        window_secs: DAY_SECS,
        bytes_max: usize::MAX,
    }
}

/// A claim without a window (every claim may take a one-time package), up to `bytes_max`.
pub async fn claim_unwindowed(
    store: &dyn Store,
    devices: Vec<DeviceId>,
    bytes_max: usize,
) -> Result<Vec<(DeviceId, Vec<u8>)>, StoreError> {
    store
        .claim_key_packages(KeyPackageClaim {
            window_secs: 0,
            bytes_max,
            ..claim_by(ANY_CLAIMER, &devices, T0)
        })
        .await
        .map(|c| c.packages)
}

async fn claim(store: &dyn Store, devices: &[DeviceId]) -> Vec<(DeviceId, Vec<u8>)> {
    claim_unwindowed(store, devices.to_vec(), usize::MAX)
        .await
        .expect("claim key packages")
}

async fn claimed(store: &dyn Store, claim: KeyPackageClaim) -> KeyPackagesClaimed {
    store
        .claim_key_packages(claim)
        .await
        .expect("claim key packages")
}

/// Everything a refused group operation must leave untouched: the groups, every device's
/// memberships and queue.
#[derive(Debug, PartialEq, Eq)]
pub struct GroupSnapshot {
    pub groups: Vec<Option<GroupRecord>>,
    pub memberships: Vec<Vec<(GroupId, u64)>>,
    pub queues: Vec<Vec<QueueEntry>>,
}

pub async fn group_snapshot(
    store: &dyn Store,
    groups: &[GroupId],
    devices: &[DeviceId],
) -> GroupSnapshot {
    let mut snap = GroupSnapshot {
        groups: Vec::new(),
        memberships: Vec::new(),
        queues: Vec::new(),
    };
    for g in groups {
        snap.groups.push(store.group(g).await.expect("group"));
    }
    for &d in devices {
        snap.memberships.push(groups_of(store, d).await);
        snap.queues.push(queue(store, d).await);
    }
    snap
}

fn set(devices: &[DeviceId]) -> BTreeSet<DeviceId> {
    devices.iter().copied().collect()
}

// ------------------------------------------------------------------------------------------------
// Device links

pub async fn device_link_adds_a_device(store: TestStore) {
    let s = &*store;
    let (alice, phone) = member(s, 1, "alice").await;
    s.create_device_link(new_link(1, alice.id))
        .await
        .expect("create device link");
    let now = at(SEC_MS);
    let (account, laptop) = s
        .redeem_device_link(link_redemption(1, 100, now))
        .await
        .expect("redeem");
    assert_eq!(account, alice, "the code's account, unchanged");
    assert_eq!(laptop.account, alice.id);
    assert_eq!(laptop.key, key(100));
    assert_eq!(laptop.name, device_name("laptop"));
    assert_eq!(laptop.created_at, now);
    assert_ne!(laptop.id, phone.id);
    assert_eq!(
        s.device(laptop.id).await.expect("device"),
        Some(laptop.clone())
    );
    assert_eq!(
        s.devices_of(alice.id).await.expect("devices_of"),
        vec![phone, laptop.clone()]
    );
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 101, at(2 * SEC_MS)))
            .await,
        Err(StoreError::DeviceLinkUsed),
        "a code adds one device"
    );
    assert_eq!(snapshot(s).await, before);
    // The new device is a device like any other.
    s.enqueue(message(laptop.id, &[laptop.id], b"self", now))
        .await
        .expect("enqueue to the linked device");
    assert_eq!(queue_seqs(s, laptop.id).await, vec![1]);
}

pub async fn device_link_unknown_used_expired(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    s.create_device_link(new_link(1, alice.id))
        .await
        .expect("create");
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_device_link(link_redemption(2, 100, T0)).await,
        Err(StoreError::DeviceLinkUnknown)
    );
    // An invitation code with the same bytes is not a device link code.
    s.create_invite(new_invite(50, None, 1))
        .await
        .expect("create invite");
    let before_invite = snapshot(s).await;
    let mut r = link_redemption(50, 100, T0);
    r.code_hash = invite_hash(50);
    assert_eq!(
        s.redeem_device_link(r).await,
        Err(StoreError::DeviceLinkUnknown)
    );
    assert_eq!(snapshot(s).await, before_invite);
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 100, at(DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkExpired),
        "a device link code is dead at its expires_at"
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 100, at(2 * DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkExpired)
    );
    assert_eq!(
        s.devices_of(alice.id).await.expect("devices_of"),
        before.devices,
        "refusals add no device"
    );
    s.redeem_device_link(link_redemption(1, 100, at(DAY_MS - 1)))
        .await
        .expect("valid one millisecond before expiry; refusals did not use it up");
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 101, at(DAY_MS - 1)))
            .await,
        Err(StoreError::DeviceLinkUsed)
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 101, at(DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkUsed),
        "used wins over expired"
    );
    assert_eq!(s.devices_of(alice.id).await.expect("devices_of").len(), 2);
}

pub async fn device_link_refused_for_disabled_or_expired_account(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (brief, _) = member_with_validity(s, 2, "brief", DAY_SECS).await; // expires T0 + 1d
    s.create_device_link(new_link(1, alice.id))
        .await
        .expect("create");
    s.create_device_link(NewDeviceLink {
        expires_at: at(7 * DAY_MS),
        ..new_link(2, brief.id)
    })
    .await
    .expect("create");

    s.set_account_disabled(&user("alice"), true)
        .await
        .expect("disable");
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 100, at(SEC_MS)))
            .await,
        Err(StoreError::AccountDisabled {
            username: user("alice")
        })
    );
    assert_eq!(snapshot(s).await, before, "a refusal changes nothing");
    s.set_account_disabled(&user("alice"), false)
        .await
        .expect("enable");
    s.redeem_device_link(link_redemption(1, 100, at(SEC_MS)))
        .await
        .expect("the code stayed usable");

    let before = snapshot(s).await;
    for now in [brief.expires_at, at(2 * DAY_MS)] {
        assert_eq!(
            s.redeem_device_link(link_redemption(2, 101, now)).await,
            Err(StoreError::AccountExpired {
                username: user("brief"),
                expires_at: brief.expires_at,
            }),
            "an account is expired from its expires_at"
        );
    }
    assert_eq!(snapshot(s).await, before, "a refusal changes nothing");
    s.create_renewal(new_renewal(1, 30 * DAY_SECS))
        .await
        .expect("create renewal");
    s.redeem_renewal(brief.id, renewal_hash(1), at(2 * DAY_MS))
        .await
        .expect("renew");
    let (account, device) = s
        .redeem_device_link(link_redemption(2, 101, at(2 * DAY_MS)))
        .await
        .expect("the code stayed usable");
    assert_eq!(account.id, brief.id);
    assert_eq!(device.account, brief.id);
}

pub async fn device_link_refused_for_device_limit_or_taken_key(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    member(s, 2, "bob").await;
    s.create_device_link(new_link(1, alice.id))
        .await
        .expect("create");
    let before = snapshot(s).await;
    assert_eq!(
        s.redeem_device_link(DeviceLinkRedemption {
            devices_max: 1,
            ..link_redemption(1, 100, at(SEC_MS))
        })
        .await,
        Err(StoreError::TooManyDevices { max: 1 }),
        "devices_max counts the new device"
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 2, at(SEC_MS)))
            .await,
        Err(StoreError::DeviceKeyTaken),
        "bob's key"
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 1, at(SEC_MS)))
            .await,
        Err(StoreError::DeviceKeyTaken),
        "alice's own key"
    );
    assert_eq!(snapshot(s).await, before, "refusals change nothing");
    s.redeem_device_link(DeviceLinkRedemption {
        devices_max: 2,
        ..link_redemption(1, 100, at(SEC_MS))
    })
    .await
    .expect("the code stayed usable; two devices of two allowed");
    s.create_device_link(new_link(2, alice.id))
        .await
        .expect("create");
    assert_eq!(
        s.redeem_device_link(DeviceLinkRedemption {
            devices_max: 2,
            ..link_redemption(2, 101, at(SEC_MS))
        })
        .await,
        Err(StoreError::TooManyDevices { max: 2 })
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(2, 100, at(SEC_MS)))
            .await,
        Err(StoreError::DeviceKeyTaken),
        "the key of a linked device is taken too"
    );
    assert_eq!(s.devices_of(alice.id).await.expect("devices_of").len(), 2);
}

pub async fn device_link_pending_max(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (bob, _) = member(s, 2, "bob").await;
    let max2 = |code, account| NewDeviceLink {
        pending_max: 2,
        ..new_link(code, account)
    };
    s.create_device_link(max2(1, alice.id))
        .await
        .expect("1 of 2");
    s.create_device_link(max2(2, alice.id))
        .await
        .expect("2 of 2");
    assert_eq!(
        s.create_device_link(max2(3, alice.id)).await,
        Err(StoreError::TooManyDeviceLinks { max: 2 })
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(3, 100, at(SEC_MS)))
            .await,
        Err(StoreError::DeviceLinkUnknown),
        "a refused code is not stored"
    );
    s.create_device_link(max2(10, bob.id))
        .await
        .expect("another account's codes are its own");
    s.redeem_device_link(link_redemption(1, 100, at(SEC_MS)))
        .await
        .expect("redeem");
    s.create_device_link(max2(3, alice.id))
        .await
        .expect("a used code is no longer pending");
    assert_eq!(
        s.create_device_link(max2(4, alice.id)).await,
        Err(StoreError::TooManyDeviceLinks { max: 2 })
    );
    // Codes 2 and 3 expire at T0 + 1d: from then on they are not pending.
    s.create_device_link(NewDeviceLink {
        created_at: at(DAY_MS),
        expires_at: at(2 * DAY_MS),
        ..max2(4, alice.id)
    })
    .await
    .expect("expired codes are no longer pending");
    s.redeem_device_link(link_redemption(4, 101, at(DAY_MS)))
        .await
        .expect("the code created past the others' expiry works");
    assert_eq!(
        s.create_device_link(new_link(5, AccountId(bob.id.0 + 1000)))
            .await,
        Err(StoreError::NotFound),
        "unknown account"
    );
}

// ------------------------------------------------------------------------------------------------
// Removing devices

pub async fn remove_device_deletes_its_state(store: TestStore) {
    let s = &*store;
    let (alice, phone) = member(s, 1, "alice").await;
    let (_, bob) = member(s, 2, "bob").await;
    let laptop = linked_device(s, alice.id, 100).await;
    s.publish_key_packages(upload(laptop.id, &["l1", "l2"], Some("l-last")))
        .await
        .expect("publish");
    s.publish_key_packages(upload(bob.id, &["b1"], Some("b-last")))
        .await
        .expect("publish");
    // The laptop shares one group with bob and is alone in another.
    let shared = group_with(s, 1, bob.id, &[laptop.id, phone.id]).await;
    let alone = group_with(s, 2, laptop.id, &[]).await;
    let to_both = s
        .enqueue(message(bob.id, &[laptop.id, bob.id], b"to both", T0))
        .await
        .expect("enqueue");
    s.enqueue(message(laptop.id, &[bob.id], b"from laptop", T0))
        .await
        .expect("enqueue");
    assert!(!queue(s, laptop.id).await.is_empty());

    s.remove_device(alice.id, laptop.id).await.expect("remove");

    assert_eq!(s.device(laptop.id).await.expect("device"), None);
    assert_eq!(
        s.devices_of(alice.id).await.expect("devices_of"),
        vec![phone.clone()]
    );
    assert!(queue(s, laptop.id).await.is_empty(), "its queue rows go");
    assert_eq!(
        stock(s, laptop.id).await,
        KeyPackageStock::default(),
        "its key packages go"
    );
    assert!(
        groups_of(s, laptop.id).await.is_empty(),
        "its memberships go"
    );
    let rec = group_record(s, &shared).await;
    assert_eq!(rec.members, {
        let mut m = vec![bob.id, phone.id];
        m.sort();
        m
    });
    assert_eq!(
        s.group(&alone).await.expect("group"),
        None,
        "a group left without members is deleted"
    );
    // Others are untouched: bob still reads the payload shared with the laptop, and what the
    // laptop sent.
    let entries = queue(s, bob.id).await;
    let bodies: Vec<&[u8]> = entries.iter().map(|e| e.body.as_slice()).collect();
    assert!(bodies.contains(&&b"to both"[..]));
    assert!(bodies.contains(&&b"from laptop"[..]));
    let shared_entry = entries
        .iter()
        .find(|e| e.payload == to_both.payload)
        .expect("bob's entry of the shared payload");
    assert_eq!(shared_entry.body, b"to both".to_vec());
    assert_eq!(s.ack(bob.id, &[shared_entry.seq]).await, Ok(1));
    assert_eq!(
        stock(s, bob.id).await,
        KeyPackageStock {
            one_time: 1,
            last_resort: true
        }
    );
    // The removed device is unknown everywhere.
    assert_eq!(
        s.enqueue(message(bob.id, &[laptop.id], b"x", T0)).await,
        Err(StoreError::UnknownDevice(laptop.id))
    );
    assert_eq!(
        claim_unwindowed(s, vec![laptop.id], usize::MAX).await,
        Err(StoreError::UnknownDevice(laptop.id))
    );
    assert_eq!(
        s.remove_device(alice.id, laptop.id).await,
        Err(StoreError::UnknownDevice(laptop.id)),
        "removing twice"
    );
    // The group goes on without it.
    let rec = group_record(s, &shared).await;
    let accepted = s
        .commit(group_commit(&shared, bob.id, rec.epoch, &[], &[phone.id]))
        .await
        .expect("commit");
    assert_eq!(accepted.recipients, vec![phone.id]);
}

pub async fn remove_device_of_another_account_is_unknown(store: TestStore) {
    let s = &*store;
    let (alice, alice_dev) = member(s, 1, "alice").await;
    let (bob, bob_dev) = member(s, 2, "bob").await;
    s.publish_key_packages(upload(bob_dev.id, &["b1"], None))
        .await
        .expect("publish");
    let g = group_with(s, 1, bob_dev.id, &[]).await;
    s.enqueue(message(alice_dev.id, &[bob_dev.id], b"hi", T0))
        .await
        .expect("enqueue");
    let before = snapshot(s).await;
    assert_eq!(
        s.remove_device(alice.id, bob_dev.id).await,
        Err(StoreError::UnknownDevice(bob_dev.id)),
        "another account's device looks like one that does not exist"
    );
    let ghost = DeviceId(bob_dev.id.0 + 1000);
    assert_eq!(
        s.remove_device(alice.id, ghost).await,
        Err(StoreError::UnknownDevice(ghost))
    );
    assert_eq!(
        s.remove_device(AccountId(bob.id.0 + 1000), bob_dev.id)
            .await,
        Err(StoreError::UnknownDevice(bob_dev.id)),
        "unknown account"
    );
    assert_eq!(snapshot(s).await, before, "refusals change nothing");
    assert_eq!(queue_seqs(s, bob_dev.id).await, vec![1]);
    assert_eq!(stock(s, bob_dev.id).await.one_time, 1);
    assert_eq!(group_record(s, &g).await.members, vec![bob_dev.id]);
    s.remove_device(bob.id, bob_dev.id)
        .await
        .expect("the owner may remove it");
    assert_eq!(s.device(bob_dev.id).await.expect("device"), None);
    assert_eq!(s.group(&g).await.expect("group"), None);
}

// ------------------------------------------------------------------------------------------------
// Key packages

pub async fn publish_key_packages_stores_and_counts(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    assert_eq!(stock(s, d[0]).await, KeyPackageStock::default());
    assert_eq!(
        stock(s, DeviceId(d[1].0 + 1000)).await,
        KeyPackageStock::default(),
        "an unknown device has nothing"
    );
    assert_eq!(
        s.publish_key_packages(upload(d[0], &["a", "b", "c"], Some("last")))
            .await,
        Ok(3)
    );
    assert_eq!(
        stock(s, d[0]).await,
        KeyPackageStock {
            one_time: 3,
            last_resort: true
        }
    );
    assert_eq!(
        s.publish_key_packages(upload(d[0], &["d", "e"], None))
            .await,
        Ok(5),
        "returns the one-time stock"
    );
    assert_eq!(
        stock(s, d[0]).await,
        KeyPackageStock {
            one_time: 5,
            last_resort: true
        },
        "an upload without a last-resort package keeps the earlier one"
    );
    assert_eq!(
        s.publish_key_packages(upload(d[1], &[], Some("only last")))
            .await,
        Ok(0)
    );
    assert_eq!(
        stock(s, d[1]).await,
        KeyPackageStock {
            one_time: 0,
            last_resort: true
        }
    );
    assert_eq!(stock(s, d[0]).await.one_time, 5, "stocks are per device");
}

pub async fn publish_key_packages_over_max_stores_nothing(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 1).await[0];
    let max4 = |one_time: &[&str], last_resort: Option<&str>| KeyPackageUpload {
        one_time_max: 4,
        ..upload(d, one_time, last_resort)
    };
    assert_eq!(
        s.publish_key_packages(max4(&["a", "b", "c"], Some("last 1")))
            .await,
        Ok(3)
    );
    assert_eq!(
        s.publish_key_packages(max4(&["d", "e"], Some("last 2")))
            .await,
        Err(StoreError::TooManyKeyPackages {
            stored: 3,
            adding: 2,
            max: 4
        })
    );
    assert_eq!(
        stock(s, d).await,
        KeyPackageStock {
            one_time: 3,
            last_resort: true
        },
        "nothing stored"
    );
    assert_eq!(
        s.publish_key_packages(max4(&["d"], None)).await,
        Ok(4),
        "exactly up to the limit"
    );
    assert_eq!(
        s.publish_key_packages(max4(&["e"], None)).await,
        Err(StoreError::TooManyKeyPackages {
            stored: 4,
            adding: 1,
            max: 4
        })
    );
    // The refused uploads' packages were not stored, nor their last-resort one.
    let mut got = Vec::new();
    for _ in 0..6 {
        got.extend(claim(s, &[d]).await.into_iter().map(|(_, p)| p));
    }
    assert_eq!(
        got,
        ["a", "b", "c", "d", "last 1", "last 1"]
            .into_iter()
            .map(kp)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        s.publish_key_packages(max4(&["f", "g", "h", "i"], None))
            .await,
        Ok(4),
        "claimed packages free room"
    );
}

pub async fn last_resort_key_package_is_replaced(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 1).await[0];
    s.publish_key_packages(upload(d, &[], Some("last 1")))
        .await
        .expect("publish");
    s.publish_key_packages(upload(d, &["a"], Some("last 2")))
        .await
        .expect("publish");
    assert_eq!(
        stock(s, d).await,
        KeyPackageStock {
            one_time: 1,
            last_resort: true
        },
        "one last-resort package at a time"
    );
    assert_eq!(claim(s, &[d]).await, vec![(d, kp("a"))]);
    assert_eq!(
        claim(s, &[d]).await,
        vec![(d, kp("last 2"))],
        "the newer last-resort package replaced the older"
    );
    s.publish_key_packages(upload(d, &[], None))
        .await
        .expect("publish nothing");
    assert_eq!(claim(s, &[d]).await, vec![(d, kp("last 2"))]);
    s.publish_key_packages(upload(d, &[], Some("last 3")))
        .await
        .expect("publish");
    assert_eq!(claim(s, &[d]).await, vec![(d, kp("last 3"))]);
    assert_eq!(
        stock(s, d).await,
        KeyPackageStock {
            one_time: 0,
            last_resort: true
        }
    );
}

pub async fn claim_pops_oldest_one_time_package_once(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    s.publish_key_packages(upload(d[0], &["a1", "a2", "a3"], Some("a-last")))
        .await
        .expect("publish");
    s.publish_key_packages(upload(d[0], &["a4"], None))
        .await
        .expect("publish");
    s.publish_key_packages(upload(d[1], &["b1", "b2"], None))
        .await
        .expect("publish");
    assert_eq!(
        claim(s, &[d[1], d[0]]).await,
        vec![(d[1], kp("b1")), (d[0], kp("a1"))],
        "one package per device, in the given order"
    );
    assert_eq!(
        stock(s, d[0]).await,
        KeyPackageStock {
            one_time: 3,
            last_resort: true
        }
    );
    assert_eq!(stock(s, d[1]).await.one_time, 1);
    assert_eq!(
        claim(s, &[d[0], d[1]]).await,
        vec![(d[0], kp("a2")), (d[1], kp("b2"))]
    );
    assert_eq!(claim(s, &[d[0]]).await, vec![(d[0], kp("a3"))]);
    assert_eq!(
        claim(s, &[d[0]]).await,
        vec![(d[0], kp("a4"))],
        "oldest first, across uploads"
    );
    assert_eq!(
        claim(s, &[d[0]]).await,
        vec![(d[0], kp("a-last"))],
        "then the last-resort package"
    );
    assert_eq!(
        stock(s, d[0]).await,
        KeyPackageStock {
            one_time: 0,
            last_resort: true
        }
    );
    s.publish_key_packages(upload(d[0], &["a5"], None))
        .await
        .expect("publish");
    assert_eq!(
        claim(s, &[d[0]]).await,
        vec![(d[0], kp("a5"))],
        "a new one-time package comes before the last-resort one"
    );
}

pub async fn claim_falls_back_to_last_resort_and_leaves_out_empty_devices(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (last_only, empty, one) = (d[0], d[1], d[2]);
    s.publish_key_packages(upload(last_only, &[], Some("last")))
        .await
        .expect("publish");
    s.publish_key_packages(upload(one, &["x"], None))
        .await
        .expect("publish");
    assert_eq!(
        claim(s, &[last_only, empty, one]).await,
        vec![(last_only, kp("last")), (one, kp("x"))],
        "a device with nothing is left out"
    );
    assert_eq!(
        claim(s, &[last_only, empty, one]).await,
        vec![(last_only, kp("last"))],
        "the last-resort package is kept"
    );
    assert_eq!(claim(s, &[empty, one]).await, vec![]);
    assert_eq!(
        stock(s, last_only).await,
        KeyPackageStock {
            one_time: 0,
            last_resort: true
        }
    );
    assert_eq!(stock(s, one).await, KeyPackageStock::default());
}

pub async fn claim_with_unknown_device_takes_nothing(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    s.publish_key_packages(upload(d[0], &["a1", "a2"], None))
        .await
        .expect("publish");
    s.publish_key_packages(upload(d[1], &["b1"], None))
        .await
        .expect("publish");
    let ghost = DeviceId(d[1].0 + 1000);
    for devices in [
        vec![d[0], ghost, d[1]],
        vec![ghost],
        vec![d[0], d[1], ghost],
    ] {
        assert_eq!(
            claim_unwindowed(s, devices, usize::MAX).await,
            Err(StoreError::UnknownDevice(ghost))
        );
    }
    assert_eq!(stock(s, d[0]).await.one_time, 2, "nothing taken");
    assert_eq!(stock(s, d[1]).await.one_time, 1, "nothing taken");
    assert_eq!(
        claim(s, &[d[0], d[1]]).await,
        vec![(d[0], kp("a1")), (d[1], kp("b1"))]
    );
}

pub async fn claim_over_bytes_max_takes_nothing(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let big = |tag: u8| vec![tag; 100];
    s.publish_key_packages(KeyPackageUpload {
        one_time: vec![big(1), big(2)],
        ..upload(d[0], &[], None)
    })
    .await
    .expect("publish");
    s.publish_key_packages(KeyPackageUpload {
        last_resort: Some(big(9)),
        ..upload(d[1], &[], None)
    })
    .await
    .expect("publish");
    let each = 100 + KEY_PACKAGE_CLAIM_OVERHEAD_BYTES;
    assert_eq!(
        claim_unwindowed(s, vec![d[2], d[0], d[1]], 2 * each - 1).await,
        Err(StoreError::KeyPackagesTooLarge {
            bytes: 2 * each,
            max: 2 * each - 1
        }),
        "each package counts its bytes plus the fixed overhead; last-resort ones too"
    );
    assert_eq!(
        claim_unwindowed(s, vec![d[0]], each - 1).await,
        Err(StoreError::KeyPackagesTooLarge {
            bytes: each,
            max: each - 1
        })
    );
    assert_eq!(
        stock(s, d[0]).await.one_time,
        2,
        "a refused claim takes nothing"
    );
    assert_eq!(
        claim_unwindowed(s, vec![d[2], d[0], d[1]], 2 * each).await,
        Ok(vec![(d[0], big(1)), (d[1], big(9))]),
        "exactly up to bytes_max"
    );
    assert_eq!(
        claim(s, &[d[0]]).await,
        vec![(d[0], big(2))],
        "the refusals took nothing"
    );
}

pub async fn concurrent_claims_hand_out_each_package_once(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    let names: Vec<String> = (0..20).map(|i| format!("one-time {i}")).collect();
    for dev in &d {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        s.publish_key_packages(upload(*dev, &refs, Some("last")))
            .await
            .expect("publish");
    }
    let mut tasks = Vec::new();
    for i in 0..30usize {
        let shared = store.shared();
        // Every claim names both devices, in alternating order.
        let devices = if i % 2 == 0 {
            vec![d[0], d[1]]
        } else {
            vec![d[1], d[0]]
        };
        tasks.push(tokio::spawn(async move {
            claim_unwindowed(&*shared, devices, usize::MAX).await
        }));
    }
    let mut handed_out: BTreeMap<DeviceId, Vec<Vec<u8>>> = BTreeMap::new();
    for t in tasks {
        let got = t.await.expect("task").expect("every claim succeeds");
        assert_eq!(got.len(), 2, "each device has something to hand out");
        for (dev, package) in got {
            handed_out.entry(dev).or_default().push(package);
        }
    }
    for dev in &d {
        let got = &handed_out[dev];
        let one_time: BTreeSet<Vec<u8>> =
            got.iter().filter(|p| **p != kp("last")).cloned().collect();
        assert_eq!(
            one_time.len(),
            20,
            "every one-time package of {dev} handed out exactly once"
        );
        assert_eq!(
            got.iter().filter(|p| **p == kp("last")).count(),
            10,
            "the other claims got the last-resort package"
        );
        let published: BTreeSet<Vec<u8>> = names.iter().map(|n| kp(n)).collect();
        assert_eq!(one_time, published);
        assert_eq!(
            stock(s, *dev).await,
            KeyPackageStock {
                one_time: 0,
                last_resort: true
            }
        );
    }
}

pub async fn one_claimer_gets_one_one_time_package_per_device_per_window(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (carol, _) = member(s, 2, "carol").await;
    let (_, bob) = member(s, 3, "bob").await;
    let (_, dave) = member(s, 4, "dave").await;
    s.publish_key_packages(upload(bob.id, &["b1", "b2", "b3", "b4"], Some("b-last")))
        .await
        .expect("publish");
    s.publish_key_packages(upload(dave.id, &["d1", "d2"], None))
        .await
        .expect("publish");
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id], T0)).await,
        KeyPackagesClaimed {
            packages: vec![(bob.id, kp("b1"))],
            held_back: vec![]
        }
    );
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id, dave.id], at(SEC_MS))).await,
        KeyPackagesClaimed {
            packages: vec![(bob.id, kp("b-last")), (dave.id, kp("d1"))],
            held_back: vec![bob.id]
        },
        "within the window the same claimer gets the last-resort package, never a second \
         one-time one; other devices are not affected"
    );
    assert_eq!(
        claimed(s, claim_by(alice.id, &[dave.id], at(2 * SEC_MS))).await,
        KeyPackagesClaimed {
            packages: vec![],
            held_back: vec![dave.id]
        },
        "a device without a last-resort package is left out rather than give a second one"
    );
    assert_eq!(stock(s, bob.id).await.one_time, 3);
    assert_eq!(stock(s, dave.id).await.one_time, 1);
    assert_eq!(
        claimed(s, claim_by(carol.id, &[bob.id, dave.id], at(3 * SEC_MS))).await,
        KeyPackagesClaimed {
            packages: vec![(bob.id, kp("b2")), (dave.id, kp("d2"))],
            held_back: vec![]
        },
        "another claimer still gets one-time packages"
    );
    // The window runs from the one-time claim (T0), not from the later last-resort ones.
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id], at(DAY_MS - 1)))
            .await
            .packages,
        vec![(bob.id, kp("b-last"))],
        "still within the window"
    );
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id], at(DAY_MS))).await,
        KeyPackagesClaimed {
            packages: vec![(bob.id, kp("b3"))],
            held_back: vec![]
        },
        "once the window has passed, one more one-time package"
    );
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id], at(DAY_MS + 1)))
            .await
            .packages,
        vec![(bob.id, kp("b-last"))],
        "and the window starts again"
    );
    assert_eq!(
        stock(s, bob.id).await,
        KeyPackageStock {
            one_time: 1,
            last_resort: true
        }
    );
}

pub async fn a_last_resort_claim_starts_no_window(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (_, bob) = member(s, 2, "bob").await;
    s.publish_key_packages(upload(bob.id, &[], Some("b-last")))
        .await
        .expect("publish");
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id], T0)).await,
        KeyPackagesClaimed {
            packages: vec![(bob.id, kp("b-last"))],
            held_back: vec![]
        },
        "no one-time package left: the last-resort one, and nothing held back"
    );
    s.publish_key_packages(upload(bob.id, &["b1"], None))
        .await
        .expect("publish");
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id], at(SEC_MS)))
            .await
            .packages,
        vec![(bob.id, kp("b1"))],
        "only taking a one-time package counts"
    );
}

pub async fn refused_claims_record_nothing(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (_, bob) = member(s, 2, "bob").await;
    s.publish_key_packages(upload(bob.id, &["b1", "b2"], Some("b-last")))
        .await
        .expect("publish");
    let ghost = DeviceId(bob.id.0 + 1000);
    assert_eq!(
        s.claim_key_packages(claim_by(alice.id, &[bob.id, ghost], T0))
            .await,
        Err(StoreError::UnknownDevice(ghost)),
        "an unknown device refuses the whole claim, as without a window"
    );
    assert_eq!(
        s.claim_key_packages(KeyPackageClaim {
            bytes_max: 1,
            ..claim_by(alice.id, &[bob.id], T0)
        })
        .await,
        Err(StoreError::KeyPackagesTooLarge {
            bytes: 2 + KEY_PACKAGE_CLAIM_OVERHEAD_BYTES,
            max: 1
        })
    );
    assert_eq!(stock(s, bob.id).await.one_time, 2, "nothing taken");
    assert_eq!(
        claimed(s, claim_by(alice.id, &[bob.id], at(SEC_MS))).await,
        KeyPackagesClaimed {
            packages: vec![(bob.id, kp("b1"))],
            held_back: vec![]
        },
        "and nothing recorded: the claimer still gets a one-time package"
    );
}

pub async fn sweep_forgets_key_package_claims_past_the_window(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (carol, _) = member(s, 2, "carol").await;
    let (bob_account, bob) = member(s, 3, "bob").await;
    let names: Vec<String> = (0..6).map(|i| format!("b{i}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    s.publish_key_packages(upload(bob.id, &refs, Some("b-last")))
        .await
        .expect("publish");
    claimed(s, claim_by(alice.id, &[bob.id], T0)).await;
    claimed(s, claim_by(carol.id, &[bob.id], at(10 * SEC_MS))).await;
    assert_eq!(s.sweep_key_package_claims(at(-1)).await, Ok(0));
    assert_eq!(
        s.sweep_key_package_claims(T0).await,
        Ok(1),
        "records taken at or before the cut-off go"
    );
    // With a ten-day window, alice's record would still hold her back, had it been kept.
    let ten_days = |claimer, now| KeyPackageClaim {
        window_secs: 10 * DAY_SECS,
        ..claim_by(claimer, &[bob.id], now)
    };
    assert_eq!(
        claimed(s, ten_days(alice.id, at(20 * SEC_MS)))
            .await
            .held_back,
        vec![],
        "alice's record was forgotten"
    );
    assert_eq!(
        claimed(s, ten_days(carol.id, at(20 * SEC_MS)))
            .await
            .held_back,
        vec![bob.id],
        "carol's was kept"
    );
    // A removed device takes its records with it.
    let laptop = linked_device(s, bob_account.id, 100).await;
    s.publish_key_packages(upload(laptop.id, &["l1"], None))
        .await
        .expect("publish");
    claimed(s, claim_by(alice.id, &[laptop.id], at(30 * SEC_MS))).await;
    s.remove_device(bob_account.id, laptop.id)
        .await
        .expect("remove");
    assert_eq!(
        s.sweep_key_package_claims(at(100 * DAY_MS)).await,
        Ok(2),
        "alice's and carol's later records of bob's phone; the laptop's went with it"
    );
}

pub async fn concurrent_claims_of_one_claimer_take_one_one_time_package(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (_, bob) = member(s, 2, "bob").await;
    let others: Vec<AccountId> = {
        let mut v = Vec::new();
        for n in 3..8u8 {
            v.push(member(s, n, &format!("user{n}")).await.0.id);
        }
        v
    };
    let names: Vec<String> = (0..20).map(|i| format!("one-time {i}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    s.publish_key_packages(upload(bob.id, &refs, Some("last")))
        .await
        .expect("publish");
    let mut tasks = Vec::new();
    // Sixteen claims by alice and one by each of five others, all at once.
    let claimers = std::iter::repeat_n(alice.id, 16).chain(others.iter().copied());
    for (i, claimer) in claimers.enumerate() {
        let shared = store.shared();
        let claim = claim_by(claimer, &[bob.id], at(i as i64));
        tasks.push(tokio::spawn(async move {
            (claimer, shared.claim_key_packages(claim).await)
        }));
    }
    let mut one_time_by: BTreeMap<AccountId, Vec<Vec<u8>>> = BTreeMap::new();
    for t in tasks {
        let (claimer, got) = t.await.expect("task");
        let got = got.expect("every claim succeeds");
        assert_eq!(got.packages.len(), 1);
        let package = got.packages[0].1.clone();
        if package != kp("last") {
            one_time_by.entry(claimer).or_default().push(package);
        }
    }
    assert_eq!(
        one_time_by.get(&alice.id).map(Vec::len),
        Some(1),
        "alice took exactly one one-time package: {one_time_by:?}"
    );
    for other in &others {
        assert_eq!(one_time_by.get(other).map(Vec::len), Some(1), "{other}");
    }
    let distinct: BTreeSet<&Vec<u8>> = one_time_by.values().flatten().collect();
    assert_eq!(distinct.len(), 6, "each one-time package handed out once");
    assert_eq!(stock(s, bob.id).await.one_time, 14);
}

pub async fn relay_tokens_are_counted_per_account_and_day(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (bob, _) = member(s, 2, "bob").await;
    let today = utc_day(T0);
    assert_eq!(s.relay_tokens_left(alice.id, today, 10).await, Ok(10));
    assert_eq!(s.take_relay_tokens(alice.id, today, 4, 10).await, Ok(4));
    assert_eq!(s.relay_tokens_left(alice.id, today, 10).await, Ok(6));
    assert_eq!(
        s.take_relay_tokens(alice.id, today, 8, 10).await,
        Ok(6),
        "a partial grant when fewer are left"
    );
    assert_eq!(s.take_relay_tokens(alice.id, today, 1, 10).await, Ok(0));
    assert_eq!(s.relay_tokens_left(alice.id, today, 10).await, Ok(0));
    assert_eq!(
        s.relay_tokens_left(alice.id, today, 5).await,
        Ok(0),
        "a lowered allowance leaves none, not a negative count"
    );
    assert_eq!(
        s.take_relay_tokens(alice.id, today, 3, 12).await,
        Ok(2),
        "a raised one grants the difference"
    );
    assert_eq!(
        s.take_relay_tokens(bob.id, today, 10, 10).await,
        Ok(10),
        "every account has its own allowance"
    );
    assert_eq!(s.take_relay_tokens(alice.id, today + 1, 0, 10).await, Ok(0));
    assert_eq!(
        s.take_relay_tokens(alice.id, today + 1, 3, 10).await,
        Ok(3),
        "a new day, a new allowance"
    );
    assert_eq!(s.relay_tokens_left(alice.id, today + 1, 10).await, Ok(7));
    assert_eq!(
        s.take_relay_tokens(AccountId(999_999), today, 1, 10).await,
        Err(StoreError::NotFound)
    );
    assert_eq!(
        s.relay_tokens_left(AccountId(999_999), today, 10).await,
        Ok(10)
    );
}

pub async fn concurrent_relay_token_takes_never_pass_the_allowance(store: TestStore) {
    let (alice, _) = member(&*store, 1, "alice").await;
    let today = utc_day(T0);
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let shared = store.shared();
        tasks.push(tokio::spawn(async move {
            shared.take_relay_tokens(alice.id, today, 3, 25).await
        }));
    }
    let mut granted = 0;
    for t in tasks {
        granted += t.await.expect("task").expect("take");
    }
    assert_eq!(granted, 25, "20 takes of 3 share an allowance of 25");
    assert_eq!(store.relay_tokens_left(alice.id, today, 25).await, Ok(0));
}

pub async fn sweep_forgets_relay_token_days_before_today(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let (bob, _) = member_with_validity(s, 2, "bob", DAY_SECS / 2).await;
    let yesterday = utc_day(T0);
    let now = at(DAY_MS + 10 * SEC_MS);
    let today = utc_day(now);
    assert_eq!(today, yesterday + 1);
    s.take_relay_tokens(alice.id, yesterday, 5, 10)
        .await
        .expect("take");
    s.take_relay_tokens(alice.id, today, 2, 10)
        .await
        .expect("take");
    s.take_relay_tokens(bob.id, yesterday, 1, 10)
        .await
        .expect("take");
    s.sweep(now, at(-DAY_MS)).await.expect("sweep");
    assert_eq!(
        s.relay_tokens_left(alice.id, yesterday, 10).await,
        Ok(10),
        "yesterday's count is gone"
    );
    assert_eq!(s.relay_tokens_left(alice.id, today, 10).await, Ok(8));
    // A purged account takes its counts with it (bob expired half a day after T0).
    s.take_relay_tokens(bob.id, today, 4, 10)
        .await
        .expect("take");
    s.sweep(now, now).await.expect("sweep");
    assert_eq!(
        s.take_relay_tokens(bob.id, today, 1, 10).await,
        Err(StoreError::NotFound)
    );
    assert_eq!(s.relay_tokens_left(bob.id, today, 10).await, Ok(10));
    assert_eq!(s.relay_tokens_left(alice.id, today, 10).await, Ok(8));
}

fn relay_row(
    node: &str,
    descriptor: Option<&str>,
    issuer: &str,
    updated_ms: i64,
) -> RelayNodeRecord {
    RelayNodeRecord {
        node: node.to_owned(),
        descriptor: descriptor.map(str::to_owned),
        issuer_keys: issuer.to_owned(),
        updated_at: at(updated_ms),
    }
}

pub async fn relay_node_rows_are_replaced_per_node_and_listed_while_fresh(store: TestStore) {
    let s = &*store;
    assert_eq!(s.relay_nodes(at(0)).await, Ok(Vec::new()));
    let hour = 3600 * SEC_MS;
    let a = relay_row("ra", Some(r#"{"id":"ra"}"#), r#"{"name":"a"}"#, 0);
    let b = relay_row("rb", None, r#"{"name":"b"}"#, hour);
    s.upsert_relay_node(a.clone()).await.expect("upsert a");
    s.upsert_relay_node(b.clone()).await.expect("upsert b");
    assert_eq!(
        s.relay_nodes(at(0)).await,
        Ok(vec![b.clone(), a.clone()]),
        "most recently updated first; a node without a relay keeps its issuer"
    );
    assert_eq!(
        s.relay_nodes(at(hour)).await,
        Ok(vec![b.clone()]),
        "rows older than `since` are left out"
    );

    // A node publishing again replaces its row (here: it dropped its relay roles).
    let a_again = relay_row("ra", None, r#"{"name":"a","keys":[1]}"#, 2 * hour);
    s.upsert_relay_node(a_again.clone())
        .await
        .expect("upsert a again");
    assert_eq!(
        s.relay_nodes(at(0)).await,
        Ok(vec![a_again.clone(), b.clone()])
    );
    assert_eq!(s.relay_nodes(at(2 * hour + 1)).await, Ok(Vec::new()));

    // Ties in time are ordered by node name.
    let c = relay_row("rc", Some("{}"), "{}", 2 * hour);
    s.upsert_relay_node(c.clone()).await.expect("upsert c");
    assert_eq!(s.relay_nodes(at(2 * hour)).await, Ok(vec![a_again, c]));
}

pub async fn relay_node_rows_past_their_limits_are_refused(store: TestStore) {
    let s = &*store;
    let long_name = "n".repeat(RELAY_NODE_NAME_BYTES_MAX + 1);
    let long_text = "x".repeat(RELAY_NODE_TEXT_BYTES_MAX + 1);
    let refused = [
        relay_row("", None, "{}", 0),
        relay_row(&long_name, None, "{}", 0),
        relay_row("ra", Some(&long_text), "{}", 0),
        relay_row("ra", None, &long_text, 0),
    ];
    for row in refused {
        assert!(
            matches!(
                s.upsert_relay_node(row).await,
                Err(StoreError::RelayNodeTooLarge { .. })
            ),
            "refused"
        );
    }
    assert_eq!(
        s.relay_nodes(at(-DAY_MS)).await,
        Ok(Vec::new()),
        "nothing written"
    );
    let at_limits = relay_row(
        &"n".repeat(RELAY_NODE_NAME_BYTES_MAX),
        Some(&"d".repeat(RELAY_NODE_TEXT_BYTES_MAX)),
        &"i".repeat(RELAY_NODE_TEXT_BYTES_MAX),
        0,
    );
    s.upsert_relay_node(at_limits.clone())
        .await
        .expect("at the limits");
    assert_eq!(s.relay_nodes(at(0)).await, Ok(vec![at_limits]));
}

pub async fn shares_group_follows_memberships(store: TestStore) {
    let s = &*store;
    let (alice, phone) = member(s, 1, "alice").await;
    let laptop = linked_device(s, alice.id, 100).await;
    let (bob, bob_dev) = member(s, 2, "bob").await;
    let (carol, carol_dev) = member(s, 3, "carol").await;
    let shares = |a: AccountId, b: AccountId| async move {
        s.shares_group(a, b).await.expect("shares_group")
    };
    assert!(!shares(alice.id, bob.id).await, "no groups yet");
    let g = group_with(s, 1, bob_dev.id, &[laptop.id]).await;
    assert!(
        shares(alice.id, bob.id).await && shares(bob.id, alice.id).await,
        "through any device of the account, both ways"
    );
    assert!(!shares(alice.id, carol.id).await);
    assert!(!shares(carol.id, bob.id).await);
    group_with(s, 2, carol_dev.id, &[phone.id]).await;
    assert!(shares(alice.id, carol.id).await);
    assert!(
        !shares(bob.id, carol.id).await,
        "sharing a group with the same third account is not sharing one"
    );
    assert!(
        !shares(alice.id, AccountId(alice.id.0 + 1000)).await,
        "unknown account"
    );
    s.leave_group(&g, vec![phone.id, laptop.id])
        .await
        .expect("leave");
    assert!(!shares(alice.id, bob.id).await, "alice left the group");
    assert!(shares(alice.id, carol.id).await);
    s.remove_device(alice.id, phone.id).await.expect("remove");
    assert!(
        !shares(alice.id, carol.id).await,
        "the device that was in it was removed"
    );
}

// ------------------------------------------------------------------------------------------------
// Groups

pub async fn create_group_starts_at_epoch_zero_with_its_creator(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    assert_eq!(s.group(&gid(1)).await.expect("group"), None);
    s.create_group(new_group(1, d[0])).await.expect("create");
    assert_eq!(
        group_record(s, &gid(1)).await,
        GroupRecord {
            group: gid(1),
            epoch: 0,
            members: vec![d[0]],
            behind: Vec::new(),
            rejoining: Vec::new(),
        }
    );
    assert_eq!(groups_of(s, d[0]).await, vec![(gid(1), 0)]);
    assert!(groups_of(s, d[1]).await.is_empty());
    let before = group_snapshot(s, &[gid(1)], &d).await;
    assert_eq!(
        s.create_group(new_group(1, d[1])).await,
        Err(StoreError::GroupExists(gid(1)))
    );
    assert_eq!(
        s.create_group(new_group(1, d[0])).await,
        Err(StoreError::GroupExists(gid(1)))
    );
    assert_eq!(group_snapshot(s, &[gid(1)], &d).await, before);
    s.create_group(new_group(2, d[1]))
        .await
        .expect("another id");
    assert_eq!(groups_of(s, d[1]).await, vec![(gid(2), 0)]);
    assert_eq!(groups_of(s, d[0]).await, vec![(gid(1), 0)]);
}

pub async fn create_group_too_many_groups(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 1).await[0];
    let max2 = |n| NewGroup {
        groups_per_device_max: 2,
        ..new_group(n, d)
    };
    s.create_group(max2(1)).await.expect("1 of 2");
    s.create_group(max2(2)).await.expect("2 of 2");
    assert_eq!(
        s.create_group(max2(3)).await,
        Err(StoreError::TooManyGroups { device: d, max: 2 })
    );
    assert_eq!(s.group(&gid(3)).await.expect("group"), None);
    assert_eq!(groups_of(s, d).await, vec![(gid(1), 0), (gid(2), 0)]);
    s.leave_group(&gid(1), vec![d]).await.expect("leave");
    s.create_group(max2(3))
        .await
        .expect("leaving frees a place");
}

pub async fn commit_advances_epoch_and_updates_members(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 4).await;
    let (a, b, c, e) = (d[0], d[1], d[2], d[3]);
    let g = group_with(s, 1, a, &[]).await;
    let accepted = s
        .commit(group_commit(&g, a, 0, &[c, b], &[]))
        .await
        .expect("commit");
    assert_eq!(accepted.epoch, 1);
    assert!(
        accepted.recipients.is_empty(),
        "the sender was the only member"
    );
    assert_eq!(set(&accepted.welcomed), set(&[b, c]));
    assert_eq!(
        group_record(s, &g).await,
        GroupRecord {
            group: g.clone(),
            epoch: 1,
            members: vec![a, b, c],
            behind: Vec::new(),
            rejoining: Vec::new(),
        },
        "members ascending"
    );
    let accepted = s
        .commit(group_commit(&g, b, 1, &[e], &[c]))
        .await
        .expect("commit");
    assert_eq!(accepted.epoch, 2);
    assert_eq!(set(&accepted.recipients), set(&[a, c]));
    assert_eq!(accepted.welcomed, vec![e]);
    assert_eq!(group_record(s, &g).await.members, vec![a, b, e]);
    assert!(groups_of(s, c).await.is_empty(), "c was removed");
    for dev in [a, b, e] {
        assert_eq!(groups_of(s, dev).await, vec![(g.clone(), 2)]);
    }
    // A commit that changes no membership (an update) advances the epoch too.
    let accepted = s
        .commit(group_commit(&g, e, 2, &[], &[]))
        .await
        .expect("commit");
    assert_eq!(accepted.epoch, 3);
    assert!(accepted.welcomed.is_empty());
    assert_eq!(set(&accepted.recipients), set(&[a, b]));
    assert_eq!(group_record(s, &g).await.epoch, 3);
    // Removing a device lets it be added again later.
    s.commit(group_commit(&g, a, 3, &[c], &[]))
        .await
        .expect("re-add c");
    assert_eq!(group_record(s, &g).await.members, vec![a, b, c, e]);
}

pub async fn commit_queues_event_for_members_before_and_welcome_for_added(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 4).await;
    let (a, b, c, e) = (d[0], d[1], d[2], d[3]);
    let g = group_with(s, 1, a, &[b, c]).await;
    for &dev in &d {
        drain(s, dev).await;
    }
    let now = at(5 * SEC_MS);
    let commit = GroupCommit {
        fan_out: fan_out_at(now),
        ..group_commit(&g, a, 1, &[e], &[c])
    };
    let accepted = s.commit(commit.clone()).await.expect("commit");
    assert_eq!(accepted.epoch, 2);
    assert_eq!(
        set(&accepted.recipients),
        set(&[b, c]),
        "members before the change but the sender, the removed one included"
    );
    assert_eq!(accepted.welcomed, vec![e]);

    let commit_event = commit.commit_event(2, accepted.seq);
    let mut payloads = BTreeSet::new();
    for dev in [b, c] {
        let got = drain(s, dev).await;
        assert_eq!(got.len(), 1, "the commit is queued once for {dev}");
        let entry = &got[0];
        assert_eq!(entry.kind, conclave_proto::PayloadKind::Group);
        assert_eq!(entry.sender, a);
        assert_eq!(entry.sent_at, now);
        assert_eq!(entry.body, commit_event);
        payloads.insert(entry.payload);
    }
    assert_eq!(payloads.len(), 1, "one payload for all recipients");
    assert!(
        queue(s, a).await.is_empty(),
        "nothing is queued for the sender"
    );
    let got = drain(s, e).await;
    assert_eq!(got.len(), 1, "the added device gets the Welcome only");
    assert_eq!(got[0].kind, conclave_proto::PayloadKind::Group);
    assert_eq!(got[0].sender, a);
    assert_eq!(got[0].sent_at, now);
    assert_eq!(
        Some(got[0].body.clone()),
        commit.welcome_event(2),
        "the Welcome event"
    );

    // The queue rows live as long as the fan-out says.
    let commit = GroupCommit {
        fan_out: FanOut {
            expires_at: at(10 * SEC_MS),
            ..fan_out_at(now)
        },
        ..group_commit(&g, b, 2, &[], &[])
    };
    s.commit(commit).await.expect("commit");
    assert_eq!(queue(s, a).await.len(), 1);
    assert_eq!(
        s.sweep(at(10 * SEC_MS), T0)
            .await
            .expect("sweep")
            .queue_entries_expired,
        2,
        "a and e's commit rows expired"
    );
    assert!(queue(s, a).await.is_empty());
}

pub async fn concurrent_commits_at_one_epoch_one_wins(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 4).await;
    let g = group_with(s, 1, d[0], &d[1..]).await;
    for &dev in &d {
        drain(s, dev).await;
    }
    for epoch in 1..=5u64 {
        let mut tasks = Vec::new();
        for &sender in &d {
            let shared = store.shared();
            let commit = group_commit(&g, sender, epoch, &[], &[]);
            tasks.push(tokio::spawn(async move {
                (sender, shared.commit(commit).await)
            }));
        }
        let mut winners = Vec::new();
        for t in tasks {
            let (sender, result) = t.await.expect("task");
            match result {
                Ok(accepted) => {
                    assert_eq!(accepted.epoch, epoch + 1);
                    winners.push((sender, accepted));
                }
                Err(e) => assert_eq!(
                    e,
                    StoreError::StaleEpoch { current: epoch + 1 },
                    "a losing commit learns the current epoch"
                ),
            }
        }
        assert_eq!(winners.len(), 1, "exactly one commit per epoch wins");
        let (winner, accepted) = winners.remove(0);
        assert_eq!(group_record(s, &g).await.epoch, epoch + 1);
        let winning = group_commit(&g, winner, epoch, &[], &[]);
        for &dev in &d {
            let got = drain(s, dev).await;
            if dev == winner {
                assert!(got.is_empty());
            } else {
                assert_eq!(got.len(), 1, "only the winning commit is queued");
                assert_eq!(got[0].body, winning.commit_event(epoch + 1, accepted.seq));
            }
        }
    }
}

pub async fn commit_refusals_change_nothing(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 4).await;
    let (a, b, c, e) = (d[0], d[1], d[2], d[3]);
    let g = group_with(s, 1, a, &[b]).await;
    let other = group_with(s, 2, c, &[]).await; // c is in one group
    for &dev in &d {
        drain(s, dev).await;
    }
    s.enqueue(message(e, &[c], b"one entry", T0))
        .await
        .expect("enqueue");
    let ghost = DeviceId(e.0 + 1000);
    let unknown = gid(99);
    let before = group_snapshot(s, &[g.clone(), other.clone(), unknown.clone()], &d).await;
    let refusals: Vec<(GroupCommit, StoreError)> = vec![
        (
            group_commit(&unknown, a, 0, &[], &[]),
            StoreError::UnknownGroup(unknown.clone()),
        ),
        (group_commit(&g, c, 1, &[], &[]), StoreError::NotMember),
        (
            group_commit(&g, a, 0, &[], &[]),
            StoreError::StaleEpoch { current: 1 },
        ),
        (
            group_commit(&g, a, 2, &[], &[]),
            StoreError::StaleEpoch { current: 1 },
        ),
        (
            group_commit(&g, a, 1, &[b], &[]),
            StoreError::AlreadyMember(b),
        ),
        (
            group_commit(&g, a, 1, &[ghost], &[]),
            StoreError::UnknownDevice(ghost),
        ),
        (
            group_commit(&g, a, 1, &[e, ghost], &[]),
            StoreError::UnknownDevice(ghost),
        ),
        (
            GroupCommit {
                group_devices_max: 2,
                ..group_commit(&g, a, 1, &[e], &[])
            },
            StoreError::GroupFull { size: 3, max: 2 },
        ),
        (
            GroupCommit {
                group_devices_max: 3,
                ..group_commit(&g, a, 1, &[c, e], &[])
            },
            StoreError::GroupFull { size: 4, max: 3 },
        ),
        (
            GroupCommit {
                groups_per_device_max: 1,
                ..group_commit(&g, a, 1, &[e, c], &[])
            },
            StoreError::TooManyGroups { device: c, max: 1 },
        ),
        // b is in sync: naming it in both lists is not a rejoin.
        (
            group_commit(&g, a, 1, &[b], &[b]),
            StoreError::AlreadyMember(b),
        ),
    ];
    for (commit, expected) in refusals {
        let what = format!("{expected:?}");
        assert_eq!(s.commit(commit).await, Err(expected), "{what}");
        assert_eq!(
            group_snapshot(s, &[g.clone(), other.clone(), unknown.clone()], &d).await,
            before,
            "a refused commit ({what}) changes nothing"
        );
    }
    // A group at its limit takes a commit that adds as many as it removes.
    let accepted = s
        .commit(GroupCommit {
            group_devices_max: 2,
            groups_per_device_max: 2,
            ..group_commit(&g, a, 1, &[c], &[b])
        })
        .await
        .expect("size stays 2");
    assert_eq!(accepted.epoch, 2);
    assert_eq!(
        accepted.seq, 2,
        "refused commits take no seq: the creating commit was 1"
    );
    assert_eq!(group_record(s, &g).await.members, vec![a, c]);
    assert_eq!(groups_of(s, c).await, vec![(g, 2), (other, 0)]);
}

/// The MLS tree catches up with the member list by removing devices the list no longer has
/// (they left, or were deleted): such a commit is accepted like any other.
pub async fn commit_removing_former_members_is_accepted(store: TestStore) {
    let s = &*store;
    let (alice, phone) = member(s, 1, "alice").await;
    let laptop = linked_device(s, alice.id, 100).await;
    let d = devices(s, 2, 3).await;
    let (b, left, e) = (d[0], d[1], d[2]);
    let g = group_with(s, 1, b, &[phone.id, laptop.id, left]).await; // epoch 1
    s.leave_group(&g, vec![left]).await.expect("leave");
    s.remove_device(alice.id, laptop.id)
        .await
        .expect("remove device");
    let all = [phone.id, laptop.id, b, left, e];
    for &dev in &all {
        drain(s, dev).await;
    }
    assert_eq!(group_record(s, &g).await.members, vec![phone.id, b]);

    // Removing them does not make room for an added device.
    let before = group_snapshot(s, std::slice::from_ref(&g), &all).await;
    assert_eq!(
        s.commit(GroupCommit {
            group_devices_max: 2,
            ..group_commit(&g, b, 1, &[e], &[left, laptop.id])
        })
        .await,
        Err(StoreError::GroupFull { size: 3, max: 2 })
    );
    assert_eq!(
        group_snapshot(s, std::slice::from_ref(&g), &all).await,
        before
    );

    let commit = group_commit(&g, b, 1, &[], &[left, laptop.id]);
    let accepted = s.commit(commit.clone()).await.expect("commit");
    assert_eq!(accepted.epoch, 2);
    assert_eq!(
        accepted.recipients,
        vec![phone.id],
        "queued for the members before the commit only"
    );
    assert!(accepted.welcomed.is_empty());
    assert_eq!(
        group_record(s, &g).await,
        GroupRecord {
            group: g.clone(),
            epoch: 2,
            members: vec![phone.id, b],
            behind: Vec::new(),
            rejoining: Vec::new(),
        },
        "the member list is unchanged"
    );
    let got = drain(s, phone.id).await;
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].body,
        commit.commit_event(2, accepted.seq),
        "the event names the removed devices as the commit did"
    );
    assert!(
        queue(s, left).await.is_empty(),
        "a former member gets nothing"
    );
    assert!(groups_of(s, left).await.is_empty());

    // Members and former members together: the members are removed.
    let accepted = s
        .commit(group_commit(&g, b, 2, &[e], &[left, phone.id]))
        .await
        .expect("commit");
    assert_eq!(accepted.recipients, vec![phone.id]);
    assert_eq!(group_record(s, &g).await.members, vec![b, e]);
    assert!(groups_of(s, phone.id).await.is_empty());
}

pub async fn group_seqs_are_shared_by_commits_and_posts(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, c) = (d[0], d[1], d[2]);
    s.create_group(new_group(1, a)).await.expect("create");
    let g = gid(1);
    let other = group_with(s, 2, a, &[b]).await; // a separate sequence
    drain(s, b).await;
    let mut expected_bodies = Vec::new(); // what b receives, in order
    let mut seqs = Vec::new();

    let add = group_commit(&g, a, 0, &[b, c], &[]);
    let accepted = s.commit(add).await.expect("commit");
    assert_eq!(accepted.seq, 1, "a group's seqs start at 1, like queues");
    seqs.push(accepted.seq);
    let p = group_post(&g, a, 1, "hello");
    let posted = s.post(p.clone()).await.expect("post");
    seqs.push(posted.seq);
    expected_bodies.push(p.event(posted.seq));
    let p = group_post(&g, c, 1, "hi");
    let posted = s.post(p.clone()).await.expect("post");
    seqs.push(posted.seq);
    expected_bodies.push(p.event(posted.seq));
    let upd = group_commit(&g, c, 1, &[], &[]);
    let accepted = s.commit(upd.clone()).await.expect("commit");
    seqs.push(accepted.seq);
    expected_bodies.push(upd.commit_event(2, accepted.seq));
    // Posts in the old epoch are refused now and take no seq.
    assert_eq!(
        s.post(group_post(&g, a, 1, "late")).await,
        Err(StoreError::StaleEpoch { current: 2 })
    );
    let p = group_post(&g, a, 2, "after");
    let posted = s.post(p.clone()).await.expect("post");
    seqs.push(posted.seq);
    expected_bodies.push(p.event(posted.seq));
    assert_eq!(seqs, vec![1, 2, 3, 4, 5], "one gapless sequence");
    assert_eq!(group_record(s, &g).await.epoch, 2, "posts keep the epoch");

    let got: Vec<Vec<u8>> = drain(s, b).await.into_iter().map(|e| e.body).collect();
    // b joined with the first commit: it gets the Welcome, then every later event in order.
    assert_eq!(got.len(), 1 + expected_bodies.len());
    assert_eq!(got[1..], expected_bodies[..], "events in group order");

    let p = group_post(&other, b, 1, "elsewhere");
    assert_eq!(
        s.post(p).await.expect("post").seq,
        2,
        "each group has its own sequence"
    );
}

pub async fn post_queues_for_members_but_sender(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 4).await;
    let (a, b, c, outsider) = (d[0], d[1], d[2], d[3]);
    let g = group_with(s, 1, a, &[b, c]).await;
    for &dev in &d {
        drain(s, dev).await;
    }
    let now = at(SEC_MS);
    let p = GroupPost {
        fan_out: fan_out_at(now),
        ..group_post(&g, b, 1, "hello")
    };
    let posted = s.post(p.clone()).await.expect("post");
    assert_eq!(set(&posted.recipients), set(&[a, c]));
    let mut payloads = BTreeSet::new();
    for dev in [a, c] {
        let got = drain(s, dev).await;
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].kind, conclave_proto::PayloadKind::Group);
        assert_eq!(got[0].sender, b);
        assert_eq!(got[0].sent_at, now);
        assert_eq!(got[0].body, p.event(posted.seq));
        payloads.insert(got[0].payload);
    }
    assert_eq!(payloads.len(), 1, "one payload for all recipients");
    assert!(queue(s, b).await.is_empty(), "not queued for the sender");
    assert!(queue(s, outsider).await.is_empty());

    // A lone member's post goes to nobody but still takes its seq.
    let lone = group_with(s, 2, a, &[]).await;
    let posted = s
        .post(group_post(&lone, a, 0, "to myself"))
        .await
        .expect("post");
    assert!(posted.recipients.is_empty());
    assert!(queue(s, a).await.is_empty());
    assert_eq!(
        s.post(group_post(&lone, a, 0, "again"))
            .await
            .expect("post")
            .seq,
        posted.seq + 1
    );
}

pub async fn post_refusals_queue_nothing(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, outsider) = (d[0], d[1], d[2]);
    let g = group_with(s, 1, a, &[b]).await; // epoch 1, seq 1 taken
    for &dev in &d {
        drain(s, dev).await;
    }
    let unknown = gid(99);
    let before = group_snapshot(s, std::slice::from_ref(&g), &d).await;
    assert_eq!(
        s.post(group_post(&g, a, 0, "stale")).await,
        Err(StoreError::StaleEpoch { current: 1 })
    );
    assert_eq!(
        s.post(group_post(&g, a, 2, "future")).await,
        Err(StoreError::StaleEpoch { current: 1 })
    );
    assert_eq!(
        s.post(group_post(&g, outsider, 1, "let me in")).await,
        Err(StoreError::NotMember)
    );
    assert_eq!(
        s.post(group_post(&unknown, a, 0, "anyone?")).await,
        Err(StoreError::UnknownGroup(unknown.clone()))
    );
    assert_eq!(
        group_snapshot(s, std::slice::from_ref(&g), &d).await,
        before,
        "refused posts change nothing"
    );
    assert_eq!(
        s.post(group_post(&g, a, 1, "ok")).await.expect("post").seq,
        2,
        "refused posts take no seq"
    );
}

pub async fn groups_of_lists_oldest_group_first(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 2).await;
    let (a, b) = (d[0], d[1]);
    // Group ids sort differently from creation order.
    s.create_group(new_group(9, a)).await.expect("create");
    s.create_group(new_group(1, b)).await.expect("create");
    s.create_group(new_group(5, a)).await.expect("create");
    s.commit(group_commit(&gid(1), b, 0, &[a], &[]))
        .await
        .expect("b adds a");
    assert_eq!(
        groups_of(s, a).await,
        vec![(gid(9), 0), (gid(1), 1), (gid(5), 0)],
        "oldest group first, with its epoch"
    );
    assert_eq!(groups_of(s, b).await, vec![(gid(1), 1)]);
    assert!(
        groups_of(s, DeviceId(b.0 + 1000)).await.is_empty(),
        "an unknown device is in no group"
    );
    s.commit(group_commit(&gid(1), b, 1, &[], &[a]))
        .await
        .expect("b removes a");
    assert_eq!(groups_of(s, a).await, vec![(gid(9), 0), (gid(5), 0)]);
    assert_eq!(groups_of(s, b).await, vec![(gid(1), 2)]);
}

pub async fn leave_group_drops_the_given_members(store: TestStore) {
    let s = &*store;
    let (alice, phone) = member(s, 1, "alice").await;
    let laptop = linked_device(s, alice.id, 100).await;
    let d = devices(s, 2, 2).await;
    let (b, outsider) = (d[0], d[1]);
    let g = group_with(s, 1, b, &[phone.id, laptop.id]).await;
    let all = [phone.id, laptop.id, b, outsider];
    for &dev in &all {
        drain(s, dev).await;
    }
    let before = group_snapshot(s, std::slice::from_ref(&g), &all).await;
    assert_eq!(
        s.leave_group(&g, vec![outsider]).await,
        Err(StoreError::NotMember),
        "none of them is a member"
    );
    assert_eq!(s.leave_group(&g, vec![]).await, Err(StoreError::NotMember));
    let unknown = gid(99);
    assert_eq!(
        s.leave_group(&unknown, vec![b]).await,
        Err(StoreError::UnknownGroup(unknown))
    );
    assert_eq!(
        group_snapshot(s, std::slice::from_ref(&g), &all).await,
        before
    );

    // An account leaves with all its devices; non-members among them are ignored.
    s.leave_group(&g, vec![phone.id, outsider, laptop.id])
        .await
        .expect("leave");
    assert_eq!(
        group_record(s, &g).await,
        GroupRecord {
            group: g.clone(),
            epoch: 1,
            members: vec![b],
            behind: Vec::new(),
            rejoining: Vec::new(),
        },
        "no epoch change"
    );
    for &dev in &all {
        assert!(queue(s, dev).await.is_empty(), "nothing queued");
    }
    assert!(groups_of(s, phone.id).await.is_empty());
    assert!(groups_of(s, laptop.id).await.is_empty());
    assert_eq!(
        s.leave_group(&g, vec![phone.id, laptop.id]).await,
        Err(StoreError::NotMember),
        "leaving twice"
    );
    assert_eq!(
        s.post(group_post(&g, phone.id, 1, "still here?")).await,
        Err(StoreError::NotMember)
    );
    // The last member leaving deletes the group; its id can be used again.
    s.leave_group(&g, vec![b]).await.expect("leave");
    assert_eq!(s.group(&g).await.expect("group"), None);
    assert!(groups_of(s, b).await.is_empty());
    s.create_group(new_group(1, outsider))
        .await
        .expect("the id is free again");
    assert_eq!(
        group_record(s, &g).await,
        GroupRecord {
            group: g.clone(),
            epoch: 0,
            members: vec![outsider],
            behind: Vec::new(),
            rejoining: Vec::new(),
        }
    );
}

// ------------------------------------------------------------------------------------------------
// Sweep and the delivery service

pub async fn sweep_purges_delivery_state_of_purged_accounts(store: TestStore) {
    let s = &*store;
    let (old, old_phone) = member_with_validity(s, 1, "old", DAY_SECS).await; // expires T0 + 1d
    let (live, live_dev) = member(s, 2, "live").await;
    let old_laptop = linked_device(s, old.id, 100).await;
    s.create_device_link(NewDeviceLink {
        expires_at: at(20 * DAY_MS),
        ..new_link(101, old.id)
    })
    .await
    .expect("a pending code of the purged account");
    for dev in [old_phone.id, old_laptop.id, live_dev.id] {
        s.publish_key_packages(upload(dev, &["p1", "p2"], Some("last")))
            .await
            .expect("publish");
    }
    let shared = group_with(s, 1, live_dev.id, &[old_phone.id, old_laptop.id]).await;
    let old_only = group_with(s, 2, old_phone.id, &[old_laptop.id]).await;
    let live_only = group_with(s, 3, live_dev.id, &[]).await;

    let stats = s
        .sweep(at(10 * DAY_MS), at(5 * DAY_MS))
        .await
        .expect("sweep");
    assert_eq!(stats.accounts_purged, 1);
    assert_eq!(s.account(old.id).await.expect("account"), None);
    for dev in [old_phone.id, old_laptop.id] {
        assert_eq!(s.device(dev).await.expect("device"), None);
        assert_eq!(
            stock(s, dev).await,
            KeyPackageStock::default(),
            "key packages of purged devices go"
        );
        assert!(groups_of(s, dev).await.is_empty(), "and their memberships");
    }
    assert_eq!(
        claim_unwindowed(s, vec![live_dev.id, old_laptop.id], usize::MAX).await,
        Err(StoreError::UnknownDevice(old_laptop.id))
    );
    assert_eq!(
        group_record(s, &shared).await.members,
        vec![live_dev.id],
        "a group keeps its other members"
    );
    assert_eq!(
        s.group(&old_only).await.expect("group"),
        None,
        "a group left without members is deleted"
    );
    assert_eq!(
        groups_of(s, live_dev.id).await,
        vec![(shared.clone(), 1), (live_only, 0)]
    );
    assert_eq!(
        stock(s, live_dev.id).await,
        KeyPackageStock {
            one_time: 2,
            last_resort: true
        },
        "other devices keep theirs"
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(101, 102, at(10 * DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkUnknown),
        "the purged account's device link codes go"
    );
    s.commit(group_commit(&shared, live_dev.id, 1, &[], &[]))
        .await
        .expect("the group goes on");
    assert_eq!(s.account(live.id).await.expect("account"), Some(live));
}

pub async fn sweep_deletes_expired_device_links(store: TestStore) {
    let s = &*store;
    let (alice, _) = member(s, 1, "alice").await;
    let link = |code, expires_ms| NewDeviceLink {
        expires_at: at(expires_ms),
        ..new_link(code, alice.id)
    };
    s.create_device_link(link(1, DAY_MS)).await.expect("create"); // expires T0 + 1d
    s.create_device_link(link(2, 3 * DAY_MS))
        .await
        .expect("create"); // exactly at the cut-off
    s.create_device_link(link(3, 10 * DAY_MS))
        .await
        .expect("create");
    s.create_device_link(link(4, DAY_MS)).await.expect("create");
    s.redeem_device_link(link_redemption(4, 104, at(SEC_MS)))
        .await
        .expect("code 4 used before it expired");
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 101, at(5 * DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkExpired)
    );

    s.sweep(at(5 * DAY_MS), at(3 * DAY_MS))
        .await
        .expect("sweep");
    assert_eq!(
        s.redeem_device_link(link_redemption(1, 101, at(5 * DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkUnknown),
        "a code that expired before purge_expired_before is deleted"
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(4, 101, at(5 * DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkUnknown),
        "used or not"
    );
    assert_eq!(
        s.redeem_device_link(link_redemption(2, 101, at(5 * DAY_MS)))
            .await,
        Err(StoreError::DeviceLinkExpired),
        "expired exactly at purge_expired_before: kept"
    );
    s.redeem_device_link(link_redemption(3, 103, at(5 * DAY_MS)))
        .await
        .expect("an unexpired code stays usable");
    assert_eq!(
        s.devices_of(alice.id).await.expect("devices_of").len(),
        3,
        "devices made with deleted codes stay"
    );
}

// ------------------------------------------------------------------------------------------------
// Operator changes, full queues, who may reach whom

pub async fn operator_changes_are_logged(store: TestStore) {
    let s = &*store;
    assert_eq!(s.operator_change_head().await.expect("head"), 0);
    let (alice, _) = member(s, 1, "alice").await;
    let head = s.operator_change_head().await.expect("head");
    let name = user("alice");
    s.set_account_disabled(&name, true).await.expect("disable");
    s.set_account_disabled(&name, false).await.expect("enable");
    let changes = s.operator_changes(head, 10).await.expect("changes");
    assert_eq!(
        changes.iter().map(|c| c.subject).collect::<Vec<_>>(),
        vec![
            ChangeSubject::Account(alice.id),
            ChangeSubject::Account(alice.id)
        ]
    );
    assert!(changes[0].seq > head && changes[1].seq > changes[0].seq);
    let last = changes[1].seq;
    assert_eq!(s.operator_change_head().await.expect("head"), last);
    // A member's own invitation is not an operator change; the operator's are.
    let mine = s
        .create_invite(new_invite(50, Some(alice.id), 1))
        .await
        .expect("member invite");
    assert!(
        s.operator_changes(last, 10)
            .await
            .expect("changes")
            .is_empty()
    );
    let ops = s
        .create_invite(new_invite(51, None, 1))
        .await
        .expect("operator invite");
    s.revoke_invite(Some(alice.id), InviteSelector::Id(mine.id))
        .await
        .expect("member revoke");
    s.revoke_invite(None, InviteSelector::Id(ops.id))
        .await
        .expect("operator revoke");
    let changes = s.operator_changes(last, 10).await.expect("changes");
    assert_eq!(
        changes.iter().map(|c| c.subject).collect::<Vec<_>>(),
        vec![ChangeSubject::Invite(ops.id), ChangeSubject::Invite(ops.id)]
    );
    assert_eq!(
        s.operator_changes(last, 1).await.expect("changes").len(),
        1,
        "limit"
    );
    assert_eq!(
        s.set_account_disabled(&user("nobody"), true).await,
        Err(StoreError::NotFound)
    );
    assert_eq!(
        s.operator_changes(last, 10).await.expect("changes").len(),
        2,
        "a refused change logs nothing"
    );
}

pub async fn enqueue_skip_leaves_full_queues_out(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, c) = (d[0], d[1], d[2]);
    s.enqueue(message(a, &[b], b"one", at(1)))
        .await
        .expect("enqueue");
    let skip = |recipients: &[DeviceId], body: &[u8]| NewPayload {
        queue_entries_max: 1,
        on_full: OnFull::Skip,
        ..message(a, recipients, body, at(2))
    };
    let e = s.enqueue(skip(&[b, c], b"two")).await.expect("enqueue");
    assert_eq!(e.entries, vec![(c, QueueSeq(1))]);
    assert_eq!(e.skipped, vec![b]);
    assert_eq!(
        queue_seqs(s, b).await,
        vec![1],
        "b's full queue got nothing"
    );
    let e = s.enqueue(skip(&[b, c], b"three")).await.expect("enqueue");
    assert!(e.entries.is_empty(), "every queue full: nothing stored");
    assert_eq!(e.skipped, vec![b, c]);
    assert_eq!(queue_seqs(s, c).await, vec![1]);
    assert_eq!(
        s.enqueue(NewPayload {
            queue_entries_max: 1,
            ..message(a, &[b, c], b"refused", at(3))
        })
        .await
        .map(drop),
        Err(StoreError::QueueFull(b)),
        "OnFull::Refuse refuses the whole payload"
    );
    assert_eq!(queue_seqs(s, c).await, vec![1]);
}

pub async fn recipients_outside_own_account_and_groups(store: TestStore) {
    let s = &*store;
    let (alice, a1) = member(s, 1, "alice").await;
    let a2 = s
        .redeem_device_link(DeviceLinkRedemption {
            code_hash: {
                let code = CodeHash::of(CodeKind::DeviceLink, &SecretCode([9; 16]));
                s.create_device_link(NewDeviceLink {
                    code_hash: code,
                    account: alice.id,
                    created_at: T0,
                    expires_at: at(DAY_MS),
                    pending_max: 4,
                })
                .await
                .expect("link");
                code
            },
            device_key: DevicePublicKey([200; 32]),
            device_name: device_name("laptop"),
            now: T0,
            devices_max: 16,
        })
        .await
        .expect("second device")
        .1
        .id;
    let (_, bob) = member(s, 2, "bob").await;
    let (_, carol) = member(s, 3, "carol").await;
    let (_, dave) = member(s, 4, "dave").await;
    let ghost = DeviceId(987_654);
    let _g = group_with(s, 1, a1.id, &[bob.id]).await;
    let _h = group_with(s, 2, carol.id, &[dave.id]).await;
    let outside = s
        .recipients_outside(a1.id, alice.id, &[a2, bob.id, carol.id, dave.id, ghost])
        .await
        .expect("outside");
    assert_eq!(outside, vec![carol.id, dave.id, ghost]);
    // Only the sending device's groups count, not its account's other devices'.
    let outside = s
        .recipients_outside(a2, alice.id, &[a1.id, bob.id])
        .await
        .expect("outside");
    assert_eq!(outside, vec![bob.id]);
    assert!(
        s.recipients_outside(bob.id, AccountId(0), &[a1.id])
            .await
            .expect("outside")
            .is_empty()
    );
}

/// The queued group events of `device`, decoded.
async fn group_events(store: &dyn Store, device: DeviceId) -> Vec<GroupEvent> {
    queue(store, device)
        .await
        .into_iter()
        .filter(|e| e.kind == conclave_proto::PayloadKind::Group)
        .map(|e| GroupEvent::decode(&e.body).expect("group event"))
        .collect()
}

pub async fn full_queue_member_falls_behind_and_rejoins(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, c) = (d[0], d[1], d[2]);
    let g = group_with(s, 1, a, &[b, c]).await; // epoch 1, seq 1 taken
    for &dev in &d {
        drain(s, dev).await;
    }
    // b's queue holds one entry: with a limit of 1 it is full.
    s.enqueue(message(a, &[b], b"filler", at(1)))
        .await
        .expect("fill");
    let tight = |text: &str| GroupPost {
        fan_out: FanOut {
            queue_entries_max: 1,
            ..fan_out_at(T0)
        },
        ..group_post(&g, a, 1, text)
    };
    let posted = s
        .post(tight("first"))
        .await
        .expect("post despite b's full queue");
    assert_eq!(posted.fell_behind, vec![b]);
    assert_eq!(posted.recipients, vec![b, c]);
    assert_eq!(queue_seqs(s, c).await.len(), 1, "c got the message");
    // b got the notice past its limit, and nothing else.
    let events = group_events(s, b).await;
    assert_eq!(
        events.last(),
        Some(&GroupEvent::Behind {
            group: g.clone(),
            seq: posted.seq
        })
    );
    assert_eq!(queue_seqs(s, b).await.len(), 2, "filler + notice");
    let record = group_record(s, &g).await;
    assert_eq!(record.members, vec![a, b, c]);
    assert_eq!(record.behind, vec![b]);
    assert!(record.rejoining.is_empty());
    // More traffic skips b without another notice.
    let again = s.post(group_post(&g, a, 1, "second")).await.expect("post");
    assert!(again.fell_behind.is_empty());
    assert_eq!(
        again.recipients,
        vec![c],
        "b is not a recipient while behind"
    );
    assert_eq!(queue_seqs(s, b).await.len(), 2);
    // b cannot send or commit in the group while behind.
    assert_eq!(
        s.post(group_post(&g, b, 1, "me too")).await.map(drop),
        Err(StoreError::FellBehind(b))
    );
    assert_eq!(
        s.commit(group_commit(&g, b, 1, &[], &[c])).await.map(drop),
        Err(StoreError::FellBehind(b))
    );
    // b drains and asks to come back.
    drain(s, b).await;
    assert_eq!(s.request_rejoin(&g, b).await, Ok(true));
    assert_eq!(s.request_rejoin(&g, b).await, Ok(true), "idempotent");
    let record = group_record(s, &g).await;
    assert!(record.behind.is_empty());
    assert_eq!(record.rejoining, vec![b]);
    // A commit that only removes b's leaf keeps nothing of it (a removal, not a rejoin).
    // A commit removing and adding b re-adds it with a Welcome.
    drain(s, c).await;
    let accepted = s
        .commit(group_commit(&g, a, 1, &[b], &[b]))
        .await
        .expect("rejoin commit");
    assert_eq!(accepted.welcomed, vec![b]);
    assert_eq!(
        accepted.recipients,
        vec![c],
        "the commit goes to in-sync members"
    );
    let events = group_events(s, b).await;
    assert!(
        matches!(events.as_slice(), [GroupEvent::Welcome { epoch: 2, .. }]),
        "b gets only the Welcome: {events:?}"
    );
    let record = group_record(s, &g).await;
    assert_eq!(record.members, vec![a, b, c]);
    assert!(record.behind.is_empty() && record.rejoining.is_empty());
    drain(s, b).await;
    let posted = s
        .post(group_post(&g, c, 2, "welcome back"))
        .await
        .expect("post");
    assert_eq!(posted.recipients, vec![a, b]);
}

pub async fn full_queue_member_falls_behind_on_commit_and_welcome(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 4).await;
    let (a, b, c, e) = (d[0], d[1], d[2], d[3]);
    let g = group_with(s, 1, a, &[b]).await;
    for &dev in &d {
        drain(s, dev).await;
    }
    s.enqueue(message(a, &[b, e], b"filler", at(1)))
        .await
        .expect("fill");
    // The commit adds c (empty queue) and e (full): b (full) misses the commit, e its Welcome.
    let accepted = s
        .commit(GroupCommit {
            fan_out: FanOut {
                queue_entries_max: 1,
                ..fan_out_at(T0)
            },
            ..group_commit(&g, a, 1, &[c, e], &[])
        })
        .await
        .expect("commit despite full queues");
    assert_eq!(accepted.fell_behind, vec![b, e]);
    assert_eq!(accepted.welcomed, vec![c]);
    let record = group_record(s, &g).await;
    assert_eq!(record.members, vec![a, b, c, e]);
    assert_eq!(record.behind, vec![b, e]);
    for dev in [b, e] {
        assert!(
            matches!(
                group_events(s, dev).await.last(),
                Some(GroupEvent::Behind { seq, .. }) if *seq == accepted.seq
            ),
            "device {dev} told it fell behind"
        );
    }
    assert!(matches!(
        group_events(s, c).await.as_slice(),
        [GroupEvent::Welcome { .. }]
    ));
}

pub async fn rejoin_requires_falling_behind(store: TestStore) {
    let s = &*store;
    let d = devices(s, 1, 3).await;
    let (a, b, outsider) = (d[0], d[1], d[2]);
    let g = group_with(s, 1, a, &[b]).await;
    assert_eq!(
        s.request_rejoin(&g, b).await,
        Ok(false),
        "in sync: nothing to do"
    );
    assert_eq!(
        s.request_rejoin(&g, outsider).await,
        Err(StoreError::NotMember)
    );
    assert_eq!(
        s.request_rejoin(&gid(77), b).await,
        Err(StoreError::UnknownGroup(gid(77)))
    );
    assert_eq!(
        s.commit(group_commit(&g, a, 1, &[b], &[b])).await.map(drop),
        Err(StoreError::AlreadyMember(b)),
        "an in-sync member is not re-added"
    );
    assert!(group_record(s, &g).await.rejoining.is_empty());
}

// ------------------------------------------------------------------------------------------------
// Push subscriptions

fn push_sub(endpoint: &str, n: u8) -> PushSubscriptionRecord {
    let mut p256dh = [n; 65];
    p256dh[0] = 0x04;
    PushSubscriptionRecord {
        endpoint: endpoint.to_owned(),
        p256dh,
        auth: [n; 16],
    }
}

pub async fn push_subscriptions_are_kept_per_device_and_replaced(store: TestStore) {
    let s = &*store;
    let (_, alice) = member(s, 1, "alice").await;
    let (_, bob) = member(s, 2, "bob").await;
    assert_eq!(s.push_subscription(alice.id).await, Ok(None));
    let a = push_sub("https://push.example/a", 1);
    let b = push_sub("https://push.example/b", 2);
    s.set_push_subscription(alice.id, Some(a.clone()))
        .await
        .expect("set a");
    s.set_push_subscription(bob.id, Some(b.clone()))
        .await
        .expect("set b");
    assert_eq!(s.push_subscription(alice.id).await, Ok(Some(a)));
    assert_eq!(s.push_subscription(bob.id).await, Ok(Some(b.clone())));

    let a2 = push_sub("https://push.example/a2", 3);
    s.set_push_subscription(alice.id, Some(a2.clone()))
        .await
        .expect("replace");
    assert_eq!(s.push_subscription(alice.id).await, Ok(Some(a2)));
    s.set_push_subscription(alice.id, None)
        .await
        .expect("delete");
    assert_eq!(s.push_subscription(alice.id).await, Ok(None));
    s.set_push_subscription(alice.id, None)
        .await
        .expect("deleting none is fine");
    assert_eq!(
        s.push_subscription(bob.id).await,
        Ok(Some(b)),
        "bob's stays"
    );
}

pub async fn push_subscription_is_dropped_only_for_its_endpoint(store: TestStore) {
    let s = &*store;
    let (_, alice) = member(s, 1, "alice").await;
    let old = push_sub("https://push.example/old", 1);
    let new = push_sub("https://push.example/new", 2);
    s.set_push_subscription(alice.id, Some(old.clone()))
        .await
        .expect("set");
    s.set_push_subscription(alice.id, Some(new.clone()))
        .await
        .expect("replace");
    // The push service's 410 for the old endpoint came after the device subscribed again.
    assert_eq!(
        s.drop_push_subscription(alice.id, &old.endpoint).await,
        Ok(false)
    );
    assert_eq!(s.push_subscription(alice.id).await, Ok(Some(new.clone())));
    assert_eq!(
        s.drop_push_subscription(alice.id, &new.endpoint).await,
        Ok(true)
    );
    assert_eq!(s.push_subscription(alice.id).await, Ok(None));
    assert_eq!(
        s.drop_push_subscription(alice.id, &new.endpoint).await,
        Ok(false)
    );
}

pub async fn push_subscription_goes_with_its_device(store: TestStore) {
    let s = &*store;
    let (alice, _phone) = member(s, 1, "alice").await;
    let laptop = linked_device(s, alice.id, 100).await;
    s.set_push_subscription(laptop.id, Some(push_sub("https://push.example/l", 1)))
        .await
        .expect("set");
    s.remove_device(alice.id, laptop.id).await.expect("remove");
    assert_eq!(s.push_subscription(laptop.id).await, Ok(None));
}
