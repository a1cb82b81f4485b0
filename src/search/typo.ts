/**
 * Spelling correction for search, word by word: Pagefind matches words and prefixes
 * but not typos, so each query word that the notes never use is replaced by the closest
 * word they do use, preferring frequent words when two are equally close.
 */
import {hasDigit, spellingVariants, STOP_WORDS} from './query';

/**
 * The words of the notes with how often they occur. `stems[i]`, when above 0, is how many
 * letters of `words[i]` Pagefind searches the word by (its stem, see {@link Lexicon.searchForm}).
 */
export type Vocabulary = {words: string[]; counts: number[]; stems?: number[]};
/**
 * vocabulary.json as downloaded (written by plugins/pagefind-search/vocabulary.mjs): the
 * words in alphabetical order, each as the number of letters it shares with the one before
 * (a base-36 digit) and the rest, separated by spaces, with `|` after its stem.
 */
export type WireVocabulary = {words: string; counts: number[]};

/**
 * Reads vocabulary.json. Self-contained (no outside names), because the search page's
 * early start inlines its source.
 */
export function decodeVocabulary(wire: WireVocabulary): Vocabulary {
  const words: string[] = [];
  const stems: number[] = [];
  const entries = wire.words.split(' ');
  let previous = '';
  // A plain loop: the bundle must not turn this into code that calls a helper outside it.
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i] ?? '';
    if (entry === '') continue;
    const marked = previous.slice(0, parseInt(entry.charAt(0), 36)) + entry.slice(1);
    previous = marked;
    const bar = marked.indexOf('|');
    words.push(bar < 0 ? marked : marked.slice(0, bar) + marked.slice(bar + 1));
    stems.push(bar < 0 ? 0 : bar);
  }
  return {words, counts: wire.counts, stems};
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of
 * two neighbouring letters), giving up early once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** How many edits we tolerate for a word of this length. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  if (word.length < 8) return 1;
  return 2;
}

/**
 * One more edit costs as much as a word being this many times more frequent: a close,
 * rare word loses to an equally close, common one, never to a farther one unless the
 * farther one is vastly more common.
 */
const EDIT_COST_IN_LOG10_COUNT = 2;
/** Typos rarely change a word's first letter: a candidate that does so pays half an edit more. */
const FIRST_LETTER_COST = 0.5;

/** The vocabulary with what lookups need: a set of its words and a sorted copy for prefixes. */
export class Lexicon {
  readonly vocabulary: Vocabulary;
  private readonly known: Set<string>;
  /** Words that Pagefind searches by a shorter stem, with that stem. */
  private readonly stems = new Map<string, string>();
  /** Sorted when first needed: most queries never look up a prefix. */
  private sortedWords: string[] | null = null;

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
    this.known = new Set(vocabulary.words);
    vocabulary.stems?.forEach((length, i) => {
      const word = vocabulary.words[i];
      if (length > 0 && word !== undefined) this.stems.set(word, word.slice(0, length));
    });
  }

  /**
   * The form of a word to hand Pagefind: its stem when the build confirmed that Pagefind
   * indexes the word by that stem, else the word. Pagefind finds the same pages with the
   * same scores either way, but given the whole word it also downloads the index chunk
   * where the word as typed would sit, which on a large site is a second chunk of 40 to
   * 60 KiB ("diffusion" sits after "diffus", often in the next chunk).
   */
  searchForm(word: string): string {
    return this.stems.get(word) ?? word;
  }

  private get sorted(): string[] {
    this.sortedWords ??= [...this.vocabulary.words].sort();
    return this.sortedWords;
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** True when some word of the notes starts with `prefix` (a word still being typed). */
  hasPrefix(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    return (this.sorted[lo] ?? '').startsWith(prefix);
  }

  /**
   * Whether Pagefind can match the word as it is: a word of the notes, a word with a
   * digit, a two-letter word (the vocabulary keeps only longer ones), or the start of a
   * longer word of the notes.
   */
  matches(word: string): boolean {
    return this.has(word) || hasDigit(word) || word.length <= 2 || this.hasPrefix(word);
  }

  /** The other spellings of `word` (British or American) that the notes use. */
  variants(word: string): string[] {
    return spellingVariants(word).filter((v) => this.has(v) && !STOP_WORDS.has(v));
  }

  /**
   * The best correction for an unknown word, or null if it is known or nothing is close.
   * `extraEdits` widens the search (for a suggestion when nothing was found).
   */
  correct(word: string, extraEdits = 0): string | null {
    if (this.matches(word)) return null;
    const max = allowedEdits(word) + (allowedEdits(word) > 0 ? extraEdits : 0);
    if (max === 0) return null;
    let best: string | null = null;
    let bestCost = Infinity;
    const {words, counts} = this.vocabulary;
    words.forEach((candidate, i) => {
      const d = editDistance(word, candidate, max);
      if (d > max || STOP_WORDS.has(candidate)) return;
      const cost =
        d +
        (candidate[0] === word[0] ? 0 : FIRST_LETTER_COST) -
        Math.log10((counts[i] ?? 0) + 1) / EDIT_COST_IN_LOG10_COUNT;
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    });
    return best;
  }
}

/** The best correction for one word, or null if it is known or nothing is close. */
export function correctWord(word: string, vocabulary: Vocabulary | Lexicon): string | null {
  const lexicon = vocabulary instanceof Lexicon ? vocabulary : new Lexicon(vocabulary);
  return lexicon.correct(word.toLowerCase());
}

/** The query with every unknown word corrected, or null when there is nothing to correct. */
export function suggestQuery(query: string, vocabulary: Vocabulary | Lexicon): string | null {
  const lexicon = vocabulary instanceof Lexicon ? vocabulary : new Lexicon(vocabulary);
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const fix = lexicon.correct(word.toLowerCase());
      if (fix === null) return word;
      changed = true;
      return fix;
    });
  return changed ? words.join(' ') : null;
}
