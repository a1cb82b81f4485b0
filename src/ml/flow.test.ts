// Flow matching converges on the two moons; the diffusion model and both samplers work
// for 1 to 100 steps.
import {beforeAll, describe, expect, it} from 'vitest';
import {energyDistance} from './data2d';
import {FlowMatchingComparison} from './flow';
import {MlInputError} from './errors';

// Thresholds from measurements on the two moons (seed 1, 500 points, 20 Euler steps):
//   a fresh sample of real data against real data   0.001
//   standard normal noise (the flow's start)         0.080
//   the untrained velocity network's samples         0.438
//   after 100 to 800 training steps                  0.012 to 0.049
// so 0.04 is half the distance of the noise itself and a tenth of the untrained model's.
const FLOW_THRESHOLD = 0.04;

describe('flow matching against diffusion', () => {
  const model = new FlowMatchingComparison({hiddenUnits: 32, hiddenLayers: 3, batchSize: 128}, 1);
  let untrained = NaN;
  beforeAll(() => {
    untrained = model.energyDistance('flow', 20);
    for (let i = 0; i < 600; i++) model.trainStep();
  }, 120_000);

  it(`flow-matching samples come within energy distance ${FLOW_THRESHOLD} of the data`, () => {
    expect(untrained).toBeGreaterThan(0.3);
    expect(model.energyDistance('flow', 20)).toBeLessThan(FLOW_THRESHOLD);
  });

  it('the diffusion model learns too (a looser bound: it is not the model under test)', () => {
    expect(model.energyDistance('diffusion', 50)).toBeLessThan(0.1);
  });

  it('returns trajectories from noise to data for 1 to 100 steps', () => {
    for (const steps of [1, 7, 100]) {
      const {snapshots, progress, samples} = model.sample('flow', steps, 50, 3);
      expect(snapshots).toHaveLength(steps + 1);
      expect(progress[0]).toBe(0);
      expect(progress[steps]).toBe(1);
      expect(samples).toBe(snapshots[steps]);
      expect(model.sample('diffusion', steps, 50, 3).snapshots).toHaveLength(steps + 1);
    }
    // Snapshot 0 is the noise, the same for both models with the same seed.
    expect(model.sample('flow', 3, 50, 9).snapshots[0]).toEqual(
      model.sample('diffusion', 5, 50, 9).snapshots[0],
    );
    expect(() => model.sample('flow', 0)).toThrow(MlInputError);
    expect(() => model.sample('flow', 101)).toThrow('from 1 to 100');
  });

  it('more Euler steps do not make the flow worse than one step', () => {
    const one = energyDistance(model.sample('flow', 1).samples, model.realSamples(500));
    const many = energyDistance(model.sample('flow', 50).samples, model.realSamples(500));
    expect(many).toBeLessThan(one);
  });
});
