/**
 * What /whats-new and its feeds show: every dated update of every listed note, newest
 * first, read from the notes' front matter as the build's guard normalised it
 * (plugins/content-guards/updates.mjs). One source, three outputs: the page, RSS, Atom.
 */
import {Feed} from 'feed';
import {readNoteUpdates} from '../../src/utils/noteMeta';
import type {WhatsNewEntry} from '../../src/components/WhatsNewPage';

/** What the plugin needs of a doc (a subset of the docs plugin's DocMetadata). */
export type DocForUpdates = {
  id: string;
  title: string;
  /** The page's path, with the site's base URL (`/kb/docs/models/gans`). */
  permalink: string;
  unlisted: boolean;
  frontMatter: Record<string, unknown>;
};

/** Where the page and its feeds live, under the site's base URL. */
export const WHATS_NEW_PATH = 'whats-new';
export const RSS_FILE = 'rss.xml';
export const ATOM_FILE = 'atom.xml';

/**
 * Every update of every listed doc, newest first; on the same day, by note title, and a
 * note's own entries in the order it lists them. Unlisted pages (the test pages) are left
 * out, as they are out of the sidebar, the sitemap and search.
 */
export function collectEntries(docs: readonly DocForUpdates[]): WhatsNewEntry[] {
  const entries = docs
    .filter((doc) => !doc.unlisted)
    .flatMap((doc) =>
      readNoteUpdates(doc.frontMatter.updates, `Updates of "${doc.id}"`).map((update, order) => ({
        entry: {
          date: update.date,
          summary: update.summary,
          noteTitle: doc.title,
          permalink: doc.permalink,
          ...(update.section !== undefined
            ? {section: update.section, sectionTitle: update.sectionTitle}
            : {}),
        } satisfies WhatsNewEntry,
        order,
      })),
    );
  entries.sort(
    (a, b) =>
      (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : 0) ||
      (a.entry.noteTitle < b.entry.noteTitle ? -1 : a.entry.noteTitle > b.entry.noteTitle ? 1 : 0) ||
      a.entry.permalink.localeCompare(b.entry.permalink) ||
      a.order - b.order,
  );
  return entries.map(({entry}) => entry);
}

/** The entry's link: its note, at the section when it names one. */
export function entryPath(entry: WhatsNewEntry): string {
  return entry.section === undefined ? entry.permalink : `${entry.permalink}#${entry.section}`;
}

/** Midnight UTC of a `YYYY-MM-DD` day. */
function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/**
 * The RSS 2.0 and Atom 1.0 documents, written by the `feed` package (as the blog plugin
 * of Docusaurus does). Links are absolute: `siteUrl` is the origin, `baseUrl` the path.
 */
export function buildFeeds({
  entries,
  siteUrl,
  baseUrl,
  siteTitle,
}: {
  entries: readonly WhatsNewEntry[];
  siteUrl: string;
  baseUrl: string;
  siteTitle: string;
}): {rss: string; atom: string} {
  const pageUrl = `${siteUrl}${baseUrl}${WHATS_NEW_PATH}`;
  const newest = entries[0];
  const feed = new Feed({
    id: pageUrl,
    title: `What's new: ${siteTitle}`,
    description: 'Every dated update to the notes, newest first.',
    link: pageUrl,
    language: 'en',
    // The newest entry, not the build time: a rebuild without news is not news.
    updated: newest ? dayStart(newest.date) : new Date(0),
    copyright: 'Notes and figures: CC BY 4.0',
    author: {name: siteTitle, link: `${siteUrl}${baseUrl}`},
    feedLinks: {rss: `${pageUrl}/${RSS_FILE}`, atom: `${pageUrl}/${ATOM_FILE}`},
  });
  const ids = new Map<string, number>();
  for (const entry of entries) {
    // Stable while the entry exists: its note and day (numbered when a note has two that day).
    const base = `${siteUrl}${entry.permalink}#update-${entry.date}`;
    const seen = (ids.get(base) ?? 0) + 1;
    ids.set(base, seen);
    const description =
      entry.section === undefined
        ? entry.summary
        : `${entry.summary} Section: ${entry.sectionTitle ?? entry.section}.`;
    feed.addItem({
      title: `${entry.noteTitle}: ${entry.summary}`,
      id: seen === 1 ? base : `${base}-${seen}`,
      link: `${siteUrl}${entryPath(entry)}`,
      date: dayStart(entry.date),
      description,
    });
  }
  return {rss: feed.rss2(), atom: feed.atom1()};
}
