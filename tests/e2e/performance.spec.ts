/**
 * What keeps the pages fast, checked as behaviour (the timings themselves are measured by
 * `npm run bench`, not here): a light stylesheet, formulas shipped as HTML, Prism only
 * on pages with code, the logo inline, each page's route chunks in its HTML, no
 * per-link prefetching where the service worker caches the site, off-screen blocks left
 * unrendered, and links to a section that still land on it, each without losing what a
 * reader sees or can do.
 */
import type {Page} from '@playwright/test';
import {expect, test, waitForHydration} from './fixtures';

const DIFFUSION = '/docs/models/diffusion-models';
const WITH_CODE = '/docs/models/vaes';

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

  // The GANs note links to the diffusion note in its text (the /docs/models index now
  // shows the sidebar's groups, not every note).
  await page.goto('/docs/models/gans');
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

  test('is not loaded by pages without code', async ({page}) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(DIFFUSION, {waitUntil: 'networkidle'});
    await waitForHydration(page);
    expect(scripts.length).toBeGreaterThan(2);
    // Prism's core defines `insertBefore` on its language registry.
    expect(scripts.filter((code) => code.includes('insertBefore:function'))).toEqual([]);
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

test('a note lists its own code in its HTML, and the app adopts those scripts', async ({page, request}) => {
  const html = await (await request.get(DIFFUSION)).text();
  const scripts = [...html.matchAll(/<script src=([^\s>]+\.js) defer/g)].map((match) => match[1] as string);
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

test('on a phone, no skipped block is taller than its height guess', async ({page}) => {
  // A guess too small lets a block's content spill over the next blocks until it renders.
  await page.setViewportSize({width: 360, height: 740});
  for (const path of [DIFFUSION, '/docs/models/transformers']) {
    await page.goto(path);
    await page.addStyleTag({content: '.markdown * { content-visibility: visible !important; }'});
    const tooSmall = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.markdown > [style*="contain-intrinsic-height"]'))
        .map((block) => {
          const guess = Number(/auto (\d+)px/.exec(block.style.cssText)?.[1]);
          const style = getComputedStyle(block);
          const height =
            block.getBoundingClientRect().height -
            parseFloat(style.paddingTop) -
            parseFloat(style.paddingBottom);
          return {text: (block.textContent ?? '').slice(0, 60), guess, height: Math.round(height)};
        })
        .filter((b) => !(b.guess >= b.height)),
    );
    expect(tooSmall, `blocks on ${path} taller than their guess`).toEqual([]);
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
