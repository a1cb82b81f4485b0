// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import DiffusionNoiseExplorer, {describeVisibility} from '.';

function noisyImageHref(): string | null {
  return document.querySelector('svg[data-image="noisy"] image')?.getAttribute('href') ?? null;
}

afterEach(cleanup);

describe('DiffusionNoiseExplorer', () => {
  it('is a figure with a caption, a labelled slider and described pictures', () => {
    render(<DiffusionNoiseExplorer />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')?.textContent).toMatch(/Drag the slider/);
    const slider = screen.getByRole('slider', {name: 'Noise step t'});
    expect(slider.getAttribute('min')).toBe('0');
    expect(slider.getAttribute('max')).toBe('1000');
    expect((slider as HTMLInputElement).value).toBe('250');
    expect(screen.getAllByRole('img')).toHaveLength(4);
    expect(screen.getByRole('img', {name: 'Clean image x₀'})).toBeTruthy();
    expect(screen.getByRole('img', {name: 'Noise ε'})).toBeTruthy();
    expect(
      screen.getByRole('img', {name: 'Noisy image at t = 250: Heavy speckle; the face is still clear.'}),
    ).toBeTruthy();
    const chart = screen.getByRole('img', {name: 'Signal and noise weights along the linear schedule'});
    expect(document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /They cross near t = 260\. The vertical line marks the current step, t = 250\./,
    );
  });

  it('shows ᾱ_t and the SNR of the initial step (t = 250)', () => {
    render(<DiffusionNoiseExplorer />);
    const live = document.querySelector('[aria-live="polite"]');
    // ᾱ_250 = 0.524085…, SNR 1.10122 = 0.4187 dB (hand-computed, see schedule.test.ts).
    expect(live?.textContent).toBe(
      't = 250: ᾱ = 0.5241, signal weight 0.724, noise weight 0.690, SNR 1.101 (0.4 dB). Heavy speckle; the face is still clear.',
    );
  });

  it('redraws the noisy image and announces the new step when the slider moves', async () => {
    render(<DiffusionNoiseExplorer />);
    const before = noisyImageHref();
    const slider = screen.getByRole('slider', {name: 'Noise step t'});
    fireEvent.change(slider, {target: {value: '1000'}});
    expect(noisyImageHref()).not.toBe(before);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(
      /^t = 1000: ᾱ = 0\.00004036, signal weight 0\.006, noise weight 1\.000, SNR 0\.00004036 \(−43\.9 dB\)/,
    );
    expect(slider.getAttribute('aria-valuetext')).toBe('t = 1000');
    expect(screen.getByRole('img', {name: /^Noisy image at t = 1000: Pure static/})).toBeTruthy();

    // The presets are buttons; t = 0 shows the clean image with an infinite SNR.
    await userEvent.click(screen.getByRole('button', {name: 't = 0'}));
    expect(live?.textContent).toMatch(
      /^t = 0: ᾱ = 1\.000, .*SNR ∞ \(no noise yet\)\. The image looks like the original\./,
    );
    expect(screen.getByRole('button', {name: 't = 0'}).getAttribute('aria-current')).toBe('true');
  });

  it('renders the pictures and numbers on the server', () => {
    const html = renderToString(<DiffusionNoiseExplorer initialStep={500} />);
    expect(html).toContain('<figure');
    expect(html).toContain('<figcaption');
    expect(html.match(/href="data:image\/bmp;base64,/g)).toHaveLength(3);
    expect(html).toContain('t = 500: ᾱ = 0.07859');
    expect(html).toContain('type="range"');
  });

  it('draws the same noise on the server and in the browser (fixed seed)', () => {
    const server = renderToString(<DiffusionNoiseExplorer />);
    render(<DiffusionNoiseExplorer />);
    expect(server).toContain(noisyImageHref() ?? 'missing');
  });

  it('throws on a step outside 0…1000', () => {
    expect(() => renderToString(<DiffusionNoiseExplorer initialStep={1001} />)).toThrow(
      'DiffusionNoiseExplorer: initialStep must be an integer from 0 to 1000, got 1001.',
    );
    expect(() => renderToString(<DiffusionNoiseExplorer initialStep={2.5} />)).toThrow(/initialStep/);
  });

  it('describes what the eye sees from the signal weight', () => {
    expect(describeVisibility(1)).toMatch(/original/);
    expect(describeVisibility(0.28)).toMatch(/faint/);
    expect(describeVisibility(0.006)).toMatch(/Pure static/);
  });
});
