// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import {grayscaleBitmapDataUrl} from '@site/src/utils/grayscaleBitmap';
import PixelImage from '.';

afterEach(cleanup);

const SRC = grayscaleBitmapDataUrl([1, -1, -1, 1], 2, 2);

describe('PixelImage', () => {
  it('is an SVG image with a title and a description', () => {
    render(
      <PixelImage
        src={SRC}
        size={2}
        title="Checkerboard"
        description="Two white and two black pixels."
        kind="test"
      />,
    );
    const picture = screen.getByRole('img', {name: 'Checkerboard'});
    expect(picture.getAttribute('viewBox')).toBe('0 0 2 2');
    expect(picture.getAttribute('data-image')).toBe('test');
    expect(document.getElementById(picture.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Two white and two black pixels.',
    );
    expect(picture.querySelector('image')?.getAttribute('href')).toBe(SRC);
  });

  it('renders on the server with the picture inline', () => {
    const html = renderToString(<PixelImage src={SRC} size={2} title="A" description="B" />);
    expect(html).toContain(`href="${SRC}"`);
    expect(html).toContain('<title');
  });

  it('throws without a data URL, a size or a description', () => {
    expect(() => renderToString(<PixelImage src="/img/x.png" size={2} title="A" description="B" />)).toThrow(
      /PixelImage: src must be a data:image/,
    );
    expect(() => renderToString(<PixelImage src={SRC} size={0} title="A" description="B" />)).toThrow(/size/);
    expect(() => renderToString(<PixelImage src={SRC} size={2} title="A" description=" " />)).toThrow(
      'PixelImage: a picture needs a title and a description.',
    );
  });
});
