/**
 * The timeline's data model: checking src/data/timeline.json, reading its partial dates
 * (`2013`, `2013-12`, `2022-08-22`) and the small link syntax its texts use.
 */
import {monthName} from '@site/src/utils/noteMeta';

/** What a milestone is; each has a text label on the page (colour is only a second cue). */
export const MILESTONE_KINDS = ['paper', 'model', 'product', 'policy', 'award'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Singular and plural text labels for each kind. */
export const KIND_LABELS: Record<MilestoneKind, {one: string; many: string}> = {
  paper: {one: 'Paper', many: 'papers'},
  model: {one: 'Model', many: 'models'},
  product: {one: 'Product', many: 'products'},
  policy: {one: 'Policy', many: 'policies'},
  award: {one: 'Award', many: 'awards'},
};

/** A primary source: the paper, the law, or the company's own announcement. */
export type MilestoneSource = {
  /** Link text, e.g. `arXiv:1406.2661`. */
  label: string;
  /** Absolute http(s) URL. */
  url: string;
};

/** One entry of src/data/timeline.json. */
export type Milestone = {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source is. */
  date: string;
  /** Shown instead of the formatted date when one date cannot say it ("January and September 2016"). */
  dateLabel?: string;
  kind: MilestoneKind;
  /** What happened, with who did it. May contain links: `[text](doc-id#anchor)` or `[text](https://…)`. */
  title: string;
  /** Why it mattered, one or two sentences; same link syntax. */
  description: string;
  /** At least one. */
  sources: MilestoneSource[];
};

/** A piece of milestone text: plain text, or a link whose target is a doc id or an http(s) URL. */
export type TextPart = {text: string} | {text: string; target: string; external: boolean};

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const LINK = /\[([^[\]]+)\]\(([^()\s]+)\)/g;
const EXTERNAL = /^https?:\/\//;

/** Reads a partial ISO date; null when it is not one (or names no real day). */
export function parsePartialDate(value: string): {year: number; month?: number; day?: number} | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return {year};
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return {year, month};
  const day = Number(match[3]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= lastDay ? {year, month, day} : null;
}

/** `2013-12` → `December 2013`; `2022-08-22` → `22 August 2022`; `2016` → `2016`. */
export function formatPartialDate(value: string): string {
  const date = parsePartialDate(value);
  if (date === null)
    throw new Error(`Timeline: "${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD.`);
  if (date.month === undefined) return String(date.year);
  const month = `${monthName(date.month)} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}

/**
 * Splits text at `[label](target)` links. Throws on a bracket that does not form a link,
 * so a typo in the data file fails the build instead of printing raw Markdown.
 */
export function parseInlineLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = '', target = ''] = match;
    if (match.index > last) parts.push({text: text.slice(last, match.index)});
    parts.push({text: label, target, external: EXTERNAL.test(target)});
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({text: text.slice(last)});
  for (const part of parts) {
    if (!('target' in part) && /[[\]]/.test(part.text)) {
      throw new Error(
        `Timeline: "${text}" has a "[" or "]" that is not part of a link. Write links as [text](models/gans) or [text](https://…).`,
      );
    }
  }
  return parts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks the timeline data and returns it typed, oldest first (entries with the same
 * date keep their order). Throws a message naming the entry and what is wrong.
 */
export function checkMilestones(data: unknown, source = 'src/data/timeline.json'): Milestone[] {
  if (!Array.isArray(data) || data.length === 0) {
    throw new Error(`Timeline: ${source} must be a non-empty list of milestones.`);
  }
  const milestones = data.map((entry: unknown, index): Milestone => {
    const where = `Timeline: ${source}, entry ${index + 1}`;
    if (!isRecord(entry)) throw new Error(`${where} is not an object.`);
    const {date, dateLabel, kind, title, description, sources} = entry;
    const named = nonEmptyString(title) ? `${where} ("${title}")` : where;
    if (!nonEmptyString(title)) throw new Error(`${where} has no title.`);
    if (typeof date !== 'string' || parsePartialDate(date) === null) {
      throw new Error(`${named}: date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(date)}.`);
    }
    if (dateLabel !== undefined && !nonEmptyString(dateLabel)) {
      throw new Error(`${named}: dateLabel, when given, must be non-empty text.`);
    }
    if (typeof kind !== 'string' || !(MILESTONE_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `${named}: kind must be one of ${MILESTONE_KINDS.join(', ')}, got ${JSON.stringify(kind)}.`,
      );
    }
    if (!nonEmptyString(description)) throw new Error(`${named} has no description.`);
    if (!Array.isArray(sources) || sources.length === 0) {
      throw new Error(`${named} has no source: give at least one {label, url}.`);
    }
    const checkedSources = sources.map((s: unknown): MilestoneSource => {
      if (!isRecord(s) || !nonEmptyString(s.label) || typeof s.url !== 'string' || !EXTERNAL.test(s.url)) {
        throw new Error(`${named}: each source needs a label and an http(s) url, got ${JSON.stringify(s)}.`);
      }
      return {label: s.label, url: s.url};
    });
    // Parse now so a malformed link fails here, with the entry named.
    parseInlineLinks(title);
    parseInlineLinks(description);
    return {
      date,
      ...(dateLabel !== undefined && {dateLabel: dateLabel as string}),
      kind: kind as MilestoneKind,
      title,
      description,
      sources: checkedSources,
    };
  });
  // Partial ISO dates sort correctly as strings: "2016" < "2016-01" < "2016-01-05".
  return milestones
    .map((milestone, index) => ({milestone, index}))
    .sort((a, b) => a.milestone.date.localeCompare(b.milestone.date) || a.index - b.index)
    .map(({milestone}) => milestone);
}

/** Milestones per kind, in the order of {@link MILESTONE_KINDS}, leaving out kinds with none. */
export function countByKind(milestones: readonly Milestone[]): [MilestoneKind, number][] {
  return MILESTONE_KINDS.map((kind): [MilestoneKind, number] => [
    kind,
    milestones.filter((m) => m.kind === kind).length,
  ]).filter(([, count]) => count > 0);
}
