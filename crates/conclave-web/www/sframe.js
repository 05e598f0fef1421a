// SFrame (RFC 9605) on WebCrypto: the browser's side of call media encryption, byte for byte the
// frames crates/conclave-call writes and reads (checked by browser-tests/sframe.test.mjs against
// the RFC's vectors and frames the Rust crate encrypted, and by the Rust crate's tests against
// frames this file encrypted).
//
// Frame: codec prefix || SFrame header || ciphertext || tag; the prefix (Opus TOC byte; VP8: 10
// bytes of a key frame, 1 of a delta frame) stays in clear and is authenticated with the header.
// Key id: context (32 bits, the sender's stream) || MLS leaf (16 bits) || MLS epoch (low 8 bits).
// Keys: the per-epoch base key comes from the MLS exporter ("SFrame 1.0 Base Key", context = the
// call id, Nk bytes) on a member device; each sender's key and salt follow from it and the key id
// (RFC 9605 §4.4.2). The SFU never has any of them.
//
// AES-GCM suites only (0x0004, which calls use, and 0x0005). Works in a worker and under Node.

const subtle = globalThis.crypto.subtle;
const text = new TextEncoder();

/** The AES-GCM suites: IANA id -> parameters. */
export const SUITES = {
  4: { id: 4, name: 'AES_128_GCM_SHA256_128', keyLen: 16, nonceLen: 12, tagLen: 16, hash: 'SHA-256' },
  5: { id: 5, name: 'AES_256_GCM_SHA512_128', keyLen: 32, nonceLen: 12, tagLen: 16, hash: 'SHA-512' },
};
/** The suite calls use. */
export const CALL_SUITE = SUITES[4];
export const EXPORTER_LABEL = 'SFrame 1.0 Base Key';
/** Bounds, as crates/conclave-call/src/limits.rs. */
export const MEDIA_FRAME_BYTES_MAX = 1 << 20;
export const ENCRYPTED_FRAME_BYTES_MAX = MEDIA_FRAME_BYTES_MAX + 17 + 16;

export class SFrameError extends Error {
  /** kind: 'malformed' | 'no-key' | 'unauthentic' | 'too-large' | 'range' */
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

function suiteOf(id) {
  const suite = SUITES[id];
  if (!suite) throw new SFrameError('range', `unsupported cipher suite ${id}`);
  return suite;
}

// ------------------------------------------------------------------------------- key ids

/** The key id of stream `context` of the sender at MLS leaf `leaf`, at MLS epoch `epoch`. */
export function keyId(context, leaf, epoch) {
  if (!Number.isInteger(context) || context < 0 || context > 0xffffffff) throw new SFrameError('range', 'context out of range');
  if (!Number.isInteger(leaf) || leaf < 0 || leaf > 0xffff) throw new SFrameError('range', 'leaf out of range');
  return (BigInt(context) << 24n) | (BigInt(leaf) << 8n) | (BigInt(epoch) & 0xffn);
}

/** {context, leaf, epochLow} of a key id; throws for one wider than 56 bits. */
export function parseKeyId(kid) {
  kid = BigInt(kid);
  if (kid < 0n || kid >> 56n !== 0n) throw new SFrameError('range', 'key id wider than 56 bits');
  return { context: Number(kid >> 24n), leaf: Number((kid >> 8n) & 0xffffn), epochLow: Number(kid & 0xffn) };
}

// ------------------------------------------------------------------------------- header

function minBytes(v) {
  let n = 1;
  while (v >> BigInt(8 * n) !== 0n) n++;
  return n;
}

function putBE(out, at, v, n) {
  for (let i = n - 1; i >= 0; i--) { out[at + i] = Number(v & 0xffn); v >>= 8n; }
}

function getBE(bytes, at, n) {
  let v = 0n;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(bytes[at + i]);
  return v;
}

/** RFC 9605 §4.3: the header of key id `kid` and counter `ctr` (BigInts). */
export function encodeHeader(kid, ctr) {
  kid = BigInt(kid); ctr = BigInt(ctr);
  const kLen = kid < 8n ? 0 : minBytes(kid);
  const cLen = ctr < 8n ? 0 : minBytes(ctr);
  const out = new Uint8Array(1 + kLen + cLen);
  out[0] = (kLen ? 0x80 | ((kLen - 1) << 4) : Number(kid) << 4) | (cLen ? 0x08 | (cLen - 1) : Number(ctr));
  if (kLen) putBE(out, 1, kid, kLen);
  if (cLen) putBE(out, 1 + kLen, ctr, cLen);
  return out;
}

/** Parses the header at the start of `bytes`: {kid, ctr, len}. */
export function decodeHeader(bytes) {
  if (bytes.length < 1) throw new SFrameError('malformed', 'no SFrame header');
  const config = bytes[0];
  const kLen = config & 0x80 ? ((config >> 4) & 7) + 1 : 0;
  const cLen = config & 0x08 ? (config & 7) + 1 : 0;
  const len = 1 + kLen + cLen;
  if (bytes.length < len) throw new SFrameError('malformed', 'a truncated SFrame header');
  const kid = kLen ? getBE(bytes, 1, kLen) : BigInt((config >> 4) & 7);
  const ctr = cLen ? getBE(bytes, 1 + kLen, cLen) : BigInt(config & 7);
  return { kid, ctr, len };
}

// ------------------------------------------------------------------------------- keys

function labelOf(what, kid, suite) {
  const prefix = text.encode(`SFrame 1.0 Secret ${what} `);
  const out = new Uint8Array(prefix.length + 10);
  out.set(prefix);
  putBE(out, prefix.length, BigInt(kid), 8);
  out[prefix.length + 8] = suite.id >> 8;
  out[prefix.length + 9] = suite.id & 0xff;
  return out;
}

/**
 * RFC 9605 §4.4.2 (and §5.2 with an MLS base key): {key, salt} (bytes) of key id `kid`.
 * sframe_secret = HKDF-Extract("", base_key); key/salt = HKDF-Expand(secret, label, Nk/Nn).
 */
export async function deriveKeyMaterial(suiteId, baseKey, kid) {
  const suite = suiteOf(suiteId);
  const ikm = await subtle.importKey('raw', baseKey, 'HKDF', false, ['deriveBits']);
  const expand = async (what, n) => new Uint8Array(await subtle.deriveBits(
    { name: 'HKDF', hash: suite.hash, salt: new Uint8Array(0), info: labelOf(what, kid, suite) }, ikm, n * 8));
  return { key: await expand('key', suite.keyLen), salt: await expand('salt', suite.nonceLen) };
}

/** A sender key ready for use: {suite, kid, aes (CryptoKey), salt}. */
export async function senderKey(suiteId, baseKey, kid) {
  const suite = suiteOf(suiteId);
  const { key, salt } = await deriveKeyMaterial(suiteId, baseKey, kid);
  const aes = await subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']);
  key.fill(0);
  return { suite, kid: BigInt(kid), aes, salt };
}

function nonceOf(salt, ctr) {
  const nonce = salt.slice();
  for (let i = nonce.length - 1; i >= nonce.length - 8; i--) { nonce[i] ^= Number(ctr & 0xffn); ctr >>= 8n; }
  return nonce;
}

// ------------------------------------------------------------------------------- frames

/** How many leading bytes of a frame (plain or encrypted) stay in clear for `codec`. */
export function clearPrefixLength(codec, frame) {
  if (codec === 'opus') {
    if (frame.length < 1) throw new SFrameError('malformed', 'an empty Opus frame');
    return 1;
  }
  if (codec === 'vp8') {
    if (frame.length < 1) throw new SFrameError('malformed', 'an empty VP8 frame');
    // RFC 6386 §9.1: bit 0 of the frame tag is 0 on a key frame.
    const n = frame[0] & 1 ? 1 : 10;
    if (frame.length < n) throw new SFrameError('malformed', 'a VP8 key frame shorter than its 10-byte header');
    return n;
  }
  throw new SFrameError('range', `unknown codec ${codec}`);
}

/** Encrypts `frame` (Uint8Array) under `key` (from senderKey) with counter `ctr`. */
export async function encryptFrame(key, ctr, codec, frame) {
  if (frame.length > MEDIA_FRAME_BYTES_MAX) throw new SFrameError('too-large', 'media frame too large');
  const n = clearPrefixLength(codec, frame);
  ctr = BigInt(ctr);
  const header = encodeHeader(key.kid, ctr);
  const aad = concat(header, frame.subarray(0, n));
  const ct = new Uint8Array(await subtle.encrypt(
    { name: 'AES-GCM', iv: nonceOf(key.salt, ctr), additionalData: aad, tagLength: key.suite.tagLen * 8 },
    key.aes, frame.subarray(n)));
  return concat(frame.subarray(0, n), header, ct);
}

/**
 * Decrypts a received frame. `lookup(kid)` returns the sender key of a key id (a Promise or
 * value), or null when there is none. Resolves {kid, ctr, frame}; rejects with an SFrameError.
 */
export async function decryptFrame(lookup, codec, data) {
  if (data.length > ENCRYPTED_FRAME_BYTES_MAX) throw new SFrameError('too-large', 'encrypted frame too large');
  const n = clearPrefixLength(codec, data);
  const header = decodeHeader(data.subarray(n));
  parseKeyId(header.kid);
  const key = await lookup(header.kid);
  if (!key) throw new SFrameError('no-key', `no key for key id ${header.kid}`);
  const body = data.subarray(n + header.len);
  if (body.length < key.suite.tagLen) throw new SFrameError('malformed', 'shorter than its tag');
  const aad = concat(data.subarray(n, n + header.len), data.subarray(0, n));
  let plain;
  try {
    plain = new Uint8Array(await subtle.decrypt(
      { name: 'AES-GCM', iv: nonceOf(key.salt, header.ctr), additionalData: aad, tagLength: key.suite.tagLen * 8 },
      key.aes, body));
  } catch {
    throw new SFrameError('unauthentic', `frame does not authenticate under key id ${header.kid}`);
  }
  return { kid: header.kid, ctr: header.ctr, frame: concat(data.subarray(0, n), plain) };
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
