// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import VaeDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('VaeDiagram', VaeDiagram, /variational autoencoder/);

describe('VaeDiagram', () => {
  it('uses the site notation for the encoder, decoder, code and both loss terms', () => {
    const html = renderToString(<VaeDiagram description="VAE." />);
    // Subscripts are tspans: q_φ is "q" followed by a lowered "φ".
    expect(html).toMatch(/q<tspan dy="[\d.]+" font-size="[\d.]+">φ<\/tspan>/);
    expect(html).toMatch(/p<tspan dy="[\d.]+" font-size="[\d.]+">θ<\/tspan>/);
    for (const text of ['z = μ + σ ⊙ ε', 'KL term', 'reconstruction term', '−ELBO', 'x̂']) {
      expect(html).toContain(text);
    }
  });
});
