/**
 * The options of `npm run bench` (scripts/bench/lighthouse.mjs), apart from the benchmark so
 * that a unit test can check them (tests/unit/bench-options.test.ts).
 */
import {readFileSync} from 'node:fs';

/** The pages measured when none are named: one of each kind. */
export const DEFAULT_PAGES = [
  {name: 'Home', path: '/'},
  {name: 'Model page with math and an explainer (transformers)', path: '/docs/models/transformers'},
  {name: 'Diffusion models', path: '/docs/models/diffusion-models'},
  {name: 'Search results', path: '/search?q=attention'},
];

const USAGE =
  'usage: npm run bench -- [--no-build] [--runs N] [--pages /a,/b | --all] [--keep-below SCORE]\n' +
  '  --pages       measure these paths (comma-separated) instead of the default four pages\n' +
  '  --all         measure every page of build/sitemap.xml, one run each unless --runs is given\n' +
  '  --keep-below  save the report and trace of every run whose performance score is below\n' +
  '                SCORE (0-100) in reports/bench-runs/, to see what slowed that run down';

/**
 * Reads the command line. Returns `{build, runs, pages, keepBelow}` where `pages` is a list of
 * `{name, path}`, or the string 'sitemap' for `--all` (the sitemap is read after the build).
 * Throws with the usage on an unknown or malformed option.
 */
export function parseBenchArgs(args) {
  let build = true;
  let runs;
  let pages = DEFAULT_PAGES;
  /** @type {number | null} */
  let keepBelow = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = () => {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      i += 1;
      return next;
    };
    if (arg === '--no-build') build = false;
    else if (arg === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1\n${USAGE}`);
    } else if (arg === '--pages') {
      const paths = value()
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const bad = paths.find((p) => !p.startsWith('/'));
      if (bad !== undefined) throw new Error(`--pages: "${bad}" is not a path on the site (start it with /)`);
      pages = paths.map((p) => ({name: p, path: p}));
    } else if (arg === '--keep-below') {
      keepBelow = Number(value());
      if (!Number.isFinite(keepBelow) || keepBelow < 0 || keepBelow > 100)
        throw new Error(`--keep-below must be a score from 0 to 100\n${USAGE}`);
    } else if (arg === '--all') pages = 'sitemap';
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  // A run of every page is a survey (about 20 s a page), so it does one run per page.
  return {build, runs: runs ?? (pages === 'sitemap' ? 1 : 3), pages, keepBelow};
}

/** Every page of a built sitemap.xml, as `{name, path}` with the path on the site. */
export function sitemapPages(sitemapFile) {
  const xml = readFileSync(sitemapFile, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const path = new URL(match[1] ?? '').pathname;
    return {name: path, path};
  });
}
