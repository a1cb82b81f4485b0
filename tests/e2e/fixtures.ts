/**
 * Shared test fixture: every page a test opens is watched for console errors, uncaught
 * exceptions and requests to any origin other than the local server. Any of them fails
 * the test, with the offending messages or URLs in the failure.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {test as base, expect, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export type PageProblems = {
  consoleErrors: string[];
  externalRequests: string[];
  /** Console errors a test expects (the browser logs a 404 page load as an error). */
  allowedConsoleErrors: RegExp[];
};

export const test = base.extend<{problems: PageProblems}>({
  problems: [
    async ({page, baseURL}, use) => {
      const problems: PageProblems = {
        consoleErrors: [],
        externalRequests: [],
        // Tests block service workers (playwright.config.ts), so the PWA's registration
        // fails by design; tests/e2e/offline.spec.ts covers the worker.
        allowedConsoleErrors: [/^registerSW failed/],
      };
      const local = new URL(baseURL ?? 'http://127.0.0.1').host;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local)
          return route.continue();
        problems.externalRequests.push(url.href);
        return route.abort('blockedbyclient');
      });
      await use(problems);
      expect(problems.externalRequests, 'requests that left 127.0.0.1').toEqual([]);
      const unexpected = problems.consoleErrors.filter(
        (text) => !problems.allowedConsoleErrors.some((allowed) => allowed.test(text)),
      );
      expect(unexpected, 'console errors').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** Every URL of the built sitemap, as a path on the local server. */
export function sitemapPaths(): string[] {
  const file = path.join(process.cwd(), 'build', 'sitemap.xml');
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    throw new Error('build/sitemap.xml is missing: run `npm run build` before the browser tests.');
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (paths.length === 0) throw new Error('build/sitemap.xml lists no URL.');
  return paths;
}

/** Test pages that the sitemap leaves out on purpose but the tests always visit. */
export const EXTRA_PATHS = ['/docs/kitchen-sink/markdown-features', '/search?q=diffusion', '/docs/tags'];

/** Axe's violations as a readable list, one per rule with up to five elements. */
function axeReport(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .slice(0, 5)
        .join('\n    ')}`,
  );
}

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA rules and WCAG 2.2's target size (minimum,
 * 24 px), and fails with a readable list.
 *
 * Target size is checked twice. First on the page as it loaded, as Lighthouse does: off-
 * screen blocks of a note skip rendering (`content-visibility: auto`) and stand in with a
 * guessed height, and a block taller than its guess spills over the blocks after it, so
 * axe finds their links and buttons on top of each other. Then on the whole note.
 *
 * Axe's colour-contrast rule cannot measure text that is not rendered: it then reported a
 * contrast failure now and again, depending on what was in view. So for the full check
 * the note renders whole first (the `render-all` class of src/css/custom.css), as a
 * reader scrolling through it would see it.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // axe's target-size rule is off by default even when its tag is asked for.
  const targetSize = {rules: {'target-size': {enabled: true}}};
  const asLoaded = await new AxeBuilder({page}).options(targetSize).withRules(['target-size']).analyze();
  expect(axeReport(asLoaded.violations), `axe violations on ${page.url()} as loaded`).toEqual([]);

  await page.evaluate(() => {
    document.querySelectorAll('.markdown').forEach((note) => note.classList.add('render-all'));
  });
  const results = await new AxeBuilder({page})
    .options(targetSize)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axeReport(results.violations), `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until React has hydrated the page, so interactive parts are live. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
}
