// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import AttentionExplorer from '.';

afterEach(cleanup);

function heatRowValues(): string[] {
  const list = screen.getByRole('list', {name: /Where “.*” looks/});
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('AttentionExplorer', () => {
  it('is a figure with a captioned radio group of query tokens, “it” chosen first', () => {
    render(<AttentionExplorer />);
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toMatch(
      /Choose a query token/,
    );
    const group = screen.getByRole('group', {name: 'Query token (row i of the matrix)'});
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(10);
    expect((within(group).getByRole('radio', {name: 'it'}) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('checkbox', {name: 'Divide the scores by √d_k = 2'})).toBeTruthy();
  });

  it('prints the weights of the row with the numbers (not colour alone)', () => {
    render(<AttentionExplorer />);
    const values = heatRowValues();
    expect(values).toHaveLength(10);
    expect(values[1]).toBe('cat0.58');
    expect(values[5]).toBe('mat0.09');
    expect(screen.getByText(/row sum 1\.000/)).toBeTruthy();
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Query “it”: most attention to “cat” (0.58), then “mat” (0.09). Scores divided by √d_k = 2; the row sums to 1.000.',
    );
  });

  it('changes the row and announces it when another query is chosen, and sharpens without scaling', async () => {
    const user = userEvent.setup();
    render(<AttentionExplorer />);
    await user.click(screen.getByRole('radio', {name: 'sat'}));
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/^Query “sat”: most attention to “cat”/);
    expect(screen.getByRole('list', {name: /Where “sat” looks/})).toBeTruthy();

    await user.click(screen.getByRole('radio', {name: 'it'}));
    await user.click(screen.getByRole('checkbox'));
    expect(heatRowValues()[1]).toBe('cat0.93');
    expect(live?.textContent).toMatch(/not divided by √d_k/);
  });

  it('shows the full matrix with every row summing to 1 (to rounding)', () => {
    render(<AttentionExplorer />);
    const region = screen.getByRole('region', {name: 'Full attention matrix'});
    const rows = within(region).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      const numbers = within(row)
        .getAllByRole('cell')
        .map((cell) => Number(cell.textContent));
      expect(Math.abs(numbers.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.05);
    }
    expect(rows[7]?.getAttribute('aria-current')).toBe('true');
  });

  it('renders the row, the matrix and the summary on the server', () => {
    const html = renderToString(<AttentionExplorer />);
    expect(html).toContain('<figure');
    expect(html).toContain('Where “<!-- -->it<!-- -->” looks');
    expect(html).toContain('0.58');
    expect(html).toContain('Query “it”: most attention to “cat” (0.58)');
    expect(html).toMatch(/type="radio"[^>]*checked=""/);
  });

  it('throws on a query that is not in the sentence', () => {
    expect(() => renderToString(<AttentionExplorer initialQuery="dog" />)).toThrow(
      'AttentionExplorer: initialQuery "dog" is not a token of the sentence (The cat sat on the mat because it was tired).',
    );
  });
});
