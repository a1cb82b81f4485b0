/**
 * The navbar search box. The classic theme ships no search bar (its `SearchBar` is a
 * no-op), so this component provides one backed by the Pagefind index.
 *
 * Without JavaScript it is a plain GET form to /search?q=…; with JavaScript it shows
 * the best matches as you type. Press "/" or Ctrl+K (⌘K) anywhere to focus it.
 */
import React, {type ReactNode, useEffect, useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useHistory} from '@docusaurus/router';
import SearchResults from '@site/src/components/SearchResults';
import SearchStatus from '@site/src/components/SearchStatus';
import {
  prepareSearch,
  SEARCH_UNAVAILABLE_IN_DEV,
  type SearchOutcome,
  searchNotes,
  searchPageUrl,
} from '@site/src/search/pagefind';
import styles from './styles.module.css';

const IS_DEV = process.env.NODE_ENV === 'development';
const DROPDOWN_HITS = 5;

type State =
  | {kind: 'idle'}
  | {kind: 'loading'}
  | {kind: 'done'; outcome: SearchOutcome}
  | {kind: 'error'; message: string};

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function Status({state, onNavigate}: {state: State; onNavigate: () => void}): ReactNode {
  if (IS_DEV) return SEARCH_UNAVAILABLE_IN_DEV;
  switch (state.kind) {
    case 'idle':
      return null;
    case 'loading':
      return 'Searching…';
    case 'error':
      return state.message;
    case 'done':
      return <SearchStatus outcome={state.outcome} onNavigate={onNavigate} />;
  }
}

export default function SearchBar(): ReactNode {
  const baseUrl = useBaseUrl('/');
  const history = useHistory();
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({kind: 'idle'});
  const panelId = useId();

  // Global shortcut: "/" or Ctrl/⌘+K focuses the box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !isTypingTarget(event.target);
      const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !ctrlK) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Search as the reader types, debounced; ignore answers to stale queries.
  useEffect(() => {
    const q = query.trim();
    if (IS_DEV || q.length < 2) {
      // The same state object when already idle: no re-render when the page starts.
      setState((current) => (current.kind === 'idle' ? current : {kind: 'idle'}));
      return undefined;
    }
    let cancelled = false;
    setState({kind: 'loading'});
    const timer = window.setTimeout(() => {
      searchNotes(q, baseUrl, DROPDOWN_HITS).then(
        (outcome) => !cancelled && setState({kind: 'done', outcome}),
        () => !cancelled && setState({kind: 'error', message: 'Search is unavailable right now.'}),
      );
    }, 150);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, baseUrl]);

  const close = () => setOpen(false);
  const showPanel = open && (IS_DEV || query.trim().length >= 2);
  const outcome = state.kind === 'done' ? state.outcome : null;

  const focusResult = (step: 1 | -1) => {
    const links = Array.from(panelRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
    if (links.length === 0) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = current === -1 ? (step === 1 ? 0 : links.length - 1) : current + step;
    if (next < 0) inputRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  return (
    <div
      className={styles.searchBar}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          close();
          inputRef.current?.focus();
        } else if (event.key === 'ArrowDown' && showPanel) {
          event.preventDefault();
          focusResult(1);
        } else if (event.key === 'ArrowUp' && showPanel) {
          event.preventDefault();
          focusResult(-1);
        }
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}>
      <form
        role="search"
        aria-label="Search the notes"
        action={`${baseUrl}search`}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          const q = query.trim();
          if (q === '') return;
          close();
          history.push(searchPageUrl(baseUrl, q));
        }}>
        <label htmlFor={`${panelId}-input`} className={styles.visuallyHidden}>
          Search the notes
        </label>
        <input
          ref={inputRef}
          id={`${panelId}-input`}
          className={styles.input}
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search"
          aria-keyshortcuts="/ Control+K Meta+K"
          aria-controls={showPanel ? panelId : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            setOpen(true);
            // The reader is about to search: load the index while they type.
            if (!IS_DEV) prepareSearch(baseUrl);
          }}
        />
        <kbd className={styles.shortcut} aria-hidden="true">
          /
        </kbd>
      </form>
      {showPanel && (
        <div id={panelId} ref={panelRef} className={styles.panel}>
          <p className={styles.status} role="status">
            <Status state={state} onNavigate={close} />
          </p>
          {outcome !== null && outcome.hits.length > 0 && (
            <>
              <SearchResults
                hits={outcome.hits}
                fullMatches={outcome.fullMatches}
                headingLevel={3}
                compact
                onNavigate={close}
              />
              <Link className={styles.all} to={searchPageUrl('/', query.trim())} onClick={close}>
                See all results for “{outcome.query}”
              </Link>
            </>
          )}
        </div>
      )}
    </div>
  );
}
