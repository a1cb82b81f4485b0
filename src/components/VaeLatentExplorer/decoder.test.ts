import {describe, expect, it} from 'vitest';
import {
  blendPixels,
  decode,
  describeShape,
  interpolate,
  reparameterise,
  roundnessExponent,
  shapeRadius,
} from './decoder';

describe('interpolate', () => {
  const a = [-1.5, -0.8] as const;
  const b = [1.5, 1] as const;

  it('returns the endpoints exactly at λ = 0 and λ = 1', () => {
    expect(interpolate(a, b, 0)).toEqual([-1.5, -0.8]);
    expect(interpolate(a, b, 1)).toEqual([1.5, 1]);
  });

  it('is the straight line (1 − λ)·z_a + λ·z_b in between', () => {
    const mid = interpolate(a, b, 0.5);
    expect(mid[0]).toBeCloseTo(0, 15);
    expect(mid[1]).toBeCloseTo(0.1, 15);
    const quarter = interpolate(a, b, 0.25);
    expect(quarter[0]).toBeCloseTo(0.75 * -1.5 + 0.25 * 1.5, 15); // −0.75
    expect(quarter[1]).toBeCloseTo(0.75 * -0.8 + 0.25 * 1, 15); // −0.35
  });
});

describe('reparameterise', () => {
  it('computes z = μ + σ ⊙ ε entry by entry', () => {
    // (−0.5, 0) + (0.6, 0.4) ⊙ (1, −2) = (0.1, −0.8)
    const z = reparameterise([-0.5, 0], [0.6, 0.4], [1, -2]);
    expect(z[0]).toBeCloseTo(0.1, 15);
    expect(z[1]).toBeCloseTo(-0.8, 15);
    expect(reparameterise([0.3, -0.2], [0.5, 0.5], [0, 0])).toEqual([0.3, -0.2]); // ε = 0 gives μ
  });
});

describe('the hand-made decoder', () => {
  it('maps z₁ to the superellipse exponent and z₂ to the size', () => {
    expect(roundnessExponent(0)).toBeCloseTo(2 ** 2.5, 12); // 5.657: halfway, a rounded square
    expect(roundnessExponent(-20)).toBeCloseTo(2, 9); // a circle
    expect(roundnessExponent(20)).toBeCloseTo(16, 9); // nearly a square
    expect(shapeRadius(0)).toBe(0.55);
    expect(shapeRadius(100)).toBeCloseTo(0.85, 12);
  });

  it('draws a bright shape on a dark background, with values in [−1, 1]', () => {
    const pixels = decode([0, 0], 32);
    expect(pixels).toHaveLength(1024);
    // Pixel (16, 16) has its centre at u = v = 1/32. With n = 2^2.5 and r = 0.55 its distance is
    // (2·(u/r)ⁿ)^(1/n) = 2^(1/n)·u/r = 1.130356 · 0.056818 = 0.064225, so the value is tanh(8·0.935775) = 0.9999994.
    const n = 2 ** 2.5;
    const distance = 2 ** (1 / n) * (1 / 32 / 0.55);
    expect(distance).toBeCloseTo(0.064225, 6);
    expect(pixels[16 * 32 + 16]).toBeCloseTo(Math.tanh(8 * (1 - distance)), 12);
    expect(pixels[0]).toBeLessThan(-0.99); // corner
    expect(Math.max(...pixels)).toBeLessThanOrEqual(1);
    expect(Math.min(...pixels)).toBeGreaterThanOrEqual(-1);
  });

  it('tells a circle from a square at the corner of the shape', () => {
    // At (u, v) = (0.4, 0.4) with r = 0.55: circle distance √2·0.727 = 1.03 (outside), square ≈ 0.74 (inside).
    const circle = decode([-20, 0], 32);
    const square = decode([20, 0], 32);
    const corner = 22 * 32 + 22; // pixel centre at u = v = (22.5/32)·2 − 1 = 0.40625
    expect(circle[corner]).toBeLessThan(0);
    expect(square[corner]).toBeGreaterThan(0.9);
    expect(describeShape([-1.5, -0.8])).toBe('a small circle');
    expect(describeShape([1.5, 1])).toBe('a large square');
    expect(describeShape([0, 0.1])).toBe('a medium rounded square');
  });
});

describe('blendPixels', () => {
  it('equals each picture at its end and mixes linearly between', () => {
    const a = [1, -1, 0];
    const b = [-1, 1, 0.5];
    expect(Array.from(blendPixels(a, b, 0))).toEqual(a);
    expect(Array.from(blendPixels(a, b, 1))).toEqual(b);
    expect(Array.from(blendPixels(a, b, 0.5))).toEqual([0, 0, 0.25]);
    expect(() => blendPixels([1], [1, 2], 0.5)).toThrow(/1 and 2 pixels/);
  });
});
