// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import PageHeader from '.';

vi.mock('@docusaurus/plugin-content-docs/client', () => {
  const docs = {
    'models/notation': {id: 'models/notation', title: 'Notation used on this site'},
    'fundamentals/discriminative-vs-generative': {
      id: 'fundamentals/discriminative-vs-generative',
      title: 'Discriminative vs generative models',
    },
    'models/gans': {id: 'models/gans', title: 'Generative adversarial networks (GANs)'},
  };
  return {
    useDocsVersion: () => ({docs}),
    useAllDocsData: () => ({
      default: {
        path: '/docs',
        versions: [{name: 'current', docs: Object.keys(docs).map((id) => ({id, path: `/docs/${id}`}))}],
      },
    }),
  };
});

const gans = {
  difficulty: 'intermediate',
  prerequisites: ['models/notation', 'fundamentals/discriminative-vs-generative'],
  readingTimeMinutes: 16,
  lastReviewed: '2026-11-22',
} as const;

/** The text of the <dd> that follows the <dt> with this label. */
function valueOf(label: string): HTMLElement {
  const term = screen.getByText(label, {selector: 'dt'});
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement) || value.tagName !== 'DD') throw new Error(`no <dd> after ${label}`);
  return value;
}

describe('PageHeader', () => {
  afterEach(cleanup);

  it('shows difficulty as text, prerequisites linked by title, reading time and review date', () => {
    render(<PageHeader {...gans} />);
    expect(valueOf('Difficulty').textContent).toBe('Intermediate');
    const prerequisites = within(valueOf('Prerequisites')).getAllByRole('link');
    expect(prerequisites.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Notation used on this site', '/docs/models/notation'],
      ['Discriminative vs generative models', '/docs/fundamentals/discriminative-vs-generative'],
    ]);
    expect(valueOf('Reading time').textContent).toBe('About 16 minutes');
    const time = valueOf('Last reviewed').querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2026-11-22');
    expect(time?.textContent).toBe('22 November 2026');
  });

  it('says "None" when there are no prerequisites, and "1 minute" in the singular', () => {
    render(<PageHeader {...gans} difficulty="beginner" prerequisites={[]} readingTimeMinutes={1} />);
    expect(valueOf('Prerequisites').textContent).toBe('None');
    expect(valueOf('Reading time').textContent).toBe('About 1 minute');
    expect(valueOf('Difficulty').textContent).toBe('Beginner');
  });

  it('draws the difficulty meter for sighted readers only, filled up to the level', () => {
    const {container} = render(<PageHeader {...gans} difficulty="advanced" />);
    const meter = container.querySelector('[aria-hidden="true"]');
    expect(meter?.children).toHaveLength(3);
    expect(valueOf('Difficulty').textContent).toBe('Advanced');
  });

  it('is left out of the search index', () => {
    const {container} = render(<PageHeader {...gans} />);
    expect(container.querySelector('dl')?.getAttribute('data-pagefind-ignore')).toBe('all');
  });

  it('renders on the server', () => {
    const html = renderToString(<PageHeader {...gans} />);
    expect(html).toContain('Intermediate');
    expect(html).toContain('href="/docs/models/notation"');
    expect(html).toContain('<time dateTime="2026-11-22">22 November 2026</time>');
  });

  it('throws on a prerequisite that names no doc', () => {
    expect(() => renderToString(<PageHeader {...gans} prerequisites={['models/nope']} />)).toThrow(
      /PageHeader: prerequisite: "models\/nope" names no doc/,
    );
  });

  it('throws on malformed props', () => {
    expect(() => renderToString(<PageHeader {...gans} difficulty={'hard' as 'beginner'} />)).toThrow(
      /PageHeader: difficulty must be one of beginner, intermediate, advanced/,
    );
    expect(() => renderToString(<PageHeader {...gans} readingTimeMinutes={0} />)).toThrow(
      /readingTimeMinutes must be a whole number/,
    );
    expect(() => renderToString(<PageHeader {...gans} lastReviewed="22 Nov 2026" />)).toThrow(
      /lastReviewed must be a date written YYYY-MM-DD/,
    );
  });
});
