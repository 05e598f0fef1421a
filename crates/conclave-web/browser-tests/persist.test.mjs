// 3. Reload and reopen: history and membership persist (IndexedDB, encrypted); a wrong
//    passphrase is refused with a clear message; with the server down the installed app still
//    opens (service worker) and shows the history, and it reconnects by itself.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, Cli, Browser, PHONE, cleanup, eventually } from './kit.mjs';

after(cleanup);

const PASS = 'bob passphrase 1';

test('history and membership survive reloads, reopening and a server outage; a wrong passphrase is refused', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  let bob = await Browser.open(server, 'bob', PHONE);
  await bob.join((await alice.invite()).web_link, 'bob', PASS);
  assert.equal(await bob.serviceWorkerReady(), 'activated');

  await alice.run('group', 'create', 'team', '--members', 'bob');
  const first = `first ${Date.now()}`;
  await alice.run('send', 'bob', first);
  await bob.conversationButton('alice').waitFor();
  await bob.open('alice');
  await bob.message(first).waitFor();
  const second = `second ${Date.now()}`;
  await bob.send(second);

  // At rest in IndexedDB: only sealed values; neither text nor the username's key material
  // appears in the clear.
  const stored = await bob.page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('conclave');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['kv', 'meta'], 'readonly');
      const values = tx.objectStore('kv').getAll();
      const metaKeys = tx.objectStore('meta').getAllKeys();
      tx.oncomplete = () => resolve({
        values: values.result.map((v) => Array.from(new Uint8Array(v.buffer || v))),
        meta: metaKeys.result,
      });
    };
  }));
  assert.ok(stored.values.length > 10, 'the state is in IndexedDB');
  const contains = (hay, text) => Buffer.from(hay).includes(Buffer.from(text));
  for (const text of [first, second]) assert.ok(!stored.values.some((v) => contains(v, text)), `${text} is encrypted at rest`);
  assert.deepEqual(stored.meta.sort(), ['check', 'device', 'salt']);

  // Reload: the page asks for the passphrase; a wrong one is refused, clearly.
  await bob.page.reload();
  await bob.unlock('not the passphrase');
  const error = bob.page.locator('#unlock-error');
  await error.filter({ hasText: 'Wrong passphrase' }).waitFor();
  assert.match(await error.textContent(), /Wrong passphrase\. This browser's Conclave data is locked with another passphrase/);
  await bob.screenshot('wrong-passphrase-phone');
  await bob.unlock(PASS);
  await bob.online();
  await bob.list();
  await bob.conversationButton('#team').waitFor();
  await bob.open('alice');
  await bob.message(first).waitFor();
  await bob.message(second).waitFor();
  await bob.open('#team');
  await bob.page.getByRole('button', { name: 'Details' }).click();
  for (const u of ['alice', 'bob']) await bob.page.locator(`.members li[data-username="${u}"]`).waitFor();

  // Close the browser; a message arrives meanwhile; reopen the same profile.
  const profile = bob.profile;
  await bob.close();
  const away = `while you were away ${Date.now()}`;
  await alice.run('send', 'bob', away);
  bob = await Browser.open(server, 'bob', PHONE, profile);
  await bob.page.goto(server.origin);
  await bob.unlock(PASS);
  await bob.online();
  await bob.open('alice');
  for (const t of [first, second, away]) await bob.message(t).waitFor();
  const order = await bob.page.locator('#messages .msg .text').allTextContents();
  assert.deepEqual(order, [first, second, away], 'history in server order, once each');

  // The server goes down: the app still opens from the service worker, with its history.
  await server.stop();
  await bob.page.reload();
  await bob.unlock(PASS);
  await bob.page.locator('#conversation-list').waitFor({ state: 'attached' });
  await bob.page.locator('#status:not(.online)').waitFor({ state: 'attached' });
  await bob.open('alice');
  for (const t of [first, second, away]) await bob.message(t).waitFor();
  await bob.screenshot('offline-phone');

  // It comes back by itself, and live messages flow again.
  await server.restart();
  await bob.online();
  const back = `back online ${Date.now()}`;
  await alice.run('send', 'bob', back);
  await bob.message(back).waitFor();
  assert.deepEqual(bob.foreignRequests(), []);
  await eventually(async () => !server.dataContains(back), 'no plaintext at the server');
});
