/**
 * A reader's progress, kept in their own browser (no account, no server): the notes they
 * marked as read and their last quiz score per note. Pure functions over one versioned
 * shape; `useProgress.ts` keeps it in localStorage, and `progressFile.ts` checks, merges
 * and writes the files of "Export" and "Import". This part is on every note: keep it small.
 *
 * ```json
 * {"version": 1,
 *  "read": {"models/gans": "2026-12-01T09:30:00.000Z"},
 *  "quiz": {"models/gans": {"score": 3, "total": 4, "at": "2026-12-01T09:25:00.000Z"}}}
 * ```
 *
 * Pages are named by doc id, as in front matter and `src/data/learning-paths.ts`.
 */

export const PROGRESS_VERSION = 1;

/** The last time the reader checked a note's quiz: questions right of all questions. */
export type QuizScore = {score: number; total: number; at: string};

export type Progress = {
  version: typeof PROGRESS_VERSION;
  /** Doc id → when the reader marked it as read (ISO 8601). */
  read: Readonly<Record<string, string>>;
  /** Doc id → the last quiz score on that note. */
  quiz: Readonly<Record<string, QuizScore>>;
};

export const EMPTY_PROGRESS: Progress = Object.freeze({
  version: PROGRESS_VERSION,
  read: Object.freeze({}),
  quiz: Object.freeze({}),
});

export function isRead(progress: Progress, docId: string): boolean {
  return Object.prototype.hasOwnProperty.call(progress.read, docId);
}

/** The progress with `docId` marked as read at `now`, or no longer read. */
export function setRead(progress: Progress, docId: string, marked: boolean, now: Date): Progress {
  const others = Object.entries(progress.read).filter(([id]) => id !== docId);
  const read = marked ? [...others, [docId, now.toISOString()] as const] : others;
  return {...progress, read: Object.fromEntries(read)};
}

/** The progress with `score` of `total` as the note's last quiz score. */
export function recordQuizScore(
  progress: Progress,
  docId: string,
  score: number,
  total: number,
  now: Date,
): Progress {
  return {...progress, quiz: {...progress.quiz, [docId]: {score, total, at: now.toISOString()}}};
}

/** How far a reader is along a learning path, and the first page of it not read yet. */
export function pathProgress(
  progress: Progress,
  docIds: readonly string[],
): {read: number; total: number; next: string | undefined} {
  return {
    read: docIds.filter((id) => isRead(progress, id)).length,
    total: docIds.length,
    next: docIds.find((id) => !isRead(progress, id)),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isQuizScore(value: unknown): value is QuizScore {
  return (
    isObject(value) &&
    typeof value.score === 'number' &&
    typeof value.total === 'number' &&
    typeof value.at === 'string'
  );
}

/** The entries of `value` that pass `check`, as a new object (no inherited names). */
function entriesOf<T>(value: unknown, check: (entry: unknown) => entry is T): Record<string, T> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, T] => check(entry[1])));
}

/**
 * The stored value, or no progress when there is none or it is unreadable. What this site
 * wrote is trusted after a light check; entries of the wrong shape are dropped. Files from
 * elsewhere go through `progressFile.ts`'s full check instead.
 */
export function readStoredProgress(raw: string | null): Progress {
  try {
    const data: unknown = raw === null ? null : JSON.parse(raw);
    if (!isObject(data) || data.version !== PROGRESS_VERSION) return EMPTY_PROGRESS;
    return {
      version: PROGRESS_VERSION,
      read: entriesOf(data.read, (at): at is string => typeof at === 'string'),
      quiz: entriesOf(data.quiz, isQuizScore),
    };
  } catch {
    return EMPTY_PROGRESS;
  }
}
