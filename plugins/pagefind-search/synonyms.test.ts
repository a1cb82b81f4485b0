import {describe, expect, it} from 'vitest';
import {buildSynonyms, isShortName, normalizePhrase} from './synonyms.mjs';

describe('buildSynonyms', () => {
  it('makes one group per glossary term: its names and aliases, lower case, without punctuation', () => {
    expect(
      buildSynonyms([
        {term: 'Retrieval-augmented generation (RAG)', aliases: ['RAG', 'retrieval augmentation']},
        {term: 'LoRA (low-rank adaptation)'},
        {term: 'Layer normalisation', aliases: ['layer norm', 'LayerNorm', 'layer normalization']},
      ]),
    ).toEqual([
      ['retrieval augmented generation', 'rag', 'retrieval augmentation'],
      ['lora', 'low rank adaptation'],
      ['layer normalisation', 'layer norm', 'layernorm', 'layer normalization'],
    ]);
  });

  it('takes a bracket as a name only when one side is an acronym', () => {
    expect(buildSynonyms([{term: 'Exposure (to AI)', aliases: ['task exposure']}])).toEqual([
      ['exposure', 'task exposure'],
    ]);
    expect(buildSynonyms([{term: 'Router (gating network)'}])).toEqual([]);
    expect(isShortName('MoE')).toBe(true);
    expect(isShortName('Router')).toBe(false);
  });

  it('reads the real glossary', async () => {
    const {default: glossary} = await import('../../src/data/glossary.json');
    const groups = buildSynonyms(glossary);
    expect(groups).toContainEqual(expect.arrayContaining(['generative adversarial network', 'gan']));
    expect(groups).toContainEqual(expect.arrayContaining(['large language model', 'llm']));
    expect(groups.flat()).not.toContain('');
  });
});

describe('normalizePhrase', () => {
  it('folds case and accents and drops punctuation', () => {
    expect(normalizePhrase('Fréchet Inception Distance (FID)')).toBe('frechet inception distance fid');
  });
});
