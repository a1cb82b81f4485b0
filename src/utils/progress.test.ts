import {describe, expect, it} from 'vitest';
import {EMPTY_PROGRESS, isRead, pathProgress, readStoredProgress, recordQuizScore, setRead} from './progress';

const MORNING = new Date('2026-12-01T09:00:00.000Z');
const EVENING = new Date('2026-12-01T18:00:00.000Z');
describe('marking notes as read', () => {
  it('marks, unmarks and leaves the original untouched', () => {
    const marked = setRead(EMPTY_PROGRESS, 'models/gans', true, MORNING);
    expect(marked.read).toEqual({'models/gans': '2026-12-01T09:00:00.000Z'});
    expect(isRead(marked, 'models/gans')).toBe(true);
    expect(isRead(EMPTY_PROGRESS, 'models/gans')).toBe(false);
    const unmarked = setRead(marked, 'models/gans', false, EVENING);
    expect(isRead(unmarked, 'models/gans')).toBe(false);
    expect(unmarked.read).toEqual({});
  });

  it('does not take inherited names for pages read', () => {
    expect(isRead(EMPTY_PROGRESS, 'toString')).toBe(false);
  });

  it('keeps the last quiz score per note', () => {
    const first = recordQuizScore(EMPTY_PROGRESS, 'models/gans', 1, 4, MORNING);
    const second = recordQuizScore(first, 'models/gans', 3, 4, EVENING);
    expect(second.quiz).toEqual({'models/gans': {score: 3, total: 4, at: '2026-12-01T18:00:00.000Z'}});
  });
});

describe('pathProgress', () => {
  const steps = ['models/notation', 'models/vaes', 'models/gans'];

  it('counts the pages read and names the first one not read', () => {
    expect(pathProgress(EMPTY_PROGRESS, steps)).toEqual({read: 0, total: 3, next: 'models/notation'});
    const some = setRead(
      setRead(EMPTY_PROGRESS, 'models/notation', true, MORNING),
      'models/gans',
      true,
      MORNING,
    );
    expect(pathProgress(some, steps)).toEqual({read: 2, total: 3, next: 'models/vaes'});
    const all = setRead(some, 'models/vaes', true, MORNING);
    expect(pathProgress(all, steps)).toEqual({read: 3, total: 3, next: undefined});
  });
});

describe('readStoredProgress', () => {
  it('reads what was stored, and treats nothing or garbage as no progress', () => {
    const stored = recordQuizScore(
      setRead(EMPTY_PROGRESS, 'models/gans', true, MORNING),
      'models/gans',
      1,
      2,
      MORNING,
    );
    expect(readStoredProgress(JSON.stringify(stored))).toEqual(stored);
    expect(readStoredProgress(null)).toBe(EMPTY_PROGRESS);
    expect(readStoredProgress('{not json')).toBe(EMPTY_PROGRESS);
    expect(readStoredProgress('[]')).toBe(EMPTY_PROGRESS);
    expect(readStoredProgress('{"version": 7}')).toBe(EMPTY_PROGRESS);
    expect(readStoredProgress('{"version": 1}')).toEqual(EMPTY_PROGRESS);
  });

  it('drops entries of the wrong shape and keeps the rest', () => {
    const raw = JSON.stringify({
      version: 1,
      read: {'models/gans': '2026-12-01T09:00:00.000Z', 'models/vaes': 42},
      quiz: {'models/gans': {score: 1}, 'models/vaes': {score: 1, total: 2, at: '2026-12-01T09:00:00.000Z'}},
    });
    expect(readStoredProgress(raw)).toEqual({
      version: 1,
      read: {'models/gans': '2026-12-01T09:00:00.000Z'},
      quiz: {'models/vaes': {score: 1, total: 2, at: '2026-12-01T09:00:00.000Z'}},
    });
  });
});
