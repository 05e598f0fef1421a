//! Full history on a new device: an encrypted history transfer from another device of the
//! same account.
//!
//! MLS gives a device added to a group nothing sent before the commit that added it. When a
//! device links a new one, it exports what it holds of every conversation the new device was
//! added to ([`HistoryBundle`]: the entries up to and including that commit; messages under
//! a disappearing-message timer stay out, as they stay out of exports), encrypts the bundle
//! like a file (its own random key, the attachment STREAM) into the blob store, and sends the
//! new device a sealed [`HistoryOffer`] (the blob's reference and key) as an opaque payload
//! addressed to that device alone. The server sees a blob of ciphertext and a payload it
//! cannot open; no other member device gets either.
//!
//! The seal ([`seal_offer`], [`open_offer`]): an ephemeral X25519 key agreed with the new
//! device's Ed25519 key in its Montgomery form (as `age` does for `ssh-ed25519` recipients),
//! HKDF-SHA256 to a ChaCha20-Poly1305 key, and inside it the sender device's Ed25519
//! signature over both devices, the ephemeral key and the offer, so the new device takes
//! history only from a device of its own account whose key MLS showed it.

use chacha20poly1305::{ChaCha20Poly1305, KeyInit as _, aead::Aead as _, aead::Payload};
use conclave_proto::{DeviceId, GroupId, Timestamp};
use curve25519_dalek::MontgomeryPoint;
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::{
    attachment::AttachmentRef,
    engine::{MemberDevice, StoredMessage},
    envelope::{ConversationMeta, decode_exact},
};

/// The version byte in front of an encoded [`HistoryBundle`].
pub const HISTORY_VERSION: u8 = 1;

/// What opens a sealed offer (an opaque payload): "Conclave history offer", version 1.
pub const OFFER_MAGIC: &[u8; 4] = b"CHO1";

pub mod limits {
    /// The largest bundle a device takes (its plaintext): the blob store's limit is lower by
    /// default (100 MiB), so this bounds only what an operator could raise it to.
    pub const BUNDLE_BYTES_MAX: u64 = 1024 * 1024 * 1024;
    /// Conversations in one bundle.
    pub const CONVERSATIONS_MAX: usize = 100_000;
    /// History entries in one bundle, all conversations together.
    pub const ENTRIES_MAX: usize = 10_000_000;
    /// A sealed offer's size (a reference without thumbnail is ~200 bytes).
    pub const OFFER_BYTES_MAX: usize = 4096;
}

const SIGNATURE_DOMAIN: &[u8] = b"conclave history offer v1\0";
const KDF_INFO: &[u8] = b"conclave history offer key v1";

/// What one device of an account holds of its conversations, for another of its devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryBundle {
    /// When the sending device made it.
    pub made_at: Timestamp,
    pub conversations: Vec<ConversationHistory>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationHistory {
    pub group: GroupId,
    pub meta: Option<ConversationMeta>,
    /// The group `seq` of the commit that added the new device: every entry is at or below
    /// it, and the new device has what came after.
    pub before: u64,
    /// In server order.
    pub entries: Vec<StoredMessage>,
}

impl HistoryBundle {
    pub fn entries(&self) -> usize {
        self.conversations.iter().map(|c| c.entries.len()).sum()
    }

    pub fn encode(&self) -> Vec<u8> {
        postcard::to_extend(self, vec![HISTORY_VERSION]).unwrap_or_default()
    }

    /// Decodes and checks the bundle's shape (sizes, server order, every entry in its
    /// conversation and at or below `before`); what it says is checked again on import.
    pub fn decode(bytes: &[u8]) -> Result<Self, HistoryError> {
        if bytes.len() as u64 > limits::BUNDLE_BYTES_MAX {
            return Err(HistoryError::TooLarge(bytes.len() as u64));
        }
        let (&v, body) = bytes
            .split_first()
            .ok_or_else(|| HistoryError::Malformed("empty".into()))?;
        if v != HISTORY_VERSION {
            return Err(HistoryError::Version(v));
        }
        let bundle: HistoryBundle = decode_exact(body).map_err(HistoryError::Malformed)?;
        if bundle.conversations.len() > limits::CONVERSATIONS_MAX {
            return Err(HistoryError::Malformed(format!(
                "{} conversations, over the limit of {}",
                bundle.conversations.len(),
                limits::CONVERSATIONS_MAX
            )));
        }
        if bundle.entries() > limits::ENTRIES_MAX {
            return Err(HistoryError::Malformed(format!(
                "{} entries, over the limit of {}",
                bundle.entries(),
                limits::ENTRIES_MAX
            )));
        }
        let mut groups = std::collections::BTreeSet::new();
        for c in &bundle.conversations {
            if !groups.insert(&c.group) {
                return Err(HistoryError::Malformed("a conversation twice".into()));
            }
            let mut last = None;
            for e in &c.entries {
                if e.group != c.group {
                    return Err(HistoryError::Malformed(
                        "an entry of another conversation".into(),
                    ));
                }
                if e.seq > c.before || last.is_some_and(|l| e.seq <= l) {
                    return Err(HistoryError::Malformed(
                        "entries out of server order".into(),
                    ));
                }
                last = Some(e.seq);
            }
        }
        Ok(bundle)
    }
}

/// What the new device needs to fetch and open a bundle, sealed to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryOffer {
    /// The bundle in the sender's blob store (its name and type are not used).
    pub file: AttachmentRef,
    pub conversations: u32,
    pub entries: u64,
    pub made_at: Timestamp,
}

/// An offer this device received and has not imported yet (kept across restarts, so a cut
/// download is tried again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingOffer {
    pub from: MemberDevice,
    pub offer: HistoryOffer,
    pub received_at: Timestamp,
}

/// Where a conversation's earlier history came from, shown where it ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportNote {
    pub from: DeviceId,
    /// The `seq` the imported history ends at.
    pub before: u64,
    pub entries: u64,
    pub made_at: Timestamp,
    pub imported_at: Timestamp,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub conversations: usize,
    pub entries: usize,
    /// Entries left out: this device already had them, or they were not for it.
    pub skipped: usize,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum HistoryError {
    #[error("history from a newer version of Conclave (version {0})")]
    Version(u8),
    #[error("malformed history: {0}")]
    Malformed(String),
    #[error("history of {0} bytes is over the limit")]
    TooLarge(u64),
    #[error("the history offer cannot be opened: {0}")]
    Seal(&'static str),
    #[error("the history offer is not from a device of this account: {0}")]
    NotOwnDevice(String),
}

fn montgomery(key: &[u8; 32]) -> Result<MontgomeryPoint, HistoryError> {
    VerifyingKey::from_bytes(key)
        .map(|k| k.to_montgomery())
        .map_err(|_| HistoryError::Seal("not a device key"))
}

fn seal_key(
    shared: MontgomeryPoint,
    ephemeral: &[u8; 32],
    recipient: &MontgomeryPoint,
) -> Result<Zeroizing<[u8; 32]>, HistoryError> {
    // A low-order point gives an all-zero secret (RFC 7748 §6.1): refuse it.
    if shared.as_bytes().iter().all(|b| *b == 0) {
        return Err(HistoryError::Seal("a low-order key"));
    }
    let salt = [ephemeral.as_slice(), recipient.as_bytes()].concat();
    let mut key = Zeroizing::new([0u8; 32]);
    hkdf::Hkdf::<Sha256>::new(Some(&salt), shared.as_bytes())
        .expand(KDF_INFO, key.as_mut())
        .map_err(|_| HistoryError::Seal("key derivation"))?;
    Ok(key)
}

fn transcript(
    from: &MemberDevice,
    to: &MemberDevice,
    ephemeral: &[u8; 32],
    body: &[u8],
) -> Vec<u8> {
    [
        SIGNATURE_DOMAIN,
        &from.device.0.to_be_bytes(),
        &from.key,
        &to.device.0.to_be_bytes(),
        &to.key,
        ephemeral,
        body,
    ]
    .concat()
}

/// Seals `offer` from this device (`from`, whose secret key is `key`) to device `to`.
pub fn seal_offer(
    offer: &HistoryOffer,
    key: &SigningKey,
    from: &MemberDevice,
    to: &MemberDevice,
    rng: &mut (impl rand::CryptoRng + rand::RngCore),
) -> Result<Vec<u8>, HistoryError> {
    let body = postcard::to_allocvec(offer).map_err(|e| HistoryError::Malformed(e.to_string()))?;
    let mut secret = Zeroizing::new([0u8; 32]);
    rng.fill_bytes(secret.as_mut());
    let ephemeral = MontgomeryPoint::mul_base_clamped(*secret).to_bytes();
    let recipient = montgomery(&to.key)?;
    let aead_key = seal_key(recipient.mul_clamped(*secret), &ephemeral, &recipient)?;
    let signature = key.sign(&transcript(from, to, &ephemeral, &body));
    let plaintext = Zeroizing::new([signature.to_bytes().as_slice(), &body].concat());
    let header = [OFFER_MAGIC.as_slice(), &ephemeral].concat();
    let sealed = ChaCha20Poly1305::new(aead_key.as_ref().into())
        .encrypt(
            &[0u8; 12].into(),
            Payload {
                msg: &plaintext,
                aad: &header,
            },
        )
        .map_err(|_| HistoryError::Seal("encryption"))?;
    let out = [header, sealed].concat();
    if out.len() > limits::OFFER_BYTES_MAX {
        return Err(HistoryError::TooLarge(out.len() as u64));
    }
    Ok(out)
}

/// Whether an opaque payload is a sealed history offer (by its magic; it may still not open).
pub fn is_offer(payload: &[u8]) -> bool {
    payload.starts_with(OFFER_MAGIC)
}

/// Opens an offer sealed to this device (`me`, secret `key`) by `from`.
pub fn open_offer(
    payload: &[u8],
    key: &SigningKey,
    me: &MemberDevice,
    from: &MemberDevice,
) -> Result<HistoryOffer, HistoryError> {
    if payload.len() > limits::OFFER_BYTES_MAX {
        return Err(HistoryError::TooLarge(payload.len() as u64));
    }
    let rest = payload
        .strip_prefix(OFFER_MAGIC)
        .ok_or(HistoryError::Seal("not a history offer"))?;
    if rest.len() < 32 + 64 + 16 {
        return Err(HistoryError::Seal("too short"));
    }
    let (ephemeral, sealed) = rest.split_at(32);
    let ephemeral: [u8; 32] = ephemeral
        .try_into()
        .map_err(|_| HistoryError::Seal("key"))?;
    let recipient = montgomery(&me.key)?;
    let shared = MontgomeryPoint(ephemeral).mul_clamped(key.to_scalar_bytes());
    let aead_key = seal_key(shared, &ephemeral, &recipient)?;
    let header = &payload[..OFFER_MAGIC.len() + 32];
    let plaintext = Zeroizing::new(
        ChaCha20Poly1305::new(aead_key.as_ref().into())
            .decrypt(
                &[0u8; 12].into(),
                Payload {
                    msg: sealed,
                    aad: header,
                },
            )
            .map_err(|_| HistoryError::Seal("not sealed to this device, or altered"))?,
    );
    let (signature, body) = plaintext.split_at(64);
    let signature = ed25519_dalek::Signature::from_slice(signature)
        .map_err(|_| HistoryError::Seal("signature"))?;
    VerifyingKey::from_bytes(&from.key)
        .and_then(|k| k.verify_strict(&transcript(from, me, &ephemeral, body), &signature))
        .map_err(|_| {
            HistoryError::NotOwnDevice(format!("not signed by {}/{}", from.username, from.device))
        })?;
    let offer: HistoryOffer = decode_exact(body).map_err(HistoryError::Malformed)?;
    // Re-checks the reference's limits (its encoding does).
    offer
        .file
        .encode()
        .map_err(|e| HistoryError::Malformed(e.to_string()))?;
    Ok(offer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use conclave_proto::Username;
    use rand::SeedableRng;

    fn device(rng: &mut rand::rngs::StdRng, n: u64) -> (SigningKey, MemberDevice) {
        let key = SigningKey::generate(rng);
        let member = MemberDevice {
            username: Username::parse("alice").unwrap(),
            device: DeviceId(n),
            key: key.verifying_key().to_bytes(),
        };
        (key, member)
    }

    fn offer() -> HistoryOffer {
        HistoryOffer {
            file: AttachmentRef {
                blob: [1; 16],
                capability: [2; 32],
                key: crate::attachment::FileKey([3; 32]),
                ciphertext_sha256: [4; 32],
                size: 1234,
                media_type: "application/x-conclave-history".into(),
                name: "history".into(),
                thumbnail: None,
            },
            conversations: 3,
            entries: 500,
            made_at: Timestamp(1_700_000_000_000),
        }
    }

    #[test]
    fn an_offer_opens_only_for_its_device_from_its_sender() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(9);
        let (a_key, a) = device(&mut rng, 1);
        let (n_key, n) = device(&mut rng, 2);
        let (o_key, o) = device(&mut rng, 3);
        let sealed = seal_offer(&offer(), &a_key, &a, &n, &mut rng).unwrap();
        assert!(is_offer(&sealed));
        assert_eq!(open_offer(&sealed, &n_key, &n, &a).unwrap(), offer());
        // Another device cannot open it.
        assert!(matches!(
            open_offer(&sealed, &o_key, &o, &a),
            Err(HistoryError::Seal(_))
        ));
        // Opened as if from another device: the signature does not match.
        assert!(matches!(
            open_offer(&sealed, &n_key, &n, &o),
            Err(HistoryError::NotOwnDevice(_))
        ));
        // Any altered byte is refused.
        for i in [0, 4, 20, 40, sealed.len() - 1] {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert!(open_offer(&bad, &n_key, &n, &a).is_err(), "byte {i}");
        }
        // A low-order ephemeral key is refused, not used.
        let mut low = sealed.clone();
        low[4..36].copy_from_slice(&[0; 32]);
        assert_eq!(
            open_offer(&low, &n_key, &n, &a),
            Err(HistoryError::Seal("a low-order key"))
        );
        assert!(open_offer(&sealed[..50], &n_key, &n, &a).is_err());
        // Two seals of the same offer share nothing but the magic.
        let again = seal_offer(&offer(), &a_key, &a, &n, &mut rng).unwrap();
        assert_ne!(sealed[4..36], again[4..36]);
    }

    #[test]
    fn a_bundle_decodes_only_in_server_order_within_its_conversations() {
        let g = GroupId::new(vec![7; 16]).unwrap();
        let entry = |seq| StoredMessage {
            group: g.clone(),
            seq,
            epoch: 1,
            sender: Username::parse("bob").unwrap(),
            sender_device: DeviceId(4),
            at: Timestamp(1),
            body: crate::engine::HistoryBody::Message {
                id: [seq as u8; 16],
                sent_at: Timestamp(1),
                content: crate::envelope::Content::Text { text: "hi".into() },
            },
        };
        let bundle = |seqs: &[u64], before| HistoryBundle {
            made_at: Timestamp(5),
            conversations: vec![ConversationHistory {
                group: g.clone(),
                meta: None,
                before,
                entries: seqs.iter().map(|s| entry(*s)).collect(),
            }],
        };
        let good = bundle(&[1, 2, 5], 5);
        assert_eq!(HistoryBundle::decode(&good.encode()).unwrap(), good);
        for bad in [
            bundle(&[1, 3, 2], 5),
            bundle(&[1, 1], 5),
            bundle(&[1, 6], 5),
        ] {
            assert!(matches!(
                HistoryBundle::decode(&bad.encode()),
                Err(HistoryError::Malformed(_))
            ));
        }
        let mut newer = good.encode();
        newer[0] = 2;
        assert_eq!(HistoryBundle::decode(&newer), Err(HistoryError::Version(2)));
        let mut trailing = good.encode();
        trailing.push(0);
        assert!(HistoryBundle::decode(&trailing).is_err());
    }
}
