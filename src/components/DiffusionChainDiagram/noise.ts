/**
 * The numbers behind the diffusion chain's small pictures: the DDPM linear noise schedule
 * (Ho et al., 2020: β from 1e-4 to 0.02 over T = 1000 steps) and a tiny image noised with
 * the closed form x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε, from a seeded generator so that the
 * server and the browser draw the same picture.
 */

/** Number of noise steps of the DDPM schedule. */
export const STEPS = 1000;
const BETA_START = 1e-4;
const BETA_END = 0.02;

/** ᾱ_t = ∏_{s=1}^{t} (1 − β_s) for the linear schedule; ᾱ_0 = 1. */
export function alphaBar(t: number): number {
  if (!Number.isInteger(t) || t < 0 || t > STEPS)
    throw new RangeError(`alphaBar: t must be an integer in 0…${STEPS}`);
  let product = 1;
  for (let s = 1; s <= t; s++) {
    const beta = BETA_START + ((s - 1) / (STEPS - 1)) * (BETA_END - BETA_START);
    product *= 1 - beta;
  }
  return product;
}

/** Mulberry32: a small seeded PRNG with uniform output in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` standard normal samples (Box–Muller) from a seeded generator. */
export function gaussianNoise(count: number, seed: number): number[] {
  const uniform = mulberry32(seed);
  const out: number[] = [];
  while (out.length < count) {
    const u = 1 - uniform();
    const v = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    out.push(radius * Math.cos(2 * Math.PI * v), radius * Math.sin(2 * Math.PI * v));
  }
  return out.slice(0, count);
}

/** Side of the small square image, in cells. */
export const GRID = 8;

/** The clean picture x_0: a disc (+1) on a plain background (−1). */
export const CLEAN: readonly number[] = Array.from({length: GRID * GRID}, (_, i) => {
  const row = Math.floor(i / GRID) + 0.5 - GRID / 2;
  const col = (i % GRID) + 0.5 - GRID / 2;
  return Math.hypot(row, col) < GRID * 0.34 ? 1 : -1;
});

const EPSILON = gaussianNoise(GRID * GRID, 2020);

/** The noisy picture x_t, as cell intensities in [0, 1] (0 is the background colour). */
export function noisyPicture(t: number): number[] {
  const signal = Math.sqrt(alphaBar(t));
  const noise = Math.sqrt(1 - alphaBar(t));
  return CLEAN.map((x0, i) => {
    const value = signal * x0 + noise * (EPSILON[i] ?? 0);
    return Math.min(1, Math.max(0, (value + 1.6) / 3.2));
  });
}
