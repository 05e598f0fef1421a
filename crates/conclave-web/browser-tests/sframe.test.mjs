// www/sframe.js under Node (no browser): RFC 9605 Appendix C vectors, and byte-for-byte
// agreement with crates/conclave-call (frames it encrypted decrypt here, and this file encrypts
// their plaintexts to the same bytes). The other direction, frames encrypted here decrypting in
// Rust, is the crate's test `frames_from_sframe_js_decrypt` (through sframe-encrypt.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  SFrameError, SUITES, clearPrefixLength, decodeHeader, decryptFrame, deriveKeyMaterial,
  encodeHeader, encryptFrame, keyId, parseKeyId, senderKey,
} from '../www/sframe.js';

// Key ids and counters go up to 2^64: read them as strings (BigInt), not as doubles.
const data = (name) => JSON.parse(
  readFileSync(new URL(`../../conclave-call/tests/data/${name}`, import.meta.url), 'utf8')
    .replace(/("(?:kid|ctr|counter)":\s*)(\d+)/g, '$1"$2"'));
const unhex = (s) => Uint8Array.from(s.match(/../g) ?? [], (b) => parseInt(b, 16));
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const vectors = data('rfc9605-vectors.json');
const interop = data('interop.json');

test('RFC 9605 C.2: header encodings', () => {
  assert.ok(vectors.header.length > 200);
  for (const v of vectors.header) {
    assert.equal(hex(encodeHeader(BigInt(v.kid), BigInt(v.ctr))), v.encoded, `kid ${v.kid} ctr ${v.ctr}`);
    const h = decodeHeader(unhex(v.encoded));
    assert.deepEqual([h.kid, h.ctr, h.len], [BigInt(v.kid), BigInt(v.ctr), v.encoded.length / 2]);
  }
});

test('RFC 9605 C.4: key schedule and frames of the AES-GCM suites', async () => {
  const gcm = vectors.sframe.filter((v) => SUITES[v.cipher_suite]);
  assert.deepEqual(gcm.map((v) => v.cipher_suite), [4, 5]);
  for (const v of gcm) {
    const m = await deriveKeyMaterial(v.cipher_suite, unhex(v.base_key), BigInt(v.kid));
    assert.equal(hex(m.key), v.sframe_key);
    assert.equal(hex(m.salt), v.sframe_salt);
    // The vectors' metadata is no codec prefix: encrypt through the same primitives by hand.
    const key = await senderKey(v.cipher_suite, unhex(v.base_key), BigInt(v.kid));
    const header = encodeHeader(BigInt(v.kid), BigInt(v.ctr));
    const aad = new Uint8Array([...header, ...unhex(v.metadata)]);
    assert.equal(hex(aad), v.aad);
    const nonce = m.salt.slice();
    let c = BigInt(v.ctr);
    for (let i = 11; i >= 4; i--) { nonce[i] ^= Number(c & 0xffn); c >>= 8n; }
    assert.equal(hex(nonce), v.nonce);
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key.aes, unhex(v.pt)));
    assert.equal(hex(header) + hex(ct), v.ct);
  }
});

test('key ids: context || leaf || epoch low bits', () => {
  assert.equal(keyId(0, 33, 17), 0x2111n);
  assert.equal(keyId(0xffffffff, 0xffff, 0x1ff), (1n << 56n) - 1n);
  assert.deepEqual(parseKeyId(keyId(7, 0x1234, 300)), { context: 7, leaf: 0x1234, epochLow: 44 });
  assert.throws(() => keyId(0, 0x10000, 1), SFrameError);
  assert.throws(() => parseKeyId(1n << 56n), SFrameError);
});

test('clear prefixes: Opus TOC, VP8 10 bytes of a key frame and 1 of a delta frame', () => {
  assert.equal(clearPrefixLength('opus', Uint8Array.of(0xfc, 1)), 1);
  assert.equal(clearPrefixLength('vp8', new Uint8Array(12)), 10);
  assert.equal(clearPrefixLength('vp8', Uint8Array.of(0x31, 2, 3)), 1);
  assert.throws(() => clearPrefixLength('vp8', new Uint8Array(9)), SFrameError);
  assert.throws(() => clearPrefixLength('opus', new Uint8Array(0)), SFrameError);
});

async function keysOf(suite) {
  const keys = new Map();
  for (const f of suite.frames) {
    const kid = BigInt(f.kid);
    if (!keys.has(kid)) keys.set(kid, await senderKey(suite.suite, unhex(suite.base_keys[f.epoch]), kid));
  }
  return keys;
}

test('frames conclave-call encrypted decrypt, and encrypt back to the same bytes', async () => {
  let n = 0;
  for (const s of interop.suites) {
    const keys = await keysOf(s);
    for (const f of s.frames) {
      const kid = BigInt(f.kid);
      assert.equal(kid, keyId(f.context, f.leaf, f.epoch));
      const m = await deriveKeyMaterial(s.suite, unhex(s.base_keys[f.epoch]), kid);
      assert.equal(hex(m.key), f.sframe_key);
      assert.equal(hex(m.salt), f.sframe_salt);
      const got = await decryptFrame((k) => keys.get(k), f.codec, unhex(f.sframe));
      assert.equal(hex(got.frame), f.plain);
      assert.deepEqual([got.kid, got.ctr], [kid, BigInt(f.counter)]);
      const again = await encryptFrame(keys.get(kid), BigInt(f.counter), f.codec, unhex(f.plain));
      assert.equal(hex(again), f.sframe);
      n++;
    }
  }
  assert.ok(n >= 24);
});

test('tampered frames and unknown keys are refused', async () => {
  const s = interop.suites[0];
  const keys = await keysOf(s);
  for (const f of s.frames.slice(0, 4)) {
    const sent = unhex(f.sframe);
    const n = clearPrefixLength(f.codec, sent);
    for (const i of [0, n - 1, sent.length - 1, sent.length - 17]) {
      const bad = sent.slice();
      bad[i] ^= 0x40;
      await assert.rejects(decryptFrame((k) => keys.get(k), f.codec, bad), (e) => e instanceof SFrameError);
    }
    const badPrefix = sent.slice();
    badPrefix[n - 1] ^= 0x40;
    if (n > 1 || f.codec === 'opus') {
      await assert.rejects(decryptFrame((k) => keys.get(k), f.codec, badPrefix), { kind: 'unauthentic' });
    }
    await assert.rejects(decryptFrame(() => null, f.codec, sent), { kind: 'no-key' });
    await assert.rejects(decryptFrame((k) => keys.get(k), f.codec, sent.subarray(0, n + 2)), (e) => e instanceof SFrameError);
  }
});
