/**
 * The site's one search: a typed, lazy client for the Pagefind index that
 * plugins/pagefind-search writes to `build/pagefind/`, used by the navbar box and the
 * search page alike. Nothing here runs until a reader searches.
 *
 * A query goes through these steps (see README "Search"):
 * 1. its words are read as text, cut to a sensible length, and the small words of
 *    questions and comparisons are dropped (query.ts);
 * 2. each word the notes never use is corrected to the closest word they do use
 *    (typo.ts), and the reader is told ("Showing results for …");
 * 3. the words are searched together, and also with glossary synonyms and acronyms and
 *    with British or American spellings in their place (synonyms.ts); a page found by
 *    any of these matches every word; Pagefind is given each word's stem where the
 *    build confirmed it (`Lexicon.searchForm`), which spares it an index chunk;
 * 4. when few pages match every word, pages matching all words but one follow them;
 * 5. a page whose title the query names comes first.
 */
import {parseQuery, type ParsedQuery} from './query';
import {Synonyms, type SynonymGroups} from './synonyms';
import {decodeVocabulary, Lexicon, type Vocabulary, type WireVocabulary} from './typo';

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
  /** The query the results are for: the reader's, or its spelling correction. */
  query: string;
  /** Set when `query` is a spelling correction: the reader's own query. */
  correctedFrom?: string;
  /** True when the reader's query was too long and only its start was searched. */
  truncated: boolean;
  /** When nothing was found: a close query worth trying, if there is one. */
  suggestion?: string;
  total: number;
  /** The first `fullMatches` results match every word; the rest match most of them. */
  fullMatches: number;
  hits: SearchHit[];
  /** Loads the next `count` hits after `from` (each hit fetches its page's fragment). */
  loadMore: (from: number, count: number) => Promise<SearchHit[]>;
};
export type SearchOptions = {
  /** Search the words exactly as typed, without spelling correction. */
  asTyped?: boolean;
};

export const SEARCH_UNAVAILABLE_IN_DEV =
  'Search works on the built site: run `npm run build`, then `npm run serve`.';

/**
 * Pagefind's options, shared with the search page's early start (see {@link warmUpScript}).
 * Ranking: an exact word counts for much more than a longer word it is the start of
 * ("mode" should not find "model" first); a word in the title weighs more than the same
 * word in the text (headings already weigh more, see the indexer).
 * baseUrl: the indexer records each page's full path, base URL included
 * (plugins/pagefind-search), so Pagefind must not prepend the base it infers from its own
 * location: on a site served under /kb/ that gave /kb/kb/docs/… (tests/e2e/subpath.spec.ts).
 */
const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  baseUrl: '/',
  ranking: {termSimilarity: 4.0, metaWeights: {title: 8.0}},
};

/** Where the search page's early start leaves its promise of a ready Pagefind. */
const WARM_UP_KEY = '__pagefindWarmUp';
/** Where it leaves its promise of the vocabulary (decoded) and the synonyms. */
const WARM_UP_AIDS_KEY = '__pagefindWarmUpAids';

/** At most this many wordings of one query are searched (the reader's and others). */
const MAX_WORDINGS = 5;
/** Of which at most this many come from glossary synonyms: each costs a search. */
const MAX_SYNONYM_WORDINGS = 2;

/** Below this many pages matching every word, pages matching most words are added. */
const FEW_RESULTS = 5;

let pagefindPromise: Promise<PagefindModule> | null = null;
let aidsPromise: Promise<{lexicon: Lexicon; synonyms: Synonyms}> | null = null;

/**
 * The words of a query that the notes use exactly, lower-cased, each in the form Pagefind
 * is given (its stem where the build confirmed one, see `Lexicon.searchForm`): what the
 * search page's early start fetches the index for. A misspelt word is searched as its
 * correction, whose index can sit in another chunk, so fetching the misspelt word's would
 * be wasted bytes. Self-contained: its source is inlined in the early start.
 */
export function knownQueryWords(query: string, vocabulary: {words: string[]; stems?: number[]}): string {
  const forms = new Map<string, string>();
  vocabulary.words.forEach((word, i) => {
    const length = vocabulary.stems?.[i] ?? 0;
    forms.set(word, length > 0 ? word.slice(0, length) : word);
  });
  return query
    .slice(0, 120)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => forms.get(word))
    .filter((form) => form !== undefined)
    .join(' ');
}

/**
 * A script for the search page's <head>: when the URL has a query, it loads and starts
 * Pagefind, fetches the vocabulary and synonyms, and then the index for the query's words
 * the notes use, while the page's own code is still downloading, so results appear
 * sooner. {@link searchNotes} picks up what it started. It runs once: the head manager
 * inserts the page's head scripts again after hydration.
 */
export function warmUpScript(baseUrl: string): string {
  const url = JSON.stringify(`${baseUrl}pagefind/pagefind.js`);
  const json = (name: string) =>
    `fetch(${JSON.stringify(`${baseUrl}pagefind/${name}`)}).then(function(r){if(!r.ok)throw new Error(r.url+": HTTP "+r.status);return r.json()})`;
  return `var q=new URLSearchParams(location.search).get("q");if(q&&q.trim()&&!window.${WARM_UP_AIDS_KEY}){var a=window.${WARM_UP_AIDS_KEY}=Promise.all([${json('vocabulary.json')}.then(${decodeVocabulary.toString()}),${json('synonyms.json')}]);a.catch(function(){});window.${WARM_UP_KEY}=import(${url}).then(async function(m){await m.options(${JSON.stringify(PAGEFIND_OPTIONS)});await m.init();a.then(function(v){var w=(${knownQueryWords.toString()})(q,v[0]);if(w)return m.preload(w)}).catch(function(){});return m})}`;
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

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The vocabulary and the synonyms, downloaded when the first search starts. */
function loadAids(baseUrl: string) {
  const warmUp = (window as unknown as Record<string, Promise<[Vocabulary, SynonymGroups]> | undefined>)[
    WARM_UP_AIDS_KEY
  ];
  aidsPromise ??= (
    warmUp ??
    Promise.all([
      fetchJson<WireVocabulary>(`${baseUrl}pagefind/vocabulary.json`).then(decodeVocabulary),
      fetchJson<SynonymGroups>(`${baseUrl}pagefind/synonyms.json`),
    ])
  ).then(([vocabulary, groups]) => ({lexicon: new Lexicon(vocabulary), synonyms: new Synonyms(groups)}));
  aidsPromise.catch(() => {
    aidsPromise = null;
    (window as unknown as Record<string, unknown>)[WARM_UP_AIDS_KEY] = undefined;
  });
  return aidsPromise;
}

/**
 * Starts loading the search (Pagefind, the vocabulary, the synonyms) ahead of a query,
 * when the reader focuses a search box: never with the page itself.
 */
export function prepareSearch(baseUrl: string): void {
  loadPagefind(baseUrl).catch(() => undefined);
  loadAids(baseUrl).catch(() => undefined);
}

async function toHit(result: PagefindResult): Promise<SearchHit & {headings: string[]}> {
  const data = await result.data();
  const withAnchors = data.sub_results.filter((s) => s.url.includes('#'));
  const sections = withAnchors.slice(0, 3).map((s) => ({title: s.title, url: s.url, excerpt: s.excerpt}));
  const headings = withAnchors.map((s) => s.title);
  return {url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, sections, headings};
}

/** The plan for one query: what to search, and what to tell the reader. */
export type SearchPlan = {
  parsed: ParsedQuery;
  /** The words searched, after correction; empty when no word is meaningful. */
  terms: string[];
  /** The reader's query with its corrections, when a word was corrected. */
  corrected?: string;
  /** True when a word was dropped because nothing in the notes is close to it. */
  droppedWords: boolean;
  /** When nothing is found: the query with its dropped words replaced by farther matches. */
  suggestion?: string;
  /** The words with British or American spellings in their place: searched as equals. */
  spellings: string[][];
  /** The words with glossary synonyms or acronyms in their place. */
  synonyms: string[][];
  /** `spellings` and `synonyms` together. */
  alternatives: string[][];
};

/** Decides what to search for a query; pure, so unit tests can check it. */
export function planSearch(
  raw: string,
  lexicon: Lexicon,
  synonyms: Synonyms,
  options: SearchOptions = {},
): SearchPlan {
  const parsed = parseQuery(raw);
  const fixes = new Map<string, string>();
  let droppedWords = false;
  const terms: string[] = [];
  const farther = new Map<string, string>();
  for (const term of parsed.terms) {
    if (options.asTyped || lexicon.matches(term) || synonyms.has(term)) {
      terms.push(term);
      continue;
    }
    const fix = lexicon.correct(term);
    if (fix === null) {
      droppedWords = true;
      const far = lexicon.correct(term, 1);
      if (far !== null) farther.set(term, far);
    } else {
      fixes.set(term, fix);
      terms.push(fix);
    }
  }
  const corrected =
    fixes.size > 0 ? parsed.words.map((word) => fixes.get(word) ?? word).join(' ') : undefined;
  const spellings: string[][] = [];
  terms.forEach((term, i) => {
    for (const variant of lexicon.variants(term)) {
      spellings.push([...terms.slice(0, i), variant, ...terms.slice(i + 1)]);
    }
  });
  // A synonym the notes never use would be ignored by Pagefind, which then matches
  // every page: only wordings whose every word the notes use are searched.
  // A wording that only adds words to the reader's ("diffusion model" for "diffusion")
  // finds nothing new and costs a search, so it is left out.
  const synonymWordings = synonyms
    .alternatives(terms)
    .map((a) => a.terms)
    .filter((wording) => wording.every((word) => lexicon.matches(word)))
    .filter((wording) => !terms.every((term) => wording.includes(term)))
    .slice(0, MAX_SYNONYM_WORDINGS);
  const alternatives = [...spellings, ...synonymWordings].slice(0, MAX_WORDINGS - 1);
  const suggestion =
    farther.size > 0
      ? parsed.words.map((word) => farther.get(word) ?? fixes.get(word) ?? word).join(' ')
      : undefined;
  return {
    parsed,
    terms,
    corrected,
    droppedWords,
    suggestion,
    spellings: alternatives.filter((a) => spellings.includes(a)),
    synonyms: alternatives.filter((a) => synonymWordings.includes(a)),
    alternatives,
  };
}

type Ranked = {result: PagefindResult; score: number};

/** A page found by a synonym as well as by the reader's words gains up to this share. */
const SYNONYM_BOOST = 0.5;
/** A page found only by a synonym (when the reader's words find few) counts this much. */
const SYNONYM_ONLY_WEIGHT = 0.8;

/**
 * Searches each wording and keeps each page once, with its best score relative to the
 * best page of that wording (Pagefind's scores add up per word and grow with rare words,
 * so raw scores of different wordings do not compare).
 */
async function searchWordings(
  pagefind: PagefindModule,
  lexicon: Lexicon,
  wordings: string[][],
): Promise<Map<string, Ranked>> {
  const responses = await Promise.all(
    wordings.map((terms) => pagefind.search(terms.map((term) => lexicon.searchForm(term)).join(' '))),
  );
  const best = new Map<string, Ranked>();
  for (const response of responses) {
    const results = response?.results ?? [];
    const top = Math.max(Number.MIN_VALUE, ...results.map((r) => r.score));
    for (const result of results) {
      const score = result.score / top;
      const seen = best.get(result.id);
      if (seen === undefined || score > seen.score) best.set(result.id, {result, score});
    }
  }
  return best;
}

/**
 * The reader's words, in every spelling, decide which pages match and their order.
 * Glossary synonyms only lift pages those words find, because a synonym can match
 * unrelated words ("critic", a GAN's discriminator, also matches "criticism"); they add
 * pages of their own only when the reader's words find few.
 */
async function searchAll(
  pagefind: PagefindModule,
  lexicon: Lexicon,
  own: string[][],
  synonymWordings: string[][],
): Promise<Map<string, Ranked>> {
  const [found, viaSynonyms] = await Promise.all([
    searchWordings(pagefind, lexicon, own),
    searchWordings(pagefind, lexicon, synonymWordings),
  ]);
  const merged = new Map<string, Ranked>();
  for (const [id, {result, score}] of found) {
    merged.set(id, {result, score: score * (1 + SYNONYM_BOOST * (viaSynonyms.get(id)?.score ?? 0))});
  }
  if (found.size < FEW_RESULTS) {
    for (const [id, {result, score}] of viaSynonyms) {
      if (!merged.has(id)) merged.set(id, {result, score: SYNONYM_ONLY_WEIGHT * score});
    }
  }
  return merged;
}

const byScore = (a: Ranked, b: Ranked) => b.score - a.score;

/** Words compared without plural "s" ("GANs" names "GAN", "works" names "work"). */
function wordKey(words: readonly string[]): string {
  return words
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
}

/** A title, the title without its brackets, and what is in them. */
function titleNames(title: string): string[] {
  const bracketed = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(title);
  return bracketed ? [title, bracketed[1] ?? '', bracketed[2] ?? ''] : [title];
}

/**
 * How plainly the query names the page: 2 when its meaningful words are the title's
 * ("how does generative AI work" and "How generative AI works"), 1 when they are once
 * the "work" of a how-question is set aside ("what is generative AI"), 0 otherwise.
 */
export function namesTitle(title: string, query: ParsedQuery, alternatives: string[][] = []): 0 | 1 | 2 {
  const names = titleNames(title)
    .map(parseQuery)
    .filter((t) => t.terms.length > 0);
  const strict = new Set(names.map((t) => wordKey(t.meaningful)));
  const loose = new Set(names.map((t) => wordKey(t.terms)));
  if (strict.has(wordKey(query.meaningful))) return 2;
  if ([query.terms, ...alternatives].some((terms) => loose.has(wordKey(terms)))) return 1;
  return 0;
}

/** True when a section heading of the page holds every word of a wording ("Who owns AI-generated works?"). */
function headingHolds(hit: LoadedHit, wordings: string[][]): boolean {
  return hit.headings.some((heading) => {
    const words = new Set(wordKey(parseQuery(heading).meaningful).split(' '));
    return wordings.some(
      (terms) =>
        terms.length > 1 &&
        wordKey(terms)
          .split(' ')
          .every((w) => words.has(w)),
    );
  });
}

/**
 * The first results are reordered by what Pagefind's score cannot see, from the pages'
 * own data: a page the query names comes first, then pages with a heading that holds
 * every word. The window is the same for the navbar box and the search page, so both
 * show the same results in the same order.
 */
const RERANK_WINDOW = 8;

type LoadedHit = SearchHit & {headings: string[]};

function emptyOutcome(parsed: ParsedQuery, extra: Partial<SearchOutcome> = {}): SearchOutcome {
  return {
    query: parsed.text,
    truncated: parsed.truncated,
    total: 0,
    fullMatches: 0,
    hits: [],
    loadMore: async () => [],
    ...extra,
  };
}

/**
 * Searches the notes and loads the first `limit` hits (`loadMore` loads the rest on
 * demand: each hit downloads its page's text).
 */
export async function searchNotes(
  query: string,
  baseUrl: string,
  limit = 20,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const parsed = parseQuery(query);
  // Markup, punctuation, emoji or only small words: nothing to search for.
  if (parsed.terms.length === 0) return emptyOutcome(parsed);
  performance.mark('kb-search:start');
  const [pagefind, {lexicon, synonyms}] = await Promise.all([loadPagefind(baseUrl), loadAids(baseUrl)]);
  const plan = planSearch(query, lexicon, synonyms, options);
  const shown = plan.corrected ?? parsed.text;
  const correction = plan.corrected === undefined ? {} : {correctedFrom: parsed.text};
  if (plan.terms.length === 0) return emptyOutcome(parsed, {suggestion: plan.suggestion});

  const wordings = [plan.terms, ...plan.alternatives];
  const full = await searchAll(pagefind, lexicon, [plan.terms, ...plan.spellings], plan.synonyms);
  const partial = new Map<string, Ranked>();
  if (full.size < FEW_RESULTS && plan.terms.length >= 2) {
    // Most of the words: every wording with one word left out.
    const fewer = wordings.flatMap((terms) => terms.map((_, i) => terms.filter((__, j) => j !== i)));
    for (const [id, ranked] of await searchWordings(pagefind, lexicon, fewer))
      if (!full.has(id)) partial.set(id, ranked);
  }
  // A word nothing in the notes comes close to was left out: no page matches every word.
  const fullList = plan.droppedWords ? [] : [...full.values()].sort(byScore);
  const rest = plan.droppedWords ? [...full.values(), ...partial.values()] : [...partial.values()];
  const ordered = [...fullList, ...rest.sort(byScore)].map((r) => r.result);
  performance.mark('kb-search:ranked');

  const cache = new Map<string, Promise<LoadedHit>>();
  const hitFor = (result: PagefindResult) => {
    let hit = cache.get(result.id);
    if (hit === undefined) {
      hit = toHit(result);
      cache.set(result.id, hit);
    }
    return hit;
  };
  // Reorder the first full matches by title and headings (partial matches stay below).
  const windowSize = Math.min(RERANK_WINDOW, fullList.length > 0 ? fullList.length : ordered.length);
  const first = await Promise.all(ordered.slice(0, windowSize).map(hitFor));
  const signals = first.map((hit, i) => ({
    i,
    named: namesTitle(hit.title, parsed, plan.alternatives),
    heading: headingHolds(hit, wordings) ? 1 : 0,
  }));
  signals.sort((a, b) => b.named - a.named || b.heading - a.heading || a.i - b.i);
  ordered.splice(0, windowSize, ...signals.map((x) => ordered[x.i]).filter((r) => r !== undefined));
  const strip = (hit: LoadedHit): SearchHit => ({
    url: hit.url,
    title: hit.title,
    excerpt: hit.excerpt,
    sections: hit.sections,
  });
  const loadMore = async (from: number, count: number) =>
    (await Promise.all(ordered.slice(from, from + count).map(hitFor))).map(strip);
  const hits = await loadMore(0, limit);
  performance.mark('kb-search:done');
  if (ordered.length === 0) return emptyOutcome(parsed, {suggestion: plan.suggestion});
  return {
    query: shown,
    ...correction,
    truncated: parsed.truncated,
    total: ordered.length,
    fullMatches: fullList.length,
    hits,
    loadMore,
  };
}

/** The search page's URL for a query; `asTyped` turns spelling correction off. */
export function searchPageUrl(baseUrl: string, query: string, options: SearchOptions = {}): string {
  return `${baseUrl}search?q=${encodeURIComponent(query)}${options.asTyped ? '&typed=1' : ''}`;
}
