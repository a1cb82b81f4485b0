import {describe, expect, it} from 'vitest';
import {DATA, HIGHLIGHT, NOISE, eulerSteps, pathPoint, velocity} from './paths';

describe('flow paths', () => {
  it('start at the noise sample and end at the data point', () => {
    for (const kind of ['straight', 'diffusion'] as const) {
      expect(pathPoint(kind, 0.7, -1.2, 0)).toBeCloseTo(0.7, 12);
      expect(pathPoint(kind, 0.7, -1.2, 1)).toBeCloseTo(-1.2, 12);
    }
  });

  it('have a velocity field that matches the time derivative of each path', () => {
    const h = 1e-6;
    for (const kind of ['straight', 'diffusion'] as const) {
      for (const t of [0, 0.2, 0.5, 0.8]) {
        const numeric = (pathPoint(kind, 0.3, 1.1, t + h) - pathPoint(kind, 0.3, 1.1, t)) / h;
        expect(velocity(kind, pathPoint(kind, 0.3, 1.1, t), t, 1.1)).toBeCloseTo(numeric, 4);
      }
    }
  });

  it('give the straight path the constant velocity x1 − x0', () => {
    expect(velocity('straight', 0.3, 0, 1.1)).toBeCloseTo(0.8, 12);
    expect(velocity('straight', pathPoint('straight', 0.3, 1.1, 0.6), 0.6, 1.1)).toBeCloseTo(0.8, 12);
  });

  it('let Euler land exactly on a straight path and miss on the curved one, less with more steps', () => {
    const x0 = NOISE[HIGHLIGHT] as number;
    const x1 = DATA[HIGHLIGHT] as number;
    for (const steps of [1, 2, 4]) {
      expect(eulerSteps('straight', x0, x1, steps).at(-1)?.x).toBeCloseTo(x1, 12);
    }
    const miss = (steps: number) => Math.abs((eulerSteps('diffusion', x0, x1, steps).at(-1)?.x ?? 0) - x1);
    expect(miss(2)).toBeGreaterThan(0.3);
    expect(miss(4)).toBeLessThan(miss(2));
    expect(miss(64)).toBeLessThan(0.02);
  });

  it('rejects a time outside [0, 1) and a bad number of steps', () => {
    expect(() => velocity('straight', 0, 1, 1)).toThrow(RangeError);
    expect(() => eulerSteps('straight', 0, 1, 0)).toThrow(RangeError);
  });
});
