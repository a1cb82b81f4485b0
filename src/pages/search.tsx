/**
 * /search?q=… — a results page that course material can link to. Reads the query from
 * the URL, keeps the URL in step with the box, and shows the matching pages with their
 * matching sections (linked by anchor) and highlighted excerpts, ten at a time: each
 * result downloads its page's text, so the first ones show sooner.
 */
import React, {type ReactNode, startTransition, useEffect, useRef, useState} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SearchResults from '@site/src/components/SearchResults';
import SearchStatus from '@site/src/components/SearchStatus';
import {
  SEARCH_UNAVAILABLE_IN_DEV,
  type SearchOutcome,
  searchNotes,
  warmUpScript,
} from '@site/src/search/pagefind';
import {parseQuery} from '@site/src/search/query';
import styles from './search.module.css';

const IS_DEV = process.env.NODE_ENV === 'development';
/** Results shown at first and added by each "Show more results". */
const PAGE_SIZE = 10;

type State =
  | {kind: 'idle'}
  | {kind: 'loading'}
  /** `query` is the URL's query the outcome answers (the browser tests wait for it). */
  | {kind: 'done'; query: string; outcome: SearchOutcome}
  | {kind: 'error'};

function queryFromSearch(search: string): {q: string; asTyped: boolean} {
  const params = new URLSearchParams(search);
  return {q: params.get('q') ?? '', asTyped: params.get('typed') === '1'};
}

function Status({state}: {state: State}): ReactNode {
  if (IS_DEV) return <>{SEARCH_UNAVAILABLE_IN_DEV}</>;
  if (state.kind === 'loading') return <>Searching…</>;
  if (state.kind === 'error') return <>Search is unavailable right now. Try reloading the page.</>;
  if (state.kind !== 'done') return <>Type a word or phrase, for example “mode collapse” or “ELBO”.</>;
  return <SearchStatus outcome={state.outcome} />;
}

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  const {q: urlQuery, asTyped} = queryFromSearch(location.search);
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
    searchNotes(q, baseUrl, PAGE_SIZE, {asTyped}).then(
      // A transition: React renders the results in slices, so typing stays responsive
      // and the page never blocks while ten results with their sections render.
      (outcome) => !cancelled && startTransition(() => setState({kind: 'done', query: urlQuery, outcome})),
      () => !cancelled && setState({kind: 'error'}),
    );
    return () => {
      cancelled = true;
    };
  }, [urlQuery, asTyped, baseUrl]);

  // Typing updates the URL (debounced) so the page can be bookmarked or shared.
  useEffect(() => {
    if (query === urlQuery) return undefined;
    const timer = window.setTimeout(() => {
      history.replace({search: query.trim() === '' ? '' : `?q=${encodeURIComponent(query)}`});
    }, 250);
    return () => window.clearTimeout(timer);
  }, [query, urlQuery, history]);

  const [loadingMore, setLoadingMore] = useState(false);
  // Keyboard and screen-reader users continue at the first new result.
  const [focusResult, setFocusResult] = useState<number | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusResult === null) return;
    const links = resultsRef.current?.querySelectorAll<HTMLAnchorElement>(
      ':scope > ol > li > :first-child a',
    );
    links?.[focusResult]?.focus();
    setFocusResult(null);
  }, [focusResult, state]);
  const showMore = async (outcome: SearchOutcome) => {
    const from = outcome.hits.length;
    setLoadingMore(true);
    try {
      const more = await outcome.loadMore(from, PAGE_SIZE);
      setState((current) =>
        current.kind === 'done'
          ? {...current, outcome: {...outcome, hits: [...outcome.hits, ...more]}}
          : current,
      );
      setFocusResult(from);
    } catch {
      setState({kind: 'error'});
    } finally {
      setLoadingMore(false);
    }
  };

  // A query of any length stays text; the title shows only as much as is searched.
  const shownQuery = parseQuery(urlQuery).text;
  const title = shownQuery ? `Search: ${shownQuery}` : 'Search';
  return (
    <Layout title={title} description="Search every note of the knowledge base.">
      <Head>
        {/* The search engine starts with the page, not after the page's code has loaded. */}
        <script type="module" async>
          {warmUpScript(baseUrl)}
        </script>
      </Head>
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
        {state.kind === 'done' && (
          <div ref={resultsRef} data-results-for={state.query}>
            <SearchResults
              hits={state.outcome.hits}
              fullMatches={state.outcome.fullMatches}
              headingLevel={2}
            />
            {state.outcome.hits.length < state.outcome.total && (
              <button
                type="button"
                className="button button--secondary"
                disabled={loadingMore}
                onClick={() => void showMore(state.outcome)}>
                {loadingMore
                  ? 'Loading…'
                  : `Show more results (${state.outcome.total - state.outcome.hits.length} more)`}
              </button>
            )}
          </div>
        )}
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
