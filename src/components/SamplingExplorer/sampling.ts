/**
 * How decoding settings reshape a next-token distribution: temperature rescales the
 * logits before the softmax, top-k keeps the k most probable candidates, top-p (nucleus)
 * keeps the smallest set of most probable candidates whose probabilities reach ρ. Applied
 * in that order, each cut followed by renormalisation.
 */

/** One candidate next token and the model's score (logit) for it. */
export type Candidate = {token: string; logit: number};

export type SamplingSettings = {
  /** τ > 0: below 1 sharpens the distribution, above 1 flattens it. */
  temperature: number;
  /** Keep only the k most probable candidates (k = number of candidates switches it off). */
  topK: number;
  /** Keep the smallest set of most probable candidates whose probabilities add up to at least ρ (1 switches it off). */
  topP: number;
};

export type CutReason = 'top-k' | 'top-p';

export type ReshapedDistribution = {
  /** The model's own distribution, softmax of the logits (τ = 1). */
  original: number[];
  /** softmax(logits / τ), before any cut. */
  tempered: number[];
  /** Why each candidate was removed, or null if it was kept. */
  cut: (CutReason | null)[];
  /** The distribution actually sampled from: zero for cut candidates, the rest renormalised to sum to 1. */
  final: number[];
};

/** softmax(ℓ_i / τ), stable for any τ > 0. */
export function softmaxWithTemperature(logits: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0))
    throw new Error(`softmaxWithTemperature: the temperature must be positive, got ${temperature}.`);
  if (logits.length === 0) return [];
  const scaled = logits.map((logit) => logit / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((value) => Math.exp(value - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Candidate indices from most to least probable; ties keep their original order. */
export function byProbability(probabilities: readonly number[]): number[] {
  return probabilities
    .map((_, index) => index)
    .sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0) || a - b);
}

/** True for the k most probable candidates. */
export function topKMask(probabilities: readonly number[], k: number): boolean[] {
  const keep = probabilities.map(() => false);
  for (const index of byProbability(probabilities).slice(0, Math.max(1, k))) keep[index] = true;
  return keep;
}

/**
 * True for the nucleus: walking down from the most probable candidate, keep adding until
 * the running total reaches ρ. At least one candidate is always kept. Candidates with
 * probability 0 (already cut) are never kept.
 */
export function topPMask(probabilities: readonly number[], topP: number): boolean[] {
  const keep = probabilities.map(() => false);
  let total = 0;
  for (const index of byProbability(probabilities)) {
    const probability = probabilities[index] ?? 0;
    if (probability <= 0) break;
    keep[index] = true;
    total += probability;
    // A small tolerance so that, e.g., 0.5 + 0.3 counts as reaching 0.8 despite rounding.
    if (total >= topP - 1e-9) break;
  }
  return keep;
}

/** Zeroes the candidates not kept and rescales the rest to sum to 1. */
export function renormalise(probabilities: readonly number[], keep: readonly boolean[]): number[] {
  const total = probabilities.reduce((sum, value, index) => sum + (keep[index] ? value : 0), 0);
  return probabilities.map((value, index) => (keep[index] ? value / total : 0));
}

/** Temperature, then top-k, then top-p on what is left, renormalising after each cut. */
export function reshape(logits: readonly number[], settings: SamplingSettings): ReshapedDistribution {
  const original = softmaxWithTemperature(logits, 1);
  const tempered = softmaxWithTemperature(logits, settings.temperature);
  const keptByK = topKMask(tempered, settings.topK);
  const afterK = renormalise(tempered, keptByK);
  const keptByP = topPMask(afterK, settings.topP);
  const final = renormalise(afterK, keptByP);
  const cut = logits.map((_, index): CutReason | null =>
    !keptByK[index] ? 'top-k' : !keptByP[index] ? 'top-p' : null,
  );
  return {original, tempered, cut, final};
}

/**
 * Inverse-CDF sampling: the first candidate whose running total exceeds u, for u uniform
 * in [0, 1). Candidates with probability 0 can never be drawn.
 */
export function sampleIndex(probabilities: readonly number[], uniform: number): number {
  let total = 0;
  let lastPossible = 0;
  for (let index = 0; index < probabilities.length; index++) {
    const probability = probabilities[index] ?? 0;
    if (probability <= 0) continue;
    lastPossible = index;
    total += probability;
    if (uniform < total) return index;
  }
  return lastPossible; // only reached through rounding when u is just below 1
}
