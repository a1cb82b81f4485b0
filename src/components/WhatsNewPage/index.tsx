/**
 * /whats-new: every dated update to the notes, newest first, grouped by month, each
 * linking to its note and, when it names one, to the section that changed. The route and
 * its props come from plugins/whats-new at build time, so the HTML lists every entry
 * without JavaScript; the same entries make the RSS and Atom feeds it links to.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {formatLongDate, isIsoDate, monthName} from '@site/src/utils/noteMeta';
import styles from './styles.module.css';

/** One update of one note. */
export type WhatsNewEntry = {
  /** `YYYY-MM-DD`. */
  date: string;
  /** One plain sentence: what changed. */
  summary: string;
  noteTitle: string;
  /** The note's path, with the site's base URL. */
  permalink: string;
  /** Heading id of the section that changed, if the entry names one. */
  section?: string;
  /** That heading's text. */
  sectionTitle?: string;
};

export type Props = {
  /** Newest first. */
  entries: readonly WhatsNewEntry[];
  /** Paths of the feeds, with the site's base URL. */
  rssPath: string;
  atomPath: string;
};

type Month = {label: string; entries: WhatsNewEntry[]};

/** Consecutive entries of the same month, in order; throws if the entries are not newest first. */
export function groupByMonth(entries: readonly WhatsNewEntry[]): Month[] {
  const months: Month[] = [];
  let previous: string | undefined;
  for (const entry of entries) {
    if (!isIsoDate(entry.date)) throw new Error(`WhatsNewPage: "${entry.date}" is not a YYYY-MM-DD date.`);
    if (previous !== undefined && entry.date > previous) {
      throw new Error(`WhatsNewPage: entries must be newest first (${entry.date} comes after ${previous}).`);
    }
    previous = entry.date;
    const label = `${monthName(Number(entry.date.slice(5, 7)))} ${entry.date.slice(0, 4)}`;
    const last = months[months.length - 1];
    if (last?.label === label) last.entries.push(entry);
    else months.push({label, entries: [entry]});
  }
  return months;
}

export default function WhatsNewPage({entries, rssPath, atomPath}: Props): ReactNode {
  const months = groupByMonth(entries);
  return (
    <Layout
      title="What's new"
      description="Every dated update to the notes, newest first, with RSS and Atom feeds.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">What&apos;s new</Heading>
        <p>
          Every dated update to the notes, newest first: new notes, new sections and corrections. Each note
          also lists its own updates under its title. Follow them in a feed reader:{' '}
          {/* pathname://: files, not routes; _self: Link would open them in a new tab. */}
          <Link to={`pathname://${rssPath}`} target="_self">
            RSS feed
          </Link>{' '}
          or{' '}
          <Link to={`pathname://${atomPath}`} target="_self">
            Atom feed
          </Link>
          .
        </p>
        {months.length === 0 && <p>No updates yet.</p>}
        {months.map((month) => (
          <section key={month.label}>
            <Heading as="h2">{month.label}</Heading>
            <ul className={styles.entries}>
              {month.entries.map((entry, index) => (
                <li key={`${entry.permalink}-${entry.date}-${index}`} className={styles.entry}>
                  <time dateTime={entry.date} className={styles.date}>
                    {formatLongDate(entry.date)}
                  </time>
                  <p className={styles.text}>
                    <Link to={entry.permalink} className={styles.note}>
                      {entry.noteTitle}
                    </Link>
                    : {entry.summary}
                    {entry.section !== undefined && (
                      <>
                        {' '}
                        See{' '}
                        <Link to={`${entry.permalink}#${entry.section}`}>
                          {entry.sectionTitle ?? entry.section}
                        </Link>
                        .
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
