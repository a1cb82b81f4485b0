// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import WhatsNewPage, {groupByMonth, type WhatsNewEntry} from '.';

const entries: WhatsNewEntry[] = [
  {date: '2026-12-01', summary: 'Dated the table.', noteTitle: 'GANs', permalink: '/docs/models/gans'},
  {
    date: '2026-12-01',
    summary: 'Added video autoencoders.',
    noteTitle: 'VAEs',
    permalink: '/docs/models/vaes',
    section: 'vaes-in-latent-diffusion',
    sectionTitle: 'VAEs inside latent diffusion',
  },
  {
    date: '2026-11-15',
    summary: 'New note: flow matching.',
    noteTitle: 'Flow matching',
    permalink: '/docs/models/flow-matching',
  },
  {date: '2025-11-30', summary: 'Fixed a typo.', noteTitle: 'GANs', permalink: '/docs/models/gans'},
];

const feeds = {rssPath: '/whats-new/rss.xml', atomPath: '/whats-new/atom.xml'};

describe('WhatsNewPage', () => {
  afterEach(cleanup);

  it('groups the entries by month, newest first', () => {
    expect(groupByMonth(entries).map((m) => [m.label, m.entries.length])).toEqual([
      ['December 2026', 2],
      ['November 2026', 1],
      ['November 2025', 1],
    ]);
    expect(() => groupByMonth([...entries].reverse())).toThrow(/newest first/);
  });

  it('lists every entry under its month, linking to the note and the section', () => {
    render(<WhatsNewPage entries={entries} {...feeds} />);
    expect(screen.getByRole('heading', {level: 1}).textContent).toBe("What's new");
    expect(screen.getAllByRole('heading', {level: 2}).map((h) => h.textContent)).toEqual([
      'December 2026',
      'November 2026',
      'November 2025',
    ]);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '1 December 2026GANs: Dated the table.',
      '1 December 2026VAEs: Added video autoencoders. See VAEs inside latent diffusion.',
      '15 November 2026Flow matching: New note: flow matching.',
      '30 November 2025GANs: Fixed a typo.',
    ]);
    const vaes = within(items[1] as HTMLElement);
    expect(vaes.getByRole('link', {name: 'VAEs'}).getAttribute('href')).toBe('/docs/models/vaes');
    expect(vaes.getByRole('link', {name: 'VAEs inside latent diffusion'}).getAttribute('href')).toBe(
      '/docs/models/vaes#vaes-in-latent-diffusion',
    );
  });

  it('links both feeds as files, outside the single-page router', () => {
    render(<WhatsNewPage entries={entries} {...feeds} />);
    expect(screen.getByRole('link', {name: 'RSS feed'}).getAttribute('href')).toBe(
      'pathname:///whats-new/rss.xml',
    );
    expect(screen.getByRole('link', {name: 'Atom feed'}).getAttribute('href')).toBe(
      'pathname:///whats-new/atom.xml',
    );
  });

  it('says so when there is nothing yet, and renders fully on the server', () => {
    render(<WhatsNewPage entries={[]} {...feeds} />);
    expect(screen.getByText('No updates yet.')).toBeTruthy();
    expect(renderToString(<WhatsNewPage entries={entries} {...feeds} />)).toContain('Fixed a typo.');
  });
});
