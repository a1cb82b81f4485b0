/**
 * The files of "Export" and "Import" (src/components/ProgressPanel): the full check of a
 * file from elsewhere, with messages a reader can act on, and merging. Only the landing
 * page loads this; the notes need only `progress.ts`.
 */
import {PROGRESS_VERSION, type Progress, type QuizScore} from './progress';

/** A progress file larger than this is not one of ours (1,000 notes take about 100 KB). */
export const MAX_FILE_BYTES = 2_000_000;

/**
 * Both together, for an import: every page read in either, and for each note the more
 * recent quiz score. Where both have a page read, the later date stays.
 */
export function mergeProgress(base: Progress, incoming: Progress): Progress {
  const read = {...base.read};
  for (const [id, at] of Object.entries(incoming.read)) {
    const current = read[id];
    if (current === undefined || Date.parse(at) > Date.parse(current)) read[id] = at;
  }
  const quiz = {...base.quiz};
  for (const [id, score] of Object.entries(incoming.quiz)) {
    const current = quiz[id];
    if (current === undefined || Date.parse(score.at) > Date.parse(current.at)) quiz[id] = score;
  }
  return {version: PROGRESS_VERSION, read, quiz};
}

/** Only the pages this site has: what an export holds, so it imports again. */
export function keepKnownPages(progress: Progress, knownPages: ReadonlySet<string>): Progress {
  const pick = <T>(entries: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(entries).filter(([id]) => knownPages.has(id)));
  return {version: PROGRESS_VERSION, read: pick(progress.read), quiz: pick(progress.quiz)};
}

/** "generative-ai-progress-2026-12-01.json" */
export function exportFileName(now: Date): string {
  return `generative-ai-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The text of an export file: readable, and in a stable order, so equal progress gives equal files. */
export function serializeProgress(progress: Progress): string {
  const sorted = <T>(entries: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(
    {version: PROGRESS_VERSION, read: sorted(progress.read), quiz: sorted(progress.quiz)},
    null,
    2,
  )}\n`;
}

// ---------------------------------------------------------------------------------------
// Validation: what an imported file must look like

export type ValidationResult = {ok: true; progress: Progress} | {ok: false; error: string};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && Number.isFinite(Date.parse(value));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** "models/gans, models/vaes and 3 more" */
function listIds(ids: string[]): string {
  const shown = ids.slice(0, 3).map((id) => `"${id}"`);
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * Checks that `data` is progress in this site's format and, when `knownPages` is given,
 * names only pages the site has. The error says what is wrong and where, in words a
 * reader can act on.
 */
export function validateProgress(data: unknown, knownPages?: ReadonlySet<string>): ValidationResult {
  const fail = (error: string): ValidationResult => ({ok: false, error});
  if (!isPlainObject(data)) return fail('The file does not hold a progress record (a JSON object).');
  if (!('version' in data))
    return fail('The file has no "version": it is not a progress file from this site.');
  if (data.version !== PROGRESS_VERSION) {
    return fail(
      `The file is in version ${JSON.stringify(data.version)} of the progress format; this site reads version ${PROGRESS_VERSION}.`,
    );
  }
  const extra = Object.keys(data).filter((key) => !['version', 'read', 'quiz'].includes(key));
  if (extra.length > 0) return fail(`The file has fields a progress file does not have: ${listIds(extra)}.`);
  const {read = {}, quiz = {}} = data;
  if (!isPlainObject(read)) return fail('"read" must be an object of page ids and dates.');
  if (!isPlainObject(quiz)) return fail('"quiz" must be an object of page ids and scores.');

  // Built with fromEntries, which defines own properties: a key such as "__proto__" stays data.
  const checkedRead: [string, string][] = [];
  for (const [id, at] of Object.entries(read)) {
    if (!isDate(at)) {
      return fail(
        `"read" → "${id}" must be a date such as "2026-12-01T09:30:00.000Z", not ${JSON.stringify(at)}.`,
      );
    }
    checkedRead.push([id, at]);
  }
  const checkedQuiz: [string, QuizScore][] = [];
  for (const [id, entry] of Object.entries(quiz)) {
    const where = `"quiz" → "${id}"`;
    if (!isPlainObject(entry)) return fail(`${where} must be an object with "score", "total" and "at".`);
    const {score, total, at} = entry;
    if (!isCount(total) || total === 0)
      return fail(`${where}: "total" must be a whole number of questions, 1 or more.`);
    if (!isCount(score) || score > total) {
      return fail(`${where}: "score" must be a whole number from 0 to "total" (${total}).`);
    }
    if (!isDate(at)) return fail(`${where}: "at" must be a date such as "2026-12-01T09:30:00.000Z".`);
    checkedQuiz.push([id, {score, total, at}]);
  }
  if (knownPages) {
    const unknown = [...new Set([...Object.keys(read), ...Object.keys(quiz)])].filter(
      (id) => !knownPages.has(id),
    );
    if (unknown.length > 0) {
      return fail(
        `The file names ${unknown.length === 1 ? 'a page' : `${unknown.length} pages`} this site does not have: ${listIds(unknown)}.`,
      );
    }
  }
  return {
    ok: true,
    progress: {
      version: PROGRESS_VERSION,
      read: Object.fromEntries(checkedRead),
      quiz: Object.fromEntries(checkedQuiz),
    },
  };
}

/** Reads an import file's text: JSON first, then the format and the pages. */
export function parseProgressFile(text: string, knownPages: ReadonlySet<string>): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {ok: false, error: 'The file is not JSON: choose a file that "Export" saved.'};
  }
  return validateProgress(data, knownPages);
}
