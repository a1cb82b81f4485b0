// The tokenizer, the unigram baseline, the transformer's gradient and its training: the
// loss falls below the text's unigram entropy, so the model uses its context.
import {describe, expect, it} from 'vitest';
import {
  CharTransformer,
  DEFAULT_TEXT,
  SUPPORTED_CHARACTERS,
  decode,
  encode,
  unigramEntropy,
} from './chartransformer';
import {Random} from './random';

const STEPS = 60;
const SMALL = {layers: 1, modelDimensions: 32, heads: 2, contextLength: 32, batchSize: 8, learningRate: 5e-3};

describe('tokenizer and baseline', () => {
  it('round-trips the built-in text, which is 20 to 60 KB of supported characters', () => {
    expect(DEFAULT_TEXT.length).toBeGreaterThan(20_000);
    expect(DEFAULT_TEXT.length).toBeLessThan(120_000);
    expect(decode(encode(DEFAULT_TEXT))).toBe(DEFAULT_TEXT);
    expect(SUPPORTED_CHARACTERS).toHaveLength(75);
  });

  it('unigram entropy: 1 bit for two equally frequent characters, in nats and bits', () => {
    expect(unigramEntropy(encode('abab'))).toEqual({nats: Math.LN2, bits: 1});
    expect(unigramEntropy(encode('aaaa')).bits).toBe(0);
  });
});

describe('the transformer', () => {
  it('back-propagates correctly through every layer (Float64, finite differences)', () => {
    const model = new CharTransformer(
      {...SMALL, modelDimensions: 8, contextLength: 8, layers: 2, batchSize: 2},
      4,
      {
        dtype: 'float64',
      },
    );
    const loss = (): number => model.loss(new Random(9)).item();
    model.loss(new Random(9)).backward();
    const rng = new Random(1);
    for (const p of model.parameters()) {
      // A few entries of each parameter tensor: the whole model would take too long.
      for (let k = 0; k < 3; k++) {
        const i = rng.int(p.size);
        const original = p.data[i] ?? 0;
        p.data[i] = original + 1e-5;
        const up = loss();
        p.data[i] = original - 1e-5;
        const down = loss();
        p.data[i] = original;
        const numeric = (up - down) / 2e-5;
        expect(Math.abs((p.grad?.[i] ?? 0) - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it("training loss falls below the text's unigram entropy (seed 1)", () => {
    const model = new CharTransformer(SMALL, 1);
    const before = model.evaluate();
    for (let i = 0; i < STEPS; i++) model.trainStep();
    const after = model.evaluate();
    // The built-in text: about 4.1 bits (2.86 nats) per character without context.
    expect(model.entropy.nats).toBeGreaterThan(2.5);
    expect(before).toBeGreaterThan(model.entropy.nats);
    expect(after).toBeLessThan(model.entropy.nats);
  }, 120_000);

  it('samples with a temperature, and shows attention weights', () => {
    const model = new CharTransformer(SMALL, 2);
    const text = model.sample({prompt: 'Vanity', length: 40, temperature: 1, seed: 3});
    expect(text).toHaveLength(40);
    expect(model.sample({prompt: 'Vanity', length: 40, temperature: 1, seed: 3})).toBe(text);
    expect(model.sample({length: 10, temperature: 0})).toBe(
      model.sample({length: 10, temperature: 0, seed: 99}),
    );
    expect(() => model.sample({temperature: -1})).toThrow('temperature');
    const map = model.attention('the sun');
    expect(map.characters).toEqual([...'the sun']);
    expect(map.weights).toHaveLength(1);
    expect(map.weights[0]).toHaveLength(2);
    expect(map.weights[0]?.[0]).toHaveLength(49);
  });
});
