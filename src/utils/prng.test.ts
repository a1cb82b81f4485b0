import {describe, expect, it} from 'vitest';
import {createNormal, createUniform, normalArray} from './prng';

describe('createUniform (Mulberry32)', () => {
  it('reproduces the reference sequence (computed independently in Python)', () => {
    const uniform = createUniform(1);
    expect(uniform()).toBe(0.6270739405881613);
    expect(uniform()).toBe(0.002735721180215478);
    expect(uniform()).toBe(0.5274470399599522);
    const other = createUniform(42);
    expect(other()).toBe(0.6011037519201636);
  });

  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = createUniform(7);
    const b = createUniform(7);
    for (let i = 0; i < 1000; i++) {
      const value = a();
      expect(value).toBe(b());
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('rejects a seed that is not an integer', () => {
    expect(() => createUniform(0.5)).toThrow(/seed must be an integer/);
  });
});

describe('createNormal (Box–Muller)', () => {
  it('turns u1 = 0.5, u2 = 0.125 into the hand-computed pair', () => {
    // u1 is taken as 1 − (first uniform), so feed 0.5 then 0.125.
    const stub = [0.5, 0.125];
    const draw = createNormal(() => stub.shift() ?? 0);
    // √(−2 ln 0.5) = √(2 ln 2) ≈ 1.177410; angle π/4: cos = sin = 1/√2.
    const expected = Math.sqrt(2 * Math.LN2) / Math.SQRT2; // 0.832555
    expect(draw()).toBeCloseTo(0.832555, 6);
    expect(draw()).toBeCloseTo(expected, 12);
  });

  it('has mean near 0 and variance near 1 over many draws', () => {
    const values = normalArray(2024, 20000);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
  });

  it('gives the same array for the same seed', () => {
    expect(Array.from(normalArray(5, 10))).toEqual(Array.from(normalArray(5, 10)));
    expect(Array.from(normalArray(5, 10))).not.toEqual(Array.from(normalArray(6, 10)));
  });
});
