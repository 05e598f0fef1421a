// Calls where UDP is blocked (issue 12, test 7): two Chromium pages in a video call through the
// SFU, inside a network namespace of their own whose nftables drop every UDP packet. ICE falls
// back to TCP (RFC 6544: the SFU's passive TCP candidate, on the media port, which is the
// HTTPS port here); the pages decode each other's frames in the sender's colour, and the
// selected candidate pair's local candidate is TCP.
//
// The namespace needs root (unshare -n, nft): as another user the test is skipped and says so.
// It re-runs this file inside the namespace (CONCLAVE_UDP_BLOCKED=1) and checks that run.

import { test, after } from 'node:test';
import { mediaArgs, near } from './call-kit.mjs';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { fileURLToPath } from 'node:url';
import { Server, Cli, Browser, DESKTOP, PHONE, cleanup, eventually } from './kit.mjs';

after(cleanup);

const self = fileURLToPath(import.meta.url);
const inside = process.env.CONCLAVE_UDP_BLOCKED === '1';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const nft = ['/usr/sbin/nft', '/sbin/nft', '/usr/bin/nft'].find((p) => spawnSync(p, ['--version']).status === 0);

/** Frames decoded per remote username, the centre pixel of each remote tile, and the protocol
 *  of the selected candidate pair's local and remote candidates. */
async function callState(b) {
  return b.page.evaluate(async () => {
    const m = window.conclaveCall();
    if (!m || !m.pc) return null;
    const inbound = await m.inboundStats();
    const decoded = {};
    for (const p of m.participants()) {
      if (p.video && p.video.mid != null && inbound[p.video.mid]) decoded[p.username] = inbound[p.video.mid].framesDecoded;
    }
    const stats = new Map();
    (await m.pc.getStats()).forEach((r) => stats.set(r.id, r));
    let pair = null;
    for (const r of stats.values()) {
      if (r.type === 'transport' && r.selectedCandidatePairId) pair = stats.get(r.selectedCandidatePairId);
    }
    if (!pair) pair = [...stats.values()].find((r) => r.type === 'candidate-pair' && r.nominated && r.state === 'succeeded');
    const local = pair && stats.get(pair.localCandidateId);
    const remote = pair && stats.get(pair.remoteCandidateId);
    const colours = {};
    for (const tile of document.querySelectorAll('#call-grid .tile:not(.me)')) {
      const v = tile.querySelector('video');
      if (!v || !v.videoWidth) continue;
      const c = document.createElement('canvas');
      c.width = v.videoWidth; c.height = v.videoHeight;
      const g = c.getContext('2d');
      g.drawImage(v, 0, 0);
      const d = g.getImageData(c.width >> 1, c.height >> 1, 1, 1).data;
      colours[tile.dataset.username] = [d[0], d[1], d[2]];
    }
    return {
      decoded,
      colours,
      local: local && { protocol: local.protocol, type: local.candidateType, tcpType: local.tcpType },
      remote: remote && { protocol: remote.protocol, type: remote.candidateType, port: remote.port },
    };
  });
}

/** Whether a UDP datagram on loopback arrives (it must not, in the namespace). */
async function udpArrives() {
  const rx = createSocket('udp4');
  const tx = createSocket('udp4');
  await new Promise((r) => rx.bind(0, '127.0.0.1', r));
  const got = new Promise((r) => { rx.once('message', () => r(true)); setTimeout(() => r(false), 1000); });
  tx.send(Buffer.from('probe'), rx.address().port, '127.0.0.1', () => {});
  const arrived = await got;
  rx.close(); tx.close();
  return arrived;
}

if (!inside) {
  const why = !isRoot ? 'not root: the test needs its own network namespace (unshare -n) and nftables to drop UDP'
    : !nft ? 'nft is missing (scripts/test installs nftables)' : false;
  test('UDP blocked: a video call connects over ICE-TCP and decodes (in a network namespace)', { skip: why }, async () => {
    // lo up, and nftables dropping every UDP packet in and out; then this file again, inside.
    const script = [
      'set -e',
      'ip link set lo up',
      `${nft} add table inet noudp`,
      `${nft} 'add chain inet noudp in { type filter hook input priority 0; policy accept; }'`,
      `${nft} 'add chain inet noudp out { type filter hook output priority 0; policy accept; }'`,
      `${nft} add rule inet noudp in meta l4proto udp drop`,
      `${nft} add rule inet noudp out meta l4proto udp drop`,
      `exec "${process.execPath}" --test-reporter=spec "${self}"`,
    ].join('\n');
    // A file run by plain node runs its own tests; node's test-runner context is not passed on
    // (it would make the child skip them).
    const env = { ...process.env, CONCLAVE_UDP_BLOCKED: '1' };
    delete env.NODE_TEST_CONTEXT;
    const child = spawn('unshare', ['-n', 'sh', '-c', script], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const code = await new Promise((r) => child.on('exit', (c, s) => r(c ?? s)));
    assert.equal(code, 0, 'the call test in the UDP-blocking namespace failed (its output is above)');
  });
} else {
  test('inside the namespace: UDP is dropped; two pages call each other over ICE-TCP', async () => {
    assert.equal(await udpArrives(), false, 'UDP must be blocked in this namespace');
    const server = await Server.start();
    const admin = Cli.create('admin');
    await admin.run('join', server.adminLink, '--name', 'laptop');
    const ann = await Browser.open(server, 'ann', DESKTOP, null, mediaArgs('red'));
    const ben = await Browser.open(server, 'ben', PHONE, null, mediaArgs('green'));
    await ann.join((await admin.invite()).web_link, 'ann', 'ann passphrase 1');
    await ben.join((await admin.invite()).web_link, 'ben', 'ben passphrase 1');
    await admin.run('group', 'create', 'team', '--members', 'ann,ben');
    for (const b of [ann, ben]) {
      await b.conversationButton('#team').waitFor();
      await b.open('#team');
    }
    await ann.page.getByRole('button', { name: 'Start a video call' }).click();
    await ben.page.locator('#ringing', { hasText: 'ann is calling' }).waitFor();
    await ben.page.getByRole('button', { name: /^Accept/ }).click();

    const peers = [[ann, 'ben', 'green'], [ben, 'ann', 'red']];
    await eventually(async () => {
      for (const [b, other] of peers) {
        const s = await callState(b);
        if (!s || !(s.decoded[other] > 0)) return false;
      }
      return true;
    }, 'both pages to decode a first frame over TCP');
    const before = [];
    for (const [b, other] of peers) before.push((await callState(b)).decoded[other]);
    await ann.page.waitForTimeout(5_000);
    for (const [i, [b, other, colour]] of peers.entries()) {
      const s = await callState(b);
      const frames = s.decoded[other] - before[i];
      assert.ok(frames >= 15, `${b.name} decoded ${frames} frames of ${other} in 5 s`);
      assert.ok(near(s.colours[other], colour), `${b.name} sees ${other} as ${s.colours[other]}, not ${colour}`);
      assert.equal(s.local?.protocol, 'tcp', `${b.name}'s selected pair is local ${JSON.stringify(s.local)}`);
      assert.equal(s.remote?.protocol, 'tcp', `${b.name}'s selected pair is remote ${JSON.stringify(s.remote)}`);
      assert.equal(s.remote?.port, server.port, `${b.name} reaches the SFU's TCP candidate on the HTTPS port`);
      console.log(`${b.name}: ${frames} frames of ${other} in 5 s; pair local ${JSON.stringify(s.local)}, remote ${JSON.stringify(s.remote)}`);
    }
    for (const b of [ann, ben]) await b.page.locator('#call-hangup').click();
  });
}
