// Accessibility: axe-core finds no serious or critical violation on any screen of the web app
// (join, unlock, the list, a conversation, its details and ledger, new conversation, private
// browsing, the account), on a phone and on a desktop, in English and in Arabic; new messages
// are announced politely to screen readers.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup } from './kit.mjs';

after(cleanup);

async function clean(b, screen) {
  const found = await b.accessibility();
  assert.deepEqual(found, [], `${b.name}: ${screen}: ${JSON.stringify(found, null, 1)}`);
}

async function visit(b, hash, ready) {
  await b.page.evaluate((h) => { window.location.hash = h; }, hash);
  await b.page.locator(ready).first().waitFor();
}

for (const [label, device, lang] of [['phone', PHONE, 'en'], ['desktop', DESKTOP, 'ar']]) {
  test(`no serious or critical accessibility violation on any screen (${label}, ${lang})`, async () => {
    const server = await Server.start();
    const alice = Cli.create('alice');
    await alice.run('join', server.adminLink, '--name', 'alice');
    const bob = await Browser.open(server, `bob-${label}`, { ...device, locale: lang });
    const p = bob.page;
    const invite = await alice.invite();
    await p.goto(invite.web_link);
    await p.locator('#join-username').waitFor();
    await clean(bob, 'join');
    await p.locator('#join-username').fill('bob');
    await p.locator('#join-pass').fill('bob passphrase 1');
    await p.locator('#join-again').fill('bob passphrase 1');
    await p.locator('#join-username').press('Enter');
    await p.locator('#conversation-list').waitFor();
    await bob.online();

    await alice.run('send', 'bob', 'hello from alice');
    await bob.list();
    await bob.conversationButton('alice').waitFor();
    await clean(bob, 'list');
    await bob.open('alice');
    await bob.message('hello from alice').waitFor();
    // New messages are announced politely.
    assert.equal(await p.locator('#messages').getAttribute('aria-live'), 'polite');
    await clean(bob, 'conversation');
    await p.locator('#ledger-button').click();
    await p.locator('#ledger[data-drawn]').waitFor();
    await clean(bob, 'ledger');
    await visit(bob, '#/new', '#new-direct');
    await clean(bob, 'new conversation');
    await visit(bob, '#/private', '#page-body > *');
    await clean(bob, 'private browsing');
    await visit(bob, '#/account', '#language-select');
    await clean(bob, 'account');
    await p.reload();
    await p.locator('#unlock-pass').waitFor();
    await clean(bob, 'unlock');
  });
}
