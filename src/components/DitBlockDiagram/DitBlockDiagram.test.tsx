// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import DitBlockDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('DitBlockDiagram', DitBlockDiagram, /^A DiT block/);

/** The SVG of one layout, from the server-rendered HTML. */
function layout(html: string, name: 'wide' | 'narrow'): string {
  const start = html.indexOf(`data-layout="${name}"`);
  const end = html.indexOf('</svg>', start);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, end);
}

describe('DitBlockDiagram', () => {
  it('runs the block in DiT order, in both layouts: patchify, norm, modulate, attention, gate, MLP, unpatchify', () => {
    const html = renderToString(<DitBlockDiagram description="x" />);
    const order = [
      'Patchify',
      'layer norm',
      'scale by 1 + γ',
      'self-attention',
      'multiply by gate α',
      'Pointwise feed-forward',
      'Final layer',
      'Unpatchify',
      'Predicted',
    ];
    for (const name of ['wide', 'narrow'] as const) {
      const svg = layout(html, name);
      const positions = order.map((text) => svg.indexOf(text));
      expect(
        positions.every((p) => p >= 0),
        `${name}: every step is drawn`,
      ).toBe(true);
      expect(
        [...positions].sort((a, b) => a - b),
        `${name}: steps in order`,
      ).toEqual(positions);
    }
  });

  it('conditions every sublayer on t and c through adaLN-Zero: two scale/shift pairs and two gates per block', () => {
    const html = renderToString(<DitBlockDiagram description="x" />);
    for (const name of ['wide', 'narrow'] as const) {
      const svg = layout(html, name);
      expect(svg.match(/scale by 1 \+ γ/g)).toHaveLength(2);
      expect(svg.match(/multiply by gate α/g)).toHaveLength(2);
      expect(svg).toContain('adaLN-Zero: every gate');
      expect(svg).toContain('class or');
    }
  });

  it('draws the tokens as one path per layout, not one element per square', () => {
    const html = renderToString(<DitBlockDiagram description="x" />);
    for (const name of ['wide', 'narrow'] as const) {
      const svg = layout(html, name);
      const tokenPaths = svg.match(/<path class="[^"]*tokens[^"]*" d="([^"]*)"/g) ?? [];
      expect(tokenPaths).toHaveLength(1);
      // Eight closed squares in that single path.
      expect(tokenPaths[0]?.match(/Z/g)).toHaveLength(8);
    }
  });
});
