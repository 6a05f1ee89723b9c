// The offline copy: after the first visit every file of the site is in the
// cache, and requests are answered from it first. The build replaces
// FILES with the site's files and VERSION with their hash.
/* global FILES, VERSION */
const cacheName = `cascadelab-${VERSION}`;

// The engine's wasm is the one large file, and at the first visit the page
// is downloading it while this worker installs: it is fetched last, from
// the HTTP cache when it can be (the page's download, stored as immutable,
// or still in flight: the browser's cache lets the second request wait for
// the first), so that it crosses the network once.
const isWasm = (f) => f.endsWith('.wasm');

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(cacheName)
    .then((c) => c.addAll(FILES.filter((f) => !isWasm(f)))
      .then(() => Promise.all(FILES.filter(isWasm).map((f) => c.add(new Request(f, { cache: 'force-cache' }))))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cascadelab-') && k !== cacheName).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin) return;
  // the wasm comes from the HTTP cache (stored as immutable at the first
  // visit), not from this cache: V8 keeps its compiled code beside the HTTP
  // cache's entry, and a response from here found none (a repeat visit
  // compiled the whole engine again). When that fails (offline, the entry
  // evicted) the engine's worker asks again with ?offline, answered here.
  if (isWasm(url.pathname) && url.search !== '?offline') return;
  const path = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
  e.respondWith(caches.open(cacheName).then(async (c) => {
    const hit = await c.match(new URL(path, url), { ignoreSearch: true });
    return hit || fetch(e.request);
  }));
});
