/**
 * A two-dimensional latent space with a decoder small enough to write down. A trained
 * VAE learns its decoder; this one is set by hand so that each direction has a meaning
 * you can see: z₁ makes the shape squarer (a circle at one end, a square at the other)
 * and z₂ makes it larger. The shape is a superellipse |u/r|ⁿ + |v/r|ⁿ = 1 with soft
 * edges, drawn on a small grayscale grid with values in [−1, 1].
 */

export type Latent = readonly [number, number];

export const IMAGE_SIZE = 32;

/** Exponent n of the superellipse: 2 (a circle) for very negative z₁, up to 16 (nearly a square). */
export function roundnessExponent(z1: number): number {
  return 2 ** (1 + 1.5 * (1 + Math.tanh(z1)));
}

/** Half-width r of the shape as a fraction of the half-image: 0.25 to 0.85. */
export function shapeRadius(z2: number): number {
  return 0.55 + 0.3 * Math.tanh(z2);
}

/** The decoder g(z): a size × size picture, row-major from the top left, values in [−1, 1]. */
export function decode(z: Latent, size = IMAGE_SIZE): Float64Array {
  const n = roundnessExponent(z[0]);
  const r = shapeRadius(z[1]);
  const pixels = new Float64Array(size * size);
  for (let row = 0; row < size; row++) {
    const v = ((row + 0.5) / size) * 2 - 1;
    for (let column = 0; column < size; column++) {
      const u = ((column + 0.5) / size) * 2 - 1;
      // Distance in the shape's own norm: 1 on the outline, below 1 inside.
      const distance = (Math.abs(u / r) ** n + Math.abs(v / r) ** n) ** (1 / n);
      pixels[row * size + column] = Math.tanh(8 * (1 - distance));
    }
  }
  return pixels;
}

/** z_λ = (1 − λ)·z_a + λ·z_b: the straight line between two codes. */
export function interpolate(a: Latent, b: Latent, lambda: number): [number, number] {
  // Written so that λ = 0 and λ = 1 return the endpoints exactly.
  return [a[0] + lambda * (b[0] - a[0]), a[1] + lambda * (b[1] - a[1])];
}

/** The reparameterisation z = μ + σ ⊙ ε (⊙: entry by entry). */
export function reparameterise(mu: Latent, sigma: Latent, epsilon: Latent): [number, number] {
  return [mu[0] + sigma[0] * epsilon[0], mu[1] + sigma[1] * epsilon[1]];
}

/** Mixing in pixel space instead: (1 − λ)·x_a + λ·x_b, for comparison. */
export function blendPixels(a: ArrayLike<number>, b: ArrayLike<number>, lambda: number): Float64Array {
  if (a.length !== b.length) throw new Error(`blendPixels: pictures of ${a.length} and ${b.length} pixels.`);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (1 - lambda) * (a[i] ?? 0) + lambda * (b[i] ?? 0);
  return out;
}

/** The decoded shape in words, for descriptions and announcements, e.g. "a medium rounded square". */
export function describeShape(z: Latent): string {
  const n = roundnessExponent(z[0]);
  const r = shapeRadius(z[1]);
  const size = r < 0.45 ? 'small' : r < 0.65 ? 'medium' : 'large';
  const shape = n < 2.6 ? 'circle' : n < 4 ? 'slightly squared circle' : n < 9 ? 'rounded square' : 'square';
  return `a ${size} ${shape}`;
}
