// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import ScoreFieldDiagram from '.';
import {describeDiagram} from '../Diagram/testing';
import {LANGEVIN, arrowGrid} from './field';

describeDiagram('ScoreFieldDiagram', ScoreFieldDiagram, /score field/);

describe('ScoreFieldDiagram', () => {
  it('draws the computed arrows as one path per layout, with contours and the Langevin steps', () => {
    const {container} = render(<ScoreFieldDiagram description="Score field." />);
    const svgs = Array.from(container.querySelectorAll('svg'));
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      const arrows = svg.querySelectorAll('path[data-role="score-arrows"]');
      expect(arrows).toHaveLength(1);
      const count = Number(arrows[0]?.getAttribute('data-count'));
      // Nearly every grid point gets an arrow; only those at a peak or the saddle are skipped.
      expect(count).toBeGreaterThan(arrowGrid().length * 0.9);
      expect(count).toBeLessThanOrEqual(arrowGrid().length);
      // Each arrow is a shaft and a head: two subpaths.
      expect(arrows[0]?.getAttribute('d')?.match(/M/g)).toHaveLength(2 * count);
      expect(svg.querySelectorAll('path[data-role="contour"]')).toHaveLength(3);
      const steps = svg.querySelector('path[data-role="langevin-path"]')?.getAttribute('d') ?? '';
      expect(steps.match(/L/g)).toHaveLength(LANGEVIN.steps);
    }
  });

  it('names the score, the Langevin update and the constant that cancels', () => {
    const html = renderToString(<ScoreFieldDiagram description="Score field." />);
    expect(html).toMatch(/∇<tspan dy="[\d.]+" font-size="[\d.]+">x<\/tspan>/);
    for (const text of ['Langevin steps', '(η/2)', '√η ε', 'after 40 steps', 'changes no arrow']) {
      expect(html).toContain(text);
    }
  });
});
