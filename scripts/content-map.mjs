#!/usr/bin/env node
/**
 * Reads the editorial plan (../shared/content-map.md, beside the repository) and writes
 * tests/content-map.json: every required page with its URL, its required anchors and, for a
 * page the plan added later, the month it was added (`added: "2026-12"`). The
 * content test checks the notes against that file, so a page or anchor the plan promises
 * can never go missing. Run it again when the plan changes: `npm run content-map`.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const PLAN = path.resolve(root, '../shared/content-map.md');
export const OUTPUT = path.join(root, 'tests/content-map.json');

/** @param {string} markdown */
export function parseContentMap(markdown) {
  const pages = [];
  let section = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## \d+\. .*?`\/docs\/([a-z-]+)\/\.\.\.`/.exec(line);
    if (heading) {
      section = heading[1];
      continue;
    }
    if (/^## /.test(line)) section = line.includes('Reference') ? '' : null;
    if (section === null) continue;
    const row = /^\| `([^`]+)` \| (.*) \|$/.exec(line);
    if (!row) continue;
    const [, slug = '', cover = ''] = row;
    const anchorText = /Anchors?: (.*)$/.exec(cover)?.[1] ?? '';
    const anchors = [...anchorText.matchAll(/`#([a-z0-9-]+)`/g)].map((m) => m[1]);
    const url = slug.startsWith('/docs/') ? slug : `/docs/${section}/${slug}`;
    const added = /\*\*\(added (\d{4}-\d{2})\)\*\*/.exec(cover)?.[1];
    pages.push(added ? {url, anchors, added} : {url, anchors});
  }
  return pages;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  if (!existsSync(PLAN)) {
    console.error(`content-map: ${PLAN} not found (it sits beside the repository in the workspace).`);
    process.exit(1);
  }
  const pages = parseContentMap(readFileSync(PLAN, 'utf8'));
  writeFileSync(OUTPUT, `${JSON.stringify(pages, null, 2)}\n`);
  console.log(`content-map: wrote ${pages.length} pages to ${path.relative(root, OUTPUT)}`);
}
