//! Cipher suites, the per-epoch base key from MLS and the per-sender keys derived from it.
//!
//! The key schedule, end to end:
//!
//! 1. Per MLS epoch, every member device asks its MLS group for
//!    `base_key = MLS-Exporter("SFrame 1.0 Base Key", call_id, Nk)` ([`exporter_input`]).
//!    RFC 9605 §5.2 uses an empty exporter context; Conclave puts the call id there. A
//!    conversation's group carries many calls, and each call starts its frame counters at 0: with
//!    the RFC's empty context, two calls at one epoch would share keys and repeat nonces.
//! 2. A sender's key for one of its streams is the RFC 9605 §4.4.2 derivation from that base key
//!    and the sender's [`KeyId`] (context, leaf, epoch), [`sender_key`]: the key id is in the
//!    HKDF labels, so every sender and stream gets its own key and salt from the one base key
//!    every member shares. Nothing is distributed besides the MLS commits themselves.
//!
//! The SFU is not a member of the group: it never sees a base key.

use hkdf::SimpleHkdf;
use sha2::{Sha256, Sha512};
use zeroize::Zeroizing;

use crate::error::KeyError;
use crate::kid::KeyId;
use crate::limits::CALL_ID_BYTES_MAX;

/// The MLS exporter label of RFC 9605 §5.2.
pub const EXPORTER_LABEL: &str = "SFrame 1.0 Base Key";

/// The SFrame cipher suites (RFC 9605 §4.5), all of which the RustCrypto backend implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Suite {
    /// `AES_128_CTR_HMAC_SHA256_80` (0x0001).
    AesCtr128HmacSha256_80,
    /// `AES_128_CTR_HMAC_SHA256_64` (0x0002).
    AesCtr128HmacSha256_64,
    /// `AES_128_CTR_HMAC_SHA256_32` (0x0003).
    AesCtr128HmacSha256_32,
    /// `AES_128_GCM_SHA256_128` (0x0004): the suite of calls, which WebCrypto has.
    AesGcm128Sha256,
    /// `AES_256_GCM_SHA512_128` (0x0005).
    AesGcm256Sha512,
}

impl Suite {
    /// The suite Conclave's calls use.
    pub const CALLS: Suite = Suite::AesGcm128Sha256;
    /// Every suite, in registry order.
    pub const ALL: [Suite; 5] = [
        Suite::AesCtr128HmacSha256_80,
        Suite::AesCtr128HmacSha256_64,
        Suite::AesCtr128HmacSha256_32,
        Suite::AesGcm128Sha256,
        Suite::AesGcm256Sha512,
    ];

    /// The IANA value.
    pub const fn id(self) -> u16 {
        match self {
            Suite::AesCtr128HmacSha256_80 => 1,
            Suite::AesCtr128HmacSha256_64 => 2,
            Suite::AesCtr128HmacSha256_32 => 3,
            Suite::AesGcm128Sha256 => 4,
            Suite::AesGcm256Sha512 => 5,
        }
    }

    /// The suite of an IANA value.
    pub fn from_id(id: u16) -> Option<Suite> {
        Suite::ALL.into_iter().find(|s| s.id() == id)
    }

    /// `Nk`: the length of a base key and of an `sframe_key`.
    pub const fn key_len(self) -> usize {
        match self {
            Suite::AesCtr128HmacSha256_80
            | Suite::AesCtr128HmacSha256_64
            | Suite::AesCtr128HmacSha256_32 => 48,
            Suite::AesGcm128Sha256 => 16,
            Suite::AesGcm256Sha512 => 32,
        }
    }

    /// `Nn`: the length of the salt and the nonce.
    pub const fn nonce_len(self) -> usize {
        12
    }

    /// `Nt`: the length of the authentication tag.
    pub const fn tag_len(self) -> usize {
        match self {
            Suite::AesCtr128HmacSha256_80 => 10,
            Suite::AesCtr128HmacSha256_64 => 8,
            Suite::AesCtr128HmacSha256_32 => 4,
            Suite::AesGcm128Sha256 | Suite::AesGcm256Sha512 => 16,
        }
    }

    pub(crate) fn sframe(self) -> sframe::CipherSuite {
        match self {
            Suite::AesCtr128HmacSha256_80 => sframe::CipherSuite::AesCtr128HmacSha256_80,
            Suite::AesCtr128HmacSha256_64 => sframe::CipherSuite::AesCtr128HmacSha256_64,
            Suite::AesCtr128HmacSha256_32 => sframe::CipherSuite::AesCtr128HmacSha256_32,
            Suite::AesGcm128Sha256 => sframe::CipherSuite::AesGcm128Sha256,
            Suite::AesGcm256Sha512 => sframe::CipherSuite::AesGcm256Sha512,
        }
    }
}

/// What to ask the MLS exporter for: `MLS-Exporter(label, context, length)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExporterInput<'a> {
    /// Always [`EXPORTER_LABEL`].
    pub label: &'static str,
    /// The call id.
    pub context: &'a [u8],
    /// `Nk` of the suite.
    pub length: usize,
}

/// The exporter arguments for the base key of call `call_id` (1 to
/// [`CALL_ID_BYTES_MAX`] bytes) under `suite`. The caller exports from its MLS group at every
/// epoch and gives the result to [`BaseKey::new`].
pub fn exporter_input(suite: Suite, call_id: &[u8]) -> Result<ExporterInput<'_>, KeyError> {
    if call_id.is_empty() || call_id.len() > CALL_ID_BYTES_MAX {
        return Err(KeyError::CallIdLength {
            len: call_id.len(),
            max: CALL_ID_BYTES_MAX,
        });
    }
    Ok(ExporterInput {
        label: EXPORTER_LABEL,
        context: call_id,
        length: suite.key_len(),
    })
}

/// One epoch's base key for a call, as exported from MLS. Zeroized on drop, redacted in
/// `Debug`.
#[derive(Clone)]
pub struct BaseKey {
    suite: Suite,
    bytes: Zeroizing<Vec<u8>>,
}

impl BaseKey {
    /// Takes the exporter's output; it must be `Nk` bytes of `suite`.
    pub fn new(suite: Suite, bytes: &[u8]) -> Result<Self, KeyError> {
        if bytes.len() != suite.key_len() {
            return Err(KeyError::BaseKeyLength {
                expected: suite.key_len(),
                got: bytes.len(),
            });
        }
        Ok(Self {
            suite,
            bytes: Zeroizing::new(bytes.to_vec()),
        })
    }

    /// The suite it was exported for.
    pub fn suite(&self) -> Suite {
        self.suite
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl std::fmt::Debug for BaseKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BaseKey")
            .field("suite", &self.suite)
            .finish_non_exhaustive()
    }
}

/// `sframe_key` and `sframe_salt` of one key id. Zeroized on drop, redacted in `Debug`.
pub struct SenderKey {
    /// `Nk` bytes (for the CTR suites, the encryption and the authentication key together).
    pub key: Zeroizing<Vec<u8>>,
    /// `Nn` bytes, XORed with the counter into the nonce.
    pub salt: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for SenderKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SenderKey(..)")
    }
}

/// The key of the sender (and stream, and epoch) `kid` from the epoch's base key: RFC 9605 §5.2
/// over §4.4.2. This is what [`crate::CallKeys`] encrypts and decrypts with (through the sframe
/// crate); it is exposed so other implementations (the browser's) can be checked against it.
pub fn sender_key(base_key: &BaseKey, kid: KeyId) -> SenderKey {
    derive_key_material(base_key.suite, base_key.bytes(), kid.as_u64())
}

/// RFC 9605 §4.4.2 for any key id and key material:
///
/// ```text
/// sframe_secret = HKDF-Extract("", base_key)
/// sframe_key    = HKDF-Expand(sframe_secret, "SFrame 1.0 Secret key "  || KID(8) || suite(2), Nk)
/// sframe_salt   = HKDF-Expand(sframe_secret, "SFrame 1.0 Secret salt " || KID(8) || suite(2), Nn)
/// ```
///
/// with SHA-256 (SHA-512 for `AES_256_GCM_SHA512_128`).
pub fn derive_key_material(suite: Suite, base_key: &[u8], kid: u64) -> SenderKey {
    let label = |what: &[u8]| {
        [
            b"SFrame 1.0 Secret ".as_slice(),
            what,
            &kid.to_be_bytes(),
            &suite.id().to_be_bytes(),
        ]
        .concat()
    };
    let mut key = Zeroizing::new(vec![0u8; suite.key_len()]);
    let mut salt = Zeroizing::new(vec![0u8; suite.nonce_len()]);
    // HKDF-Expand fails only for more than 255 hash lengths of output; Nk and Nn are far below.
    let expanded = match suite {
        Suite::AesGcm256Sha512 => {
            let hkdf = SimpleHkdf::<Sha512>::new(Some(b""), base_key);
            hkdf.expand(&label(b"key "), &mut key)
                .and_then(|()| hkdf.expand(&label(b"salt "), &mut salt))
        }
        _ => {
            let hkdf = SimpleHkdf::<Sha256>::new(Some(b""), base_key);
            hkdf.expand(&label(b"key "), &mut key)
                .and_then(|()| hkdf.expand(&label(b"salt "), &mut salt))
        }
    };
    debug_assert!(
        expanded.is_ok(),
        "HKDF output lengths are constants within bounds"
    );
    SenderKey { key, salt }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_key_is_the_suite_length() {
        for suite in Suite::ALL {
            assert!(BaseKey::new(suite, &vec![7; suite.key_len()]).is_ok());
            assert_eq!(
                BaseKey::new(suite, &vec![7; suite.key_len() + 1]).unwrap_err(),
                KeyError::BaseKeyLength {
                    expected: suite.key_len(),
                    got: suite.key_len() + 1
                }
            );
        }
    }

    #[test]
    fn base_key_debug_is_redacted() {
        let key = BaseKey::new(Suite::CALLS, &[0xab; 16]).unwrap();
        let shown = format!("{key:?}");
        assert!(!shown.contains("171") && !shown.contains("ab"), "{shown}");
    }

    #[test]
    fn exporter_input_is_label_call_id_and_nk() {
        let input = exporter_input(Suite::CALLS, b"call-1").unwrap();
        assert_eq!(input.label, "SFrame 1.0 Base Key");
        assert_eq!(input.context, b"call-1");
        assert_eq!(input.length, 16);
        assert!(exporter_input(Suite::CALLS, b"").is_err());
        assert!(exporter_input(Suite::CALLS, &[0; CALL_ID_BYTES_MAX + 1]).is_err());
    }

    #[test]
    fn suites_round_trip_their_ids() {
        for suite in Suite::ALL {
            assert_eq!(Suite::from_id(suite.id()), Some(suite));
            assert_eq!(suite.sframe() as u16, suite.id());
            assert_eq!(suite.sframe().key_len(), suite.key_len());
            assert_eq!(suite.sframe().auth_tag_len(), suite.tag_len());
        }
        assert_eq!(Suite::from_id(6), None);
    }

    /// Senders, streams and epochs all get their own key from the one base key.
    #[test]
    fn every_key_id_has_its_own_key() {
        let base = BaseKey::new(Suite::CALLS, &[1; 16]).unwrap();
        let mut seen = std::collections::HashSet::new();
        for (context, leaf, epoch) in [(0, 0, 1), (0, 1, 1), (1, 0, 1), (0, 0, 2)] {
            let key = sender_key(&base, KeyId::new(context, leaf, epoch).unwrap());
            assert!(seen.insert((key.key.to_vec(), key.salt.to_vec())));
        }
    }
}
