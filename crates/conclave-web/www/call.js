// A call's media in the page: the WebRTC connection to the SFU of the server (`POST
// /v1/call/join` with this device's call token and an SDP offer; ICE-lite, DTLS-SRTP, one UDP
// port), the camera and microphone, and the encoded-transform worker (www/call-worker.js) that
// SFrame-encrypts every outgoing frame and decrypts every incoming one with the base key the
// Rust client exports from MLS (`client.callKey`). Signalling (invite, accept, join with the
// DTLS fingerprint, leave) goes through MLS (`client.callSignal`), never through this file's
// HTTP request, which only admits the device at the SFU.
//
// The SFU gives each receiving line ("slot") one source of another participant at a time; who
// it is shows in the clear SFrame key id (the sender's MLS leaf), which the worker reports.

/** Receiving slots (an audio and a video line each) offered at most: 49 others in a call of 50. */
export const SLOTS_MAX = 49;
/** A participant whose frames stopped this long ago has left the grid. */
const GONE_MS = 3000;
/** A connection 'disconnected' this long is given up and made again. */
const RECONNECT_AFTER_MS = 5000;
/** Connections made again in a row at most before the call shows 'failed'. */
const RECONNECTS_MAX = 5;

function hexToBytes(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
  return out;
}

/** The sha-256 DTLS fingerprint of an SDP, as hex (what the Join signal carries). */
export function fingerprintOf(sdp) {
  const m = sdp.match(/^a=fingerprint:sha-256 ([0-9A-Fa-f:]+)\r?$/m);
  return m ? m[1].replace(/:/g, '').toLowerCase() : null;
}

/** Why a join failed, for people. */
export class CallError extends Error {
  constructor(code, message) { super(message); this.code = code; }
}

/**
 * One device's presence in one call. `client`: the Rust client (or, for `token`/`key`
 * overrides, null). Events go to `onchange()`; `state` is 'connecting' | 'connected' |
 * 'reconnecting' | 'ended'.
 */
export class CallMedia {
  constructor({ client, group, call, media, slots, onchange = () => {}, token = null, noKeys = false }) {
    Object.assign(this, { client, group, call, media, onchange, tokenOverride: token, noKeys });
    this.slots = Math.max(1, Math.min(SLOTS_MAX, slots || 1));
    this.state = 'connecting';
    this.remotes = new Map(); // mid -> {kind, track, stream}
    this.workerStats = { streams: [], epochs: [], sendEpoch: null };
    this.members = new Map(); // leaf -> {username, device}
    this.micOn = true;
    this.cameraOn = media === 'video';
    this.joinedAt = null;
    this.firstFrameAt = null;
  }

  /** Camera and microphone, the worker, the connection; resolves once the SFU answered. */
  async start(startedAt = performance.now()) {
    this.startedAt = startedAt;
    // The token (a round trip to the server) comes while the camera starts.
    const token = this.token();
    token.catch(() => {});
    // One DTLS certificate for the whole call: a connection made again (the SFU went away,
    // e.g. its node died and the call moved to another) keeps the fingerprint the Join
    // signal announced, so no new signal is needed.
    // The certificate, the camera and the call key (the MLS exporter, in the page's client)
    // do not wait for each other: each is its own round trip or device start.
    this.worker = new Worker('/call-worker.js', { type: 'module', name: 'conclave-call' });
    this.worker.onmessage = (e) => { if (e.data.type === 'stats') { this.workerStats = e.data; this.onchange(); } };
    const [certificate, local] = await Promise.all([
      RTCPeerConnection.generateCertificate({ name: 'ECDSA', namedCurve: 'P-256' }),
      navigator.mediaDevices.getUserMedia({
        audio: true,
        video: this.media === 'video' ? { width: 320, height: 240, frameRate: 15 } : false,
      }),
      this.noKeys ? null : this.refreshKey(),
    ]);
    this.certificate = certificate;
    this.local = local;
    this.scripted = 'RTCRtpScriptTransform' in window;
    await this.connect(token);
    return fingerprintOf(this.pc.localDescription.sdp);
  }

  /** This device's call token (a fresh one from the server unless the caller gave one). */
  token() {
    return this.tokenOverride
      ? Promise.resolve(this.tokenOverride)
      : this.client.callToken(this.group, this.call).then((t) => t.token);
  }

  /** A connection to the SFU with this call's tracks and transforms; resolves once it answered. */
  async connect(token) {
    const scripted = this.scripted;
    const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require', certificates: [this.certificate], ...(scripted ? {} : { encodedInsertableStreams: true }) });
    this.pc = pc;
    this.remotes = new Map();
    const audio = this.local.getAudioTracks()[0];
    const video = this.local.getVideoTracks()[0];
    this.audioSender = pc.addTransceiver(audio, { direction: 'sendonly', streams: [this.local] }).sender;
    this.transform(this.audioSender, 'send', 'audio');
    if (video) {
      const t = pc.addTransceiver(video, { direction: 'sendonly', streams: [this.local] });
      this.videoSender = t.sender;
      const vp8 = (RTCRtpSender.getCapabilities('video')?.codecs || []).filter((c) => /vp8|rtx/i.test(c.mimeType));
      if (vp8.length && t.setCodecPreferences) t.setCodecPreferences(vp8);
      this.transform(this.videoSender, 'send', 'video');
    }
    for (let i = 0; i < this.slots; i++) {
      for (const kind of ['audio', 'video']) {
        const t = pc.addTransceiver(kind, { direction: 'recvonly' });
        this.transform(t.receiver, 'recv', kind, t);
      }
    }
    pc.ontrack = (e) => {
      const mid = e.transceiver.mid;
      const stream = new MediaStream([e.track]);
      this.remotes.set(mid, { kind: e.track.kind, track: e.track, stream, mid });
      this.onchange();
    };
    pc.onconnectionstatechange = () => {
      if (this.pc !== pc) return;
      const s = pc.connectionState;
      clearTimeout(this.stalled);
      if (s === 'connected') { this.state = 'connected'; this.joinedAt ??= performance.now(); this.reconnects = 0; pc.wasConnected = true; }
      else if (s === 'failed') this.reconnect();
      else if (s === 'closed') this.state = this.state === 'ended' ? 'ended' : 'failed';
      else if (pc.wasConnected) {
        // Nothing from the SFU for a while ('disconnected'), or its DTLS closed: it is gone
        // (its server restarted, its node died); unless it comes back at once, join again.
        this.state = 'reconnecting';
        this.stalled = setTimeout(() => { if (this.pc === pc && pc.connectionState !== 'connected') this.reconnect(); }, RECONNECT_AFTER_MS);
      }
      this.onchange();
    };
    // No waiting for ICE candidates: the SFU is ICE-lite and learns this page's address from
    // the page's own connectivity checks, so the offer goes at once.
    await pc.setLocalDescription(await pc.createOffer());
    const response = await fetch('/v1/call/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ group: this.group, call_id: this.call, token: await token, offer: pc.localDescription.sdp }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new CallError(body.error || 'failed', body.message || `the server refused the call (${response.status})`);
    await pc.setRemoteDescription({ type: 'answer', sdp: body.answer });
  }

  /**
   * The connection to the SFU failed: a new one, through the server this page came from,
   * which places the call again (in a cluster, on the node that now holds it). At most
   * RECONNECTS_MAX tries in a row, a second apart and more; then the state is 'failed'.
   */
  async reconnect() {
    if (this.state === 'ended' || this.reconnecting) return;
    this.reconnecting = true;
    this.state = 'reconnecting';
    this.onchange();
    try {
      while (this.state !== 'ended' && (this.reconnects || 0) < RECONNECTS_MAX) {
        this.reconnects = (this.reconnects || 0) + 1;
        await new Promise((r) => setTimeout(r, 1000 * this.reconnects));
        if (this.state === 'ended') return;
        const old = this.pc;
        this.pc = null;
        try { old?.close(); } catch { /* closed */ }
        try {
          await this.connect(this.token());
          return;
        } catch (e) {
          this.lastError = e;
        }
      }
      if (this.state !== 'ended') { this.state = 'failed'; this.onchange(); }
    } finally {
      this.reconnecting = false;
    }
  }

  /** Puts the worker between the encoder and the packetizer (or the depacketizer and decoder). */
  transform(senderOrReceiver, side, kind, transceiver = null) {
    this.tags ||= [];
    const tag = this.tags.length;
    this.tags.push(transceiver);
    if (this.scripted) {
      // eslint-disable-next-line no-undef
      senderOrReceiver.transform = new RTCRtpScriptTransform(this.worker, { side, kind, tag });
      return;
    }
    const { readable, writable } = senderOrReceiver.createEncodedStreams();
    this.worker.postMessage({ type: 'streams', readable, writable, side, kind, tag }, [readable, writable]);
  }

  /** Gives the worker this device's key for the conversation's current epoch. */
  async refreshKey() {
    if (this.noKeys || !this.client) return;
    const k = await this.client.callKey(this.group, this.call);
    this.members = new Map(k.members.map((m) => [m.leaf, m]));
    this.ownLeaf = k.leaf;
    this.epoch = k.epoch;
    this.worker.postMessage({ type: 'key', epoch: k.epoch, leaf: k.leaf, key: new Uint8Array(k.key) });
    this.onchange();
  }

  setMic(on) {
    this.micOn = on;
    for (const t of this.local.getAudioTracks()) t.enabled = on;
    this.onchange();
  }

  setCamera(on) {
    this.cameraOn = on;
    for (const t of this.local.getVideoTracks()) t.enabled = on;
    this.onchange();
  }

  /** Next camera (front/back on a phone). */
  async switchCamera() {
    const cams = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
    if (cams.length < 2 || !this.videoSender) return false;
    const current = this.local.getVideoTracks()[0]?.getSettings().deviceId;
    const next = cams[(cams.findIndex((c) => c.deviceId === current) + 1) % cams.length];
    const s = await navigator.mediaDevices.getUserMedia({ video: { deviceId: { exact: next.deviceId }, width: 320, height: 240 } });
    const track = s.getVideoTracks()[0];
    await this.videoSender.replaceTrack(track);
    for (const t of this.local.getVideoTracks()) { t.stop(); this.local.removeTrack(t); }
    this.local.addTrack(track);
    return true;
  }

  /**
   * Who is in the media, as the worker's receiving streams show it: [{leaf, username,
   * device, audio: {ok, fail}, video: {ok, fail, mid}, state, reason}] where state is 'ok',
   * 'connecting', 'no-key' (waiting for keys) or 'cant-decrypt' (with the worker's reason:
   * 'unauthentic', 'malformed', …); the page words them in its language.
   */
  participants() {
    const byLeaf = new Map();
    for (const s of this.workerStats.streams) {
      // A slot whose frames stopped (its sender left, and the SFU freed it) shows nobody.
      if (s.side !== 'recv' || s.leaf === null || s.closed || Date.now() - s.lastAt > GONE_MS) continue;
      const p = byLeaf.get(s.leaf) || { leaf: s.leaf, ...(this.members.get(s.leaf) || {}), audio: null, video: null };
      p[s.kind] = { ok: s.ok, fail: s.fail, failures: s.failures, lastError: s.lastError, mid: this.tags?.[s.tag]?.mid ?? null };
      byLeaf.set(s.leaf, p);
    }
    for (const p of byLeaf.values()) {
      const streams = [p.audio, p.video].filter(Boolean);
      const ok = streams.some((s) => s.ok > 0);
      const last = streams.map((s) => s.lastError).find(Boolean);
      if (ok && !streams.some((s) => s.fail > 0 && s.ok === 0)) p.state = 'ok';
      else if (last === 'no-key') p.state = 'no-key';
      else if (last) { p.state = 'cant-decrypt'; p.reason = last; }
      else p.state = 'connecting';
    }
    return [...byLeaf.values()].sort((a, b) => a.leaf - b.leaf);
  }

  /** {mid: {framesDecoded, packetsReceived, bytesReceived, kind}} from the connection's stats. */
  async inboundStats() {
    const out = {};
    if (!this.pc) return out;
    (await this.pc.getStats()).forEach((r) => {
      if (r.type === 'inbound-rtp') out[r.mid] = { kind: r.kind, framesDecoded: r.framesDecoded || 0, packetsReceived: r.packetsReceived || 0, bytesReceived: r.bytesReceived || 0 };
    });
    return out;
  }

  stop() {
    this.state = 'ended';
    clearTimeout(this.stalled);
    try { this.pc?.close(); } catch { /* closed */ }
    for (const t of this.local?.getTracks() || []) t.stop();
    this.worker?.terminate();
    this.onchange();
  }
}

export { hexToBytes };
