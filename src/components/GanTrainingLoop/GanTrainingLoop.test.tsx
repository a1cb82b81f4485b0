// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import GanTrainingLoop from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('GanTrainingLoop', GanTrainingLoop, /GAN training loop/);

describe('GanTrainingLoop', () => {
  it('shows both networks, both inputs and both updates', () => {
    const html = renderToString(<GanTrainingLoop description="GAN." />);
    for (const text of [
      'Generator G',
      'Discriminator',
      'Real data',
      'Noise',
      'G(z)',
      'update D',
      'update G',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('draws the updates as dashed accent arrows (not colour alone)', () => {
    const html = renderToString(<GanTrainingLoop description="GAN." />);
    expect(html.match(/class="[^"]*line-feedback[^"]*"/g)?.length).toBe(4);
  });
});
