/**
 * "Did you mean …?" for search: Pagefind matches words and prefixes but not typos, so
 * when a query finds nothing we correct each unknown word to the most frequent word in
 * the notes' vocabulary that is one edit away (two for long words).
 */

export type Vocabulary = {words: string[]; counts: number[]};

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

/** The best correction for one word, or null if it is known or nothing is close. */
export function correctWord(word: string, vocabulary: Vocabulary, known?: Set<string>): string | null {
  const lower = word.toLowerCase();
  const vocab = known ?? new Set(vocabulary.words);
  if (vocab.has(lower)) return null;
  const max = allowedEdits(lower);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  let bestCount = -1;
  vocabulary.words.forEach((candidate, i) => {
    const d = editDistance(lower, candidate, max);
    const count = vocabulary.counts[i] ?? 0;
    if (d <= max && (d < bestDistance || (d === bestDistance && count > bestCount))) {
      best = candidate;
      bestDistance = d;
      bestCount = count;
    }
  });
  return best;
}

/** The query with every unknown word corrected, or null when there is nothing to correct. */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | null {
  const known = new Set(vocabulary.words);
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const fix = correctWord(word, vocabulary, known);
      if (fix === null) return word;
      changed = true;
      return fix;
    });
  return changed ? words.join(' ') : null;
}
