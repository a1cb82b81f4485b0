/**
 * The flow playground's starting settings: the engine's FLOW_DEFAULTS (src/ml/flow.ts),
 * written here so the page need not load the engine; FlowPlayground.test.tsx checks them.
 */
import type {FlowParams} from '../protocol';

export const FLOW_PAGE_DEFAULTS: FlowParams = {
  dataset: 'moons',
  customPoints: [],
  optimizer: 'adam',
  learningRate: 0.002,
  samplingSteps: 20,
};

export const FLOW_LEARNING_RATES = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 0.5, 1] as const;
/** The energy distance the flow test requires after training (src/ml/flow.test.ts). */
export const FLOW_THRESHOLD = 0.04;
