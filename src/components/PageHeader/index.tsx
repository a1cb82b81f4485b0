/**
 * The facts a reader wants before starting a note, shown under its title: how hard it is,
 * what to read first (each prerequisite linked by its title), how long it takes, and when
 * its facts were last checked. Placed by src/theme/DocItem/Content from the front matter.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {useDocLinkResolver} from '@site/src/utils/docLinks';
import {DIFFICULTIES, formatLongDate, isIsoDate, type Difficulty} from '@site/src/utils/noteMeta';
import styles from './styles.module.css';

export type Props = {
  /** How much background the note assumes: `beginner`, `intermediate` or `advanced`. */
  difficulty: Difficulty;
  /** Doc ids (`section/slug`) of the notes to read first, in order; empty for none. */
  prerequisites: readonly string[];
  /** Estimated reading time in whole minutes (computed by plugins/remark-reading-time.ts). */
  readingTimeMinutes: number;
  /** The day the note's facts were last checked, `YYYY-MM-DD`. */
  lastReviewed: string;
};

const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Title and URL of each prerequisite; throws for an id that names no doc. */
function usePrerequisiteLinks(ids: readonly string[]): {id: string; title: string; href: string}[] {
  const {docs} = useDocsVersion();
  const resolve = useDocLinkResolver();
  return ids.map((id) => {
    const href = resolve(id, 'PageHeader: prerequisite');
    const title = docs[id]?.title;
    if (title === undefined) {
      throw new Error(`PageHeader: prerequisite "${id}" names no doc of this version of the docs.`);
    }
    return {id, title, href};
  });
}

export default function PageHeader({
  difficulty,
  prerequisites,
  readingTimeMinutes,
  lastReviewed,
}: Props): ReactNode {
  const links = usePrerequisiteLinks(prerequisites);
  if (!(DIFFICULTIES as readonly string[]).includes(difficulty)) {
    throw new Error(
      `PageHeader: difficulty must be one of ${DIFFICULTIES.join(', ')}, got ${JSON.stringify(difficulty)}.`,
    );
  }
  if (!Number.isInteger(readingTimeMinutes) || readingTimeMinutes < 1) {
    throw new Error(
      `PageHeader: readingTimeMinutes must be a whole number of at least 1, got ${readingTimeMinutes}.`,
    );
  }
  if (!isIsoDate(lastReviewed)) {
    throw new Error(
      `PageHeader: lastReviewed must be a date written YYYY-MM-DD, got ${JSON.stringify(lastReviewed)}.`,
    );
  }
  const level = DIFFICULTIES.indexOf(difficulty) + 1;
  return (
    // Search indexes the note's text, not this summary of it.
    <dl className={styles.pageHeader} data-pagefind-ignore="all">
      <div className={styles.fact}>
        <dt>Difficulty</dt>
        <dd>
          <span className={styles.meter} aria-hidden="true">
            {DIFFICULTIES.map((step, index) => (
              <span key={step} className={index < level ? styles.filled : styles.empty} />
            ))}
          </span>
          {DIFFICULTY_LABELS[difficulty]}
        </dd>
      </div>
      <div className={styles.fact}>
        <dt>Prerequisites</dt>
        <dd>
          {links.length === 0 ? (
            'None'
          ) : (
            <ul className={styles.prerequisites}>
              {links.map((link) => (
                <li key={link.id}>
                  <Link to={link.href}>{link.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className={styles.fact}>
        <dt>Reading time</dt>
        <dd>
          About {readingTimeMinutes} {readingTimeMinutes === 1 ? 'minute' : 'minutes'}
        </dd>
      </div>
      <div className={styles.fact}>
        <dt>Last reviewed</dt>
        <dd>
          <time dateTime={lastReviewed}>{formatLongDate(lastReviewed)}</time>
        </dd>
      </div>
    </dl>
  );
}
