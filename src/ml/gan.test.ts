// The GAN covers the ring with the default settings, and the mode-collapse preset
// collapses, both on fixed seeds.
import {describe, expect, it} from 'vitest';
import {GAN_MODE_COLLAPSE_PRESET, Gan} from './gan';

describe('GAN on the ring of 8 Gaussians', () => {
  it('covers at least 7 of the 8 modes after 1,000 steps (defaults, seed 2)', () => {
    const gan = new Gan({}, 2);
    for (let i = 0; i < 1000; i++) gan.trainStep();
    const coverage = gan.modeCoverage();
    expect(coverage?.covered).toBeGreaterThanOrEqual(7);
  }, 120_000);

  it('the mode-collapse preset does not (seed 2)', () => {
    const gan = new Gan(GAN_MODE_COLLAPSE_PRESET, 2);
    for (let i = 0; i < 1000; i++) gan.trainStep();
    expect(gan.modeCoverage()?.covered).toBeLessThanOrEqual(3);
  }, 120_000);

  it('draws what the page needs: samples, real points, a discriminator heatmap', () => {
    const gan = new Gan({}, 1);
    expect(gan.samples()).toHaveLength(1024);
    expect(gan.samples(10, 5)).toEqual(gan.samples(10, 5));
    expect(gan.realSamples(10)).toHaveLength(20);
    const grid = gan.discriminatorGrid(12);
    expect(grid).toHaveLength(144);
    for (const p of grid) expect(p > 0 && p < 1).toBe(true);
    expect(new Gan({dataset: {kind: 'moons'}}, 1).modeCoverage()).toBeNull();
  });

  it('reading the state does not change the training run', () => {
    const a = new Gan({}, 3);
    const b = new Gan({}, 3);
    a.trainStep();
    b.trainStep();
    a.samples(100, 1);
    a.discriminatorGrid(10);
    expect(a.trainStep()).toEqual(b.trainStep());
  });
});
