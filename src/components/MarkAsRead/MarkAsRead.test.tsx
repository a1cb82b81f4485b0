// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {EMPTY_PROGRESS, setRead} from '@site/src/utils/progress';
import {storageKey} from '@site/src/utils/useProgress';
import MarkAsRead from '.';

const KEY = storageKey('/');
const stored = () => JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as {read?: Record<string, string>};

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('MarkAsRead', () => {
  it('is a toggle whose name becomes "Marked as read", kept in the browser', async () => {
    render(<MarkAsRead docId="models/gans" />);
    const button = screen.getByRole('button', {name: 'Mark as read'});
    await userEvent.click(button);
    expect(button).toBe(screen.getByRole('button', {name: 'Marked as read'}));
    expect(Object.keys(stored().read ?? {})).toEqual(['models/gans']);
    await userEvent.click(button);
    expect(button).toBe(screen.getByRole('button', {name: 'Mark as read'}));
    expect(stored().read).toEqual({});
  });

  it('shows a note read on another visit as read', () => {
    window.localStorage.setItem(
      KEY,
      JSON.stringify(setRead(EMPTY_PROGRESS, 'models/gans', true, new Date('2026-11-30T10:00:00Z'))),
    );
    render(<MarkAsRead docId="models/gans" />);
    expect(screen.getByRole('button', {name: 'Marked as read'})).toBeTruthy();
  });

  it('is in the server HTML, disabled and unmarked, with both labels to hold its size', () => {
    window.localStorage.setItem(
      KEY,
      JSON.stringify(setRead(EMPTY_PROGRESS, 'models/gans', true, new Date('2026-11-30T10:00:00Z'))),
    );
    const html = renderToString(<MarkAsRead docId="models/gans" />);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-read="false"/);
    expect(html).toContain('Marked as read</span>');
    expect(html).toMatch(/data-shown="true" aria-hidden="false">Mark as read</);
  });
});
