import {describe, expect, it} from 'vitest';
import {buildVocabulary, extractIndexedText} from './vocabulary.mjs';
import {urlForFile} from './indexer.mjs';

const page = `<html><body><nav>Sidebar words</nav><article><div data-pagefind-body="">
<h1>Diffusion models</h1><p>Diffusion adds noise &amp; removes it.</p>
<span class="katex"><math><annotation encoding="application/x-tex">\\bar\\alpha_t</annotation></math></span>
</div><footer>Edit this page</footer></article></body></html>`;

describe('extractIndexedText', () => {
  it('keeps the note text and drops navigation, math source and the footer', () => {
    const text = extractIndexedText(page);
    expect(text).toContain('Diffusion models');
    expect(text).toContain('noise & removes');
    expect(text).not.toContain('Sidebar');
    expect(text).not.toContain('alpha');
    expect(text).not.toContain('Edit this page');
    expect(text).not.toContain('pagefind');
  });

  it('returns nothing for pages that are not indexed', () => {
    expect(extractIndexedText('<article><p>Hi there</p></article>')).toBe('');
  });
});

describe('buildVocabulary', () => {
  it('counts words, most frequent first, and caps the list', () => {
    const v = buildVocabulary(['diffusion diffusion model', 'Diffusion noise a an'], 2);
    expect(v.words).toEqual(['diffusion', 'model']);
    expect(v.counts).toEqual([3, 1]);
  });
});

describe('urlForFile', () => {
  it('maps built files to the clean URLs the site serves', () => {
    expect(urlForFile('/b', '/b/docs/models/gans.html', '/')).toBe('/docs/models/gans');
    expect(urlForFile('/b', '/b/index.html', '/')).toBe('/');
    expect(urlForFile('/b', '/b/docs/index.html', '/kb/')).toBe('/kb/docs');
  });
});
