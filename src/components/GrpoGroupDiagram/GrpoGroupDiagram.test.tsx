// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import GrpoGroupDiagram, {EXAMPLE, advantageBarPaths, groupAdvantages} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('GrpoGroupDiagram', GrpoGroupDiagram, /GRPO/);

describe('GrpoGroupDiagram', () => {
  it('computes the advantages it draws from the rewards: (r − mean) / std', () => {
    const {mean, std, advantages} = groupAdvantages(EXAMPLE.rewards);
    expect(mean).toBe(0.75);
    expect(std).toBeCloseTo(Math.sqrt(0.1875), 14);
    expect(advantages.map((a) => Number(a.toFixed(2)))).toEqual([0.58, -1.73, 0.58, 0.58]);
    // The advantages of a group always sum to zero: the group is its own baseline.
    expect(advantages.reduce((sum, a) => sum + a, 0)).toBeCloseTo(0, 12);
    expect(groupAdvantages([1, 1, 1]).advantages).toEqual([0, 0, 0]);
    expect(() => groupAdvantages([1])).toThrow(/at least two rewards/);
  });

  it('shows every answer with its reward and signed advantage, the formula and the missing value network', () => {
    const html = renderToString(<GrpoGroupDiagram description="GRPO." />);
    for (const text of [
      'x⁽¹⁾ ends “408”',
      'x⁽²⁾ ends “398”',
      '1 (right)',
      '0 (wrong)',
      '+0.58',
      '−1.73',
      'A⁽ⁱ⁾ = (r⁽ⁱ⁾ − mean) / std',
      'mean = 0.75, standard deviation = 0.43',
      'No value network',
    ]) {
      expect(html).toContain(text);
    }
    // Both layouts draw the four answers; the bars of each layout are two paths, not eight shapes.
    expect(html.match(/ends “408”/g)).toHaveLength(6);
    expect(html).toMatch(/p<tspan dy="[\d.]+" font-size="[\d.]+">θ<\/tspan>/);
  });

  it('draws positive bars right of the zero line and negative ones left of it', () => {
    const paths = advantageBarPaths([1, -0.5], 100, 20, [0, 50], 40);
    expect(paths.positive).toBe('M100 13h20v14h-20z');
    expect(paths.negative).toBe('M90 63h10v14h-10z');
    expect(paths.zero).toBe('M100 4V86');
  });
});
