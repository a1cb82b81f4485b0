/**
 * What a search found, in words, for the navbar box and the search page alike: how many
 * pages match every word and how many match most of them, the spelling correction with
 * a link back to the words as typed ("Showing results for … — search instead for …"),
 * and a note when a long query was cut.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {searchPageUrl, type SearchOutcome} from '@site/src/search/pagefind';
import {MAX_QUERY_CHARS} from '@site/src/search/query';
import styles from './styles.module.css';

export type Props = {
  outcome: SearchOutcome;
  /** Called when the reader follows one of the links (the navbar closes its panel). */
  onNavigate?: () => void;
};

function pages(n: number): string {
  return `${n} ${n === 1 ? 'page' : 'pages'}`;
}

/** The count sentence: "3 pages found for “x”.", with partial matches told apart. */
export function countText(outcome: SearchOutcome): string {
  const {total, fullMatches, query} = outcome;
  if (total === 0) return `No results for “${outcome.correctedFrom ?? query}”.`;
  if (fullMatches === total) return `${pages(total)} found for “${query}”.`;
  const partial = total - fullMatches;
  if (fullMatches === 0)
    return `No page matches every word of “${query}”; ${pages(partial)} ${partial === 1 ? 'matches' : 'match'} most of them.`;
  return `${pages(fullMatches)} found for “${query}”, and ${partial} more that match most of its words.`;
}

export default function SearchStatus({outcome, onNavigate}: Props): ReactNode {
  // Link adds the site's base URL itself.
  const to = (query: string, asTyped = false) => searchPageUrl('/', query, {asTyped});
  return (
    <>
      {outcome.correctedFrom !== undefined && outcome.total > 0 && (
        <span className={styles.line}>
          Showing results for{' '}
          <Link to={to(outcome.query)} onClick={onNavigate} className={styles.corrected}>
            {outcome.query}
          </Link>{' '}
          — search instead for{' '}
          <Link to={to(outcome.correctedFrom, true)} onClick={onNavigate}>
            {outcome.correctedFrom}
          </Link>
          .
        </span>
      )}
      <span className={styles.line}>{countText(outcome)}</span>
      {outcome.total === 0 && outcome.suggestion !== undefined && (
        <span className={styles.line}>
          Did you mean{' '}
          <Link to={to(outcome.suggestion)} onClick={onNavigate}>
            {outcome.suggestion}
          </Link>
          ?
        </span>
      )}
      {outcome.truncated && (
        <span className={styles.line}>
          Your query was long, so only its first {MAX_QUERY_CHARS} characters were searched.
        </span>
      )}
    </>
  );
}
