/**
 * A typed, lazy client for the Pagefind index that plugins/pagefind-search writes to
 * `build/pagefind/`. Nothing here runs until a reader searches.
 */
import {suggestQuery, type Vocabulary} from './typo';

type PagefindAnchor = {element: string; id: string; text: string; location: number};
type PagefindSubResult = {title: string; url: string; excerpt: string; anchor?: PagefindAnchor};
type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: {title?: string};
  sub_results: PagefindSubResult[];
};
type PagefindResult = {id: string; score: number; data: () => Promise<PagefindResultData>};
type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{results: PagefindResult[]} | null>;
};

/** One section of a page that matched, linked by its heading anchor. */
export type SearchSection = {title: string; url: string; excerpt: string};
/** One page that matched. `excerpt` is HTML from Pagefind: text with `<mark>` around matches. */
export type SearchHit = {url: string; title: string; excerpt: string; sections: SearchSection[]};
export type SearchOutcome = {
  /** The query the results are for (the corrected one, if a correction was made). */
  query: string;
  /** Set when the reader's query found nothing and `query` is a correction of it. */
  correctedFrom?: string;
  total: number;
  hits: SearchHit[];
  /** Loads the next `count` hits after `from` (each hit fetches its page's fragment). */
  loadMore: (from: number, count: number) => Promise<SearchHit[]>;
};

export const SEARCH_UNAVAILABLE_IN_DEV =
  'Search works on the built site: run `npm run build`, then `npm run serve`.';

let pagefindPromise: Promise<PagefindModule> | null = null;
let vocabularyPromise: Promise<Vocabulary> | null = null;

/** Pagefind's options, shared with the search page's early start (see {@link warmUpScript}). */
// The indexer records each page's full path, base URL included (plugins/pagefind-search),
// so Pagefind must not prepend the base it infers from its own location: on a site served
// under /kb/ that gave /kb/kb/docs/… (tests/e2e/subpath.spec.ts).
const PAGEFIND_OPTIONS = {excerptLength: 24, baseUrl: '/'};

/** Where the search page's early start leaves its promise of a ready Pagefind. */
const WARM_UP_KEY = '__pagefindWarmUp';

/**
 * A script for the search page's <head>: when the URL has a query, it loads and starts
 * Pagefind and fetches the index for the query while the page's own code is still
 * downloading, so results appear sooner. {@link searchNotes} picks up what it started.
 */
export function warmUpScript(baseUrl: string): string {
  const url = JSON.stringify(`${baseUrl}pagefind/pagefind.js`);
  return `var q=new URLSearchParams(location.search).get("q");if(q&&q.trim())window.${WARM_UP_KEY}=import(${url}).then(async function(m){await m.options(${JSON.stringify(PAGEFIND_OPTIONS)});await m.init();m.preload(q.trim()).catch(function(){});return m});`;
}

function loadPagefind(baseUrl: string): Promise<PagefindModule> {
  const warmUp = (window as unknown as Record<string, Promise<PagefindModule> | undefined>)[WARM_UP_KEY];
  pagefindPromise ??=
    warmUp ??
    (async () => {
      const url = `${baseUrl}pagefind/pagefind.js`;
      // The index is written after the bundle is built, so the bundler must not touch it.
      const mod = (await import(/* webpackIgnore: true */ url)) as PagefindModule;
      await mod.options(PAGEFIND_OPTIONS);
      await mod.init();
      return mod;
    })();
  pagefindPromise.catch(() => {
    pagefindPromise = null;
    (window as unknown as Record<string, unknown>)[WARM_UP_KEY] = undefined;
  });
  return pagefindPromise;
}

function loadVocabulary(baseUrl: string): Promise<Vocabulary> {
  vocabularyPromise ??= fetch(`${baseUrl}pagefind/vocabulary.json`).then((r) => {
    if (!r.ok) throw new Error(`vocabulary: HTTP ${r.status}`);
    return r.json() as Promise<Vocabulary>;
  });
  vocabularyPromise.catch(() => {
    vocabularyPromise = null;
  });
  return vocabularyPromise;
}

async function toHit(result: PagefindResult): Promise<SearchHit> {
  const data = await result.data();
  const sections = data.sub_results
    .filter((s) => s.url.includes('#'))
    .slice(0, 3)
    .map((s) => ({title: s.title, url: s.url, excerpt: s.excerpt}));
  return {url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, sections};
}

async function run(pagefind: PagefindModule, query: string, limit: number) {
  const response = await pagefind.search(query);
  const results = response?.results ?? [];
  const loadMore = (from: number, count: number) => Promise.all(results.slice(from, from + count).map(toHit));
  return {total: results.length, hits: await loadMore(0, limit), loadMore};
}

/** Below this many matching pages, a query may be a typo: we try a spelling correction. */
const FEW_RESULTS = 3;

/**
 * Searches the notes and loads the first `limit` hits (`loadMore` loads the rest on
 * demand: each hit downloads its page's text). When a query finds few pages, retries once with a spelling
 * correction drawn from the notes' own vocabulary (Pagefind matches prefixes, so a typo
 * such as "difusion" can still match an odd page or two), and keeps whichever finds more.
 */
export async function searchNotes(query: string, baseUrl: string, limit = 20): Promise<SearchOutcome> {
  const trimmed = query.trim();
  if (trimmed === '') return {query: trimmed, total: 0, hits: [], loadMore: async () => []};
  const pagefind = await loadPagefind(baseUrl);
  const first = await run(pagefind, trimmed, limit);
  if (first.total >= FEW_RESULTS) return {query: trimmed, ...first};
  const suggestion = suggestQuery(trimmed, await loadVocabulary(baseUrl));
  if (suggestion === null) return {query: trimmed, ...first};
  const second = await run(pagefind, suggestion, limit);
  if (second.total <= first.total) return {query: trimmed, ...first};
  return {query: suggestion, correctedFrom: trimmed, ...second};
}

export function searchPageUrl(baseUrl: string, query: string): string {
  return `${baseUrl}search?q=${encodeURIComponent(query)}`;
}
