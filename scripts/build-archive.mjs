#!/usr/bin/env node
/**
 * `npm run build:archive`: builds the site the way someone who downloaded a source
 * archive (a ZIP, `git archive`) would, and for a fork served under a sub-path:
 *
 * - from a copy of the repository's files without `.git` (so no git history; the
 *   last-updated dates must come from the notes' `last_reviewed`),
 * - with SITE_URL=https://example.org and BASE_URL=/kb/,
 * - into build-subpath/, which tests/e2e/subpath.spec.ts serves under /kb/.
 *
 * The copy reuses this checkout's node_modules through a symbolic link, so nothing is
 * installed again.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const ARCHIVE_SITE_URL = 'https://example.org';
export const ARCHIVE_BASE_URL = '/kb/';
const outDir = path.join(root, 'build-subpath');

// What an archive holds: the tracked files (and new ones not ignored, so uncommitted work
// is tested too), without .git.
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
});
if (listed.status !== 0) {
  console.error(`build:archive: git ls-files failed: ${listed.stderr}`);
  process.exit(1);
}
// node_modules is linked below, never copied (a symbolic link to it is not matched by `node_modules/` in .gitignore).
const files = listed.stdout
  .split('\0')
  .filter((file) => file !== '' && file.split('/')[0] !== 'node_modules');
const copy = mkdtempSync(path.join(tmpdir(), 'kb-archive-'));
for (const file of files) {
  const from = path.join(root, file);
  const to = path.join(copy, file);
  mkdirSync(path.dirname(to), {recursive: true});
  try {
    cpSync(from, to);
  } catch {
    // A file deleted in the working tree but still tracked: an archive would not have it.
  }
}
symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(copy, 'node_modules'), 'dir');
console.log(
  `build:archive: ${files.length} files copied to ${copy} (no .git); building for ${ARCHIVE_SITE_URL}${ARCHIVE_BASE_URL}`,
);

rmSync(outDir, {recursive: true, force: true});
const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
  cwd: copy,
  stdio: 'inherit',
  env: {...process.env, SITE_URL: ARCHIVE_SITE_URL, BASE_URL: ARCHIVE_BASE_URL},
});
rmSync(copy, {recursive: true, force: true});
process.exit(build.status ?? 1);
