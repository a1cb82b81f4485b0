import {describe, expect, it} from 'vitest';
import {
  BOUNDS,
  MIXTURE,
  arrowGrid,
  CONTOUR_SHARES,
  contourSegments,
  contourSegmentsForLevels,
  density,
  sampleGrid,
  sampleMixtureGrid,
  langevinPath,
  logDensity,
  peakDensity,
  score,
  type Vec,
} from './field';

/** Central finite differences of log p: an independent check of the closed-form score. */
function numericScore(x: Vec, h = 1e-5): Vec {
  return [
    (logDensity([x[0] + h, x[1]]) - logDensity([x[0] - h, x[1]])) / (2 * h),
    (logDensity([x[0], x[1] + h]) - logDensity([x[0], x[1] - h])) / (2 * h),
  ];
}

describe('the score of the two-Gaussian mixture', () => {
  it('is a density that integrates to one over the plane', () => {
    let total = 0;
    const step = 0.05;
    for (let x = -9; x < 9; x += step)
      for (let y = -9; y < 9; y += step) total += density([x, y]) * step * step;
    expect(total).toBeCloseTo(1, 3);
  });

  it('equals the gradient of log p(x) at every grid point the diagram draws', () => {
    for (const p of arrowGrid()) {
      const [ax, ay] = score(p);
      const [nx, ny] = numericScore(p);
      expect(ax).toBeCloseTo(nx, 4);
      expect(ay).toBeCloseTo(ny, 4);
    }
  });

  it('ignores the normalising constant: scaling every weight leaves it unchanged', () => {
    const scaled = MIXTURE.map((c) => ({...c, weight: c.weight * 7.5}));
    for (const p of [[0.3, -1.2] as Vec, [3, 2] as Vec, [-2, 0] as Vec]) {
      const [a, b] = score(p);
      const [c, d] = score(p, scaled);
      expect(c).toBeCloseTo(a, 12);
      expect(d).toBeCloseTo(b, 12);
    }
  });

  it('vanishes at the peaks and points back towards a lone Gaussian from outside', () => {
    const [sx, sy] = score(MIXTURE[0]?.mean ?? [0, 0]);
    expect(Math.hypot(sx, sy)).toBeLessThan(0.05);
    const far: Vec = [-1.5, 3];
    expect(score(far)[1]).toBeLessThan(0);
  });
});

describe('the Langevin trajectory', () => {
  it('is reproducible and climbs from a low-density start to near a peak', () => {
    const path = langevinPath();
    expect(langevinPath()).toEqual(path);
    expect(path).toHaveLength(41);
    const start = path[0] as Vec;
    const end = path[path.length - 1] as Vec;
    expect(density(end)).toBeGreaterThan(100 * density(start));
    const nearest = Math.min(...MIXTURE.map((c) => Math.hypot(end[0] - c.mean[0], end[1] - c.mean[1])));
    expect(nearest).toBeLessThan(0.6);
    for (const p of path) {
      expect(p[0]).toBeGreaterThan(BOUNDS.xMin);
      expect(p[0]).toBeLessThan(BOUNDS.xMax);
      expect(p[1]).toBeGreaterThan(BOUNDS.yMin);
      expect(p[1]).toBeLessThan(BOUNDS.yMax);
    }
  });
});

describe('the contours', () => {
  it('lie on their level', () => {
    const level = 0.3 * peakDensity();
    const segments = contourSegments((x) => density(x), level);
    expect(segments.length).toBeGreaterThan(50);
    for (const [a] of segments) expect(density(a) / level).toBeCloseTo(1, 1);
  });

  it('are the same drawn from the factorised sampling in one pass, as the diagram draws them', () => {
    const levels = CONTOUR_SHARES.map((share) => share * peakDensity());
    const all = contourSegmentsForLevels(sampleMixtureGrid(), levels);
    expect(all).toHaveLength(levels.length);
    levels.forEach((level, l) => {
      const direct = all[l] ?? [];
      const viaLogs = contourSegments((x) => density(x), level);
      expect(direct.length).toBeGreaterThan(20);
      expect(direct.length).toBe(viaLogs.length);
      direct.forEach(([a, b], i) => {
        const [c, d] = viaLogs[i] ?? [];
        expect(a[0]).toBeCloseTo(c?.[0] ?? NaN, 9);
        expect(a[1]).toBeCloseTo(c?.[1] ?? NaN, 9);
        expect(b[0]).toBeCloseTo(d?.[0] ?? NaN, 9);
        expect(b[1]).toBeCloseTo(d?.[1] ?? NaN, 9);
      });
    });
  });

  it('are sampled from a grid equal to the density at every corner', () => {
    const fast = sampleMixtureGrid();
    const direct = sampleGrid((x) => density(x));
    expect(fast.values).toHaveLength(97 * 73);
    fast.values.forEach((value, k) => {
      expect(value / (direct.values[k] ?? NaN)).toBeCloseTo(1, 12);
    });
  });
});
