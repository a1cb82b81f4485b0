// @vitest-environment jsdom
// The GAN playground's server HTML (controls, first picture, status) and its keyboard
// alternative to drawing; its presets agree with the engine's.
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {GAN_DEFAULTS, GAN_MODE_COLLAPSE_PRESET} from '@site/src/ml';
import GanPlayground, {describeGan} from '.';
import {GAN_PAGE_DEFAULTS, GAN_PAGE_MODE_COLLAPSE} from './presets';

// jsdom has no 2-D canvas; the drawing code skips a canvas without a context.
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('GanPlayground', () => {
  it('renders its controls, a first picture and a status on the server', () => {
    const html = renderToString(<GanPlayground />);
    for (const text of [
      'Train',
      'Pause',
      'Step',
      'Reset',
      'Generator learning rate',
      'Discriminator learning rate',
      'Mode-collapse preset',
      'Not trained yet',
    ])
      expect(html).toContain(text);
    expect(html).toContain('data-static-picture="ring"');
    expect(html).toContain('role="status"');
    expect(html).toContain('src/ml/gan.ts');
  });

  it('adds preset clusters from the keyboard for "Your own points"', () => {
    render(<GanPlayground />);
    fireEvent.change(screen.getByLabelText('Data set'), {target: {value: 'custom'}});
    expect(screen.getByText(/0 points so far/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', {name: 'Add a cluster'}));
    expect(screen.getByText(/12 points so far/)).toBeTruthy();
    expect(document.querySelectorAll('svg[data-static-picture="custom"] circle')).toHaveLength(12);
  });

  it("uses the engine's defaults and mode-collapse preset", () => {
    expect(GAN_PAGE_DEFAULTS).toMatchObject({
      loss: GAN_DEFAULTS.loss,
      generatorLearningRate: GAN_DEFAULTS.generatorLearningRate,
      discriminatorLearningRate: GAN_DEFAULTS.discriminatorLearningRate,
    });
    expect(GAN_PAGE_MODE_COLLAPSE).toMatchObject(GAN_MODE_COLLAPSE_PRESET);
  });

  it('describes the state in words', () => {
    const text = describeGan({
      phase: 'running',
      step: 200,
      history: {discriminator: [1.2, 1.4], generator: [0.7, 0.9]},
      snapshot: {
        kind: 'gan',
        real: new Float32Array(),
        generated: new Float32Array(),
        grid: new Float32Array(),
        gridResolution: 40,
        energyDistance: 0.0512,
        modes: {covered: 5, nearShare: 0.61},
      },
      stepsPerSecond: 30,
      error: null,
      pausedBecauseHidden: false,
      reducedMotion: false,
    });
    expect(text).toBe(
      'Step 200. Discriminator loss 1.30, generator loss 0.800 (means of the last 50 steps). Energy distance to the data 0.0512 (lower is better). 5 of 8 modes covered; 61% of samples near a mode.',
    );
  });
});
