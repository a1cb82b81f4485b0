/**
 * Seeded randomness for the interactive explainers. The server render and the browser
 * must draw the same numbers (or hydration would show a different picture), and tests
 * need exact values, so nothing here uses `Math.random()`.
 */

/** A source of uniform numbers in [0, 1). */
export type UniformSource = () => number;

/**
 * Mulberry32: a tiny 32-bit generator with a full 2^32 period, plenty for teaching
 * pictures (not for cryptography).
 */
export function createUniform(seed: number): UniformSource {
  if (!Number.isInteger(seed)) throw new Error(`createUniform: the seed must be an integer, got ${seed}.`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draws by the Box–Muller transform: two uniforms u1, u2 give two
 * independent normals √(−2 ln u1)·cos(2πu2) and √(−2 ln u1)·sin(2πu2). The second one is
 * kept for the next call.
 */
export function createNormal(uniform: UniformSource): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const u1 = 1 - uniform();
    const u2 = uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    const angle = 2 * Math.PI * u2;
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/** `length` standard normal numbers drawn from a generator seeded with `seed`. */
export function normalArray(seed: number, length: number): Float64Array {
  const draw = createNormal(createUniform(seed));
  const values = new Float64Array(length);
  for (let i = 0; i < length; i++) values[i] = draw();
  return values;
}
