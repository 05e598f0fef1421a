// The account in the browser: invitations within the quota (a CLI user joins with one made in
// the browser), account expiry and a renewal code, linking the browser as a second device of a
// CLI account, and safety numbers that match the CLI's, with a contact marked verified.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, eventually, repo } from './kit.mjs';

after(cleanup);

function admin(server, ...args) {
  const target = process.env.CARGO_TARGET_DIR || path.join(repo, 'target');
  return execFileSync(path.join(target, 'debug', 'conclave-server'), ['admin', '--data', server.data, ...args], { encoding: 'utf8' });
}

test('invitations within the quota, renewal, a linked browser device, and safety numbers', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const bob = await Browser.open(server, 'bob', PHONE);
  // The conclave:// form of the link, pasted into the form, works as well as the https one.
  const invite = await alice.invite();
  await bob.page.goto(server.origin);
  await bob.page.locator('#join-link').fill(invite.link);
  await bob.page.locator('#join-username').fill('bob');
  await bob.page.locator('#join-pass').fill('bob passphrase 1');
  await bob.page.locator('#join-again').fill('bob passphrase 1');
  await bob.page.getByRole('button', { name: 'Join' }).click();
  await bob.online();

  // Account: expiry and quota (a member invited by an admin: 5 invitation uses).
  const p = bob.page;
  await p.getByRole('button', { name: 'Account' }).click();
  await p.locator('#acct-expires', { hasText: /\d{4}/ }).waitFor();
  await p.locator('#acct-invites', { hasText: '5 left' }).waitFor();
  await p.locator('#invite-uses').fill('1');
  await p.getByRole('button', { name: 'Create invitation' }).click();
  const cliLink = await p.locator('#invite-cli-link').textContent();
  const webLink = await p.locator('#invite-link').textContent();
  assert.match(webLink, /^https:\/\/127\.0\.0\.1:\d+\/join#code=/);
  assert.match(cliLink, /^conclave:\/\/127\.0\.0\.1:\d+\/join#code=.+&fp=[0-9a-f]{64}$/, 'the CLI form pins the certificate');
  await p.locator('#acct-invites', { hasText: '4 left' }).waitFor();
  await bob.screenshot('account-phone');
  const carol = Cli.create('carol');
  await carol.run('join', cliLink, '--name', 'carol');
  await bob.list();
  await p.getByRole('button', { name: 'Account' }).click();
  await p.locator('#invite-list li', { hasText: 'carol' }).waitFor();
  // Beyond the quota: a clear refusal.
  await p.locator('#invite-uses').fill('5');
  await p.getByRole('button', { name: 'Create invitation' }).click();
  await p.getByText(/Invitation quota reached/).waitFor();

  // Renewal: an admin's code extends the account.
  const before = await p.locator('#acct-expires').textContent();
  const code = admin(server, 'renewal', 'create', '--validity', '400d').trim();
  await p.locator('#renew-code').fill(code);
  await p.getByRole('button', { name: 'Renew' }).click();
  await eventually(async () => (await p.locator('#acct-expires').textContent()) !== before, 'the expiry to move');
  const whoami = JSON.parse(admin(server, 'accounts', 'list', '--json')).find((a) => a.username === 'bob');
  assert.ok(new Date(whoami.expires_at) - Date.now() > 399 * 86400e3, `renewed: ${JSON.stringify(whoami)}`);

  // Safety numbers: the browser shows the same number as the CLI; bob marks carol verified.
  await carol.run('send', 'bob', 'hi bob, compare numbers?');
  await bob.open('carol');
  await p.getByRole('button', { name: 'Details' }).click();
  await p.getByRole('button', { name: 'Safety number with carol' }).click();
  const shown = (await p.locator('[data-safety="carol"] code').textContent()).trim();
  const cliNumber = (await carol.run('safety-number', 'bob')).stdout.split('\n').map((l) => l.trim()).find((l) => /^\d{5}( \d{5}){11}$/.test(l));
  assert.equal(shown, cliNumber);
  await p.locator('[data-safety="carol"]', { hasText: 'not verified' }).waitFor();
  await p.getByRole('button', { name: 'Mark as verified' }).click();
  await p.locator('[data-safety="carol"] .badge', { hasText: 'verified' }).filter({ hasNotText: 'not' }).waitFor();

  // Linking: alice's browser becomes her second device; alice's CLI adds it to her conversations.
  await alice.run('send', 'bob', 'hello bob');
  const aliceWeb = await Browser.open(server, 'alice-web', DESKTOP);
  const { link, done } = alice.deviceLink();
  const deviceLink = await link;
  await aliceWeb.page.goto(server.origin);
  await aliceWeb.page.locator('#link-link').fill(deviceLink);
  await aliceWeb.page.locator('#link-device').fill('laptop browser');
  await aliceWeb.page.locator('#link-pass').fill('alice passphrase 1');
  await aliceWeb.page.locator('#link-again').fill('alice passphrase 1');
  await aliceWeb.page.getByRole('button', { name: 'Link this browser' }).click();
  await aliceWeb.online();
  assert.match(await done, /joined; added to 1 of 1 conversation\b/);
  await aliceWeb.conversationButton('bob').waitFor();
  await aliceWeb.open('bob');
  // Alice's CLI sent the browser the conversation's history: what she said before the link
  // shows, with a note where it ends; the server removes the history blob once it is fetched.
  await aliceWeb.message('hello bob').waitFor();
  await aliceWeb.page.locator('#messages li.history-note', { hasText: 'came from your device' }).waitFor();
  await eventually(async () => {
    const dir = path.join(server.data, 'blobs');
    return !existsSync(dir) || readdirSync(dir).filter((n) => n.endsWith('.data')).length === 0;
  }, 'the history blob to be removed once fetched', 15_000);
  const live = `to both of alice's devices ${Date.now()}`;
  await bob.open('alice');
  await bob.send(live);
  await aliceWeb.message(live).waitFor();
  await eventually(async () => (await alice.read('bob')).some((m) => m.text === live), 'alice\'s CLI to read it too');
  const fromWeb = `from alice's browser ${Date.now()}`;
  await aliceWeb.send(fromWeb);
  await bob.message(fromWeb).waitFor();

  for (const b of [bob, aliceWeb]) assert.deepEqual(b.foreignRequests(), []);
});
