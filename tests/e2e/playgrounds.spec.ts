/**
 * The training playgrounds, in Chromium against the build, on their notes and on
 * /playground: nothing of the engine loads before Train; Train makes the live status move
 * and the quality number or loss fall; Pause stops the status for 3 s; Train resumes;
 * Reset goes back to step 0; the same seed gives the same numbers after the same Step
 * presses; and each playground's bad input gets a message and a way back.
 */
import type {Locator, Page} from '@playwright/test';
import {expect, test, waitForHydration} from './fixtures';

const GANS = '/docs/models/gans';
const PLAYGROUND = '/playground';

function playground(page: Page, kind: string): Locator {
  return page.locator(`figure[data-playground="${kind}"]`);
}

/** A number that follows `label` in the status text, e.g. numberAfter(text, 'Energy distance to the data'). */
function numberAfter(text: string, label: string): number {
  const match = new RegExp(`${label} (-?[0-9.e+-]+)`).exec(text);
  return match ? Number(match[1]) : NaN;
}

function stepOf(text: string): number {
  return Number(/Step (\d+)/.exec(text)?.[1] ?? NaN);
}

/** Train, see the status move and `quality` fall, Pause (status still for 3 s), resume, Reset. */
async function trainPauseResumeReset(
  page: Page,
  figure: Locator,
  quality: (status: string) => number,
): Promise<void> {
  const status = figure.getByRole('status');
  await figure.scrollIntoViewIfNeeded();
  expect(page.workers(), 'no worker before Train').toHaveLength(0);
  await figure.getByRole('button', {name: 'Train', exact: true}).click();
  await expect(status).toContainText(/Step [1-9]/, {timeout: 30_000});
  expect(page.workers()).toHaveLength(1);
  const first = (await status.textContent()) ?? '';
  const firstQuality = quality(first);
  expect(Number.isFinite(firstQuality), `a number in "${first}"`).toBe(true);
  // The status changes (at most every 2 s) and the number falls below its first value.
  await expect
    .poll(async () => quality((await status.textContent()) ?? ''), {timeout: 60_000, intervals: [1000]})
    .toBeLessThan(firstQuality);

  await figure.getByRole('button', {name: 'Pause'}).click();
  // The worker finishes its chunk and its last snapshot first (slow on a loaded machine).
  await expect(status).toContainText('Paused.', {timeout: 30_000});
  const paused = (await status.textContent()) ?? '';
  await page.waitForTimeout(3000);
  expect(await status.textContent()).toBe(paused);

  await figure.getByRole('button', {name: 'Train', exact: true}).click();
  await expect
    .poll(async () => stepOf((await status.textContent()) ?? ''), {timeout: 30_000})
    .toBeGreaterThan(stepOf(paused));

  await figure.getByRole('button', {name: 'Reset', exact: true}).click();
  await expect(status).toContainText('Reset to step 0');
  await page.waitForTimeout(2500);
  await expect(status).toContainText('Reset to step 0');
}

/** Presses Step n times (each press waits for the previous to finish) and returns the status. */
async function stepTimes(figure: Locator, n: number, stepsPerPress: number): Promise<string> {
  const status = figure.getByRole('status');
  for (let i = 1; i <= n; i++) {
    await figure.getByRole('button', {name: 'Step', exact: true}).click();
    await expect(status).toContainText(`Step ${i * stepsPerPress}.`, {timeout: 60_000});
    await expect(status).toContainText('Paused.', {timeout: 30_000});
  }
  return (await status.textContent()) ?? '';
}

const ganQuality = (text: string) => numberAfter(text, 'Energy distance to the data');

test.describe('GAN playground', () => {
  test('its first picture and controls are in the static HTML', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(GANS);
    const figure = playground(page, 'gan');
    await expect(figure.locator('svg[data-static-picture="ring"]')).toBeVisible();
    await expect(figure.getByRole('button', {name: 'Train', exact: true})).toBeVisible();
    await expect(figure.getByLabel('Generator learning rate')).toBeVisible();
    await expect(figure.getByRole('status')).toContainText('Not trained yet');
    await context.close();
  });

  test('on its note: train, the energy distance falls, pause, resume, reset', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(GANS);
    await waitForHydration(page);
    await trainPauseResumeReset(page, playground(page, 'gan'), ganQuality);
  });

  test('the same seed gives the same losses after the same Step presses', async ({page}) => {
    test.setTimeout(180_000);
    await page.goto(GANS);
    await waitForHydration(page);
    const figure = playground(page, 'gan');
    await figure.scrollIntoViewIfNeeded();
    await figure.getByLabel('Seed').fill('5');
    const first = await stepTimes(figure, 3, 10);
    expect(first).toMatch(/Discriminator loss \d/);
    await figure.getByRole('button', {name: 'Reset', exact: true}).click();
    await expect(figure.getByRole('status')).toContainText('Reset to step 0 with seed 5');
    expect(await stepTimes(figure, 3, 10)).toBe(first);
    await figure.getByLabel('Seed').fill('6');
    await figure.getByRole('button', {name: 'Reset', exact: true}).click();
    expect(await stepTimes(figure, 3, 10)).not.toBe(first);
  });

  test('fewer than 10 drawn points: a message, and a way back', async ({page}) => {
    test.setTimeout(120_000);
    await page.goto(GANS);
    await waitForHydration(page);
    const figure = playground(page, 'gan');
    await figure.scrollIntoViewIfNeeded();
    await figure.getByLabel('Data set').selectOption({label: 'Your own points'});
    const plane = figure.locator('svg[data-static-picture="custom"]');
    for (const [x, y] of [
      [40, 40],
      [120, 80],
      [200, 200],
    ] as const)
      await plane.click({position: {x, y}});
    await expect(figure).toContainText('3 points so far');
    await figure.getByRole('button', {name: 'Train', exact: true}).click();
    const alert = figure.getByRole('alert');
    await expect(alert).toContainText('Draw at least 10 points to train on; there are 3.');
    await expect(figure.getByRole('status')).toContainText('Stopped');

    // The way back: more points (from the keyboard), then Reset, then Train.
    await figure.getByRole('button', {name: 'Add a cluster'}).press('Enter');
    await expect(figure).toContainText('15 points so far');
    await alert.getByRole('button', {name: 'Reset'}).click();
    await expect(alert).toHaveCount(0);
    await figure.getByRole('button', {name: 'Train', exact: true}).click();
    await expect(figure.getByRole('status')).toContainText(/Step [1-9]/, {timeout: 30_000});
    await figure.getByRole('button', {name: 'Pause'}).click();
  });

  test('on /playground: train, the energy distance falls, pause, resume, reset', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(PLAYGROUND);
    await waitForHydration(page);
    await trainPauseResumeReset(page, playground(page, 'gan'), ganQuality);
  });
});

const FLOW = '/docs/models/flow-matching';
const LLM = '/docs/models/large-language-models';
const flowLoss = (text: string) => numberAfter(text, 'Flow-matching loss');
const charLoss = (text: string) => numberAfter(text, 'Loss');

test.describe('flow-matching playground', () => {
  test('on its note: train, the flow loss falls, pause, resume, reset', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(FLOW);
    await waitForHydration(page);
    await trainPauseResumeReset(page, playground(page, 'flow'), flowLoss);
  });

  test('the same seed gives the same numbers; the slider changes the picture without training', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto(FLOW);
    await waitForHydration(page);
    const figure = playground(page, 'flow');
    await figure.scrollIntoViewIfNeeded();
    const first = await stepTimes(figure, 2, 10);
    expect(first).toMatch(/With 20 sampling steps, energy distance/);
    await figure.getByRole('button', {name: 'Reset', exact: true}).click();
    expect(await stepTimes(figure, 2, 10)).toBe(first);
    const slider = figure.getByRole('slider', {name: 'Sampling steps'});
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '1 step');
    await figure.getByRole('button', {name: 'Step', exact: true}).click();
    await expect(figure.getByRole('status')).toContainText('With 1 sampling step, energy distance');
  });

  test('a learning rate that makes the loss NaN: a message, and Reset recovers', async ({page}) => {
    test.setTimeout(180_000);
    await page.goto(FLOW);
    await waitForHydration(page);
    const figure = playground(page, 'flow');
    await figure.scrollIntoViewIfNeeded();
    await figure.getByLabel('Plain SGD').check();
    await figure.getByLabel('Learning rate').selectOption('1');
    await figure.getByRole('button', {name: 'Train', exact: true}).click();
    const alert = figure.getByRole('alert');
    await expect(alert).toContainText('The learning rate is probably too high', {timeout: 60_000});
    await figure.getByLabel('Adam').check();
    await figure.getByLabel('Learning rate').selectOption('0.002');
    await alert.getByRole('button', {name: 'Reset'}).click();
    await expect(alert).toHaveCount(0);
    await figure.getByRole('button', {name: 'Train', exact: true}).click();
    await expect(figure.getByRole('status')).toContainText(/Step [1-9]/, {timeout: 30_000});
    await figure.getByRole('button', {name: 'Pause'}).click();
  });

  test('the diffusion note links to it', async ({page}) => {
    await page.goto('/docs/models/diffusion-models');
    await expect(page.locator('article a[href="/docs/models/flow-matching#playground"]')).toHaveCount(1);
  });

  test('on /playground: train, the flow loss falls, pause, resume, reset', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(PLAYGROUND);
    await waitForHydration(page);
    await trainPauseResumeReset(page, playground(page, 'flow'), flowLoss);
  });
});

test.describe('character-level transformer playground', () => {
  test('on its note: train, the loss falls, pause, resume, reset', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(LLM);
    await waitForHydration(page);
    await trainPauseResumeReset(page, playground(page, 'char-transformer'), charLoss);
  });

  test('the same seed gives the same loss after the same Step presses', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(LLM);
    await waitForHydration(page);
    const figure = playground(page, 'char-transformer');
    await figure.scrollIntoViewIfNeeded();
    const first = await stepTimes(figure, 2, 5);
    expect(first).toMatch(/Loss \d/);
    await figure.getByRole('button', {name: 'Reset', exact: true}).click();
    expect(await stepTimes(figure, 2, 5)).toBe(first);
  });

  test('pasted text with unsupported characters or too long: a message, and a way back', async ({page}) => {
    test.setTimeout(180_000);
    await page.goto(LLM);
    await waitForHydration(page);
    const figure = playground(page, 'char-transformer');
    await figure.scrollIntoViewIfNeeded();
    await figure.getByLabel('Your own text').check();
    const box = figure.getByLabel(/^Your text/);
    await box.fill(`${'A small text about the sea. '.repeat(10)}Café crème €`);
    await figure.getByRole('button', {name: 'Train', exact: true}).click();
    const alert = figure.getByRole('alert');
    await expect(alert).toContainText('unsupported characters: "é" (U+00E9), "è" (U+00E8), "€" (U+20AC)');
    await box.fill('x'.repeat(100_001));
    await alert.getByRole('button', {name: 'Reset'}).click();
    await expect(alert).toContainText('The text has 100,001 characters; the limit is 100,000.');
    await box.fill('A small text about the sea. '.repeat(10));
    await alert.getByRole('button', {name: 'Reset'}).click();
    await expect(alert).toHaveCount(0);
    await figure.getByRole('button', {name: 'Step', exact: true}).click();
    await expect(figure.getByRole('status')).toContainText('Step 5.', {timeout: 30_000});
  });

  test('on /playground: train, the loss falls, pause, resume, reset', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(PLAYGROUND);
    await waitForHydration(page);
    await trainPauseResumeReset(page, playground(page, 'char-transformer'), charLoss);
  });
});
