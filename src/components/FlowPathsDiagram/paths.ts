/**
 * The two kinds of path the diagram compares, in one dimension and in the flow-matching
 * convention (t = 0 is noise x0, t = 1 is data x1):
 *
 * - the straight path of flow matching and rectified flow, x_t = (1 − t) x0 + t x1;
 * - the variance-preserving diffusion path with the cosine schedule,
 *   x_t = cos(πt/2) x0 + sin(πt/2) x1, which is also the trajectory of the diffusion's
 *   probability-flow ODE when the data set is the single point x1.
 *
 * Each path comes with the velocity field that carries any point toward x1 along paths of
 * that family, u_t(x | x1) = a′(t) x1 + (b′(t) / b(t)) (x − a(t) x1) for x_t = a(t) x1 + b(t) x0,
 * so the Euler steps drawn in the diagram are computed from the field, not placed by hand.
 */

/** Which family of paths. */
export type PathKind = 'straight' | 'diffusion';

type Schedule = {
  /** Weight of the data point x1 at time t. */
  a: (t: number) => number;
  /** Weight of the noise x0 at time t. */
  b: (t: number) => number;
  /** Derivative of a. */
  da: (t: number) => number;
  /** Derivative of b. */
  db: (t: number) => number;
};

const HALF_PI = Math.PI / 2;

const SCHEDULES: Record<PathKind, Schedule> = {
  straight: {a: (t) => t, b: (t) => 1 - t, da: () => 1, db: () => -1},
  diffusion: {
    a: (t) => Math.sin(HALF_PI * t),
    b: (t) => Math.cos(HALF_PI * t),
    da: (t) => HALF_PI * Math.cos(HALF_PI * t),
    db: (t) => -HALF_PI * Math.sin(HALF_PI * t),
  },
};

/** The point at time t on the path from noise x0 to data x1. */
export function pathPoint(kind: PathKind, x0: number, x1: number, t: number): number {
  const s = SCHEDULES[kind];
  return s.a(t) * x1 + s.b(t) * x0;
}

/**
 * The velocity at position x and time t (0 ≤ t < 1) of the field whose paths all end at x1.
 * On the path itself it equals the path's time derivative.
 */
export function velocity(kind: PathKind, x: number, t: number, x1: number): number {
  if (!(t >= 0 && t < 1)) throw new RangeError(`velocity: t must lie in [0, 1), got ${t}`);
  const s = SCHEDULES[kind];
  return s.da(t) * x1 + (s.db(t) / s.b(t)) * (x - s.a(t) * x1);
}

/** A point of an Euler run: time and position. */
export type EulerPoint = {t: number; x: number};

/** Euler's method from x0 at t = 0 to t = 1 in `steps` equal steps: x ← x + h · u_t(x). */
export function eulerSteps(kind: PathKind, x0: number, x1: number, steps: number): EulerPoint[] {
  if (!Number.isInteger(steps) || steps < 1)
    throw new RangeError(`eulerSteps: steps must be a positive integer`);
  const h = 1 / steps;
  const points: EulerPoint[] = [{t: 0, x: x0}];
  let x = x0;
  for (let i = 0; i < steps; i++) {
    const t = i * h;
    x += h * velocity(kind, x, t, x1);
    points.push({t: (i + 1) * h, x});
  }
  return points;
}

/** Noise samples x0 (quantiles of a standard normal, sorted) and the data points they are paired with. */
export const NOISE = [-1.5, -0.8, -0.25, 0.25, 0.8, 1.5] as const;
/** Two clusters of data, sorted, so the pairing is the one-dimensional optimal transport pairing. */
export const DATA = [-1.5, -1.2, -0.9, 0.9, 1.2, 1.5] as const;
/** Index of the pair whose Euler steps are drawn. */
export const HIGHLIGHT = 4;
