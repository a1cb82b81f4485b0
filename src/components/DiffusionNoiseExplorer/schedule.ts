/**
 * The DDPM forward process (Ho et al., 2020) with its linear noise schedule:
 * β_t rises linearly from β_1 = 10⁻⁴ to β_T = 0.02 over T = 1000 steps, α_t = 1 − β_t,
 * ᾱ_t = α_1·α_2·…·α_t, and x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε with ε ~ N(0, I).
 */

export type LinearSchedule = {
  /** Number of noise steps T. */
  steps: number;
  /** β_t for t = 0…T; index 0 is 0 (step 0 is the clean image). */
  betas: Float64Array;
  /** ᾱ_t for t = 0…T; ᾱ_0 = 1. */
  alphaBars: Float64Array;
};

/** The DDPM settings: T = 1000, β from 1e-4 to 0.02. */
export const DDPM_STEPS = 1000;
export const DDPM_BETA_START = 1e-4;
export const DDPM_BETA_END = 0.02;

export function linearSchedule(
  steps: number = DDPM_STEPS,
  betaStart: number = DDPM_BETA_START,
  betaEnd: number = DDPM_BETA_END,
): LinearSchedule {
  if (!Number.isInteger(steps) || steps < 2)
    throw new Error(`linearSchedule: steps must be an integer ≥ 2, got ${steps}.`);
  if (!(betaStart > 0 && betaEnd < 1 && betaStart <= betaEnd))
    throw new Error(`linearSchedule: need 0 < betaStart ≤ betaEnd < 1, got ${betaStart} and ${betaEnd}.`);
  const betas = new Float64Array(steps + 1);
  const alphaBars = new Float64Array(steps + 1);
  alphaBars[0] = 1;
  let product = 1;
  for (let t = 1; t <= steps; t++) {
    const beta = betaStart + ((t - 1) / (steps - 1)) * (betaEnd - betaStart);
    betas[t] = beta;
    product *= 1 - beta;
    alphaBars[t] = product;
  }
  return {steps, betas, alphaBars};
}

/** Signal-to-noise ratio of x_t: ᾱ_t / (1 − ᾱ_t). Infinite at t = 0 (no noise yet). */
export function signalToNoiseRatio(alphaBar: number): number {
  return alphaBar >= 1 ? Infinity : alphaBar / (1 - alphaBar);
}

/** The same ratio in decibels, 10·log₁₀(SNR). */
export function toDecibels(ratio: number): number {
  return 10 * Math.log10(ratio);
}

/**
 * x_t = √ᾱ·x_0 + √(1 − ᾱ)·ε, pixel by pixel. `out` may be passed to reuse memory while
 * the reader drags the slider.
 */
export function noisyImage(
  clean: ArrayLike<number>,
  noise: ArrayLike<number>,
  alphaBar: number,
  out: Float64Array = new Float64Array(clean.length),
): Float64Array {
  if (noise.length !== clean.length)
    throw new Error(`noisyImage: the noise has ${noise.length} values but the image has ${clean.length}.`);
  const signalWeight = Math.sqrt(alphaBar);
  const noiseWeight = Math.sqrt(1 - alphaBar);
  for (let i = 0; i < clean.length; i++)
    out[i] = signalWeight * (clean[i] ?? 0) + noiseWeight * (noise[i] ?? 0);
  return out;
}

/**
 * A 32 × 32 smiling face in [−1, 1]: light face (+1) on a dark background (−1) with
 * dark eyes and mouth. Each pixel averages 3 × 3 sub-samples, so the edges are smooth.
 */
export function smileyImage(size = 32): Float64Array {
  const pixels = new Float64Array(size * size);
  const samples = 3;
  const isFace = (x: number, y: number): boolean => {
    if (x * x + y * y > 0.85 * 0.85) return false;
    const eye = (cx: number) => (x - cx) ** 2 + (y + 0.25) ** 2 < 0.13 * 0.13;
    if (eye(-0.32) || eye(0.32)) return false;
    const radius = Math.hypot(x, y + 0.05);
    const onSmile = y > 0.12 && radius > 0.4 && radius < 0.55;
    return !onSmile;
  };
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let lit = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((column + (sx + 0.5) / samples) / size) * 2 - 1;
          const y = ((row + (sy + 0.5) / samples) / size) * 2 - 1;
          if (isFace(x, y)) lit++;
        }
      }
      pixels[row * size + column] = (2 * lit) / (samples * samples) - 1;
    }
  }
  return pixels;
}
