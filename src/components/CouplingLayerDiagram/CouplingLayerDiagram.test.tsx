// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import CouplingLayerDiagram, {HALF, jacobianPaths} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('CouplingLayerDiagram', CouplingLayerDiagram, /coupling layer/);

describe('CouplingLayerDiagram', () => {
  it('shows the split, the two networks, the affine update, the cheap log-determinant and the inverse', () => {
    const html = renderToString(<CouplingLayerDiagram description="Coupling layer." />);
    // A subscript is a smaller, lowered run of text: x_b is "x" followed by a lowered "b".
    const sub = (base: string, index: string) =>
      new RegExp(`${base}<tspan dy="[\\d.]+" font-size="[\\d.]+">${index}</tspan>`);
    for (const [base, index] of [
      ['x', 'a'],
      ['x', 'b'],
      ['y', 'a'],
      ['y', 'b'],
      ['s', 'j'],
    ] as const) {
      expect(html).toMatch(sub(base, index));
    }
    for (const text of [
      'networks s and t',
      'exp(s(x',
      '⊙',
      'log |det J|',
      'passes through unchanged',
      'Inverse',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('draws the Jacobian as a handful of paths: ones and scale factors on the diagonal, hatching only in the bottom-left block', () => {
    const cell = 10;
    const paths = jacobianPaths(0, 0, cell);
    // One closed square per diagonal entry in each of the two diagonal blocks.
    expect(paths.ones.match(/z/g)).toHaveLength(HALF);
    expect(paths.scales.match(/z/g)).toHaveLength(HALF);
    // The ones sit in the top-left block and the scale factors in the bottom-right block.
    const starts = (d: string) =>
      [...d.matchAll(/M([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const mid = HALF * cell;
    for (const [x = -1, y = -1] of starts(paths.ones)) expect(x < mid && y < mid).toBe(true);
    for (const [x = -1, y = -1] of starts(paths.scales)) expect(x > mid && y > mid).toBe(true);
    // Every hatch line stays inside the bottom-left block (x from 0 to mid, y from mid to 2·mid).
    const points = [...paths.hatch.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(points.length).toBeGreaterThan(4);
    for (const [x = -1, y = -1] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(mid);
      expect(y).toBeGreaterThanOrEqual(mid);
      expect(y).toBeLessThanOrEqual(2 * mid);
    }
  });
});
