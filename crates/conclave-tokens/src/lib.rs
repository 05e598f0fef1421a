//! Privacy Pass tokens for Conclave's relays: RFC 9576 (architecture), RFC 9577 (the
//! `TokenChallenge` and `Token` structures) and RFC 9578 §6 (issuance protocol 2, publicly
//! verifiable blind RSA, token type `0x0002`: RSABSSA-SHA384-PSS-Deterministic with 2048-bit
//! keys).
//!
//! The parts, in the order a token lives:
//! - the **issuer** (a member's home server) holds an [`IssuerSecretKey`] and answers
//!   `TokenRequest`s of authenticated members with [`IssuerSecretKey::issue`]; it sees only a
//!   blinded message, never the challenge (so never the origin) nor the token it becomes;
//! - the **client** builds a [`TokenChallenge`] for the origin it will spend the token at (a
//!   relay), calls [`begin`] for a `TokenRequest` and [`PendingToken::finish`] on the answer,
//!   which unblinds and verifies the signature;
//! - the **origin** (a relay) checks tokens with the issuer's public key alone in a
//!   [`Verifier`], which also remembers spent tokens (bounded: see [`Verifier::new`]).
//!
//! Sans-IO: no sockets, files or clock. Randomness (nonces, blinding factors) comes from the
//! operating system through `blind-rsa-signatures`' generator. Every decoder takes any bytes
//! and answers a [`TokenError`], never a panic.
#![forbid(unsafe_code)]

use std::{
    collections::{HashMap, HashSet},
    fmt,
};

use blind_rsa_signatures::{
    BlindSignature, BlindingResult, DefaultRng, KeyPairSha384PSSDeterministic,
    PublicKeySha384PSSDeterministic, SecretKeySha384PSSDeterministic, Signature,
    reexports::rand::{CryptoRng, TryRng as _},
};
use sha2::{Digest as _, Sha256};

/// The token type of RFC 9578 §8.2: publicly verifiable, blind RSA (2048-bit).
pub const TOKEN_TYPE: u16 = 0x0002;

/// Modulus bits of an issuer key (RFC 9578 §6: 2048).
pub const MODULUS_BITS: usize = 2048;

/// `Nk`: bytes of the modulus, a blinded message, a blind signature and an authenticator.
pub const NK: usize = MODULUS_BITS / 8;

/// Bytes of a token nonce.
pub const NONCE_LEN: usize = 32;

/// The signed part of a token: `token_type ‖ nonce ‖ challenge_digest ‖ token_key_id`.
pub const TOKEN_INPUT_LEN: usize = 2 + NONCE_LEN + 32 + 32;

/// An RFC 9577 `Token` of type 0x0002: the token input and the 256-byte authenticator.
pub const TOKEN_LEN: usize = TOKEN_INPUT_LEN + NK;

/// An RFC 9578 §6.1 `TokenRequest`: `token_type ‖ truncated_token_key_id ‖ blinded_msg`.
pub const TOKEN_REQUEST_LEN: usize = 2 + 1 + NK;

/// An RFC 9578 §6.2 `TokenResponse`: the blind signature.
pub const TOKEN_RESPONSE_LEN: usize = NK;

/// Longest `issuer_name` and `origin_info` a `TokenChallenge` can carry (16-bit lengths).
pub const CHALLENGE_NAME_BYTES_MAX: usize = u16::MAX as usize;

/// What is wrong with a key, a request, a response or a token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TokenError {
    /// The bytes are not what they claim to be: wrong length, wrong token type, a value out
    /// of range, a name too long for its field.
    #[error("malformed token data (wrong length, token type or encoding)")]
    Malformed,
    /// The token or request names an issuer key this side does not know (another issuer's,
    /// or one rotated out).
    #[error(
        "the token's issuer key is not one this verifier trusts (foreign issuer or a rotated-out key)"
    )]
    UnknownKey,
    /// The token was issued for a challenge of another origin (or another issuer name).
    #[error("the token was issued for another origin")]
    WrongOrigin,
    /// The signature does not verify: forged or tampered.
    #[error("the token's signature does not verify (forged or tampered)")]
    BadSignature,
    /// This token was spent before.
    #[error("the token was already spent")]
    AlreadySpent,
    /// The verifier remembers as many spent tokens as it may; it refuses more until a key is
    /// rotated out ([`Verifier::forget_key`]).
    #[error(
        "the verifier's spent-token set is full; tokens are refused until an issuer key rotates out"
    )]
    SpendSetFull,
    /// A key could not be made, read or written.
    #[error("issuer key: {0}")]
    Crypto(String),
}

type Result<T, E = TokenError> = std::result::Result<T, E>;

type PublicKey = PublicKeySha384PSSDeterministic;
type SecretKey = SecretKeySha384PSSDeterministic;

// ------------------------------------------------------------------------------------------------
// Issuer keys

/// An issuer's public key, with its RFC 9578 §6.5 encoding (SPKI with the RSASSA-PSS OID and
/// SHA-384 parameters) and `token_key_id` (SHA-256 of that encoding).
#[derive(Clone)]
pub struct IssuerPublicKey {
    key: PublicKey,
    spki: Vec<u8>,
    key_id: [u8; 32],
}

impl IssuerPublicKey {
    fn new(key: PublicKey) -> Result<Self> {
        if key.components().n().len() != NK {
            return Err(TokenError::Crypto(format!(
                "an issuer key must have a {MODULUS_BITS}-bit modulus"
            )));
        }
        let spki = key
            .to_spki()
            .map_err(|e| TokenError::Crypto(format!("cannot encode the public key: {e}")))?;
        let key_id = Sha256::digest(&spki).into();
        Ok(IssuerPublicKey { key, spki, key_id })
    }

    /// The RFC 9578 §6.5 encoding, which [`IssuerPublicKey::from_spki_der`] reads back.
    pub fn to_spki_der(&self) -> Vec<u8> {
        self.spki.clone()
    }

    /// Reads the RFC 9578 §6.5 encoding of a 2048-bit key (exactly that encoding: the key id
    /// is a hash of these bytes, so a second encoding of one key would be a second id).
    pub fn from_spki_der(spki: &[u8]) -> Result<Self> {
        let key = PublicKey::from_spki(spki).map_err(|_| TokenError::Malformed)?;
        let parsed = Self::new(key).map_err(|_| TokenError::Malformed)?;
        if parsed.spki != spki {
            return Err(TokenError::Malformed);
        }
        Ok(parsed)
    }

    /// RFC 9578 `token_key_id`: SHA-256 of [`IssuerPublicKey::to_spki_der`].
    pub fn key_id(&self) -> [u8; 32] {
        self.key_id
    }
}

impl PartialEq for IssuerPublicKey {
    fn eq(&self, other: &Self) -> bool {
        self.spki == other.spki
    }
}

impl Eq for IssuerPublicKey {}

impl fmt::Debug for IssuerPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IssuerPublicKey({})", hex(&self.key_id))
    }
}

/// An issuer's secret key. `Debug` shows only the public key id; the key material is
/// zeroized on drop (by `rsa`).
pub struct IssuerSecretKey {
    key: SecretKey,
    public: IssuerPublicKey,
}

impl IssuerSecretKey {
    /// A fresh 2048-bit key from the operating system's randomness (takes a moment: RSA key
    /// generation).
    pub fn generate() -> Result<Self> {
        let pair = KeyPairSha384PSSDeterministic::generate(&mut DefaultRng, MODULUS_BITS)
            .map_err(|e| TokenError::Crypto(format!("cannot generate a key: {e}")))?;
        Ok(IssuerSecretKey {
            public: IssuerPublicKey::new(pair.pk)?,
            key: pair.sk,
        })
    }

    /// PKCS#8 DER, for the issuer's key file.
    pub fn to_pkcs8_der(&self) -> Result<Vec<u8>> {
        self.key
            .to_der()
            .map_err(|e| TokenError::Crypto(format!("cannot encode the key: {e}")))
    }

    /// Reads PKCS#8 DER (PKCS#1 is accepted too); the key is checked (consistent, 2048-bit,
    /// public exponent 3 or 65537).
    pub fn from_pkcs8_der(der: &[u8]) -> Result<Self> {
        let key = SecretKey::from_der(der)
            .map_err(|e| TokenError::Crypto(format!("not a usable RSA private key: {e}")))?;
        let public = key
            .public_key()
            .map_err(|e| TokenError::Crypto(format!("unsupported RSA key: {e}")))?;
        Ok(IssuerSecretKey {
            public: IssuerPublicKey::new(public)?,
            key,
        })
    }

    pub fn public_key(&self) -> IssuerPublicKey {
        self.public.clone()
    }

    /// Checks a `TokenRequest` without signing it: its length and type, that it is for this
    /// key (by the truncated key id: [`TokenError::UnknownKey`] otherwise) and that the
    /// blinded message is below the modulus. What [`IssuerSecretKey::issue`] refuses, this
    /// refuses, so an issuer can check a whole batch before it charges for any.
    pub fn check_request(&self, token_request: &[u8]) -> Result<()> {
        let blinded = self.blinded_message(token_request)?;
        // Big-endian, equal lengths: lexicographic order is numeric order.
        if blinded >= self.public.key.components().n().as_slice() {
            return Err(TokenError::Malformed);
        }
        Ok(())
    }

    fn blinded_message<'a>(&self, token_request: &'a [u8]) -> Result<&'a [u8]> {
        if token_request.len() != TOKEN_REQUEST_LEN {
            return Err(TokenError::Malformed);
        }
        if u16::from_be_bytes([token_request[0], token_request[1]]) != TOKEN_TYPE {
            return Err(TokenError::Malformed);
        }
        if token_request[2] != self.public.key_id[31] {
            return Err(TokenError::UnknownKey);
        }
        Ok(&token_request[3..])
    }

    /// Answers a `TokenRequest` with a `TokenResponse` (RFC 9578 §6.2): the blind signature.
    pub fn issue(&self, token_request: &[u8]) -> Result<Vec<u8>> {
        self.check_request(token_request)?;
        let blinded = self.blinded_message(token_request)?;
        let signature = self
            .key
            .blind_sign(blinded)
            .map_err(|_| TokenError::Malformed)?;
        Ok(signature.0)
    }
}

impl fmt::Debug for IssuerSecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "IssuerSecretKey(public {}, secret redacted)",
            hex(&self.public.key_id)
        )
    }
}

// ------------------------------------------------------------------------------------------------
// Challenges

/// An RFC 9577 §2.1 `TokenChallenge` of type 0x0002 with an empty `redemption_context` (so
/// tokens can be fetched ahead of time) and `origin_info` = `origin` (one name: the relay's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenChallenge {
    pub issuer_name: String,
    pub origin: String,
}

impl TokenChallenge {
    pub fn new(issuer_name: impl Into<String>, origin: impl Into<String>) -> Self {
        TokenChallenge {
            issuer_name: issuer_name.into(),
            origin: origin.into(),
        }
    }

    /// The wire encoding. [`TokenError::Malformed`] for an empty issuer name or a name longer
    /// than [`CHALLENGE_NAME_BYTES_MAX`].
    pub fn encode(&self) -> Result<Vec<u8>> {
        let issuer = self.issuer_name.as_bytes();
        let origin = self.origin.as_bytes();
        if issuer.is_empty() || issuer.len() > CHALLENGE_NAME_BYTES_MAX {
            return Err(TokenError::Malformed);
        }
        let origin_len = u16::try_from(origin.len()).map_err(|_| TokenError::Malformed)?;
        let issuer_len = u16::try_from(issuer.len()).map_err(|_| TokenError::Malformed)?;
        let mut out = Vec::with_capacity(2 + 2 + issuer.len() + 1 + 2 + origin.len());
        out.extend_from_slice(&TOKEN_TYPE.to_be_bytes());
        out.extend_from_slice(&issuer_len.to_be_bytes());
        out.extend_from_slice(issuer);
        out.push(0); // redemption_context: empty
        out.extend_from_slice(&origin_len.to_be_bytes());
        out.extend_from_slice(origin);
        Ok(out)
    }

    /// `challenge_digest` of RFC 9578 §6.1: SHA-256 of the encoding.
    pub fn digest(&self) -> Result<[u8; 32]> {
        Ok(Sha256::digest(self.encode()?).into())
    }
}

// ------------------------------------------------------------------------------------------------
// The client side

/// A token being issued: what [`begin`] keeps for [`PendingToken::finish`]. Holds the
/// blinding secret, so `Debug` shows nothing of it.
pub struct PendingToken {
    key: IssuerPublicKey,
    token_input: [u8; TOKEN_INPUT_LEN],
    blinding: BlindingResult,
}

impl fmt::Debug for PendingToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PendingToken(key {}, redacted)", hex(&self.key.key_id))
    }
}

/// Starts issuance of one token for `challenge` from the issuer whose key is `pk`: a fresh
/// nonce, the token input, blinded. Returns the `TokenRequest` to send to the issuer (which
/// learns neither the challenge nor the nonce) and the state to finish with.
pub fn begin(pk: &IssuerPublicKey, challenge: &TokenChallenge) -> Result<(Vec<u8>, PendingToken)> {
    let mut nonce = [0u8; NONCE_LEN];
    let Ok(()) = DefaultRng.try_fill_bytes(&mut nonce);
    begin_with(pk, challenge.digest()?, nonce, &mut DefaultRng)
}

/// [`begin`] with the challenge digest, the nonce and the generator of the blinding salt and
/// factor given (the RFC 9578 test vectors fix them, and some of their challenges carry a
/// redemption context and several origins, which [`TokenChallenge`] does not).
fn begin_with<R: CryptoRng>(
    pk: &IssuerPublicKey,
    digest: [u8; 32],
    nonce: [u8; NONCE_LEN],
    rng: &mut R,
) -> Result<(Vec<u8>, PendingToken)> {
    let mut token_input = [0u8; TOKEN_INPUT_LEN];
    token_input[..2].copy_from_slice(&TOKEN_TYPE.to_be_bytes());
    token_input[2..34].copy_from_slice(&nonce);
    token_input[34..66].copy_from_slice(&digest);
    token_input[66..].copy_from_slice(&pk.key_id);
    let blinding = pk
        .key
        .blind(rng, token_input)
        .map_err(|e| TokenError::Crypto(format!("cannot blind the token: {e}")))?;
    let mut request = Vec::with_capacity(TOKEN_REQUEST_LEN);
    request.extend_from_slice(&TOKEN_TYPE.to_be_bytes());
    request.push(pk.key_id[31]);
    request.extend_from_slice(&blinding.blind_message.0);
    if request.len() != TOKEN_REQUEST_LEN {
        return Err(TokenError::Crypto(
            "blinded message of the wrong size".into(),
        ));
    }
    Ok((
        request,
        PendingToken {
            key: pk.clone(),
            token_input,
            blinding,
        },
    ))
}

impl PendingToken {
    /// Unblinds the issuer's `TokenResponse` into the token and verifies its signature with
    /// the issuer's public key ([`TokenError::BadSignature`] if it does not verify: a wrong
    /// or malicious issuer).
    pub fn finish(self, token_response: &[u8]) -> Result<Token> {
        if token_response.len() != TOKEN_RESPONSE_LEN {
            return Err(TokenError::Malformed);
        }
        let signature = self
            .key
            .key
            .finalize(
                &BlindSignature(token_response.to_vec()),
                &self.blinding,
                self.token_input,
            )
            .map_err(|_| TokenError::BadSignature)?;
        let mut bytes = Vec::with_capacity(TOKEN_LEN);
        bytes.extend_from_slice(&self.token_input);
        bytes.extend_from_slice(&signature.0);
        Token::from_bytes(&bytes)
    }
}

/// An RFC 9577 §2.2 `Token` of type 0x0002, as wire bytes ([`TOKEN_LEN`]). A bearer credential
/// until spent: `Debug` shows only its key id.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(Vec<u8>);

impl Token {
    /// Reads wire bytes: the length and the token type are checked, the rest by a
    /// [`Verifier`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Token> {
        if bytes.len() != TOKEN_LEN || u16::from_be_bytes([bytes[0], bytes[1]]) != TOKEN_TYPE {
            return Err(TokenError::Malformed);
        }
        Ok(Token(bytes.to_vec()))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    pub fn nonce(&self) -> [u8; NONCE_LEN] {
        array(&self.0[2..34])
    }

    pub fn challenge_digest(&self) -> [u8; 32] {
        array(&self.0[34..66])
    }

    pub fn key_id(&self) -> [u8; 32] {
        array(&self.0[66..98])
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Token(key {}, redacted)", hex(&self.key_id()))
    }
}

// ------------------------------------------------------------------------------------------------
// The origin side

/// Checks tokens at one origin (a relay) with the trusted issuers' public keys alone, and
/// refuses a token spent before.
///
/// Spent tokens are remembered by (key id, nonce) until their key is forgotten
/// ([`Verifier::forget_key`], at key rotation): a key rotated out makes its tokens
/// [`TokenError::UnknownKey`] anyway. At most `spent_max` are remembered; when the set is full
/// further tokens are refused ([`TokenError::SpendSetFull`]) rather than the set growing
/// without bound or forgetting (which would let a token be spent twice).
pub struct Verifier {
    origin: String,
    /// Key id → (issuer name, key, the challenge digest a token of that issuer for this
    /// origin carries).
    keys: HashMap<[u8; 32], TrustedKey>,
    /// Key id → nonces spent with that key.
    spent: HashMap<[u8; 32], HashSet<[u8; NONCE_LEN]>>,
    spent_len: usize,
    spent_max: usize,
}

struct TrustedKey {
    issuer_name: String,
    key: IssuerPublicKey,
    digest: [u8; 32],
}

impl Verifier {
    /// A verifier for `origin` trusting each `(issuer_name, keys)`. [`TokenError::Malformed`]
    /// when an issuer name cannot be put in a challenge (empty or too long).
    pub fn new(
        trusted: Vec<(String, Vec<IssuerPublicKey>)>,
        origin: String,
        spent_max: usize,
    ) -> Result<Verifier> {
        let mut verifier = Verifier {
            origin,
            keys: HashMap::new(),
            spent: HashMap::new(),
            spent_len: 0,
            spent_max,
        };
        for (issuer_name, keys) in trusted {
            for key in keys {
                verifier.trust_key(&issuer_name, key)?;
            }
        }
        Ok(verifier)
    }

    /// Trusts one more key of `issuer_name` (a rotated-in key).
    pub fn trust_key(&mut self, issuer_name: &str, key: IssuerPublicKey) -> Result<()> {
        let digest = TokenChallenge::new(issuer_name, self.origin.as_str()).digest()?;
        self.keys.insert(
            key.key_id,
            TrustedKey {
                issuer_name: issuer_name.to_owned(),
                key,
                digest,
            },
        );
        Ok(())
    }

    /// Stops trusting a key and forgets the tokens spent with it (key rotation).
    pub fn forget_key(&mut self, key_id: [u8; 32]) {
        self.keys.remove(&key_id);
        if let Some(nonces) = self.spent.remove(&key_id) {
            self.spent_len -= nonces.len();
        }
    }

    /// The origin this verifier checks tokens for.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The issuer that a trusted key belongs to.
    pub fn issuer_of(&self, key_id: &[u8; 32]) -> Option<&str> {
        self.keys.get(key_id).map(|k| k.issuer_name.as_str())
    }

    /// How many spent tokens are remembered.
    pub fn spent_len(&self) -> usize {
        self.spent_len
    }

    /// Checks a token and marks it spent: its type and length, a trusted key, a challenge of
    /// that key's issuer for this origin, the signature, and that it was not spent before.
    /// A refused token is not marked spent.
    pub fn redeem(&mut self, token: &[u8]) -> Result<()> {
        self.spend(token).map(|_| ())
    }

    /// [`Verifier::redeem`], answering what was marked spent: the record a spend log keeps
    /// so that the set outlives a restart ([`Verifier::restore_spent`]).
    pub fn spend(&mut self, token: &[u8]) -> Result<Spent> {
        let token = Token::from_bytes(token)?;
        let key_id = token.key_id();
        let trusted = self.keys.get(&key_id).ok_or(TokenError::UnknownKey)?;
        if token.challenge_digest() != trusted.digest {
            return Err(TokenError::WrongOrigin);
        }
        verify_signature(&trusted.key, &token)?;
        let nonce = token.nonce();
        if self
            .spent
            .get(&key_id)
            .is_some_and(|nonces| nonces.contains(&nonce))
        {
            return Err(TokenError::AlreadySpent);
        }
        if self.spent_len >= self.spent_max {
            return Err(TokenError::SpendSetFull);
        }
        self.spent.entry(key_id).or_default().insert(nonce);
        self.spent_len += 1;
        Ok(Spent { key_id, nonce })
    }

    /// Marks nonces of `key_id` spent again (a spend log replayed after a restart). They are
    /// kept even past `spent_max`: forgetting one would let its token be spent twice, and a
    /// full set only refuses new tokens ([`TokenError::SpendSetFull`]). Restored nonces of a
    /// key that is not trusted yet wait for it; [`Verifier::forget_key`] drops them.
    pub fn restore_spent(
        &mut self,
        key_id: [u8; 32],
        nonces: impl IntoIterator<Item = [u8; NONCE_LEN]>,
    ) {
        let set = self.spent.entry(key_id).or_default();
        for nonce in nonces {
            if set.insert(nonce) {
                self.spent_len += 1;
            }
        }
    }
}

/// One accepted token, as a spend log records it: the issuer key it was signed with and its
/// nonce (nothing that names its holder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spent {
    pub key_id: [u8; 32],
    pub nonce: [u8; NONCE_LEN],
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verifier")
            .field("origin", &self.origin)
            .field("keys", &self.keys.len())
            .field("spent", &self.spent_len)
            .field("spent_max", &self.spent_max)
            .finish()
    }
}

/// Whether the token's authenticator is the key's signature of its token input.
fn verify_signature(key: &IssuerPublicKey, token: &Token) -> Result<()> {
    let (input, authenticator) = token.0.split_at(TOKEN_INPUT_LEN);
    key.key
        .verify(&Signature(authenticator.to_vec()), None, input)
        .map_err(|_| TokenError::BadSignature)
}

fn array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(bytes);
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
