// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import MemoryCalculator from '.';

afterEach(cleanup);

function live(): string {
  return document.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

function cell(row: string, column: number): string {
  const header = screen.getByRole('rowheader', {name: new RegExp(`^${row}`)});
  return header.closest('tr')?.querySelectorAll('td')[column]?.textContent ?? '';
}

function fitOf(size: number): string {
  return (
    screen
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes(`${size} GB:`))
      ?.getAttribute('data-status') ?? ''
  );
}

describe('MemoryCalculator', () => {
  it('is a figure with labelled number inputs, sliders, selects, a button and a live summary', () => {
    render(<MemoryCalculator />);
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toMatch(/how much memory/);
    for (const label of [
      'Parameters (billions)',
      'Layers L',
      'KV heads per layer g',
      'Head dimension dₖ',
      'Context length n (tokens)',
      'Batch size B (sequences)',
    ]) {
      expect(screen.getByRole('spinbutton', {name: label})).toBeTruthy();
      expect(screen.getByRole('slider', {name: `${label}, slider`})).toBeTruthy();
    }
    expect(screen.getByRole('combobox', {name: 'Model preset'})).toBeTruthy();
    expect(screen.getByRole('combobox', {name: 'Bits per weight'})).toBeTruthy();
    expect(screen.getByRole('combobox', {name: 'Bits per number in the KV cache'})).toBeTruthy();
    expect(screen.getByRole('button', {name: 'Reset to the worked example'})).toBeTruthy();
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('shows the worked example: 16.06 + 8.59 = 24.65 GB, too big for 24 GB', () => {
    render(<MemoryCalculator />);
    expect(live()).toBe(
      'Weights 16.06 GB + KV cache 8.59 GB = 24.65 GB (22.96 GiB). Fits one 48 GB GPU or larger, allowance included.',
    );
    expect(cell('Weights', 0)).toBe('16.06 GB');
    expect(cell('Weights', 1)).toBe('14.96 GiB');
    expect(cell('KV cache', 1)).toBe('8.00 GiB');
    expect(screen.getByText(/131,072 bytes \(128 KiB\) per token/)).toBeTruthy();
    expect(fitOf(24)).toBe('too-small');
    expect(fitOf(48)).toBe('fits');
    expect((screen.getByRole('combobox', {name: 'Model preset'}) as HTMLSelectElement).value).toBe(
      'llama-3.1-8b',
    );
  });

  it('recomputes when bits, context or batch change', () => {
    render(<MemoryCalculator />);
    fireEvent.change(screen.getByRole('combobox', {name: 'Bits per weight'}), {target: {value: '4'}});
    // 4.015 GB, rounded half up (not down, as plain toFixed would).
    expect(cell('Weights', 0)).toBe('4.02 GB');
    expect(fitOf(16)).toBe('fits');
    fireEvent.change(screen.getByRole('combobox', {name: 'Bits per number in the KV cache'}), {
      target: {value: '8'},
    });
    expect(cell('KV cache', 1)).toBe('4.00 GiB');
    fireEvent.change(screen.getByRole('slider', {name: 'Batch size B (sequences), slider'}), {
      target: {value: '1'},
    });
    expect(cell('KV cache', 1)).toBe('0.50 GiB');
    expect(
      (screen.getByRole('spinbutton', {name: 'Batch size B (sequences)'}) as HTMLInputElement).value,
    ).toBe('1');
  });

  it('loads a preset and marks edited numbers as custom', () => {
    render(<MemoryCalculator />);
    const preset = screen.getByRole('combobox', {name: 'Model preset'}) as HTMLSelectElement;
    fireEvent.change(preset, {target: {value: 'qwen2.5-72b'}});
    expect((screen.getByRole('spinbutton', {name: 'Layers L'}) as HTMLInputElement).value).toBe('80');
    expect(live()).toMatch(
      /^Weights 145\.4 GB \+ KV cache 21\.47 GB = 166\.9 GB .*Too big for one 80 GB GPU: about 3 of them/,
    );
    expect(screen.getByText(/More than one 80 GB GPU: about 3/)).toBeTruthy();
    fireEvent.change(screen.getByRole('spinbutton', {name: 'Layers L'}), {target: {value: '81'}});
    expect(preset.value).toBe('custom');
  });

  it('explains bad input in words and never shows NaN or Infinity', () => {
    render(<MemoryCalculator />);
    const layers = screen.getByRole('spinbutton', {name: 'Layers L'});
    fireEvent.change(layers, {target: {value: ''}});
    expect(live()).toBe('No estimate yet. Enter a number for “Layers L”.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(layers.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(layers, {target: {value: '-3'}});
    expect(screen.getByText('“Layers L” must be positive; using 1.')).toBeTruthy();
    expect(live()).toMatch(/One input was adjusted; see the note under it\.$/);

    fireEvent.change(screen.getByRole('spinbutton', {name: 'Context length n (tokens)'}), {
      target: {value: '1e15'},
    });
    expect(screen.getByText(/capped at 10,000,000 here/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|e\+\d/);
  });

  it('resets to the worked example', async () => {
    const user = userEvent.setup();
    render(<MemoryCalculator initialPreset="mistral-7b-v0.3" />);
    expect(cell('Weights', 0)).toBe('14.50 GB');
    await user.click(screen.getByRole('button', {name: 'Reset to the worked example'}));
    expect(cell('Weights', 0)).toBe('16.06 GB');
  });

  it('cites the configuration file of every preset', () => {
    render(<MemoryCalculator />);
    const links = within(screen.getByRole('figure')).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json',
      'https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3/blob/main/config.json',
      'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/config.json',
      'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/config.json',
    ]);
  });

  it('renders the results and the summary on the server', () => {
    const html = renderToString(<MemoryCalculator />);
    expect(html).toContain('<figure');
    expect(html).toMatch(/aria-live="polite">Weights 16\.06 GB/);
    expect(html.match(/type="range"/g)).toHaveLength(6);
    expect(html.match(/type="number"/g)).toHaveLength(6);
    expect(html).toContain('24.65 GB');
  });

  it('throws on an unknown preset', () => {
    expect(() => renderToString(<MemoryCalculator initialPreset="gpt-9" />)).toThrow(
      /MemoryCalculator: unknown initialPreset "gpt-9"/,
    );
  });
});
