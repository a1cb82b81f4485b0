/**
 * The GAN playground's starting settings and its mode-collapse preset. The numbers are the
 * engine's (GAN_DEFAULTS and GAN_MODE_COLLAPSE_PRESET in src/ml/gan.ts), written here so
 * the page need not load the engine to show them; GanPlayground.test.tsx checks that
 * they agree.
 */
import type {GanParams} from '../protocol';

export const GAN_PAGE_DEFAULTS: GanParams = {
  dataset: 'ring',
  customPoints: [],
  loss: 'non-saturating',
  generatorLearningRate: 0.005,
  discriminatorLearningRate: 0.005,
};

export const GAN_PAGE_MODE_COLLAPSE: GanParams = {
  ...GAN_PAGE_DEFAULTS,
  loss: 'minimax',
  generatorLearningRate: 0.005,
  discriminatorLearningRate: 0.001,
};

/** The seed the mode-collapse text describes. */
export const MODE_COLLAPSE_SEED = 2;
export const DEFAULT_SEED = 2;

export const LEARNING_RATES = [0.0001, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1] as const;
