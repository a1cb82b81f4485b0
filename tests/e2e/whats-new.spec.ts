/**
 * Dated updates, /whats-new and its feeds, in the built site. The expected entries are read
 * here from the notes' front matter (docs/**), independently of the plugin that builds the
 * page, so the page, the feeds and the notes are each checked against the source.
 *
 * - every note with updates shows its newest under the title; older ones are folded into
 *   a native <details> that opens without JavaScript;
 * - /whats-new lists every update of every listed note, newest first, each linking to its
 *   note (and section), also without JavaScript, and is axe-clean in both themes;
 * - the RSS and Atom feeds parse as XML (Chromium's DOMParser), hold the same entries, and
 *   every item's link answers 200 with its #section present;
 * - /whats-new is in the sitemap, the footer and every page's feed links.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type {Page} from '@playwright/test';
import {expect, expectNoAxeViolations, test, waitForHydration} from './fixtures';

type Expected = {date: string; summary: string; title: string; url: string; section?: string};
type Note = {file: string; title: string; url: string; unlisted: boolean; updates: Expected[]};

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};

/** Every doc under docs/ with its updates, read from the front matter as written. */
function readNotes(): Note[] {
  const notes: Note[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(full, 'utf8'))?.[1] ?? '';
        const fm = (yaml.load(block) ?? {}) as Record<string, unknown>;
        const title = String(fm.title);
        const url = `/docs${String(fm.slug)}`;
        const list = Array.isArray(fm.updates) ? (fm.updates as Record<string, unknown>[]) : [];
        notes.push({
          file: path.relative(process.cwd(), full),
          title,
          url,
          unlisted: fm.unlisted === true,
          updates: list.map((u) => ({
            date: u.date instanceof Date ? u.date.toISOString().slice(0, 10) : String(u.date),
            summary: String(u.summary).trim().replace(/\s+/g, ' '),
            title,
            url,
            ...(u.section === undefined ? {} : {section: String(u.section)}),
          })),
        });
      }
    }
  };
  walk(path.join(process.cwd(), 'docs'));
  return notes;
}

const notes = readNotes();
const expected = notes.filter((n) => !n.unlisted).flatMap((n) => n.updates);
const key = (e: {date: string; title: string; summary: string}) => `${e.date} | ${e.title} | ${e.summary}`;
const linkOf = (e: Expected) => (e.section === undefined ? e.url : `${e.url}#${e.section}`);

test('the notes carry at least five dated updates to announce', () => {
  expect(expected.length, 'updates in listed notes (docs/**: front matter "updates")').toBeGreaterThanOrEqual(
    5,
  );
});

/** Each path answers 200 and, when it has a #fragment, its page has an element with that id. */
async function expectResolves(page: Page, paths: string[]): Promise<void> {
  const problems = await page.evaluate(async (list) => {
    const found: string[] = [];
    for (const target of [...new Set(list)]) {
      const [pathname = '', hash] = target.split('#');
      const response = await fetch(pathname);
      if (response.status !== 200) {
        found.push(`${target}: HTTP ${response.status}`);
        continue;
      }
      if (hash) {
        const html = new DOMParser().parseFromString(await response.text(), 'text/html');
        if (!html.getElementById(decodeURIComponent(hash)))
          found.push(`${target}: no element with id "${hash}"`);
      }
    }
    return found;
  }, paths);
  expect(problems, 'links that do not resolve in the build').toEqual([]);
}

/** The entries /whats-new shows, as the page's HTML has them. */
async function entriesOnPage(page: Page) {
  return page.locator('main li').evaluateAll((items) =>
    items.map((li) => {
      const links = Array.from(li.querySelectorAll('a'));
      const text = li.querySelector('p')?.textContent ?? '';
      const title = links[0]?.textContent ?? '';
      const see = links[1] ? ` See ${links[1].textContent ?? ''}.` : '';
      return {
        date: li.querySelector('time')?.getAttribute('datetime') ?? '',
        shownDate: li.querySelector('time')?.textContent ?? '',
        title,
        // "Title: summary[ See Section.]"
        summary: text.slice(title.length + 2, text.length - see.length),
        hrefs: links.map((a) => a.getAttribute('href') ?? ''),
      };
    }),
  );
}

test.describe('/whats-new', () => {
  test('lists every update of every listed note, newest first, linking to the note and section', async ({
    page,
  }) => {
    // Fetches every announced note: give it time on a busy machine.
    test.slow();
    await page.goto('/whats-new');
    await expect(page.locator('h1')).toHaveText("What's new");
    const shown = await entriesOnPage(page);
    expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
    const dates = shown.map((e) => e.date);
    expect(dates, 'newest first').toEqual([...dates].sort().reverse());
    for (const entry of shown) expect(entry.shownDate).toBe(longDate(entry.date));
    for (const want of expected) {
      const entry = shown.find((e) => key(e) === key(want));
      expect(entry?.hrefs, key(want)).toEqual(
        want.section === undefined ? [want.url] : [want.url, linkOf(want)],
      );
    }
    // Unlisted test pages have updates too (the kitchen sink), but are never announced.
    const unlisted = notes.filter((n) => n.unlisted).flatMap((n) => n.updates);
    expect(unlisted.length).toBeGreaterThan(0);
    for (const entry of unlisted) expect(shown.map((e) => e.summary)).not.toContain(entry.summary);
    await expectResolves(
      page,
      shown.flatMap((e) => e.hrefs),
    );
  });

  test('a section link opens the note at that section', async ({page}) => {
    const withSection = expected.find((e) => e.section !== undefined);
    expect(withSection, 'at least one update names a section').toBeDefined();
    if (!withSection?.section) return;
    await page.goto('/whats-new');
    await waitForHydration(page);
    await page
      .locator(`main a[href="${linkOf(withSection)}"]`)
      .first()
      .click();
    await expect(page).toHaveURL(
      new RegExp(`${linkOf(withSection).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    );
    await expect(page.locator(`[id="${withSection.section}"]`)).toBeInViewport();
  });

  test('is complete without JavaScript', async ({browser, baseURL}) => {
    const context = await browser.newContext({javaScriptEnabled: false, baseURL});
    const page = await context.newPage();
    await page.goto('/whats-new');
    await expect(page.locator('main li')).toHaveCount(expected.length);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${colorScheme} theme`, async ({page}) => {
      await page.emulateMedia({colorScheme});
      await page.goto('/whats-new');
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expectNoAxeViolations(page);
    });
  }

  test('is in the sitemap, the footer and every page head', async ({page, request}) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toMatch(/<loc>[^<]*\/whats-new<\/loc>/);
    for (const path of ['/', '/docs/models/gans', '/whats-new']) {
      await page.goto(path);
      await expect(page.locator('footer').getByRole('link', {name: "What's new"})).toHaveAttribute(
        'href',
        '/whats-new',
      );
      await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
        'href',
        '/whats-new/rss.xml',
      );
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
        'href',
        '/whats-new/atom.xml',
      );
    }
  });
});

test.describe('the feeds', () => {
  test('RSS and Atom parse as XML, hold every entry, and every item link resolves', async ({page}) => {
    // Fetches every announced note: give it time on a busy machine.
    test.slow();
    await page.goto('/whats-new');
    // Both feeds are linked from the page.
    await expect(page.getByRole('link', {name: 'RSS feed'})).toHaveAttribute('href', '/whats-new/rss.xml');
    await expect(page.getByRole('link', {name: 'Atom feed'})).toHaveAttribute('href', '/whats-new/atom.xml');
    const feeds = await page.evaluate(async () => {
      const read = async (url: string) => {
        const response = await fetch(url);
        const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
        return {status: response.status, type: response.headers.get('content-type') ?? '', xml};
      };
      const rss = await read('/whats-new/rss.xml');
      const atom = await read('/whats-new/atom.xml');
      const text = (el: Element | null | undefined) => el?.textContent ?? '';
      return {
        rss: {
          status: rss.status,
          type: rss.type,
          errors: rss.xml.getElementsByTagName('parsererror').length,
          root: rss.xml.documentElement.nodeName,
          self: rss.xml.getElementsByTagName('atom:link')[0]?.getAttribute('href') ?? '',
          link: text(rss.xml.querySelector('channel > link')),
          updated: text(rss.xml.querySelector('channel > lastBuildDate')),
          items: Array.from(rss.xml.querySelectorAll('item')).map((item) => ({
            title: text(item.querySelector('title')),
            link: text(item.querySelector('link')),
            date: text(item.querySelector('pubDate')),
          })),
        },
        atom: {
          status: atom.status,
          type: atom.type,
          errors: atom.xml.getElementsByTagName('parsererror').length,
          root: atom.xml.documentElement.nodeName,
          namespace: atom.xml.documentElement.namespaceURI,
          self: atom.xml.querySelector('feed > link[rel="self"]')?.getAttribute('href') ?? '',
          link: atom.xml.querySelector('feed > link[rel="alternate"]')?.getAttribute('href') ?? '',
          updated: text(atom.xml.querySelector('feed > updated')),
          items: Array.from(atom.xml.querySelectorAll('entry')).map((entry) => ({
            title: text(entry.querySelector('title')),
            link: entry.querySelector('link')?.getAttribute('href') ?? '',
            date: text(entry.querySelector('updated')),
          })),
        },
      };
    });
    const newest = [...expected].sort((a, b) => b.date.localeCompare(a.date))[0]?.date ?? '';
    const wantTitles = expected.map((e) => `${e.title}: ${e.summary}`).sort();
    const wantLinks = expected.map(linkOf).sort();
    for (const [name, feed] of Object.entries(feeds)) {
      expect(feed.status, `${name} HTTP status`).toBe(200);
      expect(feed.errors, `${name} is well-formed XML`).toBe(0);
      expect(feed.items.map((i) => i.title).sort(), `${name} items`).toEqual(wantTitles);
      const paths = feed.items.map((i) => {
        const url = new URL(i.link);
        return `${url.pathname}${url.hash}`;
      });
      expect(paths.sort(), `${name} item links`).toEqual(wantLinks);
      expect(new URL(feed.link).pathname, `${name} links to the page`).toBe('/whats-new');
      expect(new Date(feed.updated).toISOString().slice(0, 10), `${name} updated = newest entry`).toBe(
        newest,
      );
      const dates = feed.items.map((i) => new Date(i.date).toISOString().slice(0, 10));
      expect(dates, `${name} newest first`).toEqual([...dates].sort().reverse());
    }
    // Both feeds hold the same links (checked above): fetch each page once.
    await expectResolves(page, wantLinks);
    expect(feeds.rss.root).toBe('rss');
    expect(new URL(feeds.rss.self).pathname).toBe('/whats-new/rss.xml');
    expect(feeds.atom.root).toBe('feed');
    expect(feeds.atom.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(new URL(feeds.atom.self).pathname).toBe('/whats-new/atom.xml');
  });
});

test.describe('update notes on a note', () => {
  const updated = notes.filter((n) => n.updates.length > 0);

  test('the notes carry updates', () => {
    expect(updated.filter((n) => !n.unlisted).length).toBeGreaterThan(0);
  });

  for (const note of updated) {
    const [newest] = note.updates;
    test(`${note.url} shows its newest update under the title`, async ({page}) => {
      await page.goto(note.url);
      const line = page
        .locator('article header')
        .getByText(/^Updated /)
        .locator('..');
      await expect(line).toContainText(`Updated ${longDate(newest?.date ?? '')}: ${newest?.summary}`);
      if (newest?.section !== undefined) {
        await expect(line.locator(`a[href="#${newest.section}"]`)).toHaveCount(1);
      }
    });
  }

  // The kitchen-sink test page has three updates: one shown, two folded away.
  const sink = notes.find((n) => n.url === '/docs/kitchen-sink/markdown-features');

  test('older updates are folded into a <details> that opens without JavaScript', async ({
    browser,
    baseURL,
  }) => {
    expect(sink?.updates.length, 'the kitchen sink has three updates').toBe(3);
    const [newest, ...older] = sink?.updates ?? [];
    const context = await browser.newContext({javaScriptEnabled: false, baseURL});
    const page = await context.newPage();
    await page.goto('/docs/kitchen-sink/markdown-features');
    const header = page.locator('article header');
    await expect(header.getByText(newest?.summary ?? '-')).toBeVisible();
    const details = header.locator('details');
    await expect(details).not.toHaveAttribute('open');
    await expect(details.locator('summary')).toHaveText(`Earlier updates (${older.length})`);
    for (const entry of older) await expect(header.getByText(entry.summary)).toBeHidden();
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open');
    for (const entry of older) {
      await expect(header.getByText(entry.summary)).toBeVisible();
      await expect(details.locator('li', {hasText: entry.summary}).locator('time')).toHaveText(
        longDate(entry.date),
      );
    }
    await context.close();
  });

  test('a section link jumps to that section', async ({page}) => {
    const newest = sink?.updates[0];
    expect(newest?.section).toBeDefined();
    await page.goto('/docs/kitchen-sink/markdown-features');
    await waitForHydration(page);
    await page.locator('article header').locator(`a[href="#${newest?.section}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${newest?.section}$`));
    await expect(page.locator(`[id="${newest?.section}"]`)).toBeInViewport();
  });
});
