// Attachments: the blob store's HTTPS routes (fetch), thumbnails (canvas), voice notes
// (MediaRecorder) and the file messages' nodes. The encryption, the hashes and the checks are in
// the Rust client (conclave-web's files.rs, `Upload` and `Download`); this file moves pieces of
// ciphertext between them and the server, one piece at a time, so memory does not grow with the
// file on the way up. File names come from the client already cleaned (no control or bidi
// override characters) and are shown in <bdi>, set with textContent.

import { t } from './i18n.js';

/** Plaintext fed to the encryptor per step; its ciphertext is one PATCH (browsers cannot stream
 * a request body over HTTP/1.1). */
const PART_BYTES = 2 * 1024 * 1024;
const THUMB_PX = 320;
const THUMB_BYTES_MAX = 16 * 1024;
/** Bars of a voice note's waveform, carried in the message's thumbnail field (one byte each). */
const WAVE_BARS = 48;

/** Image types shown inline (never SVG: a document, not a picture). */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp'];
const AUDIO_TYPES = ['audio/webm', 'audio/ogg', 'audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/wav', 'audio/flac'];

/** The blob routes' refusal codes → message ids (the page translates them). */
const REFUSALS = {
  too_large: 'file-too-large',
  past_size: 'file-too-large',
  over_quota: 'file-over-quota',
  too_many_uploads: 'file-too-many',
  grant: 'file-grant',
  not_found: 'file-not-found',
  hash_mismatch: 'file-hash-mismatch',
  unavailable: 'file-unavailable',
  busy: 'file-busy',
  cut: 'file-cut',
};

const ICONS = {
  attach: 'M21 12.5l-8.5 8.5a5 5 0 0 1-7-7l9-9a3.5 3.5 0 0 1 5 5l-9 9a2 2 0 0 1-3-3l8.5-8.5',
  camera: 'M4 7h3l2-3h6l2 3h3a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z M16 13a4 4 0 1 1-8 0a4 4 0 1 1 8 0',
  mic: 'M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3z M5 11a7 7 0 0 0 14 0 M12 18v3 M8 21h8',
  file: 'M6 2h8l5 5v15H6z M14 2v5h5',
  image: 'M3 4h18v16H3z M3 16l5-5 4 4 3-3 6 6 M15.5 8.5a1.5 1.5 0 1 1-3 0a1.5 1.5 0 1 1 3 0',
};

/** An inline SVG icon (no URL load, so the page's CSP allows it), hidden from screen readers. */
export function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', width: '20', height: '20', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', class: 'icon' })) svg.setAttribute(k, v);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICONS[name]);
  svg.append(path);
  return svg;
}

export function humanSize(n) {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = -1;
  do { v /= 1024; i += 1; } while (v >= 1024 && i < units.length - 1);
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** An Error for a refusal `{error, message}` of the blob routes. */
async function refusal(res, what) { // what: 'upload' | 'download'
  let code = '';
  let message = '';
  try { ({ error: code, message } = await res.json()); } catch { /* not JSON */ }
  const e = new Error(REFUSALS[code] ? t(REFUSALS[code]) : t(`${what}-refused`, { reason: message || `HTTP ${res.status}` }));
  e.code = code;
  e.status = res.status;
  return e;
}

function grantHeaders(grant, more = {}) {
  return { Authorization: `Conclave-Grant ${grant.token}`, ...more };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------ local copies

// Each file's ciphertext is kept in the origin-private file system (OPFS) once this device
// has it whole (uploaded, or downloaded and checked): the server removes a blob once every
// recipient device said it has it (`/fetched`), so this device shows it again from here. Only
// ciphertext rests there; its key is in the device's encrypted state. A file shown or saved
// is decrypted into a scratch file there (disk-backed, so memory stays flat whatever the
// size), removed when the next page of this origin starts. Without OPFS (old browsers) files
// are decrypted in memory and this device never says it has one (the server keeps it until
// its TTL).
const CACHE_DIR = 'conclave-files';
const SCRATCH = 'scratch-';

async function cacheDir() {
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(CACHE_DIR, { create: true });
  } catch {
    return null;
  }
}

/** A writer into the local copy `name` whose bytes appear only on `commit` (the writable
 * stream's swap file), or null without OPFS. */
async function localWriter(name) {
  const dir = await cacheDir();
  if (!dir) return null;
  try {
    const handle = await dir.getFileHandle(name, { create: true });
    const w = await handle.createWritable();
    return {
      write: (bytes) => w.write(bytes),
      async commit() { await w.close(); return handle.getFile(); },
      async abort() { try { await w.abort(); } catch { /* gone */ } try { await dir.removeEntry(name); } catch { /* gone */ } },
    };
  } catch {
    return null;
  }
}

/** This device's whole copy of blob `id`'s ciphertext (`size` bytes), or null. */
async function localCiphertext(id, size) {
  const dir = await cacheDir();
  if (!dir) return null;
  try {
    const file = await (await dir.getFileHandle(`${id}.sealed`)).getFile();
    return file.size === size ? file : null;
  } catch {
    return null;
  }
}

/** Removes the scratch files an earlier page left (decrypted copies, while shown). */
async function sweepScratch() {
  const dir = await cacheDir();
  if (!dir) return;
  try {
    for await (const name of dir.keys()) if (name.startsWith(SCRATCH)) await dir.removeEntry(name).catch(() => {});
  } catch { /* nothing to sweep */ }
}
sweepScratch();

/** Where a decrypted file goes: a scratch file (disk-backed), or memory without OPFS. */
async function plainOutput() {
  const scratch = await localWriter(`${SCRATCH}${crypto.randomUUID()}`);
  if (scratch) return { write: scratch.write, finish: () => scratch.commit(), abort: scratch.abort };
  const parts = [];
  return { write: (b) => { parts.push(b); }, finish: async (type) => new Blob(parts, { type }), abort: async () => {} };
}

/** Where the server's copy of upload `id` ends (HEAD's Upload-Offset). */
async function serverOffset(grant, id) {
  const res = await fetch(`/v1/blobs/${id}`, { method: 'HEAD', headers: grantHeaders(grant), cache: 'no-store' });
  const at = Number(res.headers.get('Upload-Offset'));
  if (!res.ok || !Number.isFinite(at)) throw new Error(t('file-no-resume'));
  return at;
}

/** PATCHes `bytes` (the ciphertext from `start`); a cut request resumes from the server's
 * Upload-Offset. Returns the new offset. */
async function putPiece(grant, id, start, bytes) {
  let done = 0;
  for (let attempt = 0; ; attempt += 1) {
    let res;
    try {
      res = await fetch(`/v1/blobs/${id}`, {
        method: 'PATCH',
        headers: grantHeaders(grant, { 'Upload-Offset': String(start + done), 'Content-Type': 'application/offset+octet-stream' }),
        body: done ? bytes.subarray(done) : bytes,
      });
    } catch (e) {
      if (attempt >= 5) throw new Error(t('file-cut'));
      await sleep(500 * 2 ** attempt);
      done = await serverOffset(grant, id).then((at) => at - start).catch(() => done);
      if (done < 0 || done > bytes.length) throw new Error(t('file-no-resume'));
      continue;
    }
    if (res.ok) {
      const at = Number(res.headers.get('Upload-Offset'));
      if (at === start + bytes.length) return at;
      if (!(at > start + done) || attempt >= 5) throw new Error(t('file-kept-other'));
      done = at - start;
      continue;
    }
    const e = await refusal(res, 'upload');
    if ((e.code === 'wrong_offset' || e.code === 'cut' || e.code === 'busy') && attempt < 5) {
      await sleep(300 * 2 ** attempt);
      done = (await serverOffset(grant, id)) - start;
      if (done < 0 || done > bytes.length) throw new Error(t('file-no-resume'));
      if (done === bytes.length) return start + done;
      continue;
    }
    throw e;
  }
}

function concat(a, b) {
  if (!b.length) return a;
  if (!a.length) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Encrypts and uploads `file`, then sends it to `group`; returns the history entry.
 * `onProgress(fraction)`. `thumbnail`: bytes carried in the message (≤ 16 KiB). */
export async function sendFile(core, client, group, file, { onProgress = () => {}, thumbnail = null, name = file.name, type = file.type } = {}) {
  const grant = await client.blobGrant();
  const up = new core.Upload(name || 'file', type || '', file.size);
  try {
    const total = up.ciphertextSize;
    if (total > grant.blob_bytes_max) throw new Error(t('file-too-large-max', { max: humanSize(grant.blob_bytes_max) }));
    if (thumbnail && thumbnail.length <= THUMB_BYTES_MAX) up.setThumbnail(thumbnail);
    const created = await fetch('/v1/blobs', {
      method: 'POST',
      headers: grantHeaders(grant, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ size: total, capability_hash: up.capabilityHash }),
    });
    if (created.status !== 201) throw await refusal(created, 'upload');
    const { id } = await created.json();
    up.setBlob(id);
    // This device keeps the ciphertext: the server removes the blob once the recipients have it.
    const keep = await localWriter(`${id}.sealed`);
    try {
      let offset = 0;
      let at = 0;
      onProgress(0);
      for (;;) {
        const end = Math.min(at + PART_BYTES, file.size);
        const plain = new Uint8Array(await file.slice(at, end).arrayBuffer());
        let sealed = up.push(plain);
        const last = end >= file.size;
        if (last) sealed = concat(sealed, up.finish());
        if (sealed.length) {
          offset = await putPiece(grant, id, offset, sealed);
          if (keep) await keep.write(sealed);
        }
        onProgress(offset / total);
        at = end;
        if (last) break;
      }
      // Every other device of the conversation fetches it; then the server removes it.
      const recipients = await client.fileRecipients(group);
      const finished = await fetch(`/v1/blobs/${id}/finish`, {
        method: 'POST',
        headers: grantHeaders(grant, { 'Content-Type': 'application/json' }),
        body: JSON.stringify({ sha256: up.sha256, recipients }),
      });
      if (!finished.ok) throw await refusal(finished, 'upload');
      const sent = await client.sendFile(group, up);
      if (keep) await keep.commit();
      return sent;
    } catch (e) {
      if (keep) await keep.abort();
      throw e;
    }
  } finally {
    up.free();
  }
}

/** Fetches (or reads this device's copy), decrypts and checks the file of message `seq`:
 * `{blob, name, type}`. Nothing is returned unless the whole file checks ("altered or
 * corrupted" otherwise). A file fetched whole and checked is kept here and the server told. */
export async function fetchFile(client, group, seq, onProgress = () => {}) {
  const dl = await client.download(group, seq);
  try {
    const total = dl.ciphertextSize;
    const local = await localCiphertext(dl.blob, total);
    let grant = null;
    let keep = null;
    let reader;
    if (local) {
      reader = local.stream().getReader();
    } else {
      grant = await client.blobGrant();
      const res = await fetch(`/v1/blobs/${dl.blob}`, { headers: grantHeaders(grant, { 'Conclave-Capability': dl.capability }), cache: 'no-store' });
      if (!res.ok) throw await refusal(res, 'download');
      reader = res.body.getReader();
      keep = await localWriter(`${dl.blob}.sealed`);
    }
    const type = dl.mediaType;
    const shown = IMAGE_TYPES.includes(type) || AUDIO_TYPES.includes(type) ? type : 'application/octet-stream';
    const out = await plainOutput();
    let blob;
    try {
      let got = 0;
      onProgress(0);
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        got += value.length;
        if (keep) await keep.write(value);
        const plain = dl.push(value);
        if (plain.length) await out.write(plain);
        onProgress(Math.min(got / total, 1));
      }
      const last = dl.finish();
      if (last.length) await out.write(last);
      blob = await out.finish(shown);
    } catch (e) {
      await out.abort();
      if (keep) await keep.abort();
      throw e;
    }
    if (keep) {
      await keep.commit();
      // Checked and kept: the server may remove the blob once every recipient said so.
      fetch(`/v1/blobs/${dl.blob}/fetched`, { method: 'POST', headers: grantHeaders(grant, { 'Conclave-Capability': dl.capability }) }).catch(() => {});
    }
    return { blob: blob.type === shown ? blob : blob.slice(0, blob.size, shown), name: dl.name, type };
  } finally {
    dl.free();
  }
}

/** Fetches, decrypts and imports every history offer waiting (from another device of this
 * account, made when it linked this one): `[{from, conversations, entries, skipped}]`. An
 * offer whose blob is gone or that does not open is dropped; one cut off stays for later. */
export async function importHistory(client) {
  const imported = [];
  for (const offer of await client.historyOffers()) {
    const dl = await client.historyDownload(offer.from);
    try {
      const grant = await client.blobGrant();
      const headers = grantHeaders(grant, { 'Conclave-Capability': dl.capability });
      const res = await fetch(`/v1/blobs/${dl.blob}`, { headers, cache: 'no-store' });
      if (res.status === 404) { await client.dropHistoryOffer(offer.from); continue; }
      if (!res.ok) continue;
      const reader = res.body.getReader();
      const parts = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const plain = dl.push(value);
        if (plain.length) { parts.push(plain); size += plain.length; }
      }
      const last = dl.finish();
      parts.push(last);
      size += last.length;
      const bundle = new Uint8Array(size);
      let at = 0;
      for (const p of parts) { bundle.set(p, at); at += p.length; p.fill(0); }
      const summary = await client.importHistory(offer.from, bundle);
      bundle.fill(0);
      // The one recipient has it: the server removes the blob.
      fetch(`/v1/blobs/${dl.blob}/fetched`, { method: 'POST', headers }).catch(() => {});
      imported.push({ from: offer.from, ...summary });
    } catch (e) {
      // Altered, or refused by the core (which dropped it): give up on this one.
      if (/altered or corrupted/.test(e.message || e)) await client.dropHistoryOffer(offer.from).catch(() => {});
    } finally {
      dl.free();
    }
  }
  return imported;
}

/** A JPEG of at most 320 px and 16 KiB of an image file, or null. */
export async function makeThumbnail(file) {
  if (!IMAGE_TYPES.includes(file.type)) return null;
  let bitmap;
  try { bitmap = await createImageBitmap(file); } catch { return null; }
  try {
    for (const px of [THUMB_PX, 240, 160, 96]) {
      const scale = Math.min(1, px / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const q of [0.7, 0.5, 0.3]) {
        const blob = await new Promise((r) => canvas.toBlob(r, 'image/jpeg', q));
        if (blob && blob.size <= THUMB_BYTES_MAX) return new Uint8Array(await blob.arrayBuffer());
      }
    }
    return null;
  } finally {
    bitmap.close();
  }
}

// ------------------------------------------------------------------------------ voice notes

/** Hold-to-record: `start()` on press, `stop()` on release resolves to `{file, levels}` (or null
 * when it was too short). Levels (0–255, WAVE_BARS of them) are sampled while recording. */
export class VoiceRecorder {
  async start() {
    this.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const type = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4']
      .find((t) => window.MediaRecorder && MediaRecorder.isTypeSupported(t)) || '';
    this.recorder = new MediaRecorder(this.stream, type ? { mimeType: type } : {});
    this.chunks = [];
    this.recorder.ondataavailable = (e) => { if (e.data.size) this.chunks.push(e.data); };
    this.levels = [];
    try {
      this.audio = new AudioContext();
      const source = this.audio.createMediaStreamSource(this.stream);
      const analyser = this.audio.createAnalyser();
      analyser.fftSize = 1024;
      source.connect(analyser);
      const buf = new Float32Array(analyser.fftSize);
      this.sampler = setInterval(() => {
        analyser.getFloatTimeDomainData(buf);
        let sum = 0;
        for (const x of buf) sum += x * x;
        this.levels.push(Math.sqrt(sum / buf.length));
      }, 50);
    } catch { /* no waveform then */ }
    this.started = performance.now();
    this.recorder.start(250);
  }

  async stop() {
    const rec = this.recorder;
    if (!rec) return null;
    const stopped = new Promise((r) => { rec.onstop = r; });
    if (rec.state !== 'inactive') rec.stop();
    await stopped;
    clearInterval(this.sampler);
    this.stream.getTracks().forEach((t) => t.stop());
    if (this.audio) this.audio.close().catch(() => {});
    this.recorder = null;
    const ms = performance.now() - this.started;
    if (ms < 600 || !this.chunks.length) return null;
    const type = (rec.mimeType || 'audio/webm').split(';')[0];
    const ext = type === 'audio/mp4' ? 'm4a' : type === 'audio/ogg' ? 'ogg' : 'webm';
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const file = new File(this.chunks, `voice-note-${stamp}.${ext}`, { type });
    return { file, type, levels: bars(this.levels) };
  }
}

/** `WAVE_BARS` levels (0–255) from RMS samples, scaled to the loudest. */
function bars(samples) {
  const out = new Uint8Array(WAVE_BARS);
  if (!samples.length) return out;
  const peak = Math.max(...samples, 1e-4);
  for (let i = 0; i < WAVE_BARS; i += 1) {
    const a = Math.floor((i * samples.length) / WAVE_BARS);
    const b = Math.max(a + 1, Math.floor(((i + 1) * samples.length) / WAVE_BARS));
    let m = 0;
    for (let j = a; j < b && j < samples.length; j += 1) m = Math.max(m, samples[j]);
    out[i] = Math.round(Math.min(1, m / peak) * 255);
  }
  return out;
}

function fromBase64(text) {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) out[i] = s.charCodeAt(i);
  return out;
}

// The server's Content-Security-Policy allows images and media from the page's own origin only
// (no blob: or data: URLs), so decrypted pictures are drawn on a canvas from an ImageBitmap and
// voice notes play through Web Audio (decodeAudioData): neither is a URL load.

/** A canvas showing the image in `blob` (or null when it does not decode). */
async function imageCanvas(h, blob, label) {
  let bitmap;
  try { bitmap = await createImageBitmap(blob); } catch { return null; }
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas;
}

function clock(s) {
  const secs = Math.max(0, Math.round(s));
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
}

/** A player for decoded audio: play/pause, position, duration. */
async function audioPlayer(h, blob, name) {
  const ctx = new AudioContext();
  const buffer = await ctx.decodeAudioData(await blob.arrayBuffer());
  const button = h('button.file-play', { type: 'button', text: '▶', 'aria-label': t('play-name', { name }) });
  const bar = h('progress.voice-position', { max: buffer.duration, value: 0, 'aria-label': t('position') });
  const time = h('span.voice-time', { text: `0:00 / ${clock(buffer.duration)}` });
  const box = h('div.voice-player', { 'data-duration': buffer.duration.toFixed(3), 'data-state': 'paused' }, button, bar, time);
  let source = null;
  let startedAt = 0;
  let offset = 0;
  let timer = null;
  const position = () => (source ? ctx.currentTime - startedAt : offset);
  const tick = () => {
    const p = Math.min(position(), buffer.duration);
    bar.value = p;
    time.textContent = `${clock(p)} / ${clock(buffer.duration)}`;
  };
  const pause = (ended) => {
    if (!source) return;
    offset = ended ? 0 : position();
    source.onended = null;
    try { source.stop(); } catch { /* already stopped */ }
    source = null;
    clearInterval(timer);
    button.textContent = '▶';
    button.setAttribute('aria-label', t('play-name', { name }));
    box.dataset.state = ended ? 'ended' : 'paused';
    tick();
  };
  const play = async () => {
    await ctx.resume();
    source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(ctx.destination);
    source.onended = () => pause(true);
    startedAt = ctx.currentTime - offset;
    source.start(0, offset);
    timer = setInterval(tick, 200);
    button.textContent = '⏸';
    button.setAttribute('aria-label', t('pause-name', { name }));
    box.dataset.state = 'playing';
  };
  button.addEventListener('click', () => (source ? pause(false) : play()));
  box.play = play;
  return box;
}

// ------------------------------------------------------------------------------ message nodes

/** Decrypted files of this page, by `group:seq`: {url, name, type}. */
const fetched = new Map();
/** The file messages' nodes, by `group:seq`, reused across re-renders (downloads, players). */
const nodes = new Map();

/** The node of a `kind: "file"` history entry. `h`: the page's element helper; `ctx`: {client,
 * meta (the sender/time line), onError}. */
export function fileNode(m, h, ctx) {
  const key = `${m.group}:${m.seq}`;
  if (nodes.has(key)) return nodes.get(key);
  const f = m.file;
  const type = f.media_type;
  const label = h('span.file-name', {}, h('bdi', { text: f.name }));
  const progress = h('progress.file-progress', { max: 1, value: 0, hidden: true });
  const error = h('p.error.file-error', { role: 'alert' });
  const li = h(`li.msg.file-msg${m.mine ? '.mine' : ''}`, { 'data-seq': m.seq, 'data-kind': 'file', 'data-media': type }, ctx.meta);

  async function get() {
    if (fetched.has(key)) return fetched.get(key);
    error.textContent = '';
    progress.hidden = false;
    try {
      const got = await fetchFile(ctx.client, m.group, m.seq, (p) => { progress.value = p; });
      const entry = { blob: got.blob, url: null, name: got.name, type: got.type };
      fetched.set(key, entry);
      return entry;
    } catch (e) {
      error.textContent = /altered or corrupted/.test(e.message || e) ? t('file-corrupted') : (e.message || String(e));
      return null;
    } finally {
      progress.hidden = true;
    }
  }

  if (IMAGE_TYPES.includes(type)) {
    const open = h('button.file-image', { type: 'button', 'aria-label': t('open-image', { name: f.name }), title: t('open') }, h('span.file-thumb.none', {}, icon('image')));
    if (f.thumbnail) {
      imageCanvas(h, new Blob([fromBase64(f.thumbnail)], { type: 'image/jpeg' }), t('preview-of', { name: f.name })).then((c) => {
        if (c) { c.classList.add('file-thumb'); open.replaceChildren(c); }
      });
    }
    open.addEventListener('click', async () => {
      const got = await get();
      if (!got) return;
      const canvas = await imageCanvas(h, got.blob, got.name);
      if (canvas) showViewer(h, canvas, got.name);
      else error.textContent = t('image-unreadable');
    });
    li.append(open, h('p.file-caption', {}, label, ` (${humanSize(f.size)})`), progress, error);
  } else if (AUDIO_TYPES.includes(type)) {
    const wave = h('div.waveform', { 'aria-hidden': 'true' });
    const levels = f.thumbnail ? fromBase64(f.thumbnail) : new Uint8Array(WAVE_BARS).fill(96);
    for (const l of levels) {
      const bar = h('span');
      bar.style.height = `${Math.max(8, Math.round((l / 255) * 100))}%`;
      wave.append(bar);
    }
    const play = h('button.file-play', { type: 'button', text: '▶', 'aria-label': t('play-voice-note', { name: f.name }) });
    const row = h('div.voice-row', {}, play, wave);
    play.addEventListener('click', async () => {
      const got = await get();
      if (!got) return;
      let player;
      try { player = await audioPlayer(h, got.blob, f.name); } catch {
        error.textContent = t('recording-unplayable');
        return;
      }
      row.replaceWith(h('div.voice-row', {}, player, wave));
      player.play();
    });
    li.append(row, h('p.file-caption', {}, icon('mic'), ' ', label, ` (${humanSize(f.size)})`), progress, error);
  } else {
    const save = h('button.file-download', { type: 'button', text: t('download'), 'aria-label': t('download-name', { name: f.name }) });
    const chip = h('p.file-chip', {}, icon('file'), ' ', label, h('span.file-size', { text: ` (${humanSize(f.size)})` }), ' ', save);
    save.addEventListener('click', async () => {
      save.disabled = true;
      const got = await get();
      save.disabled = false;
      if (!got) return;
      got.url ||= URL.createObjectURL(got.blob);
      const a = h('a.file-saved', { href: got.url, download: got.name, text: t('save-again') });
      if (!chip.querySelector('a.file-saved')) chip.append(' ', a);
      a.click();
    });
    li.append(chip, progress, error);
  }
  nodes.set(key, li);
  return li;
}

function showViewer(h, canvas, name) {
  document.getElementById('image-viewer')?.remove();
  const close = () => { viewer.remove(); document.removeEventListener('keydown', onKey); };
  const onKey = (e) => { if (e.key === 'Escape') close(); };
  const viewer = h('div.image-viewer', { id: 'image-viewer', role: 'dialog', 'aria-modal': 'true', 'aria-label': name, on: { click: close } },
    canvas,
    h('p.viewer-name', {}, h('bdi', { text: name })),
    h('button.viewer-close', { type: 'button', text: t('close'), on: { click: close } }));
  canvas.id = 'viewer-image';
  document.addEventListener('keydown', onKey);
  document.body.append(viewer);
  viewer.querySelector('button').focus();
}
