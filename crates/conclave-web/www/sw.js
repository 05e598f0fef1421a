// The service worker: keeps the app's shell (page, script, styles, WebAssembly, icons) so that
// Conclave opens offline; history is in IndexedDB, messages wait at the server. Network first
// (a new build is picked up at once), the cached copy when the network fails. The session
// (/v1/ws) and the server's other endpoints are never cached.
const VERSION = '__BUILD_VERSION__';
const CACHE = `conclave-shell-${VERSION}`;
const SHELL = [
  '/',
  '/app.js',
  '/app.css',
  '/call.js',
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
