/**
 * Code added to the PWA plugin's service worker (swCustom), for offline reading:
 *
 * - Pages: this site has no trailing slashes, so /docs/models/gans is served from
 *   docs/models/gans.html. The plugin's worker only tries the URL itself and
 *   …/index.html, so navigations fall back here to the precached "<path>.html".
 * - Search: the index is written after the bundle (plugins/pagefind-search), so the
 *   plugin's precache cannot list it; the indexer writes pagefind/files.json, and this
 *   code caches every file it lists when the worker installs. Index requests go to the
 *   network first and fall back to that cache.
 */
import {registerRoute} from 'workbox-routing';
import {NetworkFirst} from 'workbox-strategies';

const SEARCH_CACHE = 'pagefind-index';

async function precachedPage(pathname) {
  const clean = pathname.replace(/\/+$/, '');
  const candidates = clean === '' ? ['/index.html'] : [`${clean}.html`, `${clean}/index.html`];
  for (const candidate of candidates) {
    // Precache keys carry a revision parameter, hence ignoreSearch.
    const cached = await caches.match(candidate, {ignoreSearch: true});
    if (cached) return cached;
  }
  return undefined;
}

export default function swCustom() {
  const base = new URL(self.registration.scope).pathname;
  const searchPrefix = `${base}pagefind/`;

  self.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const response = await fetch(`${searchPrefix}files.json`, {cache: 'no-store'});
        if (!response.ok) return;
        const files = await response.json();
        const cache = await caches.open(SEARCH_CACHE);
        await cache.addAll(files.map((file) => `${searchPrefix}${file}`));
      })().catch(() => undefined),
    );
  });

  self.addEventListener('fetch', (event) => {
    const {request} = event;
    if (request.mode !== 'navigate') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin || /\.[a-z0-9]+$/i.test(url.pathname)) return;
    event.respondWith(
      fetch(request).catch(async () => (await precachedPage(url.pathname)) ?? Response.error()),
    );
  });

  registerRoute(
    ({url}) => url.pathname.startsWith(searchPrefix),
    // Pagefind adds a cache-busting query to its entry file; match without it.
    new NetworkFirst({cacheName: SEARCH_CACHE, networkTimeoutSeconds: 5, matchOptions: {ignoreSearch: true}}),
  );
}
