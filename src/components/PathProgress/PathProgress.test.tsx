// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {EMPTY_PROGRESS, setRead, type Progress} from '@site/src/utils/progress';
import {storageKey} from '@site/src/utils/useProgress';
import PathProgress, {type PathStepLink} from '.';

const STEPS: PathStepLink[] = [
  {doc: 'models/notation', title: 'Notation used on this site', href: '/docs/models/notation'},
  {doc: 'models/vaes', title: 'Variational autoencoders (VAEs)', href: '/docs/models/vaes'},
  {doc: 'models/gans', title: 'Generative adversarial networks (GANs)', href: '/docs/models/gans'},
];
const AT = new Date('2026-12-01T09:00:00Z');

function store(ids: string[]): void {
  const progress = ids.reduce<Progress>((p, id) => setRead(p, id, true, AT), EMPTY_PROGRESS);
  window.localStorage.setItem(storageKey('/'), JSON.stringify(progress));
}

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('PathProgress', () => {
  it('counts the pages read and links to the first one not read', () => {
    store(['models/notation', 'models/gans']);
    const {container} = render(<PathProgress steps={STEPS} />);
    expect(container.textContent).toContain('2 of 3 read');
    const next = screen.getByRole('link');
    expect(next.textContent).toBe('Variational autoencoders (VAEs)');
    expect(next.getAttribute('href')).toBe('/docs/models/vaes');
    expect(next.parentElement?.textContent).toBe('Next: Variational autoencoders (VAEs)');
  });

  it('says where to start, and when the path is complete', () => {
    const {container} = render(<PathProgress steps={STEPS} />);
    expect(container.textContent).toBe('0 of 3 readStart with Notation used on this site');
    cleanup();
    store(STEPS.map((step) => step.doc));
    const done = render(<PathProgress steps={STEPS} />);
    expect(done.container.textContent).toBe('3 of 3 readPath complete.');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('is an empty box in the server HTML', () => {
    store(['models/notation']);
    expect(renderToString(<PathProgress steps={STEPS} />)).toMatch(
      /^<div class="[^"]+" data-pagefind-ignore="all"><\/div>$/,
    );
  });
});
