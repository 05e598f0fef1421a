// 2. Two browser users and one CLI user in a group; one browser user is removed; the removed
//    browser cannot read later messages. Groups are created and changed from the web UI.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, eventually } from './kit.mjs';

after(cleanup);

test('two browsers and a CLI user share a group; the removed browser reads nothing later', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const [forBob, forCarol] = [await alice.invite(), await alice.invite()];
  const bob = await Browser.open(server, 'bob', DESKTOP);
  const carol = await Browser.open(server, 'carol', PHONE);
  await bob.join(forBob.web_link, 'bob', 'bob passphrase 1');
  await carol.join(forCarol.web_link, 'carol', 'carol passphrase 1');

  // Bob creates #team with carol, then adds alice from the members panel.
  const b = bob.page;
  await b.getByRole('button', { name: 'New conversation' }).click();
  await b.locator('#new-group-name').fill('team');
  await b.locator('#new-group-members').fill('carol');
  await b.getByRole('button', { name: 'Create group' }).click();
  await b.locator('#conversation-title', { hasText: '#team' }).waitFor();
  await b.getByRole('button', { name: 'Details' }).click();
  await b.locator('.members li[data-username="carol"]').waitFor();
  await b.locator('#add-members').fill('alice');
  await b.getByRole('button', { name: 'Add', exact: true }).click();
  await b.locator('.members li[data-username="alice"]').waitFor();
  await bob.screenshot('members-panel-desktop');

  const hello = `hello team ${Date.now()}`;
  await alice.run('send', '#team', hello);
  await bob.message(hello).waitFor();
  await carol.conversationButton('#team').waitFor();
  await carol.open('#team');
  await carol.message(hello).waitFor();

  const fromCarol = `carol here ${Date.now()}`;
  await carol.send(fromCarol);
  await bob.message(fromCarol).waitFor();
  await eventually(async () => (await alice.read('#team')).some((m) => m.text === fromCarol && m.sender === 'carol'), 'alice to read carol');

  // Bob removes carol.
  await b.locator('.members li[data-username="carol"]').getByRole('button', { name: 'Remove carol' }).click();
  await eventually(async () => (await b.locator('.members li[data-username="carol"]').count()) === 0, 'carol to leave the member list');
  await carol.page.locator('#conversation-banner', { hasText: 'You were removed' }).waitFor();
  const info = JSON.parse((await alice.run('group', 'info', 'team', '--json')).stdout);
  assert.deepEqual([...new Set(info.members.map((m) => m.username))].sort(), ['alice', 'bob']);

  const later = `after carol left ${Date.now()}`;
  await alice.run('send', '#team', later);
  const fromBob = `bob after carol left ${Date.now()}`;
  await bob.message(later).waitFor();
  await bob.send(fromBob);
  await eventually(async () => (await alice.read('#team')).some((m) => m.text === fromBob), 'alice to read bob');
  // Carol's browser is live and connected, yet shows neither: it holds no key for them.
  await carol.page.waitForTimeout(3000);
  assert.equal(await carol.page.getByText(later).count(), 0);
  assert.equal(await carol.page.getByText(fromBob).count(), 0);
  assert.equal(await carol.page.locator('#composer-text').isDisabled(), true);
  await carol.screenshot('removed-phone');

  for (const who of [bob, carol]) assert.deepEqual(who.foreignRequests(), [], `${who.name}: only the page's own origin`);
  assert.equal(server.dataContains(later), false);
});
