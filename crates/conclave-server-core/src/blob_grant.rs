//! Blob grants: what admits a device to the blob store's HTTP routes.
//!
//! Blobs go over plain HTTPS requests (`/v1/blobs`), not the session's WebSocket, so that a
//! large file streams with flow control and resumes by offset. A device proves it is a signed-in
//! device of this server by a grant its session fetched (`Request::BlobGrant`): a short-lived
//! statement of the account and device, signed by the node's token key (the call token key,
//! under its own [`SIGNING_DOMAIN`], so a grant never passes for a call token or the reverse).
//! Uploads are charged to the grant's account; a download also needs the blob's capability,
//! which only members of the conversation have (see `blob`).
//!
//! Wire form, fixed-length: `version (1) ‖ issuer public key (32) ‖ account (8) ‖ device (8) ‖
//! issued at (8, ms) ‖ expires at (8, ms) ‖ signature (64)`, integers big-endian, the signature
//! over [`SIGNING_DOMAIN`] ‖ everything before it. Sans-IO: time comes in as `now`.

use conclave_proto::{AccountId, DeviceId, Timestamp};
use ed25519_dalek::{Signature, Verifier as _, VerifyingKey};

use crate::call_token::CallTokenKey;

/// The version of the grant format.
pub const BLOB_GRANT_VERSION: u8 = 1;

/// What the signature covers besides the grant's bytes.
pub const SIGNING_DOMAIN: &[u8] = b"conclave blob grant v1\0";

/// Default lifetime of a grant: 30 minutes (a transfer started before it expires finishes;
/// a resumed one fetches a new grant).
pub const BLOB_GRANT_SECS_DEFAULT: u64 = 30 * 60;

/// Longest lifetime of a grant; one claiming more is refused as malformed.
pub const BLOB_GRANT_SECS_MAX: u64 = 60 * 60;

/// How far in the future a grant's issue time may be (clocks of cluster nodes differ a little).
pub const CLOCK_SKEW_SECS_MAX: u64 = 30;

const BODY_BYTES: usize = 1 + 32 + 8 + 8 + 8 + 8;

/// The length of every grant.
pub const BLOB_GRANT_BYTES: usize = BODY_BYTES + 64;

/// What a valid grant says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlobGrantClaims {
    pub issuer: [u8; 32],
    pub account: AccountId,
    pub device: DeviceId,
    pub issued_at: Timestamp,
    pub expires_at: Timestamp,
}

/// Why a grant admits nobody.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BlobGrantError {
    #[error("malformed blob grant: {0}")]
    Malformed(String),
    #[error("blob grant version {0} is not known here")]
    UnsupportedVersion(u8),
    #[error("the blob grant is from a key this server does not trust")]
    UnknownIssuer,
    #[error("the blob grant's signature does not verify: forged or altered")]
    Forged,
    #[error("the blob grant expired at {expired_at}; fetch a new one")]
    Expired { expired_at: Timestamp },
    #[error("the blob grant is issued in the future ({issued_at}): a clock is wrong")]
    NotYetValid { issued_at: Timestamp },
}

/// A grant for `device` of `account`, valid from `now` for `lifetime_secs` (at most
/// [`BLOB_GRANT_SECS_MAX`]).
pub fn issue(
    key: &CallTokenKey,
    account: AccountId,
    device: DeviceId,
    now: Timestamp,
    lifetime_secs: u64,
) -> (Vec<u8>, Timestamp) {
    let expires_at = now.saturating_add_secs(lifetime_secs.min(BLOB_GRANT_SECS_MAX));
    let mut grant = Vec::with_capacity(BLOB_GRANT_BYTES);
    grant.push(BLOB_GRANT_VERSION);
    grant.extend_from_slice(&key.public());
    grant.extend_from_slice(&account.0.to_be_bytes());
    grant.extend_from_slice(&device.0.to_be_bytes());
    grant.extend_from_slice(&now.0.to_be_bytes());
    grant.extend_from_slice(&expires_at.0.to_be_bytes());
    let signature = key.sign_raw(&[SIGNING_DOMAIN, &grant].concat());
    grant.extend_from_slice(&signature);
    (grant, expires_at)
}

/// Checks `grant` at `now` against the issuer keys `trusted`. Checks, in order: the form, the
/// issuer, the signature (before anything the grant says is believed), the time.
pub fn verify(
    grant: &[u8],
    trusted: &[[u8; 32]],
    now: Timestamp,
) -> Result<BlobGrantClaims, BlobGrantError> {
    let Some(&version) = grant.first() else {
        return Err(BlobGrantError::Malformed("empty".into()));
    };
    if version != BLOB_GRANT_VERSION {
        return Err(BlobGrantError::UnsupportedVersion(version));
    }
    if grant.len() != BLOB_GRANT_BYTES {
        return Err(BlobGrantError::Malformed(format!(
            "{} bytes; a grant has {BLOB_GRANT_BYTES}",
            grant.len()
        )));
    }
    let (body, signature) = grant.split_at(BODY_BYTES);
    let u64_at = |from: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&body[from..from + 8]);
        b
    };
    let mut issuer = [0u8; 32];
    issuer.copy_from_slice(&body[1..33]);
    if !trusted.contains(&issuer) {
        return Err(BlobGrantError::UnknownIssuer);
    }
    let key = VerifyingKey::from_bytes(&issuer).map_err(|_| BlobGrantError::Forged)?;
    let signature = Signature::from_slice(signature).map_err(|_| BlobGrantError::Forged)?;
    key.verify(&[SIGNING_DOMAIN, body].concat(), &signature)
        .map_err(|_| BlobGrantError::Forged)?;
    let claims = BlobGrantClaims {
        issuer,
        account: AccountId(u64::from_be_bytes(u64_at(33))),
        device: DeviceId(u64::from_be_bytes(u64_at(41))),
        issued_at: Timestamp(i64::from_be_bytes(u64_at(49))),
        expires_at: Timestamp(i64::from_be_bytes(u64_at(57))),
    };
    let (issued_at, expires_at) = (claims.issued_at, claims.expires_at);
    if expires_at < issued_at || issued_at.saturating_add_secs(BLOB_GRANT_SECS_MAX) < expires_at {
        return Err(BlobGrantError::Malformed(format!(
            "valid from {issued_at} to {expires_at}; grants live at most {BLOB_GRANT_SECS_MAX} s"
        )));
    }
    if now >= expires_at {
        return Err(BlobGrantError::Expired {
            expired_at: expires_at,
        });
    }
    if now.saturating_add_secs(CLOCK_SKEW_SECS_MAX) < issued_at {
        return Err(BlobGrantError::NotYetValid { issued_at });
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = Timestamp(1_700_000_000_000);

    #[test]
    fn a_grant_verifies_until_it_expires_and_only_from_a_trusted_key() {
        let key = CallTokenKey::from_seed(&[1; 32]);
        let (grant, expires_at) = issue(&key, AccountId(3), DeviceId(9), NOW, 60);
        assert_eq!(grant.len(), BLOB_GRANT_BYTES);
        let claims = verify(&grant, &[key.public()], NOW).expect("valid");
        assert_eq!((claims.account, claims.device), (AccountId(3), DeviceId(9)));
        assert_eq!(
            verify(&grant, &[key.public()], expires_at),
            Err(BlobGrantError::Expired {
                expired_at: expires_at
            })
        );
        let other = CallTokenKey::from_seed(&[2; 32]);
        assert_eq!(
            verify(&grant, &[other.public()], NOW),
            Err(BlobGrantError::UnknownIssuer)
        );
        // Any changed byte of the claims breaks the signature.
        for at in 33..BODY_BYTES {
            let mut bad = grant.clone();
            bad[at] ^= 1;
            let got = verify(&bad, &[key.public()], NOW);
            assert!(
                matches!(got, Err(BlobGrantError::Forged)),
                "byte {at}: {got:?}"
            );
        }
        assert!(matches!(
            verify(&grant[..grant.len() - 1], &[key.public()], NOW),
            Err(BlobGrantError::Malformed(_))
        ));
        assert!(matches!(
            verify(&[], &[key.public()], NOW),
            Err(BlobGrantError::Malformed(_))
        ));
        let mut v2 = grant.clone();
        v2[0] = 2;
        assert_eq!(
            verify(&v2, &[key.public()], NOW),
            Err(BlobGrantError::UnsupportedVersion(2))
        );
    }

    #[test]
    fn a_call_token_is_no_grant() {
        let key = CallTokenKey::from_seed(&[1; 32]);
        let group = conclave_proto::GroupId::new(vec![7; 7]).unwrap();
        let (token, _) = key.issue(&group, [0; 16], DeviceId(1), NOW, 60);
        assert!(verify(&token, &[key.public()], NOW).is_err());
        // Nor is a grant's body signed under the call token domain (the same key signs both).
        let (grant, _) = issue(&key, AccountId(3), DeviceId(9), NOW, 60);
        let mut forged = grant[..BODY_BYTES].to_vec();
        let wrong_domain = key.sign_raw(&[crate::call_token::SIGNING_DOMAIN, &forged].concat());
        forged.extend_from_slice(&wrong_domain);
        assert_eq!(
            verify(&forged, &[key.public()], NOW),
            Err(BlobGrantError::Forged)
        );
    }
}
