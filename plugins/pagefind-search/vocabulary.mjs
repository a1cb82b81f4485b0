/**
 * The word list behind spelling correction: every search checks its words against it
 * (src/search/typo.ts). Built from the same HTML that Pagefind indexes, split into
 * words as the search splits a query (hyphens separate words, accents are dropped), and
 * kept small (the most frequent words, capped, sent in a compact form): a reader downloads
 * it when a search starts, never with a page.
 *
 * @typedef {{words: string[], counts: number[]}} Vocabulary
 * @typedef {{words: string, counts: number[]}} WireVocabulary
 */
import {stem} from 'porter2';

export const MAX_WORDS = 20000;
const WORD = /[a-z]+(?:'[a-z]+)*/g;

/** @param {string} text */
function decodeEntities(text) {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/**
 * The visible text of the part of a page that carries `data-pagefind-body`.
 * @param {string} html
 */
export function extractIndexedText(html) {
  const marker = html.indexOf('data-pagefind-body');
  if (marker < 0) return '';
  const start = html.indexOf('>', marker) + 1;
  // The note ends where the article's footer (tags, edit link) or the article ends.
  const ends = [html.indexOf('<footer', start), html.indexOf('</article>', start)].filter((i) => i >= 0);
  const body = html.slice(start, ends.length > 0 ? Math.min(...ends) : undefined);
  return decodeEntities(
    body.replace(/<(script|style|math|annotation)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '),
  );
}

/**
 * Counts words of three or more letters and keeps the most frequent.
 * @param {string[]} texts
 * @param {number} [maxWords]
 * @returns {Vocabulary}
 */
export function buildVocabulary(texts, maxWords = MAX_WORDS) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const text of texts) {
    const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
    for (const match of folded.match(WORD) ?? []) {
      const word = match.replace(/'s$/, '').replace(/'/g, '');
      if (word.length < 3) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const sorted = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxWords);
  return {words: sorted.map(([w]) => w), counts: sorted.map(([, c]) => c)};
}

/**
 * How much of `word` Pagefind searches it by: the length of its stem when the stem is a
 * shorter start of the word that Pagefind indexed (and the word itself is not indexed),
 * else 0. Pagefind loads the index chunk of the word as typed as well as the chunk of its
 * stem, and on a large site those are often two chunks ("diffusion" and "diffus"); given
 * the stem, it loads one and finds the same pages with the same scores. Pagefind stems
 * English with Snowball's algorithm too, but the two disagree on a few words (its index
 * holds "internal" whole, where porter2 gives "intern"), so a stem counts only when the
 * index confirms it.
 * @param {string} word @param {ReadonlySet<string>} indexedWords
 */
export function stemLength(word, indexedWords) {
  const root = stem(word);
  if (root.length >= word.length || !word.startsWith(root)) return 0;
  return indexedWords.has(root) && !indexedWords.has(word) ? root.length : 0;
}

/**
 * The vocabulary as the browser downloads it (decoded by `decodeVocabulary` in
 * src/search/typo.ts): the words in alphabetical order, each written as how many letters
 * it shares with the word before (one base-36 digit) and the rest, separated by spaces,
 * with a `|` after the stem Pagefind searches it by; the counts in the same order. On
 * this site that is 30 KiB gzip instead of 39 KiB for the plain list.
 * @param {Vocabulary} vocabulary @param {ReadonlySet<string>} indexedWords
 * @returns {WireVocabulary}
 */
export function encodeVocabulary(vocabulary, indexedWords) {
  const order = vocabulary.words.map((_, i) => i);
  order.sort((a, b) => {
    const x = vocabulary.words[a] ?? '';
    const y = vocabulary.words[b] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  let previous = '';
  const entries = order.map((i) => {
    const word = vocabulary.words[i] ?? '';
    const cut = stemLength(word, indexedWords);
    const marked = cut > 0 ? `${word.slice(0, cut)}|${word.slice(cut)}` : word;
    let shared = 0;
    while (shared < 35 && shared < previous.length && previous[shared] === marked[shared]) shared += 1;
    previous = marked;
    return shared.toString(36) + marked.slice(shared);
  });
  return {words: entries.join(' '), counts: order.map((i) => vocabulary.counts[i] ?? 0)};
}
