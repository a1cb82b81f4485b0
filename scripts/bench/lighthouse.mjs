#!/usr/bin/env node
/**
 * `npm run bench [-- --no-build] [-- --runs 3] [-- --pages /a,/b | --all] [-- --keep-below 95]`:
 * builds the site, serves it with gzip on 127.0.0.1, runs Lighthouse 12 (mobile, the
 * default) several times on key pages (or on the pages named, or once on every page of the
 * sitemap) and writes reports/bench.md and reports/bench.json with the medians: scores,
 * timings, the JavaScript a page loads before any interaction, and the touch targets
 * Lighthouse's `target-size` audit finds too small; and each run's performance score and
 * blocking time, so that a claim about single runs can be checked. With `--keep-below`, the
 * report, trace and long tasks of every run scoring below that are saved in reports/bench-runs/.
 *
 * A benchmark, not a test: these machines are shared and noisy, so it reports medians of
 * several runs and checks them against the targets without failing the build.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {serveBuild} from './serve.mjs';
import {CHROME_FLAGS, chromePath, median} from './chrome.mjs';
import {parseBenchArgs, sitemapPages} from './options.mjs';
import {describeTasks, longTasks, waiting} from './main-thread.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export const TARGETS = {
  performance: 97,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  jsKiB: 215,
  cls: 0,
};

/** Every script Lighthouse saw the page load: it loads the page and waits for quiet, never interacting. */
function jsBytes(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  return items.filter((i) => i.resourceType === 'Script').reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
}

/** The touch targets the `target-size` audit (axe's rule) flags, by CSS selector. */
function smallTargets(lhr) {
  const audit = lhr.audits['target-size'];
  if (!audit || audit.score === null || audit.score === 1) return [];
  return (audit.details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet ?? '?');
}

/**
 * One Lighthouse run: the numbers the tables show (`sample`), and the report, trace and
 * long tasks behind them, for a run worth keeping.
 */
async function measure(url, port) {
  const result = await lighthouse(url, {port, output: 'json', logLevel: 'error'});
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const trace = result.artifacts?.Trace;
  const tasks = trace ? longTasks(trace) : [];
  const sample = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    jsKiB: jsBytes(lhr) / 1024,
    // How fast the machine was just before the run (Lighthouse's own CPU benchmark; higher
    // is faster). On a shared machine it varies from run to run, and so do the timings.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    // The share of the main thread's long tasks (30 ms and more, unthrottled) spent waiting
    // for a CPU rather than working: high when the machine, not the page, slowed the run.
    waitedShare: trace ? waiting(tasks).share : NaN,
    smallTargets: smallTargets(lhr),
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
  return {sample, lhr, trace, tasks};
}

/** Saves a run's report, trace and long tasks as `<base>.report.json`, `.trace.json`, `.tasks.txt`. */
function keepRun(base, {lhr, trace, tasks}) {
  writeFileSync(`${base}.report.json`, JSON.stringify(lhr));
  if (trace) writeFileSync(`${base}.trace.json`, JSON.stringify(trace));
  writeFileSync(`${base}.tasks.txt`, `${describeTasks(tasks)}\n`);
}

async function main() {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  const {runs} = options;
  if (options.build) {
    const build = spawnSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: 'inherit'});
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const pages =
    options.pages === 'sitemap' ? sitemapPages(path.join(root, 'build/sitemap.xml')) : options.pages;
  const keptDir = path.join(root, 'reports/bench-runs');
  if (options.keepBelow !== null) {
    rmSync(keptDir, {recursive: true, force: true});
    mkdirSync(keptDir, {recursive: true});
  }
  const kept = [];
  const server = await serveBuild(path.join(root, 'build'));
  const chrome = await chromeLauncher.launch({chromePath: chromePath(), chromeFlags: CHROME_FLAGS});
  const rows = [];
  try {
    for (const page of pages) {
      const samples = [];
      const slug = page.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      for (let i = 0; i < runs; i += 1) {
        const run = await measure(`${server.url}${page.path}`, chrome.port);
        samples.push(run.sample);
        if (options.keepBelow !== null && run.sample.performance < options.keepBelow) {
          const base = path.join(keptDir, `${slug}-run${i + 1}`);
          keepRun(base, run);
          kept.push(path.relative(root, base));
        }
      }
      const med = (key) => median(samples.map((s) => s[key]));
      const row = {
        page: page.name,
        path: page.path,
        runs,
        performance: med('performance'),
        accessibility: med('accessibility'),
        'best-practices': med('best-practices'),
        seo: med('seo'),
        lcpMs: Math.round(med('lcpMs')),
        tbtMs: Math.round(med('tbtMs')),
        cls: Number(med('cls').toFixed(3)),
        jsKiB: Number(med('jsKiB').toFixed(1)),
        // Each run, in order: a median can hide one weak run.
        performanceRuns: samples.map((x) => x.performance),
        tbtMsRuns: samples.map((x) => Math.round(x.tbtMs)),
        waitedPercentRuns: samples.map((x) => Math.round(x.waitedShare * 100)),
        benchmarkIndex: samples.map((x) => Math.round(x.benchmarkIndex)),
        smallTargets: [...new Set(samples.flatMap((s) => s.smallTargets))],
        failingAudits: [...new Set(samples.flatMap((s) => s.failing))],
      };
      row.meetsTargets =
        row.performance >= TARGETS.performance &&
        row.accessibility >= TARGETS.accessibility &&
        row['best-practices'] >= TARGETS['best-practices'] &&
        row.seo >= TARGETS.seo &&
        row.jsKiB <= TARGETS.jsKiB &&
        row.cls <= TARGETS.cls &&
        row.smallTargets.length === 0;
      rows.push(row);
      console.log(`${page.path}: ${JSON.stringify(row)}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const md = [
    `# Benchmark (${new Date().toISOString().slice(0, 10)}, Lighthouse 12 mobile, median of ${runs} runs, gzip on 127.0.0.1)`,
    '',
    `Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, SEO ${TARGETS.seo}, JS ≤ ${TARGETS.jsKiB} KiB gzip before interaction, CLS ${TARGETS.cls}, no touch target under 24 px.`,
    '',
    "CPU index: the machine's speed as Lighthouse measured it before each run (`benchmarkIndex`, higher is faster); on a shared machine it varies from run to run, and total blocking time with it.",
    '',
    "Each run: every run's performance score, total blocking time and, of the main thread's long tasks (30 ms and more before throttling), the share of wall time it spent waiting for a CPU rather than working (high when the machine slowed the run).",
    '',
    '| page | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | JS KiB (gzip) | small targets | each run: perf (TBT ms, waiting) | CPU index | targets |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.page === r.path ? `\`${r.path}\`` : `${r.page} (\`${r.path}\`)`} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.jsKiB} | ${r.smallTargets.length} | ${r.performanceRuns.map((p, i) => `${p} (${r.tbtMsRuns[i]}, ${r.waitedPercentRuns[i]}%)`).join(', ')} | ${r.benchmarkIndex.join(', ')} | ${r.meetsTargets ? 'met' : 'missed'} |`,
    ),
    '',
    ...rows
      .filter((r) => r.smallTargets.length > 0)
      .map(
        (r) => `- ${r.path}: touch targets under 24 px: ${r.smallTargets.map((t) => `\`${t}\``).join(', ')}`,
      ),
    ...rows
      .filter((r) => r.failingAudits.length > 0)
      .map((r) => `- ${r.path}: failing audits: ${r.failingAudits.join(', ')}`),
    ...(options.keepBelow === null
      ? []
      : [
          '',
          kept.length === 0
            ? `No run scored below ${options.keepBelow}.`
            : `Runs below ${options.keepBelow}, kept: ${kept.map((k) => `\`${k}\``).join(', ')}: \`.report.json\` (Lighthouse), \`.trace.json\` (open it in Chrome's Performance panel) and \`.tasks.txt\` (the long tasks, wall against CPU time).`,
        ]),
    '',
  ].join('\n');
  mkdirSync(path.join(root, 'reports'), {recursive: true});
  writeFileSync(
    path.join(root, 'reports/bench.json'),
    `${JSON.stringify({targets: TARGETS, rows}, null, 2)}\n`,
  );
  writeFileSync(path.join(root, 'reports/bench.md'), md);
  console.log(`\n${md}\nWrote reports/bench.md and reports/bench.json`);
}

await main();
