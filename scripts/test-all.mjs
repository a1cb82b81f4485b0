#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, with one summary at the end.
 * Every step runs even when an earlier one fails (so a contributor sees all problems at
 * once), except the browser tests, which need both builds to succeed.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import net from 'node:net';
import process from 'node:process';

const steps = [
  {name: 'typecheck', cmd: ['npx', 'tsc'], what: 'TypeScript, strict'},
  {
    name: 'eslint',
    cmd: ['npm', 'run', '--silent', 'lint:code'],
    what: 'ESLint: TypeScript, React and Docusaurus rules',
  },
  {
    name: 'prettier',
    cmd: ['npm', 'run', '--silent', 'lint:format'],
    what: 'Prettier: code and repository Markdown',
  },
  {
    name: 'spelling',
    cmd: ['npm', 'run', '--silent', 'lint:spelling'],
    what: 'cspell with the project word list',
  },
  {
    name: 'markdown',
    cmd: ['npm', 'run', '--silent', 'lint:markdown'],
    what: 'markdownlint on notes and Markdown',
  },
  {
    name: 'content',
    cmd: ['npm', 'run', '--silent', 'check:notes'],
    what: 'front matter, heading ids, sections, MDX, math',
  },
  {name: 'unit', cmd: ['npx', 'vitest', 'run'], what: 'Vitest', report: 'reports/vitest.json'},
  {name: 'build', cmd: ['npx', 'docusaurus', 'build'], what: 'Docusaurus production build and search index'},
  {
    name: 'archive',
    cmd: ['node', 'scripts/build-archive.mjs'],
    what: 'the build from a copy without .git, for a site served under /kb/ (build-subpath/)',
  },
  {
    name: 'e2e',
    cmd: ['npx', 'playwright', 'test'],
    what: 'Playwright in Chromium against both builds',
    needs: ['build', 'archive'],
    report: 'reports/playwright.json',
  },
];

/** Where CONTRIBUTING.md explains each step and how to fix what it reports. */
const HELP = {
  typecheck: 'spelling-markdown-style-and-formatting',
  eslint: 'spelling-markdown-style-and-formatting',
  prettier: 'spelling-markdown-style-and-formatting',
  spelling: 'spelling-markdown-style-and-formatting',
  markdown: 'spelling-markdown-style-and-formatting',
  content: 'page-shape',
  unit: 'unit-tests',
  build: 'the-checks',
  archive: 'deploying-a-fork-or-a-copy',
  e2e: 'browser-tests',
};

/** Passed/failed test cases from a runner's JSON report, if it wrote one. */
function countTests(step) {
  if (!step.report || !existsSync(step.report)) return null;
  const json = JSON.parse(readFileSync(step.report, 'utf8'));
  if (step.name === 'unit') return {passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0};
  const stats = json.stats ?? {};
  return {passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0)};
}

/** A free port on 127.0.0.1 for the browser tests' server, unless E2E_PORT is set. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

rmSync('reports', {recursive: true, force: true});
const env = {
  ...process.env,
  E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
  E2E_SUBPATH_PORT: process.env.E2E_SUBPATH_PORT ?? String(await freePort()),
};
const results = [];
for (const step of steps) {
  const needs = step.needs ?? [];
  if (needs.some((name) => results.find((r) => r.name === name)?.status !== 'passed')) {
    results.push({...step, status: 'not run', seconds: 0, tests: null});
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.what}\n  $ ${step.cmd.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {stdio: 'inherit', env});
  const seconds = (Date.now() - started) / 1000;
  results.push({...step, status: run.status === 0 ? 'passed' : 'FAILED', seconds, tests: countTests(step)});
}

console.log('\n──────── summary ────────');
for (const r of results) {
  const tests = r.tests ? `  ${r.tests.passed} passed, ${r.tests.failed} failed` : '';
  console.log(`${r.status.padEnd(8)} ${r.name.padEnd(10)} ${r.seconds.toFixed(1).padStart(6)} s${tests}`);
}
let passed = 0;
let failed = 0;
for (const r of results) {
  if (r.tests) {
    passed += r.tests.passed;
    failed += r.tests.failed;
  }
  // A step that failed without failing a counted test (type error, lint, build) counts once.
  if (r.status !== 'passed' && (!r.tests || r.tests.failed === 0)) failed += 1;
  else if (r.status === 'passed' && !r.tests) passed += 1;
}
const bad = results.filter((r) => r.status !== 'passed').map((r) => r.name);
if (bad.length > 0) {
  console.log(`\nFailed or not run: ${bad.join(', ')}. See each step's output above, and:`);
  for (const name of bad) console.log(`  ${name}: CONTRIBUTING.md#${HELP[name] ?? 'the-checks'}`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(bad.length > 0 ? 1 : 0);
