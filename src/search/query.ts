/**
 * What a reader typed, reduced to the words that should steer a search: letters and
 * digits only (markup, punctuation and emoji are not words), lower case, without the
 * small words of questions and comparisons ("what is", "how does", "vs"), and cut to a
 * sensible length so that a pasted essay cannot stall the page.
 */

/** Longer queries are cut here (at a word boundary) and the reader is told. */
export const MAX_QUERY_CHARS = 120;
/** At most this many meaningful words are searched. */
export const MAX_TERMS = 8;

/**
 * Words that carry no topic: articles, pronouns, auxiliaries, and the scaffolding of
 * questions and comparisons. "ai" is not here: the notes are about it, and "ai art" or
 * "ai act" need it.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about an and any are as at be been being between but by can could did difference differences
  do does doing for from had has have how i if in into is it its me mean means meaning my of on or
  our own should so than that the their them then there these they this those to us versus vs was we
  were what whats when where which who why will with would you your compare compared comparison
  explain explained define definition`
    .split(/\s+/)
    .filter(Boolean),
);

export type ParsedQuery = {
  /** The query as it will be shown: trimmed, spaces collapsed, cut to MAX_QUERY_CHARS. */
  text: string;
  /** True when the reader's query was longer than MAX_QUERY_CHARS. */
  truncated: boolean;
  /** Every word, lower case, in order (hyphenated words split). */
  words: string[];
  /** `words` without stop words. */
  meaningful: string[];
  /**
   * The words that steer the search: `meaningful` without the "work" of a how-question,
   * at most MAX_TERMS.
   */
  terms: string[];
};

/** A word: letters and digits, with apostrophes inside (don't); everything else separates. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower case without accents, so "Café" and "cafe" are one word. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

export function parseQuery(raw: string): ParsedQuery {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  let text = collapsed;
  const truncated = collapsed.length > MAX_QUERY_CHARS;
  if (truncated) {
    const cut = collapsed.slice(0, MAX_QUERY_CHARS);
    const space = cut.lastIndexOf(' ');
    text = (space > MAX_QUERY_CHARS / 2 ? cut.slice(0, space) : cut).trim();
  }
  // Tags are markup, not words the reader means ("<b>", "</div>"); they stay in `text`.
  const withoutTags = text.replace(/<\/?[a-z][^<>]*>/gi, ' ');
  const words = (withoutTags.match(WORD) ?? []).map(foldWord).filter((w) => w !== '');
  // One letter is never a topic on its own ("a", "b" of markup such as <b>); a digit may be.
  const meaningful = words.filter((w) => (w.length > 1 || hasDigit(w)) && !STOP_WORDS.has(w));
  // "How does attention work?": the "work" of a how-question is not its topic.
  const last = meaningful[meaningful.length - 1] ?? '';
  const howWork = words[0] === 'how' && meaningful.length > 1 && /^works?$/.test(last);
  const terms = (howWork ? meaningful.slice(0, -1) : meaningful).slice(0, MAX_TERMS);
  return {text, truncated, words, meaningful, terms};
}

/** True for words with a digit ("2023", "r1", "3d"): searched as typed, never corrected. */
export function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}

/**
 * British and American spellings of a word ("normalisation" and "normalization",
 * "colour" and "color", "defence" and "defense", "modelling" and "modeling"), by
 * rule. The caller keeps the variants that the notes actually use.
 */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>();
  const swap = (pattern: RegExp, replacement: string) => {
    if (pattern.test(word)) out.add(word.replace(pattern, replacement));
  };
  swap(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
  swap(/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1');
  swap(/ys(e|ed|es|ing)$/, 'yz$1');
  swap(/yz(e|ed|es|ing)$/, 'ys$1');
  swap(/our(s|ed|ing|ful|ite|ites)?$/, 'or$1');
  swap(/([^aeiou])or(s|ed|ing|ful|ite|ites)?$/, '$1our$2');
  swap(/ence(s)?$/, 'ense$1');
  swap(/ense(s)?$/, 'ence$1');
  swap(/([^aeiou])tre(s)?$/, '$1ter$2');
  swap(/([^aeiou])ter(s)?$/, '$1tre$2');
  swap(/([^aeiou])tred$/, '$1tered');
  swap(/([^aeiou])tered$/, '$1tred');
  swap(/ll(ed|ing|er|ers)$/, 'l$1');
  swap(/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2');
  swap(/ogue(s)?$/, 'og$1');
  out.delete(word);
  return [...out];
}
