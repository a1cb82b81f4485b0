/**
 * The numbers behind the score-field diagram: a two-dimensional mixture of two Gaussians,
 * its log density, its score ∇_x log p(x) in closed form, a seeded Langevin trajectory that
 * follows the score, and contour lines of the density found by marching squares. Nothing
 * here is drawn by hand: the picture is this computation.
 */
import {gaussianNoise} from '../DiffusionChainDiagram/noise';

/** A point or a vector in the plane. */
export type Vec = readonly [x: number, y: number];

/** One isotropic Gaussian of the mixture: N(mean, sigma² I), with mixing weight `weight`. */
export type MixtureComponent = {mean: Vec; sigma: number; weight: number};

/** The density the diagram draws: a heavier, tighter peak on the left and a wider one on the right. */
export const MIXTURE: readonly MixtureComponent[] = [
  {mean: [-1.5, 0.8], sigma: 0.7, weight: 0.6},
  {mean: [1.6, -0.7], sigma: 0.9, weight: 0.4},
];

/** The part of the plane the diagram shows (data coordinates, y upwards). */
export const BOUNDS = {xMin: -4, xMax: 4, yMin: -3, yMax: 3} as const;

/** Log of each weighted component density at x, before they are added up. */
function weightedLogTerms(x: Vec, mixture: readonly MixtureComponent[]): number[] {
  return mixture.map(({mean, sigma, weight}) => {
    const d2 = (x[0] - mean[0]) ** 2 + (x[1] - mean[1]) ** 2;
    return Math.log(weight) - Math.log(2 * Math.PI * sigma * sigma) - d2 / (2 * sigma * sigma);
  });
}

/** log p(x) for the mixture, computed with the log-sum-exp trick so far-away points do not underflow. */
export function logDensity(x: Vec, mixture: readonly MixtureComponent[] = MIXTURE): number {
  const terms = weightedLogTerms(x, mixture);
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((sum, t) => sum + Math.exp(t - top), 0));
}

/** p(x) for the mixture. */
export function density(x: Vec, mixture: readonly MixtureComponent[] = MIXTURE): number {
  return Math.exp(logDensity(x, mixture));
}

/**
 * The score ∇_x log p(x). For a mixture it is the average of each component's own score,
 * (μ_k − x) / σ_k², weighted by how responsible that component is for x.
 */
export function score(x: Vec, mixture: readonly MixtureComponent[] = MIXTURE): Vec {
  const terms = weightedLogTerms(x, mixture);
  const top = Math.max(...terms);
  const raw = terms.map((t) => Math.exp(t - top));
  const total = raw.reduce((a, b) => a + b, 0);
  let gx = 0;
  let gy = 0;
  mixture.forEach(({mean, sigma}, k) => {
    const responsibility = (raw[k] ?? 0) / total;
    gx += (responsibility * (mean[0] - x[0])) / (sigma * sigma);
    gy += (responsibility * (mean[1] - x[1])) / (sigma * sigma);
  });
  return [gx, gy];
}

/** The settings of the trajectory the diagram draws. */
export const LANGEVIN = {start: [3.3, 2.3] as Vec, steps: 40, stepSize: 0.05, seed: 11} as const;

/**
 * Unadjusted Langevin dynamics: x_{k+1} = x_k + (η/2) ∇_x log p(x_k) + √η ε_k, with ε_k standard
 * normal noise from a seeded generator. Returns every visited point, the start included.
 */
export function langevinPath(
  start: Vec = LANGEVIN.start,
  steps: number = LANGEVIN.steps,
  stepSize: number = LANGEVIN.stepSize,
  seed: number = LANGEVIN.seed,
  mixture: readonly MixtureComponent[] = MIXTURE,
): Vec[] {
  const noise = gaussianNoise(2 * steps, seed);
  const path: Vec[] = [start];
  let x = start;
  for (let k = 0; k < steps; k++) {
    const s = score(x, mixture);
    const root = Math.sqrt(stepSize);
    x = [
      x[0] + (stepSize / 2) * s[0] + root * (noise[2 * k] ?? 0),
      x[1] + (stepSize / 2) * s[1] + root * (noise[2 * k + 1] ?? 0),
    ];
    path.push(x);
  }
  return path;
}

/** Grid points at which the diagram draws a score arrow: every `spacing` units, inside the bounds. */
export function arrowGrid(spacing = 0.5, margin = 0.25): Vec[] {
  const points: Vec[] = [];
  for (let y = BOUNDS.yMax - margin; y >= BOUNDS.yMin + margin - 1e-9; y -= spacing) {
    for (let x = BOUNDS.xMin + margin; x <= BOUNDS.xMax - margin + 1e-9; x += spacing) {
      points.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
    }
  }
  return points;
}

/** Values of a function at the corners of an nx × ny grid of cells over the bounds. */
export type SampledGrid = {nx: number; ny: number; values: Float64Array};

/**
 * Samples `f` once at every corner of the grid, row by row from the bottom. The diagram
 * uses the faster {@link sampleMixtureGrid}; this general form is what the tests check it
 * against.
 */
export function sampleGrid(f: (x: Vec) => number, nx = 96, ny = 72): SampledGrid {
  const {xMin, xMax, yMin, yMax} = BOUNDS;
  const dx = (xMax - xMin) / nx;
  const dy = (yMax - yMin) / ny;
  const values = new Float64Array((nx + 1) * (ny + 1));
  for (let j = 0; j <= ny; j++) {
    for (let i = 0; i <= nx; i++) values[j * (nx + 1) + i] = f([xMin + i * dx, yMin + j * dy]);
  }
  return {nx, ny, values};
}

/**
 * Line segments of the contour {x : f(x) = level} for each of `levels`, by marching squares
 * on the sampled grid, with the crossing on each cell edge placed by linear interpolation.
 * One pass over the cells serves every level: a cell is looked at closely only where its
 * lowest and highest corners lie on either side of a level, which most cells do not.
 */
export function contourSegmentsForLevels(
  {nx, ny, values}: SampledGrid,
  levels: readonly number[],
): [Vec, Vec][][] {
  const out = levels.map((): [Vec, Vec][] => []);
  const row = nx + 1;
  const lowest = Math.min(...levels);
  const highest = Math.max(...levels);
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * row + i;
      // Corners counter-clockwise from the bottom left, as the edges are walked below.
      // (Indices inside the grid: `as number` only tells TypeScript so, at no cost.)
      const v0 = values[k] as number;
      const v1 = values[k + 1] as number;
      const v2 = values[k + row + 1] as number;
      const v3 = values[k + row] as number;
      let low = v0 < v1 ? v0 : v1;
      let high = v0 < v1 ? v1 : v0;
      if (v2 < low) low = v2;
      else if (v2 > high) high = v2;
      if (v3 < low) low = v3;
      else if (v3 > high) high = v3;
      // Most cells lie below every level or above every level.
      if (high < lowest || low >= highest) continue;
      for (let l = 0; l < levels.length; l++) {
        const level = levels[l] as number;
        // Wholly inside (every corner >= level) or wholly outside: nothing to draw here.
        if (low >= level || high < level) continue;
        cellSegments(i, j, nx, ny, [v0, v1, v2, v3], level, out[l] ?? []);
      }
    }
  }
  return out;
}

/** The one or two segments of a level inside cell (i, j), whose corner values are `v`. */
function cellSegments(
  i: number,
  j: number,
  nx: number,
  ny: number,
  v: readonly number[],
  level: number,
  segments: [Vec, Vec][],
): void {
  const {xMin, xMax, yMin, yMax} = BOUNDS;
  const dx = (xMax - xMin) / nx;
  const dy = (yMax - yMin) / ny;
  const corners: Vec[] = [
    [xMin + i * dx, yMin + j * dy],
    [xMin + (i + 1) * dx, yMin + j * dy],
    [xMin + (i + 1) * dx, yMin + (j + 1) * dy],
    [xMin + i * dx, yMin + (j + 1) * dy],
  ];
  // The crossings on the four edges (bottom, right, top, left), where the sign changes.
  const crossings: Vec[] = [];
  for (let e = 0; e < 4; e++) {
    const a = corners[e] as Vec;
    const b = corners[(e + 1) % 4] as Vec;
    const va = v[e] ?? 0;
    const vb = v[(e + 1) % 4] ?? 0;
    if (va >= level !== vb >= level) {
      const s = (level - va) / (vb - va);
      crossings.push([a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])]);
    }
  }
  // Two crossings: one segment. Four (a saddle cell): pair them in edge order.
  for (let c = 0; c + 1 < crossings.length; c += 2) {
    segments.push([crossings[c] as Vec, crossings[c + 1] as Vec]);
  }
}

/** {@link contourSegmentsForLevels} for one level. */
export function contourSegmentsOnGrid(grid: SampledGrid, level: number): [Vec, Vec][] {
  return contourSegmentsForLevels(grid, [level])[0] ?? [];
}

/** {@link contourSegmentsOnGrid} for one level of `f`, sampled on an nx × ny grid. */
export function contourSegments(f: (x: Vec) => number, level: number, nx = 96, ny = 72): [Vec, Vec][] {
  return contourSegmentsOnGrid(sampleGrid(f, nx, ny), level);
}

/**
 * p(x) for the mixture at every corner of the grid, as {@link sampleGrid} of
 * {@link density} would give it, for far less work: an isotropic Gaussian is a function
 * of x times a function of y, so each component needs (nx + 1) + (ny + 1) exponentials
 * instead of one per corner. The diagram samples 7,000 corners while the page starts,
 * in a task nothing can interrupt.
 */
export function sampleMixtureGrid(
  mixture: readonly MixtureComponent[] = MIXTURE,
  nx = 96,
  ny = 72,
): SampledGrid {
  const {xMin, xMax, yMin, yMax} = BOUNDS;
  const dx = (xMax - xMin) / nx;
  const dy = (yMax - yMin) / ny;
  const values = new Float64Array((nx + 1) * (ny + 1));
  const across = new Float64Array(nx + 1);
  for (const {mean, sigma, weight} of mixture) {
    const twoVariance = 2 * sigma * sigma;
    for (let i = 0; i <= nx; i++) {
      const d = xMin + i * dx - mean[0];
      across[i] = Math.exp(-(d * d) / twoVariance);
    }
    for (let j = 0; j <= ny; j++) {
      const d = yMin + j * dy - mean[1];
      // weight / (2π σ²) times the y factor, shared by the whole row.
      const up = (weight / (Math.PI * twoVariance)) * Math.exp(-(d * d) / twoVariance);
      const rowStart = j * (nx + 1);
      for (let i = 0; i <= nx; i++)
        values[rowStart + i] = (values[rowStart + i] as number) + up * (across[i] as number);
    }
  }
  return {nx, ny, values};
}

/** The density at the highest grid point, to place contour levels as fractions of the peak. */
export function peakDensity(mixture: readonly MixtureComponent[] = MIXTURE): number {
  return Math.max(...mixture.map((c) => density(c.mean, mixture)));
}

/** Contour levels as shares of the peak density, from the outermost ring inwards. */
export const CONTOUR_SHARES = [0.08, 0.3, 0.6] as const;
