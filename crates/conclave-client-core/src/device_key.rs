//! A device's Ed25519 key: it authenticates the device to the server (by signing a challenge)
//! and will be its MLS credential key.

use std::fmt;

use conclave_proto::{DevicePublicKey, Signature, auth_transcript};
use ed25519_dalek::{Signer as _, SigningKey};
use zeroize::Zeroizing;

pub struct DeviceKey(SigningKey);

impl DeviceKey {
    pub fn generate(rng: &mut (impl rand::CryptoRng + rand::RngCore)) -> Self {
        DeviceKey(SigningKey::generate(rng))
    }

    pub fn from_secret_bytes(bytes: &[u8; 32]) -> Self {
        DeviceKey(SigningKey::from_bytes(bytes))
    }

    /// The secret key bytes, for storing at rest (zeroized when dropped).
    pub fn secret_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.0.to_bytes())
    }

    pub fn public(&self) -> DevicePublicKey {
        DevicePublicKey(self.0.verifying_key().to_bytes())
    }

    /// The Ed25519 key itself, for what the engine signs and opens with it (history offers).
    pub(crate) fn signing_key(&self) -> SigningKey {
        self.0.clone()
    }

    /// Signs the server's authentication challenge.
    pub fn sign_challenge(&self, challenge: &[u8; 32]) -> Signature {
        Signature(self.0.sign(&auth_transcript(challenge)).to_bytes())
    }
}

impl fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeviceKey(public: {:?})", self.public())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn round_trips_and_signs() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let key = DeviceKey::generate(&mut rng);
        let again = DeviceKey::from_secret_bytes(&key.secret_bytes());
        assert_eq!(key.public(), again.public());
        let sig = key.sign_challenge(&[1; 32]);
        let vk = ed25519_dalek::VerifyingKey::from_bytes(&key.public().0).unwrap();
        assert!(
            vk.verify_strict(
                &auth_transcript(&[1; 32]),
                &ed25519_dalek::Signature::from_bytes(&sig.0)
            )
            .is_ok()
        );
        assert!(!format!("{key:?}").contains(&format!("{:?}", key.secret_bytes().as_slice())));
    }
}
