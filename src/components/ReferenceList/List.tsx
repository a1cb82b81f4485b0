/**
 * The bibliography itself, generated from src/data/references.json: every source cited on
 * the site, grouped by topic, each with a stable anchor (/docs/references#id) and links
 * back to the notes that cite it. The page renders it through ./index.tsx, which keeps
 * the data (over 60 KiB gzip) out of the page's start-up.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import references from '@site/src/data/references.json';
import {REFERENCE_TOPICS, type ReferenceEntry} from '@site/src/data/types';
import {useDocLinkResolver} from '@site/src/utils/docLinks';
import styles from './styles.module.css';

export type Props = {
  entries?: ReferenceEntry[];
};

export function topicId(topic: string): string {
  return `topic-${topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

export function groupByTopic(entries: ReferenceEntry[]): [string, ReferenceEntry[]][] {
  const order: readonly string[] = REFERENCE_TOPICS;
  const unknown = entries.find((e) => !order.includes(e.topic));
  if (unknown) {
    throw new Error(
      `src/data/references.json: "${unknown.id}" has topic "${unknown.topic}"; use one of: ${order.join(', ')}`,
    );
  }
  return order
    .map((topic): [string, ReferenceEntry[]] => [
      topic,
      entries
        .filter((e) => e.topic === topic)
        .sort((a, b) => a.authors.localeCompare(b.authors) || a.year.localeCompare(b.year)),
    ])
    .filter(([, list]) => list.length > 0);
}

export default function ReferenceEntries({entries = references as ReferenceEntry[]}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const resolve = useDocLinkResolver();
  const groups = groupByTopic(entries);
  return (
    <>
      <nav aria-label="Topics">
        <ul className={styles.topics}>
          {groups.map(([topic, list]) => (
            <li key={topic}>
              <Link to={`#${topicId(topic)}`}>{topic}</Link> ({list.length})
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([topic, list]) => {
        const id = topicId(topic);
        return (
          <section
            key={topic}
            aria-labelledby={id}
            className={styles.topic}
            style={{'--entries': list.length} as React.CSSProperties}>
            <Heading as="h2" id={id}>
              {topic}
            </Heading>
            <ol className={styles.list}>
              {list.map((ref) => {
                brokenLinks.collectAnchor(ref.id);
                return (
                  <li key={ref.id} id={ref.id} className={styles.entry}>
                    {ref.authors} ({ref.year}). <cite>{ref.title}</cite>.{ref.venue ? ` ${ref.venue}.` : ''}{' '}
                    <Link href={ref.url}>{ref.url.replace(/^https?:\/\//, '')}</Link>
                    {ref.citedOn.length > 0 && (
                      <span className={styles.citedOn}>
                        {' '}
                        Cited in:{' '}
                        {ref.citedOn.map((docRef, i) => (
                          <React.Fragment key={docRef}>
                            {i > 0 && ', '}
                            <Link to={resolve(docRef, `src/data/references.json: "${ref.id}"`)}>
                              {docRef}
                            </Link>
                          </React.Fragment>
                        ))}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </>
  );
}
