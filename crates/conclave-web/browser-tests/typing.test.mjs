// Typing indicators between a phone and a desktop browser: typing shows "… is typing…" on the
// other page at once, sending or clearing ends it, a typist who pauses runs out after a few
// seconds, and a member who turns them off in Account neither shows nor sends them.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, eventually } from './kit.mjs';

after(cleanup);

const typingLine = (b) => b.page.locator('#typing');
const lineText = async (b) => (await typingLine(b).textContent()).replace(/[\u2068\u2069]/g, '');

test('typing indicators between two browsers, and the setting that turns them off', async () => {
  const server = await Server.start();
  const admin = Cli.create('admin');
  await admin.run('join', server.adminLink, '--name', 'admin');
  const [ia, ib] = [await admin.invite(), await admin.invite()];
  const alice = await Browser.open(server, 'alice', PHONE);
  const bob = await Browser.open(server, 'bob', DESKTOP);
  await alice.join(ia.web_link, 'alice', 'alice passphrase 1');
  await bob.join(ib.web_link, 'bob', 'bob passphrase 1');

  await alice.page.getByRole('button', { name: 'New conversation' }).click();
  await alice.page.locator('#new-direct').fill('bob');
  await alice.page.getByRole('button', { name: 'Start' }).click();
  await alice.page.locator('#conversation-title', { hasText: 'bob' }).waitFor();
  await alice.send('hi bob');
  await bob.conversationButton('alice').waitFor();
  await bob.open('alice');
  await bob.message('hi bob').waitFor();
  assert.equal(await typingLine(bob).getAttribute('aria-live'), 'polite', 'announced politely');

  // Alice types: bob sees it, and it ends when she sends.
  await alice.page.locator('#composer-text').pressSequentially('on my w', { delay: 30 });
  await eventually(async () => (await lineText(bob)) === 'alice is typing…', 'bob to see alice typing', 15_000);
  await bob.screenshot('typing-desktop');
  await alice.page.locator('#composer-text').pressSequentially('ay', { delay: 30 });
  await alice.page.locator('#composer-text').press('Enter');
  await bob.message('on my way').waitFor();
  await eventually(async () => (await lineText(bob)) === '', 'the line to end with her message', 15_000);

  // Bob types and clears the box: the line on alice's phone comes and goes.
  await bob.page.locator('#composer-text').pressSequentially('maybe', { delay: 30 });
  await eventually(async () => (await lineText(alice)) === 'bob is typing…', 'alice to see bob typing', 15_000);
  await alice.screenshot('typing-phone');
  await bob.page.locator('#composer-text').fill('');
  await bob.page.locator('#composer-text').dispatchEvent('input');
  await eventually(async () => (await lineText(alice)) === '', 'the line to end when bob clears', 15_000);

  // Bob types and pauses: with no fresh signal the line runs out on its own (6 s).
  await bob.page.locator('#composer-text').pressSequentially('hm', { delay: 30 });
  await eventually(async () => (await lineText(alice)) === 'bob is typing…', 'alice to see bob typing again', 15_000);
  const shownAt = Date.now();
  await eventually(async () => (await lineText(alice)) === '', 'the line to run out', 15_000);
  assert.ok(Date.now() - shownAt >= 4_000, `it stayed a few seconds (${Date.now() - shownAt} ms)`);
  await bob.page.locator('#composer-text').fill('');
  await bob.page.locator('#composer-text').dispatchEvent('input');

  // Alice turns typing indicators off: she no longer sees bob's, and bob no longer sees hers.
  await alice.page.evaluate(() => { window.location.hash = '#/account'; });
  await alice.page.locator('#typing-enabled').uncheck();
  await alice.open('bob');
  await bob.page.locator('#composer-text').pressSequentially('still there?', { delay: 30 });
  await alice.page.locator('#composer-text').pressSequentially('yes', { delay: 30 });
  await alice.page.waitForTimeout(3_000);
  assert.equal(await lineText(alice), '', 'alice shows nothing');
  assert.equal(await lineText(bob), '', 'bob sees nothing of alice');
});
