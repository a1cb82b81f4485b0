// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import InferenceMemoryDiagram, {approxGb, exampleBars, gb} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('InferenceMemoryDiagram', InferenceMemoryDiagram, /^Where inference memory goes/);

/** The visible text, with wrapped lines joined by spaces. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** Number of rectangles (subpaths ending in Z) in the path with this class, per layout. */
function shapesOf(html: string, className: string): number[] {
  const pattern = new RegExp(`<path class="[^"]*${className}[^"]*" d="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => (m[1]?.match(/Z/g) ?? []).length);
}

describe('InferenceMemoryDiagram', () => {
  it('prints the worked example’s numbers and both formulas', () => {
    const text = textOf(renderToString(<InferenceMemoryDiagram description="x" />));
    for (const expected of [
      '16.06 GB',
      '8.59 GB',
      '4.02 GB',
      'total 24.65 GB; with the allowance ≈ 29.6 GB',
      'total 12.60 GB; with the allowance ≈ 15.1 GB',
      '24 GB GPU',
      'weights = parameters × bytes per parameter',
      'KV cache = 2 × layers × KV heads × head dimension × tokens × batch × bytes',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('uses the calculator’s numbers: 16-bit weights overflow 24 GB, 4-bit ones do not', () => {
    const [sixteen, four] = exampleBars();
    expect(gb(sixteen?.estimate.weightsBytes ?? 0)).toBe('16.06 GB');
    expect((sixteen?.estimate.totalBytes ?? 0) / 1e9).toBeGreaterThan(24);
    expect((four?.estimate.withAllowanceBytes ?? Infinity) / 1e9).toBeLessThan(24);
    expect(approxGb(sixteen?.estimate.allowanceBytes ?? 0)).toBe('≈ 4.9 GB');
  });

  it('draws each kind of segment as one path with one rectangle per bar', () => {
    const html = renderToString(<InferenceMemoryDiagram description="x" />);
    for (const kind of ['weights', 'kv', 'allowance']) expect(shapesOf(html, kind)).toEqual([2, 2]);
  });
});
