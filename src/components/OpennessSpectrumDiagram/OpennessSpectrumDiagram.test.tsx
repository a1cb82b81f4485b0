// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import OpennessSpectrumDiagram, {LEVELS, ROWS, STATUS_ORDER, type Status} from '.';
import {describeDiagram} from '../Diagram/testing';

describeDiagram('OpennessSpectrumDiagram', OpennessSpectrumDiagram, /^A spectrum of openness/);

const WORD: Record<Status, string> = {withheld: 'no', partial: 'partly', released: 'yes'};
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

describe('OpennessSpectrumDiagram', () => {
  it('grows more open from left to right, prints every status in words and dates every example', () => {
    const {container} = render(<OpennessSpectrumDiagram description="Openness." />);
    const layouts = Array.from(container.querySelectorAll('svg[data-layout]'));
    expect(layouts).toHaveLength(2);
    for (const svg of layouts) {
      const cells = Array.from(svg.querySelectorAll('[data-row]'), (el) => ({
        level: el.getAttribute('data-level') ?? '',
        row: el.getAttribute('data-row') ?? '',
        status: el.getAttribute('data-status') as Status,
        // The first line of each cell is its status word: colour is never the only signal.
        word: el.querySelector('text')?.textContent,
      }));
      expect(cells).toHaveLength(LEVELS.length * ROWS.length);
      for (const cell of cells) expect(cell.word, `${cell.level}/${cell.row}`).toBe(WORD[cell.status]);
      const rank = (level: string, row: string) =>
        STATUS_ORDER.indexOf(cells.find((c) => c.level === level && c.row === row)?.status ?? 'withheld');
      for (const row of ROWS) {
        const ranks = LEVELS.map((level) => rank(level.id, row.id));
        // Openness never decreases from closed to open source AI.
        expect(ranks, row.id).toEqual([...ranks].sort((a, b) => a - b));
      }
      // The ends of the spectrum: closed releases nothing, open source AI releases everything.
      expect(cells.filter((c) => c.level === 'closed').map((c) => c.status)).toEqual([
        'withheld',
        'withheld',
        'withheld',
        'withheld',
      ]);
      expect(cells.filter((c) => c.level === 'open-source').every((c) => c.status === 'released')).toBe(true);
      // Both open-weight levels release the weights; only the licence tells them apart.
      for (const level of ['restrictive', 'permissive']) {
        expect(cells.find((c) => c.level === level && c.row === 'weights')?.status).toBe('released');
      }
      expect(cells.find((c) => c.level === 'restrictive' && c.row === 'licence')?.status).toBe('partial');
      expect(cells.find((c) => c.level === 'permissive' && c.row === 'licence')?.status).toBe('released');

      // Cells are drawn as one path per status, not one element per cell.
      const paths = Array.from(svg.querySelectorAll('path[data-status-path]'), (el) => ({
        status: el.getAttribute('data-status-path') as Status,
        count: (el.getAttribute('d') ?? '').split('Z').length - 1,
      }));
      expect(paths.map((p) => p.status)).toEqual([...STATUS_ORDER]);
      for (const p of paths)
        expect(p.count, p.status).toBe(cells.filter((c) => c.status === p.status).length);

      // Every example family is dated, carries the licence that places it, and sits on one level.
      const examples = Array.from(svg.querySelectorAll('[data-example]'), (el) => ({
        name: el.getAttribute('data-example') ?? '',
        level: el.getAttribute('data-level') ?? '',
        date: el.getAttribute('data-date') ?? '',
        licence: el.getAttribute('data-licence') ?? '',
      }));
      expect(examples.length).toBe(LEVELS.reduce((n, l) => n + l.examples.length, 0));
      for (const e of examples) {
        expect(e.date, e.name).toMatch(new RegExp(`^(${MONTH} )?20(2[3-6])$`));
        expect(e.licence, e.name).not.toBe('');
      }
      const levelOf = (name: string) => examples.find((e) => e.name === name)?.level;
      expect(levelOf('Llama 4')).toBe('restrictive');
      expect(levelOf('gpt-oss')).toBe('permissive');
      expect(levelOf('OLMo')).toBe('open-source');
      for (const e of examples.filter((x) => x.level === 'permissive')) {
        expect(['Apache-2.0', 'MIT'], e.name).toContain(e.licence);
      }
      const text = Array.from(svg.querySelectorAll('text'), (el) => el.textContent).join(' ');
      for (const e of examples) expect(text, e.name).toContain(e.name);
      expect(text).toContain('Open source AI');
    }
  });
});
