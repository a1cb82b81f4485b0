/**
 * Synonym groups for search, read from the glossary at build time (the glossary is the
 * one source of synonyms and acronyms). Each term gives one group: the term, its
 * aliases, and, when the term pairs a short name with a long one, both names
 * ("Variational autoencoder (VAE)" gives "variational autoencoder" and "vae", "LoRA
 * (low-rank adaptation)" gives both). Other brackets ("Exposure (to AI)") are not names. The browser downloads the groups only when
 * a search starts (src/search/synonyms.ts).
 *
 * @typedef {{term: string, aliases?: string[]}} GlossaryEntry
 */

/**
 * Lower case, accents and punctuation dropped, hyphens as spaces.
 * @param {string} text
 */
export function normalizePhrase(text) {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu);
  return (words ?? []).join(' ');
}

/**
 * An acronym or short name: one word with at least two capitals (GAN, RLHF, MoE, LoRA).
 * @param {string} text
 */
export function isShortName(text) {
  return /^[\p{L}\p{N}-]+$/u.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * @param {GlossaryEntry[]} glossary
 * @returns {string[][]}
 */
export function buildSynonyms(glossary) {
  /** @type {string[][]} */
  const groups = [];
  for (const entry of glossary) {
    /** @type {Set<string>} */
    const phrases = new Set();
    const add = (/** @type {string} */ text) => {
      const phrase = normalizePhrase(text);
      if (phrase !== '') phrases.add(phrase);
    };
    const bracketed = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry.term);
    const [main, inBrackets] = bracketed ? [bracketed[1] ?? '', bracketed[2] ?? ''] : [entry.term, ''];
    add(main);
    if (isShortName(main) || isShortName(inBrackets)) add(inBrackets);
    for (const alias of entry.aliases ?? []) add(alias);
    if (phrases.size > 1) groups.push([...phrases]);
  }
  return groups;
}
