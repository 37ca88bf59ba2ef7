// The service worker: keeps the site so that a page visited once works offline, and refuses
// every request that is not to this site's own origin. It never sends anything anywhere.
// pkg/site.js (made by scripts/build.sh) lists the files and a version that changes with them.

importScripts('./pkg/site.js');

const PREFIX = 'ofsted-compare-';
const CACHE = PREFIX + self.SITE.version;
const fresh = (url) => new Request(url, { cache: 'reload' });

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(self.SITE.core.map(fresh));
    // pdf.js is needed only for PDFs: keep it too, but do not fail the install without it.
    await cache.addAll(self.SITE.optional.map(fresh)).catch(() => {});
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) {
    event.respondWith(Response.error()); // nothing leaves for another origin
    return;
  }
  if (event.request.method !== 'GET') return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(event.request, { ignoreSearch: true });
    if (hit) return hit;
    if (event.request.mode === 'navigate') {
      const page = await cache.match('./');
      try {
        return await fetch(event.request);
      } catch (e) {
        if (page) return page;
        throw e;
      }
    }
    return fetch(event.request);
  })());
});
