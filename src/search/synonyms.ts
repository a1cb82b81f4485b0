/**
 * Synonyms and acronyms for search, from the glossary (src/data/glossary.json, the one
 * source): each term with its aliases is a group of phrases that mean the same thing
 * ("RAG", "retrieval-augmented generation"). The indexer writes the groups next to the
 * index (pagefind/synonyms.json); a search downloads them when it starts.
 */
import {parseQuery} from './query';

/** Groups of phrases, each phrase lower case, as the indexer writes them. */
export type SynonymGroups = string[][];

/** A query rewritten with one phrase replaced by a synonym. */
export type Alternative = {terms: string[]; replaced: string; by: string};

/** Longest phrase, in words, that is looked up. */
const MAX_PHRASE_WORDS = 5;
/** At most this many rewritten queries are searched besides the reader's own. */
export const MAX_ALTERNATIVES = 4;

/** Plural and singular of a word meet here ("GANs" and "GAN", "models" and "model"). */
function key(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

const phraseKey = (terms: readonly string[]) => terms.map(key).join(' ');

export class Synonyms {
  /** Phrase key → the other phrases of its groups (as search terms). */
  private readonly byPhrase = new Map<string, string[][]>();
  /** Every word of every phrase: words the search knows even if the notes do not use them. */
  private readonly words = new Set<string>();

  constructor(groups: SynonymGroups) {
    for (const group of groups) {
      const phrases = group
        .map((phrase) => parseQuery(phrase).terms)
        .filter((terms) => terms.length > 0 && terms.length <= MAX_PHRASE_WORDS);
      for (const word of phrases.flat()) this.words.add(word);
      const unique = new Map(phrases.map((terms) => [phraseKey(terms), terms]));
      for (const [k] of unique) {
        const others = [...unique].filter(([other]) => other !== k).map(([, terms]) => terms);
        this.byPhrase.set(k, [...(this.byPhrase.get(k) ?? []), ...others]);
      }
    }
  }

  /** True when a glossary name uses the word (an acronym such as "rag", say). */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * The query rewritten with glossary synonyms: at each position the longest phrase
   * that names a glossary term is replaced by each of its other names, one at a time.
   */
  alternatives(terms: readonly string[]): Alternative[] {
    const out: Alternative[] = [];
    const seen = new Set([phraseKey(terms)]);
    let start = 0;
    while (start < terms.length) {
      let matched = 1;
      for (let length = Math.min(MAX_PHRASE_WORDS, terms.length - start); length >= 1; length -= 1) {
        const phrase = terms.slice(start, start + length);
        const others = this.byPhrase.get(phraseKey(phrase));
        if (others === undefined) continue;
        for (const other of others) {
          const rewritten = [...terms.slice(0, start), ...other, ...terms.slice(start + length)];
          const k = phraseKey(rewritten);
          if (seen.has(k)) continue;
          seen.add(k);
          out.push({terms: rewritten, replaced: phrase.join(' '), by: other.join(' ')});
        }
        // The words of a phrase found are not looked up again on their own.
        matched = length;
        break;
      }
      start += matched;
    }
    return out.slice(0, MAX_ALTERNATIVES);
  }
}
