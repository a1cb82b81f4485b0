// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
import FlowPathsDiagram, {eulerCaption} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram(
  'FlowPathsDiagram',
  FlowPathsDiagram,
  /^Straight flow-matching paths beside curved diffusion paths/,
);

describe('FlowPathsDiagram', () => {
  it('names both path families with their formulas, noise on the left and data on the right', () => {
    const html = renderToString(<FlowPathsDiagram description="Paths." />);
    // Subscripts are lowered text spans: x_t is "x" followed by a lowered "t".
    expect(html).toMatch(/x<tspan dy="[\d.]+" font-size="[\d.]+">t<\/tspan>/);
    for (const text of [
      'Flow matching: straight paths',
      'Diffusion ODE: curved paths',
      '(1 − t)',
      'cos(πt/2)',
      'sin(πt/2)',
      't = 0',
      't = 1',
      'noise x',
      'data x',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('reports, from the computed Euler steps, an exact landing on the straight path and a miss on the curved one', () => {
    expect(eulerCaption('straight', 2)).toBe('2 Euler steps land exactly on x_1 = 1.2');
    expect(eulerCaption('diffusion', 2)).toBe('2 Euler steps end at 1.71, not at x_1 = 1.2');
    const html = renderToString(<FlowPathsDiagram description="Paths." />);
    expect(html).toContain('Euler steps land exactly on x');
    expect(html).toContain('end at 1.71, not at x');
    // Every Euler step is an accent arrow: 2 steps × 2 panels × 2 layouts.
    expect(html.match(/marker-end="url\(#[^)]*-accent\)"/g)?.length).toBe(2 * 2 * 2);
  });

  it('draws more, smaller steps on request and rejects an unusable number', () => {
    const html = renderToString(<FlowPathsDiagram description="Paths." steps={4} />);
    expect(html).toContain('Euler step, h = 0.25');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderToString(<FlowPathsDiagram description="Paths." steps={9} />)).toThrow(
      /<FlowPathsDiagram>: `steps` must be a whole number from 1 to 4/,
    );
  });
});
