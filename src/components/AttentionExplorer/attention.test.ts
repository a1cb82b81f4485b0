import {describe, expect, it} from 'vitest';
import {
  attentionScores,
  attentionWeights,
  CAT_SENTENCE,
  dot,
  matMul,
  softmax,
  validateExample,
} from './attention';

describe('softmax', () => {
  it('matches hand-computed values and sums to 1', () => {
    // e^0 : e^1 : e^2 = 1 : 2.71828 : 7.38906, total 11.10734.
    const p = softmax([0, 1, 2]);
    expect(p[0]).toBeCloseTo(0.0900306, 6);
    expect(p[1]).toBeCloseTo(0.2447285, 6);
    expect(p[2]).toBeCloseTo(0.665241, 6);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(softmax([3, 3, 3, 3])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('does not overflow on large scores', () => {
    const p = softmax([1000, 1001]);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.E), 12);
    expect(p.every(Number.isFinite)).toBe(true);
  });
});

describe('scaled dot-product attention', () => {
  it('reproduces the worked example in the transformers note (0.17, 0.49, 0.34)', () => {
    // q = (1, 0.5); keys (0, 1), (2, 0), (1, 1); d_k = 2. Scores 0.5, 2, 1.5, divided by √2.
    const queries = [[1, 0.5]];
    const keys = [
      [0, 1],
      [2, 0],
      [1, 1],
    ];
    const scores = attentionScores(queries, keys)[0] ?? [];
    expect(scores[0]).toBeCloseTo(0.5 / Math.SQRT2, 12);
    expect(scores[1]).toBeCloseTo(2 / Math.SQRT2, 12);
    const weights = attentionWeights(queries, keys)[0] ?? [];
    expect(weights[0]).toBeCloseTo(0.16902193, 7);
    expect(weights[1]).toBeCloseTo(0.48818217, 7);
    expect(weights[2]).toBeCloseTo(0.3427959, 7);
    // Unscaled: plain softmax of 0.5, 2, 1.5.
    expect(attentionWeights(queries, keys, false)[0]?.[1]).toBeCloseTo(
      Math.exp(2) / (Math.exp(0.5) + Math.exp(2) + Math.exp(1.5)),
      12,
    );
  });

  it('multiplies matrices', () => {
    expect(
      matMul(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [19, 22],
      [43, 50],
    ]);
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(() => matMul([[1, 2, 3]], [[1], [2]])).toThrow(/cannot multiply/);
  });
});

describe('the toy sentence', () => {
  const queries = matMul(CAT_SENTENCE.embeddings, CAT_SENTENCE.queryWeights);
  const keys = matMul(CAT_SENTENCE.embeddings, CAT_SENTENCE.keyWeights);
  const weights = attentionWeights(queries, keys);
  const IT = 7;
  const CAT = 1;

  it('is a valid example', () => {
    expect(() => validateExample(CAT_SENTENCE, 'Test')).not.toThrow();
  });

  it('builds the query of “it” and the key of “cat” as computed by hand', () => {
    // q_it = 0.2·W_Q[animal] + 0.2·W_Q[thing] + 0.2·W_Q[function] + 1·W_Q[pronoun]
    //      = (0, 0.2, 0.6, 0) + (0, 0, 0.4, 0.2) + (0, 0.32, 0, 0.2) + (6, 2.4, 0, 0) = (6, 2.92, 1, 0.4)
    const q = queries[IT] ?? [];
    [6, 2.92, 1, 0.4].forEach((value, i) => expect(q[i]).toBeCloseTo(value, 12));
    // k_cat = (1 + 0.1·0.1, 0.2, 0.1·0.3, 0) = (1.01, 0.2, 0.03, 0)
    const k = keys[CAT] ?? [];
    [1.01, 0.2, 0.03, 0].forEach((value, i) => expect(k[i]).toBeCloseTo(value, 12));
    // (6·1.01 + 2.92·0.2 + 1·0.03) / √4 = 6.674 / 2 = 3.337
    expect(attentionScores(queries, keys)[IT]?.[CAT]).toBeCloseTo(3.337, 12);
  });

  it('gives the row of “it” computed independently (NumPy), with most weight on “cat”', () => {
    const expected = [
      0.02892407196947473, 0.5757503741430322, 0.04787886563313944, 0.03991188656936991, 0.02892407196947473,
      0.0894494971655533, 0.02654056158258649, 0.07015269254813306, 0.03099029802410795, 0.06147768039512824,
    ];
    const row = weights[IT] ?? [];
    expected.forEach((value, j) => expect(row[j]).toBeCloseTo(value, 12));
    const unscaled = attentionWeights(queries, keys, false)[IT] ?? [];
    expect(unscaled[CAT]).toBeCloseTo(0.9326828176687897, 12);
  });

  it('has every row summing to 1', () => {
    expect(weights).toHaveLength(10);
    for (const row of weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('validateExample', () => {
  const base = CAT_SENTENCE;
  it('names the component and the problem', () => {
    expect(() => validateExample({...base, tokens: base.tokens.slice(0, 9)}, 'AttentionExplorer')).toThrow(
      'AttentionExplorer: 9 tokens but 10 embedding rows.',
    );
    expect(() =>
      validateExample({...base, embeddings: [...base.embeddings.slice(0, 9), [1, 2]]}, 'AttentionExplorer'),
    ).toThrow('AttentionExplorer: the embedding of "tired" has 2 numbers; expected d_model = 6.');
    expect(() => validateExample({...base, keyWeights: base.keyWeights.slice(1)}, 'X')).toThrow(
      /W_K\) needs 6 rows/,
    );
    expect(() => validateExample({...base, keyWeights: base.keyWeights.map((r) => r.slice(1))}, 'X')).toThrow(
      /same length d_k/,
    );
  });
});
