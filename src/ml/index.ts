/**
 * The API a Web Worker drives. Create a trainer from a config and a seed, call
 * `trainer.step(n)` in a loop, and read what the page draws from `trainer.model`:
 *
 *   const created = createTrainer({kind: 'gan', dataset: {kind: 'ring'}}, 42);
 *   if (!created.ok) post(created.error);          // bad input, e.g. 3 drawn points
 *   const {trainer} = created;
 *   const report = trainer.step(20);               // {stepsRun, step, losses, error}
 *   if (report.error) post(report.error);          // e.g. a loss became NaN: training stopped
 *   post({samples: trainer.model.samples(), grid: trainer.model.discriminatorGrid(40)});
 *
 * Everything returned is plain data or typed arrays, so it can be posted as it is. The
 * same seed and config give the same losses, step for step.
 */
import {CharTransformer} from './chartransformer';
import type {CharTransformerConfig, CharTransformerLossName} from './chartransformer';
import {MlInputError} from './errors';
import type {MlError} from './errors';
import {FlowMatchingComparison} from './flow';
import type {FlowConfig, FlowModelName} from './flow';
import {Gan} from './gan';
import type {GanConfig, GanLossName} from './gan';
import {Trainer} from './trainer';

export type GanTrainerConfig = {kind: 'gan'} & Partial<GanConfig>;
export type FlowTrainerConfig = {kind: 'flow'} & Partial<FlowConfig>;
export type CharTransformerTrainerConfig = {kind: 'char-transformer'} & Partial<CharTransformerConfig>;
export type TrainerConfig = GanTrainerConfig | FlowTrainerConfig | CharTransformerTrainerConfig;

export type GanTrainer = Trainer<'gan', Gan, GanLossName>;
export type FlowTrainer = Trainer<'flow', FlowMatchingComparison, FlowModelName>;
export type CharTransformerTrainer = Trainer<'char-transformer', CharTransformer, CharTransformerLossName>;
export type AnyTrainer = GanTrainer | FlowTrainer | CharTransformerTrainer;

export type Created<T> = {ok: true; trainer: T} | {ok: false; error: MlError};

/**
 * A trainer for the config, or the reason the config cannot be trained (too few drawn
 * points, unsupported characters, a text too long, an out-of-range setting…).
 */
export function createTrainer(config: GanTrainerConfig, seed: number): Created<GanTrainer>;
export function createTrainer(config: FlowTrainerConfig, seed: number): Created<FlowTrainer>;
export function createTrainer(
  config: CharTransformerTrainerConfig,
  seed: number,
): Created<CharTransformerTrainer>;
export function createTrainer(config: TrainerConfig, seed: number): Created<AnyTrainer>;
export function createTrainer(config: TrainerConfig, seed: number): Created<AnyTrainer> {
  try {
    if (!Number.isFinite(seed))
      throw new MlInputError({code: 'invalid-config', message: `The seed must be a number, got ${seed}.`});
    switch (config.kind) {
      case 'gan': {
        const {kind, ...rest} = config;
        return {ok: true, trainer: new Trainer<'gan', Gan, GanLossName>(kind, new Gan(rest, seed))};
      }
      case 'flow': {
        const {kind, ...rest} = config;
        return {
          ok: true,
          trainer: new Trainer<'flow', FlowMatchingComparison, FlowModelName>(
            kind,
            new FlowMatchingComparison(rest, seed),
          ),
        };
      }
      case 'char-transformer': {
        const {kind, ...rest} = config;
        return {
          ok: true,
          trainer: new Trainer<'char-transformer', CharTransformer, CharTransformerLossName>(
            kind,
            new CharTransformer(rest, seed),
          ),
        };
      }
    }
  } catch (e) {
    if (e instanceof MlInputError) return {ok: false, error: e.error};
    throw e;
  }
}

export {Trainer} from './trainer';
export type {StepReport, TrainableModel} from './trainer';
export {MlInputError} from './errors';
export type {MlError, MlErrorCode} from './errors';
export {Gan, GAN_DEFAULTS, GAN_MODE_COLLAPSE_PRESET} from './gan';
export type {GanConfig, GanLoss, GanLossName} from './gan';
export {FlowMatchingComparison, FLOW_DEFAULTS, MAX_SAMPLING_STEPS} from './flow';
export type {FlowConfig, FlowModelName, Trajectory} from './flow';
export {
  CharTransformer,
  CHAR_TRANSFORMER_DEFAULTS,
  DEFAULT_TEXT,
  MAX_TEXT_LENGTH,
  MIN_TEXT_LENGTH,
  SUPPORTED_CHARACTERS,
  normalizeText,
  unigramEntropy,
  validateText,
} from './chartransformer';
export type {AttentionMap, CharTransformerConfig, Entropy} from './chartransformer';
export {
  energyDistance,
  makeDataset,
  ringModeCoverage,
  validatePoints,
  MIN_CUSTOM_POINTS,
  MAX_CUSTOM_POINTS,
} from './data2d';
export type {DatasetSpec, ModeCoverage, Points} from './data2d';
export {Random} from './random';
