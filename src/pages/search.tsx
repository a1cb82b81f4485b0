/**
 * /search?q=… — a results page that course material can link to. Reads the query from
 * the URL, keeps the URL in step with the box, and shows every matching page with its
 * matching sections (linked by anchor) and highlighted excerpts.
 */
import React, {type ReactNode, useEffect, useState} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SearchResults from '@site/src/components/SearchResults';
import {SEARCH_UNAVAILABLE_IN_DEV, type SearchOutcome, searchNotes} from '@site/src/search/pagefind';
import styles from './search.module.css';

const IS_DEV = process.env.NODE_ENV === 'development';

type State = {kind: 'idle'} | {kind: 'loading'} | {kind: 'done'; outcome: SearchOutcome} | {kind: 'error'};

function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

function Status({state}: {state: State}): ReactNode {
  if (IS_DEV) return <>{SEARCH_UNAVAILABLE_IN_DEV}</>;
  if (state.kind === 'loading') return <>Searching…</>;
  if (state.kind === 'error') return <>Search is unavailable right now. Try reloading the page.</>;
  if (state.kind !== 'done') return <>Type a word or phrase, for example “mode collapse” or “ELBO”.</>;
  const {outcome} = state;
  const count = `${outcome.total} ${outcome.total === 1 ? 'page' : 'pages'}`;
  if (outcome.correctedFrom !== undefined) {
    return outcome.total > 0 ? (
      <>
        Did you mean <strong>{outcome.query}</strong>? Showing {count} for “{outcome.query}” instead of “
        {outcome.correctedFrom}”.
      </>
    ) : (
      <>No results for “{outcome.correctedFrom}”.</>
    );
  }
  return outcome.total > 0 ? (
    <>
      {count} found for “{outcome.query}”.
    </>
  ) : (
    <>No results for “{outcome.query}”. Try a shorter or different word.</>
  );
}

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  const urlQuery = queryFromSearch(location.search);
  const [query, setQuery] = useState(urlQuery);
  const [state, setState] = useState<State>({kind: 'idle'});

  // The URL is the source of truth: links from course material and the navbar land here.
  useEffect(() => setQuery(urlQuery), [urlQuery]);

  useEffect(() => {
    const q = urlQuery.trim();
    if (IS_DEV || q === '') {
      setState({kind: 'idle'});
      return undefined;
    }
    let cancelled = false;
    setState({kind: 'loading'});
    searchNotes(q, baseUrl, 50).then(
      (outcome) => !cancelled && setState({kind: 'done', outcome}),
      () => !cancelled && setState({kind: 'error'}),
    );
    return () => {
      cancelled = true;
    };
  }, [urlQuery, baseUrl]);

  // Typing updates the URL (debounced) so the page can be bookmarked or shared.
  useEffect(() => {
    if (query === urlQuery) return undefined;
    const timer = window.setTimeout(() => {
      history.replace({search: query.trim() === '' ? '' : `?q=${encodeURIComponent(query)}`});
    }, 250);
    return () => window.clearTimeout(timer);
  }, [query, urlQuery, history]);

  const title = urlQuery ? `Search: ${urlQuery}` : 'Search';
  return (
    <Layout title={title} description="Search every note of the knowledge base.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Search the notes</Heading>
        <form
          role="search"
          aria-label="Search the notes"
          className={styles.form}
          method="get"
          action={`${baseUrl}search`}
          onSubmit={(event) => {
            event.preventDefault();
            history.replace({search: `?q=${encodeURIComponent(query)}`});
          }}>
          <label htmlFor="search-page-input" className={styles.label}>
            Search for
          </label>
          <input
            id="search-page-input"
            className={styles.input}
            type="search"
            name="q"
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </form>
        <p className={styles.status} role="status" aria-live="polite">
          <Status state={state} />
        </p>
        {state.kind === 'done' && <SearchResults hits={state.outcome.hits} headingLevel={2} />}
        <noscript>
          <p>
            Search needs JavaScript. Browse the notes from the sidebar, the glossary or the references
            instead.
          </p>
        </noscript>
      </main>
    </Layout>
  );
}
