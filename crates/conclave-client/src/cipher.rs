//! How state values are encrypted at rest, on every platform: ChaCha20-Poly1305 with a random
//! nonce and the value's key as associated data (a value cannot be moved to another key), under
//! a 256-bit state key from argon2id(passphrase, salt) or a random key file. A check value
//! sealed at creation tells a wrong passphrase apart from corruption.

use chacha20poly1305::{
    ChaCha20Poly1305, KeyInit, Nonce,
    aead::{Aead, Payload},
};
use rand::RngCore;
use zeroize::Zeroizing;

/// The plaintext of the check value, sealed under the key [`CHECK_KEY`].
pub const CHECK_PLAINTEXT: &[u8] = b"conclave state v1";
pub const CHECK_KEY: &[u8] = b"check";
/// argon2id cost: 19 MiB, 2 passes (OWASP's recommended minimum).
pub const ARGON2_MEMORY_KIB: u32 = 19 * 1024;
pub const ARGON2_PASSES: u32 = 2;
pub const SALT_BYTES: usize = 16;
const NONCE_BYTES: usize = 12;

/// The state key could not be derived (argon2 refused its parameters).
#[derive(Debug, thiserror::Error)]
#[error("cannot derive the state key: {0}")]
pub struct DeriveError(String);

/// A value failed to decrypt: wrong key, or tampered with.
#[derive(Debug, thiserror::Error)]
#[error("a state value failed to decrypt")]
pub struct OpenError;

pub struct StateCipher(ChaCha20Poly1305);

impl StateCipher {
    pub fn new(key: &[u8; 32]) -> Self {
        StateCipher(ChaCha20Poly1305::new(key.into()))
    }

    /// A fresh random salt for [`derive_key`].
    pub fn fresh_salt() -> [u8; SALT_BYTES] {
        let mut salt = [0u8; SALT_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        salt
    }

    /// A fresh random state key (for a key file).
    pub fn fresh_key() -> Zeroizing<[u8; 32]> {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        key
    }

    /// `nonce ++ ciphertext`, bound to `key`.
    pub fn seal(&self, key: &[u8], value: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let mut out = nonce.to_vec();
        // Encryption with a valid key and nonce cannot fail.
        let ct = self
            .0
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: value,
                    aad: key,
                },
            )
            .unwrap_or_default();
        out.extend_from_slice(&ct);
        out
    }

    pub fn open(&self, key: &[u8], sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
        if sealed.len() < NONCE_BYTES {
            return Err(OpenError);
        }
        let (nonce, ct) = sealed.split_at(NONCE_BYTES);
        self.0
            .decrypt(Nonce::from_slice(nonce), Payload { msg: ct, aad: key })
            .map_err(|_| OpenError)
    }

    /// The check value to store beside the data.
    pub fn check_value(&self) -> Vec<u8> {
        self.seal(CHECK_KEY, CHECK_PLAINTEXT)
    }

    /// True when `sealed` is this key's check value: the passphrase was right.
    pub fn matches_check(&self, sealed: &[u8]) -> bool {
        self.open(CHECK_KEY, sealed)
            .is_ok_and(|v| v == CHECK_PLAINTEXT)
    }
}

/// The state key from a passphrase: argon2id with the costs above.
pub fn derive_key(passphrase: &str, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, DeriveError> {
    let params = argon2::Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, 1, Some(32))
        .map_err(|e| DeriveError(e.to_string()))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, key.as_mut())
        .map_err(|e| DeriveError(e.to_string()))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_bound_to_their_key_and_the_check_tells_passphrases_apart() {
        let salt = StateCipher::fresh_salt();
        let right = StateCipher::new(&derive_key("correct horse", &salt).unwrap());
        let wrong = StateCipher::new(&derive_key("wrong horse", &salt).unwrap());
        let sealed = right.seal(b"k", b"secret");
        assert_eq!(right.open(b"k", &sealed).unwrap(), b"secret");
        assert!(right.open(b"other", &sealed).is_err(), "bound to its key");
        assert!(wrong.open(b"k", &sealed).is_err());
        assert!(right.open(b"k", &sealed[..5]).is_err(), "short input");
        let check = right.check_value();
        assert!(right.matches_check(&check));
        assert!(!wrong.matches_check(&check));
    }
}
