//! RFC 9605 Appendix C vectors (every suite), and the frames the browser's implementation
//! (`crates/conclave-web/www/sframe.js`) must read and write byte for byte:
//!
//! - `tests/data/rfc9605-vectors.json`: the RFC's vectors (as the sframe crate ships them); the
//!   browser's tests check the same file.
//! - `tests/data/interop.json`: frames this crate encrypts from fixed keys. The test below fails
//!   when the crate's output changes (rewrite it with `CONCLAVE_BLESS=1`); the browser's tests
//!   decrypt every frame and encrypt every plaintext back to the same bytes.
//! - When `node` is installed, frames `sframe.js` encrypts are decrypted here.

use std::path::{Path, PathBuf};
use std::process::Command;

use conclave_call::{
    BaseKey, CallKeys, Codec, Instant, KeyId, KeyTiming, Suite, derive_key_material, sender_key,
};
use serde_json::{Value, json};
use sframe::frame::{EncryptedFrameView, MediaFrameView, SingleUseCounter};
use sframe::header::SframeHeader;
use sframe::key::{DecryptionKey, EncryptionKey};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn read_json(name: &str) -> Value {
    let text = std::fs::read_to_string(data(name)).expect("a readable test data file");
    serde_json::from_str(&text).expect("valid JSON")
}

fn unhex(v: &Value) -> Vec<u8> {
    let s = v.as_str().expect("a hex string");
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn num(v: &Value) -> u64 {
    v.as_u64().expect("a number")
}

fn suite(v: &Value) -> Suite {
    Suite::from_id(u16::try_from(num(v)).expect("a suite id")).expect("a known suite")
}

/// Appendix C.2: header encodings.
#[test]
fn rfc9605_headers() {
    let vectors = read_json("rfc9605-vectors.json");
    let headers = vectors["header"].as_array().expect("header vectors");
    assert!(headers.len() > 200);
    for v in headers {
        let encoded = unhex(&v["encoded"]);
        let header = SframeHeader::new(num(&v["kid"]), num(&v["ctr"]));
        assert_eq!(Vec::from(&header), encoded);
        let parsed = SframeHeader::deserialize(&encoded).expect("a vector header");
        assert_eq!(
            (parsed.key_id(), parsed.counter()),
            (num(&v["kid"]), num(&v["ctr"]))
        );
        assert_eq!(parsed.len(), encoded.len());
    }
}

/// Appendix C.4: key schedule, encryption and decryption for every suite.
#[test]
fn rfc9605_frames_every_suite() {
    let vectors = read_json("rfc9605-vectors.json");
    let frames = vectors["sframe"].as_array().expect("sframe vectors");
    let mut suites: Vec<Suite> = Vec::new();
    for v in frames {
        let suite = suite(&v["cipher_suite"]);
        suites.push(suite);
        let (kid, ctr) = (num(&v["kid"]), num(&v["ctr"]));
        let base = unhex(&v["base_key"]);
        let (metadata, pt, ct) = (unhex(&v["metadata"]), unhex(&v["pt"]), unhex(&v["ct"]));

        let keys = derive_key_material(suite, &base, kid);
        assert_eq!(*keys.key, unhex(&v["sframe_key"]), "{suite:?} sframe_key");
        assert_eq!(
            *keys.salt,
            unhex(&v["sframe_salt"]),
            "{suite:?} sframe_salt"
        );
        // The nonce: the salt XOR the counter.
        let mut nonce = keys.salt.to_vec();
        for (n, c) in nonce.iter_mut().rev().zip(ctr.to_be_bytes().iter().rev()) {
            *n ^= c;
        }
        assert_eq!(nonce, unhex(&v["nonce"]), "{suite:?} nonce");

        let enc = EncryptionKey::derive_from(suite_of(suite), kid, &base).expect("a key");
        let media =
            MediaFrameView::try_with_meta_data(&mut SingleUseCounter::new(ctr), &pt, &metadata)
                .expect("a frame");
        let mut out = Vec::new();
        media.encrypt_into(&enc, &mut out).expect("encrypts");
        assert_eq!(&out[..metadata.len()], metadata.as_slice());
        assert_eq!(hex(&out[metadata.len()..]), hex(&ct), "{suite:?} ct");

        let dec = DecryptionKey::derive_from(suite_of(suite), kid, &base).expect("a key");
        let view = EncryptedFrameView::try_with_meta_data(&ct, &metadata).expect("a frame");
        let mut plain = Vec::new();
        let got = view.decrypt_into(&dec, &mut plain).expect("decrypts");
        assert_eq!(got.payload(), pt.as_slice());
        assert_eq!(got.counter(), ctr);

        let mut tampered = ct.clone();
        *tampered.last_mut().expect("a tag") ^= 1;
        let view = EncryptedFrameView::try_with_meta_data(&tampered, &metadata).expect("a frame");
        assert!(view.decrypt_into(&dec, &mut Vec::new()).is_err());
    }
    assert_eq!(suites, Suite::ALL, "a vector for every suite");
}

fn suite_of(suite: Suite) -> sframe::CipherSuite {
    match suite {
        Suite::AesCtr128HmacSha256_80 => sframe::CipherSuite::AesCtr128HmacSha256_80,
        Suite::AesCtr128HmacSha256_64 => sframe::CipherSuite::AesCtr128HmacSha256_64,
        Suite::AesCtr128HmacSha256_32 => sframe::CipherSuite::AesCtr128HmacSha256_32,
        Suite::AesGcm128Sha256 => sframe::CipherSuite::AesGcm128Sha256,
        Suite::AesGcm256Sha512 => sframe::CipherSuite::AesGcm256Sha512,
        _ => unreachable!("a suite this test does not know"),
    }
}

// ------------------------------------------------------------------------------- interop

const CALL_ID: &[u8] = b"interop call";

/// The fixture's base key of `epoch` (what the MLS exporter would give).
fn base_key_bytes(suite: Suite, epoch: u64) -> Vec<u8> {
    (0..suite.key_len())
        .map(|i| (i as u8).wrapping_mul(7) ^ epoch as u8)
        .collect()
}

fn base_key(suite: Suite, epoch: u64) -> BaseKey {
    BaseKey::new(suite, &base_key_bytes(suite, epoch)).expect("a base key")
}

fn codec_name(codec: Codec) -> &'static str {
    match codec {
        Codec::Opus => "opus",
        Codec::Vp8 => "vp8",
        _ => unreachable!("a codec this test does not know"),
    }
}

fn codec_of(name: &str) -> Codec {
    match name {
        "opus" => Codec::Opus,
        "vp8" => Codec::Vp8,
        other => panic!("unknown codec {other}"),
    }
}

/// What `tests/data/interop.json` holds: for two suites, two epochs' base keys, and frames of
/// several senders, streams and codecs, with their key material.
fn interop() -> Value {
    let opus: Vec<u8> = [0xfc].into_iter().chain((0..40).map(|i| i as u8)).collect();
    let vp8_key: Vec<u8> = [0x50, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]
        .into_iter()
        .chain((0..300).map(|i| (i * 13) as u8))
        .collect();
    let vp8_delta: Vec<u8> = [0x31, 0x02, 0x00]
        .into_iter()
        .chain((0..100).map(|i| (i * 5) as u8))
        .collect();
    let mut suites = Vec::new();
    for suite in [Suite::AesGcm128Sha256, Suite::AesGcm256Sha512] {
        let mut frames = Vec::new();
        for (leaf, context) in [(3u32, 0u32), (0x1234, 1), (65_535, 0xdead_beef)] {
            for epoch in [1u64, 2] {
                let mut keys = CallKeys::new(suite, leaf, KeyTiming::default()).expect("keys");
                keys.add_epoch(Instant::from_millis(0), epoch, base_key(suite, epoch))
                    .expect("epoch");
                let kid = KeyId::new(context, leaf, epoch).expect("a kid");
                let key = sender_key(&base_key(suite, epoch), kid);
                let mut send = |keys: &mut CallKeys, codec: Codec, frame: &[u8], counter: u64| {
                    let sent = keys
                        .encrypt(Instant::from_millis(0), context, codec, frame)
                        .expect("encrypts");
                    frames.push(json!({
                        "epoch": epoch, "leaf": leaf, "context": context, "kid": kid.as_u64(),
                        "counter": counter, "codec": codec_name(codec),
                        "sframe_key": hex(&key.key), "sframe_salt": hex(&key.salt),
                        "plain": hex(frame), "sframe": hex(&sent),
                    }));
                };
                send(&mut keys, Codec::Opus, &opus, 0);
                send(&mut keys, Codec::Vp8, &vp8_key, 1);
                send(&mut keys, Codec::Vp8, &vp8_delta, 2);
                // A counter of two bytes.
                for _ in 3..300 {
                    keys.encrypt(Instant::from_millis(0), context, Codec::Opus, &opus)
                        .expect("encrypts");
                }
                send(&mut keys, Codec::Opus, &opus[..1], 300);
            }
        }
        suites.push(json!({
            "suite": suite.id(),
            "base_keys": {
                "1": hex(&base_key_bytes(suite, 1)),
                "2": hex(&base_key_bytes(suite, 2)),
            },
            "frames": frames,
        }));
    }
    json!({
        "description": "Frames conclave-call encrypts (crates/conclave-call/tests/sframe.rs; CONCLAVE_BLESS=1 rewrites): prefix || SFrame header || ciphertext || tag, KID = context(32) || leaf(16) || epoch low 8 bits.",
        "call_id": hex(CALL_ID),
        "suites": suites,
    })
}

#[test]
fn interop_fixture_is_current() {
    let now = interop();
    if std::env::var_os("CONCLAVE_BLESS").is_some() {
        let text = serde_json::to_string_pretty(&now).expect("JSON") + "\n";
        std::fs::write(data("interop.json"), text).expect("writes the fixture");
    }
    assert!(
        read_json("interop.json") == now,
        "conclave-call encrypts differently from tests/data/interop.json: if that is intended, \
         rerun with CONCLAVE_BLESS=1 and check that the browser's tests still pass"
    );
}

/// Every fixture frame decrypts with the crate's own receive path.
#[test]
fn interop_fixture_decrypts() {
    let fixture = read_json("interop.json");
    for s in fixture["suites"].as_array().expect("suites") {
        let suite = suite(&s["suite"]);
        let mut keys = CallKeys::new(suite, 9, KeyTiming::default()).expect("keys");
        for epoch in [1u64, 2] {
            let base =
                BaseKey::new(suite, &unhex(&s["base_keys"][epoch.to_string()])).expect("a key");
            keys.add_epoch(Instant::from_millis(0), epoch, base)
                .expect("epoch");
        }
        for f in s["frames"].as_array().expect("frames") {
            let got = keys
                .decrypt(
                    Instant::from_millis(0),
                    codec_of(f["codec"].as_str().expect("codec")),
                    &unhex(&f["sframe"]),
                )
                .expect("decrypts");
            assert_eq!(got.frame, unhex(&f["plain"]));
            assert_eq!(got.kid.as_u64(), num(&f["kid"]));
            assert_eq!(got.counter, num(&f["counter"]));
        }
    }
}

/// Frames the browser's code encrypts decrypt here (run when `node` is installed; the browser
/// test command has it).
#[test]
fn frames_from_sframe_js_decrypt() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../conclave-web/browser-tests/sframe-encrypt.mjs");
    let output = match Command::new("node")
        .arg(&script)
        .arg(data("interop.json"))
        .output()
    {
        Ok(output) => output,
        Err(e) => {
            eprintln!("skipped: node is not installed ({e})");
            return;
        }
    };
    assert!(
        output.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let frames: Value =
        serde_json::from_slice(&output.stdout).expect("JSON from sframe-encrypt.mjs");
    let fixture = read_json("interop.json");
    let mut decrypted = 0;
    for s in fixture["suites"].as_array().expect("suites") {
        let suite = suite(&s["suite"]);
        let mut keys = CallKeys::new(suite, 9, KeyTiming::default()).expect("keys");
        for epoch in [1u64, 2] {
            let base =
                BaseKey::new(suite, &unhex(&s["base_keys"][epoch.to_string()])).expect("a key");
            keys.add_epoch(Instant::from_millis(0), epoch, base)
                .expect("epoch");
        }
        for f in frames
            .as_array()
            .expect("frames")
            .iter()
            .filter(|f| f["suite"] == s["suite"])
        {
            let codec = codec_of(f["codec"].as_str().expect("codec"));
            let sent = unhex(&f["sframe"]);
            let got = keys
                .decrypt(Instant::from_millis(0), codec, &sent)
                .expect("a frame from sframe.js decrypts");
            assert_eq!(got.frame, unhex(&f["plain"]));
            assert_eq!(
                got.kid,
                KeyId::new(
                    num(&f["context"]) as u32,
                    num(&f["leaf"]) as u32,
                    num(&f["epoch"])
                )
                .expect("kid")
            );
            let mut tampered = sent.clone();
            tampered[0] ^= 0x40;
            assert!(
                keys.decrypt(Instant::from_millis(0), codec, &tampered)
                    .is_err()
            );
            decrypted += 1;
        }
    }
    assert!(
        decrypted >= 20,
        "sframe-encrypt.mjs gave {decrypted} frames"
    );
}
