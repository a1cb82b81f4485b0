/**
 * Layers and optimisers on top of tensor.ts: Linear, MLP, Adam, SGD and gradient
 * clipping. A model is a plain object with a `parameters()` list; an optimiser updates
 * those tensors in place from their `grad`.
 */
import type {Random} from './random';
import {Tensor, add, allocate, leakyRelu, matmul, mean, mul, relu, sigmoid, sub, tanh} from './tensor';
import type {DType} from './tensor';

export type Activation = 'relu' | 'leakyRelu' | 'tanh' | 'sigmoid' | 'none';

export function activate(x: Tensor, activation: Activation): Tensor {
  switch (activation) {
    case 'relu':
      return relu(x);
    case 'leakyRelu':
      return leakyRelu(x);
    case 'tanh':
      return tanh(x);
    case 'sigmoid':
      return sigmoid(x);
    case 'none':
      return x;
  }
}

/** A parameter of the given shape drawn from N(0, std²). */
export function normalParameter(
  shape: readonly number[],
  std: number,
  rng: Random,
  dtype: DType = 'float32',
): Tensor {
  const data = allocate(
    dtype,
    shape.reduce((p, d) => p * d, 1),
  );
  rng.fillNormal(data, 0, std);
  return Tensor.parameter(data, shape);
}

/** A parameter filled with one value (zeros for biases, ones for layer-norm gains). */
export function constantParameter(shape: readonly number[], value: number, dtype: DType = 'float32'): Tensor {
  const data = allocate(
    dtype,
    shape.reduce((p, d) => p * d, 1),
  );
  data.fill(value);
  return Tensor.parameter(data, shape);
}

/** y = x·W + b, with W [inputs, outputs] drawn from N(0, gain² / inputs) and b = 0. */
export class Linear {
  readonly weight: Tensor;
  readonly bias: Tensor;

  constructor(inputs: number, outputs: number, rng: Random, options: {gain?: number; dtype?: DType} = {}) {
    const gain = options.gain ?? 1;
    this.weight = normalParameter([inputs, outputs], gain / Math.sqrt(inputs), rng, options.dtype);
    this.bias = constantParameter([outputs], 0, options.dtype);
  }

  forward(x: Tensor): Tensor {
    return add(matmul(x, this.weight), this.bias);
  }

  parameters(): Tensor[] {
    return [this.weight, this.bias];
  }
}

/** A multilayer perceptron: Linear layers with `activation` between them, none after the last. */
export class MLP {
  readonly layers: Linear[];
  readonly activation: Activation;

  constructor(sizes: readonly number[], rng: Random, options: {activation?: Activation; dtype?: DType} = {}) {
    if (sizes.length < 2)
      throw new Error(`MLP: need at least an input and an output size, got [${sizes.join(', ')}].`);
    this.activation = options.activation ?? 'relu';
    // He initialisation for ReLU-like units keeps the activations' scale from layer to layer.
    const gain = this.activation === 'relu' || this.activation === 'leakyRelu' ? Math.SQRT2 : 1;
    this.layers = [];
    for (let i = 0; i + 1 < sizes.length; i++) {
      const last = i + 2 === sizes.length;
      this.layers.push(
        new Linear(sizes[i] ?? 1, sizes[i + 1] ?? 1, rng, {gain: last ? 1 : gain, dtype: options.dtype}),
      );
    }
  }

  forward(x: Tensor): Tensor {
    let h = x;
    this.layers.forEach((layer, i) => {
      h = layer.forward(h);
      if (i + 1 < this.layers.length) h = activate(h, this.activation);
    });
    return h;
  }

  parameters(): Tensor[] {
    return this.layers.flatMap((layer) => layer.parameters());
  }
}

/** Mean squared error over all elements. */
export function mseLoss(prediction: Tensor, target: Tensor): Tensor {
  const difference = sub(prediction, target);
  return mean(mul(difference, difference));
}

export function zeroGrad(parameters: readonly Tensor[]): void {
  for (const p of parameters) p.zeroGrad();
}

/** The Euclidean norm of all gradients together. */
export function gradientNorm(parameters: readonly Tensor[]): number {
  let total = 0;
  for (const p of parameters)
    if (p.grad) for (let i = 0; i < p.grad.length; i++) total += (p.grad[i] ?? 0) ** 2;
  return Math.sqrt(total);
}

/**
 * Scales all gradients down so that their joint norm is at most `maxNorm`; returns the
 * norm before clipping (a NaN norm is returned as is, for the caller to report).
 */
export function clipGradientNorm(parameters: readonly Tensor[], maxNorm: number): number {
  const norm = gradientNorm(parameters);
  if (norm > maxNorm) {
    const factor = maxNorm / norm;
    for (const p of parameters)
      if (p.grad) for (let i = 0; i < p.grad.length; i++) p.grad[i] = (p.grad[i] ?? 0) * factor;
  }
  return norm;
}

export interface Optimizer {
  /** Learning rate; may be changed between steps. */
  learningRate: number;
  /** Updates every parameter from its gradient. */
  step(): void;
  zeroGrad(): void;
}

/** Stochastic gradient descent, with optional (heavy-ball) momentum. */
export class SGD implements Optimizer {
  learningRate: number;
  private readonly momentum: number;
  private readonly velocity: Float64Array[];

  constructor(
    private readonly parameters: readonly Tensor[],
    options: {learningRate: number; momentum?: number},
  ) {
    this.learningRate = options.learningRate;
    this.momentum = options.momentum ?? 0;
    this.velocity = parameters.map((p) => new Float64Array(p.size));
  }

  step(): void {
    this.parameters.forEach((p, k) => {
      const g = p.grad;
      const v = this.velocity[k];
      if (!g || !v) return;
      for (let i = 0; i < p.size; i++) {
        const vi = this.momentum * (v[i] ?? 0) + (g[i] ?? 0);
        v[i] = vi;
        p.data[i] = (p.data[i] ?? 0) - this.learningRate * vi;
      }
    });
  }

  zeroGrad(): void {
    zeroGrad(this.parameters);
  }
}

/**
 * Adam (Kingma and Ba, 2015): a step of size ≈ learning rate in the direction of the
 * running mean of the gradient, divided by the root of its running mean square, with both
 * averages corrected for starting at zero.
 */
export class Adam implements Optimizer {
  learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  private t = 0;
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];

  constructor(
    private readonly parameters: readonly Tensor[],
    options: {learningRate: number; beta1?: number; beta2?: number; epsilon?: number},
  ) {
    this.learningRate = options.learningRate;
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-8;
    this.m = parameters.map((p) => new Float64Array(p.size));
    this.v = parameters.map((p) => new Float64Array(p.size));
  }

  step(): void {
    this.t += 1;
    const correction1 = 1 - this.beta1 ** this.t;
    const correction2 = 1 - this.beta2 ** this.t;
    const {beta1, beta2, epsilon, learningRate} = this;
    this.parameters.forEach((p, k) => {
      const g = p.grad;
      const m = this.m[k];
      const v = this.v[k];
      if (!g || !m || !v) return;
      for (let i = 0; i < p.size; i++) {
        const gi = g[i] ?? 0;
        const mi = beta1 * (m[i] ?? 0) + (1 - beta1) * gi;
        const vi = beta2 * (v[i] ?? 0) + (1 - beta2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p.data[i] =
          (p.data[i] ?? 0) - (learningRate * (mi / correction1)) / (Math.sqrt(vi / correction2) + epsilon);
      }
    });
  }

  zeroGrad(): void {
    zeroGrad(this.parameters);
  }
}
