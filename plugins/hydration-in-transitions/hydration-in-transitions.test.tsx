// @vitest-environment jsdom
/**
 * The stand-ins for Docusaurus's browser context and window-size hook: the server render
 * and the hydration render read 'not a browser' and 'ssr' (so hydration matches), the
 * values that follow arrive after hydration, and a resize still updates the size. The
 * plugin finds both Docusaurus modules where this version keeps them, matches their
 * paths, and stops the build naming a module that is gone.
 */
import React, {useContext} from 'react';
import type {Root} from 'react-dom/client';
import {act} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import {hydrateFromServer} from '@site/tests/unit/hydrate';
import {BrowserContextProvider, Context} from './browserContext';
import {useWindowSize} from './useWindowSize';
import {checkSwaps, pathPattern, swaps} from './index';
import {existsSync, readFileSync} from 'node:fs';

const renders: string[] = [];

function Probe() {
  const isBrowser = useContext(Context);
  const size = useWindowSize();
  renders.push(`${isBrowser} ${size}`);
  return <p>{`${isBrowser ? 'browser' : 'server'} ${size}`}</p>;
}

const app = (
  <BrowserContextProvider>
    <Probe />
  </BrowserContextProvider>
);

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

function setWidth(width: number) {
  Object.defineProperty(window, 'innerWidth', {configurable: true, value: width});
}

describe('the browser context and window size stand-ins', () => {
  it('render as the server did while hydrating, then learn the browser and the size', async () => {
    setWidth(412);
    renders.length = 0;
    const hydrated = await hydrateFromServer(app);
    const {html, container, recoverable} = hydrated;
    root = hydrated.root;
    expect(html).toContain('server ssr');
    expect(recoverable).toEqual([]);
    // renders[0] is the server render; renders[1] the hydration render.
    expect(renders[0]).toBe('false ssr');
    expect(renders[1]).toBe('false ssr');
    expect(container.textContent).toBe('browser mobile');

    await act(async () => {
      setWidth(1280);
      window.dispatchEvent(new Event('resize'));
    });
    expect(container.textContent).toBe('browser desktop');
  });
});

describe('the swap', () => {
  it('finds both Docusaurus modules, with the exports the stand-ins replace', () => {
    const list = swaps();
    expect(list).toHaveLength(2);
    for (const {original, replacement} of list) {
      expect(existsSync(original), original).toBe(true);
      expect(existsSync(replacement), replacement).toBe(true);
      expect(pathPattern(original).test(original)).toBe(true);
      expect(pathPattern(original).test(`${original}.map`)).toBe(false);
    }
    const [context, windowSize] = list.map(({original}) => readFileSync(original, 'utf8'));
    expect(context).toMatch(/export const Context\b/);
    expect(context).toMatch(/export function BrowserContextProvider\b/);
    expect(windowSize).toMatch(/export function useWindowSize\b/);
  });

  it('matches a path written with either kind of slash', () => {
    expect(pathPattern('/a/b.c/d.js').test('\\a\\b.c\\d.js')).toBe(true);
    expect(pathPattern('/a/b.c/d.js').test('/a/bxc/d.js')).toBe(false);
  });

  it('stops the build, naming the file, when a module is gone', () => {
    const list = [{original: '/nowhere/useWindowSize.js', replacement: '/x.ts'}];
    expect(() => checkSwaps(list, () => false)).toThrow(/\/nowhere\/useWindowSize\.js is gone/);
    expect(() => checkSwaps(list, () => true)).not.toThrow();
  });
});
