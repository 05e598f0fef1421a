// Push notifications for the installed app. The page subscribes with the browser's push service
// (`pushManager.subscribe` with the server's VAPID key) and registers the subscription with the
// home server through the unlocked client (`pushSubscribe`). The server's pushes carry nothing
// of content or sender; the service worker (sw.js) asks an open page of this app what is new,
// and this page answers from its own decrypted state. Without an open, unlocked page the
// worker cannot read anything (the state is sealed under the passphrase) and shows a generic
// "New message". Settings live in the Cache API, which the worker can read too.

import { t } from './i18n.js';

const SETTINGS_CACHE = 'conclave-push-settings';
const SETTINGS_KEY = '/push-settings';
/** How long the browser's push service may take to subscribe. */
const SUBSCRIBE_WAIT_MS = 15_000;

/** {enabled, hide}: notifications on, contents hidden. */
/** Where the worker finds its words (see `rememberWording`). */
const WORDS_KEY = '/push-words';

export async function readPushSettings() {
  try {
    const cache = await caches.open(SETTINGS_CACHE);
    const hit = await cache.match(SETTINGS_KEY);
    if (hit) return { enabled: false, hide: false, ...(await hit.json()) };
  } catch (_) { /* no Cache API: defaults */ }
  return { enabled: false, hide: false };
}

async function writePushSettings(settings) {
  const cache = await caches.open(SETTINGS_CACHE);
  await cache.put(SETTINGS_KEY, new Response(JSON.stringify(settings), { headers: { 'content-type': 'application/json' } }));
}

export function pushSupported() {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function base64urlBytes(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Asks for permission, subscribes with the browser's push service and registers at the server. */
async function enable(client) {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    throw new Error(permission === 'denied'
      ? t('push-blocked')
      : t('push-not-allowed'));
  }
  const response = await fetch('/v1/push/key');
  if (!response.ok) throw new Error(t('push-no-server'));
  const { key } = await response.json();
  const registration = await navigator.serviceWorker.ready;
  let subscription;
  try {
    const old = await registration.pushManager.getSubscription();
    if (old) await old.unsubscribe();
    subscription = await Promise.race([
      registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64urlBytes(key) }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), SUBSCRIBE_WAIT_MS)),
    ]);
  } catch (e) {
    throw new Error(e.message === 'timeout'
      ? t('push-no-service')
      : `This browser's push service refused the subscription (${e.message || e}).`);
  }
  await client.pushSubscribe(subscription.endpoint,
    new Uint8Array(subscription.getKey('p256dh')), new Uint8Array(subscription.getKey('auth')));
}

async function disable(client) {
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.getSubscription();
  if (subscription) await subscription.unsubscribe();
  await client.pushUnsubscribe();
}

/**
 * The "Notifications" card of the account page: `h` is the page's element helper.
 */
export function notificationSettings(h, client) {
  const status = h('p.hint', { id: 'push-status', 'aria-live': 'polite' });
  const error = h('p.error', { id: 'push-error', role: 'alert' });
  const on = h('input', { id: 'push-enabled', type: 'checkbox' });
  const hide = h('input', { id: 'push-hide', type: 'checkbox' });
  const describe = (s) => {
    status.textContent = !pushSupported()
      ? t('push-unsupported')
      : s.enabled
        ? (s.hide ? t('push-on-hidden') : t('push-on'))
        : t('push-off');
  };
  readPushSettings().then((s) => {
    on.checked = s.enabled;
    hide.checked = s.hide;
    describe(s);
  });
  on.disabled = !pushSupported();
  on.addEventListener('change', async () => {
    error.textContent = '';
    on.disabled = true;
    const s = await readPushSettings();
    try {
      if (on.checked) await enable(client); else await disable(client);
      s.enabled = on.checked;
    } catch (e) {
      error.textContent = e.message || String(e);
      on.checked = s.enabled;
    }
    await writePushSettings(s);
    describe(s);
    on.disabled = false;
  });
  hide.addEventListener('change', async () => {
    const s = await readPushSettings();
    s.hide = hide.checked;
    await writePushSettings(s);
    describe(s);
  });
  const row = (input, label) => h('label.check', { for: input.id }, input, ` ${label}`);
  return h('section.card', { 'aria-labelledby': 'push-title' },
    h('h3', { id: 'push-title', text: t('notifications') }),
    row(on, t('notifications')),
    row(hide, t('hide-contents')),
    status, error);
}

/** The newest message from someone else, as the worker shows it: {title, body}. */
async function preview(client) {
  const me = client.account().username;
  const conversations = await client.conversations();
  for (const c of conversations) {
    const last = c.last;
    if (!last || last.mine || last.sender === me) continue;
    const title = c.kind === 'direct' ? last.sender : t('push-title-group', { sender: last.sender, conversation: c.name });
    return { title, body: last.text || t('new-message'), group: c.group };
  }
  return null;
}

/** Keeps what the service worker says when no page can tell it more ("New message") in the
 * member's language, beside the push settings: the worker cannot load the catalogue (it is
 * in the wasm module, behind the passphrase-sealed state's page). */
export async function rememberWording() {
  try {
    // A key of its own: no read-modify-write race with the settings' switches.
    const cache = await caches.open(SETTINGS_CACHE);
    const words = { 'new-message': t('new-message'), 'ring-title': t('push-ring-title'), 'ring-body': t('push-ring-body') };
    await cache.put(WORDS_KEY, new Response(JSON.stringify(words), { headers: { 'content-type': 'application/json' } }));
  } catch (_) { /* no Cache API: the worker says it in English */ }
}

/** Answers the service worker's "what is new?" from this page's unlocked client. */
export function attachPush(client) {
  rememberWording();
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const port = event.ports && event.ports[0];
    if (!port || !event.data || event.data.type !== 'conclave-push-preview') return;
    // Give the live session a moment to fetch what the push announced.
    setTimeout(() => {
      preview(client).then((p) => port.postMessage(p), () => port.postMessage(null));
    }, 1000);
  });
}
