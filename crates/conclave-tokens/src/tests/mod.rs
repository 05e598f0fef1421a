#![allow(clippy::unwrap_used)]

use std::{convert::Infallible, sync::OnceLock};

use blind_rsa_signatures::reexports::rand::{TryCryptoRng, TryRng};
use proptest::prelude::*;

use super::*;

mod vectors;

fn unhex(s: &str) -> Vec<u8> {
    assert!(s.len().is_multiple_of(2), "odd hex");
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// Hands out the given byte strings, one per `fill_bytes`, in order: the salt, then the
/// blinding factor (as `crypto-bigint` draws it: little-endian).
struct VectorRng(Vec<Vec<u8>>);

impl TryRng for VectorRng {
    type Error = Infallible;
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        unreachable!("the blinding draws bytes only")
    }
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        unreachable!("the blinding draws bytes only")
    }
    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        let next = self.0.remove(0);
        dst.copy_from_slice(&next);
        Ok(())
    }
}

impl TryCryptoRng for VectorRng {}

fn rfc_key() -> &'static IssuerSecretKey {
    static KEY: OnceLock<IssuerSecretKey> = OnceLock::new();
    KEY.get_or_init(|| IssuerSecretKey::from_pkcs8_der(&unhex(vectors::sk_pkcs8())).unwrap())
}

/// Two fresh issuers (key generation takes a moment, so once per test binary).
fn issuers() -> &'static (IssuerSecretKey, IssuerSecretKey) {
    static KEYS: OnceLock<(IssuerSecretKey, IssuerSecretKey)> = OnceLock::new();
    KEYS.get_or_init(|| {
        (
            IssuerSecretKey::generate().unwrap(),
            IssuerSecretKey::generate().unwrap(),
        )
    })
}

const ISSUER: &str = "home.example";
const RELAY: &str = "relay-entry-1";

fn token_for(sk: &IssuerSecretKey, issuer: &str, origin: &str) -> Token {
    let (request, pending) = begin(&sk.public_key(), &TokenChallenge::new(issuer, origin)).unwrap();
    pending.finish(&sk.issue(&request).unwrap()).unwrap()
}

fn verifier(keys: Vec<IssuerPublicKey>, spent_max: usize) -> Verifier {
    Verifier::new(vec![(ISSUER.to_owned(), keys)], RELAY.to_owned(), spent_max).unwrap()
}

#[test]
fn rfc9578_type2_vectors_issue_and_verify() {
    let sk = rfc_key();
    let pk = IssuerPublicKey::from_spki_der(&unhex(vectors::pk_spki())).unwrap();
    assert_eq!(sk.public_key(), pk);
    assert_eq!(pk.to_spki_der(), unhex(vectors::pk_spki()));
    for (i, v) in vectors::VECTORS.iter().enumerate() {
        let challenge = unhex(v.token_challenge);
        let digest: [u8; 32] = Sha256::digest(&challenge).into();
        let nonce: [u8; 32] = unhex(v.nonce).try_into().unwrap();
        let mut blind = unhex(v.blind);
        blind.reverse();
        let mut rng = VectorRng(vec![unhex(v.salt), blind]);
        let (request, pending) = begin_with(&pk, digest, nonce, &mut rng).unwrap();
        assert_eq!(request, unhex(v.token_request), "vector {i}: TokenRequest");
        let response = sk.issue(&request).unwrap();
        assert_eq!(
            response,
            unhex(v.token_response),
            "vector {i}: TokenResponse"
        );
        let token = pending.finish(&response).unwrap();
        assert_eq!(token.as_bytes(), unhex(v.token), "vector {i}: Token");
        assert_eq!(token.key_id(), pk.key_id());
        assert_eq!(token.challenge_digest(), digest);
        verify_signature(&pk, &Token::from_bytes(&unhex(v.token)).unwrap()).unwrap();
    }
}

#[test]
fn rfc9578_vectors_with_a_plain_challenge_redeem_at_their_origin() {
    // Vectors 2 and 4 have an empty redemption context and one origin ("origin.example", and
    // none): exactly the challenges this crate encodes.
    let pk = rfc_key().public_key();
    for (v, origin) in [
        (&vectors::VECTORS[1], "origin.example"),
        (&vectors::VECTORS[3], ""),
    ] {
        let challenge = TokenChallenge::new("issuer.example", origin);
        assert_eq!(challenge.encode().unwrap(), unhex(v.token_challenge));
        let mut verifier = Verifier::new(
            vec![("issuer.example".into(), vec![pk.clone()])],
            origin.into(),
            10,
        )
        .unwrap();
        verifier.redeem(&unhex(v.token)).unwrap();
        assert_eq!(
            verifier.redeem(&unhex(v.token)),
            Err(TokenError::AlreadySpent)
        );
    }
    let mut elsewhere = Verifier::new(
        vec![("issuer.example".into(), vec![pk])],
        "other.example".into(),
        10,
    )
    .unwrap();
    assert_eq!(
        elsewhere.redeem(&unhex(vectors::VECTORS[1].token)),
        Err(TokenError::WrongOrigin)
    );
}

#[test]
fn a_token_round_trips_and_verifies_with_the_public_key_alone() {
    let (sk, _) = issuers();
    let token = token_for(sk, ISSUER, RELAY);
    assert_eq!(token.as_bytes().len(), TOKEN_LEN);
    let public = IssuerPublicKey::from_spki_der(&sk.public_key().to_spki_der()).unwrap();
    let mut verifier = verifier(vec![public], 100);
    verifier.redeem(token.as_bytes()).unwrap();
    assert_eq!(verifier.spent_len(), 1);
    assert_eq!(verifier.issuer_of(&token.key_id()), Some(ISSUER));
}

#[test]
fn two_tokens_of_one_request_batch_are_unrelated() {
    let (sk, _) = issuers();
    let a = token_for(sk, ISSUER, RELAY);
    let b = token_for(sk, ISSUER, RELAY);
    assert_ne!(a.nonce(), b.nonce());
    let mut verifier = verifier(vec![sk.public_key()], 100);
    verifier.redeem(a.as_bytes()).unwrap();
    verifier.redeem(b.as_bytes()).unwrap();
}

#[test]
fn a_token_for_another_origin_is_refused() {
    let (sk, _) = issuers();
    let token = token_for(sk, ISSUER, "relay-exit-9");
    let mut verifier = verifier(vec![sk.public_key()], 100);
    assert_eq!(
        verifier.redeem(token.as_bytes()),
        Err(TokenError::WrongOrigin)
    );
    // Nor is one naming another issuer with this issuer's key.
    let token = token_for(sk, "someone-else.example", RELAY);
    assert_eq!(
        verifier.redeem(token.as_bytes()),
        Err(TokenError::WrongOrigin)
    );
    assert_eq!(verifier.spent_len(), 0);
}

#[test]
fn a_foreign_issuers_token_is_refused() {
    let (ours, foreign) = issuers();
    let token = token_for(foreign, ISSUER, RELAY);
    let mut verifier = verifier(vec![ours.public_key()], 100);
    assert_eq!(
        verifier.redeem(token.as_bytes()),
        Err(TokenError::UnknownKey)
    );
    // A foreign issuer answering a request made for our key: the client's check fails.
    // The blinded message is a number below our modulus; now and then it is not below the
    // foreign one, which then refuses it as malformed: take a request it can sign.
    for _ in 0..64 {
        let (request, pending) =
            begin(&ours.public_key(), &TokenChallenge::new(ISSUER, RELAY)).unwrap();
        // (The truncated key id is one byte: two keys share it one time in 256.)
        if foreign.public_key().key_id()[31] != ours.public_key().key_id()[31] {
            assert_eq!(foreign.check_request(&request), Err(TokenError::UnknownKey));
        }
        let mut forged = request.clone();
        forged[2] = foreign.public_key().key_id()[31];
        match foreign.issue(&forged) {
            Ok(response) => {
                assert_eq!(pending.finish(&response), Err(TokenError::BadSignature));
                return;
            }
            Err(e) => assert_eq!(e, TokenError::Malformed, "only above its modulus"),
        }
    }
    panic!("64 blinded requests in a row above the foreign modulus");
}

#[test]
fn a_reused_token_is_refused() {
    let (sk, _) = issuers();
    let token = token_for(sk, ISSUER, RELAY);
    let mut verifier = verifier(vec![sk.public_key()], 100);
    verifier.redeem(token.as_bytes()).unwrap();
    assert_eq!(
        verifier.redeem(token.as_bytes()),
        Err(TokenError::AlreadySpent)
    );
    assert_eq!(verifier.spent_len(), 1);
}

#[test]
fn a_tampered_token_is_refused_whichever_part_changed() {
    let (sk, _) = issuers();
    let token = token_for(sk, ISSUER, RELAY);
    let mut verifier = verifier(vec![sk.public_key()], 100);
    let cases = [
        (0, TokenError::Malformed),      // token type
        (2, TokenError::BadSignature),   // nonce
        (40, TokenError::WrongOrigin),   // challenge digest
        (70, TokenError::UnknownKey),    // key id
        (100, TokenError::BadSignature), // authenticator
        (TOKEN_LEN - 1, TokenError::BadSignature),
    ];
    for (at, expected) in cases {
        let mut bytes = token.as_bytes().to_vec();
        bytes[at] ^= 0x01;
        assert_eq!(verifier.redeem(&bytes), Err(expected), "byte {at} flipped");
    }
    assert_eq!(verifier.spent_len(), 0);
    verifier.redeem(token.as_bytes()).unwrap();
}

#[test]
fn truncated_or_extended_inputs_are_malformed() {
    let (sk, _) = issuers();
    let token = token_for(sk, ISSUER, RELAY);
    let mut verifier = verifier(vec![sk.public_key()], 100);
    let mut long = token.as_bytes().to_vec();
    long.push(0);
    assert_eq!(verifier.redeem(&long), Err(TokenError::Malformed));
    for len in 0..TOKEN_LEN {
        assert_eq!(
            verifier.redeem(&token.as_bytes()[..len]),
            Err(TokenError::Malformed)
        );
        assert!(Token::from_bytes(&token.as_bytes()[..len]).is_err());
    }
    let (request, pending) = begin(&sk.public_key(), &TokenChallenge::new(ISSUER, RELAY)).unwrap();
    for len in 0..TOKEN_REQUEST_LEN {
        assert_eq!(sk.issue(&request[..len]), Err(TokenError::Malformed));
    }
    let response = sk.issue(&request).unwrap();
    let finished = |bytes: &[u8]| {
        // A pending token is used up by `finish`: make a fresh one per try.
        let (_, p) = begin(&sk.public_key(), &TokenChallenge::new(ISSUER, RELAY)).unwrap();
        p.finish(bytes)
    };
    for len in [0, 1, TOKEN_RESPONSE_LEN - 1, TOKEN_RESPONSE_LEN + 1] {
        let mut bytes = response.clone();
        bytes.resize(len, 0);
        assert_eq!(finished(&bytes), Err(TokenError::Malformed));
    }
    pending.finish(&response).unwrap();
}

#[test]
fn a_request_of_another_type_or_above_the_modulus_is_refused() {
    let (sk, _) = issuers();
    let (request, _) = begin(&sk.public_key(), &TokenChallenge::new(ISSUER, RELAY)).unwrap();
    let mut other_type = request.clone();
    other_type[1] = 0x01;
    assert_eq!(sk.issue(&other_type), Err(TokenError::Malformed));
    let mut too_big = request.clone();
    too_big[3..].fill(0xff);
    assert_eq!(sk.check_request(&too_big), Err(TokenError::Malformed));
    assert_eq!(sk.issue(&too_big), Err(TokenError::Malformed));
    let mut other_key = request;
    other_key[2] ^= 0xff;
    assert_eq!(sk.issue(&other_key), Err(TokenError::UnknownKey));
}

#[test]
fn the_spent_set_is_bounded_and_a_rotated_out_key_frees_it() {
    let (old, new) = issuers();
    let mut verifier = verifier(vec![old.public_key()], 2);
    verifier.trust_key(ISSUER, new.public_key()).unwrap();
    verifier
        .redeem(token_for(old, ISSUER, RELAY).as_bytes())
        .unwrap();
    verifier
        .redeem(token_for(old, ISSUER, RELAY).as_bytes())
        .unwrap();
    let waiting = token_for(new, ISSUER, RELAY);
    assert_eq!(
        verifier.redeem(waiting.as_bytes()),
        Err(TokenError::SpendSetFull)
    );
    assert_eq!(verifier.spent_len(), 2);
    verifier.forget_key(old.public_key().key_id());
    assert_eq!(verifier.spent_len(), 0);
    verifier.redeem(waiting.as_bytes()).unwrap();
    assert_eq!(
        verifier.redeem(token_for(old, ISSUER, RELAY).as_bytes()),
        Err(TokenError::UnknownKey)
    );
    // A refused token never takes a place in the set.
    assert_eq!(verifier.spent_len(), 1);
}

#[test]
fn keys_round_trip_through_their_encodings() {
    let (sk, _) = issuers();
    let der = sk.to_pkcs8_der().unwrap();
    let back = IssuerSecretKey::from_pkcs8_der(&der).unwrap();
    assert_eq!(back.public_key(), sk.public_key());
    let token = token_for(&back, ISSUER, RELAY);
    verifier(vec![sk.public_key()], 1)
        .redeem(token.as_bytes())
        .unwrap();
    assert!(matches!(
        IssuerSecretKey::from_pkcs8_der(&der[..der.len() - 1]),
        Err(TokenError::Crypto(_))
    ));
    let spki = sk.public_key().to_spki_der();
    assert_eq!(spki.len(), 342);
    for len in 0..spki.len() {
        assert_eq!(
            IssuerPublicKey::from_spki_der(&spki[..len]),
            Err(TokenError::Malformed)
        );
    }
}

#[test]
fn a_challenge_with_unencodable_names_is_refused() {
    assert_eq!(
        TokenChallenge::new("", RELAY).digest(),
        Err(TokenError::Malformed)
    );
    let long = "x".repeat(CHALLENGE_NAME_BYTES_MAX + 1);
    assert_eq!(
        TokenChallenge::new(&*long, RELAY).digest(),
        Err(TokenError::Malformed)
    );
    assert_eq!(
        TokenChallenge::new(ISSUER, &*long).digest(),
        Err(TokenError::Malformed)
    );
    assert!(Verifier::new(vec![(String::new(), vec![])], RELAY.into(), 1).is_ok());
    let (sk, _) = issuers();
    assert_eq!(
        Verifier::new(
            vec![(String::new(), vec![sk.public_key()])],
            RELAY.into(),
            1
        )
        .err(),
        Some(TokenError::Malformed)
    );
}

#[test]
fn debug_output_shows_no_secret() {
    let (sk, _) = issuers();
    let (_, pending) = begin(&sk.public_key(), &TokenChallenge::new(ISSUER, RELAY)).unwrap();
    let token = token_for(sk, ISSUER, RELAY);
    let id = hex(&sk.public_key().key_id());
    for text in [
        format!("{sk:?}"),
        format!("{pending:?}"),
        format!("{token:?}"),
    ] {
        assert!(text.contains(&id), "{text}");
        assert!(text.contains("redacted"), "{text}");
        assert!(text.len() < 200, "{text}");
    }
}

#[test]
fn errors_say_what_is_wrong() {
    for (e, words) in [
        (TokenError::UnknownKey, "issuer key"),
        (TokenError::WrongOrigin, "another origin"),
        (TokenError::BadSignature, "signature"),
        (TokenError::AlreadySpent, "already spent"),
        (TokenError::SpendSetFull, "full"),
        (TokenError::Malformed, "malformed"),
    ] {
        assert!(e.to_string().contains(words), "{e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let sk = rfc_key();
        let mut verifier = Verifier::new(
            vec![("issuer.example".into(), vec![sk.public_key()])],
            "origin.example".into(),
            4,
        ).unwrap();
        prop_assert!(verifier.redeem(&bytes).is_err());
        let _ = sk.issue(&bytes);
        let _ = IssuerPublicKey::from_spki_der(&bytes);
        let _ = IssuerSecretKey::from_pkcs8_der(&bytes);
        let (_, pending) = begin(&sk.public_key(), &TokenChallenge::new("i", "o")).unwrap();
        prop_assert!(pending.finish(&bytes).is_err());
    }

    #[test]
    fn random_bytes_of_the_right_shape_never_panic(body in proptest::collection::vec(any::<u8>(), NK..=NK)) {
        let sk = rfc_key();
        let pk = sk.public_key();
        // A token with the right type and a trusted key id: only the signature stands in the way.
        let mut token = TOKEN_TYPE.to_be_bytes().to_vec();
        token.extend_from_slice(&body[..32]);
        token.extend_from_slice(&TokenChallenge::new("issuer.example", "origin.example").digest().unwrap());
        token.extend_from_slice(&pk.key_id());
        token.extend_from_slice(&body);
        let mut verifier = Verifier::new(
            vec![("issuer.example".into(), vec![pk.clone()])],
            "origin.example".into(),
            4,
        ).unwrap();
        prop_assert_eq!(verifier.redeem(&token), Err(TokenError::BadSignature));
        // A request with the right type and key id: signed, or refused as above the modulus.
        let mut request = TOKEN_TYPE.to_be_bytes().to_vec();
        request.push(pk.key_id()[31]);
        request.extend_from_slice(&body);
        match sk.issue(&request) {
            Ok(response) => prop_assert_eq!(response.len(), TOKEN_RESPONSE_LEN),
            Err(e) => prop_assert_eq!(e, TokenError::Malformed),
        }
        // A response of the right length that is not the signature: refused by `finish`.
        let (_, pending) = begin(&pk, &TokenChallenge::new("i", "o")).unwrap();
        prop_assert!(pending.finish(&body).is_err());
    }
}

#[test]
fn a_restored_spend_log_refuses_its_tokens_again_even_past_the_bound() {
    let (old, new) = issuers();
    let mut before = verifier(vec![old.public_key(), new.public_key()], 2);
    let token = token_for(old, ISSUER, RELAY);
    let spent = before.spend(token.as_bytes()).unwrap();
    assert_eq!(spent.key_id, old.public_key().key_id());
    assert_eq!(spent.nonce, token.nonce());
    let other = before
        .spend(token_for(old, ISSUER, RELAY).as_bytes())
        .unwrap();

    // A fresh verifier (a restarted relay) with the log replayed.
    let mut after = verifier(vec![old.public_key(), new.public_key()], 1);
    after.restore_spent(spent.key_id, [spent.nonce, other.nonce, spent.nonce]);
    assert_eq!(
        after.spent_len(),
        2,
        "restored past spent_max, duplicates once"
    );
    assert_eq!(
        after.redeem(token.as_bytes()),
        Err(TokenError::AlreadySpent)
    );
    assert_eq!(
        after.redeem(token_for(new, ISSUER, RELAY).as_bytes()),
        Err(TokenError::SpendSetFull)
    );
    after.forget_key(spent.key_id);
    assert_eq!(after.spent_len(), 0);
}
