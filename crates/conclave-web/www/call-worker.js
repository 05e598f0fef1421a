// The encoded-transform worker of a call: every audio and video frame this page sends is
// SFrame-encrypted here (www/sframe.js) before it is packetized, and every frame it receives is
// decrypted here before it is decoded. The SFU forwards what it cannot read.
//
// Keys: the page posts {type: 'key', epoch, leaf, key} whenever the conversation's MLS epoch
// changes (the key is the call's base key exported from MLS at that epoch). Receivers use a new
// epoch's key at once; this page sends under it after SWITCH_MS (so slower members have it too)
// and forgets the previous epoch KEEP_MS after the switch: a removed member's old key reads
// nothing sent after that.
//
// Each sending stream has a random 32-bit context (the key id's stream field), so a page that
// rejoins the same call at the same epoch never repeats a (key, counter) pair.
//
// The page reads what happened from {type: 'stats', streams: [...]} every STATS_MS: per
// receiving stream the sender's leaf and epoch, frames decrypted, and failures by kind
// ('no-key': waiting for keys; 'unauthentic': a key that does not match; 'malformed').

import { CALL_SUITE, SFrameError, decodeHeader, decryptFrame, encryptFrame, keyId, parseKeyId, senderKey } from './sframe.js';

const SWITCH_MS = 1500;
const KEEP_MS = 10_000;
const STATS_MS = 500;
/** Epochs held at once (the sending one and the one before), and sender keys cached. */
const EPOCHS_MAX = 2;
const SENDER_KEYS_MAX = 256;

const epochs = new Map(); // epoch low byte -> {epoch, base}
let ownLeaf = null;
let sendEpoch = null;
let switchTimer = null;
const dropTimers = new Map();
const keyCache = new Map(); // kid (string) -> Promise<senderKey>
const streams = new Map(); // id -> stats
let nextId = 1;

function keyFor(kid) {
  const name = kid.toString();
  let k = keyCache.get(name);
  if (!k) {
    const { epochLow } = parseKeyId(kid);
    const e = epochs.get(epochLow);
    if (!e) return null;
    if (keyCache.size >= SENDER_KEYS_MAX) keyCache.delete(keyCache.keys().next().value);
    k = senderKey(CALL_SUITE.id, e.base, kid);
    keyCache.set(name, k);
  }
  return k;
}

function forget(epoch) {
  const low = epoch & 0xff;
  const e = epochs.get(low);
  if (!e || e.epoch !== epoch || epoch === sendEpoch) return;
  epochs.delete(low);
  e.base.fill(0);
  for (const name of [...keyCache.keys()]) {
    if ((BigInt(name) & 0xffn) === BigInt(low)) keyCache.delete(name);
  }
}

function addKey({ epoch, leaf, key }) {
  ownLeaf = leaf;
  const low = epoch & 0xff;
  const old = epochs.get(low);
  if (old && old.epoch === epoch) return;
  if (old) forget(old.epoch);
  epochs.set(low, { epoch, base: new Uint8Array(key) });
  while (epochs.size > EPOCHS_MAX) {
    const oldest = [...epochs.values()].filter((e) => e.epoch !== epoch).sort((a, b) => a.epoch - b.epoch)[0];
    if (!oldest) break;
    const wasSending = oldest.epoch === sendEpoch;
    if (wasSending) sendEpoch = null;
    forget(oldest.epoch);
  }
  if (sendEpoch === null || epoch < sendEpoch) {
    sendEpoch = epoch;
    return;
  }
  clearTimeout(switchTimer);
  switchTimer = setTimeout(() => {
    const previous = sendEpoch;
    if (!epochs.has(low) || epochs.get(low).epoch !== epoch) return;
    sendEpoch = epoch;
    if (previous !== null && previous !== epoch) {
      clearTimeout(dropTimers.get(previous));
      dropTimers.set(previous, setTimeout(() => { dropTimers.delete(previous); forget(previous); }, KEEP_MS));
    }
  }, SWITCH_MS);
}

function sendTransform(kind, stat) {
  const codec = kind === 'video' ? 'vp8' : 'opus';
  const context = crypto.getRandomValues(new Uint32Array(1))[0];
  let counter = 0n;
  return new TransformStream({
    async transform(frame, out) {
      if (sendEpoch === null || ownLeaf === null) { stat.dropped++; return; }
      try {
        const kid = keyId(context, ownLeaf, sendEpoch);
        const key = await keyFor(kid);
        const data = new Uint8Array(frame.data);
        if (data.length === 0) { out.enqueue(frame); return; }
        const sealed = await encryptFrame(key, counter, codec, data);
        counter += 1n;
        frame.data = sealed.buffer;
        stat.ok++;
        stat.epoch = sendEpoch;
        out.enqueue(frame);
      } catch (e) {
        stat.fail++;
        stat.lastError = e instanceof SFrameError ? e.kind : String(e);
      }
    },
  });
}

function receiveTransform(kind, stat) {
  const codec = kind === 'video' ? 'vp8' : 'opus';
  return new TransformStream({
    async transform(frame, out) {
      const data = new Uint8Array(frame.data);
      if (data.length === 0) return;
      try {
        const { kid, frame: plain } = await decryptFrame(keyFor, codec, data);
        const { leaf, epochLow } = parseKeyId(kid);
        stat.leaf = leaf;
        stat.epoch = epochs.get(epochLow)?.epoch ?? null;
        stat.ok++;
        stat.lastAt = Date.now();
        frame.data = plain.buffer;
        out.enqueue(frame);
      } catch (e) {
        const why = e instanceof SFrameError ? e.kind : 'error';
        stat.fail++;
        stat.lastAt = Date.now();
        stat.failures[why] = (stat.failures[why] || 0) + 1;
        stat.lastError = why;
        // The sender's leaf is readable in the clear header even when the frame is not.
        try {
          const n = codec === 'opus' ? 1 : (data[0] & 1 ? 1 : 10);
          stat.leaf = stat.leaf ?? parseKeyId(decodeHeader(data.subarray(n)).kid).leaf;
        } catch { /* not even a header */ }
      }
    },
  });
}

function attach({ readable, writable, side, kind, tag }) {
  const id = nextId++;
  const stat = { id, tag: tag ?? null, side, kind, leaf: null, epoch: null, ok: 0, fail: 0, dropped: 0, failures: {}, lastError: null, lastAt: 0 };
  streams.set(id, stat);
  const t = side === 'send' ? sendTransform(kind, stat) : receiveTransform(kind, stat);
  readable.pipeThrough(t).pipeTo(writable).catch(() => {}).finally(() => { stat.closed = true; });
}

// RTCRtpScriptTransform: the page's `new RTCRtpScriptTransform(worker, {side, kind, tag})`.
self.onrtctransform = (event) => {
  const t = event.transformer;
  attach({ readable: t.readable, writable: t.writable, ...t.options });
};

self.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'key') addKey(m);
  // Encoded streams (older Chromium): the page transfers each sender's and receiver's streams.
  else if (m.type === 'streams') attach(m);
};

setInterval(() => {
  self.postMessage({ type: 'stats', sendEpoch, epochs: [...epochs.values()].map((e) => e.epoch), streams: [...streams.values()] });
}, STATS_MS);
