// Attachments between two browsers, through the real server's blob store: a photo (inline
// thumbnail, then the full image), a ~3 MiB binary (downloaded, SHA-256 checked), a file named
// with U+202E (shown without it) and a voice note recorded from Chromium's fake microphone
// (played on the other side). Alice is on a phone (412×915), bob on a desktop (1280×800). The
// server's data directory never holds the binary's marker bytes.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import https from 'node:https';
import { deflateSync } from 'node:zlib';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, eventually } from './kit.mjs';

after(cleanup);

const COLOUR = [200, 30, 90];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A `w`×`h` PNG of one colour. */
function png(w, h, [r, g, b]) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(w).fill([r, g, b]).flat())]);
  const raw = Buffer.concat(Array(h).fill(row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A phone of 412×915 CSS pixels (Pixel 7's screen, touch, mobile). */
const PHONE_412 = { ...PHONE, viewport: { width: 412, height: 915 }, screen: { width: 412, height: 915 } };

const fakeMedia = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', '--autoplay-policy=no-user-gesture-required'];

function fileMessage(b, name) {
  return b.page.locator('#messages li[data-kind="file"]', { has: b.page.locator('.file-name bdi', { hasText: name }) });
}

test('files, photos and voice notes between a phone and a desktop browser', async () => {
  const server = await Server.start();
  const admin = Cli.create('admin');
  await admin.run('join', server.adminLink, '--name', 'admin');
  const [ia, ib] = [await admin.invite(), await admin.invite()];
  const alice = await Browser.open(server, 'alice', PHONE_412, null, fakeMedia);
  const bob = await Browser.open(server, 'bob', DESKTOP, null, fakeMedia);
  await alice.join(ia.web_link, 'alice', 'alice passphrase 1');
  await bob.join(ib.web_link, 'bob', 'bob passphrase 1');
  assert.deepEqual(await alice.page.evaluate(() => [innerWidth, innerHeight]), [412, 915]);
  assert.deepEqual(await bob.page.evaluate(() => [innerWidth, innerHeight]), [1280, 800]);

  await alice.page.getByRole('button', { name: 'New conversation' }).click();
  await alice.page.locator('#new-direct').fill('bob');
  await alice.page.getByRole('button', { name: 'Start' }).click();
  await alice.page.locator('#conversation-title', { hasText: 'bob' }).waitFor();
  await bob.conversationButton('alice').waitFor();
  await bob.open('alice');

  // A photo: the thumbnail travels in the message, the full image through the blob store.
  await alice.page.setInputFiles('#file-input', { name: 'photo.png', mimeType: 'image/png', buffer: png(400, 300, COLOUR) });
  const photo = fileMessage(bob, 'photo.png');
  await photo.locator('canvas.file-thumb').waitFor();
  const thumb = await photo.locator('canvas.file-thumb').evaluate((c) => ({ w: c.width, h: c.height, rgb: [...c.getContext('2d').getImageData(160, 120, 1, 1).data.slice(0, 3)] }));
  assert.equal(thumb.w, 320, 'a 320 px preview inline');
  assert.equal(thumb.h, 240);
  assert.ok(thumb.rgb.every((x, i) => Math.abs(x - COLOUR[i]) < 12), `the preview's colour: ${thumb.rgb}`);
  await photo.locator('button.file-image').click();
  await bob.page.locator('#viewer-image').waitFor();
  const full = await bob.page.locator('#viewer-image').evaluate((c) => ({ w: c.width, h: c.height, rgb: [...c.getContext('2d').getImageData(200, 150, 1, 1).data.slice(0, 3)] }));
  assert.deepEqual(full, { w: 400, h: 300, rgb: COLOUR }, 'the full image, decrypted, pixel for pixel');
  await bob.page.getByRole('button', { name: 'Close' }).click();
  await bob.page.locator('#viewer-image').waitFor({ state: 'detached' });

  // A ~3 MiB binary with marker bytes in it: downloaded with its SHA-256 intact.
  const marker = `conclave-attachment-marker-${Date.now()}`;
  const data = randomBytes(3 * 1024 * 1024 + 12345);
  for (const at of [0, 1_000_000, 2_500_000, data.length - marker.length]) data.write(marker, at);
  const sha = createHash('sha256').update(data).digest('hex');
  // Its first PATCH is cut: the upload asks HEAD where to resume and carries on.
  let cut = 0;
  await alice.page.route('**/v1/blobs/*', (route) => {
    if (route.request().method() === 'PATCH' && cut === 0) { cut += 1; return route.abort('connectionreset'); }
    return route.fallback();
  });
  await alice.page.setInputFiles('#file-input', { name: 'data.bin', mimeType: 'application/octet-stream', buffer: data });
  const bin = fileMessage(bob, 'data.bin');
  await fileMessage(alice, 'data.bin').waitFor();
  assert.equal(cut, 1, 'one PATCH was cut');
  await alice.page.unroute('**/v1/blobs/*');
  await bin.locator('.file-size', { hasText: '3.0 MiB' }).waitFor();
  const [download] = await Promise.all([
    bob.page.waitForEvent('download'),
    bin.getByRole('button', { name: 'Download data.bin' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'data.bin');
  const saved = readFileSync(await download.path());
  assert.deepEqual({ size: saved.length, sha: createHash('sha256').update(saved).digest('hex') }, { size: data.length, sha }, 'the downloaded file is the original');

  // Bob has both of alice's files whole and checked (he viewed the photo, saved the binary):
  // his device keeps their ciphertext and tells the server, which removes each blob once its
  // one recipient has it. After a reload he saves the binary again from his own copy (at the end).
  const sealedAt = (b) => b.page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('conclave-files');
    const names = [];
    for await (const n of dir.keys()) if (n.endsWith('.sealed')) names.push(n.replace('.sealed', ''));
    return names.sort();
  });
  const bobKeeps = await sealedAt(bob);
  assert.equal(bobKeeps.length, 2, `bob keeps the photo and the binary: ${bobKeeps}`);
  assert.deepEqual((await sealedAt(alice)).filter((id) => bobKeeps.includes(id)), bobKeeps, 'the uploader keeps hers');
  const serverHas = (id) => existsSync(path.join(server.data, 'blobs', `${id}.data`));
  await eventually(async () => bobKeeps.every((id) => !serverHas(id)), 'the server to remove blobs every recipient has', 15_000);

  // Right-to-left override: "report<RLO>gnp.exe" would show as "reportexe.png".
  await alice.page.setInputFiles('#file-input', { name: 'report\u202Egnp.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ not really') });
  const spoof = fileMessage(bob, 'reportgnp.exe');
  await spoof.waitFor();
  const shown = await spoof.locator('.file-name bdi').textContent();
  assert.equal(shown, 'reportgnp.exe');
  assert.equal(/[\u202A-\u202E\u2066-\u2069]/.test(await spoof.textContent()), false, 'no bidi controls shown');
  assert.equal(await spoof.locator('.file-name bdi').evaluate((e) => getComputedStyle(e).unicodeBidi), 'isolate');

  // A voice note: hold the button (fake microphone), release sends; bob plays it.
  const voice = alice.page.locator('#voice-button');
  const box = await voice.boundingBox();
  await alice.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await alice.page.mouse.down();
  await alice.page.waitForTimeout(2500);
  await alice.page.mouse.up();
  const note = bob.page.locator('#messages li[data-kind="file"][data-media="audio/webm"]');
  await note.waitFor();
  assert.match(await note.locator('.file-name bdi').textContent(), /^voice-note-\d{8}-\d{6}\.webm$/);
  assert.equal(await note.locator('.waveform span').count(), 48, 'a waveform from the levels sampled while recording');
  await note.getByRole('button', { name: /Play the voice note/ }).click();
  const player = note.locator('.voice-player');
  await player.waitFor();
  const duration = Number(await player.getAttribute('data-duration'));
  assert.ok(duration > 1 && duration < 10, `voice note duration ${duration}`);
  await note.locator('.voice-player[data-state="playing"]').waitFor();
  await note.locator('.voice-player[data-state="ended"]').waitFor({ timeout: 15_000 });

  // Drag and drop on the desktop: a file dropped on the conversation is sent.
  const dt = await bob.page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['dropped here'], 'dropped.txt', { type: 'text/plain' }));
    return d;
  });
  await bob.page.locator('.pane.conversation').dispatchEvent('dragover', { dataTransfer: dt });
  await bob.page.locator('.pane.conversation').dispatchEvent('drop', { dataTransfer: dt });
  await fileMessage(alice, 'dropped.txt').waitFor();

  // Altered on the way (one ciphertext byte flipped): refused, nothing shown or saved.
  await bob.page.route('**/v1/blobs/*', async (route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const req = route.request();
    const body = await new Promise((resolve, reject) => {
      // The test's own copy of the server's answer (its certificate is the test server's).
      https.get(req.url(), { headers: req.headers(), rejectUnauthorized: false }, (res) => {
        const parts = [];
        res.on('data', (d) => parts.push(d));
        res.on('end', () => resolve(Buffer.concat(parts)));
      }).on('error', reject);
    });
    body[body.length >> 1] ^= 1;
    return route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
  });
  const alteredFiles = fileMessage(bob, 'reportgnp.exe');
  await alteredFiles.getByRole('button', { name: /^Download/ }).click();
  await alteredFiles.locator('.file-error', { hasText: 'altered or corrupted' }).waitFor();
  assert.equal(await alteredFiles.locator('a.file-saved').count(), 0, 'no partial file offered');
  await bob.page.unroute('**/v1/blobs/*');

  // A refusal from the server is said in words.
  await bob.page.route('**/v1/blobs', (route) => route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: 'over_quota', message: 'quota' }) }));
  await bob.page.setInputFiles('#file-input', { name: 'refused.txt', mimeType: 'text/plain', buffer: Buffer.from('no room') });
  await bob.page.locator('#uploads .error', { hasText: 'Your storage at the server is full' }).waitFor();
  await bob.page.unroute('**/v1/blobs');

  // Alice's phone shows her files too, with nothing wider than the screen.
  await fileMessage(alice, 'data.bin').waitFor();
  await alice.page.locator('#messages li[data-kind="file"][data-media="audio/webm"]').waitFor();
  const overflow = await alice.horizontalOverflow();
  assert.ok(overflow.scrollWidth <= overflow.width, `no horizontal scrolling on a phone: ${JSON.stringify(overflow)}`);
  await alice.screenshot('files-phone');
  await bob.screenshot('files-desktop');

  // Bob reloads and saves the binary again: the server no longer has it, his device does.
  await bob.page.reload();
  await bob.unlock('bob passphrase 1');
  await bob.online();
  await bob.open('alice');
  const [again] = await Promise.all([
    bob.page.waitForEvent('download'),
    fileMessage(bob, 'data.bin').getByRole('button', { name: 'Download data.bin' }).click(),
  ]);
  assert.equal(createHash('sha256').update(readFileSync(await again.path())).digest('hex'), sha, 'saved again from the local copy');

  // The server held ciphertext only.
  assert.equal(server.dataContains(marker), false, 'no plaintext at the server');
  assert.equal(server.dataContains('reportgnp'), false, 'no file names at the server');
  assert.deepEqual(alice.foreignRequests(), []);
  assert.deepEqual(bob.foreignRequests(), []);
  assert.deepEqual(alice.consoleErrors.filter((e) => !/favicon|ERR_CONNECTION_RESET/.test(e)), []);
  assert.deepEqual(bob.consoleErrors.filter((e) => !/favicon|status of 403/.test(e)), []);
});
