import {describe, expect, it} from 'vitest';
import {namesTitle, planSearch, searchPageUrl} from './pagefind';
import {parseQuery} from './query';
import {Synonyms} from './synonyms';
import {Lexicon} from './typo';

const lexicon = new Lexicon({
  words: [
    'diffusion',
    'models',
    'model',
    'mode',
    'collapse',
    'normalisation',
    'normalization',
    'layer',
    'retrieval',
    'augmented',
    'generation',
  ],
  counts: [100, 80, 300, 20, 10, 3, 1, 40, 5, 4, 30],
});
const synonyms = new Synonyms([
  ['retrieval augmented generation', 'rag'],
  ['diffusion model', 'denoising diffusion probabilistic model'],
]);

describe('planSearch', () => {
  it('corrects a misspelt word inside a phrase and says what it searched', () => {
    const plan = planSearch('what is mode colapse', lexicon, synonyms);
    expect(plan.terms).toEqual(['mode', 'collapse']);
    expect(plan.corrected).toBe('what is mode collapse');
    expect(plan.droppedWords).toBe(false);
  });

  it('searches the words as typed when asked to', () => {
    const plan = planSearch('mode colapse', lexicon, synonyms, {asTyped: true});
    expect(plan.terms).toEqual(['mode', 'colapse']);
    expect(plan.corrected).toBeUndefined();
  });

  it('adds synonyms, acronyms and other spellings as equal wordings', () => {
    expect(planSearch('RAG', lexicon, synonyms).alternatives).toContainEqual([
      'retrieval',
      'augmented',
      'generation',
    ]);
    expect(planSearch('layer normalization', lexicon, synonyms).alternatives).toContainEqual([
      'layer',
      'normalisation',
    ]);
  });

  it('suggests a farther word when a word is too far from any to be corrected', () => {
    const plan = planSearch('difffusionnn', lexicon, synonyms);
    expect(plan.terms).toEqual([]);
    expect(plan.suggestion).toBe('diffusion');
  });

  it('does not search a synonym whose words the notes never use (Pagefind would ignore them)', () => {
    expect(planSearch('diffusion model', lexicon, synonyms).alternatives).toEqual([]);
  });

  it('drops a word that nothing in the notes comes close to, and searches nothing for nonsense', () => {
    expect(planSearch('diffusion qqqqqqqqqq', lexicon, synonyms)).toMatchObject({
      terms: ['diffusion'],
      droppedWords: true,
    });
    expect(planSearch('aaaaaaaaaaaaaaaaaaaaaaaaa', lexicon, synonyms).terms).toEqual([]);
    expect(planSearch('<p><b></b></p>', lexicon, synonyms).terms).toEqual([]);
  });
});

describe('namesTitle', () => {
  it('recognises a query that names a page, with or without its bracketed short name', () => {
    const title = 'Generative adversarial networks (GANs)';
    expect(namesTitle(title, parseQuery('GANs'))).toBe(2);
    expect(namesTitle(title, parseQuery('what is a GAN?'))).toBe(2);
    expect(namesTitle(title, parseQuery('generative adversarial network'))).toBe(2);
    expect(namesTitle(title, parseQuery('gan training'))).toBe(0);
    expect(namesTitle('Fine-tuning', parseQuery('fine tuning'))).toBe(2);
  });

  it('tells the title a how-question names from one it only comes close to', () => {
    const query = parseQuery('how does generative AI work');
    expect(namesTitle('How generative AI works', query)).toBe(2);
    expect(namesTitle('What is generative AI?', query)).toBe(1);
  });

  it('counts a synonym of the title', () => {
    expect(namesTitle('Large language models (LLMs)', parseQuery('chatgpt'), [['llm']])).toBe(1);
  });
});

describe('searchPageUrl', () => {
  it('links to the search page, with spelling correction off when asked', () => {
    expect(searchPageUrl('/kb/', 'mode colapse')).toBe('/kb/search?q=mode%20colapse');
    expect(searchPageUrl('/', 'colapse', {asTyped: true})).toBe('/search?q=colapse&typed=1');
  });
});
