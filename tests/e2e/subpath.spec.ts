/**
 * A fork or a copy served under a sub-path (issue: deploy anywhere). `npm run
 * build:archive` builds build-subpath/ from a copy of the repository without .git, with
 * SITE_URL=https://example.org and BASE_URL=/kb/; playwright.config.ts serves it under
 * /kb/ for the "subpath" project, whose baseURL ends in /kb/. Paths below are relative
 * (no leading slash), so they resolve under /kb/.
 */
// cspell:ignore katex
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {expect, test} from './fixtures';
import {SUBPATH_DIR} from '../../playwright.config';

const BASE = '/kb/';
const SITE = 'https://example.org';
const dir = path.join(process.cwd(), SUBPATH_DIR);

test.beforeAll(() => {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(
      `${SUBPATH_DIR}/ is missing: run \`npm run build:archive\` before the browser tests (npm test does).`,
    );
  }
});

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith(ending))
    .map((f) => path.join(folder, f));
}

/** Every same-origin request a page makes, to check none leaves the base. */
function watchPaths(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http')) seen.push(url.pathname);
  });
  return seen;
}

test('no built HTML references a root path outside the base', () => {
  const offenders: string[] = [];
  for (const file of filesUnder(dir, '.html')) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src|srcset|action|content|poster|data-src)="?(\/[^"\s>]*)/g)) {
      const value = m[1] ?? '';
      if (!value.startsWith(BASE) && !value.startsWith('//'))
        offenders.push(`${path.relative(dir, file)}: ${value}`);
    }
  }
  expect(offenders.slice(0, 20), `${offenders.length} root paths outside ${BASE}`).toEqual([]);
});

test('pages, math and its fonts load under the base, with dates from last_reviewed', async ({page}) => {
  const paths = watchPaths(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('docs/models/diffusion-models');
  await expect(page.locator('article h1')).toContainText('Diffusion');
  const formula = page.locator('article .katex-display').first();
  await formula.scrollIntoViewIfNeeded();
  await expect(formula).toBeVisible();
  // Fonts load when formulas are drawn; wait for them.
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() => {
    const loaded: string[] = [];
    document.fonts.forEach((f) => {
      if (f.family.includes('KaTeX') && f.status === 'loaded') loaded.push(f.family);
    });
    return loaded;
  });
  expect(fonts.length, 'KaTeX fonts loaded').toBeGreaterThan(0);
  // The copy has no .git: the date shown is the note's last_reviewed.
  const source = readFileSync(path.join(process.cwd(), 'docs/models/diffusion-models.mdx'), 'utf8');
  const reviewed = /^last_reviewed: (\d{4})-(\d{2})-(\d{2})$/m.exec(source);
  expect(reviewed).not.toBeNull();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [, y, mo, d] = reviewed as RegExpExecArray;
  await expect(page.locator('.theme-last-updated')).toContainText(
    `${months[Number(mo) - 1]} ${Number(d)}, ${y}`,
  );

  // A link in the sidebar navigates within the base.
  await page.getByRole('link', {name: 'Variational autoencoders', exact: false}).first().click();
  await expect(page).toHaveURL(/\/kb\/docs\/models\/vaes$/);
  expect(failed).toEqual([]);
  expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
});

test('search finds notes and links them under the base', async ({page}) => {
  const paths = watchPaths(page);
  await page.goto('search?q=attention');
  await expect(page.getByRole('status')).toContainText(/found for “attention”/);
  const first = page.locator('main ol > li a').first();
  await expect(first).toHaveAttribute('href', /^\/kb\/docs\//);
  await first.click();
  await expect(page).toHaveURL(/\/kb\/docs\//);
  expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
});

test('manifest, icons and social cards point inside the base', async ({page, request}) => {
  await page.goto('');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe(`${BASE}manifest.json`);
  expect(await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')).toBe(
    `${BASE}img/icon-192.png`,
  );
  const manifestUrl = new URL(manifestHref as string, page.url());
  const manifest = await (await request.get(manifestUrl.href)).json();
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE);
  for (const icon of manifest.icons) {
    const iconUrl = new URL(icon.src, manifestUrl);
    expect(iconUrl.pathname.startsWith(BASE), icon.src).toBe(true);
    expect((await request.get(iconUrl.href)).ok(), icon.src).toBe(true);
  }
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(
    `${SITE}${BASE}img/social-card.png`,
  );
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE}${BASE}`);
});

test('the sitemap and llms.txt give the full address under the base', () => {
  const sitemap = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(locs.length).toBeGreaterThan(38);
  expect(locs.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
  expect(locs, 'test pages, tags and search stay out of the sitemap').not.toContainEqual(
    expect.stringMatching(/\/kb\/(search|docs\/tags|docs\/kitchen-sink)/),
  );
  const llms = readFileSync(path.join(dir, 'llms.txt'), 'utf8');
  const links = [...llms.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1] ?? '');
  expect(links.length).toBeGreaterThan(30);
  expect(links.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
});

test("the What's new feeds give full addresses under the base, and their links resolve", async ({
  request,
}) => {
  const sitemap = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  expect(sitemap).toContain(`<loc>${SITE}${BASE}whats-new</loc>`);
  const rss = readFileSync(path.join(dir, 'whats-new/rss.xml'), 'utf8');
  const atom = readFileSync(path.join(dir, 'whats-new/atom.xml'), 'utf8');
  const rssLinks = [...rss.matchAll(/<(?:link|guid)>([^<]+)<\/(?:link|guid)>/g)].map((m) => m[1] ?? '');
  const atomLinks = [...atom.matchAll(/(?:href="([^"]+)"|<id>([^<]+)<\/id>|<uri>([^<]+)<\/uri>)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
  for (const links of [rssLinks, atomLinks]) {
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((l) => !l.startsWith(`${SITE}${BASE}`))).toEqual([]);
  }
  expect(rss).toContain(`href="${SITE}${BASE}whats-new/rss.xml"`);
  expect(atom).toContain(`<link rel="self" href="${SITE}${BASE}whats-new/atom.xml"/>`);
  const items = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
  expect(items.length).toBeGreaterThan(0);
  for (const item of new Set(items)) expect((await request.get(item)).status(), item).toBe(200);
});

test.describe('offline', () => {
  test.use({serviceWorkers: 'allow'});

  test('the service worker is scoped to the base and serves notes and search offline', async ({
    page,
    context,
  }) => {
    await page.goto('docs/models/gans');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).includes('pagefind-index')), {
        timeout: 30_000,
      })
      .toBe(true);
    await context.setOffline(true);
    const note = await page.goto('docs/models/vaes');
    expect(note?.fromServiceWorker()).toBe(true);
    await expect(page.locator('article h1')).toContainText('Variational autoencoders');
    await page.goto('search?q=attention');
    await expect(page.getByRole('status')).toContainText(/found for “attention”/);
  });
});
