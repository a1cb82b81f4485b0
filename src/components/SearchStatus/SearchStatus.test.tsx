// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import type {SearchOutcome} from '@site/src/search/pagefind';
import SearchStatus, {countText} from '.';

const outcome = (extra: Partial<SearchOutcome>): SearchOutcome => ({
  query: 'mode collapse',
  truncated: false,
  total: 3,
  fullMatches: 3,
  hits: [],
  loadMore: async () => [],
  ...extra,
});

describe('SearchStatus', () => {
  it('says what it corrected, linking to the correction and to the words as typed', () => {
    render(<SearchStatus outcome={outcome({correctedFrom: 'mode colapse'})} />);
    expect(document.body.textContent).toContain(
      'Showing results for mode collapse — search instead for mode colapse.',
    );
    expect(screen.getByRole('link', {name: 'mode collapse'}).getAttribute('href')).toBe(
      '/search?q=mode%20collapse',
    );
    expect(screen.getByRole('link', {name: 'mode colapse'}).getAttribute('href')).toBe(
      '/search?q=mode%20colapse&typed=1',
    );
  });

  it('counts full and partial matches apart', () => {
    expect(countText(outcome({}))).toBe('3 pages found for “mode collapse”.');
    expect(countText(outcome({total: 5, fullMatches: 2}))).toBe(
      '2 pages found for “mode collapse”, and 3 more that match most of its words.',
    );
    expect(countText(outcome({total: 1, fullMatches: 0}))).toBe(
      'No page matches every word of “mode collapse”; 1 page matches most of them.',
    );
    expect(countText(outcome({total: 0, fullMatches: 0}))).toBe('No results for “mode collapse”.');
  });

  it('notes a cut query and suggests a close one when nothing is found', () => {
    const {container} = render(
      <SearchStatus
        outcome={outcome({total: 0, fullMatches: 0, truncated: true, suggestion: 'diffusion'})}
      />,
    );
    expect(container.textContent).toContain(
      'Your query was long, so only its first 120 characters were searched.',
    );
    expect(container.textContent).toContain('Did you mean diffusion?');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/search?q=diffusion');
  });

  it('shows a query with markup as text', () => {
    const html = renderToString(
      <SearchStatus outcome={outcome({query: '<img src=x onerror=alert(1)>', total: 0})} />,
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});
