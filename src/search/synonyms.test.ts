import {describe, expect, it} from 'vitest';
import {MAX_ALTERNATIVES, Synonyms} from './synonyms';

const synonyms = new Synonyms([
  ['retrieval augmented generation', 'rag', 'retrieval augmentation'],
  ['variational autoencoder', 'vae', 'vaes'],
  ['large language model', 'llm', 'language model', 'llms'],
]);

describe('Synonyms', () => {
  it('rewrites an acronym as its full name and back', () => {
    expect(synonyms.alternatives(['rag']).map((a) => a.terms.join(' '))).toEqual([
      'retrieval augmented generation',
      'retrieval augmentation',
    ]);
    // "vae" and "vaes" are one name: plural and singular meet.
    expect(synonyms.alternatives(['variational', 'autoencoder']).map((a) => a.terms.join(' '))).toEqual([
      'vaes',
    ]);
  });

  it('matches plurals and keeps the rest of the query', () => {
    expect(synonyms.alternatives(['llms', 'hallucinate']).map((a) => a.terms.join(' '))).toContain(
      'large language model hallucinate',
    );
  });

  it('prefers the longest phrase and limits how many rewrites are searched', () => {
    const alternatives = synonyms.alternatives(['large', 'language', 'model']);
    expect(alternatives[0]?.replaced).toBe('large language model');
    expect(alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
  });

  it('does not look up the words of a phrase it found again on their own', () => {
    const groups = new Synonyms([
      ['generative ai', 'genai'],
      ['ai', 'artificial intelligence'],
    ]);
    expect(groups.alternatives(['generative', 'ai']).map((a) => a.terms.join(' '))).toEqual(['genai']);
  });

  it('leaves a query with no glossary term alone', () => {
    expect(synonyms.alternatives(['mode', 'collapse'])).toEqual([]);
  });
});
