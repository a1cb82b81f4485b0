// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import SamplingExplorer from '.';
import {createUniform} from '@site/src/utils/prng';
import {reshape, sampleIndex} from './sampling';

afterEach(cleanup);

const CAT = [
  {token: 'mat', logit: 2},
  {token: 'sofa', logit: 1},
  {token: 'floor', logit: 0.5},
  {token: 'roof', logit: 0},
  {token: 'moon', logit: -1},
];

function rowText(token: string): string {
  return (screen.getByRole('rowheader', {name: token}).closest('tr')?.textContent ?? '').replace(/\s+/g, ' ');
}

function live(): string {
  return document.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

describe('SamplingExplorer', () => {
  it('is a figure with three labelled sliders, a table and draw buttons', () => {
    render(<SamplingExplorer />);
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toMatch(/Move the sliders/);
    expect(screen.getByRole('slider', {name: 'Temperature τ'}).getAttribute('aria-valuetext')).toBe('1.00');
    expect(screen.getByRole('slider', {name: 'Top-k'}).getAttribute('aria-valuetext')).toBe(
      '8 (off: all kept)',
    );
    expect(screen.getByRole('slider', {name: 'Top-p ρ'}).getAttribute('aria-valuetext')).toBe('1.00 (off)');
    expect(screen.getByRole('table', {name: /Next-token probabilities/})).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(9);
    expect(screen.getByRole('button', {name: 'Draw a token'})).toBeTruthy();
  });

  it('shows the note’s numbers for “The cat sat on the” at τ = 1', () => {
    render(<SamplingExplorer prompt="The cat sat on the" candidates={CAT} />);
    expect(rowText('mat')).toBe('mat2.0model 0.563after 0.563');
    expect(rowText('moon')).toBe('moon−1.0model 0.028after 0.028');
  });

  it('reshapes with the sliders, marks cut tokens in words and announces the change', () => {
    render(<SamplingExplorer prompt="The cat sat on the" candidates={CAT} />);
    fireEvent.change(screen.getByRole('slider', {name: 'Temperature τ'}), {target: {value: '50'}});
    expect(rowText('mat')).toBe('mat2.0model 0.563after 0.829');
    expect(live()).toBe(
      'τ = 0.50, k = 5 (off), ρ = 1.00 (off): 5 of 5 candidates kept; most likely “mat” at 0.829.',
    );

    fireEvent.change(screen.getByRole('slider', {name: 'Temperature τ'}), {target: {value: '100'}});
    fireEvent.change(screen.getByRole('slider', {name: 'Top-k'}), {target: {value: '2'}});
    expect(rowText('mat')).toBe('mat2.0model 0.563after 0.731');
    expect(rowText('sofa')).toBe('sofa1.0model 0.207after 0.269');
    expect(rowText('floor')).toBe('floor0.5model 0.126after 0.000cut by top-k');

    fireEvent.change(screen.getByRole('slider', {name: 'Top-k'}), {target: {value: '5'}});
    fireEvent.change(screen.getByRole('slider', {name: 'Top-p ρ'}), {target: {value: '80'}});
    expect(rowText('mat')).toBe('mat2.0model 0.563after 0.629');
    expect(rowText('floor')).toBe('floor0.5model 0.126after 0.140');
    expect(rowText('roof')).toBe('roof0.0model 0.076after 0.000cut by top-p');
    expect(live()).toMatch(/ρ = 0\.80: 3 of 5 candidates kept/);
  });

  it('draws from the reshaped distribution with the seeded generator and announces the result', async () => {
    const user = userEvent.setup();
    render(<SamplingExplorer prompt="The cat sat on the" candidates={CAT} initialTopK={2} seed={3} />);
    // Expected first draw: the same generator, the same distribution.
    const final = reshape([2, 1, 0.5, 0, -1], {temperature: 1, topK: 2, topP: 1}).final;
    const uniform = createUniform(3);
    const expected = CAT[sampleIndex(final, uniform())]?.token;
    await user.click(screen.getByRole('button', {name: 'Draw a token'}));
    expect(live()).toMatch(
      new RegExp(`^Drew “${expected}” \\(probability 0\\.(731|269)\\)\\. 1 draw: ${expected} 1\\.$`),
    );

    await user.click(screen.getByRole('button', {name: 'Draw 20'}));
    const tally = live().match(/21 draws: (.*)\.$/)?.[1] ?? '';
    // Only the two kept tokens can appear.
    expect(tally).toMatch(/^(mat|sofa) \d+(, (mat|sofa) \d+)?$/);
    expect(screen.getByText(/^Last draw:/).textContent).toMatch(/21 draws/);

    // Changing a setting starts a fresh tally and the live region describes the settings again.
    fireEvent.change(screen.getByRole('slider', {name: 'Top-k'}), {target: {value: '3'}});
    expect(screen.getByText('No draws yet at these settings.')).toBeTruthy();
    expect(live()).toMatch(/^τ = 1\.00, k = 3/);
  });

  it('renders the table and the initial summary on the server', () => {
    const html = renderToString(<SamplingExplorer />);
    expect(html).toContain('<figure');
    expect(html).toContain('The weather today is');
    expect(html).toContain('sunny');
    expect(html).toContain('τ = 1.00, k = 8 (off), ρ = 1.00 (off): 8 of 8 candidates kept');
    expect(html.match(/type="range"/g)).toHaveLength(3);
  });

  it('throws on malformed candidates or settings', () => {
    expect(() => renderToString(<SamplingExplorer candidates={[{token: 'a', logit: 1}]} />)).toThrow(
      'SamplingExplorer: give at least two candidates, got 1.',
    );
    expect(() =>
      renderToString(
        <SamplingExplorer
          candidates={[
            {token: 'a', logit: 1},
            {token: 'a', logit: 2},
          ]}
        />,
      ),
    ).toThrow('SamplingExplorer: the candidate "a" appears twice.');
    expect(() => renderToString(<SamplingExplorer candidates={CAT} initialTopK={6} />)).toThrow(
      'SamplingExplorer: initialTopK must be an integer from 1 to 5, got 6.',
    );
    expect(() => renderToString(<SamplingExplorer initialTemperature={0} />)).toThrow(/initialTemperature/);
    expect(() => renderToString(<SamplingExplorer initialTopP={0.33} />)).toThrow(/initialTopP/);
  });
});
