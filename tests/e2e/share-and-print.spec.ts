/**
 * Sharing, citing and printing: social cards, structured data, llms.txt with Markdown
 * copies of the notes, and the print stylesheet.
 */
import {expect, test} from './fixtures';

const NOTE = '/docs/models/gans';

test('every note has a social card and a description', async ({page}) => {
  await page.goto(NOTE);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /social-card\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
    'content',
    /generator and a discriminator/,
  );
});

test('every note carries JSON-LD with title, description, review date and licence', async ({page}) => {
  await page.goto(NOTE);
  const json = await page.locator('script[type="application/ld+json"]').first().textContent();
  const data = JSON.parse(json ?? '{}');
  expect(data['@type']).toContain('LearningResource');
  expect(data.name).toBe('Generative adversarial networks (GANs)');
  expect(data.description).toMatch(/generator and a discriminator/);
  expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
});

test('llms.txt lists every note, and each note has a Markdown copy', async ({request}) => {
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toContain('Generative adversarial networks (GANs)');
  const links = [...llms.matchAll(/\]\((https?:\/\/[^)]+\.md)\)/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(links.length).toBeGreaterThanOrEqual(38);
  const gans = links.find((l) => l.includes('gans'));
  expect(gans).toBeDefined();
  const markdown = await (await request.get(gans ?? '')).text();
  expect(markdown).toContain('minimax');
  expect(markdown).not.toContain('<html');
});

test('a note prints as a clean handout', async ({page}) => {
  await page.goto(NOTE);
  await page.emulateMedia({media: 'print'});
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.navbar')).toBeHidden();
  await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
  await expect(page.locator('.footer')).toBeHidden();
  await expect(page.locator('.katex-display').first()).toBeVisible();
  // Collapsibles are open, so answers and deep dives are on paper.
  const closed = await page.locator('article details:not([open])').count();
  expect(closed).toBe(0);
  const hidden = await page
    .locator('article details')
    .evaluateAll(
      (all) =>
        all.filter((d) => d.lastElementChild && getComputedStyle(d.lastElementChild).display === 'none')
          .length,
    );
  expect(hidden).toBe(0);
  // External links show their address.
  const after = await page
    .locator('article .markdown a[href^="http"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});
