//! Ephemeral signals between the member devices of a conversation: typing indicators.
//!
//! They are not MLS application messages. Every application message moves its sender's
//! ratchet on, and a device offline while someone typed for an hour would come back thousands
//! of generations behind (openmls gives up past its forward distance), so a signal that is
//! never stored could cost real messages. Instead a signal is sealed under a key every member
//! derives from the group's current epoch with the MLS exporter ([`EXPORTER_LABEL`]), signed
//! with the sender's MLS signature key (its device key), and sent with `Request::Ephemeral`:
//! the server relays it to the member devices that have a session open and stores nothing.
//!
//! Sealed form (version 1): `CEP1` ‖ epoch (u64 BE) ‖ a 24-byte random nonce ‖
//! XChaCha20-Poly1305(key, nonce, signature (64) ‖ postcard(body), aad = `CEP1` ‖ epoch ‖
//! group ‖ sender device) where body is the sender's leaf, its send time and the [`Signal`],
//! and the Ed25519 signature covers [`SIGNATURE_DOMAIN`] ‖ epoch ‖ group ‖ sender device ‖
//! body. The receiver ([`open`]) takes a signal only at its own current epoch, from the leaf
//! it names when that leaf is the device the server says sent it, and only within
//! [`SIGNAL_AGE_MS_MAX`] of its own clock: the server can drop a signal, delay it a little or
//! repeat it for a few seconds, and can neither read nor forge one; a member can only speak
//! for itself.

use std::collections::BTreeMap;

use chacha20poly1305::{KeyInit as _, XChaCha20Poly1305, aead::Aead as _, aead::Payload};
use conclave_proto::{DeviceId, GroupId, Timestamp, Username, limits::EPHEMERAL_BYTES_MAX};
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::engine::MemberDevice;

/// What opens a sealed signal: "Conclave ephemeral", version 1.
pub const MAGIC: &[u8; 4] = b"CEP1";
/// The MLS exporter label of the epoch's signal key (32 bytes, empty context).
pub const EXPORTER_LABEL: &str = "conclave ephemeral signal key v1";
const SIGNATURE_DOMAIN: &[u8] = b"conclave ephemeral signal v1\0";
const HEADER_BYTES: usize = 4 + 8;
const NONCE_BYTES: usize = 24;
const TAG_BYTES: usize = 16;
const SIGNATURE_BYTES: usize = 64;

/// A signal whose send time is further than this from the receiver's clock is dropped.
pub const SIGNAL_AGE_MS_MAX: i64 = 30_000;
/// How long "typing" stays shown without a fresh signal.
pub const TYPING_SHOWN_MS: i64 = 6_000;
/// How often a device repeats "typing" while its member goes on typing.
pub const TYPING_REPEAT_MS: i64 = 3_000;

/// What one member device tells the others right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Signal {
    /// Its member is typing in the conversation (`true`), or stopped (sent, or cleared the
    /// compose line).
    Typing { typing: bool },
}

#[derive(Serialize, Deserialize)]
struct Body {
    leaf: u32,
    sent_at: i64,
    signal: Signal,
}

/// A signal opened and checked: who sent it, when, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub group: GroupId,
    pub from: MemberDevice,
    pub sent_at: Timestamp,
    pub signal: Signal,
}

/// Why a signal was dropped. A receiver drops signals quietly: none of these is worth showing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EphemeralError {
    #[error("an ephemeral signal is 1 to {EPHEMERAL_BYTES_MAX} bytes, not {0}")]
    Size(usize),
    #[error("not an ephemeral signal of this version")]
    NotASignal,
    #[error("made in epoch {theirs}; this device is in epoch {ours}")]
    OtherEpoch { theirs: u64, ours: u64 },
    #[error("it does not open under the epoch's key")]
    Sealed,
    #[error("its body is malformed: {0}")]
    Malformed(String),
    #[error("it names leaf {0}, which is not a member device")]
    UnknownLeaf(u32),
    #[error("it names device {named}, but came from device {sender}")]
    SenderMismatch { named: DeviceId, sender: DeviceId },
    #[error("its signature does not verify")]
    Signature,
    #[error("it was sent {0} ms away from this device's clock")]
    Stale(i64),
    #[error("{0}")]
    Engine(String),
}

fn transcript(epoch: u64, group: &GroupId, sender: DeviceId, body: &[u8]) -> Vec<u8> {
    let g = group.as_bytes();
    let mut t = Vec::with_capacity(SIGNATURE_DOMAIN.len() + 8 + 1 + g.len() + 8 + body.len());
    t.extend_from_slice(SIGNATURE_DOMAIN);
    t.extend_from_slice(&epoch.to_be_bytes());
    t.push(g.len() as u8); // GroupId is at most 64 bytes.
    t.extend_from_slice(g);
    t.extend_from_slice(&sender.0.to_be_bytes());
    t.extend_from_slice(body);
    t
}

fn aad(header: &[u8], group: &GroupId, sender: DeviceId) -> Vec<u8> {
    let g = group.as_bytes();
    [header, &[g.len() as u8], g, &sender.0.to_be_bytes()].concat()
}

/// Seals `signal` from `me` (leaf `leaf`, secret `signing`) under the epoch's exported `key`.
#[allow(clippy::too_many_arguments)]
pub fn seal(
    key: &[u8; 32],
    epoch: u64,
    group: &GroupId,
    me: DeviceId,
    leaf: u32,
    signing: &SigningKey,
    signal: Signal,
    now: Timestamp,
    rng: &mut (impl rand::CryptoRng + rand::RngCore),
) -> Result<Vec<u8>, EphemeralError> {
    let body = postcard::to_allocvec(&Body {
        leaf,
        sent_at: now.0,
        signal,
    })
    .map_err(|e| EphemeralError::Malformed(e.to_string()))?;
    let signature = signing.sign(&transcript(epoch, group, me, &body));
    let plaintext = [signature.to_bytes().as_slice(), &body].concat();
    let header = [MAGIC.as_slice(), &epoch.to_be_bytes()].concat();
    let mut nonce = [0u8; NONCE_BYTES];
    rng.fill_bytes(&mut nonce);
    let sealed = XChaCha20Poly1305::new(key.into())
        .encrypt(
            (&nonce).into(),
            Payload {
                msg: &plaintext,
                aad: &aad(&header, group, me),
            },
        )
        .map_err(|_| EphemeralError::Sealed)?;
    let out = [header.as_slice(), &nonce, &sealed].concat();
    if out.len() > EPHEMERAL_BYTES_MAX {
        return Err(EphemeralError::Size(out.len()));
    }
    Ok(out)
}

/// The epoch a sealed signal says it was made in (checked before a key is derived for it).
pub fn epoch_of(payload: &[u8]) -> Result<u64, EphemeralError> {
    if payload.is_empty() || payload.len() > EPHEMERAL_BYTES_MAX {
        return Err(EphemeralError::Size(payload.len()));
    }
    if payload.len() < HEADER_BYTES + NONCE_BYTES + TAG_BYTES + SIGNATURE_BYTES {
        return Err(EphemeralError::NotASignal);
    }
    let rest = payload
        .strip_prefix(MAGIC)
        .ok_or(EphemeralError::NotASignal)?;
    let epoch: [u8; 8] = rest[..8]
        .try_into()
        .map_err(|_| EphemeralError::NotASignal)?;
    Ok(u64::from_be_bytes(epoch))
}

/// Opens a signal `sender` (as the server authenticated it) sent to `group`, with the key of
/// the receiver's current epoch `epoch` and that epoch's member leaves.
pub fn open(
    payload: &[u8],
    group: &GroupId,
    sender: DeviceId,
    epoch: u64,
    key: &[u8; 32],
    leaves: &[(u32, MemberDevice)],
    now: Timestamp,
) -> Result<Received, EphemeralError> {
    let theirs = epoch_of(payload)?;
    if theirs != epoch {
        return Err(EphemeralError::OtherEpoch {
            theirs,
            ours: epoch,
        });
    }
    let (header, rest) = payload.split_at(HEADER_BYTES);
    let (nonce, sealed) = rest.split_at(NONCE_BYTES);
    let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| EphemeralError::NotASignal)?;
    let plaintext = XChaCha20Poly1305::new(key.into())
        .decrypt(
            (&nonce).into(),
            Payload {
                msg: sealed,
                aad: &aad(header, group, sender),
            },
        )
        .map_err(|_| EphemeralError::Sealed)?;
    let (signature, body) = plaintext
        .split_at_checked(SIGNATURE_BYTES)
        .ok_or(EphemeralError::Malformed("too short".into()))?;
    let decoded: Body =
        postcard::from_bytes(body).map_err(|e| EphemeralError::Malformed(e.to_string()))?;
    let from = leaves
        .iter()
        .find(|(leaf, _)| *leaf == decoded.leaf)
        .map(|(_, m)| m.clone())
        .ok_or(EphemeralError::UnknownLeaf(decoded.leaf))?;
    if from.device != sender {
        return Err(EphemeralError::SenderMismatch {
            named: from.device,
            sender,
        });
    }
    let signature: [u8; SIGNATURE_BYTES] = signature
        .try_into()
        .map_err(|_| EphemeralError::Signature)?;
    VerifyingKey::from_bytes(&from.key)
        .map_err(|_| EphemeralError::Signature)?
        .verify_strict(
            &transcript(epoch, group, sender, body),
            &ed25519_dalek::Signature::from_bytes(&signature),
        )
        .map_err(|_| EphemeralError::Signature)?;
    let skew = now.0.saturating_sub(decoded.sent_at);
    if skew.abs() > SIGNAL_AGE_MS_MAX {
        return Err(EphemeralError::Stale(skew));
    }
    Ok(Received {
        group: group.clone(),
        from,
        sent_at: Timestamp(decoded.sent_at),
        signal: decoded.signal,
    })
}

/// Who is typing where, as a device learns it from signals: each member's "typing" lasts
/// [`TYPING_SHOWN_MS`] after its latest signal (from the receiver's clock), and ends at once
/// with a "stopped" signal or a message from that member in the conversation. Front ends
/// (web, TUI) keep one and word [`Typing::line`].
#[derive(Debug, Default, Clone)]
pub struct Typing {
    /// (group, member) → until when (receiver's ms).
    until: BTreeMap<(GroupId, Username), i64>,
}

/// Who is typing in one conversation, for a front end to word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypingLine {
    One(Username),
    Two(Username, Username),
    /// Three or more members.
    Several(usize),
}

impl Typing {
    /// Takes a received signal (`me`'s own account's devices are not shown). Returns whether
    /// what is shown for its conversation changed.
    pub fn on_signal(&mut self, received: &Received, me: &Username, now: Timestamp) -> bool {
        if &received.from.username == me {
            return false;
        }
        let key = (received.group.clone(), received.from.username.clone());
        match received.signal {
            Signal::Typing { typing: true } => self
                .until
                .insert(key, now.0.saturating_add(TYPING_SHOWN_MS))
                .is_none_or(|until| until <= now.0),
            Signal::Typing { typing: false } => self.until.remove(&key).is_some(),
        }
    }

    /// A message from `member` arrived in `group`: they are no longer typing it.
    pub fn on_message(&mut self, group: &GroupId, member: &Username) -> bool {
        self.until
            .remove(&(group.clone(), member.clone()))
            .is_some()
    }

    /// A message arrived: a text, reply, forward, file or ledger entry from a member ends its
    /// typing there (a reaction or receipt does not). Returns whether the line changed.
    pub fn on_stored(&mut self, message: &crate::engine::StoredMessage) -> bool {
        use crate::envelope::Content;
        match &message.body {
            crate::engine::HistoryBody::Message {
                content:
                    Content::Text { .. }
                    | Content::Reply { .. }
                    | Content::Edit { .. }
                    | Content::Forward { .. }
                    | Content::ForwardDisappearing { .. }
                    | Content::Attachment { .. }
                    | Content::Ledger { .. },
                ..
            } => self.on_message(&message.group, &message.sender),
            _ => false,
        }
    }

    /// Forgets what ran out; returns the groups whose line changed.
    pub fn expire(&mut self, now: Timestamp) -> Vec<GroupId> {
        let mut changed = std::collections::BTreeSet::new();
        self.until.retain(|(group, _), until| {
            let keep = *until > now.0;
            if !keep {
                changed.insert(group.clone());
            }
            keep
        });
        changed.into_iter().collect()
    }

    /// When the next "typing" runs out, if any does.
    pub fn next_expiry(&self) -> Option<Timestamp> {
        self.until.values().min().copied().map(Timestamp)
    }

    /// The members typing in `group` now, by name.
    pub fn members(&self, group: &GroupId, now: Timestamp) -> Vec<Username> {
        self.until
            .iter()
            .filter(|((g, _), until)| g == group && **until > now.0)
            .map(|((_, member), _)| member.clone())
            .collect()
    }

    /// What to show for `group`, if anyone is typing there.
    pub fn line(&self, group: &GroupId, now: Timestamp) -> Option<TypingLine> {
        let mut members = self.members(group, now);
        match members.len() {
            0 => None,
            1 => members.pop().map(TypingLine::One),
            2 => {
                let b = members.pop()?;
                let a = members.pop()?;
                Some(TypingLine::Two(a, b))
            }
            n => Some(TypingLine::Several(n)),
        }
    }
}

/// When a device tells the others that its member types: "typing" at the first key press and
/// again every [`TYPING_REPEAT_MS`] while they go on, "stopped" once when they send or clear
/// the compose line. Sans-IO: the caller sends what [`TypingSender::update`] says.
#[derive(Debug, Default, Clone)]
pub struct TypingSender {
    /// Per group: the last "typing" sent, when.
    sent: BTreeMap<GroupId, i64>,
}

impl TypingSender {
    /// The compose line of `group` now holds text (`typing`) or not; returns the signal to
    /// send now, if one is due.
    pub fn update(&mut self, group: &GroupId, typing: bool, now: Timestamp) -> Option<Signal> {
        if typing {
            match self.sent.get(group) {
                Some(&at) if now.0.saturating_sub(at) < TYPING_REPEAT_MS => None,
                _ => {
                    self.sent.insert(group.clone(), now.0);
                    Some(Signal::Typing { typing: true })
                }
            }
        } else {
            self.sent
                .remove(group)
                .map(|_| Signal::Typing { typing: false })
        }
    }
}
