// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import AgentLoopDiagram, {PARTS} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('AgentLoopDiagram', AgentLoopDiagram, /^The agent loop/);

describe('AgentLoopDiagram', () => {
  it('draws every part of the loop once in each layout', () => {
    const {container} = render(<AgentLoopDiagram description="Loop." />);
    for (const layout of ['wide', 'narrow']) {
      const svg = container.querySelector(`svg[data-layout="${layout}"]`);
      expect(svg, layout).not.toBeNull();
      const ids = Array.from(svg?.querySelectorAll('[data-part]') ?? [], (g) => g.getAttribute('data-part'));
      expect([...ids].sort(), layout).toEqual(PARTS.map((p) => p.id).sort());
    }
  });

  it('shows the tool call as name plus JSON arguments, the permission check, memory and the step limit', () => {
    const html = renderToString(<AgentLoopDiagram description="Loop." />);
    for (const text of [
      'Tool call',
      'JSON arguments',
      'Permission check',
      'Memory',
      'step limit',
      'append',
    ]) {
      expect(html, text).toContain(text);
    }
    // The context and the action carry the page's notation: c_k is "c" with a lowered "k".
    expect(html).toMatch(/c<tspan dy="[\d.]+" font-size="[\d.]+">k<\/tspan>/);
    expect(html).toMatch(/p<tspan dy="[\d.]+" font-size="[\d.]+">θ<\/tspan>/);
  });

  it('numbers the seven steps of the loop in order, matching the text version', () => {
    const steps = PARTS.filter((p) => p.step !== undefined);
    expect(steps.map((p) => p.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(steps.map((p) => p.id)).toEqual([
      'goal',
      'context',
      'model',
      'call',
      'permission',
      'runtime',
      'result',
    ]);
  });

  it('returns the result to the context along one dashed path per layout', () => {
    const {container} = render(<AgentLoopDiagram description="Loop." />);
    for (const layout of ['wide', 'narrow']) {
      const svg = container.querySelector(`svg[data-layout="${layout}"]`);
      const dashed = Array.from(svg?.querySelectorAll('path') ?? []).filter((p) =>
        (p.getAttribute('class') ?? '').includes('line-feedback'),
      );
      expect(dashed, layout).toHaveLength(1);
    }
  });
});
