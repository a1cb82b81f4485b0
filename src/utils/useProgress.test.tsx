// @vitest-environment jsdom
/**
 * The progress in localStorage: components see it after hydration (never in the server
 * HTML), see their own changes at once, and see another tab's through `storage` events.
 */
import React, {type ReactNode} from 'react';
import {renderToString} from 'react-dom/server';
import {act, cleanup, render, screen} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {EMPTY_PROGRESS, isRead, setRead} from './progress';
import {clearProgress, saveProgress, storageKey, useProgressValue, useUpdateProgress} from './useProgress';

const KEY = storageKey('/');
const AT = new Date('2026-12-01T09:00:00.000Z');

function GansStatus(): ReactNode {
  const read = useProgressValue((progress) => isRead(progress, 'models/gans'));
  const update = useUpdateProgress();
  return (
    <button type="button" onClick={() => update((p) => setRead(p, 'models/gans', !read, AT))}>
      {read ? 'read' : 'unread'}
    </button>
  );
}

/** What another tab does: write storage, and the browser tells this tab. */
function otherTabWrites(value: string | null): void {
  if (value === null) window.localStorage.removeItem(KEY);
  else window.localStorage.setItem(KEY, value);
  window.dispatchEvent(new StorageEvent('storage', {key: KEY, newValue: value}));
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useProgress', () => {
  it('keys the storage by the base URL, so two sites on one origin keep apart', () => {
    expect(storageKey('/')).toBe('genai-kb-progress:/');
    expect(storageKey('/kb/')).toBe('genai-kb-progress:/kb/');
  });

  it('shows no progress in the server HTML, whatever is stored', () => {
    window.localStorage.setItem(KEY, JSON.stringify(setRead(EMPTY_PROGRESS, 'models/gans', true, AT)));
    expect(renderToString(<GansStatus />)).toContain('unread');
  });

  it('shows what is stored, and a change at once and after a reload', () => {
    window.localStorage.setItem(KEY, JSON.stringify(setRead(EMPTY_PROGRESS, 'models/gans', true, AT)));
    render(<GansStatus />);
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('read');
    act(() => button.click());
    expect(button.textContent).toBe('unread');
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual({version: 1, read: {}, quiz: {}});
    act(() => button.click());
    expect(button.textContent).toBe('read');
    cleanup();
    render(<GansStatus />);
    expect(screen.getByRole('button').textContent).toBe('read');
  });

  it('follows another tab', () => {
    render(<GansStatus />);
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('unread');
    act(() => otherTabWrites(JSON.stringify(setRead(EMPTY_PROGRESS, 'models/gans', true, AT))));
    expect(button.textContent).toBe('read');
    act(() => otherTabWrites(null));
    expect(button.textContent).toBe('unread');
  });

  it('clears, and says when the browser refuses to store', () => {
    render(<GansStatus />);
    act(() => {
      expect(saveProgress(KEY, setRead(EMPTY_PROGRESS, 'models/gans', true, AT))).toBe(true);
    });
    expect(screen.getByRole('button').textContent).toBe('read');
    act(() => {
      expect(clearProgress(KEY)).toBe(true);
    });
    expect(window.localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByRole('button').textContent).toBe('unread');

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    act(() => {
      expect(saveProgress(KEY, setRead(EMPTY_PROGRESS, 'models/gans', true, AT))).toBe(false);
    });
    // The page still answers the click; only a reload would lose it.
    expect(screen.getByRole('button').textContent).toBe('read');
  });
});
