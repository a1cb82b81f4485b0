import {describe, expect, it} from 'vitest';
import {allowedEdits, correctWord, editDistance, suggestQuery, type Vocabulary} from './typo';

const vocabulary: Vocabulary = {
  words: ['diffusion', 'model', 'models', 'attention', 'transformer', 'collapse', 'mode', 'fusion'],
  counts: [120, 300, 200, 90, 80, 12, 30, 2],
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
  it('corrects a one-letter typo to the most frequent close word', () => {
    expect(suggestQuery('difusion', vocabulary)).toBe('diffusion');
    expect(suggestQuery('atention', vocabulary)).toBe('attention');
    expect(suggestQuery('mode colapse', vocabulary)).toBe('mode collapse');
  });

  it('leaves known words and short words alone', () => {
    expect(suggestQuery('diffusion model', vocabulary)).toBeNull();
    expect(suggestQuery('gan', vocabulary)).toBeNull();
    expect(allowedEdits('gan')).toBe(0);
  });

  it('returns null when nothing is close', () => {
    expect(correctWord('xylophone', vocabulary)).toBeNull();
  });
});
