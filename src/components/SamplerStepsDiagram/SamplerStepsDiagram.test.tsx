// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import SamplerStepsDiagram, {SAMPLERS, rangeText, stepPosition} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('SamplerStepsDiagram', SamplerStepsDiagram, /^Network calls per diffusion sample/);

describe('SamplerStepsDiagram', () => {
  it('shows every method with its year and its range of network calls, in both layouts', () => {
    const html = renderToString(<SamplerStepsDiagram description="Steps." />);
    for (const entry of SAMPLERS) {
      const label = `${entry.name} (${entry.year})`;
      expect(html.split(label).length - 1, label).toBe(2);
    }
    for (const text of ['1000', '10–100', '10–20', '1–2', '2–4', '1–4', 'log scale']) {
      expect(html).toContain(text);
    }
  });

  it('orders the methods from DDPM’s 1000 calls to the one-to-four-call distilled models', () => {
    expect(SAMPLERS[0]).toMatchObject({name: 'DDPM', min: 1000, max: 1000});
    const samplers = SAMPLERS.filter((e) => e.kind === 'sampler');
    const distilled = SAMPLERS.filter((e) => e.kind === 'distilled');
    expect(Math.min(...samplers.map((e) => e.min))).toBeGreaterThanOrEqual(10);
    expect(Math.max(...distilled.map((e) => e.max))).toBeLessThanOrEqual(4);
    for (const e of SAMPLERS) expect(e.min).toBeLessThanOrEqual(e.max);
    expect(SAMPLERS.map(rangeText)).toContain('10–100');
  });

  it('puts the counts on a log axis: each factor of ten is the same distance', () => {
    const [left, right] = [100, 400];
    expect(stepPosition(1, left, right)).toBe(left);
    expect(stepPosition(1000, left, right)).toBe(right);
    expect(stepPosition(10, left, right) - stepPosition(1, left, right)).toBeCloseTo(100, 0);
    expect(stepPosition(100, left, right) - stepPosition(10, left, right)).toBeCloseTo(100, 0);
  });

  it('draws all markers of a kind as one path per layout (not one element each)', () => {
    const html = renderToString(<SamplerStepsDiagram description="Steps." />);
    // Per layout: one path of circles (samplers), one of squares (distilled), one for the
    // range bars; the two legend glyphs beside the group headings are paths of their own.
    expect(html.match(/<circle|<rect/g) ?? []).toHaveLength(0);
    const markerPaths = html.match(/<path class="[^"]*(samplerMarker|distilledMarker)[^"]*"/g) ?? [];
    expect(markerPaths).toHaveLength(2 * (2 + 2));
    const ddpmAndDdim = html.match(/d="M[\d.]+ [\d.]+ a6 6 0 1 0 12 0[^"]*"/g) ?? [];
    // The samplers' path holds DDPM's one marker and two for each of DDIM and DPM-Solver.
    expect(ddpmAndDdim.map((d) => d.split(' Z').length - 1)).toContain(5);
  });
});
