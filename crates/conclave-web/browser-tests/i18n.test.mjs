// The web app in the member's language: the browser's languages pick one at first (Persian
// here), the Account page's setting changes it at once and across reloads, Arabic lays the
// page out right to left (the conversation list on the right, nothing overflowing a phone),
// Japanese shows its own strings, and a Latin name inside Arabic text is isolated so it cannot
// reorder the sentence. Screenshots of each go to target/web-artifacts.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, repo } from './kit.mjs';

after(cleanup);

/** The single-line messages of a web catalog: id → text. */
function catalog(tag) {
  const file = path.join(repo, 'crates/conclave-i18n/locales/web', `${tag}.ftl`);
  const out = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (m && !m[2].includes('{')) out[m[1]] = m[2].trim();
  }
  return out;
}

async function dir(p) {
  return p.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
}

async function fitsWidth(p) {
  return p.evaluate(() => document.scrollingElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

/** Opens the open conversation's ledger and waits for it to be drawn, in `c`'s language. */
async function ledger(p, c) {
  await p.locator('#ledger-button').click();
  await p.locator('#ledger[data-drawn]').waitFor();
  await p.locator('#ledger-button', { hasText: c['ledger'] }).waitFor({ state: 'attached' });
}

async function chooseLanguage(p, tag) {
  await p.evaluate(() => { window.location.hash = '#/account'; });
  await p.locator('#language-select').selectOption(tag);
}

test('the browser language at first, a setting that sticks, right-to-left Arabic, Japanese', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const [en, ar, fa, ja] = ['en', 'ar', 'fa', 'ja'].map(catalog);
  for (const c of [ar, fa, ja]) assert.notEqual(c['account-button'], en['account-button']);

  // A phone whose browser prefers Persian: the join page is in Persian, right to left.
  const bob = await Browser.open(server, 'bob', { ...PHONE, locale: 'fa-IR' });
  const p = bob.page;
  const invite = await alice.invite();
  await p.goto(invite.web_link);
  await p.getByRole('heading', { name: fa['join-title'] }).waitFor();
  assert.deepEqual(await dir(p), { dir: 'rtl', lang: 'fa' });
  assert.ok(await fitsWidth(p), 'the Persian join page fits the phone');
  await bob.screenshot('i18n-join-fa-phone');
  await p.locator('#join-username').fill('bob');
  await p.locator('#join-pass').fill('bob passphrase 1');
  await p.locator('#join-again').fill('bob passphrase 1');
  await p.getByRole('button', { name: fa['join-button'] }).click();
  await p.locator('#conversation-list').waitFor();
  await bob.online();

  // The member chooses Arabic on the Account page: everything is drawn again in Arabic.
  await chooseLanguage(p, 'ar');
  await p.getByRole('heading', { name: ar['language'] }).waitFor();
  assert.deepEqual(await dir(p), { dir: 'rtl', lang: 'ar' });
  assert.equal(await p.locator('#language-select').inputValue(), 'ar');
  await alice.run('send', 'bob', 'hello from alice');
  await bob.list();
  await p.getByRole('button', { name: ar['new-conversation'] }).waitFor();
  await bob.open('alice');
  await bob.message('hello from alice').waitFor();
  assert.equal(await p.locator('#composer-text').getAttribute('placeholder'), ar['composer-placeholder']);
  assert.ok(await fitsWidth(p), 'the Arabic conversation fits the phone');
  await bob.screenshot('i18n-conversation-ar-phone');
  await ledger(p, ar);
  assert.ok(await fitsWidth(p), 'the Arabic ledger fits the phone');
  await bob.screenshot('i18n-ledger-ar-phone');

  // Across a reload the choice holds: the unlock page is Arabic, with the device's name
  // isolated (FSI … PDI) inside the right-to-left sentence.
  await p.reload();
  await p.getByRole('heading', { name: ar['unlock-title'] }).waitFor();
  assert.deepEqual(await dir(p), { dir: 'rtl', lang: 'ar' });
  const holds = await p.locator('form[aria-labelledby=unlock-title] p').first().textContent();
  assert.match(holds, /\u2068[^\u2069]+\u2069/, `the device name is isolated: ${JSON.stringify(holds)}`);
  await p.locator('#unlock-pass').fill('bob passphrase 1');
  await p.getByRole('button', { name: ar['unlock-button'] }).click();
  await p.locator('#conversation-list').waitFor({ state: 'attached' });

  // Japanese: its own strings, left to right, and it fits too.
  await chooseLanguage(p, 'ja');
  await p.getByRole('heading', { name: ja['language'] }).waitFor();
  assert.deepEqual(await dir(p), { dir: 'ltr', lang: 'ja' });
  await bob.list();
  await p.getByRole('button', { name: ja['account-button'] }).waitFor();
  assert.ok(await fitsWidth(p), 'the Japanese list fits the phone');
  await bob.screenshot('i18n-list-ja-phone');
  await bob.open('alice');
  await bob.message('hello from alice').waitFor();
  await bob.screenshot('i18n-conversation-ja-phone');
  // An entry alice records from the command line: its description in Japanese, worded by
  // the client core's catalogue message, the amount exact as the core writes it.
  await alice.run('ledger', 'add', 'bob', '--amount', '12.5', '--currency', 'eur', '--from', 'alice',
    '--to', 'bob', '--kind', 'debt', '--memo', 'taxi');
  await ledger(p, ja);
  await p.locator('#ledger', { hasText: 'bob は alice に 12.50 EUR の借りがあります：taxi' }).waitFor();
  assert.ok(await fitsWidth(p), 'the Japanese ledger fits the phone');
  await bob.screenshot('i18n-ledger-ja-phone');

  // Automatic again: back to the browser's Persian.
  await chooseLanguage(p, '');
  await p.getByRole('heading', { name: fa['language'] }).waitFor();
  assert.deepEqual(await dir(p), { dir: 'rtl', lang: 'fa' });
  assert.deepEqual(bob.consoleErrors, []);
});

test('on a desktop, Arabic mirrors the layout: the conversation list is on the right', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const ar = catalog('ar');
  const carol = await Browser.open(server, 'carol', DESKTOP);
  const p = carol.page;
  // `?lang=` picks the language for this page only (for links and tests).
  const invite = await alice.invite();
  const url = new URL(invite.web_link);
  url.search = '?lang=ar';
  await p.goto(url.toString());
  await p.getByRole('heading', { name: ar['join-title'] }).waitFor();
  await p.locator('#join-username').fill('carol');
  await p.locator('#join-pass').fill('carol passphrase 1');
  await p.locator('#join-again').fill('carol passphrase 1');
  await p.getByRole('button', { name: ar['join-button'] }).click();
  await p.locator('#conversation-list').waitFor();
  await carol.online();
  assert.deepEqual(await dir(p), { dir: 'rtl', lang: 'ar' });
  await alice.run('send', 'carol', 'مرحبا carol, hello');
  await carol.open('alice');
  await carol.message('hello').waitFor();
  const list = await p.locator('.pane.list').boundingBox();
  const chat = await p.locator('#messages').boundingBox();
  assert.ok(list.x > chat.x, `the list (x=${list.x}) is right of the conversation (x=${chat.x})`);
  // A message someone else sent sits on the start side, which in Arabic is the right.
  const msg = await p.locator('#messages .msg').last().boundingBox();
  assert.ok(msg.x + msg.width > chat.x + chat.width / 2, 'an incoming message sits at the right');
  await carol.screenshot('i18n-conversation-ar-desktop');
  assert.deepEqual(carol.consoleErrors, []);

  // The same invitation again, on a German page: the server refuses it (InviteUsed) and the
  // page says so in German, chosen by the refusal's code, not in the server's English.
  const de = catalog('de');
  const dave = await Browser.open(server, 'dave', DESKTOP);
  url.search = '?lang=de';
  await dave.page.goto(url.toString());
  await dave.page.getByRole('heading', { name: de['join-title'] }).waitFor();
  await dave.page.locator('#join-username').fill('dave');
  await dave.page.locator('#join-pass').fill('dave passphrase 1');
  await dave.page.locator('#join-again').fill('dave passphrase 1');
  await dave.page.getByRole('button', { name: de['join-button'] }).click();
  const refused = dave.page.locator('#join-error', { hasText: 'Diese Einladung wurde bereits verwendet' });
  await refused.waitFor();
  assert.ok(!(await refused.textContent()).includes('already been used'));
});
