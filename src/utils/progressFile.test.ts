import {describe, expect, it} from 'vitest';
import {EMPTY_PROGRESS, recordQuizScore, setRead, type Progress} from './progress';
import {
  exportFileName,
  keepKnownPages,
  mergeProgress,
  parseProgressFile,
  serializeProgress,
  validateProgress,
} from './progressFile';

const MORNING = new Date('2026-12-01T09:00:00.000Z');
const EVENING = new Date('2026-12-01T18:00:00.000Z');
const KNOWN = new Set(['models/gans', 'models/vaes', 'models/notation']);

function errorOf(text: string, known: ReadonlySet<string> = KNOWN): string {
  const result = parseProgressFile(text, known);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.error;
}

describe('mergeProgress', () => {
  it('adds the pages of both and keeps the more recent date and score', () => {
    const here: Progress = {
      version: 1,
      read: {'models/gans': '2026-11-30T10:00:00.000Z'},
      quiz: {'models/gans': {score: 4, total: 4, at: '2026-12-01T10:00:00.000Z'}},
    };
    const file: Progress = {
      version: 1,
      read: {'models/gans': '2026-12-01T08:00:00.000Z', 'models/vaes': '2026-11-01T08:00:00.000Z'},
      quiz: {
        'models/gans': {score: 1, total: 4, at: '2026-11-20T10:00:00.000Z'},
        'models/vaes': {score: 2, total: 5, at: '2026-11-20T10:00:00.000Z'},
      },
    };
    expect(mergeProgress(here, file)).toEqual({
      version: 1,
      read: {'models/gans': '2026-12-01T08:00:00.000Z', 'models/vaes': '2026-11-01T08:00:00.000Z'},
      quiz: {
        'models/gans': {score: 4, total: 4, at: '2026-12-01T10:00:00.000Z'},
        'models/vaes': {score: 2, total: 5, at: '2026-11-20T10:00:00.000Z'},
      },
    });
  });
});

describe('export and import', () => {
  const progress = recordQuizScore(
    setRead(setRead(EMPTY_PROGRESS, 'models/vaes', true, MORNING), 'models/gans', true, EVENING),
    'models/gans',
    2,
    3,
    EVENING,
  );

  it('writes a file that reads back as the same progress', () => {
    const text = serializeProgress(progress);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      read: {'models/gans': '2026-12-01T18:00:00.000Z', 'models/vaes': '2026-12-01T09:00:00.000Z'},
      quiz: {'models/gans': {score: 2, total: 3, at: '2026-12-01T18:00:00.000Z'}},
    });
    // Sorted by page, so two exports of the same progress are the same file.
    expect(text.indexOf('models/gans')).toBeLessThan(text.indexOf('models/vaes'));
    expect(parseProgressFile(text, KNOWN)).toEqual({ok: true, progress});
  });

  it('exports only the pages the site has', () => {
    const withGone = setRead(progress, 'models/retired', true, MORNING);
    expect(Object.keys(keepKnownPages(withGone, KNOWN).read)).toEqual(['models/vaes', 'models/gans']);
  });

  it('names the file by the day', () => {
    expect(exportFileName(EVENING)).toBe('generative-ai-progress-2026-12-01.json');
  });

  it('accepts a file with only a version, and dates without a time', () => {
    expect(parseProgressFile('{"version": 1}', KNOWN)).toEqual({ok: true, progress: EMPTY_PROGRESS});
    expect(parseProgressFile('{"version": 1, "read": {"models/gans": "2026-12-01"}}', KNOWN).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'version: 1', 'The file is not JSON: choose a file that "Export" saved.'],
    ['not an object', '[1, 2]', 'The file does not hold a progress record (a JSON object).'],
    ['no version', '{"read": {}}', 'The file has no "version": it is not a progress file from this site.'],
    [
      'another version',
      '{"version": 2, "read": {}}',
      'The file is in version 2 of the progress format; this site reads version 1.',
    ],
    [
      'extra fields',
      '{"version": 1, "bookmarks": []}',
      'The file has fields a progress file does not have: "bookmarks".',
    ],
    [
      'read as a list',
      '{"version": 1, "read": ["models/gans"]}',
      '"read" must be an object of page ids and dates.',
    ],
    [
      'a read date that is not one',
      '{"version": 1, "read": {"models/gans": "yesterday"}}',
      '"read" → "models/gans" must be a date such as "2026-12-01T09:30:00.000Z", not "yesterday".',
    ],
    [
      'an impossible date',
      '{"version": 1, "read": {"models/gans": "2026-13-45"}}',
      '"read" → "models/gans" must be a date such as "2026-12-01T09:30:00.000Z", not "2026-13-45".',
    ],
    ['quiz as a number', '{"version": 1, "quiz": 3}', '"quiz" must be an object of page ids and scores.'],
    [
      'a score above the total',
      '{"version": 1, "quiz": {"models/gans": {"score": 5, "total": 4, "at": "2026-12-01"}}}',
      '"quiz" → "models/gans": "score" must be a whole number from 0 to "total" (4).',
    ],
    [
      'no questions',
      '{"version": 1, "quiz": {"models/gans": {"score": 0, "total": 0, "at": "2026-12-01"}}}',
      '"quiz" → "models/gans": "total" must be a whole number of questions, 1 or more.',
    ],
    [
      'a score without a date',
      '{"version": 1, "quiz": {"models/gans": {"score": 1, "total": 4}}}',
      '"quiz" → "models/gans": "at" must be a date such as "2026-12-01T09:30:00.000Z".',
    ],
    [
      'a page the site does not have',
      '{"version": 1, "read": {"models/gans": "2026-12-01", "models/unicorns": "2026-12-01"}}',
      'The file names a page this site does not have: "models/unicorns".',
    ],
    [
      'many pages the site does not have',
      '{"version": 1, "read": {"a": "2026-12-01", "b": "2026-12-01", "c": "2026-12-01"}, "quiz": {"d": {"score": 1, "total": 1, "at": "2026-12-01"}, "a": {"score": 1, "total": 1, "at": "2026-12-01"}}}',
      'The file names 4 pages this site does not have: "a", "b", "c" and 1 more.',
    ],
  ])('refuses %s with a precise message', (_, text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('keeps "__proto__" a page name, not a prototype', () => {
    const result = validateProgress(JSON.parse('{"version": 1, "read": {"__proto__": "2026-12-01"}}'));
    expect(result.ok && Object.getPrototypeOf(result.progress.read)).toBe(Object.prototype);
    expect(result.ok && Object.keys(result.progress.read)).toEqual(['__proto__']);
  });
});
