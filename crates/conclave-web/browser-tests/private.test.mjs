// 8. The Private browsing page, on a phone (412×915) and a desktop (1280×800), against a server
//    with relay roles and two peer relays: it lists the server's own relay and the peers from
//    the signed /relay/directory, relays of one operator marked, verified in the WebAssembly (a
//    tampered directory and one signed by another key are refused), shows the account's token allowance as the server's [limits] set it, opens the
//    instructions for the device it runs on, and fits the phone's width.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, tempDir } from './kit.mjs';

after(cleanup);

const TOKENS_PER_DAY = 7;

/** A peer relay for `[[relay.peers]]`: a well-formed descriptor (its id is its key's). */
function peer(roles, country, operator) {
  const key = randomBytes(32);
  const id = `r${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  return { id, roles, country, operator, addr: `${id}.invalid:443`, tls_fp: randomBytes(32).toString('hex'), noise_key: key.toString('base64') };
}

const toml = (p) => `[[relay.peers]]\nid = "${p.id}"\nroles = [${p.roles.map((r) => `"${r}"`).join(', ')}]\ncountry = "${p.country}"\noperator = "${p.operator}"\naddr = "${p.addr}"\ntls_fp = "${p.tls_fp}"\nnoise_key = "${p.noise_key}"\n`;

/** Opens the page from the conversation list's top bar. */
async function showPrivate(b) {
  const p = b.page;
  await b.list();
  await p.getByRole('button', { name: 'Private browsing' }).click();
  await p.locator('#page-title', { hasText: 'Private browsing' }).waitFor();
}

/** …and waits until the relay list and the allowance are there. */
async function openPrivate(b) {
  const p = b.page;
  await showPrivate(b);
  await p.locator('#pb-relays li[data-relay]').first().waitFor();
  await p.locator('#pb-per-day', { hasText: /^\d+$/ }).waitFor();
}

/** Serves `body` as the directory until the returned function is called. */
async function serveDirectory(p, signed) {
  const handler = (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(signed) });
  await p.route('**/relay/directory', handler);
  return () => p.unroute('**/relay/directory', handler);
}

test('private browsing: the signed relay list, the allowance, how to use it, phone and desktop', async () => {
  const dir = tempDir('private');
  const config = path.join(dir, 'server.toml');
  // The server's own relay (NL), another relay of the same operator (DE) and one of another
  // operator (SE), as an operator lists its partners' relays.
  const sameOperator = peer(['exit'], 'DE', 'test-operator');
  const otherOperator = peer(['entry'], 'SE', 'other-operator');
  writeFileSync(config, `[limits]\nrelay_tokens_per_day = ${TOKENS_PER_DAY}\n\n[relay]\ncountry = "NL"\noperator = "test-operator"\n\n${toml(sameOperator)}\n${toml(otherOperator)}`);
  const server = await Server.start(undefined, 0, ['--config', config, '--relay-roles', 'entry,exit']);
  assert.ok(server.relay, `the server runs a relay:\n${server.stderr}`);
  assert.deepEqual(server.relay.roles, ['entry', 'exit']);
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const [forBob, forCarol] = [await alice.invite(), await alice.invite()];

  const sizes = [
    ['phone', PHONE, 'bob', forBob, 'android'],
    // No service worker on the desktop: the test stands in for the server's directory below.
    ['desktop', { ...DESKTOP, serviceWorkers: 'block' }, 'carol', forCarol, 'desktop'],
  ];
  for (const [size, device, name, invite, platform] of sizes) {
    const b = await Browser.open(server, name, device);
    const p = b.page;
    await b.join(invite.web_link, name, `${name} passphrase 1`);
    await openPrivate(b);

    // The server's own relay first, as its directory lists it, then the peers.
    const relays = p.locator('#pb-relays li[data-relay]');
    assert.equal(await relays.count(), 3, `${size}: three relays`);
    const ids = await relays.evaluateAll((list) => list.map((li) => li.dataset.relay));
    assert.deepEqual(ids, [server.relay.id, sameOperator.id, otherOperator.id]);
    const text = await relays.first().textContent();
    for (const want of ['entry', 'exit', 'NL', 'test-operator', server.relay.addr.split(':').pop()]) assert.ok(text.includes(want), `${size}: the relay shows ${want}: ${text}`);
    // The two relays of test-operator are marked, each naming the other; the third is not.
    for (const [i, other] of [[0, sameOperator.id], [1, server.relay.id]]) {
      const li = relays.nth(i);
      assert.equal(await li.locator('.badge.warn', { hasText: 'same operator' }).count(), 1);
      assert.ok((await li.locator('.meta.warn').textContent()).includes(other));
    }
    assert.equal(await relays.nth(2).locator('.badge.warn').count(), 0);
    assert.ok((await relays.nth(2).textContent()).includes('other-operator'));
    // A path of two operators exists (entry SE of other-operator, exit of test-operator).
    await p.locator('#pb-path.ok', { hasText: 'two relays of different operators' }).waitFor();
    const signed = await p.evaluate(async () => (await fetch('/relay/directory')).json());
    const signature = await p.locator('#pb-signature').textContent();
    assert.ok(signature.includes(signed.key) && signature.includes('the signature checks out'), signature);
    assert.ok(signature.includes('now remembers that key'), 'pinned on first use');

    // The allowance is the server's [limits] relay_tokens_per_day; nothing spent yet.
    assert.equal(await p.locator('#pb-per-day').textContent(), String(TOKENS_PER_DAY));
    assert.equal(await p.locator('#pb-left').textContent(), String(TOKENS_PER_DAY));

    // The instructions for this kind of device are open; the iPhone ones say why not.
    assert.equal(await p.locator(`#pb-howto-${platform}`).evaluate((d) => d.open), true, `${size}: ${platform} instructions open`);
    assert.match(await p.locator('#pb-ios').textContent(), /Not available today/);
    await p.locator('#pb-use').scrollIntoViewIfNeeded();

    if (size === 'phone') {
      await p.waitForTimeout(300);
      const o = await b.horizontalOverflow();
      assert.ok(o.scrollWidth <= o.width && o.wide.length === 0, `nothing wider than the phone: ${JSON.stringify(o)}`);
      await p.locator('#pb-what').scrollIntoViewIfNeeded();
      await b.screenshot('private-phone');
      await p.locator('#pb-relays-title').scrollIntoViewIfNeeded();
      await b.screenshot('private-phone-relays');
      await p.locator('#pb-use').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await b.screenshot('private-phone-howto');
    } else {
      await p.locator('#pb-what').scrollIntoViewIfNeeded();
      await b.screenshot('private-desktop');
      await p.locator('#pb-relays-title').scrollIntoViewIfNeeded();
      await b.screenshot('private-desktop-relays');

      // Seen again: the key this device pinned.
      await openPrivate(b);
      await p.locator('#pb-signature', { hasText: 'the key this device remembered' }).waitFor();

      // A directory whose body was changed after signing is refused.
      const tampered = { ...signed, body: signed.body.replace('"NL"', '"DE"') };
      assert.notEqual(tampered.body, signed.body);
      let stop = await serveDirectory(p, tampered);
      await showPrivate(b);
      await p.locator('#pb-path.error', { hasText: /signature is invalid/ }).waitFor();
      await stop();

      // A validly signed directory under another key than the one pinned is refused too.
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
      const other = { body: signed.body, key: raw.toString('base64'), signature: sign(null, Buffer.from(signed.body), privateKey).toString('base64') };
      stop = await serveDirectory(p, other);
      await showPrivate(b);
      await p.locator('#pb-path.error', { hasText: /different key than the one pinned/ }).waitFor();
      await stop();
    }

    assert.deepEqual(b.foreignRequests(), [], `${size}: only the page's own origin`);
    const cspErrors = b.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
    assert.deepEqual(cspErrors, [], `${size}: nothing trips the CSP`);
    await b.close();
  }
});
