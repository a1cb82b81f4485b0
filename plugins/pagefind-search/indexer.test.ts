/**
 * What the indexer hands Pagefind: the title and the note, not the navigation around it.
 */
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {encode} from 'cbor2';
import {describe, expect, it} from 'vitest';
import {readIndexedWords, searchableDocument, withoutNonHeadingIds, withTitleWeight} from './indexer.mjs';

const PAGE = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>GANs | Generative AI, explained</title><link rel="stylesheet" href="/a.css"></head><body>
<nav class="menu"><a href="/docs/one">Sidebar link one</a><a href="/docs/two">Sidebar link two</a></nav>
<main><article><div data-pagefind-body=""><div class="markdown"><h1>Generative adversarial networks</h1><p>A generator and a discriminator.</p></div></div>
<footer class="theme-doc-footer">Edit this page</footer></article></main><footer class="footer">Site footer</footer></body></html>`;

describe('searchableDocument', () => {
  it('keeps the title and the note, and drops the sidebar and the footers', () => {
    const doc = searchableDocument(PAGE);
    expect(doc).toContain('<title>GANs | Generative AI, explained</title>');
    expect(doc).toContain('<html lang="en">');
    expect(doc).toContain(
      '<div data-pagefind-body=""><div class="markdown"><h1 data-pagefind-weight="10">Generative adversarial networks</h1>',
    );
    expect(doc).toContain('A generator and a discriminator.');
    expect(doc).not.toContain('Sidebar link');
    expect(doc).not.toContain('Site footer');
    expect(doc).not.toContain('stylesheet');
  });

  it('leaves a page without a note as it is', () => {
    const page = '<html><body><p>Not a note</p></body></html>';
    expect(searchableDocument(page)).toBe(page);
  });
});

describe('withoutNonHeadingIds', () => {
  it('keeps heading ids, which Pagefind turns into sub-results', () => {
    const html =
      '<h2 id="training" class="anchor">Training<a href="#training">#</a></h2><h3 id=\'loss\'>Loss</h3>';
    expect(withoutNonHeadingIds(html)).toBe(html);
  });

  it('drops the ids of other elements, whatever their other attributes hold', () => {
    const html =
      '<li id="goodfellow2014gan" data-note="a > b" class="ref">GAN paper</li><dt title=\'x="y"\' id="elbo">ELBO</dt><input id=q type="range"/><p>no id</p>';
    expect(withoutNonHeadingIds(html)).toBe(
      '<li data-note="a > b" class="ref">GAN paper</li><dt title=\'x="y"\'>ELBO</dt><input type="range"/><p>no id</p>',
    );
  });

  it('does not mistake data-id or an id inside a value for an id attribute', () => {
    const html = '<div data-id="keep" aria-describedby="x id=y">text</div>';
    expect(withoutNonHeadingIds(html)).toBe(html);
  });
});

describe('withTitleWeight', () => {
  it('gives the title the highest weight and leaves other headings and explicit weights alone', () => {
    expect(withTitleWeight('<h1 class="t">Title</h1><h2>Part</h2><header>x</header>')).toBe(
      '<h1 data-pagefind-weight="10" class="t">Title</h1><h2>Part</h2><header>x</header>',
    );
    expect(withTitleWeight('<h1 data-pagefind-weight="3">T</h1>')).toBe(
      '<h1 data-pagefind-weight="3">T</h1>',
    );
  });
});

describe('readIndexedWords', () => {
  const chunk = (data: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(data)]));
  const withChunks = async (chunks: Record<string, Buffer>) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pf-index-'));
    try {
      mkdirSync(path.join(dir, 'index'));
      for (const [name, bytes] of Object.entries(chunks)) writeFileSync(path.join(dir, 'index', name), bytes);
      return await readIndexedWords(dir);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  };

  it('lists the words (stems) of every index chunk', async () => {
    const words = await withChunks({
      'en_1.pf_index': chunk([
        [
          ['diffus', [[0, [3, 9], []]], []],
          ['model', [[1, [2], []]], []],
        ],
      ]),
      'en_2.pf_index': chunk([[['attent', [[0, [5], []]], []]]]),
    });
    expect([...words].sort()).toEqual(['attent', 'diffus', 'model']);
  });

  it('stops the build on a chunk it cannot read, naming it', async () => {
    await expect(withChunks({'en_3.pf_index': chunk({words: ['diffus']})})).rejects.toThrow(/en_3\.pf_index/);
    await expect(withChunks({'en_4.pf_index': gzipSync(Buffer.from('not an index'))})).rejects.toThrow(
      /en_4\.pf_index/,
    );
  });
});
