/**
 * What keeps the pages fast, checked as behaviour (the timings themselves are measured by
 * `npm run bench`, not here): every page within its JavaScript budget, a light
 * stylesheet, formulas shipped as HTML, Prism only on pages with code and only once a
 * code block nears the screen, the logo inline, each page's route chunks in its HTML and
 * started after the first paint, no
 * per-link prefetching where the service worker caches the site, off-screen blocks left
 * unrendered with height guesses they fit in, and links to a section that still land on
 * it, each without losing what a reader sees or can do.
 */
import {gzipSync} from 'node:zlib';
import type {Page, Request} from '@playwright/test';
import {expect, sitemapPaths, test, waitForHydration} from './fixtures';

const DIFFUSION = '/docs/models/diffusion-models';
const WITH_CODE = '/docs/models/vaes';

/** Prism's core defines `insertBefore` on its language registry. */
const PRISM = 'insertBefore:function';

/** The most JavaScript (gzip) a page may load before the reader does anything. */
const JS_BUDGET_KIB = 215;

/**
 * The JavaScript a page loads before any interaction, in gzip bytes (the test server does
 * not compress, so each script is gzipped here as the bench's server does, level 6) plus
 * the response headers: what Lighthouse counts. Counted until the page has loaded,
 * hydrated and gone quiet, as Lighthouse waits for, so code loaded right after hydration
 * counts too. Service workers are blocked (playwright.config.ts), so none of it comes
 * from a cache.
 *
 * One thing is left out, by name and only when it came late: the service worker's
 * registration code (plugin-pwa's module and Workbox, about 4 KiB), which
 * src/pwa/registerAfterLoad.ts loads 3 s after the load event. On a slow run the quiet
 * window could reach it or not, so the total swung by 4 KiB; a Lighthouse run ends
 * before it. Loaded any earlier, it counts.
 */
async function scriptBytesBeforeInteraction(page: Page, path: string) {
  const scripts: Array<Promise<{url: string; bytes: number; code: string} | null>> = [];
  const onScript = (request: Request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const response = await request.response();
        const body = (await response?.body()) ?? Buffer.alloc(0);
        const {responseHeadersSize} = await request.sizes();
        return {
          url: new URL(request.url()).pathname,
          bytes: gzipSync(body, {level: 6}).length + responseHeadersSize,
          code: body.toString('utf8'),
        };
      })().catch(() => null),
    );
  };
  page.on('requestfinished', onScript);
  await page.goto(path, {waitUntil: 'networkidle'});
  await waitForHydration(page);
  // Work scheduled for idle time after hydration, then a quiet network again.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), {timeout: 2000})));
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', onScript);
  const requestedAt = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const starts = performance
      .getEntriesByType('resource')
      .map((entry) => [new URL(entry.name).pathname, entry.startTime] as const);
    return {loadEnd: navigation?.loadEventEnd ?? 0, starts: Object.fromEntries(starts)};
  });
  const all = (await Promise.all(scripts)).filter((s) => s !== null);
  const afterLoad = (s: {url: string; code: string}) =>
    SERVICE_WORKER_CODE.test(s.code) &&
    (requestedAt.starts[s.url] ?? 0) >= requestedAt.loadEnd + SERVICE_WORKER_DELAY_MS;
  const loaded = all.filter((s) => !afterLoad(s));
  const left = all.filter(afterLoad);
  return {kib: loaded.reduce((sum, s) => sum + s.bytes, 0) / 1024, scripts: loaded, left};
}

/** plugin-pwa's registration module and Workbox's window library. */
const SERVICE_WORKER_CODE = /navigator\.serviceWorker\.getRegistrations\(\)|workbox:window:/;

/** src/pwa/registerAfterLoad.ts waits 3 s after the load event; a little slack for timers. */
const SERVICE_WORKER_DELAY_MS = 2900;

test.describe(`every page loads at most ${JS_BUDGET_KIB} KiB of JavaScript (gzip) before interaction`, () => {
  // Lighthouse's mobile viewport: what is on screen at first decides what loads.
  test.use({viewport: {width: 412, height: 823}});
  for (const path of sitemapPaths()) {
    test(path, async ({page}) => {
      const {kib, scripts, left} = await scriptBytesBeforeInteraction(page, path);
      expect(scripts.length, 'scripts seen').toBeGreaterThan(1);
      const line = (s: {url: string; bytes: number}) => `${(s.bytes / 1024).toFixed(1)} KiB ${s.url}`;
      const list = scripts
        .sort((a, b) => b.bytes - a.bytes)
        .map(line)
        .concat(left.map((s) => `(not counted: service worker registration, 3 s after load) ${line(s)}`))
        .join('\n');
      expect(kib, `JavaScript of ${path} (KiB gzip):\n${list}`).toBeLessThanOrEqual(JS_BUDGET_KIB);
    });
  }
});

test('the stylesheet every page waits for holds no fonts', async ({request}) => {
  const html = await (await request.get('/')).text();
  const href =
    /<link rel=stylesheet href=([^\s>]+)/.exec(html)?.[1] ??
    /rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  expect(href, 'a stylesheet link in the home page').toBeTruthy();
  const css = await (await request.get(href as string)).text();
  expect(css).not.toContain('data:font');
  const katexFaces = css.match(/@font-face\{[^}]*KaTeX_[^}]*\}/g) ?? [];
  expect(katexFaces.length).toBeGreaterThan(10);
  for (const face of katexFaces) expect(face).not.toMatch(/\.(woff|ttf)\)/);
  // Fonts were 80 % of it once; what is left is Infima, KaTeX's rules and the site's.
  expect(css.length).toBeLessThan(160_000);
});

test('formulas render the same after a client-side navigation as on a full load', async ({page}) => {
  await page.goto(DIFFUSION);
  await waitForHydration(page);
  const fullLoad = await page.locator('.katex').count();
  // textContent: innerText is empty for formulas that are off screen and not rendered yet.
  const firstFormula = await page.locator('.katex-display .katex-html').first().textContent();
  expect(fullLoad).toBeGreaterThan(50);

  // The notation page links to the diffusion note in its first paragraph.
  await page.goto('/docs/models/notation');
  await waitForHydration(page);
  await page.locator(`article a[href="${DIFFUSION}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${DIFFUSION}$`));
  await expect(page.locator('.katex-display .katex-html').first()).toHaveText(firstFormula ?? '', {
    useInnerText: false,
  });
  expect(firstFormula).toBeTruthy();
  expect(await page.locator('.katex').count()).toBe(fullLoad);
  await expect(page.locator('.katex-display .katex-mathml annotation').first()).not.toBeEmpty();
});

test.describe('code highlighting', () => {
  test('is in the static HTML, and the block comes alive once the highlighter loads', async ({
    page,
    browser,
  }) => {
    const noJs = await browser.newContext({javaScriptEnabled: false});
    const staticPage = await noJs.newPage();
    await staticPage.goto(WITH_CODE);
    const tokens = await staticPage.locator('pre .token.number').count();
    expect(tokens).toBeGreaterThan(0);
    await noJs.close();

    await page.goto(WITH_CODE);
    await waitForHydration(page);
    const block = page.locator('.code-block-island').first();
    await block.scrollIntoViewIfNeeded();
    await expect(block.getByRole('button', {name: /copy/i})).toBeVisible();
    expect(await page.locator('pre .token.number').count()).toBe(tokens);
  });

  test('also appears after a client-side navigation', async ({page}) => {
    await page.goto('/docs/models/gans');
    await waitForHydration(page);
    await page.locator(`article a[href="${WITH_CODE}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${WITH_CODE}$`));
    await expect(page.locator('pre .token.number').first()).toBeVisible();
  });

  test('loads only when a code block nears the screen', async ({page}) => {
    // On a phone, the first code block of the VAE note is far below the first screen.
    await page.setViewportSize({width: 412, height: 823});
    const {scripts} = await scriptBytesBeforeInteraction(page, WITH_CODE);
    expect(
      scripts.filter((s) => s.code.includes(PRISM)).map((s) => s.url),
      'Prism before scrolling',
    ).toEqual([]);
    const block = page.locator('.code-block-island').first();
    const loaded = page.waitForResponse(async (r) => (await r.text()).includes(PRISM));
    await block.scrollIntoViewIfNeeded();
    await loaded;
    // The block is live: its copy button answers.
    await block.hover();
    await block.getByRole('button', {name: /copy/i}).click();
    await expect(block.getByRole('button', {name: /copied/i})).toBeVisible();
  });

  test('is not loaded by pages without code', async ({page}) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(DIFFUSION, {waitUntil: 'networkidle'});
    await waitForHydration(page);
    expect(scripts.length).toBeGreaterThan(2);
    expect(scripts.filter((code) => code.includes(PRISM))).toEqual([]);
  });
});

test.describe('the bibliography', () => {
  const REFERENCES = '/docs/references';

  test('adopts its static list on a full load, without the data in the page code', async ({page}) => {
    const {scripts} = await scriptBytesBeforeInteraction(page, REFERENCES);
    // An entry's URL is in the data file only: no script loaded holds it.
    const entry = page.locator('#goodfellow2014gan');
    await expect(entry).toContainText('Generative Adversarial');
    const url = (await entry.locator('a[href^="http"]').getAttribute('href')) ?? '';
    expect(url).toMatch(/^https?:/);
    expect(scripts.filter((s) => s.code.includes(url)).map((s) => s.url)).toEqual([]);
    expect(await page.locator('.reference-list ol > li').count()).toBeGreaterThan(500);
  });

  test('renders in full after a client-side navigation', async ({page}) => {
    await page.goto('/docs/glossary');
    await waitForHydration(page);
    const count = await (async () => {
      const html = await (await page.request.get(REFERENCES)).text();
      return (html.match(/<li id=/g) ?? []).length;
    })();
    await page.evaluate(() => window.history.pushState(null, '', '/docs/references'));
    await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await expect(page).toHaveURL(/\/docs\/references$/);
    await expect(page.locator('.reference-list #goodfellow2014gan')).toContainText('Generative Adversarial');
    expect(await page.locator('.reference-list ol > li').count()).toBe(count);
  });
});

test('the logo and the favicon come with the page, not as requests of their own', async ({page}) => {
  const images: string[] = [];
  page.on('request', (request) => {
    if (/\.(svg|ico)(\?|$)/.test(new URL(request.url()).pathname)) images.push(request.url());
  });
  await page.goto('/');
  await waitForHydration(page);
  const logo = page.locator('.navbar__logo img');
  await expect(logo).toHaveAttribute('src', /^data:image\/svg\+xml,/);
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
  expect(images).toEqual([]);
});

/** The scripts a built page preloads, in order: the app's entry, then its route's chunks. */
const preloadedScripts = (html: string) =>
  [...html.matchAll(/<link rel=["']?preload["']? as=["']?script["']?[^>]*? href=["']?([^\s"'>]+\.js)/g)].map(
    (match) => match[1] as string,
  );

test('a note lists its own code in its HTML, and the app adopts those scripts', async ({page, request}) => {
  const html = await (await request.get(DIFFUSION)).text();
  const scripts = preloadedScripts(html);
  const main = scripts.findIndex((src) => /\/main\.[\w]+\.js$/.test(src));
  expect(main, 'main.js in the page').toBeGreaterThanOrEqual(0);
  // The route's chunks (its layout, sidebar, metadata and the note itself) follow main.js.
  expect(scripts.length - main - 1).toBeGreaterThanOrEqual(3);

  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
  });
  await page.goto(DIFFUSION);
  await waitForHydration(page);
  for (const src of scripts) expect(requested, `${src} is requested once`).toContain(src);
  expect(
    requested.filter((src, i) => requested.indexOf(src) !== i),
    'no script is requested twice',
  ).toEqual([]);
});

test('the app starts only after the page has painted, then hydrates', async ({page, request}) => {
  // plugins/scripts-after-first-paint: no deferred scripts that could run before the first
  // frame; the page preloads them and one start-up script adds them, in the same order.
  const html = await (await request.get(DIFFUSION)).text();
  expect(html, 'no deferred scripts').not.toMatch(/<script[^>]*\sdefer[\s>]/);
  const startUp = /<script>(.*?)<\/script><\/body>/s.exec(html)?.[1] ?? '';
  expect(startUp, 'the start-up script ends the page').toContain('first-contentful-paint');
  const listed = JSON.parse(/(\["[^\]]*\.js"\])/.exec(startUp)?.[1] ?? '[]') as string[];
  expect(listed).toEqual(preloadedScripts(html));

  // The webpack runtime, the first script of the app, creates its chunk list when it runs.
  await page.addInitScript(() => {
    let chunks: unknown;
    Object.defineProperty(window, 'webpackChunkgenai_knowledge_base', {
      configurable: true,
      get: () => chunks,
      set: (value: unknown) => {
        const w = window as unknown as {appStartedAt?: number};
        w.appStartedAt ??= performance.now();
        chunks = value;
      },
    });
  });
  await page.goto(DIFFUSION);
  await waitForHydration(page);
  const {startedAt, paintedAt} = await page.evaluate(() => ({
    startedAt: (window as unknown as {appStartedAt?: number}).appStartedAt,
    paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  expect(paintedAt, 'the first contentful paint').toBeGreaterThan(0);
  expect(startedAt, 'when the app started').toBeGreaterThanOrEqual(paintedAt as number);
});

test('the entry code, and only it, asks Chrome to compile it as it streams in', async ({request}) => {
  // plugins/compile-hints: V8's explicit compile hint must be the file's first line.
  const scripts = preloadedScripts(await (await request.get(DIFFUSION)).text());
  const hint = '//# allFunctionsCalledOnLoad\n';
  for (const src of scripts) {
    const code = await (await request.get(src)).text();
    expect(code.startsWith(hint), src).toBe(/\/main\.[\w]+\.js$/.test(src));
  }
});

test("the built app uses the site's useWindowSize, not Docusaurus's", async ({request}) => {
  // plugins/hydration-in-transitions swaps theme-common's hook for one that sets its first
  // value in a transition; the original's error message survives minification.
  const scripts = preloadedScripts(await (await request.get(DIFFUSION)).text());
  const main = scripts.find((src) => /\/main\.[\w]+\.js$/.test(src));
  expect(main, 'main.js in the page').toBeTruthy();
  const code = await (await request.get(main as string)).text();
  // Ours compares the width with the breakpoint inline; the original goes through getWindowSize().
  expect(code).toMatch(/innerWidth>\w+\?"desktop":"mobile"/);
  expect(code).not.toContain('getWindowSize() should only be called after React hydration');
});

test.describe('link prefetching', () => {
  // Docusaurus prefetches the code behind every link that scrolls into view.
  const prefetchLinks = (page: Page) => page.locator('head link[rel="prefetch"]').count();

  test('is off where the service worker caches the whole site', async ({page}) => {
    await page.goto(DIFFUSION);
    await waitForHydration(page);
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
    await page.waitForTimeout(1000);
    expect(await prefetchLinks(page)).toBe(0);
  });

  test('happens in idle time where there is no service worker', async ({page}) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as {serviceWorker?: unknown}).serviceWorker;
    });
    await page.goto(DIFFUSION);
    await waitForHydration(page);
    await expect.poll(() => prefetchLinks(page), {timeout: 10_000}).toBeGreaterThan(0);
  });
});

test('off-screen formulas skip rendering, plain text and link targets never do, and all prints', async ({
  page,
}) => {
  await page.goto(DIFFUSION);
  await waitForHydration(page);
  const visibility = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).contentVisibility);
  expect(await visibility('.markdown > p:has(.katex)')).toBe('auto');
  expect(await visibility('.markdown .katex-display')).toBe('auto');
  expect(await visibility('.markdown > p:not(:has(.katex, svg))')).toBe('visible');
  // A term's definition may pop out of a skipped paragraph: it is allowed to show whole.
  const clipMargin = await page
    .locator('.markdown > p:has([role="tooltip"]):has(.katex)')
    .first()
    .evaluate((el) => getComputedStyle(el).overflowClipMargin);
  expect(parseFloat(clipMargin)).toBeGreaterThan(200);
  await page.emulateMedia({media: 'print'});
  expect(await visibility('.markdown > p:has(.katex)')).toBe('visible');
});

test.describe('on a phone, no skipped block is taller than its height guess', () => {
  // A guess too small lets a block's content spill over the next blocks until it renders:
  // Lighthouse's target-size audit then found links and buttons on top of each other.
  test.use({viewport: {width: 360, height: 740}});
  for (const path of sitemapPaths().filter((p) => p.startsWith('/docs/'))) {
    test(path, async ({page}) => {
      await page.goto(path);
      await waitForHydration(page);
      const {skipped, tooSmall} = await page.evaluate(() => {
        const blocks = Array.from(document.querySelectorAll<HTMLElement>('.markdown *'))
          .filter((block) => getComputedStyle(block).contentVisibility === 'auto')
          .map((block) => ({
            block,
            guess: Number(/([\d.]+)px/.exec(getComputedStyle(block).containIntrinsicHeight)?.[1]),
          }));
        // Rendered whole, each block takes its real height.
        document.querySelectorAll('.markdown').forEach((note) => note.classList.add('render-all'));
        const small = blocks
          .map(({block, guess}) => {
            const style = getComputedStyle(block);
            const height =
              block.getBoundingClientRect().height -
              ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth']
                .map((side) =>
                  parseFloat(style.getPropertyValue(side.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))),
                )
                .reduce((a, b) => a + b, 0);
            const what = `${block.tagName.toLowerCase()}.${String(block.className).split(' ')[0]}`;
            return {what, text: (block.textContent ?? '').slice(0, 50), guess, height: Math.round(height)};
          })
          .filter((b) => !(b.guess >= b.height));
        return {skipped: blocks.length, tooSmall: small};
      });
      expect(
        tooSmall,
        `blocks on ${path} taller than their guess (of ${skipped} that skip rendering)`,
      ).toEqual([]);
    });
  }
});

test.describe('links to a section land on it, though off-screen blocks skip rendering', () => {
  const headingTop = (page: Page, id: string) =>
    page.locator(`[id="${id}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().top));

  test('from the table of contents', async ({page}) => {
    await page.goto(DIFFUSION);
    await waitForHydration(page);
    const last = page.locator('.theme-doc-toc-desktop a.table-of-contents__link').last();
    const id = decodeURIComponent(((await last.getAttribute('href')) ?? '').slice(1));
    await last.click();
    // Below the sticky navbar, at the top of the screen.
    await expect.poll(() => headingTop(page, id)).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const top = await headingTop(page, id);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(150);
  });

  test('when a page opens at a section', async ({page}) => {
    await page.goto(`${DIFFUSION}#references`);
    await waitForHydration(page);
    await page.waitForTimeout(300);
    const top = await headingTop(page, 'references');
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(150);
  });
});
