/**
 * The teaching layer driven as a reader uses it: a quiz answered wrong then right, a
 * glossary term focused with the keyboard, a deep dive opened by its URL hash, and the
 * callouts that replace admonitions in the notes.
 */
import glossary from '../../src/data/glossary.json';
import {expect, test, waitForHydration} from './fixtures';

const GANS = '/docs/models/gans';

function definitionOf(id: string): string {
  const entry = glossary.find((e) => e.id === id);
  if (!entry) throw new Error(`src/data/glossary.json has no term "${id}"`);
  return entry.definition;
}

test.describe('quiz', () => {
  test('a wrong answer says "Not quite", the right one "Correct" with the explanation', async ({page}) => {
    await page.goto(GANS);
    await waitForHydration(page);
    const question = page.getByRole('group', {name: /^Question 1\b/});
    await question.scrollIntoViewIfNeeded();
    const status = question.getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toBeEmpty();

    await question.getByRole('radio', {name: '0', exact: true}).check();
    await question.getByRole('button', {name: 'Check'}).click();
    await expect(status).toContainText('Not quite.');
    await expect(status).not.toContainText('Correct');
    await expect(question.getByText('Not this one')).toBeVisible();

    await question.getByRole('radio', {name: '1', exact: true}).check();
    await question.getByRole('button', {name: 'Check'}).click();
    await expect(status).toContainText('Correct.');
    await expect(status).toContainText('only real data occurs there');
    // The verdict is in words and an icon, not colour alone.
    await expect(status.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  });

  test('without JavaScript the answer waits in a <details>', async ({browser}) => {
    const noJs = await browser.newContext({javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(GANS);
    const question = page.locator('fieldset').filter({hasText: 'Question 1'});
    await expect(question.getByRole('radio')).toHaveCount(4);
    await expect(question.getByRole('button', {name: 'Check'})).toHaveCount(0);
    const explanation = question.getByText('only real data occurs there');
    await expect(explanation).toBeHidden();
    await question.getByText('Show answer').click();
    await expect(explanation).toBeVisible();
    await noJs.close();
  });
});

test.describe('glossary terms', () => {
  test('focusing a term with the keyboard shows its definition as a tooltip; Escape hides it', async ({
    page,
  }) => {
    await page.goto(GANS);
    await waitForHydration(page);
    const term = page.locator('article a[href="/docs/glossary#generator"]').first();
    const definition = definitionOf('generator');
    await expect(term).toHaveAccessibleDescription(definition);
    const tooltipId = await term.getAttribute('aria-describedby');
    const tooltip = page.locator(`[id="${tooltipId}"]`);
    await expect(tooltip).toHaveAttribute('role', 'tooltip');
    await expect(tooltip).toBeHidden();

    // Reach the term from the previous focusable element with Tab, as a keyboard user does.
    await term.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(term).not.toBeFocused();
    await page.keyboard.press('Tab');
    await expect(term).toBeFocused();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveText(definition);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(term).toBeFocused();

    // Hover shows it too, and the pointer can move onto the tooltip without losing it.
    // (Move focus away first without focusing the next term, whose tooltip would show.)
    await term.evaluate((el) => (el as HTMLElement).blur());
    await term.hover();
    await expect(tooltip).toBeVisible();
    await tooltip.hover();
    await expect(tooltip).toBeVisible();
  });

  test('a term links to its glossary entry', async ({page}) => {
    await page.goto(GANS);
    await waitForHydration(page);
    await page.locator('article a[href="/docs/glossary#generator"]').first().click();
    await expect(page).toHaveURL(/\/docs\/glossary#generator$/);
    await expect(page.locator('[id="generator"]')).toBeInViewport();
  });
});

test.describe('callouts', () => {
  test('a deep dive is closed by default and opens when the URL hash points at it', async ({page}) => {
    await page.goto(GANS);
    await waitForHydration(page);
    const dive = page.locator('details#optimal-discriminator-derivation');
    await expect(dive).not.toHaveAttribute('open');
    await expect(dive.getByText('The second derivative')).toBeHidden();

    await page.goto(`${GANS}#optimal-discriminator-derivation`);
    await waitForHydration(page);
    await expect(dive).toHaveAttribute('open');
    await expect(dive.getByText('The second derivative')).toBeVisible();
    await expect(dive.locator('summary')).toBeInViewport();
  });

  test('a deep dive also opens when an in-page link changes the hash', async ({page}) => {
    await page.goto('/docs/models/vaes');
    await waitForHydration(page);
    const dive = page.locator('details#closed-form-kl-derivation');
    await expect(dive).not.toHaveAttribute('open');
    await page.evaluate(() => {
      window.location.hash = 'closed-form-kl-derivation';
    });
    await expect(dive).toHaveAttribute('open');
  });

  test('key ideas, pitfalls and the legal disclaimer are named notes', async ({page}) => {
    await page.goto('/docs/models/diffusion-models');
    await expect(page.getByRole('note', {name: 'Key idea'}).first()).toBeVisible();
    await expect(page.getByRole('note', {name: 'Pitfall'}).first()).toContainText(
      'does not start from a stored',
    );
    await page.goto('/docs/impact/copyright-and-law');
    await expect(page.getByRole('note', {name: 'Not legal advice'})).toBeVisible();
  });
});
