/**
 * A note's dated updates, under its title: the newest in full ("Updated 1 December 2026:
 * …"), older ones in a native <details>, so the list opens without JavaScript. Each links
 * to the section that changed, when the entry names one. Placed by
 * src/theme/DocItem/Content from the front matter's `updates` (checked by
 * plugins/content-guards/updates.mjs); /whats-new gathers the same entries site-wide.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {formatLongDate, type NoteUpdate} from '@site/src/utils/noteMeta';
import styles from './styles.module.css';

export type Props = {
  /** The note's updates, newest first, as readNoteUpdates returns them. */
  updates: readonly NoteUpdate[];
};

function Change({update}: {update: NoteUpdate}): ReactNode {
  return (
    <>
      {update.summary}
      {update.section !== undefined && (
        <>
          {' '}
          See <Link to={`#${update.section}`}>{update.sectionTitle ?? update.section}</Link>.
        </>
      )}
    </>
  );
}

export default function NoteUpdates({updates}: Props): ReactNode {
  const [latest, ...earlier] = updates;
  if (latest === undefined) return null;
  for (let i = 1; i < updates.length; i += 1) {
    const [newer, older] = [updates[i - 1], updates[i]];
    if (newer && older && older.date > newer.date) {
      throw new Error(
        `NoteUpdates: updates must be newest first (${older.date} is listed after ${newer.date}).`,
      );
    }
  }
  return (
    // Search indexes the note's text, not its change log.
    <div className={styles.updates} data-pagefind-ignore="all">
      <p className={styles.latest}>
        <span className={styles.label}>
          Updated <time dateTime={latest.date}>{formatLongDate(latest.date)}</time>:
        </span>{' '}
        <Change update={latest} />
      </p>
      {earlier.length > 0 && (
        <details className={styles.earlier}>
          <summary>Earlier updates ({earlier.length})</summary>
          <ul>
            {earlier.map((update, index) => (
              <li key={`${update.date}-${index}`}>
                <time dateTime={update.date}>{formatLongDate(update.date)}</time>: <Change update={update} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
