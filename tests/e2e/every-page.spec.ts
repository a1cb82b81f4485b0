/**
 * Every published page (all of build/sitemap.xml, plus the unlisted test pages and the
 * search page) in both colour themes: it answers 200, has one main heading, logs no
 * console error, requests nothing outside 127.0.0.1 (see fixtures.ts) and has no WCAG
 * 2.1 AA violation and no touch target under 24 px (WCAG 2.2) according to axe.
 */
import {EXTRA_PATHS, expect, expectNoAxeViolations, sitemapPaths, test, waitForHydration} from './fixtures';

const paths = [...sitemapPaths(), ...EXTRA_PATHS];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({colorScheme});
    for (const path of paths) {
      test(`${path}`, async ({page}) => {
        // axe walks every element of a long note with hundreds of formulas: on this
        // 2-core machine that alone can take most of the default 30 s.
        test.setTimeout(90_000);
        const response = await page.goto(path);
        expect(response?.status(), `HTTP status of ${path}`).toBe(200);
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('h1')).toBeVisible();
        if (path.startsWith('/search')) await expect(page.getByRole('status')).not.toHaveText(/Searching/);
        await expectNoAxeViolations(page);
      });
    }
  });
}
