/**
 * Scaled dot-product attention, computed for real on a toy example:
 * Q = H·W_Q, K = H·W_K, weights = softmax(Q·Kᵀ / √d_k) row by row.
 */

export type Matrix = readonly (readonly number[])[];

/** A sentence with hand-set embeddings and projection matrices. */
export type AttentionExample = {
  /** The tokens of the sentence, in order. */
  tokens: readonly string[];
  /** Names of the embedding dimensions (what each number stands for), length d_model. */
  featureNames: readonly string[];
  /** One embedding row per token: n × d_model. */
  embeddings: Matrix;
  /** W_Q: d_model × d_k. */
  queryWeights: Matrix;
  /** W_K: d_model × d_k. */
  keyWeights: Matrix;
};

function at(matrix: Matrix, row: number, column: number): number {
  return matrix[row]?.[column] ?? 0;
}

/** Matrix product a·b (a is n × m, b is m × p). */
export function matMul(a: Matrix, b: Matrix): number[][] {
  const inner = b.length;
  const columns = b[0]?.length ?? 0;
  return a.map((row) => {
    if (row.length !== inner)
      throw new Error(`matMul: a row of length ${row.length} cannot multiply ${inner} rows.`);
    return Array.from({length: columns}, (_, column) => {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += (row[k] ?? 0) * at(b, k, column);
      return sum;
    });
  });
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** exp(x_i) / Σ exp(x_j), computed after subtracting the maximum so large scores cannot overflow. */
export function softmax(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const exps = values.map((value) => Math.exp(value - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Scores q_i·k_j, divided by √d_k when `scaled` (the "scaled" in scaled dot-product attention). */
export function attentionScores(queries: Matrix, keys: Matrix, scaled = true): number[][] {
  const dK = queries[0]?.length ?? 0;
  const divisor = scaled ? Math.sqrt(dK) : 1;
  return queries.map((query) => keys.map((key) => dot(query, key) / divisor));
}

/** The attention matrix softmax(QKᵀ/√d_k): row i says how much token i attends to each token j. */
export function attentionWeights(queries: Matrix, keys: Matrix, scaled = true): number[][] {
  return attentionScores(queries, keys, scaled).map(softmax);
}

/** Throws a clear message (naming `component`) if the example's shapes do not fit together. */
export function validateExample(example: AttentionExample, component: string): void {
  const {tokens, featureNames, embeddings, queryWeights, keyWeights} = example;
  const dModel = featureNames.length;
  if (tokens.length < 2)
    throw new Error(`${component}: the example needs at least two tokens, got ${tokens.length}.`);
  if (embeddings.length !== tokens.length)
    throw new Error(`${component}: ${tokens.length} tokens but ${embeddings.length} embedding rows.`);
  embeddings.forEach((row, i) => {
    if (row.length !== dModel)
      throw new Error(
        `${component}: the embedding of "${tokens[i]}" has ${row.length} numbers; expected d_model = ${dModel}.`,
      );
  });
  for (const [name, matrix] of [
    ['queryWeights (W_Q)', queryWeights],
    ['keyWeights (W_K)', keyWeights],
  ] as const) {
    if (matrix.length !== dModel)
      throw new Error(`${component}: ${name} needs ${dModel} rows (d_model), got ${matrix.length}.`);
    const dK = queryWeights[0]?.length ?? 0;
    if (dK < 1 || matrix.some((row) => row.length !== dK))
      throw new Error(`${component}: every row of W_Q and W_K needs the same length d_k ≥ 1.`);
  }
  const numbers = [...embeddings.flat(), ...queryWeights.flat(), ...keyWeights.flat()];
  if (numbers.some((value) => !Number.isFinite(value)))
    throw new Error(`${component}: embeddings and weights must be finite numbers.`);
}

/**
 * "The cat sat on the mat because it was tired", with hand-set numbers (not learned) so
 * that one visible pattern emerges: the pronoun "it" and the adjective "tired" look for
 * an animal, and the verb "sat" looks for its subject. Keys say what a token offers
 * (animal, thing, action, function word); queries say what a token looks for.
 */
export const CAT_SENTENCE: AttentionExample = {
  tokens: ['The', 'cat', 'sat', 'on', 'the', 'mat', 'because', 'it', 'was', 'tired'],
  featureNames: ['animal', 'thing or place', 'action', 'function word', 'pronoun', 'state'],
  embeddings: [
    [0, 0.1, 0, 1, 0, 0], // The
    [1, 0.2, 0, 0, 0.1, 0.1], // cat
    [0.1, 0, 1, 0.1, 0, 0.2], // sat
    [0, 0.3, 0.1, 0.9, 0, 0], // on
    [0, 0.1, 0, 1, 0, 0], // the (same vector as "The": no position information here)
    [0, 1, 0, 0, 0, 0.1], // mat
    [0, 0, 0.2, 0.8, 0, 0], // because
    [0.2, 0.2, 0, 0.2, 1, 0], // it
    [0, 0, 0.6, 0.5, 0, 0.1], // was
    [0.3, 0, 0.1, 0, 0, 1], // tired
  ],
  // Columns (d_k = 4): looks for an animal, a thing, an action, a function word.
  queryWeights: [
    [0, 1, 3, 0], // an animal looks for what it does
    [0, 0, 2, 1], // a thing looks for actions and small words
    [4, 2, 0, 0], // an action looks for its subject
    [0, 1.6, 0, 1], // a function word looks for nouns and other small words
    [6, 2.4, 0, 0], // a pronoun looks for what it refers to
    [5, 0, 1.6, 0], // a state looks for who is in it
  ],
  // Columns (d_k = 4): offers an animal, a thing, an action, a function word.
  keyWeights: [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
    [0.1, 0, 0, 0],
    [0, 0, 0.3, 0],
  ],
};
