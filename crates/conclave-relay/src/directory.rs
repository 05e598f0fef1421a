//! The relay directory: every relay's id, roles, country, operator, address, TLS certificate
//! fingerprint, Noise key and exit policy, plus the token issuers relays accept; signed with
//! the operator's Ed25519 key, served by every node, pinned by clients (first use, then the
//! key must not change).
//!
//! The signature covers the exact bytes of `body` (JSON text), so no canonical JSON is needed.

use base64::Engine as _;
use ed25519_dalek::{Signer as _, SigningKey, Verifier as _, VerifyingKey};
use rand::seq::SliceRandom as _;
use serde::{Deserialize, Serialize};
use sha2::Digest as _;

use crate::{Error, hex, policy::ExitPolicy};

pub const DIRECTORY_VERSION: u32 = 1;
/// Largest signed directory accepted (bytes of JSON).
pub const DIRECTORY_BYTES_MAX: usize = 1024 * 1024;
pub const RELAYS_MAX: usize = 1000;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Entry,
    Exit,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayDescriptor {
    /// `r` + the first 16 hex digits of SHA-256(noise_key): stable and self-certifying.
    pub id: String,
    pub roles: Vec<Role>,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    /// Who runs it; relays with the same label are treated as one operator.
    pub operator: String,
    /// `host:port` of the relay listener.
    pub addr: String,
    /// Hex SHA-256 of the relay's TLS certificate (DER), pinned by clients and relays.
    pub tls_fp: String,
    /// Base64 X25519 public key for Noise_NK (exits).
    pub noise_key: String,
    #[serde(default)]
    pub exit_policy: ExitPolicy,
}

impl RelayDescriptor {
    pub fn id_for(noise_key: &[u8; 32]) -> String {
        format!("r{}", &hex(&sha2::Sha256::digest(noise_key))[..16])
    }

    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn noise_key(&self) -> Result<[u8; 32], Error> {
        B64.decode(&self.noise_key)
            .ok()
            .and_then(|k| <[u8; 32]>::try_from(k).ok())
            .ok_or(Error::Directory(
                "a relay's Noise key is not 32 base64 bytes",
            ))
    }

    pub fn tls_fp(&self) -> Result<[u8; 32], Error> {
        crate::unhex32(&self.tls_fp).ok_or(Error::Directory(
            "a relay's TLS fingerprint is not 64 hex digits",
        ))
    }

    pub fn encode_noise_key(key: &[u8; 32]) -> String {
        B64.encode(key)
    }

    /// Checks what a directory needs of one relay (as [`SignedDirectory::verify`] does for
    /// every listed relay): the id matches the Noise key, the fingerprint, roles, country and
    /// labels are well formed.
    pub fn validate(&self) -> Result<(), Error> {
        let key = self.noise_key()?;
        self.tls_fp()?;
        if self.id != Self::id_for(&key) {
            return Err(Error::Directory("a relay id does not match its Noise key"));
        }
        if self.roles.is_empty() {
            return Err(Error::Directory("a relay has no role"));
        }
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::Directory(
                "a relay's country is not two capital letters",
            ));
        }
        if self.operator.is_empty() || self.operator.len() > 100 || self.addr.len() > 300 {
            return Err(Error::Directory(
                "a relay's operator or address is empty or too long",
            ));
        }
        Ok(())
    }
}

/// A token issuer relays accept, with its public keys (base64 SPKI DER).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    pub name: String,
    pub keys: Vec<IssuerKey>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssuerKey {
    pub spki: String,
    /// Milliseconds since the epoch after which tokens of this key are refused.
    pub not_after: i64,
}

impl IssuerKey {
    pub fn spki_der(&self) -> Result<Vec<u8>, Error> {
        B64.decode(&self.spki)
            .map_err(|_| Error::Directory("an issuer key is not base64"))
    }

    pub fn new(spki_der: &[u8], not_after: i64) -> IssuerKey {
        IssuerKey {
            spki: B64.encode(spki_der),
            not_after,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub version: u32,
    /// The operator whose key signed this directory.
    pub operator: String,
    pub issued_at: i64,
    pub expires_at: i64,
    pub relays: Vec<RelayDescriptor>,
    pub issuers: Vec<Issuer>,
}

impl Directory {
    pub fn relay(&self, id: &str) -> Option<&RelayDescriptor> {
        self.relays.iter().find(|r| r.id == id)
    }

    /// The relay with this TLS certificate fingerprint and role (how an exit recognises an
    /// entry by its client certificate).
    pub fn relay_by_fp(&self, fp: &[u8; 32], role: Role) -> Option<&RelayDescriptor> {
        let fp = hex(fp);
        self.relays.iter().find(|r| r.tls_fp == fp && r.has(role))
    }

    fn validate(&self, now: i64) -> Result<(), Error> {
        if self.version != DIRECTORY_VERSION {
            return Err(Error::Directory("unknown directory version"));
        }
        if now > self.expires_at {
            return Err(Error::Directory("the relay directory has expired"));
        }
        if self.relays.len() > RELAYS_MAX {
            return Err(Error::Directory("too many relays"));
        }
        for relay in &self.relays {
            relay.validate()?;
        }
        let mut ids: Vec<&str> = self.relays.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        if ids.windows(2).any(|w| w[0] == w[1]) {
            return Err(Error::Directory("two relays share an id"));
        }
        Ok(())
    }
}

/// The form a directory travels in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedDirectory {
    /// The [`Directory`] as JSON text: the signed bytes.
    pub body: String,
    /// Base64 Ed25519 public key of the operator.
    pub key: String,
    pub signature: String,
}

impl SignedDirectory {
    pub fn sign(directory: &Directory, key: &SigningKey) -> Result<SignedDirectory, Error> {
        let body = serde_json::to_string(directory)
            .map_err(|_| Error::Directory("cannot encode the directory"))?;
        let signature = key.sign(body.as_bytes());
        Ok(SignedDirectory {
            body,
            key: B64.encode(key.verifying_key().as_bytes()),
            signature: B64.encode(signature.to_bytes()),
        })
    }

    pub fn key_bytes(&self) -> Result<[u8; 32], Error> {
        B64.decode(&self.key)
            .ok()
            .and_then(|k| <[u8; 32]>::try_from(k).ok())
            .ok_or(Error::Directory("the directory key is not 32 base64 bytes"))
    }

    /// Parses from JSON text, bounded.
    pub fn parse(json: &[u8]) -> Result<SignedDirectory, Error> {
        if json.len() > DIRECTORY_BYTES_MAX {
            return Err(Error::Directory("the relay directory is too large"));
        }
        serde_json::from_slice(json)
            .map_err(|_| Error::Directory("the relay directory is not valid JSON"))
    }

    /// Checks the signature (with `pinned`, the key must be that one), validity and contents.
    pub fn verify(&self, pinned: Option<&[u8; 32]>, now: i64) -> Result<Directory, Error> {
        let key = self.key_bytes()?;
        if let Some(pinned) = pinned
            && *pinned != key
        {
            return Err(Error::Directory(
                "the relay directory is signed by a different key than the one pinned",
            ));
        }
        let verifying = VerifyingKey::from_bytes(&key)
            .map_err(|_| Error::Directory("the directory key is not an Ed25519 key"))?;
        let signature = B64
            .decode(&self.signature)
            .ok()
            .and_then(|s| <[u8; 64]>::try_from(s).ok())
            .map(|s| ed25519_dalek::Signature::from_bytes(&s))
            .ok_or(Error::Directory("the directory signature is malformed"))?;
        verifying
            .verify(self.body.as_bytes(), &signature)
            .map_err(|_| Error::Directory("the relay directory's signature is invalid"))?;
        let directory: Directory = serde_json::from_str(&self.body)
            .map_err(|_| Error::Directory("the relay directory's body is malformed"))?;
        directory.validate(now)?;
        Ok(directory)
    }
}

/// A chosen pair of relays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub entry: RelayDescriptor,
    pub exit: RelayDescriptor,
    /// True when no pair run by two different operators exists, so one operator runs both
    /// hops: the client warns that the split is then nominal.
    pub same_operator: bool,
}

/// Picks an entry and an exit: two distinct relays, never of the same operator when a pair of
/// different operators exists, preferring different countries; `exit_country` restricts the
/// exit; `avoid_entry` keeps a sticky guard (pass the current entry to keep it).
pub fn choose_path(
    directory: &Directory,
    exit_country: Option<&str>,
    prefer_entry: Option<&str>,
) -> Result<Path, Error> {
    let entries: Vec<&RelayDescriptor> = directory
        .relays
        .iter()
        .filter(|r| r.has(Role::Entry))
        .collect();
    let exits: Vec<&RelayDescriptor> = directory
        .relays
        .iter()
        .filter(|r| r.has(Role::Exit))
        .filter(|r| exit_country.is_none_or(|c| r.country.eq_ignore_ascii_case(c)))
        .collect();
    if entries.is_empty() {
        return Err(Error::NoPath("the directory lists no entry relay".into()));
    }
    if exits.is_empty() {
        return Err(Error::NoPath(match exit_country {
            Some(c) => format!("the directory lists no exit relay in {c}"),
            None => "the directory lists no exit relay".into(),
        }));
    }
    let mut pairs: Vec<(&RelayDescriptor, &RelayDescriptor)> = entries
        .iter()
        .flat_map(|e| exits.iter().map(move |x| (*e, *x)))
        .filter(|(e, x)| e.id != x.id)
        .collect();
    if pairs.is_empty() {
        return Err(Error::NoPath(
            "the directory has no two distinct relays for an entry and an exit".into(),
        ));
    }
    let distinct_operators = pairs.iter().any(|(e, x)| e.operator != x.operator);
    if distinct_operators {
        pairs.retain(|(e, x)| e.operator != x.operator);
    }
    if pairs.iter().any(|(e, x)| e.country != x.country) {
        pairs.retain(|(e, x)| e.country != x.country);
    }
    if let Some(prefer) = prefer_entry
        && pairs.iter().any(|(e, _)| e.id == prefer)
    {
        pairs.retain(|(e, _)| e.id == prefer);
    }
    let (entry, exit) = pairs
        .choose(&mut rand::thread_rng())
        .ok_or_else(|| Error::NoPath("no relay pair".into()))?;
    Ok(Path {
        entry: (*entry).clone(),
        exit: (*exit).clone(),
        same_operator: !distinct_operators,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn descriptor(roles: &[Role], country: &str, operator: &str) -> RelayDescriptor {
        // Any 32 bytes: the directory checks only that the id matches the key.
        let key: [u8; 32] = rand::random();
        RelayDescriptor {
            id: RelayDescriptor::id_for(&key),
            roles: roles.to_vec(),
            country: country.into(),
            operator: operator.into(),
            addr: "127.0.0.1:1".into(),
            tls_fp: hex(&[7u8; 32]),
            noise_key: RelayDescriptor::encode_noise_key(&key),
            exit_policy: ExitPolicy::default(),
        }
    }

    fn directory(relays: Vec<RelayDescriptor>) -> Directory {
        Directory {
            version: DIRECTORY_VERSION,
            operator: "op".into(),
            issued_at: 0,
            expires_at: 1000,
            relays,
            issuers: vec![],
        }
    }

    #[test]
    fn signed_directories_verify_and_pin() {
        let key = SigningKey::from_bytes(&[1; 32]);
        let dir = directory(vec![descriptor(&[Role::Entry], "DE", "a")]);
        let signed = SignedDirectory::sign(&dir, &key).unwrap();
        let json = serde_json::to_vec(&signed).unwrap();
        let parsed = SignedDirectory::parse(&json).unwrap();
        assert_eq!(parsed.verify(None, 10).unwrap(), dir);
        let pinned = key.verifying_key().to_bytes();
        assert!(parsed.verify(Some(&pinned), 10).is_ok());
        assert!(parsed.verify(Some(&[9; 32]), 10).is_err());
        assert!(parsed.verify(None, 1001).is_err());
        let mut forged = parsed.clone();
        forged.body = forged.body.replace("\"DE\"", "\"FR\"");
        assert!(forged.verify(None, 10).is_err());
        let mut bad_id = dir.clone();
        bad_id.relays[0].id = "r0000000000000000".into();
        let signed = SignedDirectory::sign(&bad_id, &key).unwrap();
        assert!(signed.verify(None, 10).is_err());
        assert!(SignedDirectory::parse(b"{").is_err());
    }

    #[test]
    fn paths_avoid_one_operator_and_one_relay() {
        let a = descriptor(&[Role::Entry, Role::Exit], "DE", "alpha");
        let b = descriptor(&[Role::Entry, Role::Exit], "NL", "beta");
        let c = descriptor(&[Role::Exit], "NL", "alpha");
        let dir = directory(vec![a.clone(), b.clone(), c.clone()]);
        for _ in 0..50 {
            let path = choose_path(&dir, None, None).unwrap();
            assert_ne!(path.entry.operator, path.exit.operator);
            assert!(!path.same_operator);
        }
        let path = choose_path(&dir, Some("de"), None).unwrap();
        assert_eq!(
            (path.entry.id.as_str(), path.exit.id.as_str()),
            (b.id.as_str(), a.id.as_str())
        );
        assert!(choose_path(&dir, Some("FR"), None).is_err());
        let single = directory(vec![a.clone()]);
        assert!(choose_path(&single, None, None).is_err());
        let one_operator = directory(vec![a.clone(), c.clone()]);
        let path = choose_path(&one_operator, None, None).unwrap();
        assert!(path.same_operator);
        assert_eq!(path.exit.id, c.id);
    }
}
