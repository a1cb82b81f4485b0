// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import VaeLatentExplorer from '.';
import {createNormal, createUniform} from '@site/src/utils/prng';
import {fixed} from '@site/src/utils/explainerFormat';
import {describeShape, reparameterise} from './decoder';

afterEach(cleanup);

function href(kind: string): string | null {
  return document.querySelector(`svg[data-image="${kind}"] image`)?.getAttribute('href') ?? null;
}

function live(): string {
  return document.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

describe('VaeLatentExplorer', () => {
  it('is a figure with a caption, a described plane, labelled pictures, a λ slider and a resample button', () => {
    render(<VaeLatentExplorer />);
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toMatch(/Drag λ/);
    const plane = screen.getByRole('img', {name: 'The latent plane'});
    expect(document.getElementById(plane.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /A line joins z_a = \(−1\.50, −0\.80\) \(circle marker\) to z_b = \(1\.50, 1\.00\)/,
    );
    expect(screen.getByRole('img', {name: 'z_a decoded: a small circle'})).toBeTruthy();
    expect(screen.getByRole('img', {name: 'z_b decoded: a large square'})).toBeTruthy();
    expect(
      screen.getByRole('img', {name: 'z_λ = (0.00, 0.10) decoded: a medium rounded square'}),
    ).toBeTruthy();
    const crossFade = screen.getByRole('img', {name: 'Pixel cross-fade at λ = 0.50'});
    expect(document.getElementById(crossFade.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /a ghost of both, not one shape\.$/,
    );
    expect(screen.getByRole('img', {name: 'μ decoded: a small square'})).toBeTruthy();
    const slider = screen.getByRole('slider', {name: 'Interpolation λ'});
    expect(slider.getAttribute('aria-valuetext')).toBe('0.50');
    expect(screen.getByRole('button', {name: 'Resample ε'})).toBeTruthy();
    expect(live()).toBe(
      'λ = 0.50: z_λ = (0.00, 0.10) decodes to a medium rounded square; mixing the pixels instead gives a small circle and a large square overlaid at 50% and 50%: a ghost of both, not one shape.',
    );
  });

  it('at λ = 0 and λ = 1 decodes exactly the endpoint pictures, and the cross-fade equals them too', () => {
    render(<VaeLatentExplorer />);
    const slider = screen.getByRole('slider', {name: 'Interpolation λ'});
    const middle = href('decoded');
    const startPicture = screen
      .getByRole('img', {name: /^z_a decoded/})
      .querySelector('image')
      ?.getAttribute('href');
    const endPicture = screen
      .getByRole('img', {name: /^z_b decoded/})
      .querySelector('image')
      ?.getAttribute('href');

    fireEvent.change(slider, {target: {value: '0'}});
    expect(href('decoded')).toBe(startPicture);
    expect(href('blend')).toBe(startPicture);
    expect(live()).toMatch(
      /^λ = 0\.00: z_λ = \(−1\.50, −0\.80\) decodes to a small circle; .* exactly the first picture\.$/,
    );

    fireEvent.change(slider, {target: {value: '100'}});
    expect(href('decoded')).toBe(endPicture);
    expect(href('blend')).toBe(endPicture);
    expect(href('decoded')).not.toBe(middle);
    expect(screen.getByText('z_λ = (1 − λ)·z_a + λ·z_b = (1.50, 1.00)')).toBeTruthy();
  });

  it('resamples ε from the seeded stream and shows z = μ + σ ⊙ ε', async () => {
    const user = userEvent.setup();
    render(<VaeLatentExplorer seed={11} />);
    const normal = createNormal(createUniform(11));
    const first = [normal(), normal()] as const;
    const second = [normal(), normal()] as const;
    const z = (eps: readonly [number, number]) =>
      `(${fixed(0.8 + 0.6 * eps[0], 2)}, ${fixed(-1.2 + 0.4 * eps[1], 2)})`;
    expect(screen.getByText(new RegExp(`= ${z(first).replace(/[().]/g, '\\$&')}$`))).toBeTruthy();

    const before = href('sample');
    await user.click(screen.getByRole('button', {name: 'Resample ε'}));
    const shape = describeShape(reparameterise([0.8, -1.2], [0.6, 0.4], second));
    expect(live()).toBe(
      `ε = (${fixed(second[0], 2)}, ${fixed(second[1], 2)}): z = μ + σ ⊙ ε = ${z(second)} decodes to ${shape}.`,
    );
    expect(href('sample')).not.toBe(before);
    // Each sample leaves a dot on the plane.
    expect(
      screen.getByRole('img', {name: 'The latent plane'}).querySelectorAll('circle[r="2.5"]'),
    ).toHaveLength(2);
  });

  it('renders every picture on the server as data URLs', () => {
    const html = renderToString(<VaeLatentExplorer initialLambda={0.25} />);
    expect(html).toContain('<figure');
    expect(html.match(/href="data:image\/bmp;base64,/g)).toHaveLength(6);
    expect(html).toContain('λ = 0.25: z_λ = (−0.75, −0.35)');
  });

  it('throws on malformed codes or settings', () => {
    expect(() => renderToString(<VaeLatentExplorer start={[4, 0]} />)).toThrow(
      'VaeLatentExplorer: start must lie within ±3 on both axes to fit the plot, got (4.00, 0.00).',
    );
    expect(() => renderToString(<VaeLatentExplorer spread={[0, 1]} />)).toThrow(
      /spread \(σ\) must be positive/,
    );
    expect(() => renderToString(<VaeLatentExplorer initialLambda={0.33} />)).toThrow(
      /initialLambda must be a multiple of 0.05/,
    );
  });
});
