import {describe, expect, it} from 'vitest';
import {CLEAN, GRID, STEPS, alphaBar, gaussianNoise, mulberry32, noisyPicture} from './noise';

describe('the DDPM linear schedule', () => {
  it('starts at ᾱ_0 = 1 and multiplies 1 − β_t with β from 1e-4 to 0.02', () => {
    expect(alphaBar(0)).toBe(1);
    expect(alphaBar(1)).toBeCloseTo(1 - 1e-4, 12);
    expect(alphaBar(2)).toBeCloseTo((1 - 1e-4) * (1 - (1e-4 + (0.02 - 1e-4) / 999)), 12);
  });

  it('leaves about 90 %, 52 %, 8 % and almost none of the signal variance at t = 100, 250, 500, T', () => {
    expect(alphaBar(100)).toBeCloseTo(0.897, 3);
    expect(alphaBar(250)).toBeCloseTo(0.524, 3);
    expect(alphaBar(500)).toBeCloseTo(0.0786, 3);
    expect(alphaBar(STEPS)).toBeLessThan(1e-4);
    expect(alphaBar(STEPS)).toBeGreaterThan(0);
  });

  it('rejects steps outside 0…T', () => {
    expect(() => alphaBar(-1)).toThrow(RangeError);
    expect(() => alphaBar(1001)).toThrow(RangeError);
    expect(() => alphaBar(1.5)).toThrow(RangeError);
  });
});

describe('the seeded noise', () => {
  it('repeats exactly for the same seed', () => {
    expect(gaussianNoise(10, 5)).toEqual(gaussianNoise(10, 5));
    expect(gaussianNoise(10, 5)).not.toEqual(gaussianNoise(10, 6));
    const uniform = mulberry32(1);
    const draws = Array.from({length: 1000}, uniform);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it('has roughly zero mean and unit variance', () => {
    const samples = gaussianNoise(20000, 3);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('the noisy picture', () => {
  it('is the clean disc at t = 0, mapped from ±1 to intensities 0.8125 and 0.1875', () => {
    expect(noisyPicture(0)).toEqual(CLEAN.map((x) => (x + 1.6) / 3.2));
    expect(CLEAN).toHaveLength(GRID * GRID);
    expect(CLEAN.filter((x) => x === 1).length).toBeGreaterThan(10);
  });

  it('keeps intensities in [0, 1] and loses the disc as t grows', () => {
    const contrast = (t: number) => {
      const picture = noisyPicture(t);
      const inside = picture.filter((_, i) => CLEAN[i] === 1);
      const outside = picture.filter((_, i) => CLEAN[i] === -1);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      return mean(inside) - mean(outside);
    };
    for (const t of [0, 100, 250, 500, STEPS]) {
      for (const v of noisyPicture(t)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(contrast(0)).toBeCloseTo(0.625, 10);
    expect(contrast(100)).toBeGreaterThan(contrast(500));
    expect(Math.abs(contrast(STEPS))).toBeLessThan(0.25);
  });
});

describe('pixelPaths', () => {
  it('draws every visible cell once, grouped by opacity step', async () => {
    const {pixelPaths} = await import('./index');
    const values = [0, 0.04, 0.1, 0.5, 0.52, 1];
    const paths = pixelPaths(values, 3);
    expect(paths.map((p) => p.opacity)).toEqual([0.1, 0.5, 1]);
    const cells = paths.flatMap((p) => p.d.match(/M\d+ \d+/g) ?? []);
    expect(cells).toEqual(['M2 0', 'M0 1', 'M1 1', 'M2 1']);
  });
});
