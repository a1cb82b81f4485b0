import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {insideGitWorktree, lastReviewedOf, lastReviewedVcs, vcsFor} from '.';

describe('last-updated dates without git', () => {
  it('reads last_reviewed from front matter', () => {
    expect(lastReviewedOf('---\ntitle: A\nlast_reviewed: 2026-11-22\n---\nBody')).toBe(
      Date.parse('2026-11-22T00:00:00Z'),
    );
    expect(lastReviewedOf("---\nlast_reviewed: '2026-01-02'\n---\n")).toBe(
      Date.parse('2026-01-02T00:00:00Z'),
    );
    expect(lastReviewedOf('---\ntitle: A\n---\nlast_reviewed: 2026-11-22')).toBeNull();
    expect(lastReviewedOf('no front matter')).toBeNull();
  });

  it('gives Docusaurus the date of a note, and none for a file without one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-vcs-'));
    const note = path.join(dir, 'note.mdx');
    const page = path.join(dir, 'page.mdx');
    writeFileSync(note, '---\nlast_reviewed: 2026-12-01\n---\n');
    writeFileSync(page, '# A page\n');
    expect(await lastReviewedVcs.getFileLastUpdateInfo(note)).toEqual({
      timestamp: Date.parse('2026-12-01T00:00:00Z'),
      author: '',
    });
    expect(await lastReviewedVcs.getFileLastUpdateInfo(page)).toBeNull();
    expect(await lastReviewedVcs.getFileLastUpdateInfo(path.join(dir, 'missing.mdx'))).toBeNull();
  });

  it('keeps git inside a worktree and falls back outside one', () => {
    const repo = path.resolve(__dirname, '../..');
    // A clone has .git; a source archive (where this test may also run) has not.
    const isClone = existsSync(path.join(repo, '.git'));
    expect(insideGitWorktree(repo)).toBe(isClone);
    expect(vcsFor(repo)).toEqual(isClone ? {} : {experimental_vcs: lastReviewedVcs});
    const outside = mkdtempSync(path.join(tmpdir(), 'kb-outside-git-'));
    expect(insideGitWorktree(outside)).toBe(false);
    expect(vcsFor(outside)).toEqual({experimental_vcs: lastReviewedVcs});
  });
});
