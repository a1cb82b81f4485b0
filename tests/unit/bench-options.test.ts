/**
 * The options of `npm run bench`: the default pages, chosen pages, every page of the
 * sitemap with one run each, and a clear error for a bad option.
 */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PAGES, parseBenchArgs, sitemapPages} from '../../scripts/bench/options.mjs';

describe('npm run bench options', () => {
  it('measures the four default pages three times, after a build', () => {
    expect(parseBenchArgs([])).toEqual({build: true, runs: 3, pages: DEFAULT_PAGES, keepBelow: null});
  });

  it('measures the pages named, as often as asked', () => {
    expect(
      parseBenchArgs(['--no-build', '--pages', '/docs/models/vaes, /docs/models/gans', '--runs', '5']),
    ).toEqual({
      build: false,
      runs: 5,
      keepBelow: null,
      pages: [
        {name: '/docs/models/vaes', path: '/docs/models/vaes'},
        {name: '/docs/models/gans', path: '/docs/models/gans'},
      ],
    });
  });

  it('measures every page of the sitemap once with --all, unless --runs says otherwise', () => {
    expect(parseBenchArgs(['--all'])).toEqual({build: true, runs: 1, pages: 'sitemap', keepBelow: null});
    expect(parseBenchArgs(['--all', '--runs', '2']).runs).toBe(2);
  });

  it('keeps the weak runs below a score with --keep-below', () => {
    expect(parseBenchArgs(['--keep-below', '95']).keepBelow).toBe(95);
    expect(() => parseBenchArgs(['--keep-below', '101'])).toThrow(/score from 0 to 100/);
    expect(() => parseBenchArgs(['--keep-below', 'weak'])).toThrow(/score from 0 to 100/);
    expect(() => parseBenchArgs(['--keep-below'])).toThrow(/--keep-below needs a value/);
  });

  it('rejects unknown options, missing values and paths that are not paths', () => {
    expect(() => parseBenchArgs(['--page', '/'])).toThrow(/unknown option --page/);
    expect(() => parseBenchArgs(['--pages'])).toThrow(/--pages needs a value/);
    expect(() => parseBenchArgs(['--runs', 'many'])).toThrow(/--runs must be a whole number/);
    expect(() => parseBenchArgs(['--pages', 'docs/models/vaes'])).toThrow(/start it with \//);
  });

  it('reads the sitemap as paths on the site', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
    const file = path.join(dir, 'sitemap.xml');
    writeFileSync(
      file,
      '<urlset><url><loc>https://example.org/</loc></url><url><loc>https://example.org/docs/models/vaes</loc></url></urlset>',
    );
    expect(sitemapPages(file)).toEqual([
      {name: '/', path: '/'},
      {name: '/docs/models/vaes', path: '/docs/models/vaes'},
    ]);
  });
});
