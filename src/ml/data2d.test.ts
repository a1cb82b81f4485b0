// The 2-D data sets, the checks on drawn points, energy distance and ring mode coverage.
import {describe, expect, it} from 'vitest';
import {energyDistance, makeDataset, ringModeCoverage, validatePoints} from './data2d';
import {MlInputError} from './errors';
import type {MlError} from './errors';
import {Random} from './random';

function errorOf(f: () => unknown): MlError | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof MlInputError) return e.error;
    throw e;
  }
}

describe('data sets', () => {
  it.each(['ring', 'moons', 'spiral'] as const)('%s: seeded, finite, within ±3', (kind) => {
    const a = makeDataset({kind}).sample(500, new Random(1));
    expect(a).toEqual(makeDataset({kind}).sample(500, new Random(1)));
    for (const v of a) expect(Math.abs(v)).toBeLessThan(3);
  });

  it('the ring puts its points on 8 modes', () => {
    const points = makeDataset({kind: 'ring'}).sample(2000, new Random(2));
    const coverage = ringModeCoverage(points);
    expect(coverage.covered).toBe(8);
    // A 2-D Gaussian puts 1 − e^(−4.5) ≈ 98.9 % of its mass within 3 standard deviations.
    expect(coverage.nearShare).toBeGreaterThan(0.98);
    for (const share of coverage.shares) expect(share).toBeGreaterThan(0.09);
  });

  it('counts a collapsed sample as one mode', () => {
    const collapsed = new Float32Array(200);
    for (let i = 0; i < 100; i++) collapsed[2 * i] = 2; // all at the mode at angle 0
    expect(ringModeCoverage(collapsed).covered).toBe(1);
  });

  it('custom points are resampled with jitter', () => {
    const drawn = Array.from({length: 10}, (_, i) => [i / 10, -i / 10] as const);
    const points = makeDataset({kind: 'custom', points: drawn, jitter: 0}).sample(50, new Random(3));
    for (let i = 0; i < 50; i++) expect(points[2 * i]).toBeCloseTo(-(points[2 * i + 1] ?? 0), 6);
  });
});

describe('drawn points are checked', () => {
  it('needs at least 10 points', () => {
    const error = errorOf(() =>
      validatePoints([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    );
    expect(error?.code).toBe('too-few-points');
    expect(error?.message).toBe('Draw at least 10 points to train on; there are 3.');
  });

  it('rejects coordinates that are not finite numbers', () => {
    const points = Array.from({length: 12}, (_, i) => [i, i === 4 ? NaN : 0] as const);
    expect(errorOf(() => validatePoints(points))).toMatchObject({
      code: 'non-finite-point',
      message: expect.stringContaining('Point 5'),
    });
  });

  it('rejects an odd count of interleaved numbers and too many points', () => {
    expect(errorOf(() => validatePoints(new Float32Array(21)))?.code).toBe('invalid-config');
    expect(errorOf(() => validatePoints(new Float32Array(2 * 5001)))?.code).toBe('too-many-points');
  });

  it('accepts interleaved numbers and pairs alike', () => {
    const pairs = Array.from({length: 10}, (_, i) => [i, 2 * i] as const);
    expect(validatePoints(pairs)).toEqual(validatePoints(pairs.flat()));
  });

  it('rejects bad data-set settings', () => {
    expect(errorOf(() => makeDataset({kind: 'ring', std: -1}))?.code).toBe('invalid-config');
  });
});

describe('energy distance', () => {
  it('is about 0 for two samples of one distribution and large for different ones', () => {
    const ring = makeDataset({kind: 'ring'});
    const same = energyDistance(ring.sample(400, new Random(1)), ring.sample(400, new Random(2)));
    const moons = makeDataset({kind: 'moons'}).sample(400, new Random(3));
    const different = energyDistance(ring.sample(400, new Random(1)), moons);
    expect(Math.abs(same)).toBeLessThan(0.02);
    expect(different).toBeGreaterThan(0.1);
  });

  it('equals 2|a − b| for two single points repeated', () => {
    const a = Float32Array.from([0, 0, 0, 0]);
    const b = Float32Array.from([3, 4, 3, 4]);
    expect(energyDistance(a, b)).toBe(10);
  });
});
