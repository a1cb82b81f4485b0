// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import RlhfDpoDiagram from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('RlhfDpoDiagram', RlhfDpoDiagram, /^RLHF and DPO side by side/);

/** The text of an element line by line (labels wrap differently in the two layouts). */
const textOf = (el: Element | null) =>
  Array.from(el?.querySelectorAll('text') ?? [], (t) => t.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');

describe('RlhfDpoDiagram', () => {
  it('draws both routes from the same pairs: RLHF with a reward model, PPO and a KL penalty, DPO with one loss and no reward model', () => {
    const {container} = render(<RlhfDpoDiagram description="RLHF and DPO." />);
    const layouts = Array.from(container.querySelectorAll('svg[data-layout]'));
    expect(layouts.map((svg) => svg.getAttribute('data-layout'))).toEqual(['wide', 'narrow']);
    for (const svg of layouts) {
      const shared = textOf(svg.querySelector('[data-route="shared"]'));
      for (const part of ['SFT model', 'People compare', 'Preference pairs', '(c, x⁺, x⁻)']) {
        expect(shared).toContain(part);
      }

      const rlhf = svg.querySelector('[data-route="rlhf"]');
      const rlhfText = textOf(rlhf);
      for (const part of ['RLHF route', 'Reward model', 'PPO', 'Reference', 'frozen', 'KL(', 'update θ']) {
        expect(rlhfText).toContain(part);
      }
      expect(rlhf?.getAttribute('data-networks')).toBe('4');

      const dpo = svg.querySelector('[data-route="dpo"]');
      const dpoText = textOf(dpo);
      for (const part of [
        'DPO route',
        'DPO loss',
        'Reference',
        'frozen',
        '−log σ(β',
        'x⁺',
        'x⁻',
        'update θ',
      ]) {
        expect(dpoText).toContain(part);
      }
      // The point of DPO: no reward model and no PPO loop on its side of the picture.
      expect(dpoText).not.toMatch(/Reward model|PPO/);
      expect(dpoText).toContain('no reward model');
      expect(dpo?.getAttribute('data-networks')).toBe('2');

      // Subscripts are lowered tspan elements: r_ψ, p_θ and p_ref in the site's notation.
      const html = svg.innerHTML;
      expect(html).toMatch(/r<tspan dy="[\d.]+" font-size="[\d.]+">ψ<\/tspan>/);
      expect(html).toMatch(/p<tspan dy="[\d.]+" font-size="[\d.]+">θ<\/tspan>/);
      expect(html).toMatch(/p<tspan dy="[\d.]+" font-size="[\d.]+">ref<\/tspan>/);

      // The stack of pair cards is one path with one outline per card.
      const stack = svg.querySelectorAll('path[data-stack="pairs"]');
      expect(stack).toHaveLength(1);
      expect(stack[0]?.getAttribute('d')?.match(/M/g)).toHaveLength(2);

      // Everything is drawn inside the viewBox.
      const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
      for (const rect of Array.from(svg.querySelectorAll('rect'))) {
        const x = Number(rect.getAttribute('x'));
        const y = Number(rect.getAttribute('y'));
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width);
        expect(y + Number(rect.getAttribute('height'))).toBeLessThanOrEqual(height);
      }
    }
  });
});
