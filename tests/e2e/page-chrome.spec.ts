/**
 * What every note shows around its text: the page header under the title (difficulty,
 * linked prerequisites, reading time, last reviewed), "Cite this page" at the end, and the
 * history note's timeline; on a phone, the navbar, the menu drawer (built when first
 * needed) and the table of contents. Expected values are read from the note and the data
 * file, so the test follows the content when it changes.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, waitForHydration} from './fixtures';

const GANS = '/docs/models/gans';
const HISTORY = '/docs/fundamentals/history';

/** One front-matter value of a note, as written (quotes removed). */
function frontMatterValue(docId: string, key: string): string {
  const source = readFileSync(path.join(process.cwd(), 'docs', `${docId}.mdx`), 'utf8');
  const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const line = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(block)?.[1];
  if (line === undefined) throw new Error(`docs/${docId}.mdx has no "${key}" in its front matter`);
  return line.trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** "2026-11-22" -> "22 November 2026", computed independently of the site's own code. */
function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

test.describe('page header', () => {
  test('shows difficulty, linked prerequisites, reading time and last-reviewed date under the title', async ({
    page,
  }) => {
    const difficulty = frontMatterValue('models/gans', 'difficulty');
    const prerequisites = frontMatterValue('models/gans', 'prerequisites')
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const lastReviewed = frontMatterValue('models/gans', 'last_reviewed');

    await page.goto(GANS);
    const header = page.locator('article header').filter({has: page.getByRole('heading', {level: 1})});
    await expect(header.locator('dt')).toHaveText([
      'Difficulty',
      'Prerequisites',
      'Reading time',
      'Last reviewed',
    ]);

    // Difficulty in words, not only as a picture.
    await expect(header.locator('dt:text-is("Difficulty") + dd')).toHaveText(
      difficulty.charAt(0).toUpperCase() + difficulty.slice(1),
    );

    // Each prerequisite is linked by its note's title.
    const links = header.locator('dt:text-is("Prerequisites") + dd').getByRole('link');
    await expect(links).toHaveCount(prerequisites.length);
    for (const [index, id] of prerequisites.entries()) {
      await expect(links.nth(index)).toHaveText(frontMatterValue(id, 'title'));
      await expect(links.nth(index)).toHaveAttribute('href', `/docs${frontMatterValue(id, 'slug')}`);
    }

    await expect(header.locator('dt:text-is("Reading time") + dd')).toHaveText(/^About \d+ minutes?$/);

    const time = header.locator('dt:text-is("Last reviewed") + dd time');
    await expect(time).toHaveAttribute('datetime', lastReviewed);
    await expect(time).toHaveText(longDate(lastReviewed));

    // A prerequisite link leads to its note.
    await waitForHydration(page);
    const firstTitle = frontMatterValue(prerequisites[0] ?? '', 'title');
    await links.first().click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(firstTitle);
  });

  test('is in the static HTML', async ({request}) => {
    const html = await (await request.get(GANS)).text();
    expect(html).toContain('Reading time');
    expect(html).toMatch(/<time datetime="?\d{4}-\d{2}-\d{2}"?>/i);
  });

  test('is not on unlisted test pages', async ({page}) => {
    await page.goto('/docs/kitchen-sink/markdown-features');
    await expect(page.locator('article dt', {hasText: 'Reading time'})).toHaveCount(0);
    await expect(page.getByRole('heading', {name: 'Cite this page'})).toHaveCount(0);
  });
});

test.describe('cite this page', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  test('copies a BibTeX and an APA citation and announces it', async ({page}) => {
    const title = frontMatterValue('models/gans', 'title');
    await page.goto(GANS);
    await waitForHydration(page);
    const cite = page.getByRole('region', {name: 'Cite this page'});
    await cite.scrollIntoViewIfNeeded();
    const status = cite.getByRole('status');

    await cite.getByRole('button', {name: 'Copy BibTeX citation'}).click();
    await expect(status).toHaveText('Copied the BibTeX citation to the clipboard.');
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@misc\{[a-z0-9:-]+,\n/);
    expect(bibtex).toContain(`title  = {{${title}}}`);
    expect(bibtex).toMatch(/url {4}= \{https?:\/\/[^}]+\/docs\/models\/gans\}/);

    await cite.getByRole('button', {name: 'Copy APA citation'}).click();
    await expect(status).toHaveText('Copied the APA citation to the clipboard.');
    const apa = await page.evaluate(() => navigator.clipboard.readText());
    expect(apa).toMatch(
      new RegExp(
        `^Generative AI, explained\\. \\(\\d{4}, [A-Z][a-z]+ \\d{1,2}\\)\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    );
    expect(apa).toMatch(/\/docs\/models\/gans$/);
  });

  test('shows the citation text, and selects it when the clipboard is unavailable', async ({page}) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {configurable: true, get: () => undefined});
    });
    await page.goto(GANS);
    await waitForHydration(page);
    const cite = page.getByRole('region', {name: 'Cite this page'});
    await expect(cite.locator('pre')).toBeVisible();
    await expect(cite.locator('pre')).toContainText('@misc{');
    await expect(cite.getByText(/^Generative AI, explained\. \(\d{4}, /)).toBeVisible();

    await cite.getByRole('button', {name: 'Copy BibTeX citation'}).click();
    await expect(cite.getByRole('status')).toContainText('Copying is not available');
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('@misc{');
  });
});

test.describe('timeline', () => {
  test('lists the history milestones in date order, each with a date, a kind and a source', async ({
    page,
  }) => {
    const data = JSON.parse(readFileSync(path.join(process.cwd(), 'src/data/timeline.json'), 'utf8')) as {
      date: string;
      title: string;
    }[];
    const expectedDates = data.map((m) => m.date).sort();

    await page.goto(HISTORY);
    const timeline = page.locator('h2#timeline ~ figure').first();
    const items = timeline.locator('ol > li');
    await expect(items).toHaveCount(data.length);

    const dates = await items
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual(expectedDates);

    await expect(items.first()).toContainText('Variational autoencoder');
    await expect(items.first()).toContainText('December 2013');
    await expect(items.first()).toContainText(/paper/i);
    await expect(items.first().getByRole('link', {name: 'arXiv:1312.6114'})).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/1312.6114',
    );
    // The newest milestone comes last (read from the data, since the timeline grows).
    const newest = [...data].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    await expect(items.last()).toContainText(newest?.title ?? '');
    expect(newest?.date.slice(0, 4)).toBe('2026');
  });

  test('fits a 360 px wide screen without sideways scrolling', async ({page}) => {
    await page.setViewportSize({width: 360, height: 740});
    await page.goto(HISTORY);
    const timeline = page.locator('h2#timeline ~ figure').first();
    await expect(timeline.locator('ol > li').first()).toBeVisible();
    const overflow = await timeline.evaluate((figure) => figure.scrollWidth - figure.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('navbar on a phone', () => {
  for (const width of [360, 412, 768]) {
    test(`the brand and the search box do not overlap at ${width} px`, async ({page}) => {
      await page.setViewportSize({width, height: 800});
      await page.goto(GANS);
      const brand = page.locator('.navbar__inner .navbar__brand');
      await expect(brand).toHaveAccessibleName(/Generative AI, explained/);
      const search = page.getByRole('searchbox').first();
      await expect(search).toBeVisible();
      const [a, b] = [await brand.boundingBox(), await search.boundingBox()];
      if (!a || !b) throw new Error('brand or search box has no box');
      expect(a.x + a.width, 'the brand ends before the search box starts').toBeLessThanOrEqual(b.x);
    });
  }

  test.describe('the menu drawer', () => {
    // Idle callbacks are held back, so the drawer cannot mount in an idle period here:
    // it must mount because the reader opened the menu (src/utils/useIdleMount.ts).
    test.beforeEach(async ({page}) => {
      await page.addInitScript(() => {
        const held: IdleRequestCallback[] = [];
        (window as unknown as {releaseIdle: () => void}).releaseIdle = () => {
          for (const callback of held.splice(0)) callback({didTimeout: false, timeRemaining: () => 50});
        };
        window.requestIdleCallback = (callback) => held.push(callback);
        window.cancelIdleCallback = () => {};
      });
      await page.setViewportSize({width: 412, height: 800});
    });

    test("is not built during start-up, and opens at once on the note's sidebar", async ({page}) => {
      await page.goto(GANS);
      await waitForHydration(page);
      await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
      await page.getByRole('button', {name: /toggle navigation bar/i}).click();
      const drawer = page.locator('.navbar-sidebar');
      await expect(drawer).toBeVisible();
      await expect(drawer.locator(`a[aria-current="page"][href="${GANS}"]`)).toBeVisible();
      await drawer.getByRole('button', {name: /back to main menu/i}).click();
      await expect(drawer.getByRole('link', {name: 'Glossary'})).toBeVisible();
    });

    test('is built in an idle moment, ahead of the first tap', async ({page}) => {
      await page.goto(GANS);
      await waitForHydration(page);
      // The sidebar is pushed into the drawer in the first idle period, the drawer mounts in the second.
      await page.evaluate(() => (window as unknown as {releaseIdle: () => void}).releaseIdle());
      await page.waitForTimeout(100);
      await page.evaluate(() => (window as unknown as {releaseIdle: () => void}).releaseIdle());
      await expect(page.locator('.navbar-sidebar')).toHaveCount(1);
      await expect(page.locator('.navbar-sidebar')).toBeHidden();
      await expect(page.locator(`.navbar-sidebar a[aria-current="page"][href="${GANS}"]`)).toHaveCount(1);
    });

    test('opens another note from the sidebar, and closes', async ({page}) => {
      await page.goto(GANS);
      await waitForHydration(page);
      await page.getByRole('button', {name: /toggle navigation bar/i}).click();
      const drawer = page.locator('.navbar-sidebar');
      const sibling = drawer.locator(`a.menu__link[href^="/docs/models/"]:not([href="${GANS}"])`).first();
      const target = await sibling.getAttribute('href');
      await sibling.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(drawer).toBeHidden();
      await expect(page.locator('h1')).not.toHaveText(/adversarial/i);
    });

    test('keeps the table of contents for a phone only', async ({page}) => {
      await page.goto(GANS);
      await waitForHydration(page);
      await expect(page.locator('.theme-doc-toc-mobile')).toBeVisible();
      await expect(page.locator('.theme-doc-toc-desktop')).toHaveCount(0);
    });
  });
});
