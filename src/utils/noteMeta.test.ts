import {describe, expect, it} from 'vitest';
import {formatLongDate, isIsoDate, monthName, readNoteMeta, toIsoDate} from './noteMeta';

const gans = {
  title: 'Generative adversarial networks (GANs)',
  difficulty: 'intermediate',
  prerequisites: ['models/notation', 'fundamentals/discriminative-vs-generative'],
  last_reviewed: new Date('2026-11-22T00:00:00.000Z'),
  reading_time: {words: 3012, minutes: 16},
};

describe('dates', () => {
  it('formats a review date in the site style', () => {
    expect(formatLongDate('2026-11-22')).toBe('22 November 2026');
    expect(formatLongDate('2024-02-01')).toBe('1 February 2024');
    expect(monthName(1)).toBe('January');
    expect(() => monthName(13)).toThrow(/not a month/);
  });

  it('accepts a YAML Date or an ISO string, read in UTC', () => {
    expect(toIsoDate(new Date('2026-11-22T00:00:00.000Z'), 'x')).toBe('2026-11-22');
    expect(toIsoDate('2026-11-22', 'x')).toBe('2026-11-22');
    expect(toIsoDate('2026-11-22T00:00:00.000Z', 'x')).toBe('2026-11-22');
  });

  it('rejects dates that do not exist or are not ISO', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(() => toIsoDate('22/11/2026', 'Page header of "x": last_reviewed')).toThrow(
      /last_reviewed: expected a date written YYYY-MM-DD/,
    );
    expect(() => toIsoDate(new Date('nonsense'), 'x')).toThrow(/invalid/);
    expect(() => formatLongDate('2026-13-01')).toThrow(/not a YYYY-MM-DD/);
  });
});

describe('readNoteMeta', () => {
  it('reads a note', () => {
    expect(readNoteMeta(gans, 'models/gans')).toEqual({
      difficulty: 'intermediate',
      prerequisites: ['models/notation', 'fundamentals/discriminative-vs-generative'],
      readingTime: {words: 3012, minutes: 16},
      lastReviewed: '2026-11-22',
    });
  });

  it('returns null for pages that are not notes', () => {
    expect(
      readNoteMeta({title: 'Kitchen sink', unlisted: true}, 'kitchen-sink/markdown-features'),
    ).toBeNull();
  });

  it('throws, naming the doc, on malformed front matter', () => {
    expect(() => readNoteMeta({...gans, difficulty: 'hard'}, 'models/gans')).toThrow(
      'Page header of "models/gans": difficulty must be one of beginner, intermediate, advanced, got "hard".',
    );
    expect(() => readNoteMeta({...gans, prerequisites: 'models/notation'}, 'models/gans')).toThrow(
      /prerequisites must be a list of doc ids/,
    );
    expect(() => readNoteMeta({...gans, last_reviewed: undefined}, 'models/gans')).toThrow(
      /last_reviewed is missing/,
    );
    expect(() => readNoteMeta({...gans, reading_time: {words: 10, minutes: 0}}, 'models/gans')).toThrow(
      /"reading_time" must be \{words, minutes\}/,
    );
  });

  it('explains how to fix a missing reading time (the remark plugin is not registered)', () => {
    expect(() => readNoteMeta({...gans, reading_time: undefined}, 'models/gans')).toThrow(
      /plugins\/remark-reading-time\.ts/,
    );
  });
});
