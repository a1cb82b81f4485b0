#!/usr/bin/env node
/**
 * `npm run check:notes [files…]`: checks notes in seconds, without building the site.
 * Runs the same guards as the build (front matter, tags, prerequisites, heading ids,
 * math, images, links and anchors; see plugins/content-guards/) and adds the page-shape
 * rule of the content map: every note ends with the four closing sections.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {createNoteChecker} from '../plugins/content-guards/check-file.mjs';
import {CLOSING_SECTIONS, headings, listNotes} from './lib/notes.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const files = args.length > 0 ? args.map((f) => path.resolve(f)) : listNotes(root);
const check = createNoteChecker({siteDir: root});

let problems = 0;
for (const file of files) {
  const rel = path.relative(root, file);
  const {frontMatter, problems: found} = await check(file);
  const isNote =
    rel.startsWith('docs/') && !rel.startsWith('docs/reference/') && frontMatter.unlisted !== true;
  if (isNote) {
    const ids = new Set(headings(readFileSync(file, 'utf8')).map((h) => h.id));
    for (const id of CLOSING_SECTIONS) {
      if (!ids.has(id))
        found.push(
          `${rel}:1: missing the closing section "## … {/* #${id} */}" (see CONTRIBUTING.md#page-shape)`,
        );
    }
  }
  for (const line of found) console.error(line);
  problems += found.length;
}
if (problems > 0) {
  console.error(`\n${problems} problem(s) in ${files.length} note(s).`);
  process.exit(1);
}
console.log(`${files.length} note(s) checked, no problems.`);
