// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import NoteUpdates from '.';

const updates = [
  {
    date: '2026-12-01',
    summary: 'Added video autoencoders.',
    section: 'vaes-in-latent-diffusion',
    sectionTitle: 'VAEs inside latent diffusion',
  },
  {date: '2026-06-10', summary: 'Corrected the ELBO derivation.'},
  {date: '2026-02-03', summary: 'Linked the notation page.', section: 'notation', sectionTitle: 'Notation'},
];

describe('NoteUpdates', () => {
  afterEach(cleanup);

  it('shows the newest update in full, with a link to its section', () => {
    render(<NoteUpdates updates={updates} />);
    const latest = screen.getByText(/Updated/).closest('p');
    expect(latest?.textContent).toBe(
      'Updated 1 December 2026: Added video autoencoders. See VAEs inside latent diffusion.',
    );
    expect(latest?.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01');
    expect(screen.getByRole('link', {name: 'VAEs inside latent diffusion'}).getAttribute('href')).toBe(
      '#vaes-in-latent-diffusion',
    );
  });

  it('folds the older updates into a closed native <details>, dated and linked', () => {
    const {container} = render(<NoteUpdates updates={updates} />);
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Earlier updates (2)');
    expect(Array.from(details?.querySelectorAll('li') ?? []).map((li) => li.textContent)).toEqual([
      '10 June 2026: Corrected the ELBO derivation.',
      '3 February 2026: Linked the notation page. See Notation.',
    ]);
  });

  it('has no <details> for a single update, and renders nothing for none', () => {
    const {container, rerender} = render(<NoteUpdates updates={updates.slice(0, 1)} />);
    expect(container.querySelector('details')).toBeNull();
    rerender(<NoteUpdates updates={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('is complete in the server-rendered HTML', () => {
    const html = renderToString(<NoteUpdates updates={updates} />);
    expect(html).toContain('Corrected the ELBO derivation.');
    expect(html).toContain('<details');
  });

  it('throws on updates that are not newest first', () => {
    expect(() => renderToString(<NoteUpdates updates={[...updates].reverse()} />)).toThrow(/newest first/);
  });
});
