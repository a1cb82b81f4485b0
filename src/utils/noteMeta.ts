/**
 * The metadata a note carries in its front matter (difficulty, prerequisites, last-reviewed
 * date) plus the reading time that plugins/remark-reading-time.ts adds at build time, read
 * and checked in one place for the page header and "Cite this page".
 *
 * Front matter reaches the client in two shapes: YAML turns `last_reviewed: 2026-11-22`
 * into a Date in the MDX module's `frontMatter` export, and into a string once it has been
 * through JSON (`metadata.frontMatter`). Both are accepted; dates are read and written in
 * UTC so the server and the browser render the same day.
 */

/** Difficulty levels, easiest first (the same list as scripts/lib/notes.mjs). */
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Front-matter key under which the remark plugin stores the computed reading time. */
export const READING_TIME_KEY = 'reading_time';

/** What plugins/remark-reading-time.ts stores under {@link READING_TIME_KEY}. */
export type ReadingTime = {
  /** Words a reader reads: prose, code, and formulas counted as words (see the plugin). */
  words: number;
  /** Whole minutes, at least 1. */
  minutes: number;
};

/** The header data of one note, checked. */
export type NoteMeta = {
  difficulty: Difficulty;
  /** Doc ids (`section/slug`), in the order the note lists them. */
  prerequisites: string[];
  readingTime: ReadingTime;
  /** `YYYY-MM-DD`. */
  lastReviewed: string;
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** English month name for a month number from 1 to 12. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new Error(`monthName: ${month} is not a month number (1–12).`);
  return name;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Normalises a front-matter date (a YAML Date, or an ISO string) to `YYYY-MM-DD`.
 * Throws, naming `context`, for anything else.
 */
export function toIsoDate(value: unknown, context: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${context}: the date is invalid.`);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    const day = value.slice(0, 10);
    if (isIsoDate(day) && (value.length === 10 || value[10] === 'T')) return day;
  }
  throw new Error(`${context}: expected a date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
}

/** `2026-11-22` → `22 November 2026` (the site's date style). */
export function formatLongDate(isoDate: string): string {
  if (!isIsoDate(isoDate)) throw new Error(`formatLongDate: "${isoDate}" is not a YYYY-MM-DD date.`);
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${monthName(month)} ${year}`;
}

/**
 * One dated update of a note, as the front-matter guard stores it
 * (plugins/content-guards/updates.mjs): the date as `YYYY-MM-DD`, one plain sentence, and
 * optionally the heading id and heading text of the section that changed.
 */
export type NoteUpdate = {
  date: string;
  summary: string;
  section?: string;
  sectionTitle?: string;
};

/**
 * Reads a page's `updates` (newest first). The build's guard has checked them, so this
 * only throws for data that did not come through it, naming `context`.
 */
export function readNoteUpdates(value: unknown, context: string): NoteUpdate[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new Error(`${context}: updates must be a list, got ${JSON.stringify(value)}.`);
  return value.map((entry: unknown, index): NoteUpdate => {
    const record = (entry ?? {}) as Partial<
      Record<'date' | 'summary' | 'section' | 'section_title', unknown>
    >;
    const {summary, section, section_title: sectionTitle} = record;
    if (typeof summary !== 'string' || summary === '') {
      throw new Error(`${context}: update ${index + 1} has no summary.`);
    }
    const date = toIsoDate(record.date, `${context}: update ${index + 1}`);
    if (typeof section === 'string' && typeof sectionTitle === 'string') {
      return {date, summary, section, sectionTitle};
    }
    return {date, summary};
  });
}

function isDifficulty(value: unknown): value is Difficulty {
  return typeof value === 'string' && (DIFFICULTIES as readonly string[]).includes(value);
}

function readReadingTime(value: unknown, context: string): ReadingTime {
  if (value === undefined) {
    throw new Error(
      `${context}: no reading time. It is computed at build time by plugins/remark-reading-time.ts: ` +
        'add it to the docs remarkPlugins in docusaurus.config.ts.',
    );
  }
  const record = value as Partial<Record<keyof ReadingTime, unknown>> | null;
  const {words, minutes} = record ?? {};
  if (
    typeof words !== 'number' ||
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < 1 ||
    words < 0
  ) {
    throw new Error(
      `${context}: "${READING_TIME_KEY}" must be {words, minutes}, got ${JSON.stringify(value)}.`,
    );
  }
  return {words, minutes};
}

/**
 * Reads the header data of a note from its front matter. Returns null for pages that are
 * not notes (no `difficulty`: test pages); throws for a note whose data is malformed, so
 * the build fails with a message naming the doc.
 */
export function readNoteMeta(frontMatter: Record<string, unknown>, docId: string): NoteMeta | null {
  if (frontMatter.difficulty === undefined) return null;
  const context = `Page header of "${docId}"`;
  const {difficulty, prerequisites, last_reviewed: lastReviewed} = frontMatter;
  if (!isDifficulty(difficulty)) {
    throw new Error(
      `${context}: difficulty must be one of ${DIFFICULTIES.join(', ')}, got ${JSON.stringify(difficulty)}.`,
    );
  }
  if (!Array.isArray(prerequisites) || !prerequisites.every((p): p is string => typeof p === 'string')) {
    throw new Error(
      `${context}: prerequisites must be a list of doc ids such as [models/notation] (use [] for none).`,
    );
  }
  if (lastReviewed === undefined) throw new Error(`${context}: last_reviewed is missing.`);
  return {
    difficulty,
    prerequisites,
    readingTime: readReadingTime(frontMatter[READING_TIME_KEY], context),
    lastReviewed: toIsoDate(lastReviewed, `${context}: last_reviewed`),
  };
}
