/**
 * The GAN playground's side of the worker: builds the engine's GAN from the page's
 * settings and turns its state into a snapshot (real and generated points, the
 * discriminator's heatmap, the energy distance and, on the ring, the modes covered).
 */
import {createTrainer, energyDistance} from '@site/src/ml';
import type {DatasetSpec, GanTrainer} from '@site/src/ml';
import type {DatasetName, GanParams} from '../protocol';
import type {PlaygroundAdapter, PlaygroundSession} from '../workerRuntime';

export const GRID_RESOLUTION = 40;
const QUALITY_POINTS = 500;

export interface GanSession extends PlaygroundSession<'gan'> {
  trainer: GanTrainer;
  real: Float32Array;
}

export function datasetSpec(name: DatasetName, customPoints: readonly number[]): DatasetSpec {
  return name === 'custom' ? {kind: 'custom', points: Float32Array.from(customPoints)} : {kind: name};
}

export const ganAdapter: PlaygroundAdapter<'gan', GanSession> = {
  snapshotIntervalMs: 100,
  create(seed, params: GanParams) {
    const created = createTrainer(
      {
        kind: 'gan',
        dataset: datasetSpec(params.dataset, params.customPoints),
        loss: params.loss,
        generatorLearningRate: params.generatorLearningRate,
        discriminatorLearningRate: params.discriminatorLearningRate,
      },
      seed,
    );
    if (!created.ok) return created;
    const real = created.trainer.model.realSamples(QUALITY_POINTS, 2);
    return {ok: true, session: {trainer: created.trainer, params, real}};
  },
  snapshot(session) {
    const {model} = session.trainer;
    const generated = model.samples();
    const grid = model.discriminatorGrid(GRID_RESOLUTION, -3, 3);
    const coverage = model.modeCoverage();
    const distance = energyDistance(model.samples(QUALITY_POINTS, 11), session.real);
    // Copies: the session keeps `real` for the next snapshot.
    const real = session.real.slice();
    return {
      snapshot: {
        kind: 'gan',
        real,
        generated,
        grid,
        gridResolution: GRID_RESOLUTION,
        energyDistance: distance,
        modes: coverage ? {covered: coverage.covered, nearShare: coverage.nearShare} : null,
      },
      transfer: [real.buffer, generated.buffer, grid.buffer],
    };
  },
};
