/**
 * Links never break: every URL and heading anchor in tests/published-urls.json (the
 * promises made to instructors) still exists in the build, or its page is redirected.
 * New pages and anchors must be added to the manifest (`npm run urls:update`), so that
 * they are protected too.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {anchorsIn, collectPublished, fileForPath, isRedirect, MANIFEST} from '../../scripts/url-manifest.cjs';

const buildDir = path.join(process.cwd(), 'build');
const manifest: Record<string, string[]> = JSON.parse(readFileSync(MANIFEST, 'utf8'));

test.describe('published URLs and anchors', () => {
  for (const [url, anchors] of Object.entries(manifest)) {
    test(`${url} is still served with its ${anchors.length} anchors`, () => {
      const file = fileForPath(buildDir, url);
      expect(
        file,
        `${url} is gone: restore it or add a redirect (CONTRIBUTING.md#links-that-never-break)`,
      ).not.toBeNull();
      const html = readFileSync(file ?? '', 'utf8');
      if (isRedirect(html)) return; // a redirect keeps the old address working
      const present = new Set(anchorsIn(html));
      const missing = anchors.filter((a) => !present.has(a));
      expect(
        missing,
        `${url}: anchors removed (restore the heading ids; CONTRIBUTING.md#links-that-never-break)`,
      ).toEqual([]);
    });
  }

  test('every page and anchor of the build is recorded in the manifest', () => {
    const built: Record<string, string[]> = collectPublished(buildDir);
    const unrecorded = Object.entries(built).flatMap(([url, anchors]) =>
      !(url in manifest)
        ? [url]
        : anchors.filter((a) => !manifest[url]?.includes(a)).map((a) => `${url}#${a}`),
    );
    expect(unrecorded, 'run `npm run urls:update` and commit tests/published-urls.json').toEqual([]);
  });
});
