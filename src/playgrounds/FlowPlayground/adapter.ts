/**
 * The flow playground's side of the worker: trains the engine's velocity network (flow
 * matching) and noise-prediction network (diffusion) side by side on the same data, and
 * samples both with the reader's number of steps for the picture and the quality number.
 */
import {createTrainer, energyDistance} from '@site/src/ml';
import type {FlowTrainer} from '@site/src/ml';
import type {FlowModelView, FlowParams} from '../protocol';
import type {PlaygroundAdapter, PlaygroundSession} from '../workerRuntime';
import {datasetSpec} from '../GanPlayground/adapter';

/** Samples for the energy distance: the flow test's measure (500 points, sample seed 1, data seed 2). */
export const QUALITY_POINTS = 500;
/** Points whose whole path from noise to data is drawn. */
export const PATH_COUNT = 40;

export interface FlowSession extends PlaygroundSession<'flow'> {
  trainer: FlowTrainer;
  real: Float32Array;
}

function view(session: FlowSession, model: 'flow' | 'diffusion'): FlowModelView {
  const trajectory = session.trainer.model.sample(model, session.params.samplingSteps, QUALITY_POINTS, 1);
  const paths = new Float32Array(trajectory.snapshots.length * PATH_COUNT * 2);
  trajectory.snapshots.forEach((snapshot, s) =>
    paths.set(snapshot.subarray(0, PATH_COUNT * 2), s * PATH_COUNT * 2),
  );
  return {
    paths,
    pathCount: PATH_COUNT,
    samples: Float32Array.from(trajectory.samples),
    energyDistance: energyDistance(trajectory.samples, session.real),
  };
}

export const flowAdapter: PlaygroundAdapter<'flow', FlowSession> = {
  snapshotIntervalMs: 400,
  create(seed, params: FlowParams) {
    if (!(Number.isInteger(params.samplingSteps) && params.samplingSteps >= 1 && params.samplingSteps <= 100))
      return {
        ok: false,
        error: {code: 'invalid-config', message: 'The number of sampling steps must be from 1 to 100.'},
      };
    const created = createTrainer(
      {
        kind: 'flow',
        dataset: datasetSpec(params.dataset, params.customPoints),
        learningRate: params.learningRate,
        optimizer: params.optimizer,
      },
      seed,
    );
    if (!created.ok) return created;
    return {
      ok: true,
      session: {trainer: created.trainer, params, real: created.trainer.model.realSamples(QUALITY_POINTS, 2)},
    };
  },
  snapshot(session) {
    const flow = view(session, 'flow');
    const diffusion = view(session, 'diffusion');
    const real = session.real.slice();
    return {
      snapshot: {kind: 'flow', real, samplingSteps: session.params.samplingSteps, flow, diffusion},
      transfer: [
        real.buffer,
        flow.paths.buffer,
        flow.samples.buffer,
        diffusion.paths.buffer,
        diffusion.samples.buffer,
      ],
    };
  },
};
