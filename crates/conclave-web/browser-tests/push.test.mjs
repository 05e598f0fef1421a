// Push notifications in the installed app: the Notifications settings on the account page (the
// permission flow, screenshots at phone size in target/web-artifacts/), then pushes delivered to
// the service worker through the DevTools protocol (ServiceWorker.deliverPushMessage) with the
// payload the server sends, which carries nothing: the notification's sender and text come
// from the open page's decrypted state; "hide contents", or no unlocked page, makes it a bare
// "New message". A ring's push makes an "Incoming call" notification, and the app opened and
// unlocked then rings.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Server, Cli, Browser, PHONE, cleanup, eventually } from './kit.mjs';

after(cleanup);

/** The notifications the service worker shows now: [{title, body}]. */
async function notifications(page) {
  return page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    return (await r.getNotifications()).map((n) => ({ title: n.title, body: n.body }));
  });
}

async function closeNotifications(page) {
  await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    for (const n of await r.getNotifications()) n.close();
  });
}

/** Waits until the page stored `hide` where the service worker reads it. */
async function hideStored(page, hide) {
  await eventually(() => page.evaluate(async (want) => {
    const hit = await caches.open('conclave-push-settings').then((c) => c.match('/push-settings'));
    return hit ? (await hit.json()).hide === want : false;
  }, hide), `hide = ${hide} to be stored`);
}

test('a push shows the sender and text decrypted on this device, or nothing when hidden', async () => {
  const server = await Server.start();
  const alice = Cli.create('alice');
  await alice.run('join', server.adminLink, '--name', 'alice');
  const invite = await alice.invite();
  const bob = await Browser.open(server, 'bob', PHONE);
  await bob.join(invite.web_link, 'bob', 'bob passphrase 1');
  const p = bob.page;
  assert.equal(await bob.serviceWorkerReady(), 'activated');

  // The permission flow on the account page.
  await p.getByRole('button', { name: 'Account' }).click();
  await p.locator('#push-title').waitFor();
  await p.locator('#push-status', { hasText: 'Off.' }).waitFor();
  await p.locator('#push-title').scrollIntoViewIfNeeded();
  await bob.screenshot('push-settings-phone');
  await bob.context.grantPermissions(['notifications'], { origin: server.origin });
  await p.locator('#push-enabled').check();
  // Headless Chromium has no push service of its own to subscribe with (no network here):
  // either it subscribes and the server has the subscription, or the page says why not.
  const outcome = await eventually(async () => {
    if (await p.locator('#push-status', { hasText: 'On:' }).count()) return 'subscribed';
    const refused = (await p.locator('#push-error').textContent()).trim();
    return refused && `refused: ${refused}`;
  }, 'the subscription to finish or be refused', 30_000);
  console.log(`push subscription in headless Chromium: ${outcome}`);
  assert.match(outcome, /^subscribed$|^refused: This browser's push service/);
  await p.locator('#push-title').scrollIntoViewIfNeeded();
  await bob.screenshot('push-permission-phone');
  assert.equal(await p.evaluate(() => Notification.permission), 'granted');

  // A message from alice arrives in the open page.
  const marker = `push me ${Date.now()}`;
  await alice.run('send', 'bob', marker);
  await bob.list();
  await bob.conversationButton('alice').waitFor();
  await bob.open('alice');
  await bob.message(marker).waitFor();

  // The push the server would send: {"v":1}, nothing of sender or content.
  const cdp = await bob.context.newCDPSession(p);
  const registrations = new Map();
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => {
    for (const r of e.registrations) registrations.set(r.scopeURL, r.registrationId);
  });
  await cdp.send('ServiceWorker.enable');
  const registrationId = await eventually(async () => registrations.get(`${server.origin}/`), 'the service worker registration');
  const deliver = () => cdp.send('ServiceWorker.deliverPushMessage', { origin: server.origin, registrationId, data: '{"v":1}' });

  await deliver();
  const shown = await eventually(async () => {
    const n = await notifications(p);
    return n.length > 0 && n;
  }, 'a notification');
  assert.deepEqual(shown, [{ title: 'alice', body: marker }]);
  await bob.screenshot('push-notification-phone');
  await closeNotifications(p);

  // Hide contents: the notification says only that something is new.
  await p.evaluate(() => { window.location.hash = '#/account'; });
  await p.locator('#push-hide').check();
  await hideStored(p, true);
  await deliver();
  const hidden = await eventually(async () => {
    const n = await notifications(p);
    return n.length > 0 && n;
  }, 'a notification with hidden contents');
  assert.deepEqual(hidden, [{ title: 'Conclave', body: 'New message' }]);
  for (const n of hidden) {
    assert.ok(!n.body.includes(marker) && !n.title.includes('alice'));
  }
  await closeNotifications(p);

  // The worker says it in the member's language: the page leaves it the words.
  await p.locator('#language-select').selectOption('de');
  await eventually(async () => (await p.evaluate(() => document.documentElement.lang)) === 'de', 'German');
  await eventually(async () => p.evaluate(async () => {
    const hit = await (await caches.open('conclave-push-settings')).match('/push-words');
    return hit && (await hit.json())['new-message'] === 'Neue Nachricht';
  }), 'the words beside the settings');
  await deliver();
  const german = await eventually(async () => {
    const n = await notifications(p);
    return n.length > 0 && n;
  }, 'a notification in German');
  assert.deepEqual(german, [{ title: 'Conclave', body: 'Neue Nachricht' }]);
  await closeNotifications(p);
  await p.locator('#language-select').selectOption('');
  await eventually(async () => (await p.evaluate(() => document.documentElement.lang)) === 'en', 'English again');

  // Without an unlocked page the worker cannot read the device's state: "New message", even
  // with contents shown.
  await p.locator('#push-hide').uncheck();
  await hideStored(p, false);
  await p.goto('about:blank');
  await deliver();
  await new Promise((r) => setTimeout(r, 6000));
  await p.goto(server.origin);
  await p.locator('#unlock-pass').waitFor();
  const locked = await eventually(async () => {
    const n = await notifications(p);
    return n.length > 0 && n;
  }, 'a notification shown without an open page');
  assert.deepEqual(locked, [{ title: 'Conclave', body: 'New message' }]);
  await closeNotifications(p);

  // A call rings while the app is closed. The server's push for a call's invitation says only
  // that ({"v":1,"ring":true}: no caller, no conversation): the notification says "Incoming
  // call" and stays until acted on; opening the app and unlocking it shows the ringing screen
  // with the caller, read from the invitation in the device's queue.
  await p.goto('about:blank');
  await alice.run('call', 'start', 'bob');
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.origin, registrationId, data: '{"v":1,"ring":true}' });
  await new Promise((r) => setTimeout(r, 2000));
  await p.goto(server.origin);
  await p.locator('#unlock-pass').waitFor();
  const ring = await eventually(async () => {
    const n = await p.evaluate(async () => {
      const r = await navigator.serviceWorker.ready;
      return (await r.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, sticky: n.requireInteraction }));
    });
    return n.length > 0 && n;
  }, 'the ring notification');
  assert.deepEqual(ring, [{ title: 'Incoming call', body: 'Open Conclave to answer', tag: 'conclave-call', sticky: true }]);
  await bob.screenshot('push-ring-locked-phone');
  await bob.unlock('bob passphrase 1');
  await p.locator('#ringing', { hasText: 'alice is calling' }).waitFor();
  await bob.screenshot('push-ring-answer-phone');
  assert.deepEqual(bob.consoleErrors.filter((e) => !/push service|Registration failed/i.test(e)), []);
});
