/**
 * The glossary page's body, generated from src/data/glossary.json: terms in alphabetical
 * order under letter headings, a letter index, and for each term an anchor
 * (/docs/glossary#diffusion-model) and a link to the note that explains it.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import glossary from '@site/src/data/glossary.json';
import type {GlossaryEntry} from '@site/src/data/types';
import {useDocLinkResolver} from '@site/src/utils/docLinks';
import styles from './styles.module.css';

export type Props = {
  /** Defaults to the site's glossary data file; tests pass their own entries. */
  entries?: GlossaryEntry[];
};

function letterOf(term: string): string {
  const first = term.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function groupByLetter(entries: GlossaryEntry[]): [string, GlossaryEntry[]][] {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', {sensitivity: 'base'}));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of sorted) {
    const letter = letterOf(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()];
}

export default function Glossary({entries = glossary as GlossaryEntry[]}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const resolve = useDocLinkResolver();
  const groups = groupByLetter(entries);
  return (
    <div className={styles.glossary}>
      <nav aria-label="Glossary letters" className={styles.letters}>
        <ul>
          {groups.map(([letter]) => (
            <li key={letter}>
              <Link to={`#letter-${letter.toLowerCase()}`}>{letter}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([letter, terms]) => {
        const letterId = `letter-${letter.toLowerCase()}`;
        return (
          <section key={letter} aria-labelledby={letterId}>
            <Heading as="h2" id={letterId} className={styles.letter}>
              {letter}
            </Heading>
            <dl className={styles.terms}>
              {terms.map((entry) => {
                brokenLinks.collectAnchor(entry.id);
                const href = resolve(entry.explainedOn, `src/data/glossary.json: term "${entry.id}"`);
                return (
                  <div key={entry.id} className={styles.entry}>
                    <dt id={entry.id}>
                      <Link to={`#${entry.id}`} className={styles.termLink}>
                        {entry.term}
                      </Link>
                      {entry.aliases && entry.aliases.length > 0 && (
                        <span className={styles.aliases}> (also: {entry.aliases.join(', ')})</span>
                      )}
                    </dt>
                    <dd>
                      {entry.definition}{' '}
                      <Link to={href} className={styles.more}>
                        Explained in the notes
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
