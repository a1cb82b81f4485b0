// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import Figure from '.';

const image = {default: '/img/noising-steps.png'};
const alt = 'Four squares: a blue disc covered by more and more grey speckles.';

describe('Figure', () => {
  afterEach(cleanup);

  it('is a figure with a caption, the image and its alt text', () => {
    render(<Figure img={image} alt={alt} caption="An image noised at increasing steps." />);
    // Browsers name a figure by its figcaption; jsdom's accessibility tree does not, so
    // check the caption element itself.
    const figure = screen.getByRole('figure');
    expect(figure.querySelector(':scope > figcaption')?.textContent).toBe(
      'An image noised at increasing steps.',
    );
    const img = screen.getByRole('img', {name: alt});
    expect(figure.contains(img)).toBe(true);
    expect(img.getAttribute('src')).toBe('/img/noising-steps.png');
  });

  it('accepts a caption with markup', () => {
    render(
      <Figure
        img={image}
        alt={alt}
        caption={
          <>
            Forward diffusion at <em>t</em> = 250, 500 and 1000.
          </>
        }
      />,
    );
    expect(screen.getByRole('figure').querySelector('figcaption em')?.textContent).toBe('t');
  });

  it('credits the image, linked to its source', () => {
    render(
      <Figure
        img={image}
        alt={alt}
        caption="Samples."
        credit="Ho et al. (2020), Figure 1"
        source="https://arxiv.org/abs/2006.11239"
      />,
    );
    const caption = screen.getByRole('figure').querySelector('figcaption');
    expect(caption?.textContent).toBe('Samples. Credit: Ho et al. (2020), Figure 1');
    expect(screen.getByRole('link', {name: 'Ho et al. (2020), Figure 1'}).getAttribute('href')).toBe(
      'https://arxiv.org/abs/2006.11239',
    );
  });

  it('shows a credit without a link, or a source without a credit', () => {
    const {rerender} = render(
      <Figure img={image} alt={alt} caption="Samples." credit="CC BY 4.0, the authors" />,
    );
    expect(screen.getByRole('figure').querySelector('figcaption')?.textContent).toBe(
      'Samples. Credit: CC BY 4.0, the authors',
    );
    expect(screen.queryByRole('link')).toBeNull();
    rerender(<Figure img={image} alt={alt} caption="Samples." source="/docs/models/gans" />);
    expect(screen.getByRole('link', {name: 'Source'}).getAttribute('href')).toBe('/docs/models/gans');
  });

  it('renders on the server', () => {
    const html = renderToString(
      <Figure img={image} alt={alt} caption="An image noised at increasing steps." />,
    );
    expect(html).toContain('<figure');
    expect(html).toContain(`alt="${alt}"`);
    expect(html).toContain('<figcaption');
  });

  it('throws when alt text or caption is missing or empty', () => {
    expect(() => renderToString(<Figure img={image} alt="" caption="Samples." />)).toThrow(
      'Figure: the alt prop is required and must describe the image (it is empty or missing).',
    );
    const missingAlt = {img: image, caption: 'Samples.'} as unknown as React.ComponentProps<typeof Figure>;
    expect(() => renderToString(<Figure {...missingAlt} />)).toThrow(/Figure: the alt prop is required/);
    expect(() => renderToString(<Figure img={image} alt={alt} caption="  " />)).toThrow(
      /Figure: the caption prop is required and must not be empty/,
    );
    const missingCaption = {img: image, alt} as unknown as React.ComponentProps<typeof Figure>;
    expect(() => renderToString(<Figure {...missingCaption} />)).toThrow(
      /Figure: the caption prop is required/,
    );
  });

  it('throws on a source that is not a URL or a site path', () => {
    expect(() =>
      renderToString(<Figure img={image} alt={alt} caption="Samples." source="arxiv.org" />),
    ).toThrow(/Figure: source must be an http\(s\) URL or a site path/);
  });
});
