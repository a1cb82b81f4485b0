import {describe, expect, it} from 'vitest';
import {
  byProbability,
  renormalise,
  reshape,
  sampleIndex,
  softmaxWithTemperature,
  topKMask,
  topPMask,
} from './sampling';

// The worked example of the autoregressive-models note: "The cat sat on the …"
// with logits mat 2.0, sofa 1.0, floor 0.5, roof 0.0, moon −1.0. Expected values were
// computed by hand (and checked in Python) and appear in the note's table.
const LOGITS = [2, 1, 0.5, 0, -1];

function expectClose(actual: readonly number[], expected: readonly number[], digits: number) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, digits));
}

describe('temperature', () => {
  it('τ = 1 is the plain softmax (0.563, 0.207, 0.126, 0.076, 0.028)', () => {
    expectClose(softmaxWithTemperature(LOGITS, 1), [0.563, 0.207, 0.126, 0.076, 0.028], 3);
    // Exactly: e² / (e² + e + e^0.5 + 1 + e⁻¹).
    const total = Math.exp(2) + Math.E + Math.exp(0.5) + 1 + Math.exp(-1);
    expect(softmaxWithTemperature(LOGITS)[0]).toBeCloseTo(Math.exp(2) / total, 14);
  });

  it('τ = 0.5 sharpens (0.829, 0.112, 0.041, 0.015, 0.002)', () => {
    expectClose(softmaxWithTemperature(LOGITS, 0.5), [0.829, 0.112, 0.041, 0.015, 0.002], 3);
  });

  it('τ = 2 flattens (0.375, 0.227, 0.177, 0.138, 0.084)', () => {
    expectClose(softmaxWithTemperature(LOGITS, 2), [0.3745, 0.2272, 0.1769, 0.1378, 0.0836], 4);
  });

  it('rejects τ ≤ 0 and survives very small τ', () => {
    expect(() => softmaxWithTemperature(LOGITS, 0)).toThrow(/must be positive/);
    const sharp = softmaxWithTemperature(LOGITS, 0.01);
    expect(sharp[0]).toBeCloseTo(1, 12);
    expect(sharp.every(Number.isFinite)).toBe(true);
  });
});

describe('top-k', () => {
  it('k = 2 keeps mat and sofa, rescaled by their sum 0.770: 0.731 and 0.269', () => {
    const probabilities = softmaxWithTemperature(LOGITS);
    const keep = topKMask(probabilities, 2);
    expect(keep).toEqual([true, true, false, false, false]);
    const rescaled = renormalise(probabilities, keep);
    expectClose(rescaled, [0.7310585786, 0.2689414214, 0, 0, 0], 9);
    // Two candidates left: the ratio is e^(2−1) = e, so 1/(1 + e⁻¹) exactly.
    expect(rescaled[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 14);
  });

  it('keeps at least one candidate and breaks ties by order', () => {
    expect(topKMask([0.5, 0.5], 1)).toEqual([true, false]);
    expect(topKMask([0.2, 0.8], 0)).toEqual([false, true]);
    expect(byProbability([0.1, 0.3, 0.3, 0.2])).toEqual([1, 2, 3, 0]);
  });
});

describe('top-p', () => {
  it('ρ = 0.8 needs three tokens (running totals 0.563, 0.770, 0.896), rescaled by 0.896', () => {
    const probabilities = softmaxWithTemperature(LOGITS);
    const keep = topPMask(probabilities, 0.8);
    expect(keep).toEqual([true, true, true, false, false]);
    expectClose(renormalise(probabilities, keep), [0.6285317192, 0.2312238976, 0.1402443832, 0, 0], 9);
  });

  it('stops as soon as the total reaches ρ, even at an exact boundary', () => {
    expect(topPMask([0.5, 0.3, 0.2], 0.8)).toEqual([true, true, false]);
    expect(topPMask([0.5, 0.3, 0.2], 0.81)).toEqual([true, true, true]);
    expect(topPMask([0.9, 0.1], 0.05)).toEqual([true, false]); // at least one
    expect(topPMask([0.6, 0.4, 0], 1)).toEqual([true, true, false]); // a cut token stays cut
  });
});

describe('reshape (temperature → top-k → top-p)', () => {
  it('with everything off returns the model distribution unchanged', () => {
    const result = reshape(LOGITS, {temperature: 1, topK: 5, topP: 1});
    expectClose(result.final, result.original, 15);
    expect(result.cut).toEqual([null, null, null, null, null]);
  });

  it('applies top-p to what top-k left and labels each cut', () => {
    // τ = 1, k = 3: mat, sofa, floor rescaled by 0.896 → 0.6285, 0.2312, 0.1402.
    // Then ρ = 0.8 on those: 0.6285, 0.8598 ≥ 0.8, so floor is cut by top-p.
    const result = reshape(LOGITS, {temperature: 1, topK: 3, topP: 0.8});
    expect(result.cut).toEqual([null, null, 'top-p', 'top-k', 'top-k']);
    expectClose(result.final, [0.7310585786, 0.2689414214, 0, 0, 0], 9);
  });

  it('applies the temperature before the cuts', () => {
    // τ = 2: 0.3745, 0.2272, 0.1769, … → ρ = 0.5 needs mat and sofa (0.6017).
    const result = reshape(LOGITS, {temperature: 2, topK: 5, topP: 0.5});
    expect(result.cut).toEqual([null, null, 'top-p', 'top-p', 'top-p']);
    // Two left at τ = 2: ratio e^((2−1)/2) = e^0.5.
    expect(result.final[0]).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 14);
    expect(result.final.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });
});

describe('sampleIndex', () => {
  it('inverts the cumulative distribution and never draws a cut candidate', () => {
    const probabilities = [0.5, 0, 0.3, 0.2];
    expect(sampleIndex(probabilities, 0)).toBe(0);
    expect(sampleIndex(probabilities, 0.49)).toBe(0);
    expect(sampleIndex(probabilities, 0.5)).toBe(2);
    expect(sampleIndex(probabilities, 0.79)).toBe(2);
    expect(sampleIndex(probabilities, 0.8)).toBe(3);
    expect(sampleIndex(probabilities, 0.9999999999)).toBe(3);
    expect(sampleIndex([0.3, 0.7, 0], 1 - 2 ** -53)).toBe(1);
  });
});
