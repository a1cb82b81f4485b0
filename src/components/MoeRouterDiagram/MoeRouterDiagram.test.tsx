// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import MoeRouterDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('MoeRouterDiagram', MoeRouterDiagram, /^Mixture-of-experts routing/);

describe('MoeRouterDiagram', () => {
  it('sends every token to exactly 2 of 8 experts, with gate weights that sum to 1 and loads that match', () => {
    const {container} = render(<MoeRouterDiagram description="MoE." />);
    const layouts = Array.from(container.querySelectorAll('svg[data-layout]'));
    expect(layouts).toHaveLength(2);
    for (const svg of layouts) {
      const routes = Array.from(svg.querySelectorAll('[data-token]'), (el) => ({
        token: el.getAttribute('data-token') ?? '',
        expert: Number(el.getAttribute('data-expert')),
        gate: Number(el.getAttribute('data-gate')),
        shown: el.textContent,
      }));
      const tokens = [...new Set(routes.map((r) => r.token))];
      expect(tokens).toEqual(['The', 'cat', 'sat', 'down']);
      for (const token of tokens) {
        const picks = routes.filter((r) => r.token === token);
        expect(picks, token).toHaveLength(2);
        expect(new Set(picks.map((p) => p.expert)).size, token).toBe(2);
        expect(
          picks.reduce((sum, p) => sum + p.gate, 0),
          token,
        ).toBeCloseTo(1, 10);
      }
      for (const r of routes) {
        expect(r.expert).toBeGreaterThanOrEqual(1);
        expect(r.expert).toBeLessThanOrEqual(8);
        // The weight is printed in the cell, not only shown by colour.
        expect(r.shown).toBe(r.gate.toFixed(2));
      }
      // The load row counts the tokens each expert receives; idle experts show 0.
      const loads = Array.from(svg.querySelectorAll('[data-load-expert]'), (el) => ({
        expert: Number(el.getAttribute('data-load-expert')),
        load: Number(el.getAttribute('data-load')),
        shown: el.textContent,
      }));
      expect(loads.map((l) => l.expert)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const {expert, load, shown} of loads) {
        expect(load, `E${expert}`).toBe(routes.filter((r) => r.expert === expert).length);
        expect(shown).toBe(String(load));
      }
      expect(loads.reduce((sum, l) => sum + l.load, 0)).toBe(8);
      // The grid is drawn as two paths (all cells, chosen cells), not one element per cell.
      const gridPaths = Array.from(svg.querySelectorAll('path'), (el) => el.getAttribute('d') ?? '').filter(
        (d) => /^M[\d.]+ [\d.]+h/.test(d),
      );
      expect(gridPaths.map((d) => d.split('Z').length - 1)).toEqual([32, 8]);
      // Lines wrap differently in the two layouts: read the text line by line.
      const text = Array.from(svg.querySelectorAll('text'), (el) => el.textContent).join(' ');
      expect(text).toContain('Router');
      expect(text).toMatch(/total parameters = shared layers \+ 8\s×\sone expert/);
      expect(text).toMatch(/active parameters = shared layers \+ 2\s×\sone expert/);
      expect(text).toContain('about 47B parameters in total, about 13B active per token');
    }
  });
});
