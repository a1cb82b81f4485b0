// The optimisers against hand-computed updates, gradient clipping, and the seeded
// random number generator.
import {describe, expect, it} from 'vitest';
import {Adam, SGD, clipGradientNorm, gradientNorm} from './nn';
import {Random} from './random';
import {Tensor, mul, sum} from './tensor';

function parameter(values: number[]): Tensor {
  return Tensor.parameter(Float64Array.from(values), [values.length]);
}

describe('optimisers', () => {
  it("Adam's first step moves each parameter by the learning rate against its gradient's sign", () => {
    const p = parameter([1, -2]);
    const adam = new Adam([p], {learningRate: 0.1});
    sum(mul(p, p)).backward(); // gradient 2p = [2, −4]
    adam.step();
    // m̂ = g and v̂ = g² after bias correction, so the step is lr · g / (|g| + ε).
    expect(p.data[0]).toBeCloseTo(0.9, 6);
    expect(p.data[1]).toBeCloseTo(-1.9, 6);
  });

  it('Adam minimises a quadratic', () => {
    const p = parameter([3, -4, 0.5]);
    const adam = new Adam([p], {learningRate: 0.05});
    for (let i = 0; i < 500; i++) {
      adam.zeroGrad();
      sum(mul(p, p)).backward();
      adam.step();
    }
    for (const v of p.data) expect(Math.abs(v)).toBeLessThan(1e-2);
  });

  it('SGD takes p − lr · g, and momentum accumulates velocity', () => {
    const p = parameter([1]);
    const sgd = new SGD([p], {learningRate: 0.1, momentum: 0.9});
    sum(mul(p, p)).backward(); // g = 2
    sgd.step(); // v = 2, p = 1 − 0.2
    expect(p.data[0]).toBeCloseTo(0.8, 12);
    sgd.zeroGrad();
    sum(mul(p, p)).backward(); // g = 1.6
    sgd.step(); // v = 0.9 · 2 + 1.6 = 3.4, p = 0.8 − 0.34
    expect(p.data[0]).toBeCloseTo(0.46, 12);
  });

  it('zeroGrad clears gradients', () => {
    const p = parameter([1, 2]);
    const sgd = new SGD([p], {learningRate: 0.1});
    sum(mul(p, p)).backward();
    sgd.zeroGrad();
    expect(Array.from(p.grad ?? [])).toEqual([0, 0]);
  });

  it('clips the joint gradient norm and reports the norm before clipping', () => {
    const a = parameter([0, 0]);
    const b = parameter([0]);
    a.grad = Float64Array.from([3, 0]);
    b.grad = Float64Array.from([4]);
    expect(clipGradientNorm([a, b], 1)).toBe(5);
    expect(gradientNorm([a, b])).toBeCloseTo(1, 12);
    expect(a.grad[0]).toBeCloseTo(0.6, 12);
    expect(clipGradientNorm([a, b], 10)).toBeCloseTo(1, 12); // below the limit: unchanged
  });
});

describe('Random', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const draw = (seed: number): number[] => {
      const rng = new Random(seed);
      return Array.from({length: 5}, () => rng.uniform());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws uniforms in [0, 1) and standard normals with mean 0 and variance 1', () => {
    const rng = new Random(1);
    let mean = 0;
    let square = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      const z = rng.normal();
      mean += z / n;
      square += (z * z) / n;
    }
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(square - 1)).toBeLessThan(0.05);
  });

  it('rejects a seed that is not a number', () => {
    expect(() => new Random(NaN)).toThrow('finite');
  });
});
