#!/usr/bin/env node
/**
 * `npm run review-due [-- --today YYYY-MM-DD]`: the notes whose `last_reviewed` date is
 * more than six months old, oldest first, as Markdown (a weekly workflow writes it to the
 * job summary). A report, not a test: it always exits 0, because time passing must never
 * break CI.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {listNotes, splitFrontMatter} from './lib/notes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A note is due when it was last reviewed before this many months ago. */
export const REVIEW_MONTHS = 6;

/** `YYYY-MM-DD` of the same day `months` months earlier (31 August → 28 or 29 February). */
export function monthsBefore(day, months) {
  const [year, month, date] = day.split('-').map(Number);
  const total = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(date, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (both `YYYY-MM-DD`). */
function monthsBetween(from, to) {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

function isoDay(value) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return null;
}

/**
 * The listed notes under `siteDir/docs` that are due on `today`, oldest first, and the
 * ones whose date could not be read.
 * @param {{siteDir: string, today: string}} options
 */
export function findReviewDue({siteDir, today}) {
  const cutoff = monthsBefore(today, REVIEW_MONTHS);
  const due = [];
  const unreadable = [];
  let checked = 0;
  for (const file of listNotes(siteDir)) {
    const rel = path.relative(siteDir, file).split(path.sep).join('/');
    const {data} = splitFrontMatter(readFileSync(file, 'utf8'));
    if (data?.unlisted === true) continue;
    if (data?.last_reviewed === undefined) continue; // pages without a review date (none today)
    checked += 1;
    const lastReviewed = isoDay(data.last_reviewed);
    if (lastReviewed === null) unreadable.push({file: rel});
    else if (lastReviewed < cutoff)
      due.push({
        file: rel,
        title: String(data.title ?? rel),
        lastReviewed,
        months: monthsBetween(lastReviewed, today),
      });
  }
  due.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.file.localeCompare(b.file));
  return {today, cutoff, checked, due, unreadable};
}

/** The report as Markdown (readable in a terminal and in a GitHub job summary). */
export function formatReport({today, cutoff, checked, due, unreadable}) {
  const lines = ['## Notes due for review', ''];
  lines.push(
    `${today}: a note is due when its \`last_reviewed\` date is more than ${REVIEW_MONTHS} months old (before ${cutoff}). ${checked} notes checked.`,
    '',
  );
  if (due.length === 0) {
    lines.push(`No note is due for review: every \`last_reviewed\` date is on or after ${cutoff}.`);
  } else {
    lines.push(`${due.length} ${due.length === 1 ? 'note is' : 'notes are'} due, oldest first:`, '');
    lines.push('| Note | File | Last reviewed | Months ago |', '| --- | --- | --- | --- |');
    for (const note of due) {
      lines.push(
        `| ${note.title.replace(/\|/g, '\\|')} | \`${note.file}\` | ${note.lastReviewed} | ${note.months} |`,
      );
    }
    lines.push(
      '',
      'Check each note\'s time-sensitive claims ("as of …") against their sources, then set `last_reviewed` (CONTRIBUTING.md#claims-that-go-stale).',
    );
  }
  if (unreadable.length > 0) {
    lines.push(
      '',
      `\`last_reviewed\` is not a YYYY-MM-DD date in: ${unreadable.map((u) => `\`${u.file}\``).join(', ')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--today');
  const today = at > 0 ? (process.argv[at + 1] ?? '') : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.log(`review-due: --today must be a date written YYYY-MM-DD, not "${today}"; nothing checked.`);
  } else {
    try {
      process.stdout.write(formatReport(findReviewDue({siteDir: root, today})));
    } catch (error) {
      // Still a report, never a failure: say what went wrong.
      console.log(
        `review-due: could not read the notes (${error instanceof Error ? error.message : error}).`,
      );
    }
  }
}
