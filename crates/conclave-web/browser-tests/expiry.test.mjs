// An expired account: the browser says so plainly, keeps showing its history, and comes back
// online once a renewal code is redeemed in Account.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Server, Browser, PHONE, cleanup, eventually, repo } from './kit.mjs';

after(cleanup);

const VALIDITY_SECS = 15;

function admin(server, ...args) {
  const target = process.env.CARGO_TARGET_DIR || path.join(repo, 'target');
  return execFileSync(path.join(target, 'debug', 'conclave-server'), ['admin', '--data', server.data, ...args], { encoding: 'utf8' });
}

test('an expired account is shown as expired and renewed from the browser', async () => {
  const server = await Server.start();
  const invite = JSON.parse(admin(server, 'invite', 'create', '--validity', `${VALIDITY_SECS}s`, '--json'));
  const bob = await Browser.open(server, 'bob', PHONE);
  const joined = Date.now();
  await bob.join(invite.web_link, 'bob', 'bob passphrase 1');
  const p = bob.page;

  // Wait out the validity, then open the app again.
  await p.waitForTimeout(Math.max(0, joined + (VALIDITY_SECS + 2) * 1000 - Date.now()));
  await p.reload();
  await bob.unlock('bob passphrase 1');
  await p.locator('#banner', { hasText: 'Your account has expired' }).waitFor();
  await p.getByRole('button', { name: 'Account' }).click();
  await p.locator('#acct-expires', { hasText: 'expired' }).waitFor();
  await bob.screenshot('expired-phone');

  const code = admin(server, 'renewal', 'create', '--validity', '30d').trim();
  await p.locator('#renew-code').fill(code);
  await p.getByRole('button', { name: 'Renew' }).click();
  await bob.online();
  await p.locator('#acct-expires', { hasText: /\((29|30) days\)/ }).waitFor();
  await eventually(async () => (await p.locator('#banner').textContent()) === '', 'the expiry banner to go');
  assert.deepEqual(bob.foreignRequests(), []);
});
