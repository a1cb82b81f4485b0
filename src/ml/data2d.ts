/**
 * Two-dimensional data sets for the GAN and flow-matching playgrounds, and the two numbers
 * that judge generated samples: the energy distance to the data and, for the ring, how
 * many of its modes the samples cover.
 *
 * Point sets are interleaved Float32Arrays [x0, y0, x1, y1, …]. The built-in data sets lie
 * roughly in the square [−2.5, 2.5]²; drawn points should be mapped to that square by the
 * page before they are passed here.
 */
import {fail} from './errors';
import type {Random} from './random';

export type Points = Float32Array;

export type DatasetSpec =
  /** Eight Gaussians of standard deviation `std` evenly spaced on a circle of radius `radius`. */
  | {kind: 'ring'; radius?: number; std?: number}
  /** Two interleaving half circles (as scikit-learn's make_moons), with Gaussian noise. */
  | {kind: 'moons'; noise?: number}
  /** One arm of an Archimedean spiral, with Gaussian noise. */
  | {kind: 'spiral'; noise?: number}
  /** The reader's points, resampled with a little Gaussian jitter so that they are not memorised exactly. */
  | {kind: 'custom'; points: ArrayLike<number> | readonly (readonly [number, number])[]; jitter?: number};

export const RING_MODES = 8;
export const RING_DEFAULTS = {radius: 2, std: 0.1} as const;
export const MIN_CUSTOM_POINTS = 10;
export const MAX_CUSTOM_POINTS = 5000;

export interface Dataset {
  spec: DatasetSpec;
  /** n fresh points drawn with `rng`. */
  sample(n: number, rng: Random): Points;
}

/** Validates the spec (throws MlInputError with a clear message) and returns a sampler. */
export function makeDataset(spec: DatasetSpec): Dataset {
  switch (spec.kind) {
    case 'ring': {
      const radius = positive(spec.radius ?? RING_DEFAULTS.radius, 'ring radius');
      const std = nonNegative(spec.std ?? RING_DEFAULTS.std, 'ring standard deviation');
      return {
        spec,
        sample: (n, rng) =>
          fill(n, (i, out) => {
            const angle = (2 * Math.PI * rng.int(RING_MODES)) / RING_MODES;
            out[2 * i] = radius * Math.cos(angle) + std * rng.normal();
            out[2 * i + 1] = radius * Math.sin(angle) + std * rng.normal();
          }),
      };
    }
    case 'moons': {
      const noise = nonNegative(spec.noise ?? 0.05, 'moons noise');
      // make_moons spans x ∈ [−1, 2], y ∈ [−0.5, 1]; centred and scaled by 1.6 it fills ±2.4.
      return {
        spec,
        sample: (n, rng) =>
          fill(n, (i, out) => {
            const t = Math.PI * rng.uniform();
            const upper = rng.uniform() < 0.5;
            const x = upper ? Math.cos(t) : 1 - Math.cos(t);
            const y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
            out[2 * i] = 1.6 * (x - 0.5 + noise * rng.normal());
            out[2 * i + 1] = 1.6 * (y - 0.25 + noise * rng.normal());
          }),
      };
    }
    case 'spiral': {
      const noise = nonNegative(spec.noise ?? 0.05, 'spiral noise');
      return {
        spec,
        sample: (n, rng) =>
          fill(n, (i, out) => {
            // Angle from π/2 to 3.5π; the radius grows with the angle up to 2.2.
            const angle = Math.PI / 2 + 3 * Math.PI * rng.uniform();
            const r = (2.2 * angle) / (3.5 * Math.PI);
            out[2 * i] = r * Math.cos(angle) + noise * rng.normal();
            out[2 * i + 1] = r * Math.sin(angle) + noise * rng.normal();
          }),
      };
    }
    case 'custom': {
      const points = validatePoints(spec.points);
      const jitter = nonNegative(spec.jitter ?? 0.05, 'custom jitter');
      const count = points.length / 2;
      return {
        spec,
        sample: (n, rng) =>
          fill(n, (i, out) => {
            const k = rng.int(count);
            out[2 * i] = (points[2 * k] ?? 0) + jitter * rng.normal();
            out[2 * i + 1] = (points[2 * k + 1] ?? 0) + jitter * rng.normal();
          }),
      };
    }
  }
}

/**
 * Checks a drawn point set: at least 10 and at most 5,000 points, every coordinate a
 * finite number. Accepts [x, y] pairs or interleaved numbers; returns interleaved.
 */
export function validatePoints(input: ArrayLike<number> | readonly (readonly [number, number])[]): Points {
  const flat: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const item = (input as ArrayLike<unknown>)[i];
    if (Array.isArray(item)) flat.push(Number(item[0]), Number(item[1]));
    else flat.push(Number(item));
  }
  if (flat.length % 2 !== 0)
    fail('invalid-config', `Points must come in (x, y) pairs; got ${flat.length} numbers, an odd count.`);
  const count = flat.length / 2;
  if (count < MIN_CUSTOM_POINTS)
    fail(
      'too-few-points',
      `Draw at least ${MIN_CUSTOM_POINTS} points to train on; there ${count === 1 ? 'is' : 'are'} ${count}.`,
    );
  if (count > MAX_CUSTOM_POINTS)
    fail('too-many-points', `Use at most ${MAX_CUSTOM_POINTS} points; there are ${count}.`);
  const bad = flat.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0)
    fail(
      'non-finite-point',
      `Point ${Math.floor(bad / 2) + 1} has a coordinate that is not a finite number.`,
    );
  return Float32Array.from(flat);
}

function fill(n: number, write: (i: number, out: Points) => void): Points {
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) write(i, out);
  return out;
}

function positive(value: number, name: string): number {
  if (!(Number.isFinite(value) && value > 0))
    fail('invalid-config', `The ${name} must be a positive number, got ${value}.`);
  return value;
}

function nonNegative(value: number, name: string): number {
  if (!(Number.isFinite(value) && value >= 0))
    fail('invalid-config', `The ${name} must be a number ≥ 0, got ${value}.`);
  return value;
}

/** Standard normal points: the generator's and the flow's source distribution. */
export function gaussianPoints(n: number, rng: Random, dimensions = 2): Float32Array {
  return rng.fillNormal(new Float32Array(dimensions * n));
}

function meanDistance(a: Points, b: Points, skipDiagonal: boolean): number {
  const n = a.length / 2;
  const m = b.length / 2;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const ax = a[2 * i] ?? 0;
    const ay = a[2 * i + 1] ?? 0;
    for (let j = 0; j < m; j++) {
      if (skipDiagonal && i === j) continue;
      total += Math.hypot(ax - (b[2 * j] ?? 0), ay - (b[2 * j + 1] ?? 0));
    }
  }
  return total / (skipDiagonal ? n * (m - 1) : n * m);
}

/**
 * Energy distance (Székely and Rizzo) between two point sets:
 * 2·E‖X − Y‖ − E‖X − X′‖ − E‖Y − Y′‖. It is 0 when the distributions are equal and grows
 * as they differ. The within-set means leave out each point's distance to itself, so two
 * samples of one distribution score about 0 (a little above or below). O(n·m) time.
 */
export function energyDistance(a: Points, b: Points): number {
  if (a.length < 4 || b.length < 4) throw new Error('energyDistance: each set needs at least two points.');
  return 2 * meanDistance(a, b, false) - meanDistance(a, a, true) - meanDistance(b, b, true);
}

export interface ModeCoverage {
  /** Modes holding at least `minShare` of the samples within `within` of their centre. */
  covered: number;
  /** Share of the samples near each mode, in mode order (angle 0, π/4, …). */
  shares: number[];
  /** Share of the samples near some mode ("high-quality" samples). */
  nearShare: number;
}

/**
 * How many of the ring's 8 modes the samples cover. A sample is near a mode when it lies
 * within `within` of the centre (default 3 standard deviations); a mode is covered when at
 * least `minShare` of all samples are near it (default a quarter of a fair share, 1/32).
 */
export function ringModeCoverage(
  samples: Points,
  options: {radius?: number; std?: number; within?: number; minShare?: number} = {},
): ModeCoverage {
  const radius = options.radius ?? RING_DEFAULTS.radius;
  const within = options.within ?? 3 * (options.std ?? RING_DEFAULTS.std);
  const minShare = options.minShare ?? 1 / (4 * RING_MODES);
  const n = samples.length / 2;
  const counts = new Array<number>(RING_MODES).fill(0);
  for (let i = 0; i < n; i++) {
    const x = samples[2 * i] ?? 0;
    const y = samples[2 * i + 1] ?? 0;
    for (let k = 0; k < RING_MODES; k++) {
      const angle = (2 * Math.PI * k) / RING_MODES;
      if (Math.hypot(x - radius * Math.cos(angle), y - radius * Math.sin(angle)) <= within) {
        counts[k] = (counts[k] ?? 0) + 1;
        break;
      }
    }
  }
  const shares = counts.map((c) => c / n);
  return {
    covered: shares.filter((s) => s >= minShare).length,
    shares,
    nearShare: shares.reduce((a, b) => a + b, 0),
  };
}
