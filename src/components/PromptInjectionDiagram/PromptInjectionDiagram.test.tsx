// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import PromptInjectionDiagram, {DEFENCES} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('PromptInjectionDiagram', PromptInjectionDiagram, /^An indirect prompt injection/);

describe('PromptInjectionDiagram', () => {
  it('numbers the five attack steps and marks all five defences, in both layouts', () => {
    const {container} = render(<PromptInjectionDiagram description="Injection." />);
    const layouts = Array.from(container.querySelectorAll('svg[data-layout]'));
    expect(layouts).toHaveLength(2);
    for (const svg of layouts) {
      // Attack steps 1–5, each printed as its number.
      const steps = Array.from(svg.querySelectorAll('[data-step]'), (el) => ({
        n: Number(el.getAttribute('data-step')),
        shown: el.textContent,
      }));
      expect(steps.map((s) => s.n)).toEqual([1, 2, 3, 4, 5]);
      for (const s of steps) expect(s.shown).toBe(String(s.n));

      // Defences A–E, each on the part of the path it guards and named in the legend.
      const defences = Array.from(svg.querySelectorAll('[data-defence]'), (el) => ({
        letter: el.getAttribute('data-defence'),
        target: el.getAttribute('data-target'),
        text: el.textContent ?? '',
      }));
      expect(defences.map((d) => d.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
      expect(Object.fromEntries(defences.map((d) => [d.letter, d.target]))).toEqual({
        A: 'model',
        B: 'model-to-tool',
        C: 'tool',
        D: 'tool',
        E: 'tool-to-outside',
      });
      for (const [i, d] of defences.entries()) {
        const expected = DEFENCES[i];
        expect(d.text).toContain(expected?.name ?? 'missing');
        expect(d.text).toContain(expected?.detail ?? 'missing');
      }
      expect(defences.map((d) => DEFENCES.find((x) => x.letter === d.letter)?.name)).toEqual([
        'Instruction hierarchy',
        'Confirmation',
        'Least privilege',
        'Output filtering',
        'Sandboxing',
      ]);

      // Discs are drawn as one path each: 5 step discs; 5 tags on the path plus 5 in the legend.
      const discPaths = Array.from(svg.querySelectorAll('path'), (el) => el.getAttribute('d') ?? '').filter(
        (d) => /^M[\d.]+ [\d.]+a/.test(d),
      );
      expect(discPaths.map((d) => d.split('Z').length - 1)).toEqual([5, 10]);

      // The story the picture tells: planted text, exfiltration, and that no layer is enough.
      const text = Array.from(svg.querySelectorAll('text'), (el) => el.textContent).join(' ');
      for (const phrase of ['Web page', 'User', 'Model', 'Tool call', 'evil.example', 'private notes']) {
        expect(text).toContain(phrase);
      }
      expect(text).toMatch(/No single defence stops every variant/);
    }
  });
});
