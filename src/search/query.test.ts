import {describe, expect, it} from 'vitest';
import {MAX_QUERY_CHARS, MAX_TERMS, parseQuery, spellingVariants} from './query';

describe('parseQuery', () => {
  it('drops the small words of questions and comparisons', () => {
    expect(parseQuery('What is the ELBO?').terms).toEqual(['elbo']);
    expect(parseQuery('how does attention work').terms).toEqual(['attention']);
    expect(parseQuery('AI and work').terms).toEqual(['ai', 'work']);
    expect(parseQuery('GANs vs. VAEs').terms).toEqual(['gans', 'vaes']);
    expect(parseQuery('difference between discriminative and generative').terms).toEqual([
      'discriminative',
      'generative',
    ]);
  });

  it('reads markup, punctuation and emoji as no words at all', () => {
    expect(parseQuery('<b><i></i></b>').terms).toEqual([]);
    expect(parseQuery('?!… --- ***').terms).toEqual([]);
    expect(parseQuery('🤖🎨').terms).toEqual([]);
    expect(parseQuery('   \t\n ').terms).toEqual([]);
    expect(parseQuery('<div><p><b></b><i></i></p></div>').terms).toEqual([]);
    expect(parseQuery('<script>alert(1)</script>').terms).toEqual(['alert', '1']);
    expect(parseQuery('<img src=x onerror=alert(1)>').terms).toEqual([]);
    expect(parseQuery('is 3 < 4 and 5 > 2').terms).toEqual(['3', '4', '5', '2']);
  });

  it('splits hyphenated words, folds case and accents, and keeps digits', () => {
    expect(parseQuery('Self-Attention in GPT-4').terms).toEqual(['self', 'attention', 'gpt', '4']);
    expect(parseQuery('Café naïve').terms).toEqual(['cafe', 'naive']);
    expect(parseQuery("the model's output").terms).toEqual(['model', 'output']);
  });

  it('cuts a very long query at a word boundary and says so', () => {
    const parsed = parseQuery('diffusion '.repeat(1000));
    expect(parsed.truncated).toBe(true);
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(parsed.text.endsWith('diffusion')).toBe(true);
    expect(parsed.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(parseQuery('x'.repeat(10_000)).text).toHaveLength(MAX_QUERY_CHARS);
    expect(parseQuery('short query').truncated).toBe(false);
  });
});

describe('spellingVariants', () => {
  it('gives the British or American spelling of a word', () => {
    expect(spellingVariants('normalization')).toContain('normalisation');
    expect(spellingVariants('normalisation')).toContain('normalization');
    expect(spellingVariants('colour')).toContain('color');
    expect(spellingVariants('defence')).toContain('defense');
    expect(spellingVariants('licenses')).toContain('licences');
    expect(spellingVariants('modelling')).toContain('modeling');
    expect(spellingVariants('modeling')).toContain('modelling');
    expect(spellingVariants('centre')).toContain('center');
    expect(spellingVariants('analyse')).toContain('analyze');
  });

  it('never returns the word itself', () => {
    for (const word of ['model', 'attention', 'quantisation'])
      expect(spellingVariants(word)).not.toContain(word);
  });
});
