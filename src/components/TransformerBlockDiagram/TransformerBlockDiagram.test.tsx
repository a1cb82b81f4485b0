// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import TransformerBlockDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('TransformerBlockDiagram', TransformerBlockDiagram, /^A transformer/);

describe('TransformerBlockDiagram', () => {
  it('shows the block in order and labels the attention weights of the last token', () => {
    const html = renderToString(<TransformerBlockDiagram description="x" />);
    const order = [
      'Embeddings + positions',
      'Multi-head self-attention',
      'add &amp; norm',
      'Feed-forward network',
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).toContain('× N blocks');
    expect(html).toContain('0.2 + 0.5 + 0.3');
  });

  it('draws causal attention: each token attends to itself and earlier tokens only', () => {
    const html = renderToString(<TransformerBlockDiagram description="x" />);
    // 1 + 2 + 3 lines for three tokens, in each of the two layouts.
    expect(html.match(/<line class="[^"]*attention/g)?.length).toBe(12);
  });
});
