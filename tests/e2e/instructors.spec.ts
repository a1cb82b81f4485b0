/**
 * What instructors reuse: the quiz bank (/downloads/quiz-bank.gift parsed with a real GIFT
 * parser against the questions of the notes, and its Markdown twin), an explainer's embed
 * page (/embed/attention-explorer: alone, credited, noindex, out of the sitemap, axe-clean
 * in both themes, only its own component's code) framed from another origin through the
 * note's "Share or embed" snippet, and a diagram's "Download SVG" file.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'gift-pegjs';
import {listNotes} from '../../scripts/lib/notes.mjs';
import {PORT} from '../../playwright.config';
import {expect, expectNoAxeViolations, test, waitForHydration} from './fixtures';

const EMBED = '/embed/attention-explorer';

/** Self-check questions of the notes, counted from the raw MDX as tests/unit/content.test.ts finds them. */
function questionsInNotes(): number {
  return listNotes(process.cwd())
    .filter((file: string) => !file.includes(`${path.sep}kitchen-sink${path.sep}`))
    .reduce((total: number, file: string) => {
      const selfCheck =
        readFileSync(file, 'utf8').split('{/* #check-your-understanding */}')[1]?.split(/^## /m)[0] ?? '';
      return (
        total +
        (selfCheck.match(/^<Question[\s>]/gm) ?? []).length +
        (selfCheck.match(/<details>/g) ?? []).length
      );
    }, 0);
}

test.describe('the quiz bank', () => {
  test('is served as GIFT that parses and holds every self-check question of the site', async ({request}) => {
    const response = await request.get('/downloads/quiz-bank.gift');
    expect(response.status()).toBe(200);
    const questions = parse(await response.text()).filter((q) => q.type !== 'Category');
    const expected = questionsInNotes();
    expect(expected).toBeGreaterThanOrEqual(150);
    expect(questions).toHaveLength(expected);
    expect(questions.filter((q) => q.type === 'MC').length).toBeGreaterThanOrEqual(43);
    const gans = questions.find((q) => q.title === 'Generative adversarial networks (GANs) — question 1');
    expect(gans?.stem.text).toContain('\\(D^*(x)\\)');
  });

  test('and as Markdown with the answers', async ({request}) => {
    const response = await request.get('/downloads/quiz-bank.md');
    expect(response.status()).toBe(200);
    const markdown = await response.text();
    expect(markdown.match(/^### Question \d+$/gm)).toHaveLength(questionsInNotes());
    expect(markdown).toMatch(/^\*\*Answer:\*\* /m);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`an embed page, ${colorScheme} theme`, () => {
    test.use({colorScheme});

    test('shows the explainer alone with its credit, and is axe-clean', async ({page}) => {
      const response = await page.goto(EMBED);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.locator('.navbar, .theme-doc-sidebar-container, footer')).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.getByRole('heading', {level: 1})).toHaveText(/^Attention explorer/);
      const credit = page.locator('main p').last();
      await expect(credit).toHaveText(/^From Transformers.*, Generative AI, explained, CC BY 4\.0$/);
      await expect(credit.getByRole('link').first()).toHaveAttribute('href', '/docs/models/transformers');
      // The explainer works: choosing another query token changes the summary.
      const summary = page.locator('figure [aria-live="polite"]').first();
      const before = await summary.textContent();
      await page.getByRole('radio', {name: 'sat'}).check();
      await expect(summary).not.toHaveText(before ?? '');
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('an embed page', () => {
  test('loads its own component, not the other explainers, and is out of the sitemap', async ({
    page,
    request,
  }) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('.js')) scripts.push(await response.text());
    });
    await page.goto(EMBED);
    await waitForHydration(page);
    const code = scripts.join('\n');
    expect(code).toContain('is not a token of the sentence'); // AttentionExplorer's own message
    expect(code).not.toContain('initialTopK must be an integer'); // SamplingExplorer
    expect(code).not.toContain('spread (σ) must be positive'); // VaeLatentExplorer
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('/docs/models/transformers</loc>');
    expect(sitemap).not.toContain('/embed/');
  });
});

test.describe('"Share or embed" on a note', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  test('gives an iframe snippet that copies, and frames the embed page from another origin', async ({
    page,
  }) => {
    await page.goto('/docs/models/transformers');
    await waitForHydration(page);
    const share = page.locator('details[data-embed-share="attention-explorer"]');
    await expect(share).toHaveCount(1);
    // It follows the explorer's figure, and opens from the keyboard.
    await expect(share.locator('xpath=preceding-sibling::*[1]')).toHaveJSProperty('tagName', 'FIGURE');
    await share.locator('summary').focus();
    await page.keyboard.press('Enter');
    const box = share.getByRole('textbox', {name: /Embed this explorer/});
    await expect(box).toBeVisible();
    await expect(box).toHaveAttribute('readonly', '');
    const snippet = await box.inputValue();
    expect(snippet).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\/attention-explorer" title="Attention explorer: [^"]+" width="100%" height="\d+" [^>]*><\/iframe>$/,
    );
    await share.getByRole('button', {name: 'Copy'}).click();
    await expect(share.getByRole('status')).toHaveText('Copied the snippet to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // A course page on another origin (localhost, not 127.0.0.1) pastes the snippet,
    // pointed at this server instead of the production address. The course page is a
    // real loopback response (Chromium blocks a public page from framing a loopback
    // one), let through the fixture's same-origin guard for this one origin.
    const local = snippet.replace(/src="https?:\/\/[^"]+?\/embed\//, `src="http://127.0.0.1:${PORT}/embed/`);
    const host = `http://localhost:${PORT}/downloads/quiz-bank.md`;
    await page.route(`http://localhost:${PORT}/**`, (route) => route.continue());
    await page.goto(host);
    await page.setContent(
      `<!doctype html><html lang="en"><title>Course</title><body><h1>Week 3</h1>${local}<script>
        window.heights = [];
        addEventListener('message', (e) => { if (e.data && e.data.type === 'genai-kb:embed-height') heights.push(e.data.height); });
      </script></body></html>`,
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', {level: 1})).toHaveText(/^Attention explorer/);
    await expect(frame.locator('figure figcaption')).toBeVisible();
    // Not frame-busted: the course page is still the top document, and it hears the height.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as {heights: number[]}).heights.length))
      .toBeGreaterThan(0);
    expect(page.url()).toBe(host);
    const heights = await page.evaluate(() => (window as unknown as {heights: number[]}).heights);
    expect(heights.at(-1)).toBeGreaterThan(300);
  });
});

test('a diagram downloads as a standalone SVG with its title, description and licence', async ({page}) => {
  await page.goto('/docs/models/gans');
  await waitForHydration(page);
  const frame = page.locator('[data-diagram="GanTrainingLoop"]').first();
  await frame.scrollIntoViewIfNeeded();
  const title = await frame.locator('svg[data-layout="wide"] title').textContent();
  const description = await frame.locator('svg[data-layout="wide"] desc').textContent();
  const downloading = page.waitForEvent('download');
  await frame.getByRole('button', {name: /^Download SVG/}).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('gans-gan-training-loop.svg');
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text).not.toMatch(/var\(--|class="/);
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      title: root.querySelector(':scope > title')?.textContent,
      desc: root.querySelector(':scope > desc')?.textContent,
      // The credit lines: the last text elements of the file.
      credit: Array.from(root.querySelectorAll(':scope > g:last-child > text'))
        .map((t) => t.textContent)
        .join(' '),
      rdfLicence: root
        .getElementsByTagNameNS('http://creativecommons.org/ns#', 'license')[0]
        ?.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'resource'),
      firstTextFill: root.querySelector('text[style]')?.getAttribute('style'),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
  expect(parsed.title).toBe(title);
  expect(parsed.desc).toBe(description);
  expect(parsed.credit).toMatch(
    /^From “Generative adversarial networks \(GANs\)”, Generative AI, explained\. Licence: CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\. https?:\/\/\S+\/docs\/models\/gans$/,
  );
  expect(parsed.rdfLicence).toBe('https://creativecommons.org/licenses/by/4.0/');
  expect(parsed.firstTextFill).toMatch(/fill:rgb\(\d+, \d+, \d+\)/);
});
