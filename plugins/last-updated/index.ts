/**
 * The "last updated" date of each note comes from git when the site is built from a
 * clone. A source archive (a ZIP download, `git archive`) has no `.git`, and Docusaurus's
 * git reader then stops the build ("outside any Git worktree"). Outside a git worktree
 * this module gives Docusaurus a reader that takes each note's `last_reviewed` instead,
 * and leaves the date out for files without one.
 */
import {spawnSync} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import type {VcsChangeInfo, VcsConfig} from '@docusaurus/types';

/** True when `dir` is inside a git worktree and git is installed. */
export function insideGitWorktree(dir: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: dir, encoding: 'utf8'});
  return result.status === 0 && result.stdout.trim() === 'true';
}

/** `last_reviewed: 2026-11-22` in a note's front matter, as a timestamp (ms), or null. */
export function lastReviewedOf(source: string): number | null {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const date = frontMatter && /^last_reviewed:\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*$/m.exec(frontMatter)?.[1];
  if (!date) return null;
  const timestamp = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(timestamp) ? null : timestamp;
}

/** A Docusaurus VCS that reads dates from the notes' front matter instead of git. */
// Docusaurus validates each hook's arity (one parameter), hence the unused ones.
export const lastReviewedVcs: VcsConfig = {
  initialize: (params) => void params,
  getFileCreationInfo: async (filePath) => {
    void filePath;
    return null;
  },
  getFileLastUpdateInfo: async (filePath: string): Promise<VcsChangeInfo | null> => {
    const timestamp = lastReviewedOf(await readFile(filePath, 'utf8').catch(() => ''));
    return timestamp === null ? null : {timestamp, author: ''};
  },
};

/**
 * The `future.experimental_vcs` setting for the site: nothing (Docusaurus's git reader)
 * inside a worktree, the front-matter reader outside one.
 */
export function vcsFor(siteDir: string): {experimental_vcs?: VcsConfig} {
  return insideGitWorktree(siteDir) ? {} : {experimental_vcs: lastReviewedVcs};
}
