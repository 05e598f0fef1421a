// The service worker: keeps the app's shell (page, script, styles, WebAssembly, icons) so that
// Conclave opens offline; history is in IndexedDB, messages wait at the server. Network first
// (a new build is picked up at once), the cached copy when the network fails. The session
// (/v1/ws) and the server's other endpoints are never cached.
const VERSION = '__BUILD_VERSION__';
const CACHE = `conclave-shell-${VERSION}`;
const SHELL = [
  '/',
  '/app.js',
  '/push.js',
  '/app.css',
  '/call.js',
  '/files.js',
  '/i18n.js',
  '/boot-words.js',
  '/call-worker.js',
  '/sframe.js',
  '/manifest.webmanifest',
  '/pkg/conclave_web.js',
  '/pkg/conclave_web_bg.wasm',
  '/icons/icon-32.png',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/maskable-512.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('conclave-shell-') && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Every page of the app (/, /join, /device) is the same document.
  const key = request.mode === 'navigate' ? '/' : url.pathname;
  if (!SHELL.includes(key)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      })
      .catch(() => caches.match(key).then((cached) => cached || Response.error())),
  );
});

// Push notifications (see push.js). A push from the server carries nothing but "something
// new" (or "a call rings", see showRing): what the notification says comes from an open, unlocked page of this app, which
// decrypts it; without one (the state is sealed under the passphrase) it says "New message",
// in the words the page left beside the settings (the member's language).
const PUSH_SETTINGS_CACHE = 'conclave-push-settings';
const PREVIEW_WAIT_MS = 4000;

/** What to say without a page's preview, in the member's language (left by the page). */
async function pushWords() {
  const hit = await caches.open(PUSH_SETTINGS_CACHE).then((c) => c.match('/push-words'));
  return hit ? hit.json() : {};
}

async function pushSettings() {
  const hit = await caches.open(PUSH_SETTINGS_CACHE).then((c) => c.match('/push-settings'));
  return hit ? hit.json() : { enabled: false, hide: false };
}

/** Asks each window of the app what is new; the first answer wins. */
async function askPages() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (!windows.length) return null;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), PREVIEW_WAIT_MS);
    for (const w of windows) {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => { if (e.data) { clearTimeout(timer); resolve(e.data); } };
      w.postMessage({ type: 'conclave-push-preview' }, [channel.port2]);
    }
  });
}

/** The push's plaintext: {"v":1} (something new) or {"v":1,"ring":true} (a call rings). */
function pushKind(event) {
  try { return event.data && event.data.json().ring === true ? 'ring' : 'message'; } catch { return 'message'; }
}

// How long a ring lasts (the client core's RING_MS): its notification goes away after that.
const RING_MS = 45_000;

/** A call rings while the app is closed: the push says only that (no caller, no
 * conversation), so the notification says "Incoming call" and opening it opens the app, which
 * shows the ringing screen once unlocked (it reads the invitation from its queue). */
async function showRing() {
  const words = await pushWords().catch(() => ({}));
  await self.registration.showNotification(words['ring-title'] || 'Incoming call', {
    body: words['ring-body'] || 'Open Conclave to answer',
    tag: 'conclave-call',
    renotify: true,
    requireInteraction: true,
    vibrate: [600, 300, 600, 300, 600],
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-32.png',
    data: { url: '/', ring: true },
  });
  setTimeout(async () => {
    for (const n of await self.registration.getNotifications({ tag: 'conclave-call' })) n.close();
  }, RING_MS);
}

self.addEventListener('push', (event) => {
  if (pushKind(event) === 'ring') {
    event.waitUntil(showRing());
    return;
  }
  event.waitUntil((async () => {
    const settings = await pushSettings().catch(() => ({ hide: false }));
    const preview = settings.hide ? null : await askPages();
    await self.registration.showNotification(preview ? preview.title : 'Conclave', {
      body: preview ? preview.body : (await pushWords().catch(() => ({})))['new-message'] || 'New message',
      tag: 'conclave-new-message',
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-32.png',
      data: { url: preview && preview.group ? `/#/c/${preview.group}` : '/' },
    });
  })());
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const w of windows) {
      if ('focus' in w) { await w.focus(); if ('navigate' in w) await w.navigate(url).catch(() => {}); return; }
    }
    await self.clients.openWindow(url);
  })());
});
