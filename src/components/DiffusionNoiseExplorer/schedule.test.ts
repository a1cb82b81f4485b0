import {describe, expect, it} from 'vitest';
import {linearSchedule, noisyImage, signalToNoiseRatio, smileyImage, toDecibels} from './schedule';

// Reference values computed independently (Python, 50-digit decimals) from
// β_t = 1e-4 + (t − 1)/999 · (0.02 − 1e-4) and ᾱ_t = ∏(1 − β_s).
const REFERENCE = {
  1: {beta: 0.0001, alphaBar: 0.9999, snrDb: 39.9996},
  100: {beta: 0.002072072072072072, alphaBar: 0.897018145675, snrDb: 9.4004},
  250: {beta: 0.00506006006006006, alphaBar: 0.524085373825, snrDb: 0.4187},
  500: {beta: 0.01004004004004004, alphaBar: 0.0785872428818, snrDb: -10.691},
  750: {beta: 0.01502002002002002, alphaBar: 0.00335055043894, snrDb: -24.7343},
  1000: {beta: 0.02, alphaBar: 4.03582976538e-5, snrDb: -43.9405},
} as const;

describe('linearSchedule (DDPM)', () => {
  const schedule = linearSchedule();

  it('has T = 1000 steps with ᾱ_0 = 1 for the clean image', () => {
    expect(schedule.steps).toBe(1000);
    expect(schedule.alphaBars).toHaveLength(1001);
    expect(schedule.alphaBars[0]).toBe(1);
  });

  it('rises β linearly from 1e-4 to 0.02', () => {
    expect(schedule.betas[1]).toBeCloseTo(1e-4, 15);
    expect(schedule.betas[1000]).toBeCloseTo(0.02, 15);
    // Equal increments of (0.02 − 1e-4)/999.
    expect((schedule.betas[3] ?? 0) - (schedule.betas[2] ?? 0)).toBeCloseTo(0.0199 / 999, 15);
  });

  it('matches the hand-computed ᾱ_t, β_t and SNR at t = 1, 100, 250, 500, 750, 1000', () => {
    for (const [step, expected] of Object.entries(REFERENCE)) {
      const t = Number(step);
      const alphaBar = schedule.alphaBars[t] ?? NaN;
      expect(schedule.betas[t]).toBeCloseTo(expected.beta, 12);
      // Relative error below 1e-9: the product of 1000 factors stays accurate in doubles.
      expect(Math.abs(alphaBar / expected.alphaBar - 1)).toBeLessThan(1e-9);
      expect(toDecibels(signalToNoiseRatio(alphaBar))).toBeCloseTo(expected.snrDb, 3);
    }
  });

  it('ᾱ_1 = 1 − β_1 exactly and ᾱ_2 = (1 − β_1)(1 − β_2)', () => {
    expect(schedule.alphaBars[1]).toBe(1 - 1e-4);
    expect(schedule.alphaBars[2]).toBeCloseTo(0.9999 * (1 - (1e-4 + 0.0199 / 999)), 15);
  });

  it('rejects impossible settings', () => {
    expect(() => linearSchedule(1)).toThrow(/steps must be an integer/);
    expect(() => linearSchedule(10, 0.5, 0.1)).toThrow(/betaStart ≤ betaEnd/);
  });
});

describe('signal-to-noise ratio', () => {
  it('is ᾱ/(1 − ᾱ), infinite with no noise, and 0 dB when they balance', () => {
    expect(signalToNoiseRatio(0.5)).toBe(1);
    expect(toDecibels(signalToNoiseRatio(0.5))).toBe(0);
    expect(signalToNoiseRatio(0.9)).toBeCloseTo(9, 12);
    expect(signalToNoiseRatio(1)).toBe(Infinity);
    expect(toDecibels(0.1)).toBeCloseTo(-10, 12);
  });
});

describe('noisyImage', () => {
  it('mixes √ᾱ of the image with √(1 − ᾱ) of the noise', () => {
    // ᾱ = 0.64: weights 0.8 and 0.6.
    const out = noisyImage([1, -1, 0.5], [0, 1, -2], 0.64);
    expect(out[0]).toBeCloseTo(0.8, 12);
    expect(out[1]).toBeCloseTo(-0.8 + 0.6, 12);
    expect(out[2]).toBeCloseTo(0.4 - 1.2, 12);
  });

  it('returns the image itself at ᾱ = 1 and pure noise at ᾱ = 0', () => {
    expect(Array.from(noisyImage([0.3, -0.7], [5, 6], 1))).toEqual([0.3, -0.7]);
    expect(Array.from(noisyImage([0.3, -0.7], [5, 6], 0))).toEqual([5, 6]);
  });

  it('rejects noise of the wrong size', () => {
    expect(() => noisyImage([1, 2], [1], 0.5)).toThrow(/noise has 1 values but the image has 2/);
  });
});

describe('smileyImage', () => {
  it('is 32 × 32 in [−1, 1], bright in the face and dark outside and in the eyes', () => {
    const image = smileyImage(32);
    expect(image).toHaveLength(1024);
    expect(Math.min(...image)).toBe(-1);
    expect(Math.max(...image)).toBe(1);
    const at = (row: number, column: number) => image[row * 32 + column];
    expect(at(0, 0)).toBe(-1); // background corner
    expect(at(10, 16)).toBe(1); // forehead, between the eyes
    expect(at(12, 10)).toBe(-1); // left eye centre (x = −0.32, y = −0.25)
  });
});
