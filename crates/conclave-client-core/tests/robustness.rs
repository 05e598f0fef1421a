//! Attacker input gets an error, never a panic: the content decoders of the client core on
//! arbitrary bytes. (What a malicious member can put inside an MLS message reaches these.)

use conclave_client_core::{envelope::Envelope, ledger::LedgerPayload};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn envelope_decoder_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Envelope::decode(&bytes);
        // Behind a valid version byte, postcard gets to the content.
        let mut versioned = vec![conclave_client_core::envelope::ENVELOPE_VERSION];
        versioned.extend(&bytes);
        if let Ok(envelope) = Envelope::decode(&versioned) {
            let _ = envelope.content.summary();
        }
    }

    #[test]
    fn ledger_decoder_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let payload = LedgerPayload::from_bytes(&bytes);
        let _ = payload.summary();
        let mut versioned = vec![1u8];
        versioned.extend(&bytes);
        let payload = LedgerPayload::from_bytes(&versioned);
        let _ = payload.summary();
        // Unreadable payloads keep their bytes: a newer client can still read them.
        if let LedgerPayload::Unreadable(_) = payload {
            prop_assert_eq!(payload.to_bytes(), versioned);
        }
    }
}
