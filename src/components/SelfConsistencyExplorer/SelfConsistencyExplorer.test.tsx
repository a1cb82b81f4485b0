// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import SelfConsistencyExplorer from '.';
import {distributionFor, simulateMajorityVote} from './selfConsistency';

afterEach(cleanup);

function status(): string {
  return screen.getByRole('status').textContent ?? '';
}

function numberBox(name: RegExp): HTMLInputElement {
  return screen.getByRole('spinbutton', {name}) as HTMLInputElement;
}

describe('SelfConsistencyExplorer', () => {
  it('is a figure with labelled sliders, number boxes, a select, a button and a status area', () => {
    render(<SelfConsistencyExplorer />);
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toMatch(
      /sample many answers and vote/,
    );
    expect(screen.getByRole('slider', {name: 'Chance p that one sample is right (slider)'})).toBeTruthy();
    expect(numberBox(/^Chance p that one sample is right$/).value).toBe('0.4');
    expect(numberBox(/^Samples N$/).value).toBe('15');
    expect(
      (screen.getByRole('combobox', {name: 'Distinct wrong answers m'}) as HTMLSelectElement).value,
    ).toBe('5');
    expect(numberBox(/^Seed of the simulation$/).value).toBe('42');
    expect(screen.getByRole('button', {name: 'Simulate again with a new seed'})).toBeTruthy();
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('shows the exact and the simulated accuracy and says why voting helps', () => {
    render(<SelfConsistencyExplorer />);
    const expected = simulateMajorityVote(
      distributionFor({p: 0.4, wrongAnswers: 5, topWrongShare: 0.4}),
      15,
      2000,
      42,
    );
    expect(status()).toContain('Majority vote of N = 15: right 0.754 of the time');
    expect(status()).toContain(
      `Simulated: ${expected.correct.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')} of 2,000 votes right`,
    );
    expect(status()).toContain('seed 42');
    expect(status()).toMatch(
      /Voting helps here: the right answer \(0\.400\) is more likely than every single wrong answer/,
    );
  });

  it('turns to “hurts” when the wrong answers gather on one, and follows N', () => {
    render(<SelfConsistencyExplorer />);
    fireEvent.change(numberBox(/most common wrong answer/), {target: {value: '0.8'}});
    expect(status()).toMatch(
      /Voting hurts here: one wrong answer \(0\.480\) is more likely than the right one \(0\.400\)/,
    );
    fireEvent.change(screen.getByRole('slider', {name: 'Samples N (slider)'}), {target: {value: '2'}});
    expect(numberBox(/^Samples N$/).value).toBe('2');
    expect(status()).toMatch(/two samples are exactly as good as one/);
  });

  it('reruns the simulation with a new seed', async () => {
    const user = userEvent.setup();
    render(<SelfConsistencyExplorer />);
    await user.click(screen.getByRole('button', {name: 'Simulate again with a new seed'}));
    expect(numberBox(/^Seed of the simulation$/).value).toBe('43');
    const expected = simulateMajorityVote(
      distributionFor({p: 0.4, wrongAnswers: 5, topWrongShare: 0.4}),
      15,
      2000,
      43,
    );
    expect(status()).toContain(
      `${expected.correct.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')} of 2,000 votes right`,
    );
    expect(status()).toContain('seed 43');
  });

  it('explains impossible or out-of-range input in words, never NaN', () => {
    render(<SelfConsistencyExplorer />);
    fireEvent.change(numberBox(/^Chance p that one sample is right$/), {target: {value: ''}});
    expect(status()).toBe('Type the chance p that one sample is right, a number from 0 to 1.');
    fireEvent.change(numberBox(/^Chance p that one sample is right$/), {target: {value: '1.7'}});
    expect(status()).toMatch(/^p is a probability, so 1\.7 was read as 1\.00\./);
    expect(status()).toMatch(/right 1\.000 of the time/);
    fireEvent.change(numberBox(/most common wrong answer/), {target: {value: '0.1'}});
    expect(status()).toMatch(
      /Impossible: with 5 wrong answers the most common one holds at least 1\/5 = 0\.20/,
    );
    fireEvent.change(numberBox(/^Samples N$/), {target: {value: '500'}});
    expect(status()).toMatch(/N must be a whole number from 1 to 64; 500 was read as 64\./);
    expect(status()).not.toMatch(/NaN|Infinity/);
    expect(screen.getByRole('slider', {name: 'Samples N (slider)'}).getAttribute('value')).toBe('64');
  });

  it('renders the controls, the numbers and the verdict on the server', () => {
    const html = renderToString(<SelfConsistencyExplorer />);
    expect(html).toContain('<figure');
    expect(html.match(/type="range"/g)).toHaveLength(3);
    expect(html).toContain('right 0.754 of the time');
    expect(html).toContain('Voting helps here');
    expect(html).toContain('role="status"');
  });

  it('throws on malformed props', () => {
    expect(() => renderToString(<SelfConsistencyExplorer initialP={1.5} />)).toThrow(
      /SelfConsistencyExplorer: p is a probability/,
    );
    expect(() =>
      renderToString(<SelfConsistencyExplorer initialWrongAnswers={4} initialTopWrongShare={0.1} />),
    ).toThrow(/SelfConsistencyExplorer: Impossible: with 4 wrong answers/);
    expect(() => renderToString(<SelfConsistencyExplorer initialSamples={65} />)).toThrow(
      /N must be a whole number/,
    );
    expect(() => renderToString(<SelfConsistencyExplorer trials={5} />)).toThrow(
      /trials must be a whole number/,
    );
  });
});
