/**
 * Offline after one visit: the PWA's service worker (offline mode for every visitor)
 * serves any note and the search index once the network is gone, and the reader's
 * progress (kept in localStorage) works without it. The worker registers
 * after the page has loaded, from code outside the entry bundle.
 */
import {expect, test} from '@playwright/test';
import {LEARNING_PATHS} from '../../src/data/learning-paths';

test.use({serviceWorkers: 'allow'});

test('after one visit, notes and search work offline', async ({page, context}) => {
  await page.goto('/docs/models/gans');
  // Wait until the worker is active and has cached the pages and the search index.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const names = await caches.keys();
          const sizes = await Promise.all(
            names.map(async (n) => (await (await caches.open(n)).keys()).length),
          );
          return {names, total: sizes.reduce((a, b) => a + b, 0)};
        }),
      {timeout: 30_000},
    )
    .toMatchObject({names: expect.arrayContaining(['pagefind-index'])});

  await context.setOffline(true);

  const note = await page.goto('/docs/models/vaes');
  expect(note?.fromServiceWorker(), 'the note came from the service worker').toBe(true);
  await expect(page.locator('article h1')).toContainText('Variational autoencoders');

  const indexResponses: boolean[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/pagefind/')) indexResponses.push(r.fromServiceWorker());
  });
  await page.goto('/search?q=attention');
  await expect(page.getByRole('status')).toContainText(/found for “attention”/);
  await expect(page.locator('main ol > li').first()).toBeVisible();
  expect(indexResponses.length).toBeGreaterThan(0);
  expect(indexResponses.every(Boolean), 'every index file came from the service worker').toBe(true);
});

test('the site is installable: a manifest with icons', async ({request}) => {
  const manifestUrl = new URL('/manifest.json', 'http://placeholder');
  const manifest = await (await request.get(manifestUrl.pathname)).json();
  expect(manifest.name).toBe('Generative AI, explained');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i: {sizes: string}) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  // Icon paths are relative to the manifest, so the site works under any base URL.
  for (const icon of manifest.icons) {
    expect((await request.get(new URL(icon.src, manifestUrl).pathname)).ok(), icon.src).toBe(true);
  }
});

test('the service worker registration code loads after the page, and the worker registers', async ({
  page,
  request,
}) => {
  // The PWA plugin's registration module (and Workbox behind it) is no longer part of the
  // entry bundle every page evaluates at start-up: src/pwa/registerAfterLoad.ts loads it
  // once the page has loaded.
  const html = await (await request.get('/docs/models/diffusion-models')).text();
  const entry = /href=["']?([^\s"'>]*\/main\.[^\s"'>]+\.js)/.exec(html)?.[1];
  expect(entry, 'the entry bundle in the page').toBeTruthy();
  expect(await (await request.get(entry as string)).text()).not.toContain('registerSW failed');

  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as unknown as {registeredAt: number}).registeredAt = performance.now();
      return register.apply(this, args);
    };
  });
  await page.goto('/docs/models/diffusion-models');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const {registeredAt, loadEnd} = await page.evaluate(() => ({
    registeredAt: (window as unknown as {registeredAt?: number}).registeredAt,
    loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  }));
  expect(registeredAt, 'the page registered the worker').toBeDefined();
  expect(loadEnd).toBeGreaterThan(0);
  expect(registeredAt as number).toBeGreaterThanOrEqual(loadEnd);
});

test('offline, a note is marked as read and the landing page counts it', async ({page, context}) => {
  // Progress lives in localStorage (src/utils/useProgress.ts): nothing of it needs the network.
  await page.goto('/docs/models/gans');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          for (const name of await caches.keys()) {
            const keys = await (await caches.open(name)).keys();
            if (keys.some((request) => new URL(request.url).pathname === '/index.html')) return true;
          }
          return false;
        }),
      {timeout: 30_000},
    )
    .toBe(true);

  await context.setOffline(true);
  const note = await page.reload();
  expect(note?.fromServiceWorker(), 'the note came from the service worker').toBe(true);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  await page.getByRole('button', {name: 'Mark as read'}).click();
  await expect(page.getByRole('button', {name: 'Marked as read'})).toBeVisible();

  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  const path = LEARNING_PATHS.find((p) => p.steps.some((step) => step.doc === 'models/gans'));
  await expect(page.locator(`div:has(> h3[id="${path?.id}"])`)).toContainText(
    `1 of ${path?.steps.length} read`,
  );
});
