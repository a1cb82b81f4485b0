// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import SearchResults from '.';

const hits = [
  {
    url: '/docs/models/diffusion-models',
    title: 'Diffusion models',
    excerpt: 'A <mark>diffusion</mark> model adds noise',
    sections: [
      {
        title: 'Forward process',
        url: '/docs/models/diffusion-models#forward-process',
        excerpt: '<mark>diffusion</mark> step',
      },
    ],
  },
];

describe('SearchResults', () => {
  it('links each page and each matching section by its anchor, keeping highlights', () => {
    render(<SearchResults hits={hits} />);
    expect(screen.getByRole('heading', {level: 2, name: 'Diffusion models'})).toBeTruthy();
    const section = screen.getByRole('link', {name: 'Forward process'});
    expect(section.getAttribute('href')).toBe('/docs/models/diffusion-models#forward-process');
    expect(document.querySelectorAll('mark')).toHaveLength(2);
  });

  it('renders on the server', () => {
    const html = renderToString(<SearchResults hits={hits} headingLevel={3} compact />);
    expect(html).toContain('<h3');
    expect(html).toContain('#forward-process');
  });

  it('lists pages that match most of the words apart, below the full matches', () => {
    const partial = {
      url: '/docs/models/vaes',
      title: 'Variational autoencoders (VAEs)',
      excerpt: 'A <mark>diffusion</mark> prior',
      sections: [],
    };
    const {container} = render(<SearchResults hits={[...hits, partial]} fullMatches={1} />);
    const lists = container.querySelectorAll('ol');
    expect(lists).toHaveLength(2);
    expect(lists[0]?.textContent).toContain('Diffusion models');
    expect(lists[1]?.textContent).toContain('Variational autoencoders');
    expect(screen.getByText('Pages that match most of the words:')).toBeTruthy();
  });
});
