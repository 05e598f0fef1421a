//! The MLS engine: one device's groups, history and keys, with no I/O.
//!
//! The async driver (`conclave-client`'s `Messenger`) asks the engine for bytes to send and
//! feeds it what the server delivered. All state lives in memory and is persisted through
//! [`Engine::take_changes`]: a list of key/value writes that the driver stores atomically
//! (encrypted) *before* acknowledging the deliveries that caused them. The same engine runs in
//! the browser with IndexedDB behind it.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use conclave_proto::{Delivery, DeviceId, GroupEvent, GroupId, PayloadKind, Timestamp, Username};
use openmls::prelude::{tls_codec::Deserialize as _, tls_codec::Serialize as _, *};
use openmls_basic_credential::SignatureKeyPair;
use openmls_memory_storage::MemoryStorage;
use openmls_rust_crypto::RustCrypto;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::history::{
    self, ConversationHistory, HistoryBundle, HistoryError, HistoryOffer, ImportNote,
    ImportSummary, PendingOffer,
};
use crate::{
    DeviceKey,
    envelope::{Content, ConversationMeta, Envelope, MessageId, TEXT_BYTES_MAX},
    messages::{self, RemovedKind},
};

/// X25519 + ChaCha20-Poly1305 + Ed25519: the device key is the MLS signature key.
pub const CIPHERSUITE: Ciphersuite =
    Ciphersuite::MLS_128_DHKEMX25519_CHACHA20POLY1305_SHA256_Ed25519;

/// Message ids remembered per conversation to drop duplicates.
const RECENT_IDS_MAX: usize = 1024;
/// Past epochs whose message secrets a group keeps. A committer merges its commit when the
/// server accepts it, while messages of the old epoch that the server ordered before the commit
/// may still be in its queue: it must still decrypt those (one epoch back is all it can be).
const PAST_EPOCHS_MAX: usize = 1;

pub struct Provider {
    crypto: RustCrypto,
    storage: MemoryStorage,
}

impl OpenMlsProvider for Provider {
    type CryptoProvider = RustCrypto;
    type RandProvider = RustCrypto;
    type StorageProvider = MemoryStorage;
    fn storage(&self) -> &MemoryStorage {
        &self.storage
    }
    fn crypto(&self) -> &RustCrypto {
        &self.crypto
    }
    fn rand(&self) -> &RustCrypto {
        &self.crypto
    }
}

/// Longest secret [`Engine::export_secret`] exports.
pub const EXPORT_BYTES_MAX: usize = 255;

/// A secret exported from a group's epoch; see [`Engine::export_secret`].
#[derive(Debug)]
pub struct ExportedSecret {
    pub epoch: u64,
    pub own_leaf: u32,
    pub secret: Zeroizing<Vec<u8>>,
}

/// Who a leaf is: the credential identity is `username/device-id`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MemberDevice {
    pub username: Username,
    pub device: DeviceId,
    pub key: [u8; 32],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    pub group: GroupId,
    pub meta: Option<ConversationMeta>,
    pub created_at: Timestamp,
    /// Highest group sequence number stored in history.
    pub last_seq: u64,
    recent_ids: VecDeque<MessageId>,
}

impl Conversation {
    /// The name to show: `#name` for groups, the other member for 1:1.
    pub fn display_name(&self, me: &Username) -> String {
        match &self.meta {
            Some(ConversationMeta::Group { name }) => format!("#{name}"),
            Some(ConversationMeta::Direct { members }) => members
                .iter()
                .find(|m| m.as_str() != me.as_str())
                .cloned()
                .unwrap_or_else(|| members[0].clone()),
            None => format!("group {}", &self.group.to_hex()[..12]),
        }
    }
}

/// One entry of a conversation's history, in server order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredMessage {
    pub group: GroupId,
    pub seq: u64,
    pub epoch: u64,
    pub sender: Username,
    pub sender_device: DeviceId,
    /// The server's acceptance time.
    pub at: Timestamp,
    pub body: HistoryBody,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum HistoryBody {
    Message {
        id: MessageId,
        sent_at: Timestamp,
        content: Content,
    },
    /// Members changed (an accepted commit).
    Membership {
        added: Vec<MemberDevice>,
        removed: Vec<MemberDevice>,
    },
    /// This device joined the conversation here.
    Joined,
    /// A message that could not be read (content from a newer client, or a bad envelope).
    Unreadable { reason: String },
    /// This device's queue was full when the conversation's event `seq` came: it missed it and
    /// what followed until it is added back (with a fresh Welcome) by a member's next commit.
    FellBehind,
    /// A message whose content this device removed from its store: deleted for everyone by
    /// its sender, or an edit of or reaction to such a message. Only what the folded view
    /// ([`crate::messages`]) needs to keep its place is left.
    Removed {
        id: MessageId,
        sent_at: Timestamp,
        /// The message an edit or reaction named.
        to: Option<MessageId>,
        kind: RemovedKind,
    },
}

/// The devices that were members when `ordered` (a history in server order) began: today's
/// members with its membership changes undone, newest first.
pub(crate) fn devices_at_start(
    ordered: &[&StoredMessage],
    members_now: &[MemberDevice],
) -> BTreeSet<(Username, DeviceId)> {
    let mut devices: BTreeSet<(Username, DeviceId)> = members_now
        .iter()
        .map(|m| (m.username.clone(), m.device))
        .collect();
    for m in ordered.iter().rev() {
        if let HistoryBody::Membership { added, removed } = &m.body {
            for d in added {
                devices.remove(&(d.username.clone(), d.device));
            }
            for d in removed {
                devices.insert((d.username.clone(), d.device));
            }
        }
    }
    devices
}

/// What happened, for the front end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Message(StoredMessage),
    Joined {
        group: GroupId,
    },
    Membership(StoredMessage),
    /// This device was removed from the group.
    Removed {
        group: GroupId,
    },
    /// This device fell behind in the group (its queue was full, so it missed the group's
    /// traffic): the caller asks the server to be added back (`Request::RejoinGroup`), and a
    /// member's next commit does so; `Joined` follows.
    FellBehind {
        group: GroupId,
    },
    /// Another device of this account offered its history of the conversations it added
    /// this device to (see [`crate::history`]): the front end fetches and imports it.
    HistoryOffered {
        from: DeviceId,
    },
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EngineError {
    #[error("unknown conversation {0:?}")]
    UnknownGroup(GroupId),
    #[error("malformed MLS message: {0}")]
    Malformed(String),
    #[error("cannot decrypt or verify: {0}")]
    Crypto(String),
    #[error("{0}")]
    Invalid(String),
    #[error("MLS failure: {0}")]
    Mls(String),
    #[error("stored state is corrupt: {0}")]
    Corrupt(String),
}

fn mls(e: impl std::fmt::Display) -> EngineError {
    EngineError::Mls(e.to_string())
}

/// A commit made locally and not yet accepted by the server.
#[derive(Debug, Clone)]
pub struct PreparedCommit {
    pub group: GroupId,
    pub epoch: u64,
    pub commit: Vec<u8>,
    pub welcome: Option<Vec<u8>>,
    pub added: Vec<DeviceId>,
    pub removed: Vec<DeviceId>,
}

/// An application message ready to post.
#[derive(Debug, Clone)]
pub struct PreparedMessage {
    pub group: GroupId,
    pub epoch: u64,
    pub bytes: Vec<u8>,
    pub envelope: Envelope,
}

pub struct Engine {
    provider: Provider,
    signer: SignatureKeyPair,
    me: MemberDevice,
    conversations: BTreeMap<GroupId, Conversation>,
    history: BTreeMap<(GroupId, u64), StoredMessage>,
    /// Highest queue seq processed: redeliveries at or below it are dropped.
    last_queue_seq: u64,
    /// Contacts' verified safety fingerprints.
    verified: BTreeMap<Username, [u8; 32]>,
    persisted_mls: HashMap<Vec<u8>, Vec<u8>>,
    /// App-state keys changed since the last `take_changes`.
    dirty_app: BTreeSet<Vec<u8>>,
    /// Conversations this device fell behind in (see [`Event::FellBehind`]), until a Welcome
    /// adds it back.
    behind: BTreeSet<GroupId>,
    /// Groups in use, so an operation does not deserialize the group from storage each time.
    /// openmls writes every change through to storage; a group whose operation failed is
    /// dropped from here and loaded again.
    groups: HashMap<GroupId, MlsGroup>,
    /// Message id → the lowest `seq` of the conversation's history holding it (in memory
    /// only, rebuilt at load): what edits, reactions and deletes name.
    ids: HashMap<(GroupId, MessageId), u64>,
    /// Message id → the accounts that sent a delete naming it (in memory, rebuilt at load).
    deletes: HashMap<(GroupId, MessageId), BTreeSet<Username>>,
    /// Disappearing-message timers set in each conversation: seq → seconds (0: off).
    timers: HashMap<GroupId, BTreeMap<u64, u64>>,
    /// When a message's content goes (disappearing messages), persisted.
    expiries: BTreeMap<(GroupId, u64), Timestamp>,
    /// This device's key: it seals and opens history offers (see [`crate::history`]).
    device_key: ed25519_dalek::SigningKey,
    /// History offers from other devices of this account, not imported yet, persisted.
    history_offers: BTreeMap<DeviceId, PendingOffer>,
    /// Where each conversation's imported history came from, persisted.
    history_notes: BTreeMap<GroupId, ImportNote>,
}

/// What a message id names, seen from a history entry.
enum Named {
    /// A message (text, reply, forward, or one removed), at this `seq`.
    Message(u64),
    /// Nothing earlier in this device's history.
    Unknown,
    /// Something that is not a message.
    Other,
}

/// Keys of the app part of the state.
mod keys {
    use super::*;
    pub const MLS: &[u8] = b"mls/";
    pub const CONV: &[u8] = b"conv/";
    pub const MSG: &[u8] = b"msg/";
    pub const VERIFIED: &[u8] = b"verified/";
    pub const QUEUE_SEQ: &[u8] = b"meta/queue_seq";
    /// Conversations this device fell behind in, waiting to be added back.
    pub const BEHIND: &[u8] = b"behind/";
    /// When a disappearing message's content goes: `exp/<group hex>/<seq>`.
    pub const EXPIRY: &[u8] = b"exp/";
    /// A history offer not imported yet: `hist/offer/<device>`.
    pub const OFFER: &[u8] = b"hist/offer/";
    /// Where a conversation's imported history came from: `hist/note/<group hex>`.
    pub const NOTE: &[u8] = b"hist/note/";

    pub fn offer(d: DeviceId) -> Vec<u8> {
        [OFFER, format!("{:020}", d.0).as_bytes()].concat()
    }

    pub fn note(g: &GroupId) -> Vec<u8> {
        [NOTE, g.to_hex().as_bytes()].concat()
    }

    pub fn expiry(g: &GroupId, seq: u64) -> Vec<u8> {
        [
            EXPIRY,
            g.to_hex().as_bytes(),
            b"/",
            format!("{seq:020}").as_bytes(),
        ]
        .concat()
    }

    pub fn behind(g: &GroupId) -> Vec<u8> {
        [BEHIND, g.to_hex().as_bytes()].concat()
    }

    pub fn conv(g: &GroupId) -> Vec<u8> {
        [CONV, g.to_hex().as_bytes()].concat()
    }
    pub fn msg(g: &GroupId, seq: u64) -> Vec<u8> {
        [
            MSG,
            g.to_hex().as_bytes(),
            b"/",
            format!("{seq:020}").as_bytes(),
        ]
        .concat()
    }
    /// The (group, seq) of a `msg/` key, without its prefix.
    pub fn parse_msg(rest: &[u8]) -> Option<(GroupId, u64)> {
        let slash = rest.iter().rposition(|b| *b == b'/')?;
        let (hex, seq) = (&rest[..slash], &rest[slash + 1..]);
        let seq: u64 = std::str::from_utf8(seq).ok()?.parse().ok()?;
        Some((group_from_hex(hex)?, seq))
    }

    /// A group id from its hex digits.
    pub fn group_from_hex(hex: &[u8]) -> Option<GroupId> {
        if !hex.len().is_multiple_of(2) {
            return None;
        }
        let bytes = hex
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
            .collect::<Option<Vec<u8>>>()?;
        GroupId::new(bytes)
    }
    pub fn verified(u: &Username) -> Vec<u8> {
        [VERIFIED, u.as_str().as_bytes()].concat()
    }
}

fn encode<T: Serialize>(v: &T) -> Vec<u8> {
    postcard::to_allocvec(v).unwrap_or_default()
}

fn decode<T: for<'de> Deserialize<'de>>(what: &str, bytes: &[u8]) -> Result<T, EngineError> {
    postcard::from_bytes(bytes).map_err(|e| EngineError::Corrupt(format!("{what}: {e}")))
}

pub fn identity_bytes(username: &Username, device: DeviceId) -> Vec<u8> {
    format!("{username}/{device}").into_bytes()
}

/// The member devices of a group, sorted.
fn members_of(group: &MlsGroup) -> Vec<MemberDevice> {
    let mut out: Vec<_> = group
        .members()
        .filter_map(|m| member_of(&m.credential, &m.signature_key))
        .collect();
    out.sort();
    out
}

fn member_of(credential: &Credential, signature_key: &[u8]) -> Option<MemberDevice> {
    let basic = BasicCredential::try_from(credential.clone()).ok()?;
    let text = std::str::from_utf8(basic.identity()).ok()?;
    let (name, device) = text.split_once('/')?;
    Some(MemberDevice {
        username: Username::parse(name).ok()?,
        device: DeviceId(device.parse().ok()?),
        key: signature_key.try_into().ok()?,
    })
}

impl Engine {
    /// A fresh engine for a newly registered device.
    pub fn new(username: Username, device: DeviceId, key: &DeviceKey) -> Self {
        Self::with_state(username, device, key, MemoryStorage::default())
    }

    fn with_state(
        username: Username,
        device: DeviceId,
        key: &DeviceKey,
        storage: MemoryStorage,
    ) -> Self {
        let public = key.public().0;
        let signer = SignatureKeyPair::from_raw(
            SignatureScheme::ED25519,
            key.secret_bytes().to_vec(),
            public.to_vec(),
        );
        Engine {
            provider: Provider {
                crypto: RustCrypto::default(),
                storage,
            },
            signer,
            me: MemberDevice {
                username,
                device,
                key: public,
            },
            conversations: BTreeMap::new(),
            history: BTreeMap::new(),
            behind: BTreeSet::new(),
            last_queue_seq: 0,
            verified: BTreeMap::new(),
            persisted_mls: HashMap::new(),
            dirty_app: BTreeSet::new(),
            groups: HashMap::new(),
            ids: HashMap::new(),
            deletes: HashMap::new(),
            timers: HashMap::new(),
            expiries: BTreeMap::new(),
            device_key: key.signing_key(),
            history_offers: BTreeMap::new(),
            history_notes: BTreeMap::new(),
        }
    }

    /// Restores an engine from persisted key/value pairs.
    pub fn load(
        username: Username,
        device: DeviceId,
        key: &DeviceKey,
        state: impl IntoIterator<Item = (Vec<u8>, Vec<u8>)>,
    ) -> Result<Self, EngineError> {
        let mut mls_values = HashMap::new();
        let mut engine = Self::with_state(username, device, key, MemoryStorage::default());
        for (k, v) in state {
            if let Some(rest) = k.strip_prefix(keys::MLS) {
                mls_values.insert(rest.to_vec(), v);
            } else if k.starts_with(keys::CONV) {
                let c: Conversation = decode("conversation", &v)?;
                engine.conversations.insert(c.group.clone(), c);
            } else if k.starts_with(keys::MSG) {
                let m: StoredMessage = decode("message", &v)?;
                engine.index(&m);
                engine.history.insert((m.group.clone(), m.seq), m);
            } else if k.starts_with(keys::VERIFIED) {
                let (u, fp): (Username, [u8; 32]) = decode("verified", &v)?;
                engine.verified.insert(u, fp);
            } else if k == keys::QUEUE_SEQ {
                engine.last_queue_seq = decode("queue seq", &v)?;
            } else if k.starts_with(keys::BEHIND) {
                let g: GroupId = decode("behind", &v)?;
                engine.behind.insert(g);
            } else if k.starts_with(keys::EXPIRY) {
                let (g, seq, at): (GroupId, u64, Timestamp) = decode("expiry", &v)?;
                engine.expiries.insert((g, seq), at);
            } else if k.starts_with(keys::OFFER) {
                let o: PendingOffer = decode("history offer", &v)?;
                engine.history_offers.insert(o.from.device, o);
            } else if let Some(rest) = k.strip_prefix(keys::NOTE) {
                let note: ImportNote = decode("history note", &v)?;
                if let Some(g) = keys::group_from_hex(rest) {
                    engine.history_notes.insert(g, note);
                }
            }
        }
        *engine
            .provider
            .storage
            .values
            .write()
            .map_err(|_| EngineError::Corrupt("lock".into()))? = mls_values.clone();
        engine.persisted_mls = mls_values;
        Ok(engine)
    }

    pub fn me(&self) -> &MemberDevice {
        &self.me
    }

    /// The writes needed to persist everything changed since the last call.
    pub fn take_changes(&mut self) -> Vec<(Vec<u8>, Option<Vec<u8>>)> {
        let mut changes = Vec::new();
        let current = self
            .provider
            .storage
            .values
            .read()
            .map(|v| v.clone())
            .unwrap_or_default();
        for (k, v) in &current {
            if self.persisted_mls.get(k) != Some(v) {
                changes.push(([keys::MLS, k].concat(), Some(v.clone())));
            }
        }
        for k in self.persisted_mls.keys() {
            if !current.contains_key(k) {
                changes.push(([keys::MLS, k].concat(), None));
            }
        }
        self.persisted_mls = current;
        for key in std::mem::take(&mut self.dirty_app) {
            let value = if let Some(rest) = key.strip_prefix(keys::CONV) {
                self.conversations
                    .values()
                    .find(|c| c.group.to_hex().as_bytes() == rest)
                    .map(encode)
            } else if let Some(rest) = key.strip_prefix(keys::MSG) {
                match keys::parse_msg(rest) {
                    Some(k) => self.history.get(&k).map(encode),
                    // Every key is `keys::msg`'s; were one not, look for it rather than
                    // delete what it names.
                    None => self
                        .history
                        .values()
                        .find(|m| keys::msg(&m.group, m.seq) == key)
                        .map(encode),
                }
            } else if let Some(rest) = key.strip_prefix(keys::VERIFIED) {
                self.verified
                    .iter()
                    .find(|(u, _)| u.as_str().as_bytes() == rest)
                    .map(|(u, fp)| encode(&(u, fp)))
            } else if key == keys::QUEUE_SEQ {
                Some(encode(&self.last_queue_seq))
            } else if let Some(rest) = key.strip_prefix(keys::EXPIRY) {
                keys::parse_msg(rest).and_then(|(g, seq)| {
                    self.expiries
                        .get(&(g.clone(), seq))
                        .map(|at| encode(&(g, seq, *at)))
                })
            } else if let Some(rest) = key.strip_prefix(keys::BEHIND) {
                self.behind
                    .iter()
                    .find(|g| g.to_hex().as_bytes() == rest)
                    .map(encode)
            } else if let Some(rest) = key.strip_prefix(keys::OFFER) {
                std::str::from_utf8(rest)
                    .ok()
                    .and_then(|d| d.parse().ok())
                    .and_then(|d| self.history_offers.get(&DeviceId(d)))
                    .map(encode)
            } else if let Some(rest) = key.strip_prefix(keys::NOTE) {
                keys::group_from_hex(rest)
                    .and_then(|g| self.history_notes.get(&g))
                    .map(encode)
            } else {
                None
            };
            changes.push((key, value));
        }
        changes
    }

    fn touch(&mut self, key: Vec<u8>) {
        self.dirty_app.insert(key);
    }

    // ---------------------------------------------------------------- key packages

    fn credential(&self) -> CredentialWithKey {
        CredentialWithKey {
            credential: BasicCredential::new(identity_bytes(&self.me.username, self.me.device))
                .into(),
            signature_key: self.me.key.to_vec().into(),
        }
    }

    /// Fresh one-time key packages (private halves stay in this engine's storage).
    pub fn key_packages(&mut self, count: usize) -> Result<Vec<Vec<u8>>, EngineError> {
        (0..count).map(|_| self.key_package(false)).collect()
    }

    /// A last-resort key package, handed out when the one-time stock is empty.
    pub fn last_resort_key_package(&mut self) -> Result<Vec<u8>, EngineError> {
        self.key_package(true)
    }

    fn key_package(&mut self, last_resort: bool) -> Result<Vec<u8>, EngineError> {
        let mut builder = KeyPackage::builder();
        if last_resort {
            // The leaf must list the extension among its capabilities, or openmls refuses to
            // add a member with this package ("extension not supported in the leaf's
            // capabilities"): without it a last-resort package could never be used.
            builder = builder.mark_as_last_resort().leaf_node_capabilities(
                Capabilities::builder()
                    .extensions(vec![ExtensionType::LastResort])
                    .build(),
            );
        }
        let bundle = builder
            .build(CIPHERSUITE, &self.provider, &self.signer, self.credential())
            .map_err(mls)?;
        bundle.key_package().tls_serialize_detached().map_err(mls)
    }

    // ---------------------------------------------------------------- groups

    fn load_group(&self, id: &GroupId) -> Result<MlsGroup, EngineError> {
        MlsGroup::load(
            self.provider.storage(),
            &openmls::group::GroupId::from_slice(id.as_bytes()),
        )
        .map_err(mls)?
        .ok_or_else(|| EngineError::UnknownGroup(id.clone()))
    }

    /// The group for a mutating operation; give it back with [`Engine::put_group`] on success.
    fn take_group(&mut self, id: &GroupId) -> Result<MlsGroup, EngineError> {
        match self.groups.remove(id) {
            Some(g) => Ok(g),
            None => self.load_group(id),
        }
    }

    fn put_group(&mut self, id: &GroupId, group: MlsGroup) {
        self.groups.insert(id.clone(), group);
    }

    fn with_group<T>(
        &self,
        id: &GroupId,
        f: impl FnOnce(&MlsGroup) -> T,
    ) -> Result<T, EngineError> {
        match self.groups.get(id) {
            Some(g) => Ok(f(g)),
            None => Ok(f(&self.load_group(id)?)),
        }
    }

    fn join_config() -> MlsGroupJoinConfig {
        MlsGroupJoinConfig::builder()
            .use_ratchet_tree_extension(true)
            .max_past_epochs(PAST_EPOCHS_MAX)
            .build()
    }

    /// Creates a new group with only this device; returns its id. Register it at the server
    /// (`CreateGroup`) before committing to it.
    pub fn create_group(
        &mut self,
        meta: ConversationMeta,
        now: Timestamp,
    ) -> Result<GroupId, EngineError> {
        let random: [u8; 32] = self.provider.rand().random_array().map_err(mls)?;
        let id =
            GroupId::new(random.to_vec()).ok_or_else(|| EngineError::Invalid("group id".into()))?;
        let config = MlsGroupCreateConfig::builder()
            .ciphersuite(CIPHERSUITE)
            .use_ratchet_tree_extension(true)
            .max_past_epochs(PAST_EPOCHS_MAX)
            .build();
        MlsGroup::new_with_group_id(
            &self.provider,
            &self.signer,
            &config,
            openmls::group::GroupId::from_slice(id.as_bytes()),
            self.credential(),
        )
        .map_err(mls)?;
        self.conversations.insert(
            id.clone(),
            Conversation {
                group: id.clone(),
                meta: Some(meta),
                created_at: now,
                last_seq: 0,
                recent_ids: VecDeque::new(),
            },
        );
        self.touch(keys::conv(&id));
        Ok(id)
    }

    /// Forgets a group that the server refused to register.
    pub fn discard_group(&mut self, id: &GroupId) {
        if let Ok(mut g) = self.take_group(id) {
            let _ = g.delete(self.provider.storage());
        }
        self.conversations.remove(id);
        self.touch(keys::conv(id));
    }

    pub fn conversations(&self) -> impl Iterator<Item = &Conversation> {
        self.conversations.values()
    }

    pub fn conversation(&self, id: &GroupId) -> Option<&Conversation> {
        self.conversations.get(id)
    }

    /// The member devices of a group, from its MLS tree.
    pub fn members(&self, id: &GroupId) -> Result<Vec<MemberDevice>, EngineError> {
        self.with_group(id, members_of)
    }

    pub fn epoch(&self, id: &GroupId) -> Result<u64, EngineError> {
        self.with_group(id, |g| g.epoch().as_u64())
    }

    /// `MLS-Exporter(label, context, length)` of the group's current epoch (RFC 9420 §8.5),
    /// with that epoch and this device's leaf index: what call media keys are made from
    /// (`conclave-call`'s `exporter_input` gives the label and context). Every member device
    /// at the epoch exports the same secret; nobody outside the group (the server, the SFU)
    /// can. At most 255 bytes.
    pub fn export_secret(
        &self,
        id: &GroupId,
        label: &str,
        context: &[u8],
        length: usize,
    ) -> Result<ExportedSecret, EngineError> {
        if length == 0 || length > EXPORT_BYTES_MAX {
            return Err(EngineError::Invalid(format!(
                "an exported secret has 1 to {EXPORT_BYTES_MAX} bytes, not {length}"
            )));
        }
        let crypto = self.provider.crypto();
        self.with_group(id, |g| {
            let secret = g
                .export_secret(crypto, label, context, length)
                .map_err(mls)?;
            Ok(ExportedSecret {
                epoch: g.epoch().as_u64(),
                own_leaf: g.own_leaf_index().u32(),
                secret: Zeroizing::new(secret),
            })
        })?
    }

    /// The member devices of a group with their MLS leaf indexes (the sender field of a call
    /// frame's key id), in leaf order.
    pub fn member_leaves(&self, id: &GroupId) -> Result<Vec<(u32, MemberDevice)>, EngineError> {
        self.with_group(id, |g| {
            g.members()
                .filter_map(|m| {
                    member_of(&m.credential, &m.signature_key).map(|d| (m.index.u32(), d))
                })
                .collect()
        })
    }

    /// The epoch's key for ephemeral signals ([`crate::ephemeral`]).
    fn ephemeral_key(&self, id: &GroupId) -> Result<(ExportedSecret, [u8; 32]), EngineError> {
        let exported = self.export_secret(id, crate::ephemeral::EXPORTER_LABEL, &[], 32)?;
        let key: [u8; 32] = exported.secret.as_slice().try_into().map_err(|_| {
            EngineError::Invalid("the exporter gave a key of the wrong size".into())
        })?;
        Ok((exported, key))
    }

    /// Seals an ephemeral signal (typing) from this device for the members of `id` at its
    /// current epoch, for `Request::Ephemeral`.
    pub fn seal_ephemeral(
        &self,
        id: &GroupId,
        signal: crate::ephemeral::Signal,
        now: Timestamp,
        rng: &mut (impl rand::CryptoRng + rand::RngCore),
    ) -> Result<Vec<u8>, EngineError> {
        let (exported, key) = self.ephemeral_key(id)?;
        crate::ephemeral::seal(
            &key,
            exported.epoch,
            id,
            self.me.device,
            exported.own_leaf,
            &self.device_key,
            signal,
            now,
            rng,
        )
        .map_err(|e| EngineError::Invalid(e.to_string()))
    }

    /// Opens an ephemeral signal the server relayed, checked against this device's current
    /// epoch of its group (see [`crate::ephemeral::open`]).
    pub fn open_ephemeral(
        &self,
        e: &conclave_proto::Ephemeral,
        now: Timestamp,
    ) -> Result<crate::ephemeral::Received, crate::ephemeral::EphemeralError> {
        use crate::ephemeral::EphemeralError;
        let engine = |e: EngineError| EphemeralError::Engine(e.to_string());
        if !self.conversations.contains_key(&e.group) {
            return Err(EphemeralError::Engine(
                "not a conversation of this device".into(),
            ));
        }
        // `open` refuses a signal of another epoch than the one the key is for.
        let (exported, key) = self.ephemeral_key(&e.group).map_err(engine)?;
        let leaves = self.member_leaves(&e.group).map_err(engine)?;
        crate::ephemeral::open(
            &e.payload,
            &e.group,
            e.sender,
            exported.epoch,
            &key,
            &leaves,
            now,
        )
    }

    /// Equal on every member exactly when they share the epoch's secrets (no fork).
    pub fn epoch_authenticator(&self, id: &GroupId) -> Result<Vec<u8>, EngineError> {
        self.with_group(id, |g| g.epoch_authenticator().as_slice().to_vec())
    }

    /// Builds a commit adding devices (with key packages claimed from the server) and removing
    /// devices. The group keeps it pending until [`Engine::commit_accepted`] or
    /// [`Engine::commit_rejected`].
    pub fn prepare_commit(
        &mut self,
        id: &GroupId,
        add: Vec<(DeviceId, Vec<u8>)>,
        remove: &[DeviceId],
    ) -> Result<PreparedCommit, EngineError> {
        let mut group = self.take_group(id)?;
        let mut key_packages = Vec::with_capacity(add.len());
        let mut added = Vec::with_capacity(add.len());
        for (device, bytes) in add {
            let kp = KeyPackageIn::tls_deserialize_exact(&bytes)
                .map_err(|e| {
                    EngineError::Malformed(format!("key package of device {device}: {e}"))
                })?
                .validate(self.provider.crypto(), ProtocolVersion::Mls10)
                .map_err(|e| EngineError::Crypto(format!("key package of device {device}: {e}")))?;
            let who = member_of(
                kp.leaf_node().credential(),
                kp.leaf_node().signature_key().as_slice(),
            )
            .ok_or_else(|| {
                EngineError::Invalid(format!(
                    "key package of device {device} has a foreign credential"
                ))
            })?;
            if who.device != device {
                return Err(EngineError::Invalid(format!(
                    "key package claimed for device {device} belongs to {}",
                    who.device
                )));
            }
            key_packages.push(kp);
            added.push(device);
        }
        let mut leaves = Vec::new();
        let mut removed = Vec::new();
        for m in group.members() {
            if let Some(who) = member_of(&m.credential, &m.signature_key)
                && remove.contains(&who.device)
            {
                leaves.push(m.index);
                removed.push(who.device);
            }
        }
        if key_packages.is_empty() && leaves.is_empty() {
            return Err(EngineError::Invalid("nothing to commit".into()));
        }
        let epoch = group.epoch().as_u64();
        let bundle = group
            .commit_builder()
            .propose_adds(key_packages)
            .propose_removals(leaves)
            .load_psks(self.provider.storage())
            .map_err(mls)?
            .build(
                self.provider.rand(),
                self.provider.crypto(),
                &self.signer,
                |_| true,
            )
            .map_err(mls)?
            .stage_commit(&self.provider)
            .map_err(mls)?;
        let welcome = bundle
            .to_welcome_msg()
            .map(|w| w.to_bytes())
            .transpose()
            .map_err(mls)?;
        let (commit, _, _) = bundle.into_contents();
        let commit = commit.to_bytes().map_err(mls)?;
        self.put_group(id, group);
        Ok(PreparedCommit {
            group: id.clone(),
            epoch,
            commit,
            welcome,
            added,
            removed,
        })
    }

    /// Builds an empty commit that refreshes this device's leaf and path secrets (post-compromise
    /// security). Pending like [`Engine::prepare_commit`] until [`Engine::commit_accepted`] or
    /// [`Engine::commit_rejected`].
    pub fn prepare_self_update(&mut self, id: &GroupId) -> Result<PreparedCommit, EngineError> {
        let mut group = self.take_group(id)?;
        let epoch = group.epoch().as_u64();
        let bundle = group
            .commit_builder()
            .force_self_update(true)
            .load_psks(self.provider.storage())
            .map_err(mls)?
            .build(
                self.provider.rand(),
                self.provider.crypto(),
                &self.signer,
                |_| true,
            )
            .map_err(mls)?
            .stage_commit(&self.provider)
            .map_err(mls)?;
        let (commit, _, _) = bundle.into_contents();
        let commit = commit.to_bytes().map_err(mls)?;
        self.put_group(id, group);
        Ok(PreparedCommit {
            group: id.clone(),
            epoch,
            commit,
            welcome: None,
            added: vec![],
            removed: vec![],
        })
    }

    /// The server accepted our pending commit as group sequence `seq`: apply it.
    pub fn commit_accepted(
        &mut self,
        id: &GroupId,
        seq: u64,
        at: Timestamp,
    ) -> Result<StoredMessage, EngineError> {
        let mut group = self.take_group(id)?;
        let before = members_of(&group);
        group.merge_pending_commit(&self.provider).map_err(mls)?;
        let after = members_of(&group);
        let epoch = group.epoch().as_u64();
        self.put_group(id, group);
        let entry = self.membership_entry(id, seq, epoch, self.me.clone(), at, &before, &after);
        Ok(self.store_history(entry))
    }

    /// The server refused our pending commit (another commit won the epoch): drop it.
    pub fn commit_rejected(&mut self, id: &GroupId) -> Result<(), EngineError> {
        let mut group = self.take_group(id)?;
        group
            .clear_pending_commit(self.provider.storage())
            .map_err(mls)?;
        self.put_group(id, group);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn membership_entry(
        &self,
        id: &GroupId,
        seq: u64,
        epoch: u64,
        by: MemberDevice,
        at: Timestamp,
        before: &[MemberDevice],
        after: &[MemberDevice],
    ) -> StoredMessage {
        let added = after
            .iter()
            .filter(|m| !before.contains(m))
            .cloned()
            .collect();
        let removed = before
            .iter()
            .filter(|m| !after.contains(m))
            .cloned()
            .collect();
        StoredMessage {
            group: id.clone(),
            seq,
            epoch,
            sender: by.username,
            sender_device: by.device,
            at,
            body: HistoryBody::Membership { added, removed },
        }
    }

    /// Records the message id of a history entry in the id index.
    fn index(&mut self, m: &StoredMessage) {
        if let HistoryBody::Message {
            content: Content::Timer { secs },
            ..
        } = &m.body
        {
            self.timers
                .entry(m.group.clone())
                .or_default()
                .insert(m.seq, *secs);
        }
        if let HistoryBody::Message {
            content: Content::Delete { to },
            ..
        } = &m.body
        {
            self.deletes
                .entry((m.group.clone(), *to))
                .or_default()
                .insert(m.sender.clone());
        }
        let id = match &m.body {
            HistoryBody::Message { id, .. } | HistoryBody::Removed { id, .. } => *id,
            _ => return,
        };
        let seq = self.ids.entry((m.group.clone(), id)).or_insert(m.seq);
        *seq = (*seq).min(m.seq);
    }

    /// What `to` names from an entry at `before` (a message's `seq`): only
    /// earlier entries count, and an edit stands for the message it edits (the rules of
    /// [`crate::messages`]; the strictly decreasing `seq` ends every chain).
    fn named(&self, group: &GroupId, to: &MessageId, before: u64) -> Named {
        let (mut to, mut before) = (*to, before);
        loop {
            let Some(seq) = self.ids.get(&(group.clone(), to)).copied() else {
                return Named::Unknown;
            };
            if seq >= before {
                return Named::Unknown;
            }
            let Some(entry) = self.history.get(&(group.clone(), seq)) else {
                return Named::Unknown;
            };
            match &entry.body {
                HistoryBody::Message { content, .. } if messages::is_message(content) => {
                    return Named::Message(seq);
                }
                HistoryBody::Removed {
                    kind: RemovedKind::Message | RemovedKind::Expired,
                    ..
                } => return Named::Message(seq),
                HistoryBody::Message {
                    content: Content::Edit { to: next, .. },
                    ..
                }
                | HistoryBody::Removed {
                    kind: RemovedKind::Edit,
                    to: Some(next),
                    ..
                } => {
                    (to, before) = (*next, seq);
                }
                HistoryBody::Removed {
                    kind: RemovedKind::Edit,
                    to: None,
                    ..
                } => return Named::Unknown,
                _ => return Named::Other,
            }
        }
    }

    /// Whether an edit or reaction from `sender` naming `to` at `seq` goes with a delete: of
    /// a message this device removed, or of one it never had, by its sender (edits) or
    /// anybody (reactions).
    fn goes_with_a_delete(
        &self,
        group: &GroupId,
        sender: &Username,
        to: &MessageId,
        seq: u64,
        edit: bool,
    ) -> bool {
        match self.named(group, to, seq) {
            Named::Message(root) => self.is_removed(group, root),
            Named::Unknown => self.deletes.get(&(group.clone(), *to)).is_some_and(|by| {
                if edit {
                    by.contains(sender)
                } else {
                    !by.is_empty()
                }
            }),
            Named::Other => false,
        }
    }

    fn is_removed(&self, group: &GroupId, seq: u64) -> bool {
        matches!(
            self.history.get(&(group.clone(), seq)).map(|m| &m.body),
            Some(HistoryBody::Removed { .. })
        )
    }

    /// A delete for everyone by the message's sender: its content, its edits' and the
    /// reactions to it leave the store (each entry rewritten as [`HistoryBody::Removed`]).
    fn apply_delete(&mut self, m: &StoredMessage, to: &MessageId) {
        let group = m.group.clone();
        let root = match self.named(&group, to, m.seq) {
            Named::Message(root) => root,
            Named::Unknown => return self.apply_unknown_delete(m, to),
            Named::Other => return,
        };
        let Some(target) = self.history.get(&(group.clone(), root)) else {
            return;
        };
        if target.sender != m.sender {
            return; // Refused in the view; nothing changes.
        }
        self.redact(&group, root, RemovedKind::Message);
    }

    /// Rewrites the message at `root`, its edits and the reactions to it as removed.
    fn redact(&mut self, group: &GroupId, root: u64, root_kind: RemovedKind) {
        let group = group.clone();
        let mut named: BTreeSet<MessageId> = BTreeSet::new();
        let mut rewrite = Vec::new();
        for ((_, seq), entry) in self
            .history
            .range((group.clone(), root)..=(group.clone(), u64::MAX))
        {
            let removed = match &entry.body {
                HistoryBody::Message { id, sent_at, .. } if *seq == root => {
                    named.insert(*id);
                    Some((*id, *sent_at, None, root_kind))
                }
                HistoryBody::Removed {
                    id,
                    kind: RemovedKind::Message | RemovedKind::Expired,
                    ..
                } if *seq == root => {
                    named.insert(*id);
                    None
                }
                HistoryBody::Message {
                    id,
                    sent_at,
                    content: Content::Edit { to, .. },
                } if named.contains(to) => {
                    named.insert(*id);
                    Some((*id, *sent_at, Some(*to), RemovedKind::Edit))
                }
                HistoryBody::Removed {
                    id,
                    kind: RemovedKind::Edit,
                    to: Some(to),
                    ..
                } if named.contains(to) => {
                    named.insert(*id);
                    None
                }
                HistoryBody::Message {
                    id,
                    sent_at,
                    content: Content::Reaction { to, .. },
                } if named.contains(to) => Some((*id, *sent_at, Some(*to), RemovedKind::Reaction)),
                _ => None,
            };
            if let Some(r) = removed {
                rewrite.push((*seq, r));
            }
        }
        for (seq, (id, sent_at, to, kind)) in rewrite {
            if let Some(entry) = self.history.get_mut(&(group.clone(), seq)) {
                entry.body = HistoryBody::Removed {
                    id,
                    sent_at,
                    to,
                    kind,
                };
                self.dirty_app.insert(keys::msg(&group, seq));
            }
        }
    }

    /// A delete of a message this device never had (it came before this device joined):
    /// the edits of it by the delete's sender and the reactions to it go.
    fn apply_unknown_delete(&mut self, m: &StoredMessage, to: &MessageId) {
        let group = m.group.clone();
        let mut rewrite = Vec::new();
        for ((_, seq), entry) in self
            .history
            .range((group.clone(), 0)..=(group.clone(), u64::MAX))
        {
            let HistoryBody::Message {
                id,
                sent_at,
                content: content @ (Content::Edit { to: t, .. } | Content::Reaction { to: t, .. }),
            } = &entry.body
            else {
                continue;
            };
            let edit = matches!(content, Content::Edit { .. });
            if t == to
                && (!edit || entry.sender == m.sender)
                && matches!(self.named(&group, t, *seq), Named::Unknown)
            {
                let kind = if edit {
                    RemovedKind::Edit
                } else {
                    RemovedKind::Reaction
                };
                rewrite.push((*seq, *id, *sent_at, kind));
            }
        }
        for (seq, id, sent_at, kind) in rewrite {
            if let Some(entry) = self.history.get_mut(&(group.clone(), seq)) {
                entry.body = HistoryBody::Removed {
                    id,
                    sent_at,
                    to: Some(*to),
                    kind,
                };
                self.dirty_app.insert(keys::msg(&group, seq));
            }
        }
    }

    fn store_history(&mut self, mut m: StoredMessage) -> StoredMessage {
        self.index(&m);
        // An edit of or reaction to a message already deleted is removed on arrival.
        if let HistoryBody::Message {
            id,
            sent_at,
            content: content @ (Content::Edit { to, .. } | Content::Reaction { to, .. }),
        } = &m.body
            && self.goes_with_a_delete(
                &m.group,
                &m.sender,
                to,
                m.seq,
                matches!(content, Content::Edit { .. }),
            )
        {
            let kind = if matches!(content, Content::Edit { .. }) {
                RemovedKind::Edit
            } else {
                RemovedKind::Reaction
            };
            m.body = HistoryBody::Removed {
                id: *id,
                sent_at: *sent_at,
                to: Some(*to),
                kind,
            };
        }
        if let Some(c) = self.conversations.get_mut(&m.group) {
            c.last_seq = c.last_seq.max(m.seq);
            if let HistoryBody::Message {
                id,
                content: Content::GroupMeta { meta },
                ..
            } = &m.body
            {
                c.meta = Some(meta.clone());
                c.recent_ids.push_back(*id);
            } else if let HistoryBody::Message { id, .. } = &m.body {
                c.recent_ids.push_back(*id);
            }
            while c.recent_ids.len() > RECENT_IDS_MAX {
                c.recent_ids.pop_front();
            }
            let key = keys::conv(&m.group);
            self.touch(key);
        }
        self.touch(keys::msg(&m.group, m.seq));
        self.history.insert((m.group.clone(), m.seq), m.clone());
        if let HistoryBody::Message {
            content: Content::Delete { to },
            ..
        } = &m.body
        {
            self.apply_delete(&m, to);
        }
        // Disappearing messages: the sender's account counts from when it was sent.
        if let HistoryBody::Message {
            sent_at, content, ..
        } = &m.body
            && messages::is_message(content)
            && m.sender == self.me.username
        {
            let secs = self.message_timer(&m.group, m.seq, content);
            self.start_expiry(&m.group, m.seq, *sent_at, secs);
        }
        m
    }

    /// The disappearing-message timer in force at `seq` (0: off).
    pub fn timer_at(&self, group: &GroupId, seq: u64) -> u64 {
        self.timers
            .get(group)
            .and_then(|t| t.range(..seq).next_back())
            .map(|(_, secs)| *secs)
            .unwrap_or(0)
    }

    /// The timer after which message `content` at `seq` of `group` disappears (0: never):
    /// the conversation's timer at its place, or the one a forward carries from where it came
    /// when that is shorter or the conversation has none.
    pub fn message_timer(&self, group: &GroupId, seq: u64, content: &Content) -> u64 {
        let here = self.timer_at(group, seq);
        match content {
            Content::ForwardDisappearing { secs, .. } if *secs > 0 => {
                if here == 0 {
                    *secs
                } else {
                    here.min(*secs)
                }
            }
            _ => here,
        }
    }

    /// [`Engine::message_timer`] of the message stored at `seq` of `group` (0 when there is
    /// none there).
    pub fn timer_of(&self, group: &GroupId, seq: u64) -> u64 {
        match self.history.get(&(group.clone(), seq)).map(|m| &m.body) {
            Some(HistoryBody::Message { content, .. }) => self.message_timer(group, seq, content),
            _ => self.timer_at(group, seq),
        }
    }

    /// How long the server may keep the queue entries of `content` sent to `group` now: the
    /// disappearing-messages timer in force, for what disappears (messages, and the edits of
    /// and reactions to them, which would otherwise outlive what they refer to); `None` for
    /// everything else (timers, names, ledger, calls, receipts, deletes stay durable) and
    /// while no timer is on.
    pub fn queue_ttl_for(&self, group: &GroupId, content: &Content) -> Option<u64> {
        let disappears = messages::is_message(content)
            || matches!(content, Content::Edit { .. } | Content::Reaction { .. });
        let secs = self.message_timer(group, u64::MAX, content);
        (disappears && secs > 0).then_some(secs)
    }

    fn start_expiry(&mut self, group: &GroupId, seq: u64, from: Timestamp, secs: u64) {
        let key = (group.clone(), seq);
        if secs == 0 || self.expiries.contains_key(&key) {
            return;
        }
        let ms = i64::try_from(secs.saturating_mul(1000)).unwrap_or(i64::MAX);
        self.expiries
            .insert(key, Timestamp(from.0.saturating_add(ms)));
        self.touch(keys::expiry(group, seq));
    }

    /// The person read conversation `group` at `now`: the timers of its disappearing
    /// messages from others start (the sender's own started when they were sent).
    pub fn mark_read(&mut self, group: &GroupId, now: Timestamp) {
        let started: Vec<(u64, u64)> = self
            .history
            .range((group.clone(), 0)..=(group.clone(), u64::MAX))
            .filter_map(|((_, seq), m)| match &m.body {
                HistoryBody::Message { content, .. } if messages::is_message(content) => {
                    Some((*seq, self.message_timer(group, *seq, content)))
                }
                _ => None,
            })
            .filter(|(_, secs)| *secs > 0)
            .collect();
        for (seq, secs) in started {
            self.start_expiry(group, seq, now, secs);
        }
    }

    /// Removes the content of every disappearing message whose time ran out by `now` (its
    /// edits and the reactions to it too; quotes of it then find nothing). Returns how many.
    pub fn expire(&mut self, now: Timestamp) -> usize {
        let due: Vec<(GroupId, u64)> = self
            .expiries
            .iter()
            .filter(|(_, at)| **at <= now)
            .map(|(k, _)| k.clone())
            .collect();
        for (group, seq) in &due {
            self.redact(group, *seq, RemovedKind::Expired);
            self.expiries.remove(&(group.clone(), *seq));
            self.touch(keys::expiry(group, *seq));
        }
        due.len()
    }

    /// When the content of message `seq` goes, if it disappears.
    pub fn expiry(&self, group: &GroupId, seq: u64) -> Option<Timestamp> {
        self.expiries.get(&(group.clone(), seq)).copied()
    }

    // ---------------------------------------------------------------- messages

    /// Encrypts an envelope for the group's current epoch.
    pub fn prepare_message(
        &mut self,
        id: &GroupId,
        message_id: MessageId,
        content: Content,
        now: Timestamp,
    ) -> Result<PreparedMessage, EngineError> {
        if self.behind.contains(id) {
            return Err(EngineError::Invalid(
                "this device fell behind in this conversation (its queue at the server was \
                 full) and waits to be added back; that happens at a member's next message"
                    .into(),
            ));
        }
        if let Content::Text { text }
        | Content::Reply { text, .. }
        | Content::Edit { text, .. }
        | Content::Forward { text }
        | Content::ForwardDisappearing { text, .. } = &content
            && text.len() > TEXT_BYTES_MAX
        {
            return Err(EngineError::Invalid(format!(
                "message is {} bytes; the limit is {TEXT_BYTES_MAX}",
                text.len()
            )));
        }
        if let Content::Call { signal } = &content {
            signal
                .check()
                .map_err(|e| EngineError::Invalid(e.to_string()))?;
        }
        let mut group = self.take_group(id)?;
        let envelope = Envelope {
            id: message_id,
            sent_at: now,
            content,
        };
        let out = group
            .create_message(&self.provider, &self.signer, &envelope.encode())
            .map_err(mls)?;
        let epoch = group.epoch().as_u64();
        self.put_group(id, group);
        Ok(PreparedMessage {
            group: id.clone(),
            epoch,
            bytes: out.to_bytes().map_err(mls)?,
            envelope,
        })
    }

    /// A fresh random message id (keep it across retries of the same message).
    pub fn fresh_message_id(&self) -> Result<MessageId, EngineError> {
        self.provider.rand().random_array().map_err(mls)
    }

    /// Highest queue sequence number processed.
    pub fn last_queue_seq(&self) -> u64 {
        self.last_queue_seq
    }

    /// True while a commit of ours awaits the server's answer.
    pub fn has_pending_commit(&self, id: &GroupId) -> bool {
        self.with_group(id, |g| g.pending_commit().is_some())
            .unwrap_or(false)
    }

    /// Merges a pending commit found after a restart that the server had accepted.
    pub fn recover_pending_commit(
        &mut self,
        id: &GroupId,
        accepted: bool,
    ) -> Result<(), EngineError> {
        let mut group = self.take_group(id)?;
        if accepted {
            group.merge_pending_commit(&self.provider).map_err(mls)?;
        } else {
            group
                .clear_pending_commit(self.provider.storage())
                .map_err(mls)?;
        }
        self.put_group(id, group);
        Ok(())
    }

    /// Forgets a conversation this device left.
    pub fn forget_group(&mut self, id: &GroupId) {
        self.discard_group(id);
    }

    /// The server accepted our message as group sequence `seq`: record it in history.
    pub fn message_posted(
        &mut self,
        m: &PreparedMessage,
        seq: u64,
        at: Timestamp,
    ) -> StoredMessage {
        self.store_history(StoredMessage {
            group: m.group.clone(),
            seq,
            epoch: m.epoch,
            sender: self.me.username.clone(),
            sender_device: self.me.device,
            at,
            body: HistoryBody::Message {
                id: m.envelope.id,
                sent_at: m.envelope.sent_at,
                content: m.envelope.content.clone(),
            },
        })
    }

    /// History of a conversation in server order.
    /// Every conversation's history, without copying (for folds over all of it, such as
    /// [`crate::profile::DisplayNames`]).
    pub fn all_history(&self) -> impl Iterator<Item = &StoredMessage> {
        self.history.values()
    }

    pub fn history(&self, id: &GroupId) -> Vec<StoredMessage> {
        self.history
            .range((id.clone(), 0)..=(id.clone(), u64::MAX))
            .map(|(_, m)| m.clone())
            .collect()
    }

    // ---------------------------------------------------------------- deliveries

    /// True if this delivery was already processed (a redelivery after reconnect).
    pub fn already_processed(&self, d: &Delivery) -> bool {
        d.seq.0 <= self.last_queue_seq
    }

    /// Processes one delivery from this device's queue. Deliveries must come in queue order;
    /// redeliveries are ignored. On `Err`, the delivery is unusable (malformed, tampered, not for
    /// us): the caller reports it and acknowledges it; nothing else changed.
    pub fn process(&mut self, d: &Delivery) -> Result<Vec<Event>, EngineError> {
        if self.already_processed(d) {
            return Ok(Vec::new());
        }
        self.last_queue_seq = d.seq.0;
        self.touch(keys::QUEUE_SEQ.to_vec());
        if d.kind == PayloadKind::Opaque {
            return self.process_opaque(d);
        }
        if d.kind != PayloadKind::Group {
            return Ok(Vec::new());
        }
        let event =
            GroupEvent::decode(&d.payload).map_err(|e| EngineError::Malformed(e.to_string()))?;
        match event {
            GroupEvent::Welcome { group, welcome, .. } => {
                self.process_welcome(&group, &welcome, d.sent_at)
            }
            GroupEvent::Commit {
                group, seq, commit, ..
            } => self.process_commit(&group, seq, &commit, d.sent_at),
            GroupEvent::Message {
                group,
                seq,
                message,
                ..
            } => self.process_message(&group, seq, &message, d.sent_at),
            GroupEvent::Behind { group, seq } => Ok(self.fell_behind(&group, seq, d.sent_at)),
        }
    }

    /// The delivery service skipped this device in `id` (its queue was full): the MLS state
    /// cannot follow any more, so the conversation waits for a Welcome that adds it back.
    fn fell_behind(&mut self, id: &GroupId, seq: u64, at: Timestamp) -> Vec<Event> {
        if !self.behind.insert(id.clone()) {
            return Vec::new();
        }
        self.touch(keys::behind(id));
        if self.conversations.contains_key(id) {
            let epoch = self.epoch(id).unwrap_or(0);
            let entry = StoredMessage {
                group: id.clone(),
                seq,
                epoch,
                sender: self.me.username.clone(),
                sender_device: self.me.device,
                at,
                body: HistoryBody::FellBehind,
            };
            self.store_history(entry);
        }
        vec![Event::FellBehind { group: id.clone() }]
    }

    /// Conversations this device fell behind in and waits to be added back to.
    pub fn behind_groups(&self) -> impl Iterator<Item = &GroupId> {
        self.behind.iter()
    }

    pub fn is_behind(&self, id: &GroupId) -> bool {
        self.behind.contains(id)
    }

    /// The server no longer counts this device a member of `id` (it was removed while behind):
    /// nothing to wait for. The conversation and its history stay, as after a removal.
    pub fn stop_waiting(&mut self, id: &GroupId) {
        if self.behind.remove(id) {
            self.touch(keys::behind(id));
            self.discard_group(id);
        }
    }

    fn process_welcome(
        &mut self,
        id: &GroupId,
        bytes: &[u8],
        at: Timestamp,
    ) -> Result<Vec<Event>, EngineError> {
        let message = MlsMessageIn::tls_deserialize_exact(bytes)
            .map_err(|e| EngineError::Malformed(e.to_string()))?;
        let MlsMessageBodyIn::Welcome(welcome) = message.extract() else {
            return Err(EngineError::Malformed("expected a Welcome".into()));
        };
        let rejoining = self.behind.contains(id);
        if self.conversations.contains_key(id) && !rejoining {
            return Err(EngineError::Invalid(
                "a Welcome to a conversation this device is in".into(),
            ));
        }
        // Added back after a removal: the old group state is dead; its history stays.
        if let Ok(mut old) = self.take_group(id) {
            old.delete(self.provider.storage()).map_err(mls)?;
        }
        let group =
            StagedWelcome::new_from_welcome(&self.provider, &Self::join_config(), welcome, None)
                .map_err(|e| EngineError::Crypto(e.to_string()))?
                .into_group(&self.provider)
                .map_err(|e| EngineError::Crypto(e.to_string()))?;
        if group.group_id().as_slice() != id.as_bytes() {
            return Err(EngineError::Invalid(
                "the Welcome is for another group than announced".into(),
            ));
        }
        self.put_group(id, group);
        if rejoining {
            // Back after falling behind: the conversation (name, history) stays as it was.
            self.behind.remove(id);
            self.touch(keys::behind(id));
        }
        if !self.conversations.contains_key(id) {
            self.conversations.insert(
                id.clone(),
                Conversation {
                    group: id.clone(),
                    meta: None,
                    created_at: at,
                    last_seq: 0,
                    recent_ids: VecDeque::new(),
                },
            );
            self.touch(keys::conv(id));
        }
        Ok(vec![Event::Joined { group: id.clone() }])
    }

    fn process_commit(
        &mut self,
        id: &GroupId,
        seq: u64,
        bytes: &[u8],
        at: Timestamp,
    ) -> Result<Vec<Event>, EngineError> {
        let mut group = self.take_group(id)?;
        let protocol = MlsMessageIn::tls_deserialize_exact(bytes)
            .map_err(|e| EngineError::Malformed(e.to_string()))?
            .try_into_protocol_message()
            .map_err(|e| EngineError::Malformed(e.to_string()))?;
        let processed = group
            .process_message(&self.provider, protocol)
            .map_err(|e| EngineError::Crypto(e.to_string()))?;
        let by = member_of(processed.credential(), &[0; 32]).map(|m| (m.username, m.device));
        let ProcessedMessageContent::StagedCommitMessage(staged) = processed.into_content() else {
            return Err(EngineError::Invalid("expected a commit".into()));
        };
        let before = members_of(&group);
        let self_removed = staged.self_removed();
        group
            .merge_staged_commit(&self.provider, *staged)
            .map_err(mls)?;
        if self_removed {
            // The group state is dead: drop it, so nothing (a commit, a message) can be built
            // on a tree without our leaf (openmls panics preparing a commit on one).
            group.delete(self.provider.storage()).map_err(mls)?;
            self.conversations.remove(id);
            self.touch(keys::conv(id));
            return Ok(vec![Event::Removed { group: id.clone() }]);
        }
        let after = members_of(&group);
        let epoch = group.epoch().as_u64();
        self.put_group(id, group);
        let (name, device) =
            by.ok_or_else(|| EngineError::Invalid("commit from an unknown credential".into()))?;
        let sender = before
            .iter()
            .find(|m| m.username == name && m.device == device)
            .cloned()
            .ok_or_else(|| EngineError::Invalid("commit from a non-member".into()))?;
        let entry = self.membership_entry(id, seq, epoch, sender, at, &before, &after);
        Ok(vec![Event::Membership(self.store_history(entry))])
    }

    fn process_message(
        &mut self,
        id: &GroupId,
        seq: u64,
        bytes: &[u8],
        at: Timestamp,
    ) -> Result<Vec<Event>, EngineError> {
        let mut group = self.take_group(id)?;
        let protocol = MlsMessageIn::tls_deserialize_exact(bytes)
            .map_err(|e| EngineError::Malformed(e.to_string()))?
            .try_into_protocol_message()
            .map_err(|e| EngineError::Malformed(e.to_string()))?;
        let epoch = protocol.epoch().as_u64();
        let processed = group
            .process_message(&self.provider, protocol)
            .map_err(|e| EngineError::Crypto(e.to_string()))?;
        if !matches!(processed.sender(), Sender::Member(_)) {
            return Err(EngineError::Invalid(
                "application message from a non-member".into(),
            ));
        }
        // The sender's verified credential in the message's epoch. Not the current tree's
        // leaf: a message of the past epoch may come from a device the current epoch removed,
        // and its leaf may now hold another device.
        let member = member_of(processed.credential(), &[0; 32]);
        self.put_group(id, group);
        let sender = member
            .ok_or_else(|| EngineError::Invalid("sender has no Conclave credential".into()))?;
        let ProcessedMessageContent::ApplicationMessage(app) = processed.into_content() else {
            // Proposals are not used by Conclave clients; ignore them.
            return Ok(Vec::new());
        };
        let body = match Envelope::decode(&app.into_bytes()) {
            Ok(env) => {
                let duplicate = self
                    .conversations
                    .get(id)
                    .is_some_and(|c| c.recent_ids.contains(&env.id));
                if duplicate {
                    return Ok(Vec::new());
                }
                HistoryBody::Message {
                    id: env.id,
                    sent_at: env.sent_at,
                    content: env.content,
                }
            }
            Err(e) => HistoryBody::Unreadable {
                reason: e.to_string(),
            },
        };
        let m = StoredMessage {
            group: id.clone(),
            seq,
            epoch,
            sender: sender.username,
            sender_device: sender.device,
            at,
            body,
        };
        Ok(vec![Event::Message(self.store_history(m))])
    }

    // ---------------------------------------------------------------- safety numbers

    /// Marks `username`'s current key set (`fingerprint`, from [`safety_number`]) as verified.
    pub fn set_verified(&mut self, username: Username, fingerprint: [u8; 32]) {
        let key = keys::verified(&username);
        self.verified.insert(username, fingerprint);
        self.touch(key);
    }

    pub fn verified(&self, username: &Username) -> Option<[u8; 32]> {
        self.verified.get(username).copied()
    }
}

// -------------------------------------------------------------------- history transfer
// (see `crate::history`)
impl Engine {
    /// What this device holds of the conversations its account's `device` was added to: in
    /// each, the entries up to and including the latest commit that added it. Messages under
    /// a disappearing-message timer stay out (the timer announcements go); so do this
    /// device's own notes (joined here, fell behind, unreadable).
    pub fn export_history(&self, device: DeviceId, now: Timestamp) -> HistoryBundle {
        let mut conversations = Vec::new();
        for c in self.conversations.values() {
            let g = &c.group;
            let all = || self.history.range((g.clone(), 0)..=(g.clone(), u64::MAX));
            let Some(before) = all().rev().find_map(|(_, m)| match &m.body {
                HistoryBody::Membership { added, .. }
                    if added
                        .iter()
                        .any(|d| d.username == self.me.username && d.device == device) =>
                {
                    Some(m.seq)
                }
                _ => None,
            }) else {
                continue;
            };
            let entries: Vec<StoredMessage> = self
                .history
                .range((g.clone(), 0)..=(g.clone(), before))
                .map(|(_, m)| m)
                .filter(|m| self.transferable(m))
                .cloned()
                .collect();
            // Added when the conversation began: nothing came before.
            if entries.iter().all(|m| m.seq == before) {
                continue;
            }
            conversations.push(ConversationHistory {
                group: g.clone(),
                meta: c.meta.clone(),
                before,
                entries,
            });
        }
        HistoryBundle {
            made_at: now,
            conversations,
        }
    }

    fn transferable(&self, m: &StoredMessage) -> bool {
        match &m.body {
            HistoryBody::Message { content, .. } => {
                matches!(content, Content::Timer { .. } | Content::GroupMeta { .. })
                    || self.message_timer(&m.group, m.seq, content) == 0
            }
            HistoryBody::Membership { .. } | HistoryBody::Removed { .. } => true,
            HistoryBody::Joined | HistoryBody::FellBehind | HistoryBody::Unreadable { .. } => false,
        }
    }

    /// Another device of this account, as the MLS tree of a conversation shows it.
    pub fn own_device(&self, device: DeviceId) -> Option<MemberDevice> {
        if device == self.me.device {
            return None;
        }
        self.conversations.keys().find_map(|g| {
            self.members(g)
                .ok()?
                .into_iter()
                .find(|m| m.username == self.me.username && m.device == device)
        })
    }

    /// Seals `offer` to `device`, another device of this account (its key from the MLS
    /// tree of a conversation both are in), for an opaque payload to it alone.
    pub fn seal_history_offer(
        &self,
        offer: &HistoryOffer,
        device: DeviceId,
        rng: &mut (impl rand::CryptoRng + rand::RngCore),
    ) -> Result<Vec<u8>, EngineError> {
        let to = self.own_device(device).ok_or_else(|| {
            EngineError::Invalid(format!(
                "device {device} is in no conversation of this device"
            ))
        })?;
        history::seal_offer(offer, &self.device_key, &self.me, &to, rng)
            .map_err(|e| EngineError::Invalid(e.to_string()))
    }

    /// An opaque payload: a history offer from another device of this account is opened and
    /// kept; anything else is not for the engine.
    fn process_opaque(&mut self, d: &Delivery) -> Result<Vec<Event>, EngineError> {
        if !history::is_offer(&d.payload) {
            return Ok(Vec::new());
        }
        let from = self.own_device(d.sender).ok_or_else(|| {
            EngineError::Invalid(format!(
                "a history offer from device {}, which is not a device of this account in any conversation here",
                d.sender
            ))
        })?;
        let offer = history::open_offer(&d.payload, &self.device_key, &self.me, &from)
            .map_err(|e| EngineError::Invalid(e.to_string()))?;
        self.history_offers.insert(
            from.device,
            PendingOffer {
                from: from.clone(),
                offer,
                received_at: d.sent_at,
            },
        );
        self.touch(keys::offer(from.device));
        Ok(vec![Event::HistoryOffered { from: from.device }])
    }

    /// History offers received and not imported (or dropped) yet.
    pub fn history_offers(&self) -> impl Iterator<Item = &PendingOffer> {
        self.history_offers.values()
    }

    /// Forgets the offer from `from` (imported, or it cannot be fetched any more).
    pub fn drop_history_offer(&mut self, from: DeviceId) {
        if self.history_offers.remove(&from).is_some() {
            self.touch(keys::offer(from));
        }
    }

    /// Where the imported part of a conversation's history came from, if it has one.
    pub fn history_note(&self, group: &GroupId) -> Option<&ImportNote> {
        self.history_notes.get(group)
    }

    /// Imports a bundle (the decrypted blob of the offer from `from`): in each conversation
    /// this device is in, the entries before its own history of it that it does not hold,
    /// each checked as if it had arrived (a message's content must decode as the envelope
    /// it came in); deletes this device received since then apply to what they name. The
    /// offer is dropped once imported.
    pub fn import_history(
        &mut self,
        from: DeviceId,
        bytes: &[u8],
        now: Timestamp,
    ) -> Result<ImportSummary, HistoryError> {
        let offer = self
            .history_offers
            .get(&from)
            .ok_or_else(|| HistoryError::NotOwnDevice(format!("no offer from device {from}")))?;
        let made_at = offer.offer.made_at;
        let bundle = HistoryBundle::decode(bytes)?;
        let mut summary = ImportSummary::default();
        for c in bundle.conversations {
            let g = c.group.clone();
            if !self.conversations.contains_key(&g) {
                summary.skipped += c.entries.len();
                continue;
            }
            // This device's own history of the conversation begins after what an earlier
            // import brought; nothing goes at or after its beginning.
            let imported_to = self.history_notes.get(&g).map_or(0, |n| n.before);
            let own_from = self
                .history
                .range((g.clone(), imported_to.saturating_add(1))..=(g.clone(), u64::MAX))
                .next()
                .map_or(u64::MAX, |((_, seq), _)| *seq);
            let mut taken = 0u64;
            let mut last = 0;
            for m in c.entries {
                let key = (g.clone(), m.seq);
                if m.seq >= own_from || self.history.contains_key(&key) || !importable(&m) {
                    summary.skipped += 1;
                    continue;
                }
                let seq = m.seq;
                last = last.max(seq);
                self.index(&m);
                self.history.insert(key, m);
                self.touch(keys::msg(&g, seq));
                taken += 1;
            }
            if taken == 0 {
                continue;
            }
            // Deletes that came after, naming what arrived only now.
            let deletes: Vec<(StoredMessage, MessageId)> = self
                .history
                .range((g.clone(), last.saturating_add(1))..=(g.clone(), u64::MAX))
                .filter_map(|(_, m)| match &m.body {
                    HistoryBody::Message {
                        content: Content::Delete { to },
                        ..
                    } => Some((m.clone(), *to)),
                    _ => None,
                })
                .collect();
            for (m, to) in deletes {
                self.apply_delete(&m, &to);
            }
            if let Some(conv) = self.conversations.get_mut(&g) {
                if conv.meta.is_none() {
                    conv.meta = c.meta;
                }
                conv.last_seq = conv.last_seq.max(last);
                self.dirty_app.insert(keys::conv(&g));
            }
            let note = self.history_notes.entry(g.clone()).or_insert(ImportNote {
                from,
                before: 0,
                entries: 0,
                made_at,
                imported_at: now,
            });
            note.before = note.before.max(last);
            note.entries += taken;
            note.from = from;
            note.imported_at = now;
            self.touch(keys::note(&g));
            summary.conversations += 1;
            summary.entries += usize::try_from(taken).unwrap_or(usize::MAX);
        }
        self.drop_history_offer(from);
        Ok(summary)
    }
}

/// Whether an imported entry is one a device could have stored on arrival: a message whose
/// content is a valid envelope's (unknown kinds never decode), a membership change or a
/// removed message's place.
fn importable(m: &StoredMessage) -> bool {
    match &m.body {
        HistoryBody::Message {
            id,
            sent_at,
            content,
        } => {
            let envelope = Envelope {
                id: *id,
                sent_at: *sent_at,
                content: content.clone(),
            };
            Envelope::decode(&envelope.encode()).is_ok_and(|e| e == envelope)
                && !matches!(content, Content::Text { text } | Content::Reply { text, .. } | Content::Edit { text, .. } if text.len() > TEXT_BYTES_MAX)
        }
        HistoryBody::Membership { .. } | HistoryBody::Removed { .. } => true,
        HistoryBody::Joined | HistoryBody::FellBehind | HistoryBody::Unreadable { .. } => false,
    }
}

/// A fingerprint over an account's device keys (sorted): changes when a device is added or
/// removed, or a key changes.
pub fn key_set_fingerprint(username: &Username, mut keys: Vec<[u8; 32]>) -> [u8; 32] {
    use sha2::Digest as _;
    keys.sort();
    let mut h = sha2::Sha256::new();
    h.update(b"conclave key set v1\0");
    h.update(username.as_str().as_bytes());
    h.update([0]);
    for k in keys {
        h.update(k);
    }
    h.finalize().into()
}

/// The safety number two accounts compare: 60 digits from both key-set fingerprints, the same
/// on both sides (order-independent).
pub fn safety_number(a: [u8; 32], b: [u8; 32]) -> String {
    use sha2::Digest as _;
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    let digest = sha2::Sha512::new()
        .chain_update(b"conclave safety number v1\0")
        .chain_update(lo)
        .chain_update(hi)
        .finalize();
    let mut out = String::new();
    for chunk in digest.chunks(5).take(12) {
        let n = chunk.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b)) % 100_000;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{n:05}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use conclave_proto::{PayloadId, QueueSeq};
    use rand::SeedableRng;

    #[test]
    fn message_keys_parse_back() {
        let g = GroupId::new(vec![0xab, 0x01, 0xff]).unwrap();
        let key = keys::msg(&g, 42);
        assert_eq!(
            keys::parse_msg(key.strip_prefix(keys::MSG).unwrap()),
            Some((g, 42))
        );
        for bad in [&b"abc/1"[..], b"zz/1", b"ab/x", b"ab", b"/1"] {
            assert_eq!(keys::parse_msg(bad), None, "{bad:?}");
        }
    }

    fn engine(name: &str, device: u64) -> Engine {
        let key = DeviceKey::generate(&mut rand::rngs::StdRng::seed_from_u64(device));
        Engine::new(Username::parse(name).unwrap(), DeviceId(device), &key)
    }

    fn delivery(seq: u64, event: GroupEvent) -> Delivery {
        Delivery {
            seq: QueueSeq(seq),
            payload_id: PayloadId(seq),
            sender: DeviceId(0),
            sent_at: Timestamp(seq as i64),
            kind: PayloadKind::Group,
            payload: event.encode(),
        }
    }

    fn text(events: &[Event]) -> Vec<String> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Message(StoredMessage {
                    body: HistoryBody::Message { content, .. },
                    ..
                }) => Some(content.summary()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_last_resort_key_package_adds_its_device_to_several_groups() {
        let mut alice = engine("alice", 1);
        let mut bob = engine("bob", 2);
        let last_resort = bob.last_resort_key_package().unwrap();
        for (n, name) in ["one", "two"].into_iter().enumerate() {
            let g = alice
                .create_group(ConversationMeta::Group { name: name.into() }, Timestamp(0))
                .unwrap();
            let c = alice
                .prepare_commit(&g, vec![(DeviceId(2), last_resort.clone())], &[])
                .unwrap();
            alice.commit_accepted(&g, 1, Timestamp(1)).unwrap();
            let ev = bob
                .process(&delivery(
                    n as u64 + 1,
                    GroupEvent::Welcome {
                        group: g.clone(),
                        epoch: 1,
                        welcome: c.welcome.unwrap(),
                    },
                ))
                .unwrap();
            assert_eq!(ev, vec![Event::Joined { group: g.clone() }], "group {name}");
            assert_eq!(
                alice.epoch_authenticator(&g).unwrap(),
                bob.epoch_authenticator(&g).unwrap()
            );
        }
    }

    #[test]
    fn two_devices_talk_and_persist() {
        let mut alice = engine("alice", 1);
        let mut bob = engine("bob", 2);
        let kp = bob.key_packages(1).unwrap().remove(0);
        let g = alice
            .create_group(
                ConversationMeta::Group {
                    name: "team".into(),
                },
                Timestamp(0),
            )
            .unwrap();
        let c = alice
            .prepare_commit(&g, vec![(DeviceId(2), kp)], &[])
            .unwrap();
        assert_eq!(c.epoch, 0);
        alice.commit_accepted(&g, 1, Timestamp(1)).unwrap();
        let ev = bob
            .process(&delivery(
                1,
                GroupEvent::Welcome {
                    group: g.clone(),
                    epoch: 1,
                    welcome: c.welcome.unwrap(),
                },
            ))
            .unwrap();
        assert_eq!(ev, vec![Event::Joined { group: g.clone() }]);
        assert_eq!(
            alice.epoch_authenticator(&g).unwrap(),
            bob.epoch_authenticator(&g).unwrap()
        );

        let m = alice
            .prepare_message(
                &g,
                [7; 16],
                Content::Text {
                    text: "hello bob".into(),
                },
                Timestamp(2),
            )
            .unwrap();
        alice.message_posted(&m, 2, Timestamp(2));
        let ev = bob
            .process(&delivery(
                2,
                GroupEvent::Message {
                    group: g.clone(),
                    epoch: 1,
                    seq: 2,
                    message: m.bytes.clone(),
                },
            ))
            .unwrap();
        assert_eq!(text(&ev), vec!["hello bob"]);
        // A redelivery is dropped.
        let again = bob.process(&delivery(
            2,
            GroupEvent::Message {
                group: g.clone(),
                epoch: 1,
                seq: 2,
                message: m.bytes,
            },
        ));
        assert!(again.unwrap().is_empty());

        // Bob's state survives a reload from its persisted changes.
        let changes = bob.take_changes();
        let state: Vec<_> = changes
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect();
        let key = DeviceKey::generate(&mut rand::rngs::StdRng::seed_from_u64(2));
        let mut disk: std::collections::BTreeMap<Vec<u8>, Vec<u8>> =
            state.iter().cloned().collect();
        let mut bob2 =
            Engine::load(Username::parse("bob").unwrap(), DeviceId(2), &key, state).unwrap();
        assert_eq!(bob2.history(&g).len(), 1);
        let reply = bob2
            .prepare_message(
                &g,
                [8; 16],
                Content::Text {
                    text: "hi alice".into(),
                },
                Timestamp(3),
            )
            .unwrap();
        let ev = alice
            .process(&delivery(
                1,
                GroupEvent::Message {
                    group: g.clone(),
                    epoch: 1,
                    seq: 3,
                    message: reply.bytes,
                },
            ))
            .unwrap();
        assert_eq!(text(&ev), vec!["hi alice"]);

        // Tampered ciphertext is refused and changes nothing.
        let mut m2 = alice
            .prepare_message(
                &g,
                [7; 16],
                Content::Text { text: "x".into() },
                Timestamp(4),
            )
            .unwrap()
            .bytes;
        let last = m2.len() - 3;
        m2[last] ^= 1;
        assert!(
            bob2.process(&delivery(
                3,
                GroupEvent::Message {
                    group: g.clone(),
                    epoch: 1,
                    seq: 4,
                    message: m2
                }
            ))
            .is_err()
        );

        // Removal: bob learns he is out.
        let c = alice.prepare_commit(&g, vec![], &[DeviceId(2)]).unwrap();
        alice.commit_accepted(&g, 5, Timestamp(5)).unwrap();
        let ev = bob2
            .process(&delivery(
                4,
                GroupEvent::Commit {
                    group: g.clone(),
                    epoch: 2,
                    seq: 5,
                    commit: c.commit,
                    added: vec![],
                    removed: vec![DeviceId(2)],
                },
            ))
            .unwrap();
        assert_eq!(ev, vec![Event::Removed { group: g.clone() }]);
        // Regression (chaos seed 1101): a removed device that goes on to change the group
        // gets an error, not a panic inside openmls, here and after a reload.
        assert!(matches!(
            bob2.members(&g),
            Err(EngineError::UnknownGroup(_))
        ));
        let kp = engine("carol", 3).key_packages(1).unwrap().remove(0);
        assert!(matches!(
            bob2.prepare_commit(&g, vec![(DeviceId(3), kp)], &[]),
            Err(EngineError::UnknownGroup(_))
        ));
        for (k, v) in bob2.take_changes() {
            match v {
                Some(v) => disk.insert(k, v),
                None => disk.remove(&k),
            };
        }
        let bob3 = Engine::load(Username::parse("bob").unwrap(), DeviceId(2), &key, disk).unwrap();
        assert!(matches!(bob3.epoch(&g), Err(EngineError::UnknownGroup(_))));
    }

    /// Regression (chaos seed 1101): bob's message of epoch 1, ordered by the server before
    /// alice's commit (which removes him), reaches alice after she merged the commit (epoch
    /// 2): she decrypts it, from bob.
    #[test]
    fn a_committer_decrypts_messages_ordered_before_its_commit() {
        let mut alice = engine("alice", 1);
        let mut bob = engine("bob", 2);
        let carol = engine("carol", 3);
        let meta = ConversationMeta::Group {
            name: "team".into(),
        };
        let g = alice.create_group(meta, Timestamp(0)).unwrap();
        let kp = bob.key_packages(1).unwrap().remove(0);
        let c = alice
            .prepare_commit(&g, vec![(DeviceId(2), kp)], &[])
            .unwrap();
        alice.commit_accepted(&g, 1, Timestamp(1)).unwrap();
        let welcome = GroupEvent::Welcome {
            group: g.clone(),
            epoch: 1,
            welcome: c.welcome.unwrap(),
        };
        bob.process(&delivery(1, welcome)).unwrap();
        let text_of = |t: &str| Content::Text { text: t.into() };
        let m = bob
            .prepare_message(&g, [1; 16], text_of("before the commit"), Timestamp(2))
            .unwrap();
        let mut carol = carol;
        let kp = carol.key_packages(1).unwrap().remove(0);
        alice
            .prepare_commit(&g, vec![(DeviceId(3), kp)], &[DeviceId(2)])
            .unwrap();
        // The commit adds carol and removes bob, the sender.
        let _ = &mut carol;
        alice.commit_accepted(&g, 3, Timestamp(3)).unwrap();
        assert_eq!(alice.epoch(&g).unwrap(), 2);
        let message = GroupEvent::Message {
            group: g.clone(),
            epoch: 1,
            seq: 2,
            message: m.bytes,
        };
        let ev = alice.process(&delivery(1, message)).unwrap();
        assert_eq!(text(&ev), vec!["before the commit"]);
        assert!(
            matches!(&ev[0], Event::Message(m) if m.sender_device == DeviceId(2)),
            "{ev:?}"
        );
    }

    #[test]
    fn safety_numbers_are_symmetric() {
        let a = key_set_fingerprint(&Username::parse("alice").unwrap(), vec![[1; 32]]);
        let b = key_set_fingerprint(&Username::parse("bob").unwrap(), vec![[2; 32], [3; 32]]);
        assert_eq!(safety_number(a, b), safety_number(b, a));
        assert_eq!(safety_number(a, b).len(), 12 * 5 + 11);
    }
}
