/**
 * The interactive explainers driven from the keyboard, as a reader without a mouse would:
 * focus a control, press an arrow key or End, and check that the picture changed and the
 * live region said so. Also checks that the first picture is already in the static HTML
 * and that the explainers' hidden parts (opened <details>) pass axe in both themes.
 */
import type {Locator, Page} from '@playwright/test';
import {expect, expectNoAxeViolations, test, waitForHydration} from './fixtures';

const DIFFUSION = '/docs/models/diffusion-models';
const TRANSFORMERS = '/docs/models/transformers';
const AUTOREGRESSIVE = '/docs/models/autoregressive-models';
const LLM = '/docs/models/large-language-models';
const VAES = '/docs/models/vaes';

/** The explainer <figure> that contains a control with this accessible name. */
function explainer(page: Page, control: Locator): Locator {
  return page.locator('figure').filter({has: control});
}

function liveRegion(figure: Locator): Locator {
  return figure.locator('[aria-live="polite"]');
}

test.describe('DiffusionNoiseExplorer', () => {
  test('arrow keys and End move t; the noisy image and the announcement follow', async ({page}) => {
    await page.goto(DIFFUSION);
    await waitForHydration(page);
    const slider = page.getByRole('slider', {name: 'Noise step t'});
    const figure = explainer(page, slider);
    const noisy = figure.locator('svg[data-image="noisy"] image');
    const live = liveRegion(figure);
    await slider.scrollIntoViewIfNeeded();
    await expect(live).toContainText('t = 250: ᾱ = 0.5241');
    const before = await noisy.getAttribute('href');
    expect(before).toMatch(/^data:image\/bmp;base64,/);

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 't = 251');
    await expect(live).toContainText('t = 251:');
    await expect(figure.getByRole('img', {name: /^Noisy image at t = 251:/})).toBeVisible();

    await page.keyboard.press('End');
    await expect(live).toContainText('t = 1000: ᾱ = 0.00004036');
    await expect(live).toContainText('Pure static');
    expect(await noisy.getAttribute('href')).not.toBe(before);

    await page.keyboard.press('Home');
    await expect(live).toContainText('SNR ∞');
  });
});

test.describe('AttentionExplorer', () => {
  test('arrow keys move the query token; the heat row and the announcement follow', async ({page}) => {
    await page.goto(TRANSFORMERS);
    await waitForHydration(page);
    const group = page.getByRole('group', {name: 'Query token (row i of the matrix)'});
    const figure = explainer(page, group);
    const live = liveRegion(figure);
    const row = figure.getByRole('list', {name: /Where “.*” looks/});
    await group.scrollIntoViewIfNeeded();
    const itRadio = group.getByRole('radio', {name: 'it', exact: true});
    await expect(itRadio).toBeChecked();
    await expect(live).toContainText('Query “it”: most attention to “cat” (0.58)');
    const before = await row.innerText();

    await itRadio.focus();
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', {name: 'was', exact: true})).toBeChecked();
    await expect(live).toContainText('Query “was”');
    await expect(row).toHaveAttribute('data-query', 'was');
    expect(await row.innerText()).not.toBe(before);

    // Switching off the √d_k scaling sharpens the weights.
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', {name: 'tired', exact: true})).toBeChecked();
    await figure.getByRole('checkbox').uncheck();
    await expect(live).toContainText('not divided by √d_k');
  });
});

for (const {path, prompt, firstRow, candidates} of [
  {path: AUTOREGRESSIVE, prompt: 'The cat sat on the', firstRow: 'mat', candidates: 5},
  {path: LLM, prompt: 'The weather today is', firstRow: 'sunny', candidates: 8},
]) {
  test.describe(`SamplingExplorer on ${path}`, () => {
    test('the temperature slider reshapes the bars; a draw is announced', async ({page}) => {
      await page.goto(path);
      await waitForHydration(page);
      const slider = page.getByRole('slider', {name: 'Temperature τ'});
      const figure = explainer(page, slider);
      const live = liveRegion(figure);
      const table = figure.getByRole('table');
      await slider.scrollIntoViewIfNeeded();
      await expect(figure).toContainText(prompt);
      const topRow = table
        .locator('tr')
        .filter({has: page.getByRole('rowheader', {name: firstRow, exact: true})});
      const rowBefore = await topRow.innerText();

      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', '1.05');
      await expect(live).toContainText('τ = 1.05');
      await page.keyboard.press('End');
      await expect(live).toContainText('τ = 2.00');
      await expect(table).toHaveAttribute('data-settings', `200/${candidates}/100`);
      expect(await topRow.innerText()).not.toBe(rowBefore);

      const topK = figure.getByRole('slider', {name: 'Top-k'});
      await topK.focus();
      await page.keyboard.press('Home');
      await expect(live).toContainText(`: 1 of ${candidates} candidates kept`);
      await expect(table).toContainText('cut by top-k');

      await figure.getByRole('button', {name: 'Draw a token'}).click();
      await expect(live).toContainText(`Drew “${firstRow}”`); // k = 1 leaves only the top token
    });
  });
}

test.describe('VaeLatentExplorer', () => {
  test('arrow keys and End move λ; the decoded image and the announcement follow', async ({page}) => {
    await page.goto(VAES);
    await waitForHydration(page);
    const slider = page.getByRole('slider', {name: 'Interpolation λ'});
    const figure = explainer(page, slider);
    const live = liveRegion(figure);
    const decoded = figure.locator('svg[data-image="decoded"] image');
    await slider.scrollIntoViewIfNeeded();
    await expect(live).toContainText('λ = 0.50: z_λ = (0.00, 0.10)');
    const before = await decoded.getAttribute('href');

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(live).toContainText('λ = 0.55');
    expect(await decoded.getAttribute('href')).not.toBe(before);

    await page.keyboard.press('End');
    await expect(live).toContainText('λ = 1.00: z_λ = (1.50, 1.00) decodes to a large square');
    // At λ = 1 the decoded picture is exactly decode(z_b).
    const endPicture = await figure
      .getByRole('img', {name: /^z_b decoded/})
      .locator('image')
      .getAttribute('href');
    expect(await decoded.getAttribute('href')).toBe(endPicture);

    const sample = figure.locator('svg[data-image="sample"] image');
    const sampleBefore = await sample.getAttribute('href');
    await figure.getByRole('button', {name: 'Resample ε'}).click();
    await expect(live).toContainText('z = μ + σ ⊙ ε');
    expect(await sample.getAttribute('href')).not.toBe(sampleBefore);
  });
});

test.describe('explainers without JavaScript', () => {
  test('the static HTML already holds each picture, its numbers and its summary', async ({browser}) => {
    const noJs = await browser.newContext({javaScriptEnabled: false});
    const page = await noJs.newPage();
    const expectations: [string, string][] = [
      [DIFFUSION, 't = 250: ᾱ = 0.5241'],
      [TRANSFORMERS, 'Query “it”: most attention to “cat”'],
      [AUTOREGRESSIVE, '5 of 5 candidates kept'],
      [LLM, '8 of 8 candidates kept'],
      [VAES, 'λ = 0.50: z_λ = (0.00, 0.10)'],
    ];
    for (const [path, summary] of expectations) {
      await page.goto(path);
      const live = page.locator('figure [aria-live="polite"]').filter({hasText: summary});
      await expect(live, `${path} summary`).toHaveCount(1);
      // `has` is relative to each figure, so it names the live region without "figure".
      const figure = page
        .locator('figure')
        .filter({has: page.locator('[aria-live="polite"]', {hasText: summary})});
      await expect(figure.locator('figcaption')).toBeVisible();
      if (path === DIFFUSION || path === VAES)
        await expect(figure.locator('image[href^="data:image/bmp;base64,"]').first()).toBeAttached();
    }
    await noJs.close();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`explainer details in the ${colorScheme} theme`, () => {
    test.use({colorScheme});
    test('the attention matrix and arithmetic, opened, have no axe violations', async ({page}) => {
      test.setTimeout(60_000); // axe over a long note with many formulas
      await page.goto(TRANSFORMERS);
      await waitForHydration(page);
      const figure = explainer(page, page.getByRole('group', {name: 'Query token (row i of the matrix)'}));
      for (const summary of await figure.locator('details > summary').all()) await summary.click();
      await expect(figure.getByRole('region', {name: 'Full attention matrix'})).toBeVisible();
      await figure.getByRole('checkbox').uncheck(); // the strongest shading
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('SelfConsistencyExplorer', () => {
  test('voting helps, then hurts when one wrong answer dominates; bad N is clamped; a new seed re-simulates', async ({
    page,
  }) => {
    await page.goto('/docs/models/reasoning-models');
    await waitForHydration(page);
    const samples = page.getByRole('spinbutton', {name: 'Samples N'});
    const figure = explainer(page, samples);
    const live = liveRegion(figure);
    await samples.scrollIntoViewIfNeeded();
    await expect(live).toContainText('Voting helps here');
    await expect(live).toContainText('seed 42');

    await figure
      .getByRole('spinbutton', {name: 'Share of the wrong samples on the most common wrong answer'})
      .fill('0.8');
    await expect(live).toContainText('Voting hurts here');

    await samples.fill('500');
    await expect(figure).toContainText('64');
    await expect(live).toContainText('N = 64');
    await expect(live).not.toContainText('NaN');

    await figure.getByRole('button', {name: 'Simulate again with a new seed'}).click();
    await expect(live).toContainText('seed 43');
  });
});

test.describe('MemoryCalculator', () => {
  test('4-bit weights shrink the total; an empty or impossible field gets words, never NaN', async ({
    page,
  }) => {
    await page.goto('/docs/practice/running-models-efficiently');
    await waitForHydration(page);
    const bits = page.getByRole('combobox', {name: 'Bits per weight'});
    const figure = explainer(page, bits);
    const live = liveRegion(figure);
    await bits.scrollIntoViewIfNeeded();
    await expect(live).toContainText('Weights 16.06 GB + KV cache 8.59 GB = 24.65 GB');

    await bits.selectOption('4');
    await expect(live).toContainText('Weights 4.02 GB + KV cache 8.59 GB = 12.60 GB');

    const parameters = figure.getByRole('spinbutton', {name: 'Parameters (billions)'});
    await parameters.fill('');
    await expect(live).toContainText('No estimate yet.');
    await parameters.fill('-5');
    await expect(live).not.toContainText('NaN');
    await expect(live).toContainText('adjusted');

    await figure.getByRole('button', {name: 'Reset to the worked example'}).click();
    await expect(live).toContainText('Weights 16.06 GB');
  });
});
