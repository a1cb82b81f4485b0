#!/usr/bin/env node
/**
 * The manifest of every published URL and heading anchor (tests/published-urls.json).
 * Instructors link to these for years, so a URL or anchor in the manifest may never
 * disappear unless a redirect covers it (see docusaurus.config.ts, client-redirects).
 *
 *   npm run urls:update   after `npm run build`: rewrite the manifest from build/
 *
 * The browser tests (tests/e2e/published-urls.spec.ts) check the build against it.
 */
// CommonJS, so that both node and the Playwright tests (which transpile ES modules to
// CommonJS) can load it.
const {existsSync, readFileSync, writeFileSync} = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const MANIFEST = path.join(root, 'tests/published-urls.json');

/** The HTML file that serves a URL path in build/ (no trailing slashes on this site). */
function fileForPath(buildDir, urlPath) {
  const clean = urlPath.replace(/\/+$/, '');
  const candidates = clean === '' ? ['index.html'] : [`${clean}.html`, `${clean}/index.html`];
  return candidates.map((c) => path.join(buildDir, c)).find((f) => existsSync(f)) ?? null;
}

/** Anchors a page promises: ids of its headings and of glossary/reference entries. */
function anchorsIn(html) {
  const ids = new Set();
  for (const m of html.matchAll(/<(h[2-3]|dt|li)\b[^>]*\bid="?([A-Za-z0-9_-]+)"?/g)) ids.add(m[2]);
  return [...ids].sort();
}

/** A redirect page made by @docusaurus/plugin-client-redirects (meta refresh). */
function isRedirect(html) {
  return /<meta http-equiv="refresh"/i.test(html);
}

/**
 * Every URL of the sitemap with its anchors.
 * @param {string} buildDir
 * @returns {Record<string, string[]>}
 */
function collectPublished(buildDir) {
  const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
  /** @type {Record<string, string[]>} */
  const manifest = {};
  for (const url of urls) {
    const file = fileForPath(buildDir, url);
    manifest[url] = file ? anchorsIn(readFileSync(file, 'utf8')) : [];
  }
  return manifest;
}

module.exports = {MANIFEST, fileForPath, anchorsIn, isRedirect, collectPublished};

if (require.main === module) {
  const buildDir = path.join(root, 'build');
  if (!existsSync(path.join(buildDir, 'sitemap.xml'))) {
    console.error('url-manifest: build/sitemap.xml is missing: run `npm run build` first.');
    process.exit(1);
  }
  const next = collectPublished(buildDir);
  const previous = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
  // Never drop a promise: keep old entries (the check then demands a redirect for them).
  const merged = {...previous};
  for (const [url, anchors] of Object.entries(next)) {
    merged[url] = [...new Set([...(previous[url] ?? []), ...anchors])].sort();
  }
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(MANIFEST, `${JSON.stringify(sorted, null, 2)}\n`);
  const count = Object.values(sorted).reduce((n, a) => n + a.length, 0);
  console.log(
    `url-manifest: ${Object.keys(sorted).length} URLs and ${count} anchors in ${path.relative(root, MANIFEST)}`,
  );
}
