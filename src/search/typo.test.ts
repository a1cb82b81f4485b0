import {describe, expect, it} from 'vitest';
import {
  allowedEdits,
  correctWord,
  decodeVocabulary,
  editDistance,
  Lexicon,
  suggestQuery,
  type Vocabulary,
} from './typo';
import {encodeVocabulary} from '../../plugins/pagefind-search/vocabulary.mjs';

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

describe('vocabulary.json', () => {
  const indexed = new Set([
    'diffus',
    'model',
    'attent',
    'transform',
    'collaps',
    'mode',
    'fusion',
    'tune',
    'run',
  ]);

  it('comes back word for word, count for count, after the build writes it', () => {
    const wire = encodeVocabulary(vocabulary, indexed);
    const decoded = decodeVocabulary(JSON.parse(JSON.stringify(wire)));
    const pairs = (v: Vocabulary) => v.words.map((w, i) => `${w}:${v.counts[i]}`).sort();
    expect(pairs(decoded)).toEqual(pairs(vocabulary));
    expect(decoded.words).toEqual([...vocabulary.words].sort());
  });

  it('marks the stem Pagefind searches a word by, only where the index has that stem', () => {
    const lexicon = new Lexicon(decodeVocabulary(encodeVocabulary(vocabulary, indexed)));
    expect(lexicon.searchForm('diffusion')).toBe('diffus');
    expect(lexicon.searchForm('attention')).toBe('attent');
    expect(lexicon.searchForm('models')).toBe('model');
    expect(lexicon.searchForm('collapse')).toBe('collaps');
    // Its own stem: nothing shorter to search.
    expect(lexicon.searchForm('model')).toBe('model');
    // Porter2 gives "tune", which does not start "tuning": searched as it is.
    expect(lexicon.searchForm('tuning')).toBe('tuning');
    // Not in the vocabulary (a word still being typed): as it is.
    expect(lexicon.searchForm('diffu')).toBe('diffu');
    // A stem the index does not have is not trusted (Pagefind's stemmer differs there).
    const withoutStems = new Lexicon(decodeVocabulary(encodeVocabulary(vocabulary, new Set())));
    expect(withoutStems.searchForm('diffusion')).toBe('diffusion');
    // Nor when the index has the whole word, which Pagefind then did not stem.
    const whole = new Lexicon(
      decodeVocabulary(encodeVocabulary(vocabulary, new Set(['diffus', 'diffusion']))),
    );
    expect(whole.searchForm('diffusion')).toBe('diffusion');
  });

  it('shares prefixes between neighbours, and a long shared prefix stays correct', () => {
    const long = {words: ['a'.repeat(40) + 'b', 'a'.repeat(40) + 'c'], counts: [1, 2]};
    const wire = encodeVocabulary(long, new Set());
    expect(wire.words.split(' ')[1]?.startsWith('z')).toBe(true);
    expect(decodeVocabulary(wire).words).toEqual(long.words);
  });
});
