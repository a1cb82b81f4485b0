/**
 * The `updates` list of a note's front matter: dated, one-sentence notes of what changed,
 * newest first, shown under the note's title and gathered on /whats-new and its feeds.
 *
 *   updates:
 *     - date: 2026-12-01
 *       summary: One sentence saying what changed.
 *       section: video-diffusion   # optional: a heading id of this note
 *
 * Checked by the front-matter hook (frontmatter.mjs), so a bad entry stops the build and
 * `npm run check:notes` with the file and the line of the entry. The hook then stores the
 * list normalised (dates as `YYYY-MM-DD` strings, and the section's heading text as
 * `section_title`), which is what the page, /whats-new and the feeds read.
 */
import yaml from 'js-yaml';
import {headings} from '../../scripts/lib/notes.mjs';
import {lineOfEntry, lineOfKey} from './lines.mjs';
import {help} from './messages.mjs';

/** A summary is one sentence; this keeps it one that fits a feed reader's line. */
export const SUMMARY_MAX_LENGTH = 240;

const UPDATE_KEYS = ['date', 'summary', 'section'];

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(now = new Date()) {
  return now.toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isCalendarDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The front matter as written, with dates left as the strings in the file. YAML's default
 * schema turns `2026-02-30` into 2 March without a word; the core schema keeps the text.
 */
export function rawFrontMatter(fileContent) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(fileContent);
  if (!match) return {};
  try {
    const data = yaml.load(match[1], {schema: yaml.CORE_SCHEMA});
    return data && typeof data === 'object' ? data : {};
  } catch {
    return {}; // the hook has already reported the YAML error
  }
}

/** Heading text as a reader sees it: no code ticks, emphasis markers or math dollars. */
function plainHeading(title) {
  return title.replace(/[`*$]/g, '').replace(/\s+/g, ' ').trim();
}

/** Markdown or HTML a plain-text summary must not contain, with what to tell the writer. */
const NOT_PLAIN = [
  [/\]\(/, 'a Markdown link'],
  [/`/, 'a code span'],
  [/\*\*|__|(^|\s)[*_]\S/, 'emphasis'],
  [/<\/?[A-Za-z!]/, 'HTML'],
];

/**
 * Checks and normalises a note's `updates`.
 *
 * @param {{relPath: string, fileContent: string, updates: unknown, lastReviewed?: unknown,
 *   today: string}} input `updates` as parsed for Docusaurus (dates may be Date objects);
 *   the dates themselves are read from the file's text.
 * @returns {{updates: Array<{date: string, summary: string, section?: string,
 *   section_title?: string}>, problems: string[]}}
 */
export function checkUpdates({relPath, fileContent, updates, lastReviewed, today}) {
  const problems = [];
  if (updates === undefined || updates === null) return {updates: [], problems};
  const at = (index, field) => `${relPath}:${lineOfEntry(fileContent, 'updates', index, field)}`;
  const fix = help('update-notes');
  if (!Array.isArray(updates)) {
    problems.push(
      `${at(0)}: front matter "updates" must be a list of entries (- date: …, summary: …), newest first ${fix}`,
    );
    return {updates: [], problems};
  }
  const raw = rawFrontMatter(fileContent).updates;
  const rawList = Array.isArray(raw) ? raw : [];
  const sections = new Map(
    headings(fileContent)
      .filter((h) => h.id !== null)
      .map((h) => [h.id, plainHeading(h.title)]),
  );
  const out = [];
  let previous = null;
  updates.forEach((entry, index) => {
    const n = `update ${index + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(`${at(index)}: ${n} must be an entry with "date:" and "summary:" ${fix}`);
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!UPDATE_KEYS.includes(key)) {
        problems.push(
          `${at(index, key)}: ${n} has an unknown key "${key}" (an entry has date, summary and optionally section) ${fix}`,
        );
      }
    }
    // The date as written in the file (a YAML Date has already rolled 02-30 over to 03-02).
    const rawEntry = rawList[index];
    const writtenDate =
      rawEntry && typeof rawEntry === 'object' && 'date' in rawEntry ? rawEntry.date : entry.date;
    let date = null;
    if (writtenDate === undefined || writtenDate === null) {
      problems.push(`${at(index)}: ${n} has no "date": add "date: YYYY-MM-DD" ${fix}`);
    } else if (!isCalendarDate(writtenDate)) {
      problems.push(
        `${at(index, 'date')}: ${n} "date" must be a real date written YYYY-MM-DD (found "${writtenDate}") ${fix}`,
      );
    } else if (String(writtenDate) > today) {
      problems.push(
        `${at(index, 'date')}: ${n} is dated ${writtenDate}, after today (${today}, UTC): date an update the day it is published ${fix}`,
      );
    } else {
      date = String(writtenDate);
      if (previous !== null && date > previous) {
        problems.push(
          `${at(index, 'date')}: ${n} (${date}) is newer than the entry above it (${previous}): list updates newest first ${fix}`,
        );
      }
      previous = date;
    }
    const {summary, section} = entry;
    let text = null;
    if (typeof summary !== 'string' || summary.trim() === '') {
      problems.push(
        `${at(index, 'summary')}: ${n} has no "summary": add one sentence saying what changed ${fix}`,
      );
    } else {
      text = summary.trim().replace(/\s+/g, ' ');
      const markup = NOT_PLAIN.find(([pattern]) => pattern.test(text));
      if (text.length > SUMMARY_MAX_LENGTH) {
        problems.push(
          `${at(index, 'summary')}: ${n} "summary" must be at most ${SUMMARY_MAX_LENGTH} characters (it has ${text.length}): one sentence ${fix}`,
        );
      } else if (markup) {
        problems.push(
          `${at(index, 'summary')}: ${n} "summary" must be plain text, without ${markup[1]} (link to a section with "section:") ${fix}`,
        );
      } else if (!/[.!?]["')\u201d]*$/.test(text)) {
        problems.push(
          `${at(index, 'summary')}: ${n} "summary" must be one sentence ending with a full stop ${fix}`,
        );
      }
    }
    let sectionTitle;
    if (section !== undefined) {
      const id = String(section).replace(/^#/, '');
      sectionTitle = sections.get(id);
      if (sectionTitle === undefined) {
        problems.push(
          `${at(index, 'section')}: ${n} "section" "${section}" is not a heading id of this note (use the id in {/* #id */} of a ## or ### heading) ${fix}`,
        );
      }
    }
    if (date !== null && text !== null) {
      out.push({
        date,
        summary: text,
        ...(section !== undefined && sectionTitle !== undefined
          ? {section: String(section).replace(/^#/, ''), section_title: sectionTitle}
          : {}),
      });
    }
  });
  const newest = out[0]?.date;
  const reviewed =
    lastReviewed instanceof Date ? lastReviewed.toISOString().slice(0, 10) : String(lastReviewed ?? '');
  if (newest !== undefined && lastReviewed !== undefined && reviewed < newest) {
    const line = lineOfKey(fileContent, 'last_reviewed');
    problems.push(
      `${relPath}:${line}: front matter "last_reviewed" (${reviewed}) is older than the newest update (${newest}): check the note's facts and set last_reviewed to that day or later ${fix}`,
    );
  }
  return {updates: out, problems};
}
