// The offline copy: after the first visit every file of the site is in the
// cache, and requests are answered from it first. The build replaces
// FILES with the site's files and VERSION with their hash.
/* global FILES, VERSION */
const cacheName = `cascadelab-${VERSION}`;

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(cacheName).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cascadelab-') && k !== cacheName).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin) return;
  const path = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
  e.respondWith(caches.open(cacheName).then(async (c) => {
    const hit = await c.match(new URL(path, url), { ignoreSearch: true });
    return hit || fetch(e.request);
  }));
});
