// 5. The page loads nothing from outside its own origin, under a strict Content-Security-Policy
//    that it never trips; it is an installable PWA (manifest, icons, service worker); bad links
//    get clear errors; it works from the keyboard alone, and nothing on a phone needs
//    horizontal scrolling. The WebAssembly is sent gzip-encoded.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, Cli, Browser, PHONE, cleanup } from './kit.mjs';

after(cleanup);

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
  + "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; "
  + "form-action 'self'; frame-ancestors 'none'";

test('own origin only, strict CSP, installable, keyboard-accessible, fits a phone', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const bob = await Browser.open(server, 'bob', PHONE);
  const p = bob.page;

  const wasm = p.waitForResponse((r) => r.url().endsWith('.wasm'));
  const response = await p.goto(server.origin);
  const headers = response.headers();
  assert.equal(headers['content-security-policy'], CSP);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['x-frame-options'], 'DENY');
  assert.equal(headers['referrer-policy'], 'no-referrer');
  await p.locator('#join-link').waitFor();
  // The WebAssembly comes gzip-encoded (≈ 4 MB → 1.2 MB on a phone's connection), and runs.
  const wasmHeaders = await (await wasm).allHeaders();
  assert.equal(wasmHeaders['content-encoding'], 'gzip');
  assert.equal(wasmHeaders['content-type'], 'application/wasm');

  // Installable: a manifest with 192 and 512 px icons that load, and an active service worker.
  const manifest = await p.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    const m = await (await fetch(href)).json();
    const icons = await Promise.all(m.icons.map(async (i) => {
      const r = await fetch(i.src);
      const img = await createImageBitmap(await r.blob());
      return { sizes: i.sizes, type: r.headers.get('content-type'), width: img.width, purpose: i.purpose || 'any' };
    }));
    return { display: m.display, start_url: m.start_url, name: m.name, icons };
  });
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, '/');
  for (const size of [192, 512]) {
    assert.ok(manifest.icons.some((i) => i.width === size && i.sizes === `${size}x${size}` && i.type === 'image/png' && i.purpose === 'any'), `a ${size}px icon`);
  }
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  assert.equal(await bob.serviceWorkerReady(), 'activated');
  await p.reload();
  assert.equal(await p.evaluate(() => !!navigator.serviceWorker.controller), true, 'the service worker controls the page');

  // Bad input gets a clear error.
  await p.locator('#join-link').fill('https://example.invalid/nothing');
  await p.locator('#join-username').fill('bob');
  await p.locator('#join-pass').fill('bob passphrase 1');
  await p.locator('#join-again').fill('bob passphrase 1');
  await p.getByRole('button', { name: 'Join' }).click();
  await p.locator('#join-error', { hasText: /Invalid Conclave link/ }).waitFor();
  const invite = await alice.invite();
  await p.locator('#join-link').fill(invite.web_link);
  await p.locator('#join-again').fill('something else');
  await p.getByRole('button', { name: 'Join' }).click();
  await p.locator('#join-error', { hasText: 'The two passphrases differ.' }).waitFor();
  await p.locator('#join-username').fill('Bob!');
  await p.locator('#join-again').fill('bob passphrase 1');
  await p.getByRole('button', { name: 'Join' }).click();
  await p.locator('#join-error', { hasText: /username/i }).waitFor();
  assert.ok((await bob.horizontalOverflow()).scrollWidth <= PHONE.viewport.width);
  await bob.screenshot('welcome-phone');

  // Keyboard only: the invitation link is in the address; type the rest, press Enter.
  await p.goto(invite.web_link);
  await p.locator('#join-username').waitFor();
  assert.equal(await p.evaluate(() => document.activeElement.id), 'join-username', 'focus starts where typing starts');
  await p.keyboard.type('bob');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  await p.keyboard.type('bob passphrase 1');
  await p.keyboard.press('Tab');
  await p.keyboard.type('bob passphrase 1');
  await p.keyboard.press('Enter');
  await bob.online();
  await alice.run('send', 'bob', 'type back');
  await bob.list();
  const button = bob.conversationButton('alice');
  await button.waitFor();
  await button.focus();
  await p.keyboard.press('Enter');
  await bob.message('type back').waitFor();
  await p.locator('#composer-text').focus();
  await p.keyboard.type('typed, sent with Enter');
  await p.keyboard.press('Enter');
  await p.locator('#messages .msg.mine .text', { hasText: 'typed, sent with Enter' }).waitFor();

  // Every view fits the phone's width.
  const views = {
    conversation: null,
    panel: () => p.getByRole('button', { name: 'Details' }).click(),
    list: () => bob.list(),
    new: () => p.getByRole('button', { name: 'New conversation' }).click(),
    account: async () => { await bob.list(); await p.getByRole('button', { name: 'Account' }).click(); await p.locator('#acct-username').waitFor(); },
  };
  for (const [name, show] of Object.entries(views)) {
    if (show) await show();
    await p.waitForTimeout(300);
    const o = await bob.horizontalOverflow();
    assert.ok(o.scrollWidth <= o.width && o.wide.length === 0, `${name}: nothing wider than the phone: ${JSON.stringify(o)}`);
  }

  assert.deepEqual(bob.foreignRequests(), [], 'only the page\'s own origin');
  assert.ok(bob.requests.some((u) => u.endsWith('.wasm')), 'the WebAssembly client was loaded');
  const cspErrors = bob.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
  assert.deepEqual(cspErrors, [], 'nothing trips the CSP');
});
