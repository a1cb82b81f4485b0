// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {act, cleanup, render} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {EMPTY_PROGRESS, recordQuizScore} from '@site/src/utils/progress';
import {saveProgress, storageKey} from '@site/src/utils/useProgress';
import LastQuizScore, {localLongDate} from '.';

const KEY = storageKey('/');

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('LastQuizScore', () => {
  it('says a score will be kept, then shows the last one as it is recorded', () => {
    const {container} = render(<LastQuizScore docId="models/gans" />);
    expect(container.textContent).toBe('Check your answers: your last score is kept in this browser.');
    const at = new Date(2026, 11, 1, 9, 30);
    act(() => {
      saveProgress(KEY, recordQuizScore(EMPTY_PROGRESS, 'models/gans', 3, 5, at));
    });
    expect(container.textContent).toBe('Your last score here: 3 of 5 right, on 1 December 2026.');
    act(() => {
      saveProgress(KEY, recordQuizScore(EMPTY_PROGRESS, 'models/vaes', 1, 5, at));
    });
    expect(container.textContent, "another note's score is not this one's").toMatch(/^Check your answers/);
  });

  it('dates the score by the reader’s own day', () => {
    expect(localLongDate(new Date(2026, 11, 1, 23, 59).toISOString())).toBe('1 December 2026');
    expect(localLongDate(new Date(2027, 0, 2, 0, 1).toISOString())).toBe('2 January 2027');
  });

  it('is an empty line in the server HTML', () => {
    window.localStorage.setItem(
      KEY,
      JSON.stringify(recordQuizScore(EMPTY_PROGRESS, 'models/gans', 3, 5, new Date())),
    );
    expect(renderToString(<LastQuizScore docId="models/gans" />)).toMatch(
      /^<p class="[^"]+" data-pagefind-ignore="all"><\/p>$/,
    );
  });
});
