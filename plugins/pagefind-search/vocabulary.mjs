/**
 * The word list behind spelling correction: every search checks its words against it
 * (src/search/typo.ts). Built from the same HTML that Pagefind indexes, split into
 * words as the search splits a query (hyphens separate words, accents are dropped), and
 * kept small (most frequent words first, capped): a reader downloads it when a search
 * starts, never with a page.
 *
 * @typedef {{words: string[], counts: number[]}} Vocabulary
 */

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
