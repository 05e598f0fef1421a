//! The messenger: drives a device's [`Engine`] over a [`Transport`], persisting every change to
//! the encrypted [`StateStore`] before acknowledging what caused it. The same code runs natively
//! (`Connection` + `StateFile`, the defaults) and in the browser (`conclave-web`'s WebSocket +
//! IndexedDB); it names no runtime.
//!
//! Delivery-service rules it follows (see ARCHITECTURE.md): it catches up with its queue before
//! committing or sending; a commit is merged only after the server accepted it; on `StaleEpoch`
//! it drops its commit (or message), processes the winning commit and retries. Before sending it
//! reconciles the group's MLS members with the server's routing list and the members' device
//! lists: new devices of member accounts are added, devices that left or were removed go.

use std::{collections::BTreeSet, time::Duration};

use conclave_client_core::{
    Engine, EngineError, Event, HistoryBody, StoredMessage,
    call::{self, CallId, CallLog, CallSignal, Media},
    engine::{MemberDevice, key_set_fingerprint, safety_number},
    envelope::{Content, ConversationMeta, MessageId},
    ledger::{self, Ledger},
    messages::{ConversationView, MessageError},
};
use conclave_proto::{
    Delivery, DeviceId, DeviceInfo, ErrorCode, GroupId, QueueSeq, Request, Response, Timestamp,
    Username,
};

use crate::{
    ClientError,
    transport::{StateError, StateStore, Transport},
};

/// Refill the one-time key package stock at the server below this many.
const KEY_PACKAGES_LOW: u32 = 20;
const KEY_PACKAGES_BATCH: usize = 50;
/// Tries of one commit or message under epoch contention.
const ATTEMPTS_MAX: usize = 12;
const FETCH_BATCH: u32 = 256;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MessengerError {
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error(transparent)]
    State(#[from] StateError),
    #[error(transparent)]
    Ledger(#[from] ledger::LedgerError),
    #[error(transparent)]
    Message(#[from] MessageError),
    /// A history bundle that cannot be used (malformed, too large, not from this account).
    #[error(transparent)]
    History(#[from] conclave_client_core::history::HistoryError),
    #[error("{0}")]
    Refused(Declined),
}

/// Something this device will not do, and why, as a catalogue message (`refused-*` of
/// conclave-i18n's terminal catalogue) for a front end to word in its member's language
/// ([`crate::words`]), as it words the server's refusals ([`crate::Refusal`]); `Display`
/// gives the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declined {
    pub message: call::CallMessage,
}

impl std::fmt::Display for Declined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::words(crate::words::english(), &self.message))
    }
}

impl Declined {
    pub(crate) fn new(id: &str, args: Vec<(&'static str, call::MessageArg)>) -> Self {
        Declined {
            message: call::CallMessage {
                id: id.to_owned(),
                args,
            },
        }
    }

    /// A display name `conclave_client_core::profile::check_display_name` refused (for a
    /// front end that checks one before it has a messenger, as at join).
    pub fn display_name(e: &conclave_client_core::profile::ProfileError) -> Self {
        use conclave_client_core::profile::{DISPLAY_NAME_CHARS_MAX, ProfileError};
        match e {
            ProfileError::TooLong(given) => Declined::new(
                "refused-display-name-too-long",
                vec![
                    ("max", number(DISPLAY_NAME_CHARS_MAX)),
                    ("given", number(*given)),
                ],
            ),
            ProfileError::Invisible(c) => Declined::new(
                "refused-display-name-invisible",
                vec![("character", text(format!("U+{c:04X}")))],
            ),
            other => Declined::new("refused-plain", vec![("reason", text(other.to_string()))]),
        }
    }
}

fn refused(id: &str, args: Vec<(&'static str, call::MessageArg)>) -> MessengerError {
    MessengerError::Refused(Declined::new(id, args))
}

fn number(n: impl TryInto<i64>) -> call::MessageArg {
    call::MessageArg::Number(n.try_into().unwrap_or(i64::MAX))
}

fn text(s: impl Into<String>) -> call::MessageArg {
    call::MessageArg::Text(s.into())
}

type Result<T, E = MessengerError> = std::result::Result<T, E>;

/// Admits this device to the blob store's HTTP routes for a while (`Request::BlobGrant`).
#[derive(Clone)]
pub struct BlobGrant {
    /// Sent as `Authorization: Conclave-Grant <hex>`.
    pub token: Vec<u8>,
    pub expires_at: Timestamp,
    /// The largest blob (ciphertext bytes) the server takes.
    pub blob_bytes_max: u64,
    /// How long the server keeps a blob, in seconds.
    pub ttl_secs: u64,
}

impl std::fmt::Debug for BlobGrant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlobGrant")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// The wall clock (the server's acceptance time is what history shows; this is the sender's).
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    Timestamp(i64::try_from(ms).unwrap_or(i64::MAX))
}

/// The wall clock (`SystemTime` is not available in the browser).
#[cfg(target_arch = "wasm32")]
pub fn now() -> Timestamp {
    // `as` saturates; milliseconds since 1970 fit an i64 for 292 million years.
    Timestamp(js_sys::Date::now() as i64)
}

fn unexpected(r: Response) -> MessengerError {
    MessengerError::Client(ClientError::Protocol(format!("unexpected response {r:?}")))
}

fn is_stale(e: &ClientError) -> bool {
    e.code() == Some(ErrorCode::StaleEpoch)
}

/// A problem found while processing deliveries that the user should see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub seq: QueueSeq,
    pub reason: String,
}

/// One device's conversations over a transport `T`, persisted in a state store `S`.
/// Natively `Messenger` means `Messenger<Connection, StateFile>`.
#[cfg(not(target_arch = "wasm32"))]
pub struct Messenger<T = crate::Connection, S = crate::state::StateFile> {
    conn: T,
    engine: Engine,
    state: S,
    /// Deliveries that could not be used (malformed, tampered, not for us).
    pub rejected: Vec<Rejected>,
    /// Events not yet handed out by [`Messenger::sync`].
    events: Vec<Event>,
    /// Messages whose connection broke before the server answered; [`Messenger::resume`]
    /// sends them again with the same message id (receivers decrypt a message id once).
    unconfirmed: Vec<(GroupId, MessageId, Content)>,
    /// This account's display name as the front end last set it (before any conversation
    /// carried it); the history's latest own `Profile` takes precedence.
    display_name_hint: Option<String>,
}

/// One device's conversations over a transport `T`, persisted in a state store `S`.
/// (The same struct as natively, without the native defaults.)
#[cfg(target_arch = "wasm32")]
pub struct Messenger<T, S> {
    conn: T,
    engine: Engine,
    state: S,
    /// Deliveries that could not be used (malformed, tampered, not for us).
    pub rejected: Vec<Rejected>,
    /// Events not yet handed out by [`Messenger::sync`].
    events: Vec<Event>,
    /// Messages whose connection broke before the server answered; [`Messenger::resume`]
    /// sends them again with the same message id (receivers decrypt a message id once).
    unconfirmed: Vec<(GroupId, MessageId, Content)>,
    /// This account's display name as the front end last set it (before any conversation
    /// carried it); the history's latest own `Profile` takes precedence.
    display_name_hint: Option<String>,
}

#[cfg(not(target_arch = "wasm32"))]
impl<S: StateStore> Messenger<crate::Connection, S> {
    /// After the connection was lost: reopens it on the next node of the cluster that answers
    /// (or the same server again), then [`Messenger::resume`]s.
    pub async fn reconnect(&mut self) -> Result<Vec<Event>> {
        let conn = self.conn.reopen().await?;
        self.resume(conn).await
    }
}

impl<T: Transport, S: StateStore> Messenger<T, S> {
    pub fn new(conn: T, engine: Engine, state: S) -> Self {
        Messenger {
            conn,
            engine,
            state,
            rejected: Vec::new(),
            events: Vec::new(),
            unconfirmed: Vec::new(),
            display_name_hint: None,
        }
    }

    /// Continues on a new session after the old one was lost (on another node of a cluster,
    /// or the same server again): recovers, catches up, and sends again the messages whose
    /// fate was unknown. Returns the events since the last call, like [`Messenger::sync`].
    pub async fn resume(&mut self, conn: T) -> Result<Vec<Event>> {
        self.conn = conn;
        self.recover_pending_commits().await?;
        self.refill_key_packages().await?;
        self.catch_up().await?;
        self.ask_to_rejoin().await?;
        for (group, id, content) in std::mem::take(&mut self.unconfirmed) {
            if self.engine.conversation(&group).is_some() {
                self.post_with_id(&group, id, content).await?;
            }
        }
        self.sync().await
    }

    /// Recovers interrupted commits, tops up key packages and catches up with the queue.
    pub async fn start(&mut self) -> Result<Vec<Event>> {
        self.recover_pending_commits().await?;
        self.refill_key_packages().await?;
        let events = self.sync().await?;
        self.ask_to_rejoin().await?;
        Ok(events)
    }

    /// Tells the server, for every conversation this device fell behind in, that it has
    /// processed the notice and asks to be added back (idempotent: also after a restart).
    async fn ask_to_rejoin(&mut self) -> Result<()> {
        let behind: Vec<GroupId> = self.engine.behind_groups().cloned().collect();
        if behind.is_empty() {
            return Ok(());
        }
        // A fresh key package must be there for the member who adds this device back.
        self.refill_key_packages().await?;
        for group in behind {
            match self
                .conn
                .request(Request::RejoinGroup {
                    group: group.clone(),
                })
                .await
            {
                Ok(Response::RejoinRequested) => {
                    tracing::info!(group = %group.to_hex(), "fell behind; asked to be added back");
                }
                Ok(other) => return Err(unexpected(other)),
                // No longer a member (removed meanwhile): nothing to rejoin.
                Err(ClientError::Server(e))
                    if matches!(e.code, ErrorCode::NotMember | ErrorCode::NotFound) =>
                {
                    tracing::info!(group = %group.to_hex(), "fell behind in a group this device is no longer in");
                    self.engine.stop_waiting(&group);
                    self.persist().await?;
                    self.events.push(Event::Removed { group });
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The engine, for front ends and tests that drive MLS directly. Changes made through it
    /// are persisted with the messenger's next state write.
    pub fn engine_mut(&mut self) -> &mut Engine {
        &mut self.engine
    }

    pub fn connection(&self) -> &T {
        &self.conn
    }

    /// Continues over a new session (after a reconnect or a renewal); returns the old one.
    /// Nothing is lost in between: the queue is read from where this device left off.
    pub fn replace_connection(&mut self, conn: T) -> T {
        std::mem::replace(&mut self.conn, conn)
    }

    pub fn me(&self) -> &MemberDevice {
        self.engine.me()
    }

    pub async fn close(self) {
        self.conn.close().await;
    }

    async fn persist(&mut self) -> Result<()> {
        let changes = self.engine.take_changes();
        self.state.apply(&changes).await?;
        Ok(())
    }

    async fn request(&self, r: Request) -> Result<Response> {
        Ok(self.conn.request(r).await?)
    }

    /// Publishes fresh key packages when the server's stock of ours runs low.
    pub async fn refill_key_packages(&mut self) -> Result<()> {
        let (available, has_last_resort) = match self.request(Request::KeyPackageCount).await? {
            Response::KeyPackageCount {
                one_time_available,
                has_last_resort,
            } => (one_time_available, has_last_resort),
            other => return Err(unexpected(other)),
        };
        if available >= KEY_PACKAGES_LOW && has_last_resort {
            return Ok(());
        }
        let one_time = if available < KEY_PACKAGES_LOW {
            self.engine.key_packages(KEY_PACKAGES_BATCH)?
        } else {
            Vec::new()
        };
        let last_resort = if has_last_resort {
            None
        } else {
            Some(self.engine.last_resort_key_package()?)
        };
        // Their private halves must be on disk before anyone can use the public ones.
        self.persist().await?;
        match self
            .request(Request::PublishKeyPackages {
                one_time,
                last_resort,
            })
            .await?
        {
            Response::KeyPackagesStored { .. } => Ok(()),
            other => Err(unexpected(other)),
        }
    }

    /// A commit of ours interrupted by a crash: merge it if the server accepted it, else drop it.
    async fn recover_pending_commits(&mut self) -> Result<()> {
        let pending: Vec<GroupId> = self
            .engine
            .conversations()
            .map(|c| c.group.clone())
            .filter(|g| self.engine.has_pending_commit(g))
            .collect();
        for group in pending {
            // First process whatever is queued: a competing commit that won would be there.
            self.catch_up().await?;
            if !self.engine.has_pending_commit(&group) {
                continue;
            }
            let local = self.engine.epoch(&group)?;
            let server = match self
                .request(Request::GroupState {
                    group: group.clone(),
                })
                .await?
            {
                Response::GroupState { epoch, .. } => epoch,
                other => return Err(unexpected(other)),
            };
            self.engine.recover_pending_commit(&group, server > local)?;
            self.persist().await?;
        }
        Ok(())
    }

    /// Processes everything in this device's queue, in order; persists, then acknowledges.
    /// Returns every event since the last call, including those of catch-ups that sending,
    /// committing and reconciling did on the way.
    pub async fn sync(&mut self) -> Result<Vec<Event>> {
        self.catch_up().await?;
        self.expire().await?;
        Ok(std::mem::take(&mut self.events))
    }

    /// Removes disappearing messages whose time ran out (see [`Engine::expire`]).
    pub async fn expire(&mut self) -> Result<usize> {
        let gone = self.engine.expire(now());
        if gone > 0 {
            self.persist().await?;
        }
        Ok(gone)
    }

    /// The person read `group` now: the timers of its disappearing messages start (and
    /// those that ran out go).
    pub async fn mark_read(&mut self, group: &GroupId) -> Result<()> {
        self.engine.mark_read(group, now());
        self.engine.expire(now());
        self.persist().await
    }

    /// Sets the conversation's disappearing-message timer (0: off), announced in its
    /// history; it applies to the messages sent after it.
    pub async fn set_timer(&mut self, group: &GroupId, secs: u64) -> Result<StoredMessage> {
        use conclave_client_core::messages::limits::{TIMER_SECS_MAX, TIMER_SECS_MIN};
        if secs != 0 && !(TIMER_SECS_MIN..=TIMER_SECS_MAX).contains(&secs) {
            return Err(refused(
                "refused-timer-range",
                vec![
                    ("min", number(TIMER_SECS_MIN)),
                    ("max", number(TIMER_SECS_MAX)),
                    ("secs", number(secs)),
                ],
            ));
        }
        self.send(group, Content::Timer { secs }).await
    }

    /// The events gathered since the last `sync`, without touching the network.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// Like [`Messenger::sync`], keeping the events for the next `sync`.
    async fn catch_up(&mut self) -> Result<()> {
        loop {
            let batch = self
                .conn
                .fetch(QueueSeq(self.engine.last_queue_seq()), FETCH_BATCH)
                .await?;
            if batch.is_empty() {
                return Ok(());
            }
            self.process_batch(batch).await?;
        }
    }

    /// Processes a batch, persists, keeps its events for the caller, then acknowledges.
    async fn process_batch(&mut self, batch: Vec<Delivery>) -> Result<()> {
        let mut events = Vec::new();
        let mut seqs = Vec::with_capacity(batch.len());
        let mut joined = false;
        for d in &batch {
            seqs.push(d.seq);
            match self.engine.process(d) {
                Ok(ev) => {
                    joined |= ev.iter().any(|e| matches!(e, Event::Joined { .. }));
                    events.extend(ev);
                }
                Err(e) => {
                    tracing::warn!(seq = d.seq.0, error = %e, "dropping an unusable delivery");
                    self.rejected.push(Rejected {
                        seq: d.seq,
                        reason: e.to_string(),
                    });
                }
            }
        }
        // Durable before acknowledged: a crash here means redelivery, which is deduplicated.
        self.persist().await?;
        let fell_behind = events.iter().any(|e| matches!(e, Event::FellBehind { .. }));
        // Kept before the ack: if it fails (connection lost), the redelivery is dropped as
        // already processed, so these events would never come again (chaos seed 1101).
        self.events.extend(events);
        self.conn.ack(seqs).await?;
        if joined {
            self.refill_key_packages().await?;
        }
        // A restart asks again (`start`, `resume`) if this is cut off.
        if fell_behind {
            self.ask_to_rejoin().await?;
        }
        Ok(())
    }

    /// Waits up to `wait` for the server to push something, without processing it. Unlike
    /// [`Messenger::next_events`] this is cancel-safe: an interactive front end races it
    /// against its input, then calls [`Messenger::sync`] (never raced) when it returns.
    pub async fn wait_for_push(&mut self, wait: Duration) -> Result<()> {
        self.conn.wait_for_push(wait).await;
        match self.conn.close_reason() {
            Some(reason) => Err(MessengerError::Client(ClientError::Closed(Some(reason)))),
            None => Ok(()),
        }
    }

    /// Waits up to `wait` for new deliveries to be pushed, then processes the queue.
    pub async fn next_events(&mut self, wait: Duration) -> Result<Vec<Event>> {
        self.conn.wait_for_push(wait).await;
        if let Some(reason) = self.conn.close_reason() {
            return Err(MessengerError::Client(ClientError::Closed(Some(reason))));
        }
        self.sync().await
    }

    // ------------------------------------------------------------------------- directory

    pub async fn devices(&self, username: &Username) -> Result<Vec<DeviceInfo>> {
        match self
            .request(Request::Devices {
                username: username.clone(),
            })
            .await?
        {
            Response::Devices(d) => Ok(d),
            other => Err(unexpected(other)),
        }
    }

    // ------------------------------------------------------------------------- conversations

    /// Finds a conversation by `#name` (group) or `username` (1:1).
    pub fn find(&self, target: &str) -> Option<GroupId> {
        let me = &self.me().username;
        let mut matches: Vec<&GroupId> = self
            .engine
            .conversations()
            .filter(|c| match (&c.meta, target.strip_prefix('#')) {
                (Some(ConversationMeta::Group { name }), Some(wanted)) => name == wanted,
                (Some(ConversationMeta::Direct { members }), None) => {
                    members.iter().any(|m| m == target) && members.iter().any(|m| m == me.as_str())
                }
                _ => false,
            })
            .map(|c| &c.group)
            .collect();
        // Two people may start the same 1:1 at once: both sides pick the same one.
        matches.sort();
        matches.first().map(|g| (*g).clone())
    }

    /// The 1:1 conversation with `peer`, created on first use.
    pub async fn direct(&mut self, peer: &Username) -> Result<GroupId> {
        self.catch_up().await?;
        if let Some(g) = self.find(peer.as_str()) {
            return Ok(g);
        }
        if peer == &self.me().username {
            return Err(refused("refused-one-to-one-self", Vec::new()));
        }
        let members = [self.me().username.to_string(), peer.to_string()];
        self.create(
            ConversationMeta::Direct { members },
            std::slice::from_ref(peer),
        )
        .await
    }

    /// Creates a named group with these members (and all of their devices, and ours).
    pub async fn create_group(&mut self, name: &str, members: &[Username]) -> Result<GroupId> {
        self.catch_up().await?;
        if self.find(&format!("#{name}")).is_some() {
            return Err(refused("refused-group-exists", vec![("name", text(name))]));
        }
        self.create(
            ConversationMeta::Group {
                name: name.to_owned(),
            },
            members,
        )
        .await
    }

    async fn create(&mut self, meta: ConversationMeta, members: &[Username]) -> Result<GroupId> {
        // Every member's devices, looked up once (which checks that every member exists before
        // anything is created): the server rate-limits lookups of accounts one shares no
        // conversation with yet.
        let mut add = Vec::new();
        for m in members {
            add.extend(self.devices(m).await?.into_iter().map(|d| d.id));
        }
        let group = self.engine.create_group(meta.clone(), now())?;
        match self
            .request(Request::CreateGroup {
                group: group.clone(),
            })
            .await
        {
            Ok(Response::GroupCreated) => {}
            Ok(other) => {
                self.engine.discard_group(&group);
                return Err(unexpected(other));
            }
            Err(e) => {
                self.engine.discard_group(&group);
                return Err(e);
            }
        }
        self.persist().await?;
        let me = self.me().username.clone();
        add.extend(self.devices(&me).await?.into_iter().map(|d| d.id));
        // Adding members announces the conversation's kind and name (`send_meta`); only a
        // conversation that added nobody still needs it announced, once.
        if self.add_devices(&group, add).await?.is_none() {
            self.send(&group, Content::GroupMeta { meta }).await?;
        }
        Ok(group)
    }

    /// Adds every device of these accounts.
    pub async fn add_accounts(
        &mut self,
        group: &GroupId,
        accounts: &[Username],
    ) -> Result<Option<StoredMessage>> {
        let mut add = Vec::new();
        for a in accounts {
            add.extend(self.devices(a).await?.into_iter().map(|d| d.id));
        }
        self.add_devices(group, add).await
    }

    async fn add_devices(
        &mut self,
        group: &GroupId,
        add: Vec<DeviceId>,
    ) -> Result<Option<StoredMessage>> {
        let entry = self.commit(group, add, Vec::new(), Vec::new()).await?;
        if entry.is_some() {
            self.send_meta(group).await?;
        }
        Ok(entry)
    }

    /// Removes every device of these accounts.
    pub async fn remove_accounts(
        &mut self,
        group: &GroupId,
        accounts: &[Username],
    ) -> Result<Option<StoredMessage>> {
        self.catch_up().await?;
        if accounts.contains(&self.me().username) {
            return Err(refused("refused-remove-self", Vec::new()));
        }
        let remove: Vec<DeviceId> = self
            .engine
            .members(group)?
            .into_iter()
            .filter(|m| accounts.contains(&m.username))
            .map(|m| m.device)
            .collect();
        if remove.is_empty() {
            return Err(refused("refused-not-members", Vec::new()));
        }
        self.commit(group, Vec::new(), remove, Vec::new()).await
    }

    /// Leaves a conversation on every device of this account.
    pub async fn leave(&mut self, group: &GroupId) -> Result<()> {
        match self
            .request(Request::LeaveGroup {
                group: group.clone(),
            })
            .await?
        {
            Response::Left => {}
            other => return Err(unexpected(other)),
        }
        self.engine.forget_group(group);
        self.persist().await
    }

    /// Commits adds and removes, retrying on `StaleEpoch`. `None` when nothing was left to do.
    /// `rejoin`: members that fell behind and asked to come back: their old leaf is removed
    /// and a fresh one (from a new key package) added in the same commit.
    async fn commit(
        &mut self,
        group: &GroupId,
        add: Vec<DeviceId>,
        remove: Vec<DeviceId>,
        rejoin: Vec<DeviceId>,
    ) -> Result<Option<StoredMessage>> {
        for _ in 0..ATTEMPTS_MAX {
            self.catch_up().await?;
            let members: BTreeSet<DeviceId> = self
                .engine
                .members(group)?
                .into_iter()
                .map(|m| m.device)
                .collect();
            let add: Vec<DeviceId> = add
                .iter()
                .copied()
                .filter(|d| !members.contains(d))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let rejoin: Vec<DeviceId> = rejoin
                .iter()
                .copied()
                .filter(|d| members.contains(d) && !remove.contains(d))
                .collect();
            let mut remove: Vec<DeviceId> = remove
                .iter()
                .copied()
                .filter(|d| members.contains(d))
                .collect();
            if add.is_empty() && remove.is_empty() && rejoin.is_empty() {
                return Ok(None);
            }
            let claim: Vec<DeviceId> = add.iter().chain(&rejoin).copied().collect();
            let key_packages = if claim.is_empty() {
                Vec::new()
            } else {
                match self
                    .request(Request::ClaimKeyPackages { devices: claim })
                    .await?
                {
                    Response::KeyPackages(k) => k,
                    other => return Err(unexpected(other)),
                }
            };
            // A rejoining device is removed only when it can be added back in the same commit.
            remove.extend(
                rejoin
                    .iter()
                    .filter(|d| key_packages.iter().any(|(k, _)| k == *d))
                    .copied(),
            );
            if key_packages.is_empty() && remove.is_empty() {
                return Err(refused("refused-no-key-packages", Vec::new()));
            }
            let prepared = self.engine.prepare_commit(group, key_packages, &remove)?;
            // The pending commit (and its secrets) is on disk before the server can accept it.
            self.persist().await?;
            let added = prepared.added.clone();
            let request = Request::Commit {
                group: group.clone(),
                epoch: prepared.epoch,
                commit: prepared.commit,
                added: prepared.added,
                removed: prepared.removed,
                welcome: prepared.welcome,
            };
            match self.conn.request(request).await {
                Ok(Response::Committed { seq, .. }) => {
                    let entry = self.engine.commit_accepted(group, seq, now())?;
                    self.persist().await?;
                    if !added.is_empty() {
                        self.hand_over_ledger(group, seq, &added).await;
                    }
                    return Ok(Some(entry));
                }
                Ok(other) => return Err(unexpected(other)),
                Err(e) if is_stale(&e) => {
                    self.engine.commit_rejected(group)?;
                    self.persist().await?;
                }
                Err(e @ ClientError::Server(_)) => {
                    self.engine.commit_rejected(group)?;
                    self.persist().await?;
                    return Err(e.into());
                }
                // Unknown outcome (connection lost): keep it pending; `start` resolves it.
                Err(e) => return Err(e.into()),
            }
        }
        Err(refused("refused-busy", Vec::new()))
    }

    /// Hands the conversation's ledger from before the commit at `seq` to the devices it added
    /// (MLS gives them nothing older), so they reach the same balances as everybody else. The
    /// commit stands whatever happens here: a failure is logged, and the newcomers then see the
    /// entries from their arrival on.
    async fn hand_over_ledger(&mut self, group: &GroupId, seq: u64, added: &[DeviceId]) {
        let parts = match Ledger::for_conversation(&self.engine, group)
            .map_err(MessengerError::from)
            .and_then(|l| Ok(l.hand_over(seq, added)?))
        {
            Ok(parts) => parts,
            Err(e) => {
                tracing::warn!(error = %e, "ledger not handed over to the new devices");
                return;
            }
        };
        for part in parts {
            if let Err(e) = self.post(group, ledger::handover_content(part)).await {
                tracing::warn!(error = %e, "ledger hand-over not sent");
                return;
            }
        }
    }

    /// Makes the group's MLS members match the server's routing list and the member accounts'
    /// current devices.
    pub async fn reconcile(&mut self, group: &GroupId) -> Result<()> {
        let (routed, rejoining) = match self
            .request(Request::GroupStatus {
                group: group.clone(),
            })
            .await?
        {
            Response::GroupStatus {
                members, rejoining, ..
            } => (members, rejoining),
            other => return Err(unexpected(other)),
        };
        let routed: BTreeSet<DeviceId> = routed.into_iter().collect();
        let mls = self.engine.members(group)?;
        let me = self.me().clone();
        let accounts: BTreeSet<Username> = mls
            .iter()
            .filter(|m| routed.contains(&m.device))
            .map(|m| m.username.clone())
            .collect();
        let mut current: BTreeSet<DeviceId> = BTreeSet::new();
        for account in &accounts {
            current.extend(self.devices(account).await?.into_iter().map(|d| d.id));
        }
        let remove: Vec<DeviceId> = mls
            .iter()
            .filter(|m| {
                m.device != me.device
                    && (!routed.contains(&m.device) || !current.contains(&m.device))
            })
            .map(|m| m.device)
            .collect();
        let add: Vec<DeviceId> = current
            .iter()
            .copied()
            .filter(|d| !mls.iter().any(|m| m.device == *d))
            .collect();
        // Members that fell behind and asked to come back get a fresh leaf.
        let rejoin: Vec<DeviceId> = rejoining
            .into_iter()
            .filter(|d| {
                *d != me.device && current.contains(d) && mls.iter().any(|m| m.device == *d)
            })
            .collect();
        if add.is_empty() && remove.is_empty() && rejoin.is_empty() {
            return Ok(());
        }
        let added = !add.is_empty() || !rejoin.is_empty();
        match self.commit(group, add, remove, rejoin).await {
            Ok(Some(_)) if added => self.send_meta(group).await.map(|_| ()),
            Ok(_) => Ok(()),
            // A device without key packages yet is added on a later send.
            Err(MessengerError::Refused(r)) => {
                tracing::info!(reason = %r, "membership reconciliation postponed");
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    async fn send_meta(&mut self, group: &GroupId) -> Result<()> {
        if let Some(meta) = self.engine.conversation(group).and_then(|c| c.meta.clone()) {
            self.post(group, Content::GroupMeta { meta }).await?;
        }
        // New members learn this account's display name from here.
        if let Some(display_name) = self.my_display_name() {
            self.post(group, Content::Profile { display_name }).await?;
        }
        Ok(())
    }

    // --------------------------------------------------------------------------- display names

    /// The display names this device knows (the latest `Profile` of each account).
    pub fn display_names(&self) -> conclave_client_core::profile::DisplayNames {
        conclave_client_core::profile::DisplayNames::from_history(self.engine.all_history())
    }

    /// This account's display name: its latest own `Profile`, else what the front end set
    /// with [`Messenger::set_display_name_hint`].
    pub fn my_display_name(&self) -> Option<String> {
        let me = &self.engine.me().username;
        let latest = self
            .engine
            .all_history()
            .filter(|m| {
                &m.sender == me
                    && matches!(
                        &m.body,
                        HistoryBody::Message {
                            content: Content::Profile { .. },
                            ..
                        }
                    )
            })
            .max_by_key(|m| (m.at, m.seq));
        match latest {
            Some(m) => self.display_names().get(&m.sender).map(str::to_owned),
            None => self.display_name_hint.clone().filter(|n| !n.is_empty()),
        }
    }

    /// The name to announce before any conversation carries one (a new account's, from its
    /// join); not sent by itself.
    pub fn set_display_name_hint(&mut self, name: Option<String>) {
        self.display_name_hint = name;
    }

    /// Sets this account's display name (empty: none) and tells every conversation; returns
    /// it as sent (normalised).
    pub async fn set_display_name(&mut self, name: &str) -> Result<String> {
        let display_name = conclave_client_core::profile::check_display_name(name)
            .map_err(|e| MessengerError::Refused(Declined::display_name(&e)))?;
        self.catch_up().await?;
        self.display_name_hint = Some(display_name.clone());
        let groups: Vec<GroupId> = self
            .engine
            .conversations()
            .map(|c| c.group.clone())
            .filter(|g| !self.engine.is_behind(g))
            .collect();
        for group in groups {
            self.send(
                &group,
                Content::Profile {
                    display_name: display_name.clone(),
                },
            )
            .await?;
        }
        Ok(display_name)
    }

    /// Sends content to a conversation (reconciling members first); returns the history entry.
    pub async fn send(&mut self, group: &GroupId, content: Content) -> Result<StoredMessage> {
        self.catch_up().await?;
        if self.engine.conversation(group).is_none() {
            return Err(refused("refused-not-in-conversation", Vec::new()));
        }
        if self.engine.is_behind(group) {
            return Err(refused("refused-fell-behind", Vec::new()));
        }
        self.reconcile(group).await?;
        self.post(group, content).await
    }

    async fn post(&mut self, group: &GroupId, content: Content) -> Result<StoredMessage> {
        let id = self.engine.fresh_message_id()?;
        self.post_with_id(group, id, content).await
    }

    async fn post_with_id(
        &mut self,
        group: &GroupId,
        id: MessageId,
        content: Content,
    ) -> Result<StoredMessage> {
        // A server of revision 1 lacks rings and queue TTLs (`PROTOCOL_REVISION`).
        let revision_2 = self.conn.server_revision() >= 2;
        if !revision_2 && self.engine.queue_ttl_for(group, &content).is_some() {
            // Sent plainly, its ciphertext would outlive the timer in the server's queue.
            return Err(refused("refused-server-too-old-for-timer", Vec::new()));
        }
        for _ in 0..ATTEMPTS_MAX {
            let prepared = self
                .engine
                .prepare_message(group, id, content.clone(), now())?;
            // The ratchet step is on disk before the ciphertext leaves: a key is never reused.
            self.persist().await?;
            // Under a disappearing-messages timer, no copy waits at the server for longer.
            let request = match self.engine.queue_ttl_for(group, &content) {
                // An older server takes the invitation as a message (no ring push).
                None if revision_2 && call::rings(&content) => Request::GroupRing {
                    group: group.clone(),
                    epoch: prepared.epoch,
                    message: prepared.bytes.clone(),
                },
                None => Request::GroupMessage {
                    group: group.clone(),
                    epoch: prepared.epoch,
                    message: prepared.bytes.clone(),
                },
                Some(ttl_secs) => Request::GroupMessageExpiring {
                    group: group.clone(),
                    epoch: prepared.epoch,
                    message: prepared.bytes.clone(),
                    ttl_secs,
                },
            };
            match self.conn.request(request).await {
                Ok(Response::Posted { seq }) => {
                    let m = self.engine.message_posted(&prepared, seq, now());
                    self.persist().await?;
                    return Ok(m);
                }
                Ok(other) => return Err(unexpected(other)),
                Err(e) if is_stale(&e) => {
                    self.catch_up().await?;
                }
                Err(e) => {
                    if matches!(e, ClientError::Closed(_) | ClientError::Timeout) {
                        self.unconfirmed.push((group.clone(), id, content));
                    }
                    return Err(e.into());
                }
            }
        }
        Err(refused("refused-busy", Vec::new()))
    }

    // ------------------------------------------------------------------ message features

    /// The conversation as people see it: messages with their edits, reactions, quotes and
    /// deletions applied (see [`ConversationView`]).
    pub fn view(&self, group: &GroupId) -> ConversationView {
        ConversationView::for_conversation(&self.engine, group)
    }

    /// Sends `content` (a reply, reaction, edit or delete) after checking it against the
    /// caught-up view with the rules every receiving device applies, so a refused one never
    /// leaves this device.
    async fn send_checked(&mut self, group: &GroupId, content: Content) -> Result<StoredMessage> {
        self.catch_up().await?;
        self.view(group).check(&self.me().username, &content)?;
        self.send(group, content).await
    }

    /// The id of the message `to` names (one of its edits names it too).
    fn message_id(&self, group: &GroupId, to: &MessageId) -> Result<MessageId> {
        let view = self.view(group);
        let (_, message) = view
            .message(to)
            .ok_or_else(|| MessageError::NoSuchMessage(short_id(to)))?;
        Ok(message.id)
    }

    /// Replies to message `to`; receivers quote their own copy of it.
    pub async fn reply(
        &mut self,
        group: &GroupId,
        to: &MessageId,
        text: String,
    ) -> Result<StoredMessage> {
        self.catch_up().await?;
        let to = self.message_id(group, to)?;
        self.send_checked(group, Content::Reply { to, text }).await
    }

    /// Toggles a reaction: adds `emoji` to message `to`, or takes it back if this account
    /// already reacted with it.
    pub async fn react(
        &mut self,
        group: &GroupId,
        to: &MessageId,
        emoji: &str,
    ) -> Result<StoredMessage> {
        self.catch_up().await?;
        let content = self
            .view(group)
            .toggle_reaction(&self.me().username, to, emoji)?;
        self.send_checked(group, content).await
    }

    /// Edits one of this account's messages (every version stays in the history).
    pub async fn edit(
        &mut self,
        group: &GroupId,
        to: &MessageId,
        text: String,
    ) -> Result<StoredMessage> {
        self.catch_up().await?;
        let to = self.message_id(group, to)?;
        self.send_checked(group, Content::Edit { to, text }).await
    }

    /// Deletes one of this account's messages for everyone: every device removes its
    /// content, versions and reactions, and shows a tombstone.
    pub async fn delete(&mut self, group: &GroupId, to: &MessageId) -> Result<StoredMessage> {
        self.catch_up().await?;
        let to = self.message_id(group, to)?;
        self.send_checked(group, Content::Delete { to }).await
    }

    /// Forwards message `id` of conversation `from` to conversation `to`: its current text,
    /// without who wrote it or where.
    pub async fn forward(
        &mut self,
        from: &GroupId,
        id: &MessageId,
        to: &GroupId,
    ) -> Result<StoredMessage> {
        self.catch_up().await?;
        // A message that disappears where it is keeps its timer where it goes.
        let content = self
            .view(from)
            .forward(id, |seq| self.engine.timer_of(from, seq))?;
        self.send_checked(to, content).await
    }

    // ------------------------------------------------------------------------- calls

    /// The calls of a conversation, as its history has them at `now` (see [`CallLog`]).
    pub fn calls(&self, group: &GroupId, now: Timestamp) -> Result<CallLog> {
        Ok(CallLog::for_conversation(&self.engine, group, now)?)
    }

    /// Starts a call in a conversation: the invitation goes to its members (their devices
    /// ring) and this device is in the call. Refused while a call is running there (join it).
    pub async fn call_start(&mut self, group: &GroupId, media: Media) -> Result<CallId> {
        self.catch_up().await?;
        if self.engine.conversation(group).is_some()
            && let Some(open) = self.calls(group, now())?.open()
        {
            return Err(refused(
                "refused-call-running",
                vec![
                    ("call", text(open.id.short())),
                    ("caller", text(open.caller.to_string())),
                ],
            ));
        }
        let call_id = CallId(self.engine.fresh_message_id()?);
        self.send(group, call::content(CallSignal::Invite { call_id, media }))
            .await?;
        Ok(call_id)
    }

    /// Sends a call signal to a conversation (`Join`, `Leave`, `Decline`, …). The call log of
    /// every member judges it where it lands; see [`CallLog::ignored`].
    pub async fn call_signal(
        &mut self,
        group: &GroupId,
        signal: CallSignal,
    ) -> Result<StoredMessage> {
        self.send(group, call::content(signal)).await
    }

    /// Members added while a call runs never saw its invitation (MLS gives them no earlier
    /// messages): after a membership change, the device in the open call that sorts first
    /// sends the `Invite` again with the same call id. Members holding the call ignore it as a
    /// repeat; the new members' devices ring. Returns whether this device sent it.
    pub async fn call_reannounce(&mut self, group: &GroupId) -> Result<bool> {
        let log = self.calls(group, now())?;
        let Some(open) = log.open() else {
            return Ok(false);
        };
        let me = (self.me().username.clone(), self.me().device);
        if open.in_call.keys().next() != Some(&me) {
            return Ok(false);
        }
        let (call_id, media) = (open.id, open.media);
        self.send(group, call::content(CallSignal::Invite { call_id, media }))
            .await?;
        Ok(true)
    }

    /// A token admitting this device to the media of call `call_id` of `group` at the SFU,
    /// and its expiry. Only members of the group get one.
    pub async fn call_token(
        &self,
        group: &GroupId,
        call_id: CallId,
    ) -> Result<(Vec<u8>, Timestamp)> {
        let request = Request::CallToken {
            group: group.clone(),
            call_id: call_id.0,
        };
        match self.request(request).await? {
            Response::CallToken { token, expires_at } => Ok((token, expires_at)),
            other => Err(unexpected(other)),
        }
    }

    // ---------------------------------------------------------------------------- typing

    /// Tells the members of `group` whose devices are online that this account is typing
    /// there, or stopped ([`conclave_client_core::ephemeral::TypingSender`] says when). Best
    /// effort: the server relays it to open sessions and stores nothing.
    pub async fn send_signal(
        &mut self,
        group: &GroupId,
        signal: conclave_client_core::ephemeral::Signal,
    ) -> Result<()> {
        if self.conn.server_revision() < 2 {
            return Ok(()); // The server relays no signals (protocol revision 1).
        }
        let payload = self
            .engine
            .seal_ephemeral(group, signal, now(), &mut rand::rngs::OsRng)?;
        match self
            .request(Request::Ephemeral {
                group: group.clone(),
                payload,
            })
            .await?
        {
            Response::EphemeralRelayed => Ok(()),
            other => Err(unexpected(other)),
        }
    }

    /// The ephemeral signals pushed since the last call, opened and checked. One that does
    /// not open (another epoch, forged, stale, not for a conversation here) is dropped.
    pub fn take_signals(&mut self) -> Vec<conclave_client_core::ephemeral::Received> {
        let at = now();
        self.conn
            .take_ephemeral()
            .into_iter()
            .filter_map(|e| match self.engine.open_ephemeral(&e, at) {
                Ok(received) => Some(received),
                Err(error) => {
                    tracing::debug!(%error, sender = %e.sender, "ephemeral signal dropped");
                    None
                }
            })
            .collect()
    }

    // ---------------------------------------------------------------------------- attachments

    /// A grant admitting this device to the blob store's routes (uploads are charged to this
    /// account; downloads also need the blob's capability from its message).
    pub async fn blob_grant(&self) -> Result<BlobGrant> {
        match self.request(Request::BlobGrant).await? {
            Response::BlobGrant {
                grant,
                expires_at,
                blob_bytes_max,
                ttl_secs,
            } => Ok(BlobGrant {
                token: grant,
                expires_at,
                blob_bytes_max,
                ttl_secs,
            }),
            other => Err(unexpected(other)),
        }
    }

    /// How many devices will fetch a file sent to `group` now: every other member device
    /// (the server removes the blob once that many said they have it).
    pub fn file_recipients(&self, group: &GroupId) -> Result<u32> {
        let me = self.engine.me().device;
        let others = self
            .engine
            .members(group)?
            .iter()
            .filter(|d| d.device != me)
            .count();
        Ok(u32::try_from(others).unwrap_or(u32::MAX))
    }

    /// Sends a file already uploaded (its reference: key, capability, name, type, size) to
    /// `group`.
    pub async fn send_attachment(
        &mut self,
        group: &GroupId,
        attachment: &conclave_client_core::attachment::AttachmentRef,
    ) -> Result<StoredMessage> {
        let pointer = attachment
            .encode()
            .map_err(|e| ClientError::Protocol(e.to_string()))?;
        self.send(group, Content::Attachment { pointer }).await
    }

    // ----------------------------------------------------------------------- history transfer

    /// Seals `offer` (a history bundle already in the blob store) to `to`, another device of
    /// this account, and sends it to that device alone (see
    /// [`conclave_client_core::history`]).
    pub async fn send_history_offer(
        &mut self,
        to: DeviceId,
        offer: &conclave_client_core::history::HistoryOffer,
    ) -> Result<()> {
        let payload = self
            .engine
            .seal_history_offer(offer, to, &mut rand::rngs::OsRng)?;
        match self
            .request(Request::Send {
                recipients: vec![to],
                payload,
            })
            .await?
        {
            Response::Sent { .. } => Ok(()),
            other => Err(unexpected(other)),
        }
    }

    /// Imports the bundle fetched for the offer from `from`, and persists it.
    pub async fn import_history(
        &mut self,
        from: DeviceId,
        bundle: &[u8],
    ) -> Result<conclave_client_core::history::ImportSummary> {
        let summary = self.engine.import_history(from, bundle, now())?;
        self.persist().await?;
        Ok(summary)
    }

    /// Forgets the offer from `from` (it cannot be fetched or opened), and persists that.
    pub async fn drop_history_offer(&mut self, from: DeviceId) -> Result<()> {
        self.engine.drop_history_offer(from);
        self.persist().await
    }

    // ------------------------------------------------------------------------- safety numbers

    async fn key_set(&self, username: &Username) -> Result<[u8; 32]> {
        let keys = self
            .devices(username)
            .await?
            .into_iter()
            .map(|d| d.key.0)
            .collect();
        Ok(key_set_fingerprint(username, keys))
    }

    /// The safety number with `peer`, and whether their keys changed since they were verified
    /// (`Some(true)`: changed, `Some(false)`: verified and unchanged, `None`: never verified).
    pub async fn safety_number(&self, peer: &Username) -> Result<(String, Option<bool>)> {
        let mine = self.key_set(&self.me().username.clone()).await?;
        let theirs = self.key_set(peer).await?;
        let status = self.engine.verified(peer).map(|v| v != theirs);
        Ok((safety_number(mine, theirs), status))
    }

    /// Marks `peer`'s current keys as verified.
    pub async fn verify(&mut self, peer: &Username) -> Result<()> {
        let theirs = self.key_set(peer).await?;
        self.engine.set_verified(peer.clone(), theirs);
        self.persist().await
    }
}

/// The first 12 hex digits of a message id, for messages to people.
fn short_id(id: &MessageId) -> String {
    conclave_client_core::messages::hex(id)[..12].to_owned()
}
