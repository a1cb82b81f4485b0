#!/usr/bin/env node
// Fast check of notes without a full site build: compiles each note as MDX with the
// site's math plugins and reports problems as `file:line: message`.
// Usage: node scripts/check-notes.mjs [files...]   (default: every note under docs/)
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import yaml from 'js-yaml';
import {checkNote, listNotes} from './lib/notes.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const files = args.length > 0 ? args.map((f) => path.resolve(f)) : listNotes(root);

const tags = Object.keys(yaml.load(readFileSync(path.join(root, 'docs/tags.yml'), 'utf8')) ?? {});
let problems = 0;
for (const file of files) {
  const rel = path.relative(root, file);
  const found = await checkNote(readFileSync(file, 'utf8'), rel, {tags});
  for (const p of found) {
    console.error(`${rel}:${p.line ?? 1}: ${p.message}`);
  }
  problems += found.length;
}
if (problems > 0) {
  console.error(`\n${problems} problem(s) in ${files.length} note(s).`);
  process.exit(1);
}
console.log(`${files.length} note(s) checked, no problems.`);
