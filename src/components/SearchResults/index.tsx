import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {SearchHit} from '@site/src/search/pagefind';
import styles from './styles.module.css';

export type Props = {
  hits: SearchHit[];
  /** Heading level for each page title, so the list fits the page's outline. */
  headingLevel?: 2 | 3;
  /** Compact lists (the navbar) show one excerpt and the best section only. */
  compact?: boolean;
  onNavigate?: () => void;
  /**
   * The first `fullMatches` hits match every word of the query; the others match most
   * of them and are listed apart, below the full matches.
   */
  fullMatches?: number;
};

/**
 * Pagefind's excerpts are HTML: the page's own text, escaped, with `<mark>` around the
 * matched words. We render that markup as is so matches stay highlighted.
 */
function Excerpt({html}: {html: string}): ReactNode {
  return <p className={styles.excerpt} dangerouslySetInnerHTML={{__html: html}} />;
}

export default function SearchResults({
  hits,
  headingLevel = 2,
  compact = false,
  onNavigate,
  fullMatches = hits.length,
}: Props): ReactNode {
  if (fullMatches >= hits.length) {
    return <HitList hits={hits} headingLevel={headingLevel} compact={compact} onNavigate={onNavigate} />;
  }
  const rest = hits.slice(fullMatches);
  return (
    <>
      {fullMatches > 0 && (
        <HitList
          hits={hits.slice(0, fullMatches)}
          headingLevel={headingLevel}
          compact={compact}
          onNavigate={onNavigate}
        />
      )}
      <p className={styles.partial}>Pages that match most of the words:</p>
      <HitList hits={rest} headingLevel={headingLevel} compact={compact} onNavigate={onNavigate} />
    </>
  );
}

function HitList({hits, headingLevel = 2, compact = false, onNavigate}: Props): ReactNode {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.url} className={styles.result}>
          <Heading className={styles.title}>
            <Link to={hit.url} onClick={onNavigate}>
              {hit.title}
            </Link>
          </Heading>
          {!compact && <Excerpt html={hit.excerpt} />}
          {hit.sections.length > 0 && (
            <ul className={styles.sections} aria-label={`Matching sections of ${hit.title}`}>
              {(compact ? hit.sections.slice(0, 1) : hit.sections).map((section) => (
                <li key={section.url}>
                  <Link to={section.url} onClick={onNavigate} className={styles.sectionLink}>
                    {section.title}
                  </Link>
                  <Excerpt html={section.excerpt} />
                </li>
              ))}
            </ul>
          )}
          {compact && hit.sections.length === 0 && <Excerpt html={hit.excerpt} />}
        </li>
      ))}
    </ol>
  );
}
