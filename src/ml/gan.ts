/**
 * A GAN on 2-D points, small enough to train in a browser tab. The generator G maps
 * standard normal noise z to a point; the discriminator D maps a point to a logit, and
 * σ(D(x)) is its belief that x is real. Each training step updates D once on a batch of
 * real and generated points, then G once on a fresh batch of noise.
 *
 * Losses, written with logits ℓ = D(x) and softplus(u) = log(1 + eᵘ), which is stable:
 *   discriminator:             E_real[−log σ(ℓ)] + E_fake[−log(1 − σ(ℓ))]
 *                            = E_real[softplus(−ℓ)] + E_fake[softplus(ℓ)]
 *   generator, 'minimax':      E_fake[log(1 − σ(ℓ))] = −E_fake[softplus(ℓ)]
 *     (the original game of Goodfellow et al. 2014; its gradient vanishes while D easily
 *     rejects the fakes, which is exactly when G needs it)
 *   generator, 'non-saturating': E_fake[−log σ(ℓ)] = E_fake[softplus(−ℓ)]
 *     (the same fixed point, with strong gradients early on; what practice uses)
 */
import {makeDataset, ringModeCoverage} from './data2d';
import type {Dataset, DatasetSpec, ModeCoverage, Points} from './data2d';
import {fail} from './errors';
import {Adam, MLP} from './nn';
import type {Activation} from './nn';
import {Random} from './random';
import {Tensor, detach, mean, scale, sigmoidValue, softplus} from './tensor';
import type {TrainableModel} from './trainer';

export type GanLoss = 'minimax' | 'non-saturating';

export interface GanConfig {
  dataset: DatasetSpec;
  loss: GanLoss;
  generatorLearningRate: number;
  discriminatorLearningRate: number;
  /** Points per batch, for both networks. */
  batchSize: number;
  /** Dimensions of the noise z fed to the generator. */
  noiseDimensions: number;
  /** Width of each hidden layer, for both networks. */
  hiddenUnits: number;
  /** Hidden layers of each network. */
  hiddenLayers: number;
  /** Adam's β₁; 0.5 is the usual choice for GANs (Radford et al. 2016). */
  beta1: number;
}

export const GAN_DEFAULTS: GanConfig = {
  dataset: {kind: 'ring'},
  loss: 'non-saturating',
  generatorLearningRate: 5e-3,
  discriminatorLearningRate: 5e-3,
  batchSize: 64,
  noiseDimensions: 2,
  hiddenUnits: 32,
  hiddenLayers: 2,
  beta1: 0.5,
};

/**
 * Settings that stop the GAN from covering the ring: the original minimax generator loss
 * with the discriminator learning five times more slowly than the generator. The
 * generator's gradient, log(1 − σ(ℓ)), is weak where the discriminator rejects its
 * samples, so they stay bunched on a few modes or between them: on seed 2, 3 of the 8
 * modes after 1,000 steps where the defaults reach 7 or 8 (a test checks at most 3).
 */
export const GAN_MODE_COLLAPSE_PRESET: Partial<GanConfig> = {
  loss: 'minimax',
  generatorLearningRate: 5e-3,
  discriminatorLearningRate: 1e-3,
};

export type GanLossName = 'discriminator' | 'generator';

export class Gan implements TrainableModel<GanLossName> {
  readonly lossNames = ['discriminator', 'generator'] as const;
  readonly config: GanConfig;
  readonly generator: MLP;
  readonly discriminator: MLP;
  private readonly dataset: Dataset;
  private readonly rng: Random;
  private readonly generatorOptimizer: Adam;
  private readonly discriminatorOptimizer: Adam;
  /** Fixed noise for the picture, so that the reader watches the same points move. */
  private readonly displayNoise: Tensor;

  constructor(config: Partial<GanConfig>, seed: number) {
    this.config = validateGanConfig({...GAN_DEFAULTS, ...config});
    const {noiseDimensions, hiddenUnits, hiddenLayers, beta1} = this.config;
    this.dataset = makeDataset(this.config.dataset);
    this.rng = new Random(seed);
    const hidden = new Array<number>(hiddenLayers).fill(hiddenUnits);
    const activation: Activation = 'leakyRelu';
    this.generator = new MLP([noiseDimensions, ...hidden, 2], this.rng, {activation});
    this.discriminator = new MLP([2, ...hidden, 1], this.rng, {activation});
    this.generatorOptimizer = new Adam(this.generator.parameters(), {
      learningRate: this.config.generatorLearningRate,
      beta1,
    });
    this.discriminatorOptimizer = new Adam(this.discriminator.parameters(), {
      learningRate: this.config.discriminatorLearningRate,
      beta1,
    });
    this.displayNoise = this.noise(512, new Random(seed + 7919));
  }

  private noise(n: number, rng: Random): Tensor {
    return new Tensor(rng.fillNormal(new Float32Array(n * this.config.noiseDimensions)), [
      n,
      this.config.noiseDimensions,
    ]);
  }

  trainStep(): number[] {
    const {batchSize, loss} = this.config;

    // 1. Discriminator: real points towards "real", generated points towards "fake".
    //    The fakes are detached, so this step computes no gradient for the generator.
    const real = new Tensor(this.dataset.sample(batchSize, this.rng), [batchSize, 2]);
    const fake = detach(this.generator.forward(this.noise(batchSize, this.rng)));
    const discriminatorLoss = mean(softplus(scale(this.discriminator.forward(real), -1)));
    const fakeLoss = mean(softplus(this.discriminator.forward(fake)));
    const dLoss = discriminatorLoss.item() + fakeLoss.item();
    if (!Number.isFinite(dLoss)) return [dLoss, NaN];
    this.discriminatorOptimizer.zeroGrad();
    discriminatorLoss.backward();
    fakeLoss.backward();
    this.discriminatorOptimizer.step();

    // 2. Generator: gradients flow through D into G; only G's parameters are updated.
    const logits = this.discriminator.forward(this.generator.forward(this.noise(batchSize, this.rng)));
    const generatorLoss =
      loss === 'minimax' ? scale(mean(softplus(logits)), -1) : mean(softplus(scale(logits, -1)));
    const gLoss = generatorLoss.item();
    if (!Number.isFinite(gLoss)) return [dLoss, gLoss];
    this.generatorOptimizer.zeroGrad();
    generatorLoss.backward();
    this.generatorOptimizer.step();
    return [dLoss, gLoss];
  }

  /** Generated points: from the fixed display noise, or n fresh ones from `seed`. */
  samples(n?: number, seed?: number): Points {
    const z = n === undefined ? this.displayNoise : this.noise(n, new Random(seed ?? 1));
    return Float32Array.from(this.generator.forward(z).data);
  }

  /** Real points drawn with `seed` (the same seed gives the same points). */
  realSamples(n: number, seed = 2): Points {
    return this.dataset.sample(n, new Random(seed));
  }

  /**
   * σ(D(x)) on a resolution × resolution grid over [min, max]², row by row from the
   * bottom (y = min) to the top, for a heatmap.
   */
  discriminatorGrid(resolution = 40, min = -3, max = 3): Float32Array {
    const points = new Float32Array(resolution * resolution * 2);
    const stepSize = (max - min) / (resolution - 1);
    for (let row = 0; row < resolution; row++)
      for (let col = 0; col < resolution; col++) {
        const i = row * resolution + col;
        points[2 * i] = min + col * stepSize;
        points[2 * i + 1] = min + row * stepSize;
      }
    const logits = this.discriminator.forward(new Tensor(points, [resolution * resolution, 2])).data;
    return Float32Array.from(logits, sigmoidValue);
  }

  /** For the ring: how many of its 8 modes n generated points cover. */
  modeCoverage(n = 1000, seed = 3): ModeCoverage | null {
    const spec = this.config.dataset;
    if (spec.kind !== 'ring') return null;
    return ringModeCoverage(this.samples(n, seed), spec);
  }
}

function validateGanConfig(config: GanConfig): GanConfig {
  if (config.loss !== 'minimax' && config.loss !== 'non-saturating')
    fail(
      'invalid-config',
      `The generator loss must be 'minimax' or 'non-saturating', got '${String(config.loss)}'.`,
    );
  for (const key of ['generatorLearningRate', 'discriminatorLearningRate'] as const)
    if (!(config[key] > 0 && config[key] <= 1))
      fail('invalid-config', `The ${key} must be in (0, 1], got ${config[key]}.`);
  for (const [key, low, high] of [
    ['batchSize', 1, 4096],
    ['noiseDimensions', 1, 64],
    ['hiddenUnits', 1, 512],
    ['hiddenLayers', 1, 8],
  ] as const)
    if (!(Number.isInteger(config[key]) && config[key] >= low && config[key] <= high))
      fail('invalid-config', `The ${key} must be an integer from ${low} to ${high}, got ${config[key]}.`);
  if (!(config.beta1 >= 0 && config.beta1 < 1))
    fail('invalid-config', `β₁ must be in [0, 1), got ${config.beta1}.`);
  return config;
}
