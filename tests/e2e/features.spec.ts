/**
 * The reader features of the site, each driven as a reader would use it.
 */
import {expect, expectNoAxeViolations, test, waitForHydration} from './fixtures';

const KITCHEN_SINK = '/docs/kitchen-sink/markdown-features';

test.describe('navigation', () => {
  test('the sidebar leads from a section to a note and marks it current', async ({page}) => {
    await page.goto('/docs/models');
    await waitForHydration(page);
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    await sidebar.getByRole('link', {name: 'Models and techniques'}).first().isVisible();
    const firstNote = page.locator('.theme-doc-sidebar-menu a.menu__link[href^="/docs/models/"]').first();
    const href = await firstNote.getAttribute('href');
    await firstNote.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(
      page.locator(`.theme-doc-sidebar-menu a[aria-current="page"][href="${href}"]`),
    ).toBeVisible();
    await expect(page.locator('article h1')).toBeVisible();
  });

  test('the landing page shows the learning paths and a topic map', async ({page}) => {
    await page.goto('/');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Generative AI, explained');
    await expect(page.getByRole('heading', {level: 2, name: 'Learning paths'})).toBeVisible();
    for (const name of [
      'New to generative AI',
      'The models, with the math',
      'Impact, law and policy',
      'Using generative AI well',
    ]) {
      await expect(page.getByRole('heading', {level: 3, name})).toBeVisible();
    }
    await expect(page.getByRole('heading', {level: 2, name: 'Topic map'})).toBeVisible();
  });

  test('a note links to its source for editing and shows when it was last updated', async ({page}) => {
    await page.goto('/docs/models/gans');
    const edit = page.getByRole('link', {name: /edit this page/i});
    await expect(edit).toHaveAttribute(
      'href',
      /^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/main\/docs\/models\/gans\.mdx$/,
    );
    await expect(page.locator('.theme-last-updated')).toContainText(/Last updated/i);
    await expect(page.locator('.theme-last-updated time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
  });

  test('the sitemap lists the notes but not the test pages or tag pages', async ({request}) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    expect(xml).toContain('/docs/models/gans</loc>');
    expect(xml).toContain('/docs/glossary</loc>');
    expect(xml).not.toContain('kitchen-sink');
    expect(xml).not.toContain('/docs/tags/');
  });

  test('an unknown URL answers 404 with a helpful page', async ({page, problems}) => {
    problems.allowedConsoleErrors.push(/status of 404 .*no-such-note/);
    const response = await page.goto('/docs/no-such-note');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', {level: 1})).toContainText(/not found/i);
  });
});

test.describe('math, figures and Markdown features', () => {
  test('math is rendered by KaTeX into the static HTML, with self-hosted fonts', async ({page, browser}) => {
    // Without JavaScript: the formula must already be in the HTML.
    const noJs = await browser.newContext({javaScriptEnabled: false});
    const staticPage = await noJs.newPage();
    await staticPage.goto(KITCHEN_SINK);
    await expect(staticPage.locator('.katex-display').first()).toBeVisible();
    await expect(staticPage.locator('.katex-display .katex-mathml annotation').first()).toContainText(
      '\\sqrt{\\bar\\alpha_t}',
    );
    await noJs.close();

    // With JavaScript: KaTeX's fonts come from this site and actually load.
    const fontRequests: string[] = [];
    page.on('request', (r) => {
      if (/KaTeX_.*\.woff2/.test(r.url())) fontRequests.push(r.url());
    });
    await page.goto(KITCHEN_SINK);
    await page.evaluate(() => document.fonts.ready);
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    const box = await page.locator('.katex-display').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(20);
  });

  test('a figure is responsive, has a placeholder and alt text, and does not shift the layout', async ({
    page,
    request,
  }) => {
    // The static HTML offers every width in a srcset (this is what readers without
    // JavaScript and search engines get).
    const html = await (await request.get(KITCHEN_SINK)).text();
    expect(html).toMatch(/<img[^>]+srcset="[^"]*480w[^"]*1040w[^"]*1600w"/);

    // After hydration: a blurred placeholder of the right size, then the image sized
    // for this screen once it scrolls into view, with no layout shift.
    await page.goto(KITCHEN_SINK);
    await waitForHydration(page);
    const figure = page
      .locator('figure')
      .filter({has: page.locator('figcaption')})
      .first();
    await expect(figure.locator('div[style*="data:image"]')).toHaveCount(1);
    await figure.scrollIntoViewIfNeeded();
    const img = figure.locator('img');
    await expect(img).toHaveAttribute('alt', /blue disc/);
    await expect(img).toHaveAttribute('src', /\/assets\/ideal-img\/noising-steps\.[0-9a-f]+\.\d+\.png/);
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
      .toBe(true);
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as {value: number}).value;
          }).observe({type: 'layout-shift', buffered: true});
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(cls).toBeLessThan(0.01);
  });

  test('admonitions, tabs, code and details work', async ({page}) => {
    await page.goto(KITCHEN_SINK);
    await waitForHydration(page);
    await expect(page.locator('.markdown .theme-admonition')).toHaveCount(4);
    // Tabs mount their panels again after hydration: the code in them still shows
    // (highlighted, from the server's HTML) before the highlighter has loaded.
    await expect(page.getByRole('tabpanel').locator('.token-line')).toHaveText('Write about GANs.');
    await page.getByRole('tab', {name: 'Stronger prompt'}).click();
    await expect(page.getByRole('tabpanel')).toContainText('first-year student');
    await expect(page.locator('pre code').filter({hasText: 'np.cumprod'})).toBeVisible();
    await page.getByText('Show answer').click();
    await expect(page.getByText('Hidden until opened.')).toBeVisible();
  });
});

test.describe('colour theme', () => {
  test('follows the system preference and can be toggled', async ({page}) => {
    await page.emulateMedia({colorScheme: 'dark'});
    await page.goto('/');
    await waitForHydration(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const toggle = page.getByRole('button', {name: /dark mode|light mode|system mode|color mode/i});
    await toggle.click();
    await expect(html).not.toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('search', () => {
  test('the navbar box searches as you type and links to sections', async ({page}) => {
    await page.goto('/docs/glossary');
    await waitForHydration(page);
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', {name: 'Search the notes'}).first();
    await expect(box).toBeFocused();
    await box.fill('diffusion');
    const panel = page.locator('[role="status"]', {hasText: /found for/});
    await expect(panel).toBeVisible();
    const firstResult = page.locator('nav.navbar a[href*="/docs/"]').filter({hasText: /./}).first();
    await expect(firstResult).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=diffusion$/);
  });

  test('Ctrl+K also focuses the box', async ({page}) => {
    await page.goto('/');
    await waitForHydration(page);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', {name: 'Search the notes'}).first()).toBeFocused();
  });

  test('/search?q= shows highlighted matches linked to section anchors', async ({page}) => {
    await page.goto('/search?q=attention');
    await expect(page.getByRole('status')).toContainText(/found for “attention”/);
    await expect(page.locator('main ol li mark').first()).toBeVisible();
    const sectionLinks = page.locator('main ol li ul a[href*="#"]');
    await expect(sectionLinks.first()).toBeVisible();
    const href = (await sectionLinks.first().getAttribute('href')) ?? '';
    await sectionLinks.first().click();
    await expect(page).toHaveURL(new RegExp(href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'));
    const anchor = href.split('#')[1] ?? '';
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });

  test('/search shows ten results first, then more on request, focusing the first new one', async ({
    page,
  }) => {
    await page.goto('/search?q=model');
    const results = page.locator('main ol > li > h2 a');
    await expect(results).toHaveCount(10);
    const status = await page.getByRole('status').textContent();
    const total = Number(/(\d+) pages found/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    await page.getByRole('button', {name: /Show more results/}).click();
    await expect(results).toHaveCount(Math.min(20, total));
    await expect(results.nth(10)).toBeFocused();
  });

  test('a typo inside a phrase is corrected, with a link to search the words as typed', async ({page}) => {
    await page.goto('/search?q=mode%20colapse');
    const status = page.getByRole('status');
    await expect(status).toContainText(
      'Showing results for mode collapse — search instead for mode colapse.',
    );
    await expect(page.locator('main ol > li > h2 a').first()).toHaveAttribute('href', '/docs/models/gans');
    const corrected = status.getByRole('link', {name: 'mode collapse'});
    await expect(corrected).toHaveAttribute('href', '/search?q=mode%20collapse');
    await status.getByRole('link', {name: 'mode colapse'}).click();
    await expect(page).toHaveURL(/\/search\?q=mode%20colapse&typed=1$/);
    await expect(status).not.toContainText('Showing results for');
    await expect(status).toContainText('“mode colapse”');
  });

  test('the navbar box corrects typos too, and shows what the search page shows', async ({page}) => {
    await page.goto('/search?q=difusion');
    const pageResults = page.locator('main ol > li > h2 a');
    await expect(page.getByRole('status')).toContainText('Showing results for diffusion');
    const expected = await pageResults.evaluateAll((links) =>
      links.slice(0, 5).map((a) => a.getAttribute('href')),
    );
    await page.goto('/docs/glossary');
    await waitForHydration(page);
    const box = page.getByRole('searchbox', {name: 'Search the notes'}).first();
    await box.fill('difusion');
    const panel = page.locator('nav.navbar');
    await expect(panel.getByRole('status')).toContainText(
      'Showing results for diffusion — search instead for difusion.',
    );
    const dropdown = panel.locator('ol > li > h3 a');
    await expect(dropdown.first()).toBeVisible();
    expect(await dropdown.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(expected);
  });

  test('a word no page uses lists the pages that match the other words, apart', async ({page}) => {
    await page.goto('/search?q=diffusion%20qqqqqqqqqq');
    // A first search on a cold page; the machines running the tests are shared.
    await expect(page.getByRole('status')).toContainText(
      /No page matches every word of “diffusion qqqqqqqqqq”; \d+ pages match most of them\./,
      {timeout: 15_000},
    );
    await expect(page.getByText('Pages that match most of the words:')).toBeVisible();
    await expect(page.locator('main ol > li > h2 a').first()).toHaveAttribute(
      'href',
      '/docs/models/diffusion-models',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the correction, partial matches and the open navbar panel pass axe (${colorScheme} theme)`, async ({
      page,
    }) => {
      await page.emulateMedia({colorScheme});
      await page.goto('/search?q=difusion%20qqqqqqqqqq');
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.getByRole('status')).toContainText('Showing results for diffusion', {
        timeout: 15_000,
      });
      await expect(page.getByText('Pages that match most of the words:')).toBeVisible();
      await expectNoAxeViolations(page);
      const box = page.getByRole('searchbox', {name: 'Search the notes'}).first();
      await box.fill('transfomer');
      await expect(page.locator('nav.navbar').getByRole('status')).toContainText(
        'Showing results for transformer',
        {
          timeout: 15_000,
        },
      );
      await expectNoAxeViolations(page);
    });
  }

  test('a note downloads nothing of the search until the reader turns to the search box', async ({page}) => {
    const searchFiles: string[] = [];
    page.on('request', (request) => {
      const {pathname} = new URL(request.url());
      if (pathname.startsWith('/pagefind/')) searchFiles.push(pathname);
    });
    await page.goto('/docs/models/vaes');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(searchFiles, 'search files a note loads by itself').toEqual([]);
    await page.keyboard.press('/');
    await expect
      .poll(() => searchFiles)
      .toEqual(
        expect.arrayContaining([
          '/pagefind/pagefind.js',
          '/pagefind/vocabulary.json',
          '/pagefind/synonyms.json',
        ]),
      );
  });

  test('markup and script in ?q= stay text', async ({page}) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script><b>bold</b>';
    await page.goto(`/search?q=${encodeURIComponent(markup)}`);
    await expect(page.getByRole('status')).not.toHaveText(/Searching/);
    await expect(page.locator('#search-page-input')).toHaveValue(markup);
    await expect(page.locator('main img, main b, main script')).toHaveCount(0);
    await expect(page).toHaveTitle(/^Search: <img src=x/);
    expect(dialogs).toEqual([]);
  });

  for (const [what, query] of [
    ['punctuation only', '?!… --- *** ;;'],
    ['emoji', '🤖🎨✨'],
    ['whitespace', '   \t   '],
    ['a long run of one letter', 'a'.repeat(300)],
    ['a string of markup', '<div><p><b></b><i></i></p></div>'],
    ['only small words', 'what is the'],
  ]) {
    test(`a query with no meaningful word (${what}) finds no results`, async ({page}) => {
      await page.goto(`/search?q=${encodeURIComponent(query ?? '')}`);
      const status = page.getByRole('status');
      if (query?.trim() === '') await expect(status).toContainText('Type a word or phrase');
      else await expect(status).toContainText('No results for');
      await expect(page.locator('main ol > li')).toHaveCount(0);
    });
  }

  test('a 10,000-character query is cut to a sensible length, with a note, and the page stays responsive', async ({
    page,
  }) => {
    const long = Array.from({length: 1000}, (_, i) => (i % 2 ? 'diffusion' : 'noise'))
      .join(' ')
      .slice(0, 10_000);
    await page.goto(`/search?q=${encodeURIComponent(long)}`);
    const status = page.getByRole('status');
    await expect(status).toContainText(
      'Your query was long, so only its first 120 characters were searched.',
    );
    await expect(page.locator('main ol > li').first()).toBeVisible();
    // The page still answers: typing a new query replaces the results.
    await page.locator('#search-page-input').fill('ELBO');
    await page.locator('#search-page-input').press('Enter');
    await expect(status).toContainText('found for “ELBO”');
  });

  test('test pages are not searchable', async ({page}) => {
    await page.goto('/search?q=kitchen%20sink');
    await expect(page.getByRole('status')).not.toHaveText(/Searching/);
    await expect(page.locator('main a[href*="kitchen-sink"]')).toHaveCount(0);
  });
});
