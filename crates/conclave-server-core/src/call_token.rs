//! Call tokens: what admits a device to a call's media at the SFU.
//!
//! A member asks its server for a token for a call of one of its conversations
//! (`Request::CallToken`); `Core` checks that the device is in the group's routing list and
//! signs a short-lived statement naming the call id, the group, the device and the expiry. The
//! SFU admits media only with a token that [`verify`]s for the room it is joining (group and
//! call id) at that moment. Call signalling itself is MLS: the token decides who may send and
//! receive (encrypted) packets at the SFU, never who is in the call or what a packet means.
//!
//! The token is Ed25519-signed, not an HMAC: in a cluster a call lives on one node while its
//! members' tokens come from whichever node each member is connected to, so verifiers must
//! check tokens of keys they do not hold. Each node keeps its own signing key in its data
//! directory and verifiers are given the public keys they trust (`trusted`); no secret is
//! shared between nodes or written to the store.
//!
//! Wire form, fixed-layout so that a token has exactly one encoding: `version (1) ‖ issuer
//! public key (32) ‖ call id (16) ‖ device (8) ‖ issued at (8, ms) ‖ expires at (8, ms) ‖ group
//! id length (1) ‖ group id (1 to 64) ‖ signature (64)`, integers big-endian, the signature by
//! the issuer key over [`SIGNING_DOMAIN`] ‖ everything before it. Sans-IO: time comes in as
//! `now`, the key's randomness from the caller.

use conclave_proto::{DeviceId, GroupId, Timestamp};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

/// The version of the token format.
pub const CALL_TOKEN_VERSION: u8 = 1;

/// What the signature covers besides the token's bytes: no other Conclave signature (device
/// challenges, relay directories) can pass for a token.
pub const SIGNING_DOMAIN: &[u8] = b"conclave call token v1\0";

/// Default lifetime of a token: 5 minutes.
pub const CALL_TOKEN_SECS_DEFAULT: u64 = 5 * 60;

/// Longest lifetime of a token: 10 minutes. A token claiming more is refused as malformed,
/// whoever signed it.
pub const CALL_TOKEN_SECS_MAX: u64 = 10 * 60;

/// How far in the future a token's issue time may be (clocks of cluster nodes differ a little).
pub const CLOCK_SKEW_SECS_MAX: u64 = 30;

/// The fixed fields before the group id: version, issuer, call id, device, two times, length.
const FIXED_BYTES: usize = 1 + 32 + 16 + 8 + 8 + 8 + 1;
const SIGNATURE_BYTES: usize = 64;

/// Largest encoded token: a group id of [`GroupId::BYTES_MAX`] bytes.
pub const CALL_TOKEN_BYTES_MAX: usize = FIXED_BYTES + GroupId::BYTES_MAX + SIGNATURE_BYTES;

/// What a valid token says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallTokenClaims {
    /// The public key of the server (node) that issued it.
    pub issuer: [u8; 32],
    pub call_id: [u8; 16],
    pub group: GroupId,
    pub device: DeviceId,
    pub issued_at: Timestamp,
    pub expires_at: Timestamp,
}

/// Why a token does not admit its holder. Each is its own error so that the SFU can say which.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallTokenError {
    #[error("malformed call token: {0}")]
    Malformed(String),
    #[error("call token version {0} is not known here")]
    UnsupportedVersion(u8),
    #[error("the call token is from a key this server does not trust")]
    UnknownIssuer,
    #[error("the call token's signature does not verify: forged or altered")]
    Forged,
    #[error("the call token expired at {expired_at}")]
    Expired { expired_at: Timestamp },
    #[error("the call token is issued in the future ({issued_at}): a clock is wrong")]
    NotYetValid { issued_at: Timestamp },
    #[error("the call token is for another call")]
    WrongCall,
    #[error("the call token is for a call of another conversation")]
    WrongGroup,
}

/// A server's token signing key (Ed25519). `Debug` shows only the public key.
pub struct CallTokenKey {
    key: SigningKey,
}

impl std::fmt::Debug for CallTokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallTokenKey")
            .field("public", &hex(&self.public()))
            .finish_non_exhaustive()
    }
}

impl CallTokenKey {
    /// The key of a 32-byte secret seed (fresh randomness for a new key, or the stored seed).
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        CallTokenKey {
            key: SigningKey::from_bytes(seed),
        }
    }

    /// Signs `message` (which starts with its own domain: call tokens and blob grants use
    /// different ones, so neither passes for the other).
    pub(crate) fn sign_raw(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    /// The public key verifiers trust.
    pub fn public(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// A token for `device` in call `call_id` of `group`, valid from `now` for `lifetime_secs`
    /// (at most [`CALL_TOKEN_SECS_MAX`]).
    pub fn issue(
        &self,
        group: &GroupId,
        call_id: [u8; 16],
        device: DeviceId,
        now: Timestamp,
        lifetime_secs: u64,
    ) -> (Vec<u8>, Timestamp) {
        let expires_at = now.saturating_add_secs(lifetime_secs.min(CALL_TOKEN_SECS_MAX));
        let group = group.as_bytes();
        let mut token = Vec::with_capacity(FIXED_BYTES + group.len() + SIGNATURE_BYTES);
        token.push(CALL_TOKEN_VERSION);
        token.extend_from_slice(&self.public());
        token.extend_from_slice(&call_id);
        token.extend_from_slice(&device.0.to_be_bytes());
        token.extend_from_slice(&now.0.to_be_bytes());
        token.extend_from_slice(&expires_at.0.to_be_bytes());
        // A group id has 1 to 64 bytes (`GroupId::new`).
        token.push(u8::try_from(group.len()).unwrap_or(u8::MAX));
        token.extend_from_slice(group);
        let signature = self.key.sign(&signed_message(&token));
        token.extend_from_slice(&signature.to_bytes());
        (token, expires_at)
    }
}

fn signed_message(body: &[u8]) -> Vec<u8> {
    [SIGNING_DOMAIN, body].concat()
}

/// Checks `token` for call `call_id` of `group` at `now`, against the issuer keys `trusted`:
/// the claims when it admits its holder. Checks, in order: the form, the issuer, the signature
/// (before anything the token says is believed), the room, the time.
pub fn verify(
    token: &[u8],
    trusted: &[[u8; 32]],
    group: &GroupId,
    call_id: &[u8; 16],
    now: Timestamp,
) -> Result<CallTokenClaims, CallTokenError> {
    if token.len() > CALL_TOKEN_BYTES_MAX {
        return Err(CallTokenError::Malformed(format!(
            "{} bytes; a token has at most {CALL_TOKEN_BYTES_MAX}",
            token.len()
        )));
    }
    let (&version, _) = token
        .split_first()
        .ok_or_else(|| CallTokenError::Malformed("empty".into()))?;
    if version != CALL_TOKEN_VERSION {
        return Err(CallTokenError::UnsupportedVersion(version));
    }
    let claims = parse(token)?;
    let body = &token[..token.len() - SIGNATURE_BYTES];
    let signature = &token[token.len() - SIGNATURE_BYTES..];
    if !trusted.contains(&claims.issuer) {
        return Err(CallTokenError::UnknownIssuer);
    }
    let key = VerifyingKey::from_bytes(&claims.issuer).map_err(|_| CallTokenError::Forged)?;
    let signature = Signature::from_slice(signature).map_err(|_| CallTokenError::Forged)?;
    key.verify(&signed_message(body), &signature)
        .map_err(|_| CallTokenError::Forged)?;

    let (issued_at, expires_at) = (claims.issued_at, claims.expires_at);
    if expires_at < issued_at || issued_at.saturating_add_secs(CALL_TOKEN_SECS_MAX) < expires_at {
        return Err(CallTokenError::Malformed(format!(
            "valid from {issued_at} to {expires_at}; tokens live at most {CALL_TOKEN_SECS_MAX} s"
        )));
    }
    if claims.group != *group {
        return Err(CallTokenError::WrongGroup);
    }
    if claims.call_id != *call_id {
        return Err(CallTokenError::WrongCall);
    }
    if now >= expires_at {
        return Err(CallTokenError::Expired {
            expired_at: expires_at,
        });
    }
    if now.saturating_add_secs(CLOCK_SKEW_SECS_MAX) < issued_at {
        return Err(CallTokenError::NotYetValid { issued_at });
    }
    Ok(claims)
}

/// The claims of a token of the current version (the signature is not checked here).
fn parse(token: &[u8]) -> Result<CallTokenClaims, CallTokenError> {
    let short = || CallTokenError::Malformed("too short".into());
    let fixed = token.get(..FIXED_BYTES).ok_or_else(short)?;
    let group_len = usize::from(fixed[FIXED_BYTES - 1]);
    if token.len() != FIXED_BYTES + group_len + SIGNATURE_BYTES {
        return Err(CallTokenError::Malformed(format!(
            "{} bytes; a token with a group id of {group_len} bytes has {}",
            token.len(),
            FIXED_BYTES + group_len + SIGNATURE_BYTES
        )));
    }
    let group = GroupId::new(token[FIXED_BYTES..FIXED_BYTES + group_len].to_vec())
        .ok_or_else(|| CallTokenError::Malformed("a group id of 0 or over 64 bytes".into()))?;
    let bytes = |from: usize| -> [u8; 8] {
        let mut b = [0; 8];
        b.copy_from_slice(&fixed[from..from + 8]);
        b
    };
    let mut issuer = [0; 32];
    issuer.copy_from_slice(&fixed[1..33]);
    let mut call_id = [0; 16];
    call_id.copy_from_slice(&fixed[33..49]);
    Ok(CallTokenClaims {
        issuer,
        call_id,
        group,
        device: DeviceId(u64::from_be_bytes(bytes(49))),
        issued_at: Timestamp(i64::from_be_bytes(bytes(57))),
        expires_at: Timestamp(i64::from_be_bytes(bytes(65))),
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = Timestamp(1_700_000_000_000);

    fn group(name: &str) -> GroupId {
        GroupId::new(name.as_bytes().to_vec()).unwrap()
    }

    fn key(n: u8) -> CallTokenKey {
        CallTokenKey::from_seed(&[n; 32])
    }

    #[test]
    fn a_token_verifies_for_its_call_until_it_expires() {
        let k = key(1);
        let (token, expires_at) = k.issue(
            &group("g"),
            [5; 16],
            DeviceId(7),
            NOW,
            CALL_TOKEN_SECS_DEFAULT,
        );
        assert_eq!(expires_at, NOW.saturating_add_secs(300));
        assert!(token.len() <= CALL_TOKEN_BYTES_MAX);
        let claims = verify(
            &token,
            &[key(9).public(), k.public()],
            &group("g"),
            &[5; 16],
            NOW,
        )
        .unwrap();
        assert_eq!(
            claims,
            CallTokenClaims {
                issuer: k.public(),
                call_id: [5; 16],
                group: group("g"),
                device: DeviceId(7),
                issued_at: NOW,
                expires_at,
            }
        );
        let last = Timestamp(expires_at.0 - 1);
        assert!(verify(&token, &[k.public()], &group("g"), &[5; 16], last).is_ok());
        assert_eq!(
            verify(&token, &[k.public()], &group("g"), &[5; 16], expires_at),
            Err(CallTokenError::Expired {
                expired_at: expires_at
            })
        );
        // A clock a little behind the issuer's still admits; far behind does not.
        let behind = Timestamp(NOW.0 - 10_000);
        assert!(verify(&token, &[k.public()], &group("g"), &[5; 16], behind).is_ok());
        let far = Timestamp(NOW.0 - 60_000);
        assert_eq!(
            verify(&token, &[k.public()], &group("g"), &[5; 16], far),
            Err(CallTokenError::NotYetValid { issued_at: NOW })
        );
    }

    #[test]
    fn lifetimes_are_capped_at_ten_minutes() {
        let (token, expires_at) = key(1).issue(&group("g"), [5; 16], DeviceId(7), NOW, 86_400);
        assert_eq!(expires_at, NOW.saturating_add_secs(CALL_TOKEN_SECS_MAX));
        assert!(verify(&token, &[key(1).public()], &group("g"), &[5; 16], NOW).is_ok());
    }

    #[test]
    fn forged_foreign_and_misdirected_tokens_are_refused_each_with_its_error() {
        let k = key(1);
        let trusted = [k.public()];
        let (token, _) = k.issue(&group("g"), [5; 16], DeviceId(7), NOW, 300);
        let check = |t: &[u8]| verify(t, &trusted, &group("g"), &[5; 16], NOW);

        // Another call, another conversation.
        assert_eq!(
            verify(&token, &trusted, &group("g"), &[6; 16], NOW),
            Err(CallTokenError::WrongCall)
        );
        assert_eq!(
            verify(&token, &trusted, &group("h"), &[5; 16], NOW),
            Err(CallTokenError::WrongGroup)
        );
        // A key nobody trusts, even naming a trusted issuer.
        let (foreign, _) = key(2).issue(&group("g"), [5; 16], DeviceId(7), NOW, 300);
        assert_eq!(check(&foreign), Err(CallTokenError::UnknownIssuer));
        let mut impostor = foreign.clone();
        impostor[1..33].copy_from_slice(&k.public());
        assert_eq!(check(&impostor), Err(CallTokenError::Forged));
        // Any altered byte of the claims or the signature.
        for i in 33..token.len() {
            let mut altered = token.clone();
            altered[i] ^= 0x01;
            let result = check(&altered);
            assert!(
                matches!(
                    result,
                    Err(CallTokenError::Forged | CallTokenError::Malformed(_))
                ),
                "byte {i}: {result:?}"
            );
        }
        // A longer life than tokens have, even signed by the trusted key.
        let mut claims = token[..token.len() - SIGNATURE_BYTES].to_vec();
        claims[65..73].copy_from_slice(&NOW.saturating_add_secs(3600).0.to_be_bytes());
        let signature = k.key.sign(&signed_message(&claims));
        claims.extend_from_slice(&signature.to_bytes());
        assert!(matches!(check(&claims), Err(CallTokenError::Malformed(_))));
        // Form.
        assert!(matches!(check(&[]), Err(CallTokenError::Malformed(_))));
        assert!(matches!(
            check(&token[..40]),
            Err(CallTokenError::Malformed(_))
        ));
        let mut newer = token.clone();
        newer[0] = 2;
        assert_eq!(check(&newer), Err(CallTokenError::UnsupportedVersion(2)));
        let mut long = token.clone();
        long.extend_from_slice(&[0; CALL_TOKEN_BYTES_MAX]);
        assert!(matches!(check(&long), Err(CallTokenError::Malformed(_))));
    }

    #[test]
    fn the_key_debug_shows_no_secret() {
        let k = key(3);
        let shown = format!("{k:?}");
        assert!(shown.contains(&hex(&k.public())));
        assert!(!shown.contains(&hex(&[3; 32])));
    }
}
