/**
 * Flow matching and, to compare, a noise-prediction diffusion model, trained side by side
 * on the same 2-D data with the same network size.
 *
 * Flow matching follows the site's flow-matching note (docs/models/flow-matching.mdx):
 * x₀ ~ N(0, I) is noise and x₁ is data, time t runs from 0 (noise) to 1 (data), the path
 * is the straight line x_t = (1 − t)·x₀ + t·x₁ and the network v_θ(x_t, t) regresses the
 * velocity x₁ − x₀. Sampling follows dx/dt = v_θ(x, t) with N Euler steps from t = 0 to 1.
 *
 * The diffusion model follows the diffusion note's convention instead: time τ runs from
 * 0 (data) to 1 (noise), x_τ = √ᾱ(τ)·x_data + √(1 − ᾱ(τ))·ε with the variance-preserving
 * schedule ᾱ(τ) = exp(−(β_min·τ + ½(β_max − β_min)·τ²)) (Song et al. 2021, continuous
 * form of DDPM's linear β), and the network ε_θ(x_τ, τ) predicts the noise ε. Sampling
 * uses DDIM with η = 0 (Song, Meng and Ermon 2021) on N equal steps from τ = 1 to 0, so N
 * can go from 1 to 100 like the flow's.
 *
 * Both samplers return a trajectory from noise to data: snapshot 0 is the noise, snapshot
 * N the samples.
 */
import {energyDistance, gaussianPoints, makeDataset} from './data2d';
import type {Dataset, DatasetSpec, Points} from './data2d';
import {fail} from './errors';
import {Adam, MLP, SGD, mseLoss} from './nn';
import type {Optimizer} from './nn';
import {Random} from './random';
import {Tensor} from './tensor';
import type {TrainableModel} from './trainer';

export interface FlowConfig {
  dataset: DatasetSpec;
  learningRate: number;
  /** Adam by default; plain SGD shows how a too-high learning rate diverges. */
  optimizer: 'adam' | 'sgd';
  batchSize: number;
  hiddenUnits: number;
  hiddenLayers: number;
  /** The diffusion schedule's β range; ᾱ(1) = exp(−(β_min + β_max)/2) ≈ 4·10⁻⁵ by default. */
  betaMin: number;
  betaMax: number;
}

export const FLOW_DEFAULTS: FlowConfig = {
  dataset: {kind: 'moons'},
  learningRate: 2e-3,
  optimizer: 'adam',
  batchSize: 128,
  hiddenUnits: 64,
  hiddenLayers: 3,
  betaMin: 0.1,
  betaMax: 20,
};

export const MAX_SAMPLING_STEPS = 100;
/** DDIM's estimate of the clean point is clipped to this box, as DDPM samplers clip to the data range. */
const CLIP = 4;

export type FlowModelName = 'flow' | 'diffusion';

export interface Trajectory {
  /** Progress from noise (0) to data (1) of each snapshot; steps + 1 values. */
  progress: number[];
  /** steps + 1 snapshots of all points, each interleaved [x0, y0, x1, y1, …]. */
  snapshots: Points[];
  /** The last snapshot: the generated samples. */
  samples: Points;
}

/** Network input: the point and three features of the time, so a small MLP can bend with it. */
function inputs(points: ArrayLike<number>, time: ArrayLike<number>): Tensor {
  const n = time.length;
  const data = new Float32Array(n * 5);
  for (let i = 0; i < n; i++) {
    const t = time[i] ?? 0;
    data[5 * i] = points[2 * i] ?? 0;
    data[5 * i + 1] = points[2 * i + 1] ?? 0;
    data[5 * i + 2] = 2 * t - 1;
    data[5 * i + 3] = Math.cos(Math.PI * t);
    data[5 * i + 4] = Math.sin(Math.PI * t);
  }
  return new Tensor(data, [n, 5]);
}

export class FlowMatchingComparison implements TrainableModel<FlowModelName> {
  readonly lossNames = ['flow', 'diffusion'] as const;
  readonly config: FlowConfig;
  readonly velocityNetwork: MLP;
  readonly noiseNetwork: MLP;
  private readonly dataset: Dataset;
  private readonly rng: Random;
  private readonly velocityOptimizer: Optimizer;
  private readonly noiseOptimizer: Optimizer;

  constructor(config: Partial<FlowConfig>, seed: number) {
    this.config = validateFlowConfig({...FLOW_DEFAULTS, ...config});
    const {hiddenUnits, hiddenLayers, learningRate} = this.config;
    this.dataset = makeDataset(this.config.dataset);
    this.rng = new Random(seed);
    const sizes = [5, ...new Array<number>(hiddenLayers).fill(hiddenUnits), 2];
    this.velocityNetwork = new MLP(sizes, this.rng, {activation: 'relu'});
    this.noiseNetwork = new MLP(sizes, this.rng, {activation: 'relu'});
    const optimizer = (parameters: Tensor[]): Optimizer =>
      this.config.optimizer === 'sgd'
        ? new SGD(parameters, {learningRate})
        : new Adam(parameters, {learningRate});
    this.velocityOptimizer = optimizer(this.velocityNetwork.parameters());
    this.noiseOptimizer = optimizer(this.noiseNetwork.parameters());
  }

  /** ᾱ(τ) of the diffusion schedule. */
  alphaBar(tau: number): number {
    const {betaMin, betaMax} = this.config;
    return Math.exp(-(betaMin * tau + 0.5 * (betaMax - betaMin) * tau * tau));
  }

  trainStep(): number[] {
    const n = this.config.batchSize;
    const data = this.dataset.sample(n, this.rng);

    // Flow matching: a point on the straight line from noise x₀ to data x₁, target x₁ − x₀.
    const x0 = gaussianPoints(n, this.rng);
    const t = Float32Array.from({length: n}, () => this.rng.uniform());
    const xt = new Float32Array(2 * n);
    const velocity = new Float32Array(2 * n);
    for (let i = 0; i < 2 * n; i++) {
      const ti = t[i >> 1] ?? 0;
      xt[i] = (1 - ti) * (x0[i] ?? 0) + ti * (data[i] ?? 0);
      velocity[i] = (data[i] ?? 0) - (x0[i] ?? 0);
    }
    const flowLoss = mseLoss(this.velocityNetwork.forward(inputs(xt, t)), new Tensor(velocity, [n, 2]));

    // Diffusion: noise the same data to a random τ, target the noise ε.
    const epsilon = gaussianPoints(n, this.rng);
    const tau = Float32Array.from({length: n}, () => 1e-3 + (1 - 1e-3) * this.rng.uniform());
    const noisy = new Float32Array(2 * n);
    for (let i = 0; i < 2 * n; i++) {
      const a = this.alphaBar(tau[i >> 1] ?? 0);
      noisy[i] = Math.sqrt(a) * (data[i] ?? 0) + Math.sqrt(1 - a) * (epsilon[i] ?? 0);
    }
    const diffusionLoss = mseLoss(this.noiseNetwork.forward(inputs(noisy, tau)), new Tensor(epsilon, [n, 2]));

    const losses = [flowLoss.item(), diffusionLoss.item()];
    if (!losses.every(Number.isFinite)) return losses;
    this.velocityOptimizer.zeroGrad();
    flowLoss.backward();
    this.velocityOptimizer.step();
    this.noiseOptimizer.zeroGrad();
    diffusionLoss.backward();
    this.noiseOptimizer.step();
    return losses;
  }

  /** n samples with `steps` sampler steps (1 to 100), and the way there. */
  sample(model: FlowModelName, steps: number, n = 500, seed = 1): Trajectory {
    if (!(Number.isInteger(steps) && steps >= 1 && steps <= MAX_SAMPLING_STEPS))
      fail(
        'invalid-config',
        `The number of sampling steps must be an integer from 1 to ${MAX_SAMPLING_STEPS}, got ${steps}.`,
      );
    let x = gaussianPoints(n, new Random(seed));
    const snapshots = [x];
    const time = new Float32Array(n);
    for (let s = 0; s < steps; s++) {
      if (model === 'flow') {
        // Euler: x ← x + Δt · v(x, t)
        const dt = 1 / steps;
        time.fill(s * dt);
        const v = this.velocityNetwork.forward(inputs(x, time)).data;
        x = x.map((xi, i) => xi + dt * (v[i] ?? 0));
      } else {
        // DDIM from τ to τ′ < τ: estimate the clean point from the predicted noise, then
        // re-noise it to level τ′ with that same noise.
        const tau = 1 - s / steps;
        const next = 1 - (s + 1) / steps;
        const a = this.alphaBar(tau);
        const aNext = this.alphaBar(next);
        time.fill(tau);
        const eps = this.noiseNetwork.forward(inputs(x, time)).data;
        x = x.map((xi, i) => {
          const e = eps[i] ?? 0;
          const clean = Math.min(CLIP, Math.max(-CLIP, (xi - Math.sqrt(1 - a) * e) / Math.sqrt(a)));
          return Math.sqrt(aNext) * clean + Math.sqrt(1 - aNext) * e;
        });
      }
      snapshots.push(x);
    }
    return {progress: snapshots.map((_, s) => s / steps), snapshots, samples: x};
  }

  /** Real points drawn with `seed`. */
  realSamples(n: number, seed = 2): Points {
    return this.dataset.sample(n, new Random(seed));
  }

  /** Energy distance between n samples of `model` and n fresh data points (lower is better). */
  energyDistance(model: FlowModelName, steps: number, n = 500, seed = 1): number {
    return energyDistance(this.sample(model, steps, n, seed).samples, this.realSamples(n, seed + 1));
  }
}

function validateFlowConfig(config: FlowConfig): FlowConfig {
  if (!(config.learningRate > 0 && config.learningRate <= 1))
    fail('invalid-config', `The learning rate must be in (0, 1], got ${config.learningRate}.`);
  for (const [key, low, high] of [
    ['batchSize', 1, 4096],
    ['hiddenUnits', 1, 512],
    ['hiddenLayers', 1, 8],
  ] as const)
    if (!(Number.isInteger(config[key]) && config[key] >= low && config[key] <= high))
      fail('invalid-config', `The ${key} must be an integer from ${low} to ${high}, got ${config[key]}.`);
  if (config.optimizer !== 'adam' && config.optimizer !== 'sgd')
    fail('invalid-config', `The optimiser must be 'adam' or 'sgd', got '${String(config.optimizer)}'.`);
  if (!(config.betaMin > 0 && config.betaMax > config.betaMin))
    fail('invalid-config', `Need 0 < betaMin < betaMax, got ${config.betaMin} and ${config.betaMax}.`);
  return config;
}
