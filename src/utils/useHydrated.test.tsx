// @vitest-environment jsdom
/**
 * useHydrated: false in the server HTML and in the hydration render, so hydration matches;
 * true once the page has hydrated; and a part that mounts afterwards reads true in its
 * very first render, so it never shows its server state for a frame.
 */
import React from 'react';
import type {Root} from 'react-dom/client';
import {act} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import {hydrateFromServer} from '@site/tests/unit/hydrate';
import {useHydrated} from './useHydrated';

const seen: boolean[] = [];

function Part({name}: {name: string}) {
  const hydrated = useHydrated();
  seen.push(hydrated);
  return <p data-name={name}>{hydrated ? 'hydrated' : 'server'}</p>;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

describe('useHydrated', () => {
  it('is false on the server and while hydrating, true after, and true at once for later parts', async () => {
    seen.length = 0;
    const hydrated = await hydrateFromServer(<Part name="first" />);
    const {html, container, recoverable} = hydrated;
    root = hydrated.root;
    expect(html).toContain('server');
    expect(recoverable).toEqual([]);
    // seen[0] is the server render; seen[1] the hydration render.
    expect(seen[0]).toBe(false);
    expect(seen[1]).toBe(false);
    expect(container.textContent).toBe('hydrated');

    // A part mounted after the hydration (a client-side navigation, an idle-time mount).
    seen.length = 0;
    await act(async () => {
      root?.render(
        <>
          <Part name="first" />
          <Part name="later" />
        </>,
      );
    });
    expect(container.querySelector('[data-name="later"]')?.textContent).toBe('hydrated');
    expect(seen).not.toContain(false);
  });
});
