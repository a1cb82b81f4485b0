import {describe, expect, it} from 'vitest';
import {allowedEdits, correctWord, editDistance, Lexicon, suggestQuery, type Vocabulary} from './typo';

const vocabulary: Vocabulary = {
  words: [
    'diffusion',
    'model',
    'models',
    'attention',
    'transformer',
    'collapse',
    'mode',
    'fusion',
    'tuning',
    'running',
  ],
  counts: [120, 300, 200, 90, 80, 12, 30, 2, 15, 40],
};

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit', () => {
    expect(editDistance('difusion', 'diffusion')).toBe(1);
    expect(editDistance('diffusoin', 'diffusion')).toBe(1);
    expect(editDistance('dkffusion', 'diffusion')).toBe(1);
    expect(editDistance('diffusionn', 'diffusion')).toBe(1);
    expect(editDistance('attention', 'attention')).toBe(0);
    expect(editDistance('model', 'fusion')).toBeGreaterThan(2);
  });

  it('gives up early past the limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('suggestQuery', () => {
  it('corrects each misspelt word, also inside a phrase', () => {
    expect(suggestQuery('difusion', vocabulary)).toBe('diffusion');
    expect(suggestQuery('atention', vocabulary)).toBe('attention');
    expect(suggestQuery('mode colapse', vocabulary)).toBe('mode collapse');
    expect(suggestQuery('transfomer atention', vocabulary)).toBe('transformer attention');
  });

  it('leaves known words, short words and the start of a known word alone', () => {
    expect(suggestQuery('diffusion model', vocabulary)).toBeNull();
    expect(suggestQuery('gan', vocabulary)).toBeNull();
    expect(suggestQuery('transf', vocabulary)).toBeNull();
    expect(allowedEdits('gan')).toBe(0);
  });

  it('returns null when nothing is close', () => {
    expect(correctWord('xylophone', vocabulary)).toBeNull();
    expect(correctWord('aaaaaaaaaaaaaaaaaaaa', vocabulary)).toBeNull();
  });
});

describe('Lexicon', () => {
  const lexicon = new Lexicon(vocabulary);

  it('prefers the more frequent of two equally close words', () => {
    // "modle" is one swap from "model" and one deletion from "mode"; "model" is more frequent.
    expect(lexicon.correct('modle')).toBe('model');
  });

  it('prefers a word with the same first letter when two are equally close', () => {
    // "tunning" is one edit from "tuning" and from the more frequent "running".
    expect(lexicon.correct('tunning')).toBe('tuning');
  });

  it('knows words with digits and two-letter words without a vocabulary entry', () => {
    expect(lexicon.matches('2023')).toBe(true);
    expect(lexicon.matches('ai')).toBe(true);
    expect(lexicon.matches('colapse')).toBe(false);
  });
});
