#!/usr/bin/env node
/**
 * `npm run bench:playgrounds [-- --steps-scale 1]`: trains each playground headless in
 * Chromium, as a reader would (press Train, read the live status), for a fixed number of
 * steps, and reports the training speed and the time to reach each convergence criterion:
 *
 *   GAN (ring)         at least 7 of the 8 modes covered
 *   flow matching      energy distance below 0.04 with 20 sampling steps (src/ml/flow.test.ts)
 *   char transformer   loss (mean of the last 50 steps) below the unigram entropy
 *
 * Builds nothing: run `npm run build` first. Writes reports/bench-playgrounds.md and .json.
 * A benchmark, not a test: the machines are shared, so the numbers vary from run to run.
 * The status is read every 0.5 s and updates every 2 s, so times are good to about 2 s.
 */
import {mkdirSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {chromium} from 'playwright-core';
import {serveBuild} from './serve.mjs';
import {CHROME_FLAGS, chromePath} from './chrome.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--steps-scale') + 1]) || 1;

const num = (text, label) => Number(new RegExp(`${label} (-?[0-9.e+-]+)`).exec(text)?.[1] ?? NaN);

export const PLAYGROUNDS = [
  {
    name: 'GAN (ring of 8 Gaussians)',
    path: '/docs/models/gans',
    kind: 'gan',
    steps: 1500,
    criterion: 'at least 7 of 8 modes covered',
    reached: (text) => Number(/(\d) of 8 modes covered/.exec(text)?.[1] ?? 0) >= 7,
  },
  {
    name: 'Flow matching (two moons)',
    path: '/docs/models/flow-matching',
    kind: 'flow',
    steps: 800,
    criterion: 'flow energy distance below 0.04 (20 sampling steps)',
    reached: (text) => num(text, 'flow matching') < 0.04,
  },
  {
    name: 'Character transformer (Ecclesiastes)',
    path: '/docs/models/large-language-models',
    kind: 'char-transformer',
    steps: 400,
    criterion: 'loss below the unigram entropy',
    reached: (text) => num(text, 'Loss') < num(text, 'Unigram baseline'),
  },
];

async function benchOne(browser, base, playground) {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  await page.goto(base + playground.path);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  const figure = page.locator(`figure[data-playground="${playground.kind}"]`);
  await figure.scrollIntoViewIfNeeded();
  const status = figure.getByRole('status');
  const target = Math.round(playground.steps * scale);
  const started = Date.now();
  await figure.getByRole('button', {name: 'Train', exact: true}).click();
  let reachedAt = null;
  let text = '';
  let step = 0;
  while (step < target && Date.now() - started < 15 * 60_000) {
    await page.waitForTimeout(500);
    text = (await status.textContent()) ?? '';
    step = Number(/Step (\d+)/.exec(text)?.[1] ?? 0);
    if (reachedAt === null && playground.reached(text))
      reachedAt = {seconds: (Date.now() - started) / 1000, step};
    if (/Stopped/.test(text)) break;
  }
  const seconds = (Date.now() - started) / 1000;
  await figure.getByRole('button', {name: 'Pause'}).click();
  await page.close();
  return {
    name: playground.name,
    steps: step,
    seconds,
    stepsPerSecond: step / seconds,
    criterion: playground.criterion,
    reachedAt,
    lastStatus: text,
  };
}

async function main() {
  const buildDir = path.join(root, 'build');
  if (!existsSync(path.join(buildDir, 'index.html')))
    throw new Error('No build/: run `npm run build` first.');
  const server = await serveBuild(buildDir);
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: CHROME_FLAGS.filter((f) => f !== '--headless=new'),
  });
  const results = [];
  try {
    for (const playground of PLAYGROUNDS) {
      process.stdout.write(`${playground.name}… `);
      const result = await benchOne(browser, server.url, playground);
      results.push(result);
      console.log(
        `${result.steps} steps in ${result.seconds.toFixed(1)} s (${result.stepsPerSecond.toFixed(1)} steps/s); ${result.criterion}: ${result.reachedAt ? `step ${result.reachedAt.step}, ${result.reachedAt.seconds.toFixed(1)} s` : 'not reached'}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `# Playground benchmark (${date})`,
    '',
    'Each playground trained in headless Chromium from its note, as a reader would (press Train, read the live status).',
    '',
    '| playground | steps | time | steps/s | criterion | reached at |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.steps} | ${r.seconds.toFixed(1)} s | ${r.stepsPerSecond.toFixed(1)} | ${r.criterion} | ${r.reachedAt ? `step ${r.reachedAt.step}, ${r.reachedAt.seconds.toFixed(1)} s` : 'not reached'} |`,
    ),
    '',
    'Last status of each run:',
    '',
    ...results.map((r) => `- ${r.name}: ${r.lastStatus}`),
    '',
  ];
  mkdirSync(path.join(root, 'reports'), {recursive: true});
  writeFileSync(path.join(root, 'reports', 'bench-playgrounds.md'), lines.join('\n'));
  writeFileSync(
    path.join(root, 'reports', 'bench-playgrounds.json'),
    JSON.stringify({date, results}, null, 2),
  );
  console.log('Wrote reports/bench-playgrounds.md');
}

await main();
