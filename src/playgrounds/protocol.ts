/**
 * The one message protocol between a playground's page and its Web Worker. The page sends
 * commands (init, train, pause, step, reset, setParams); the worker answers with progress
 * (step and losses), snapshots (what to draw) and errors (bad input, or a loss that became
 * NaN). Everything is plain data or typed arrays, so it crosses `postMessage` as it is.
 *
 * Only types come from the engine here: the page never loads src/ml, the worker does.
 */
import type {MlError} from '@site/src/ml/errors';

export type {MlError};

export type PlaygroundKind = 'gan' | 'flow' | 'char-transformer';

/** The 2-D data sets; 'custom' uses the reader's points. */
export type DatasetName = 'ring' | 'moons' | 'spiral' | 'custom';

export interface GanParams {
  dataset: DatasetName;
  /** The reader's points, interleaved [x0, y0, x1, y1, …] in about [−2.5, 2.5]², for 'custom'. */
  customPoints: number[];
  loss: 'minimax' | 'non-saturating';
  generatorLearningRate: number;
  discriminatorLearningRate: number;
}

export interface FlowParams {
  dataset: DatasetName;
  customPoints: number[];
  optimizer: 'adam' | 'sgd';
  learningRate: number;
  /** Sampler steps (1 to 100) for the trajectories and the quality number; a view setting. */
  samplingSteps: number;
}

export interface CharTransformerParams {
  /** The reader's text, or null for the built-in one. */
  text: string | null;
  /** Sampling temperature (0 takes the most likely character); a view setting. */
  temperature: number;
  /** The text whose attention weights are shown; a view setting. */
  attentionText: string;
}

export interface ParamsByKind {
  gan: GanParams;
  flow: FlowParams;
  'char-transformer': CharTransformerParams;
}

export interface GanSnapshot {
  kind: 'gan';
  real: Float32Array;
  generated: Float32Array;
  /** σ(D(x)) on a resolution × resolution grid over [−3, 3]², rows from the bottom. */
  grid: Float32Array;
  gridResolution: number;
  /** Energy distance between generated and real points (lower is better). */
  energyDistance: number;
  /** For the ring: modes covered out of 8, and the share of samples near a mode. */
  modes: {covered: number; nearShare: number} | null;
}

export interface FlowModelView {
  /** Paths of the first `pathCount` points: snapshot s of point i at [(s · pathCount + i) · 2]. */
  paths: Float32Array;
  pathCount: number;
  samples: Float32Array;
  energyDistance: number;
}

export interface FlowSnapshot {
  kind: 'flow';
  real: Float32Array;
  samplingSteps: number;
  flow: FlowModelView;
  diffusion: FlowModelView;
}

export interface CharSample {
  step: number;
  temperature: number;
  text: string;
}

export interface CharSnapshot {
  kind: 'char-transformer';
  /** Unigram entropy of the training text, in nats per character: the baseline. */
  unigramNats: number;
  textLength: number;
  /** The most recent samples, newest first. */
  samples: CharSample[];
  attention: {characters: string[]; layers: number; heads: number; weights: Float32Array[][]} | null;
}

export interface SnapshotByKind {
  gan: GanSnapshot;
  flow: FlowSnapshot;
  'char-transformer': CharSnapshot;
}

export type PageToWorker<K extends PlaygroundKind> =
  /**
   * Creates the model; `run` numbers the runs, and every answer carries the run it belongs
   * to, so the page can drop messages still in flight from before a reset.
   */
  | {type: 'init'; run: number; seed: number; params: ParamsByKind[K]}
  | {type: 'reset'; run: number; seed: number; params: ParamsByKind[K]}
  /** Trains until paused or stopped by an error. */
  | {type: 'train'}
  | {type: 'pause'}
  /** Runs exactly `steps` steps, then pauses. */
  | {type: 'step'; steps: number}
  /** View settings (sampling steps, temperature, attention text): a new snapshot, no new run. */
  | {type: 'setParams'; params: Partial<ParamsByKind[K]>};

export type WorkerToPage<K extends PlaygroundKind> = {run: number} & WorkerMessage<K>;

type WorkerMessage<K extends PlaygroundKind> =
  | {type: 'ready'; step: number; lossNames: string[]}
  | {
      type: 'progress';
      step: number;
      running: boolean;
      /** Losses of every step since the previous progress message, per loss name. */
      newLosses: Record<string, number[]>;
      /** Training speed over the last chunk of work. */
      stepsPerSecond: number;
    }
  | {type: 'snapshot'; step: number; snapshot: SnapshotByKind[K]}
  | {type: 'error'; step: number; error: MlError};
