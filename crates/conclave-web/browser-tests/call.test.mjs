// Calls in real browsers (issue 12, tests C3–C6): Chromium pages with fake cameras of their
// own colour and fake microphones call each other through the SFU of the real server; every
// frame is SFrame-encrypted in the pages' encoded-transform workers with keys from MLS.
//
// C3: three pages in a group video call: each decodes ≥ 30 frames of each other page in 10 s,
//     the decoded pixels are the sender's colour, audio arrives.
// C4: an eavesdropper with a valid SFU token (minted with the server's own key, as a server
//     that wanted to listen could) but no MLS membership receives bytes and decodes 0 frames.
// C5: a member removed mid-call by commit: the others send under the new epoch within 3 s and
//     the removed page (kept in the call on purpose) decrypts nothing more; a member added
//     mid-call is rung (the invitation repeated for her), joins and decodes the others.
// C6: a 1:1 call between a phone and a desktop page: ring, decline, missed-call entries; a
//     call to a member whose browser is closed is a missed call when they come back.
// The SFU going away mid-call (its server restarts; in a cluster, the node holding the call
// dies): both pages show "reconnecting", join again by themselves (with the same DTLS
// certificate, so no new Join signal) and decode each other's frames again.
// Screenshots of the ringing and call screens at phone and desktop size.

import { test, after } from 'node:test';
import { mediaArgs, near } from './call-kit.mjs';
import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Server, Cli, Browser, PHONE, DESKTOP, artifacts, cleanup, eventually } from './kit.mjs';

after(cleanup);

/** A call token for `device`, signed with the server's own call-token key (crates/conclave-server-core/src/call_token.rs). */
function mintToken(server, groupHex, callHex, device) {
  const seed = readFileSync(path.join(server.data, 'call-token.key'));
  const key = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const pub = createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32);
  const be64 = (n) => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b; };
  const group = Buffer.from(groupHex, 'hex');
  const now = Date.now();
  const body = Buffer.concat([Buffer.from([1]), pub, Buffer.from(callHex, 'hex'), be64(device), be64(now), be64(now + 5 * 60_000), Buffer.from([group.length]), group]);
  const signature = sign(null, Buffer.concat([Buffer.from('conclave call token v1\0'), body]), key);
  return Buffer.concat([body, signature]).toString('hex');
}

/** What a page's call shows and decodes: participants (worker), inbound stats, epochs. */
async function callState(b) {
  return b.page.evaluate(async () => {
    const m = window.conclaveCall();
    if (!m) return null;
    return { participants: m.participants(), inbound: await m.inboundStats(), sendEpoch: m.workerStats.sendEpoch, epoch: m.epoch, state: m.state, call: m.call, group: m.group };
  });
}

/** Frames decoded per remote username (video), from the connection's own stats. */
function decodedBy(state) {
  const out = {};
  for (const p of state.participants) {
    if (p.video && p.video.mid != null && state.inbound[p.video.mid]) out[p.username] = state.inbound[p.video.mid].framesDecoded;
  }
  return out;
}

/** The centre pixel of each remote tile's video: {username: [r, g, b]}. */
async function tileColours(b) {
  return b.page.evaluate(() => {
    const out = {};
    for (const tile of document.querySelectorAll('#call-grid .tile:not(.me)')) {
      const v = tile.querySelector('video');
      if (!v || !v.videoWidth) continue;
      const c = document.createElement('canvas');
      c.width = v.videoWidth; c.height = v.videoHeight;
      const g = c.getContext('2d');
      g.drawImage(v, 0, 0);
      const d = g.getImageData(c.width >> 1, c.height >> 1, 1, 1).data;
      out[tile.dataset.username] = [d[0], d[1], d[2]];
    }
    return out;
  });
}

async function acceptCall(b) {
  await b.page.locator('#ringing').waitFor({ state: 'visible' });
  const t = Date.now();
  await b.page.getByRole('button', { name: /^Accept/ }).click();
  return t;
}

/** Milliseconds from `since` until the page decodes a first remote video frame. */
async function firstFrame(b, since) {
  await eventually(async () => {
    const s = await callState(b);
    return s && Object.values(decodedBy(s)).some((n) => n > 0);
  }, `${b.name} to decode a first frame`);
  return Date.now() - since;
}

test('three browsers in a group video call; an eavesdropper with a token decodes nothing; removal and addition mid-call', async () => {
  const server = await Server.start();
  const admin = Cli.create('admin');
  await admin.run('join', server.adminLink, '--name', 'laptop');
  const people = [['ann', DESKTOP, 'red'], ['ben', PHONE, 'green'], ['cat', DESKTOP, 'blue'], ['eve', DESKTOP, 'yellow']];
  const browsers = {};
  for (const [name, device, colour] of people) {
    const inv = await admin.invite();
    browsers[name] = await Browser.open(server, name, device, null, mediaArgs(colour));
    await browsers[name].join(inv.web_link, name, `${name} passphrase 1`);
  }
  const { ann, ben, cat, eve } = browsers;
  await admin.run('group', 'create', 'team', '--members', 'ann,ben,cat');
  for (const b of [ann, ben, cat]) {
    await b.conversationButton('#team').waitFor();
    await b.open('#team');
  }

  // Ann starts a video call; ben and cat ring and accept.
  const started = Date.now();
  await ann.page.getByRole('button', { name: 'Start a video call' }).click();
  await ben.page.locator('#ringing', { hasText: 'ann is calling' }).waitFor();
  await ben.screenshot('call-ringing-phone');
  const joins = [];
  const annFirst = firstFrame(ann, started);
  const tBen = await acceptCall(ben);
  const tCat = await acceptCall(cat);
  joins.push(await firstFrame(ben, tBen), await firstFrame(cat, tCat), await annFirst);

  // C3: every page decodes every other page, in its colour, and hears it.
  const colourOf = { ann: 'red', ben: 'green', cat: 'blue' };
  const trio = { ann, ben, cat };
  await eventually(async () => {
    for (const [name, b] of Object.entries(trio)) {
      const d = decodedBy(await callState(b));
      const others = Object.keys(trio).filter((n) => n !== name);
      if (!others.every((o) => d[o] > 0)) return false;
    }
    return true;
  }, 'every page to decode both others');
  const before = {};
  for (const [name, b] of Object.entries(trio)) before[name] = decodedBy(await callState(b));
  await ann.page.waitForTimeout(10_000);
  for (const [name, b] of Object.entries(trio)) {
    const s = await callState(b);
    const d = decodedBy(s);
    for (const o of Object.keys(trio).filter((n) => n !== name)) {
      assert.ok(d[o] - before[name][o] >= 30, `${name} decoded ${d[o] - before[name][o]} frames of ${o} in 10 s`);
    }
    const colours = await tileColours(b);
    for (const o of Object.keys(trio).filter((n) => n !== name)) {
      assert.ok(colours[o] && near(colours[o], colourOf[o]), `${name} sees ${o} as ${colours[o]}, not ${colourOf[o]}`);
    }
    const audio = Object.values(s.inbound).filter((r) => r.kind === 'audio' && r.packetsReceived > 0);
    assert.ok(audio.length >= 2, `${name} receives audio from both others`);
    for (const p of s.participants) assert.equal(p.state, 'ok', `${name}: ${p.username} ${p.state}`);
  }
  await ann.screenshot('call-desktop');
  await ben.screenshot('call-phone');

  // C4: eve is no member of #team. With a token the server's key signed she gets the bytes,
  // and decodes nothing.
  const { group, call } = await callState(ann);
  const token = mintToken(server, group, call, 4242);
  await eve.page.evaluate(async ({ group, call, token }) => {
    const { CallMedia } = await import('/call.js');
    const m = new CallMedia({ client: null, group, call, media: 'video', slots: 3, token, noKeys: true });
    window.eavesdropper = m;
    await m.start();
  }, { group, call, token });
  await eve.page.waitForTimeout(8000);
  const heard = await eve.page.evaluate(async () => {
    const m = window.eavesdropper;
    return { inbound: await m.inboundStats(), streams: m.workerStats.streams };
  });
  const bytes = Object.values(heard.inbound).reduce((n, r) => n + r.bytesReceived, 0);
  const decoded = Object.values(heard.inbound).reduce((n, r) => n + r.framesDecoded, 0);
  const failed = heard.streams.reduce((n, s) => n + s.fail, 0);
  const opened = heard.streams.reduce((n, s) => n + s.ok, 0);
  assert.ok(bytes > 20_000, `the eavesdropper received ${bytes} bytes`);
  assert.equal(decoded, 0, 'the eavesdropper decoded no frame');
  assert.equal(opened, 0, 'the eavesdropper decrypted no frame');
  assert.ok(failed > 0, 'its frames failed to decrypt');
  await eve.page.evaluate(() => window.eavesdropper.stop());

  // C5: the admin removes cat. Cat's page is kept in the call on purpose (as a modified client
  // would stay): it must decrypt nothing sent after the switch.
  await cat.page.evaluate(() => { const m = window.conclaveCall(); window.kept = m; m.stop = () => {}; });
  const epochBefore = (await callState(ann)).epoch;
  const removedAt = Date.now();
  await admin.run('group', 'remove', 'team', 'cat');
  for (const b of [ann, ben]) {
    await eventually(async () => (await callState(b)).sendEpoch > epochBefore, `${b.name} to send under the new epoch`, 10_000);
    const took = Date.now() - removedAt;
    assert.ok(took <= 3000 + 1500, `${b.name} switched after ${took} ms`); // 3 s, plus the CLI's own commit round trip
  }
  await cat.page.waitForTimeout(1500);
  const okOf = () => cat.page.evaluate(() => window.kept.workerStats.streams.filter((s) => s.side === 'recv').reduce((n, s) => n + s.ok, 0));
  const catThen = await okOf();
  await cat.page.waitForTimeout(5000);
  const catLater = await okOf();
  assert.equal(catLater, catThen, 'the removed page decrypted nothing after the switch');
  const catFails = await cat.page.evaluate(() => window.kept.workerStats.streams.filter((s) => s.side === 'recv').reduce((n, s) => n + s.fail, 0));
  assert.ok(catFails > 0, 'its frames fail to decrypt');
  await cat.close();

  // Eve is added mid-call: the call's invitation is repeated for her, her page rings, she
  // accepts and decodes ann and ben.
  await admin.run('group', 'add', 'team', 'eve');
  await eve.conversationButton('#team').waitFor();
  await eve.open('#team');
  const eveJoined = await acceptCall(eve);
  joins.push(await firstFrame(eve, eveJoined));
  await eventually(async () => {
    const d = decodedBy(await callState(eve));
    return d.ann > 30 && d.ben > 30;
  }, 'eve to decode ann and ben');
  const eveColours = await tileColours(eve);
  assert.ok(near(eveColours.ann, 'red') && near(eveColours.ben, 'green'), `eve sees ${JSON.stringify(eveColours)}`);

  // Ben hangs up (his tile leaves the others' grids) and comes back from the conversation's
  // "Join call" banner.
  await ben.page.locator('#call-hangup').click();
  await ann.page.locator('#call-grid .tile[data-username="ben"]').waitFor({ state: 'detached', timeout: 10_000 });
  await ben.page.getByRole('button', { name: 'Join call' }).click();
  const benBack = Date.now();
  joins.push(await firstFrame(ben, benBack));

  // Everyone hangs up: the history says how it went.
  for (const b of [ann, ben, eve]) await b.page.locator('#call-hangup').click();
  for (const b of [ann, ben]) {
    await b.page.locator('#messages .call-entry', { hasText: /Video call, .*people/ }).waitFor();
  }
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, 'call-join-times.json'), JSON.stringify({ join_to_first_frame_ms: joins }, null, 2));
  console.log(`join → first decoded remote frame (ms): ${joins.join(', ')}`);
  assert.equal(server.dataContains('ann passphrase 1'), false);
  for (const b of [ann, ben, eve]) assert.deepEqual(b.foreignRequests(), [], `${b.name}: only the page's own origin`);
});

test('a 1:1 call between a phone and a desktop: decline, and a missed call while offline', async () => {
  const server = await Server.start();
  const admin = Cli.create('admin');
  await admin.run('join', server.adminLink, '--name', 'laptop');
  const [i1, i2] = [await admin.invite(), await admin.invite()];
  const dora = await Browser.open(server, 'dora', DESKTOP, null, mediaArgs('red'));
  let finn = await Browser.open(server, 'finn', PHONE, null, mediaArgs('green'));
  await dora.join(i1.web_link, 'dora', 'dora passphrase 1');
  await finn.join(i2.web_link, 'finn', 'finn passphrase 1');
  await dora.page.getByRole('button', { name: 'New conversation' }).click();
  await dora.page.locator('#new-direct').fill('finn');
  await dora.page.getByRole('button', { name: 'Start' }).click();
  await dora.page.locator('#conversation-title', { hasText: 'finn' }).waitFor();
  await finn.conversationButton('dora').waitFor();
  await finn.open('dora');

  // Decline: a missed call for finn, "declined" for dora.
  await dora.page.getByRole('button', { name: 'Start a call' }).click();
  await finn.page.locator('#ringing', { hasText: 'dora is calling' }).waitFor();
  await finn.page.getByRole('button', { name: 'Decline' }).click();
  await finn.page.locator('#messages .call-entry', { hasText: 'Missed call from dora (declined)' }).waitFor();
  // A 1:1 call everyone else declined ends on the caller's side by itself.
  await dora.page.locator('#messages .call-entry', { hasText: 'Call declined by finn' }).waitFor();
  await dora.page.locator('#call-screen').waitFor({ state: 'hidden' });

  // Finn's browser is closed: dora's call rings nowhere; after the ring time finn, back, has a
  // missed call.
  const profile = finn.profile;
  await finn.close();
  await dora.page.getByRole('button', { name: 'Start a video call' }).click();
  await dora.page.locator('#messages .call-entry', { hasText: 'Video call not answered' }).waitFor({ timeout: 90_000 });
  await dora.page.locator('#call-screen').waitFor({ state: 'hidden' }); // an unanswered call closes by itself
  finn = await Browser.open(server, 'finn', PHONE, profile, mediaArgs('green'));
  await finn.page.goto(server.origin);
  await finn.unlock('finn passphrase 1');
  await finn.open('dora');
  await finn.page.locator('#messages .call-entry', { hasText: 'Missed video call from dora' }).waitFor();
  assert.equal(await finn.page.locator('#ringing').isVisible(), false, 'an old call does not ring');
  await finn.screenshot('call-missed-phone');
});

test('the SFU goes away mid-call: both pages join again by themselves and decode each other again', async () => {
  const server = await Server.start();
  const admin = Cli.create('admin');
  await admin.run('join', server.adminLink, '--name', 'laptop');
  const gus = await Browser.open(server, 'gus', DESKTOP, null, mediaArgs('blue'));
  const hal = await Browser.open(server, 'hal', PHONE, null, mediaArgs('yellow'));
  await gus.join((await admin.invite()).web_link, 'gus', 'gus passphrase 1');
  await hal.join((await admin.invite()).web_link, 'hal', 'hal passphrase 1');
  await admin.run('group', 'create', 'pair', '--members', 'gus,hal');
  for (const b of [gus, hal]) {
    await b.conversationButton('#pair').waitFor();
    await b.open('#pair');
  }
  await gus.page.getByRole('button', { name: 'Start a video call' }).click();
  await acceptCall(hal);
  const peers = [[gus, 'hal', 'yellow'], [hal, 'gus', 'blue']];
  const decoding = async (what) => eventually(async () => {
    for (const [b, other] of peers) {
      const s = await callState(b);
      if (!s || s.state !== 'connected' || !(decodedBy(s)[other] > 0)) return false;
    }
    return true;
  }, what, 60_000);
  await decoding('both pages to decode a first frame');
  const fingerprints = await Promise.all([gus, hal].map((b) => b.page.evaluate(() => window.conclaveCall().pc.localDescription.sdp.match(/a=fingerprint:(.*)/)[1])));

  await server.restart();
  await eventually(async () => (await callState(gus))?.state === 'reconnecting', 'gus to show reconnecting', 30_000);
  await gus.page.locator('#call-info', { hasText: 'Reconnecting' }).waitFor();
  await decoding('both pages to decode again after the SFU came back');
  for (const [i, [b, other, colour]] of peers.entries()) {
    const s = await callState(b);
    // The decoder's count can move before the tile paints its first new frame: wait for it.
    await eventually(async () => {
      const rgb = (await tileColours(b))[other];
      return rgb && near(rgb, colour);
    }, `${b.name} to see ${other} in ${colour}`, 30_000);
    const fp = await b.page.evaluate(() => window.conclaveCall().pc.localDescription.sdp.match(/a=fingerprint:(.*)/)[1]);
    assert.equal(fp, fingerprints[i], `${b.name} kept its DTLS certificate`);
    assert.equal(s.call, (await callState(peers[1 - i][0])).call, 'the same call');
  }
  for (const b of [gus, hal]) await b.page.locator('#call-hangup').click();
});
