// Every operation's backward pass against central finite differences, in Float64: the
// loss is Σ op(inputs) · R for fixed random weights R, so every output element matters.
import {describe, expect, it} from 'vitest';
import {Linear, MLP, mseLoss} from './nn';
import {Random} from './random';
import {
  Tensor,
  add,
  causalSelfAttention,
  crossEntropy,
  detach,
  embedding,
  exp,
  layerNorm,
  leakyRelu,
  log,
  logSoftmax,
  matmul,
  mean,
  mul,
  relu,
  scale,
  sigmoid,
  softmax,
  softplus,
  sub,
  sum,
  tanh,
  transpose,
} from './tensor';

interface InputSpec {
  shape: number[];
  /** How to draw each value (default N(0, 1)). */
  draw?: (rng: Random) => number;
}

/** Away from 0, where ReLU-like functions have a kink the finite differences would straddle. */
const awayFromZero = (rng: Random): number => (rng.uniform() < 0.5 ? -1 : 1) * rng.range(0.2, 1.5);
const positive = (rng: Random): number => rng.range(0.3, 2);

/**
 * Largest difference between the analytic and the numerical gradient, relative to the
 * gradient's size (at least 1).
 */
function gradientError(specs: InputSpec[], op: (inputs: Tensor[]) => Tensor, seed = 1): number {
  const rng = new Random(seed);
  const inputs = specs.map((spec) => {
    const size = spec.shape.reduce((p, d) => p * d, 1);
    const data = Float64Array.from({length: size}, () => (spec.draw ?? ((r: Random) => r.normal()))(rng));
    return Tensor.parameter(data, spec.shape);
  });
  let weights: Tensor | null = null;
  const loss = (): Tensor => {
    const out = op(inputs);
    weights ??= new Tensor(
      Float64Array.from({length: out.size}, () => rng.normal()),
      out.shape,
    );
    return sum(mul(out, weights));
  };
  loss().backward();
  const h = 1e-6;
  let worst = 0;
  for (const input of inputs) {
    const analytic = Float64Array.from(input.grad ?? new Float64Array(input.size));
    for (let i = 0; i < input.size; i++) {
      const original = input.data[i] ?? 0;
      input.data[i] = original + h;
      const up = loss().item();
      input.data[i] = original - h;
      const down = loss().item();
      input.data[i] = original;
      const numeric = (up - down) / (2 * h);
      const a = analytic[i] ?? 0;
      worst = Math.max(worst, Math.abs(a - numeric) / Math.max(1, Math.abs(a), Math.abs(numeric)));
    }
  }
  return worst;
}

const TOLERANCE = 1e-6;
/** Stands in for an input a case did not list (never used: every case lists its inputs). */
const MISSING = Tensor.zeros([1], 'float64');

describe('gradients match finite differences', () => {
  const cases: [string, InputSpec[], (x: Tensor[]) => Tensor][] = [
    ['add, same shape', [{shape: [3, 4]}, {shape: [3, 4]}], ([a = MISSING, b = MISSING]) => add(a, b)],
    ['add, row vector', [{shape: [3, 4]}, {shape: [4]}], ([a = MISSING, b = MISSING]) => add(a, b)],
    ['add, scalar', [{shape: [3, 4]}, {shape: [1]}], ([a = MISSING, b = MISSING]) => add(a, b)],
    ['sub, same shape', [{shape: [3, 4]}, {shape: [3, 4]}], ([a = MISSING, b = MISSING]) => sub(a, b)],
    ['sub, row vector', [{shape: [3, 4]}, {shape: [4]}], ([a = MISSING, b = MISSING]) => sub(a, b)],
    ['sub, scalar', [{shape: [3, 4]}, {shape: [1]}], ([a = MISSING, b = MISSING]) => sub(a, b)],
    ['mul, same shape', [{shape: [3, 4]}, {shape: [3, 4]}], ([a = MISSING, b = MISSING]) => mul(a, b)],
    ['mul, row vector', [{shape: [3, 4]}, {shape: [4]}], ([a = MISSING, b = MISSING]) => mul(a, b)],
    ['mul, scalar', [{shape: [3, 4]}, {shape: [1]}], ([a = MISSING, b = MISSING]) => mul(a, b)],
    ['mul of a tensor by itself', [{shape: [5]}], ([a = MISSING]) => mul(a, a)],
    ['scale', [{shape: [2, 3]}], ([a = MISSING]) => scale(a, -2.5)],
    ['matmul', [{shape: [3, 5]}, {shape: [5, 2]}], ([a = MISSING, b = MISSING]) => matmul(a, b)],
    [
      'matmul, odd inner size',
      [{shape: [4, 7]}, {shape: [7, 3]}],
      ([a = MISSING, b = MISSING]) => matmul(a, b),
    ],
    ['transpose', [{shape: [3, 5]}], ([a = MISSING]) => transpose(a)],
    ['relu', [{shape: [4, 3], draw: awayFromZero}], ([a = MISSING]) => relu(a)],
    ['leakyRelu', [{shape: [4, 3], draw: awayFromZero}], ([a = MISSING]) => leakyRelu(a, 0.2)],
    ['tanh', [{shape: [4, 3]}], ([a = MISSING]) => tanh(a)],
    ['sigmoid', [{shape: [4, 3], draw: (r) => 6 * r.normal()}], ([a = MISSING]) => sigmoid(a)],
    ['exp', [{shape: [4, 3]}], ([a = MISSING]) => exp(a)],
    ['log', [{shape: [4, 3], draw: positive}], ([a = MISSING]) => log(a)],
    ['softplus', [{shape: [4, 3], draw: (r) => 6 * r.normal()}], ([a = MISSING]) => softplus(a)],
    ['sum', [{shape: [3, 4]}], ([a = MISSING]) => sum(a)],
    ['mean', [{shape: [3, 4]}], ([a = MISSING]) => mean(a)],
    ['softmax', [{shape: [3, 5]}], ([a = MISSING]) => softmax(a)],
    ['logSoftmax', [{shape: [3, 5]}], ([a = MISSING]) => logSoftmax(a)],
    ['crossEntropy', [{shape: [4, 6]}], ([a = MISSING]) => crossEntropy(a, [0, 5, 2, 2])],
    ['embedding, repeated ids', [{shape: [5, 3]}], ([t = MISSING]) => embedding(t, [1, 4, 1, 0])],
    [
      'layerNorm',
      [{shape: [3, 6]}, {shape: [6]}, {shape: [6]}],
      ([x = MISSING, g = MISSING, b = MISSING]) => layerNorm(x, g, b),
    ],
    [
      'causalSelfAttention, 2 sequences × 4 positions × 2 heads',
      [{shape: [8, 6]}, {shape: [8, 6]}, {shape: [8, 6]}],
      ([q = MISSING, k = MISSING, v = MISSING]) =>
        causalSelfAttention(q, k, v, {batch: 2, time: 4, heads: 2}).output,
    ],
    ['mseLoss', [{shape: [4, 2]}, {shape: [4, 2]}], ([a = MISSING, b = MISSING]) => mseLoss(a, b)],
    [
      'Linear then leakyRelu (a composition)',
      [{shape: [4, 3]}, {shape: [3, 5]}, {shape: [5]}],
      ([x = MISSING, w = MISSING, b = MISSING]) => leakyRelu(add(matmul(x, w), b)),
    ],
  ];
  it.each(cases)('%s', (_name, specs, op) => {
    expect(gradientError(specs, op)).toBeLessThan(TOLERANCE);
  });

  it('an MLP end to end, through every parameter', () => {
    const rng = new Random(3);
    const mlp = new MLP([3, 8, 8, 2], rng, {activation: 'tanh', dtype: 'float64'});
    const x = new Tensor(rng.fillNormal(new Float64Array(12)), [4, 3]);
    const target = new Tensor(rng.fillNormal(new Float64Array(8)), [4, 2]);
    const loss = (): number => mseLoss(mlp.forward(x), target).item();
    mseLoss(mlp.forward(x), target).backward();
    for (const p of mlp.parameters())
      for (let i = 0; i < p.size; i += 3) {
        const original = p.data[i] ?? 0;
        p.data[i] = original + 1e-6;
        const up = loss();
        p.data[i] = original - 1e-6;
        const down = loss();
        p.data[i] = original;
        expect(p.grad?.[i]).toBeCloseTo((up - down) / 2e-6, 6);
      }
  });
});

describe('tensor basics', () => {
  it('detach stops the gradient', () => {
    const a = Tensor.parameter(Float64Array.from([1, 2, 3]), [3]);
    const b = Tensor.parameter(Float64Array.from([4, 5, 6]), [3]);
    sum(mul(detach(a), b)).backward();
    expect(a.grad).toBeNull();
    expect(Array.from(b.grad ?? [])).toEqual([1, 2, 3]);
  });

  it('gradients add up when a tensor is used twice', () => {
    const a = Tensor.parameter(Float64Array.from([2]), [1]);
    sum(add(mul(a, a), scale(a, 3))).backward(); // d(a² + 3a)/da = 2a + 3 = 7
    expect(a.grad?.[0]).toBe(7);
  });

  it('an operation on constants builds no graph', () => {
    const a = Tensor.from([1, 2], [2]);
    expect(add(a, a).requiresGrad).toBe(false);
  });

  it('keeps Float32 in, Float32 out', () => {
    const a = Tensor.from([1, 2, 3, 4], [2, 2]);
    expect(matmul(a, a).data).toBeInstanceOf(Float32Array);
    expect(Array.from(matmul(a, a).data)).toEqual([7, 10, 15, 22]);
  });

  it('attention rows are causal and sum to 1', () => {
    const rng = new Random(5);
    const q = new Tensor(rng.fillNormal(new Float64Array(12)), [3, 4]);
    const {weights} = causalSelfAttention(q, q, q, {batch: 1, time: 3, heads: 2});
    for (let h = 0; h < 2; h++)
      for (let i = 0; i < 3; i++) {
        const row = Array.from(weights.subarray(h * 9 + i * 3, h * 9 + i * 3 + 3));
        expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        for (let j = i + 1; j < 3; j++) expect(row[j]).toBe(0);
      }
  });

  it('rejects shapes that do not fit, with the shapes in the message', () => {
    expect(() => matmul(Tensor.zeros([2, 3]), Tensor.zeros([2, 3]))).toThrow('[2, 3] by [2, 3]');
    expect(() => add(Tensor.zeros([2, 3]), Tensor.zeros([2]))).toThrow('cannot combine');
    expect(() => crossEntropy(Tensor.zeros([2, 3]), [0, 3])).toThrow('not a class');
    expect(() => embedding(Tensor.zeros([2, 3]), [2])).toThrow('not in [0, 2)');
    expect(() => Tensor.zeros([1, 3]).backward()).toThrow('scalar');
  });

  it('sums and logs stay stable for large inputs', () => {
    const big = Tensor.from([1000, -1000], [1, 2], 'float64');
    expect(Array.from(softmax(big).data)).toEqual([1, 0]);
    expect(softplus(Tensor.from([1000], [1], 'float64')).item()).toBe(1000);
    expect(sigmoid(Tensor.from([-1000], [1], 'float64')).item()).toBe(0);
    expect(crossEntropy(big, [1]).item()).toBe(2000);
  });
});

describe('Linear', () => {
  it('computes x·W + b', () => {
    const layer = new Linear(2, 1, new Random(1), {dtype: 'float64'});
    layer.weight.data.set([2, 3]);
    layer.bias.data.set([1]);
    expect(layer.forward(Tensor.from([1, 1], [1, 2], 'float64')).item()).toBe(6);
  });
});
