/**
 * Progress kept in the browser: "Mark as read" at the end of a note, the mark in the
 * sidebar, each learning path's count and next page on the landing page, the last quiz
 * score, and "Your progress" (reset, export, import with its checks). None of it is in
 * the server HTML; it appears after hydration without a layout shift, survives reloads
 * and agrees across tabs. (Offline: tests/e2e/offline.spec.ts.)
 */
import {readFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {LEARNING_PATHS} from '../../src/data/learning-paths';
import {expect, expectNoAxeViolations, test, waitForHydration} from './fixtures';

const GANS = '/docs/models/gans';
const KEY = 'genai-kb-progress:/';
// The path that holds the GANs note, read from the data so a new path changes nothing here.
const PATH = LEARNING_PATHS.find((path) => path.steps.some((step) => step.doc === 'models/gans'));
if (!PATH) throw new Error('no learning path holds models/gans');
const FIRST = PATH.steps[0];
const SECOND = PATH.steps[1];
if (!FIRST || !SECOND) throw new Error(`path "${PATH.id}" has fewer than two steps`);

// Most tests load several pages, and the machines running them are shared.
test.describe.configure({timeout: 60_000});

const markButton = (page: Page) => page.getByRole('button', {name: /^Mark(ed)? as read$/});
const sidebarLink = (page: Page, href: string) => page.locator(`.theme-doc-sidebar-menu a[href="${href}"]`);
const pathCard = (page: Page, id: string) => page.locator(`div:has(> h3[id="${id}"])`);
const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), KEY);

/** Whether the sidebar link shows its check mark (drawn by ::after) and says "read". */
async function sidebarMark(page: Page, href: string): Promise<{name: string | null; tick: string}> {
  const link = sidebarLink(page, href);
  return {
    name: await link.getAttribute('aria-label'),
    tick: await link.evaluate((a) => getComputedStyle(a, '::after').maskImage),
  };
}

async function openNote(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

async function markAsRead(page: Page, path: string): Promise<void> {
  await openNote(page, path);
  await page.getByRole('button', {name: 'Mark as read'}).click();
  await expect(page.getByRole('button', {name: 'Marked as read'})).toBeVisible();
}

test.describe('Mark as read', () => {
  test('is not in the server HTML as progress: the button waits, disabled and unmarked', async ({
    request,
  }) => {
    const html = await (await request.get(GANS)).text();
    // The build minifies the HTML: attribute quotes may be gone.
    expect(html).toMatch(/<button[^>]*disabled[^>]*data-read="?false/);
    expect(html).not.toMatch(/data-read="?true/);
    expect(html).not.toContain('(read)');
  });

  test('toggles, survives a reload, and marks the note in the sidebar', async ({page}) => {
    await openNote(page, GANS);
    const button = markButton(page);
    await expect(button).toHaveAccessibleName('Mark as read');
    await expect(button).toBeEnabled();
    expect(await sidebarMark(page, GANS)).toEqual({name: null, tick: 'none'});
    const width = await button.evaluate((b) => b.getBoundingClientRect().width);

    await button.click();
    await expect(button).toHaveAccessibleName('Marked as read');
    // Same size in both states: the labels share one cell.
    expect(await button.evaluate((b) => b.getBoundingClientRect().width)).toBe(width);
    const mark = await sidebarMark(page, GANS);
    expect(mark.name).toMatch(/^Generative adversarial networks.* \(read\)$/);
    expect(mark.tick).toContain('data:image/svg+xml');
    await expect(page.getByRole('link', {name: /\(read\)$/})).toHaveCount(1);
    expect(JSON.parse((await stored(page)) ?? '{}').read).toHaveProperty(['models/gans']);

    await page.reload();
    await waitForHydration(page);
    await expect(markButton(page)).toHaveAccessibleName('Marked as read');
    expect((await sidebarMark(page, GANS)).name).toMatch(/\(read\)$/);

    await markButton(page).click();
    await expect(markButton(page)).toHaveAccessibleName('Mark as read');
    expect(await sidebarMark(page, GANS)).toEqual({name: null, tick: 'none'});
    await page.reload();
    await waitForHydration(page);
    await expect(markButton(page)).toHaveAccessibleName('Mark as read');
  });

  test('two tabs agree', async ({page, context}) => {
    await openNote(page, GANS);
    const other = await context.newPage();
    await openNote(other, GANS);
    await markButton(page).click();
    await expect(markButton(other)).toHaveAccessibleName('Marked as read');
    await expect(sidebarLink(other, GANS)).toHaveAttribute('aria-label', /\(read\)$/);
    await other.close();
  });

  test('records the last quiz score of the note', async ({page}) => {
    await openNote(page, GANS);
    const line = page.getByText(/^(Check your answers|Your last score here)/);
    await expect(line).toHaveText('Check your answers: your last score is kept in this browser.');
    // The note's quiz, not the playground's settings (also fieldsets) above it.
    const questions = page.locator('[data-quiz] > fieldset');
    const total = await questions.count();
    expect(total).toBeGreaterThanOrEqual(3);
    // Find the first question's answer by trying each choice.
    const first = questions.first();
    const radios = first.getByRole('radio');
    for (let i = 0; i < (await radios.count()); i += 1) {
      await radios.nth(i).check();
      await first.getByRole('button', {name: 'Check'}).click();
      if (((await first.getByRole('status').textContent()) ?? '').startsWith('Correct')) break;
    }
    await expect(first.getByRole('status')).toContainText('Correct.');
    await expect(line).toHaveText(
      new RegExp(`^Your last score here: 1 of ${total} right, on \\d+ \\w+ \\d{4}\\.$`),
    );
    await page.reload();
    await waitForHydration(page);
    await expect(line).toHaveText(new RegExp(`^Your last score here: 1 of ${total} right`));
  });
});

test.describe('learning paths', () => {
  test('each path shows how much of it is read and links to the next page', async ({page, request}) => {
    // None of it in the server HTML.
    const html = await (await request.get('/')).text();
    expect(html).not.toMatch(/\d+ of \d+ read/);

    await page.goto('/');
    await waitForHydration(page);
    for (const path of LEARNING_PATHS) {
      const card = pathCard(page, path.id);
      await expect(card).toContainText(`0 of ${path.steps.length} read`);
      await expect(card.getByRole('link', {name: path.steps[0]?.title})).toHaveCount(2);
    }

    await markAsRead(page, GANS);
    await markAsRead(page, `/docs/${FIRST.doc}`);
    await page.goto('/');
    await waitForHydration(page);
    const card = pathCard(page, PATH.id);
    await expect(card).toContainText(`2 of ${PATH.steps.length} read`);
    // The first page of the path not read yet.
    await expect(card.getByText(/^Next: /)).toHaveText(`Next: ${SECOND.title}`);
    await card
      .getByText(/^Next: /)
      .getByRole('link')
      .click();
    await expect(page).toHaveURL(new RegExp(`/docs/${SECOND.doc}$`));
    await expect(page.getByRole('heading', {level: 1})).toHaveText(SECOND.title, {timeout: 15_000});
  });
});

test.describe('Your progress', () => {
  const panel = (page: Page) => page.getByRole('region', {name: 'Your progress'});
  const status = (page: Page) => panel(page).getByRole('status');

  test('resets, after the reader confirms', async ({page}) => {
    await markAsRead(page, GANS);
    await page.goto('/');
    await waitForHydration(page);
    await expect(panel(page)).toContainText('This browser keeps 1 note read and 0 quiz scores.');

    page.once('dialog', (dialog) => void dialog.dismiss());
    await panel(page).getByRole('button', {name: 'Reset my progress'}).click();
    await expect(status(page)).toHaveText('Your progress is unchanged.');
    expect(await stored(page)).not.toBeNull();

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('This forgets 1 note read and 0 quiz scores');
      void dialog.accept();
    });
    await panel(page).getByRole('button', {name: 'Reset my progress'}).click();
    await expect(status(page)).toHaveText(/^Your progress is reset/);
    await expect(panel(page)).toContainText('Nothing kept yet.');
    await expect(pathCard(page, PATH.id)).toContainText(`0 of ${PATH.steps.length} read`);
    expect(await stored(page)).toBeNull();
    await openNote(page, GANS);
    await expect(markButton(page)).toHaveAccessibleName('Mark as read');
  });

  test('exports to a JSON file that imports again', async ({page}) => {
    await markAsRead(page, GANS);
    await markAsRead(page, `/docs/${FIRST.doc}`);
    await page.goto('/');
    await waitForHydration(page);

    const downloading = page.waitForEvent('download');
    await panel(page).getByRole('button', {name: 'Export my progress'}).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^generative-ai-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toEqual({
      version: 1,
      read: {[FIRST.doc]: expect.any(String), 'models/gans': expect.any(String)},
      quiz: {},
    });

    page.once('dialog', (dialog) => void dialog.accept());
    await panel(page).getByRole('button', {name: 'Reset my progress'}).click();
    await expect(pathCard(page, PATH.id)).toContainText(`0 of ${PATH.steps.length} read`);

    // The file as the reader's browser saved it, under its suggested name.
    const name = download.suggestedFilename();
    await panel(page)
      .getByLabel('Import progress from an exported file')
      .setInputFiles({name, mimeType: 'application/json', buffer: readFileSync(file)});
    await expect(status(page)).toHaveText(
      `Imported 2 notes read and 0 quiz scores from ${name}, added to what this browser had.`,
    );
    await expect(pathCard(page, PATH.id)).toContainText(`2 of ${PATH.steps.length} read`);
    expect(JSON.parse((await stored(page)) ?? '{}')).toEqual(exported);
    await openNote(page, GANS);
    await expect(markButton(page)).toHaveAccessibleName('Marked as read');
  });

  test('refuses a wrong file with a clear message and changes nothing', async ({page}) => {
    await markAsRead(page, GANS);
    await page.goto('/');
    await waitForHydration(page);
    const before = await stored(page);
    const input = panel(page).getByLabel('Import progress from an exported file');
    const cases: [string, string, string][] = [
      ['notes.txt', 'Some notes, not JSON', 'The file is not JSON'],
      ['old.json', '{"version": 2, "read": {}}', 'this site reads version 1'],
      [
        'elsewhere.json',
        '{"version": 1, "read": {"models/unicorns": "2026-12-01T10:00:00.000Z"}}',
        'this site does not have: "models/unicorns"',
      ],
      ['odd.json', '{"version": 1, "quiz": {"models/gans": {"score": 9, "total": 4}}}', '"score" must be'],
    ];
    for (const [name, text, why] of cases) {
      await input.setInputFiles({name, mimeType: 'application/json', buffer: Buffer.from(text)});
      await expect(status(page)).toContainText(`Nothing was imported from ${name}. `);
      await expect(status(page)).toContainText(why);
    }
    expect(await stored(page)).toBe(before);
    await expect(panel(page)).toContainText('This browser keeps 1 note read and 0 quiz scores.');
  });
});

test.describe('no layout shift', () => {
  // A note without formulas: on notes with math, KaTeX's fonts arriving shift a few
  // glyphs, with or without progress, which would hide what this test looks for.
  const NOTE = `/docs/${LEARNING_PATHS[0]?.steps[0]?.doc ?? ''}`;
  const NOTE_ID = NOTE.replace('/docs/', '');

  const READ = [...new Set([...PATH.steps.slice(0, 3).map((step) => step.doc), 'models/gans', NOTE_ID])];

  // Progress stored before the page loads, and every layout shift from hydration on
  // recorded: progress appears only after hydration. (Before it, in a window as tall as
  // the note, a busy machine sometimes paints a block at its height guess for a frame,
  // which moves the footer; on a real screen those blocks are off screen. The static
  // page's own layout shift is Lighthouse's CLS, measured by npm run bench.)
  test.beforeEach(async ({page}) => {
    const read = Object.fromEntries(READ.map((doc) => [doc, '2026-12-01T09:00:00.000Z']));
    const progress = JSON.stringify({
      version: 1,
      read,
      quiz: {'models/gans': {score: 2, total: 4, at: '2026-12-01T09:00:00.000Z'}},
    });
    await page.addInitScript(
      ([key, value]) => {
        window.localStorage.setItem(key, value);
        const shifts: {value: number; at: number; sources: string[]}[] = [];
        const record = window as unknown as {shifts: typeof shifts; hydratedAt?: number};
        record.shifts = shifts;
        // Docusaurus sets <html data-has-hydrated="true"> once hydration has committed.
        new MutationObserver(() => {
          if (document.documentElement.dataset.hasHydrated === 'true')
            record.hydratedAt ??= performance.now();
        }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-has-hydrated']});
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources: {node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly}[];
          })[]) {
            shifts.push({
              value: entry.value,
              at: entry.startTime,
              // What moved, to name it in a failure.
              sources: entry.sources.map((source) => {
                const node = source.node;
                const name = node instanceof Element ? `${node.tagName}.${node.className}` : node?.nodeName;
                const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
                return `${name}: ${(node?.textContent ?? '').slice(0, 60)} (${rect(source.previousRect)} to ${rect(source.currentRect)})`;
              }),
            });
          }
        }).observe({type: 'layout-shift', buffered: true});
      },
      [KEY, progress] as const,
    );
  });

  const shifts = (page: Page) =>
    page.evaluate(() => {
      const record = window as unknown as {
        shifts: {value: number; at: number; sources: string[]}[];
        hydratedAt?: number;
      };
      if (record.hydratedAt === undefined) throw new Error('the page never hydrated');
      const hydratedAt = record.hydratedAt;
      return record.shifts
        .filter((shift) => shift.at >= hydratedAt)
        .map(({value, sources}) => ({value, sources}));
    });

  for (const width of [1280, 360]) {
    test(`on a note seen whole and on the landing page, ${width} px wide`, async ({page}) => {
      // A window taller than the note, so that a shift anywhere in it would count (and no
      // scroll bar comes or goes).
      await page.setViewportSize({width, height: 800});
      await openNote(page, NOTE);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({width, height: height + 1000});
      await openNote(page, NOTE);
      await expect(markButton(page)).toHaveAccessibleName('Marked as read');
      if (width > 996) await expect(sidebarLink(page, NOTE)).toHaveAttribute('aria-label', / \(read\)$/);
      await page.waitForTimeout(500);
      expect(await shifts(page)).toEqual([]);

      await page.setViewportSize({width, height: 800});
      await page.goto('/');
      const homeHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({width, height: homeHeight + 1000});
      await page.goto('/');
      await waitForHydration(page);
      await expect(pathCard(page, PATH.id)).toContainText(`3 of ${PATH.steps.length} read`);
      await expect(
        page.getByText(`This browser keeps ${READ.length} notes read and 1 quiz score.`),
      ).toBeAttached();
      await page.waitForTimeout(500);
      expect(await shifts(page)).toEqual([]);
    });
  }

  test('the quiz score line and the button take the same room in the server HTML', async ({page}) => {
    // Everything rendered (no skipped blocks), then the size of each part that fills in
    // after hydration and the distance from it to what follows. (The quiz above the line
    // changes at hydration on its own: its answers in <details> become buttons.)
    const measure = () =>
      page.evaluate(() => {
        document.querySelectorAll('.markdown').forEach((note) => note.classList.add('render-all'));
        const box = (element: Element | null | undefined) => {
          if (!element) throw new Error('missing element');
          return element.getBoundingClientRect();
        };
        const line = box(document.querySelector('[data-quiz]')?.lastElementChild);
        const button = box(document.querySelector('button[data-read]'));
        return {
          scoreLine: [line.width, line.height],
          scoreLineToFurtherReading: box(document.getElementById('further-reading')).top - line.top,
          button: [button.width, button.height],
          buttonToCitation: box(document.getElementById('cite-this-page')).top - button.top,
        };
      });
    // The server HTML alone: every script answered with nothing.
    await page.route(/\.js$/, (route) => route.fulfill({contentType: 'text/javascript', body: ''}));
    await page.goto(GANS);
    const before = await measure();
    await page.unroute(/\.js$/);

    await openNote(page, GANS);
    await expect(page.getByText(/^Your last score here: 2 of 4 right/)).toBeVisible();
    await expect(markButton(page)).toHaveAccessibleName('Marked as read');
    expect(await measure()).toEqual(before);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({colorScheme});

    test('the progress shown is accessible', async ({page}) => {
      // axe on a whole model page is slow on a shared machine.
      test.setTimeout(90_000);
      await markAsRead(page, GANS);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expectNoAxeViolations(page);
      await page.goto('/');
      await waitForHydration(page);
      await expect(pathCard(page, PATH.id)).toContainText(`1 of ${PATH.steps.length} read`);
      await expectNoAxeViolations(page);
    });
  });
}
