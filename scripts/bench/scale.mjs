#!/usr/bin/env node
/**
 * `npm run bench:scale -- 1000 [--flat] [--warm] [--keep] [--verbose]`: how the site
 * behaves with N notes. Copies the project
 * to a scratch folder, adds N synthetic notes (valid front matter, headings, math,
 * prose), builds, and reports build time, peak memory, build size, the JavaScript a note
 * downloads (gzip), and for a first search on a cold page (one plain query, one with
 * typos) the bytes it downloads and how long it takes to answer once the index chunks
 * have arrived. Writes reports/bench-scale-N.{md,json}.
 */
import {spawnSync} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {chromium} from '@playwright/test';
import {serveBuild} from './serve.mjs';
import {CHROME_FLAGS, chromePath} from './chrome.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
// --keep leaves the scratch copy for profiling; --verbose prints the build's output
// (with DOCUSAURUS_PERF_LOGGER=true, Docusaurus times each build phase).
const keep = args.includes('--keep');
const verbose = args.includes('--verbose');
const flat = args.includes('--flat');
// --warm lets Rspack reuse its persistent cache from an earlier build; by default the
// build is cold, as on a fresh clone.
const warm = args.includes('--warm');
const PER_TOPIC = 50;
const TARGETS = {buildSeconds: 60, searchKiB: 300, answerMs: 300};
/** First searches measured, each on a cold page: a plain query and one with two typos. */
const SEARCHES = ['diffusion', 'latnt difusion'];

const WORDS =
  'model data noise sample latent token attention gradient loss prior posterior decoder encoder image text audio training inference diffusion sequence vector probability distribution network layer weight bias error signal schedule step batch feature embedding context'.split(
    ' ',
  );

/** Deterministic pseudo-random prose, so runs are comparable. */
function prose(seed, words) {
  let s = seed;
  const out = [];
  for (let i = 0; i < words; i += 1) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[s % WORDS.length]);
  }
  return `${out.join(' ')}.`;
}

function syntheticNote(i) {
  const paragraphs = (k) => [0, 1, 2].map((j) => prose(i * 31 + k * 7 + j, 120)).join('\n\n');
  return `---
title: Synthetic note ${i}
description: A generated note for the scale benchmark, number ${i}.
tags: [models]
slug: /synthetic/note-${i}
difficulty: beginner
prerequisites: []
last_reviewed: 2026-11-22
---

Summary of synthetic note ${i}: ${prose(i, 40)}

## Intuition {/* #intuition */}

${paragraphs(1)}

$$
x_t = \\sqrt{\\bar\\alpha_t}\\,x_0 + \\sqrt{1-\\bar\\alpha_t}\\,\\epsilon
$$

## Details {/* #details */}

${paragraphs(2)}

### More {/* #more */}

${paragraphs(3)}
`;
}

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Bytes on the wire (gzip), not the decoded body. */
async function wireBytes(response) {
  const sizes = await response
    .request()
    .sizes()
    .catch(() => ({responseBodySize: 0}));
  return sizes.responseBodySize;
}

/**
 * One first search on a cold page (a new browser context: empty cache). Returns the
 * bytes fetched from /pagefind/ and, from the page's own clock, how long after the last
 * index chunk arrived (index, metadata, WebAssembly, vocabulary, synonyms) the results
 * were ranked and shown (src/search/pagefind.ts marks both).
 */
async function measureSearch(browser, url, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  // When each index file finished arriving (wall clock). Pagefind fetches its chunks
  // from a worker, whose requests the page's own Resource Timing does not list.
  const arrivals = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().includes('/pagefind/')) return;
    const finished = Date.now();
    if (/\.pf_index|\.pf_meta|wasm\.|vocabulary\.json|synonyms\.json/.test(request.url()))
      arrivals.push(finished);
    const sizes = await request.sizes().catch(() => ({responseBodySize: 0}));
    bytes += sizes.responseBodySize;
  });
  await page.goto(`${url}/search?q=${encodeURIComponent(query)}`, {waitUntil: 'networkidle'});
  await page
    .getByRole('status')
    .filter({hasText: /found|No results|match most/})
    .waitFor({timeout: 30_000});
  const marks = await page.evaluate(() => {
    const at = (name) =>
      performance.timeOrigin + (performance.getEntriesByName(name).at(-1)?.startTime ?? NaN);
    return {ranked: at('kb-search:ranked'), done: at('kb-search:done')};
  });
  await context.close();
  const lastChunk = Math.max(...arrivals.filter((t) => t <= marks.ranked));
  return {query, kib: bytes / 1024, answerMs: marks.ranked - lastChunk, shownMs: marks.done - lastChunk};
}

async function measureInBrowser(buildDir) {
  const server = await serveBuild(buildDir);
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: CHROME_FLAGS.filter((f) => f !== '--headless=new'),
  });
  try {
    const page = await browser.newPage();
    const bytes = {js: 0, searchOnNote: 0};
    page.on('response', async (response) => {
      const size = await wireBytes(response);
      if (response.request().resourceType() === 'script') bytes.js += size;
      // A note must not download any of the search (index, vocabulary, synonyms).
      if (response.url().includes('/pagefind/')) bytes.searchOnNote += size;
    });
    await page.goto(`${server.url}/docs/synthetic/note-1`, {waitUntil: 'networkidle'});
    await page.close();
    const searches = [];
    for (const query of SEARCHES) searches.push(await measureSearch(browser, server.url, query));
    return {jsKiB: bytes.js / 1024, searchOnNoteKiB: bytes.searchOnNote / 1024, searches};
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const scratch = path.join(os.tmpdir(), `genai-kb-scale-${count}`);
  rmSync(scratch, {recursive: true, force: true});
  mkdirSync(scratch, {recursive: true});
  for (const entry of readdirSync(root)) {
    if (['node_modules', 'build', '.docusaurus', 'reports', 'test-results', '.git'].includes(entry)) continue;
    cpSync(path.join(root, entry), path.join(scratch, entry), {recursive: true});
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'));
  const dir = path.join(scratch, 'docs/synthetic');
  mkdirSync(dir, {recursive: true});
  writeFileSync(path.join(dir, '_category_.yml'), 'label: Synthetic\nposition: 50\n');
  // Notes come in topics of PER_TOPIC, as a real knowledge base's sidebar would group
  // them (--flat puts them all in one category, the worst case for page size).
  for (let i = 1; i <= count; i += 1) {
    const topic = flat ? '' : `topic-${String(Math.ceil(i / PER_TOPIC)).padStart(3, '0')}`;
    const topicDir = path.join(dir, topic);
    if (!existsSync(topicDir)) {
      mkdirSync(topicDir, {recursive: true});
      writeFileSync(path.join(topicDir, '_category_.yml'), `label: ${topic.replace('-', ' ')}\n`);
    }
    writeFileSync(path.join(topicDir, `note-${i}.mdx`), syntheticNote(i));
  }
  // Last-updated dates need git history; give the scratch copy one commit.
  spawnSync('git', ['init', '-q'], {cwd: scratch});
  spawnSync('git', ['add', '-A'], {cwd: scratch});
  spawnSync('git', ['-c', 'user.email=bench@localhost', '-c', 'user.name=bench', 'commit', '-qm', 'scale'], {
    cwd: scratch,
  });

  const timeBin = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'MAXRSS_KB=%M'] : [];
  const started = Date.now();
  const build = spawnSync(
    timeBin[0] ?? 'npx',
    [...timeBin.slice(1), ...(timeBin.length ? ['npx'] : []), 'docusaurus', 'build'],
    {
      cwd: scratch,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        NODE_OPTIONS: '--max-old-space-size=8192',
        ...(warm ? {} : {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'}),
      },
    },
  );
  const buildSeconds = (Date.now() - started) / 1000;
  if (verbose) console.log(build.stdout, build.stderr);
  if (build.status !== 0) {
    console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
    process.exit(1);
  }
  const maxRss = /MAXRSS_KB=(\d+)/.exec(build.stderr)?.[1];
  const buildDir = path.join(scratch, 'build');
  const browser = await measureInBrowser(buildDir);
  const result = {
    notes: count,
    sidebar: flat ? 'one category' : `topics of ${PER_TOPIC}`,
    rspackCache: warm ? 'warm' : 'cold',
    buildSeconds: Number(buildSeconds.toFixed(1)),
    peakMemoryMiB: maxRss ? Math.round(Number(maxRss) / 1024) : null,
    buildSizeMiB: Number((dirSize(buildDir) / 1024 / 1024).toFixed(1)),
    jsPerNoteKiB: Number(browser.jsKiB.toFixed(1)),
    searchBytesOnNoteKiB: Number(browser.searchOnNoteKiB.toFixed(1)),
    firstSearchKiB: Number(Math.max(...browser.searches.map((x) => x.kib)).toFixed(1)),
    searches: browser.searches.map((x) => ({
      query: x.query,
      kib: Number(x.kib.toFixed(1)),
      answerMs: Math.round(x.answerMs),
      shownMs: Math.round(x.shownMs),
    })),
    targets: TARGETS,
  };
  result.meetsTargets =
    result.buildSeconds <= TARGETS.buildSeconds &&
    result.firstSearchKiB <= TARGETS.searchKiB &&
    result.searches.every((x) => x.answerMs <= TARGETS.answerMs);
  const md = [
    `# Scale benchmark: ${count} synthetic notes (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores)`,
    '',
    `Sidebar: ${result.sidebar}. Rspack cache: ${result.rspackCache}.`,
    '',
    '| build time | peak memory | build size | JS per note (gzip) | first search |',
    '| --- | --- | --- | --- | --- |',
    `| ${result.buildSeconds} s | ${result.peakMemoryMiB ?? 'n/a'} MiB | ${result.buildSizeMiB} MiB | ${result.jsPerNoteKiB} KiB | ${result.firstSearchKiB} KiB |`,
    '',
    `Search bytes a note downloads before any search: ${result.searchBytesOnNoteKiB} KiB.`,
    '',
    'First search on a cold page (ms after the last index chunk arrived):',
    '',
    '| query | bytes (gzip) | ranked | shown |',
    '| --- | --- | --- | --- |',
    ...result.searches.map((x) => `| ${x.query} | ${x.kib} KiB | ${x.answerMs} ms | ${x.shownMs} ms |`),
    '',
    `Targets: build ≤ ${TARGETS.buildSeconds} s, first search ≤ ${TARGETS.searchKiB} KiB and ranked ≤ ${TARGETS.answerMs} ms after its index: ${result.meetsTargets ? 'met' : 'missed'}.`,
    '',
  ].join('\n');
  mkdirSync(path.join(root, 'reports'), {recursive: true});
  writeFileSync(path.join(root, `reports/bench-scale-${count}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(root, `reports/bench-scale-${count}.md`), md);
  console.log(md);
  if (keep) console.log(`Scratch copy kept in ${scratch}`);
  else rmSync(scratch, {recursive: true, force: true});
}

await main();
