import {describe, expect, it} from 'vitest';
import {apaCitation, bibtexCitation, bibtexKey, escapeBibtex} from './citation';

const gans = {
  title: 'Generative adversarial networks (GANs)',
  url: 'https://genai-knowledge-base.github.io/docs/models/gans',
  lastReviewed: '2026-11-22',
  siteTitle: 'Generative AI, explained',
};

describe('bibtexCitation', () => {
  it('writes a @misc entry with group author, braced title, date, URL and review note', () => {
    expect(bibtexCitation(gans)).toBe(
      [
        '@misc{generative-ai-explained:models-gans,',
        '  author = {{Generative AI, explained}},',
        '  title  = {{Generative adversarial networks (GANs)}},',
        '  year   = {2026},',
        '  month  = nov,',
        '  url    = {https://genai-knowledge-base.github.io/docs/models/gans},',
        '  note   = {Last reviewed 22 November 2026},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes TeX special characters in the title', () => {
    expect(escapeBibtex('Costs & 50% of $x_1$ {#} ~ ^ \\')).toBe(
      'Costs \\& 50\\% of \\$x\\_1\\$ \\{\\#\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bibtexCitation({...gans, title: 'Q&A'})).toContain('title  = {{Q\\&A}},');
  });

  it('derives a stable key from the site name and the path', () => {
    expect(bibtexKey(gans)).toBe('generative-ai-explained:models-gans');
    expect(bibtexKey({...gans, url: 'https://example.org/docs/glossary'})).toBe(
      'generative-ai-explained:glossary',
    );
    expect(bibtexKey({...gans, url: 'https://example.org/'})).toBe('generative-ai-explained:home');
  });

  it('throws on what a citation cannot do without', () => {
    expect(() => bibtexCitation({...gans, url: '/docs/models/gans'})).toThrow(
      'CiteThisPage: the url "/docs/models/gans" is not absolute.',
    );
    expect(() => bibtexCitation({...gans, title: ' ', lastReviewed: '2026-11'})).toThrow(
      'CiteThisPage: the title is empty; lastReviewed "2026-11" is not a YYYY-MM-DD date.',
    );
  });
});

describe('apaCitation', () => {
  it('follows APA 7 for a page whose author is the site: Author. (Year, Month Day). Title. URL', () => {
    expect(apaCitation(gans).text).toBe(
      'Generative AI, explained. (2026, November 22). Generative adversarial networks (GANs). ' +
        'https://genai-knowledge-base.github.io/docs/models/gans',
    );
  });

  it('does not double a final question mark or full stop', () => {
    const apa = apaCitation({...gans, title: 'Is AI-generated art really art?'});
    expect(apa.title).toBe('Is AI-generated art really art?');
    expect(apa.text).toContain('(2026, November 22). Is AI-generated art really art? https://');
  });
});
