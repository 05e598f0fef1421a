// 6. The shared ledger in the browser: a browser user (desktop) and a CLI user keep the ledger of
//    a group; the browser records entries through the form and the CLI's balances agree to the
//    minor unit; the CLI's entries and reversals show live in the open panel with the same
//    balances and settle-up; bad input gets the ledger's own clear error and sends nothing; a
//    second browser (phone) added later gets the earlier entries handed over, marked as such,
//    and records an exact split; the exports download from a Blob URL and equal the CLI's.
//    Screenshots of the ledger panel at phone and desktop size go to target/web-artifacts/.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Server, Cli, Browser, PHONE, DESKTOP, cleanup, eventually } from './kit.mjs';

after(cleanup);

/** The balances the panel shows: [{currency, member, balance_minor, text}]. */
function panelBalances(page) {
  return page.locator('#ledger-balances li[data-member]').evaluateAll((els) => els.map((e) => ({
    currency: e.dataset.currency,
    member: e.dataset.member,
    balance_minor: Number(e.dataset.minor),
    text: e.querySelector('.amount').textContent,
  })));
}

/** The settle-up transfers the panel shows. */
function panelSettle(page) {
  return page.locator('#ledger-settle li[data-from]').evaluateAll((els) => els.map((e) => ({
    currency: e.dataset.currency, from: e.dataset.from, to: e.dataset.to, amount_minor: Number(e.dataset.minor),
  })));
}

/** `conclave ledger balance --json`, in the panel's shape. */
async function cliBalance(cli, conversation) {
  const v = JSON.parse((await cli.run('ledger', 'balance', conversation, '--json')).stdout);
  return {
    balances: v.balances.map((b) => ({
      currency: b.currency,
      member: b.member,
      balance_minor: b.balance_minor,
      text: `${b.balance_minor > 0 ? '+' : ''}${b.balance} ${b.currency}`,
    })),
    settle: v.settle_up.map((t) => ({ currency: t.currency, from: t.from, to: t.to, amount_minor: t.amount_minor })),
  };
}

async function cliRecords(cli, conversation) {
  return JSON.parse((await cli.run('ledger', 'list', conversation, '--json')).stdout);
}

/** Waits until the browser's panel shows exactly the CLI's balances and settle-up. */
async function sameAsCli(browser, cli, conversation, what) {
  let want;
  await eventually(async () => {
    want = await cliBalance(cli, conversation);
    const got = { balances: await panelBalances(browser.page), settle: await panelSettle(browser.page) };
    return JSON.stringify(got) === JSON.stringify(want);
  }, `${browser.name}'s ledger panel to show the CLI's balances (${what})`);
  return want;
}

async function openLedger(b) {
  await b.page.locator('#ledger-button').click();
  await b.page.locator('#ledger[data-drawn]').waitFor();
  if (!(await b.page.locator('#ledger-add').evaluate((d) => d.open))) await b.page.locator('#ledger-add summary').click();
}

/** Fills the entry form the way a person does. */
async function fillEntry(page, e) {
  await page.locator('#ledger-kind').selectOption(e.kind || 'payment');
  await page.locator('#ledger-amount').fill(e.amount);
  await page.locator('#ledger-currency').fill(e.currency);
  if (e.from) await page.locator('#ledger-from').selectOption(e.from);
  await page.locator('#ledger-split').selectOption(e.split);
  if (e.split === 'to') await page.locator('#ledger-to').selectOption(e.to);
  if (e.split === 'equal') {
    for (const box of await page.locator('#ledger-parties input[type=checkbox]').all()) {
      await box.setChecked(e.members.includes(await box.getAttribute('data-member')));
    }
  }
  if (e.split === 'exact' || e.split === 'weights') {
    for (const [member, value] of Object.entries(e.shares)) await page.locator(`#ledger-share-${member}`).fill(value);
  }
  if (e.date) await page.locator('#ledger-date').fill(e.date);
  await page.locator('#ledger-memo').fill(e.memo || '');
  await page.locator('#ledger-ref').fill(e.ref || '');
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]])));
}

/** Waits for the passing notice (toast) to go, so that screenshots show the page. */
async function quiet(page) {
  await page.waitForFunction(() => !document.getElementById('toast').textContent, null, { timeout: 10_000 });
}

async function noOverflow(b, what) {
  const o = await b.horizontalOverflow();
  assert.ok(o.scrollWidth <= o.width && o.wide.length === 0, `${what}: nothing wider than the screen: ${JSON.stringify(o)}`);
}

test('the ledger panel: form, live updates, same balances as the CLI, hand-over, exports', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const [forBob, forCarol] = [await alice.invite(), await alice.invite()];
  const bob = await Browser.open(server, 'bob', DESKTOP);
  await bob.join(forBob.web_link, 'bob', 'bob passphrase 1');
  await alice.run('group', 'create', 'trip', '--members', 'bob');
  await bob.conversationButton('#trip').waitFor();
  await bob.open('#trip');
  const b = bob.page;
  await openLedger(bob);
  await b.locator('#ledger-balances', { hasText: 'No entries yet' }).waitFor();

  // Bob records a dinner he paid, split equally between alice and him, through the form.
  const memo = `dinner ${Date.now()}`;
  await fillEntry(b, { amount: '90', currency: 'eur', split: 'equal', members: ['alice', 'bob'], memo, ref: 'R-1' });
  await b.locator('#ledger-preview', { hasText: 'Will record: bob paid 90.00 EUR for alice, bob (split equally)' }).waitFor();
  await b.locator('#ledger-submit').click();
  await b.locator('#ledger-records li[data-status="active"]', { hasText: memo }).waitFor();
  await b.locator('#ledger-records li', { hasText: 'Reference: R-1' }).waitFor();
  // The CLI computes the same balances from the same entries: alice owes bob 45.00.
  let want = await sameAsCli(bob, alice, '#trip', 'after the form');
  assert.deepEqual(want.balances.map((x) => [x.member, x.balance_minor]), [['alice', -4500], ['bob', 4500]]);
  assert.deepEqual(want.settle, [{ currency: 'EUR', from: 'alice', to: 'bob', amount_minor: 4500 }]);
  const dinner = (await cliRecords(alice, '#trip')).find((r) => r.memo === memo);
  assert.equal(dinner.recorded_by, 'bob');
  assert.equal(dinner.reference, 'R-1');
  assert.deepEqual(dinner.shares.map((s) => [s.member, s.amount]), [['alice', '45.00'], ['bob', '45.00']]);
  // The entry is a message of the conversation too.
  await b.locator('#messages .msg.ledger-msg .text', { hasText: memo }).waitFor();

  // Bad input: the ledger's own error next to the form, the field marked, nothing sent.
  const messagesBefore = await b.locator('#messages > li').count();
  await fillEntry(b, { amount: '1.234', currency: 'EUR', split: 'to', to: 'alice' });
  await b.locator('#ledger-submit').click();
  const error = b.locator('#ledger-error');
  await error.filter({ hasText: '1.234 has more decimals than EUR allows (2)' }).waitFor();
  assert.equal(await b.locator('#ledger-amount').getAttribute('aria-invalid'), 'true');
  assert.equal(await b.evaluate(() => document.activeElement.id), 'ledger-amount', 'the bad field gets the focus');
  await fillEntry(b, { amount: '5', currency: 'XYZ', split: 'to', to: 'alice' });
  await b.locator('#ledger-submit').click();
  await error.filter({ hasText: 'Unknown currency "XYZ"' }).waitFor();
  assert.equal(await b.locator('#ledger-currency').getAttribute('aria-invalid'), 'true');
  await fillEntry(b, { amount: '10', currency: 'EUR', split: 'exact', shares: { alice: '4', bob: '5' } });
  await b.locator('#ledger-submit').click();
  await error.filter({ hasText: 'The shares add up to 9.00 EUR, not to the amount 10.00 EUR' }).waitFor();
  await b.waitForTimeout(1000);
  assert.equal((await cliRecords(alice, '#trip')).length, 1, 'nothing reached the conversation');
  assert.equal(await b.locator('#messages > li').count(), messagesBefore, 'nothing was sent');
  assert.equal(await b.locator('#ledger-records > li').count(), 1);

  // The CLI records an entry and reverses bob's dinner (alice is a party of it): bob's open
  // panel follows live, and what he is typing stays where it is.
  await b.locator('#ledger-split').selectOption('to');
  await b.locator('#ledger-memo').fill('typing while others record');
  await alice.run('ledger', 'add', '#trip', '--amount', '30', '--currency', 'EUR', '--from', 'alice', '--to', 'bob', '--memo', 'taxi');
  await b.locator('#ledger-records li[data-status="active"]', { hasText: 'alice paid bob 30.00 EUR: taxi' }).waitFor();
  await sameAsCli(bob, alice, '#trip', 'after the CLI added an entry');
  await alice.run('ledger', 'reverse', '#trip', dinner.id.slice(0, 8), '--memo', 'wrong amount');
  await b.locator(`#ledger-records li[data-entry="${dinner.id}"][data-status="reversed"]`).waitFor();
  await b.locator('#ledger-records li[data-status="reversal"]', { hasText: 'wrong amount' }).waitFor();
  await b.locator(`#ledger-records li[data-entry="${dinner.id}"]`, { hasText: 'Reversed by alice' }).waitFor();
  want = await sameAsCli(bob, alice, '#trip', 'after the CLI reversed an entry');
  assert.deepEqual(want.balances.map((x) => [x.member, x.balance_minor]), [['alice', 3000], ['bob', -3000]]);
  assert.equal(await b.locator('#ledger-memo').inputValue(), 'typing while others record');
  // A reversed entry offers no second reversal.
  assert.equal(await b.locator(`#ledger-records li[data-entry="${dinner.id}"] button`).count(), 0);

  // Bob reverses the taxi from the panel (he is its party), from the keyboard.
  const taxi = (await cliRecords(alice, '#trip')).find((r) => r.memo === 'taxi');
  const short = taxi.id.slice(0, 12);
  await b.getByRole('button', { name: `Reverse entry ${short}` }).focus();
  await b.keyboard.press('Enter');
  await b.locator(`#reverse-memo-${short}`).waitFor();
  assert.equal(await b.evaluate(() => document.activeElement.id), `reverse-memo-${short}`);
  await b.keyboard.type('paid in cash');
  await b.keyboard.press('Enter');
  await b.locator(`#ledger-records li[data-entry="${taxi.id}"][data-status="reversed"]`).waitFor();
  want = await sameAsCli(bob, alice, '#trip', 'after the browser reversed an entry');
  assert.deepEqual(want.settle, []);
  await b.locator('#ledger-settle', { hasText: 'All settled.' }).waitFor();
  const reversal = (await cliRecords(alice, '#trip')).find((r) => r.type === 'reversal' && r.reverses === taxi.id);
  assert.equal(reversal.recorded_by, 'bob');
  assert.equal(reversal.memo, 'paid in cash');

  // A debt with a weighted split, then one in JPY (no minor unit).
  await fillEntry(b, { kind: 'debt', amount: '10', currency: 'EUR', from: 'bob', split: 'weights', shares: { alice: '2', bob: '1' }, memo: 'tickets, "front row"' });
  await b.locator('#ledger-preview', { hasText: 'alice 6.67, bob 3.33 EUR' }).waitFor();
  await b.locator('#ledger-submit').click();
  await b.locator('#ledger-records li[data-status="active"]', { hasText: 'front row' }).waitFor();
  await fillEntry(b, { amount: '3000', currency: 'JPY', from: 'alice', split: 'to', to: 'bob', memo: 'ramen' });
  await b.locator('#ledger-submit').click();
  await b.locator('#ledger-records li[data-status="active"]', { hasText: 'alice paid bob 3000 JPY: ramen' }).waitFor();
  await sameAsCli(bob, alice, '#trip', 'two currencies');

  // Carol, a second browser (a phone), joins the group later: alice's device hands her the
  // earlier entries, which her panel marks as handed over; her balances are everyone's.
  const carol = await Browser.open(server, 'carol', PHONE);
  await carol.join(forCarol.web_link, 'carol', 'carol passphrase 1');
  await alice.run('group', 'add', 'trip', 'carol');
  await carol.conversationButton('#trip').waitFor();
  await carol.open('#trip');
  const c = carol.page;
  await openLedger(carol);
  await eventually(async () => (await c.locator('#ledger-records > li[data-entry]').count()) === 6, 'carol to see the six earlier records');
  await c.locator('#ledger-handed-over', { hasText: 'alice’s device' }).waitFor();
  assert.equal(await c.locator('#ledger-records li .handed', { hasText: 'Handed over by alice’s device' }).count(), 6);
  await sameAsCli(carol, alice, '#trip', 'carol, from the hand-over');
  // Bob's form now offers carol as a party (the panel followed the membership change).
  await b.locator('#ledger-from option[value="carol"]').waitFor({ state: 'attached' });

  // Carol records an exact split on her phone and submits with Enter.
  await fillEntry(c, { amount: '12.30', currency: 'EUR', from: 'carol', split: 'exact', shares: { alice: '4.10', bob: '4.10', carol: '4.10' }, memo: 'museum' });
  await c.locator('#ledger-memo').press('Enter');
  await c.locator('#ledger-records li[data-status="active"]', { hasText: 'museum' }).waitFor();
  assert.equal(await c.locator('#ledger-records li', { hasText: 'museum' }).locator('.handed').count(), 0);
  want = await sameAsCli(carol, alice, '#trip', 'after carol\'s entry');
  await sameAsCli(bob, alice, '#trip', 'bob sees carol\'s entry live');
  assert.equal(want.balances.reduce((sum, x) => sum + (x.currency === 'EUR' ? x.balance_minor : 0), 0), 0, 'balances sum to zero');
  // Only the recorder or a party may reverse an entry: carol is neither for the ramen.
  const ramen = (await cliRecords(alice, '#trip')).find((r) => r.memo === 'ramen');
  assert.equal(await c.locator(`#ledger-records li[data-entry="${ramen.id}"] button`).count(), 0, 'carol is no party of the ramen');

  // Phone: the panel and the form fit the screen in every split mode; screenshots.
  await noOverflow(carol, 'ledger panel');
  for (const mode of ['to', 'equal', 'exact', 'weights']) {
    await c.locator('#ledger-split').selectOption(mode);
    await noOverflow(carol, `ledger form, ${mode}`);
  }
  await c.locator('#panel-body').evaluate((e) => { e.scrollTop = 0; });
  await quiet(c);
  await carol.screenshot('ledger-phone');
  await fillEntry(c, { amount: '2.345', currency: 'EUR', split: 'equal', members: ['alice', 'bob', 'carol'] });
  await c.locator('#ledger-submit').click();
  await c.locator('#ledger-error', { hasText: 'more decimals than EUR allows' }).waitFor();
  // Right below the amount, where the eye is.
  assert.equal(await c.locator('#ledger-error').evaluate((e) => e.previousElementSibling.className), 'amount-row');
  await c.locator('#ledger-form').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await noOverflow(carol, 'ledger form with an error');
  await carol.screenshot('ledger-form-phone');
  await c.locator('#ledger-records').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await carol.screenshot('ledger-entries-phone');
  // The conversation shows the entries as messages, with a way into the ledger.
  await c.locator('#panel-title').evaluate(() => { window.location.hash = window.location.hash.replace(/\/ledger$/, ''); });
  await c.locator('#messages .msg.ledger-msg', { hasText: 'museum' }).waitFor();
  await noOverflow(carol, 'conversation with ledger entries');
  await carol.screenshot('ledger-conversation-phone');
  await c.locator('#messages .msg.ledger-msg', { hasText: 'museum' }).getByRole('button', { name: 'Open the ledger' }).click();
  await c.locator('#ledger[data-drawn]').waitFor();
  await b.locator('#panel-body').evaluate((e) => { e.scrollTop = 0; });
  await quiet(b);
  await bob.screenshot('ledger-desktop');
  await b.locator('#ledger-form').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await bob.screenshot('ledger-form-desktop');
  await b.locator('#ledger-records').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await bob.screenshot('ledger-entries-desktop');

  for (const who of [bob, carol]) {
    const text = await who.page.locator('#ledger').innerText();
    assert.doesNotMatch(text, /\b(null|undefined|NaN)\b|\[object/, `${who.name}: the panel shows no placeholder values`);
  }

  // Exports: a download from a Blob URL of the page's origin, the same bytes as the CLI's.
  const download = async (format) => {
    const [d] = await Promise.all([b.waitForEvent('download'), b.locator(`#ledger-export-${format}`).click()]);
    assert.match(d.suggestedFilename(), new RegExp(`^ledger-trip-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    assert.match(d.url(), new RegExp(`^blob:${server.origin}/`));
    return readFileSync(await d.path(), 'utf8');
  };
  const csv = await download('csv');
  assert.equal(csv, (await alice.run('ledger', 'export', '#trip', '--format', 'csv')).stdout);
  const sums = new Map();
  for (const row of parseCsv(csv)) {
    const k = `${row.currency} ${row.member}`;
    sums.set(k, (sums.get(k) || 0) + Number(row.amount_minor));
  }
  for (const x of want.balances) assert.equal(sums.get(`${x.currency} ${x.member}`), x.balance_minor, `CSV sums: ${x.member}`);
  const json = JSON.parse(await download('json'));
  const cliJson = JSON.parse((await alice.run('ledger', 'export', '#trip', '--format', 'json')).stdout);
  assert.deepEqual(json, cliJson);
  assert.equal(json.records.length, 7);

  // Nothing from elsewhere, nothing tripping the CSP, no plaintext at the server.
  for (const who of [bob, carol]) {
    assert.deepEqual(who.foreignRequests(), [], `${who.name}: only the page's own origin`);
    const cspErrors = who.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
    assert.deepEqual(cspErrors, [], `${who.name}: nothing trips the CSP`);
  }
  for (const text of [memo, 'front row', 'museum', 'paid in cash']) assert.equal(server.dataContains(text), false, text);
});
