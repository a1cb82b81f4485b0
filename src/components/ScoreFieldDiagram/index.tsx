/**
 * A score field: contour rings of a two-peaked density p(x) in the plane, arrows of its
 * score ∇_x log p(x) on a grid, and a short Langevin trajectory that follows the arrows
 * from a point far out to one of the peaks. Every ring, arrow and step is computed in
 * ./field.ts from the actual formulas; many similar marks share one SVG path.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Label, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import {
  BOUNDS,
  CONTOUR_SHARES,
  LANGEVIN,
  arrowGrid,
  contourSegmentsForLevels,
  langevinPath,
  peakDensity,
  sampleMixtureGrid,
  score,
  type Vec,
} from './field';
import styles from './styles.module.css';

/** Props of {@link ScoreFieldDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'ScoreFieldDiagram';

/** Where the plot sits in a layout, in SVG user units. */
type Plot = {left: number; top: number; width: number; height: number};

/** Maps a point in data coordinates (y upwards) to SVG coordinates (y downwards). */
function toSvg(plot: Plot, p: Vec): Point {
  const {xMin, xMax, yMin, yMax} = BOUNDS;
  return [
    plot.left + ((p[0] - xMin) / (xMax - xMin)) * plot.width,
    plot.top + ((yMax - p[1]) / (yMax - yMin)) * plot.height,
  ];
}

const fmt = (n: number) => `${Math.round(n * 10) / 10}`;
const move = (p: Point) => `M${fmt(p[0])} ${fmt(p[1])}`;
const line = (p: Point) => `L${fmt(p[0])} ${fmt(p[1])}`;

/**
 * Each part of the picture is computed once, on the first render that needs it, rather
 * than when the module loads, and each is drawn by its own component. The note's modules
 * load in one start-up task that nothing can interrupt, while React hydrates component by
 * component and lets the browser respond in between: computed at load, the whole field
 * made that task 32–46 ms on the benchmark machine (five Lighthouse runs, before its
 * fourfold phone slowdown); computed in one component, it made one 17 ms step of the
 * hydration; split like this, the longest step is the contours' alone (sampling and
 * tracing, about 13 ms in a traced run with the profiler on, which slows it).
 */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** The arrows' grid points and the score at each. */
const arrowGeometry = once(() => {
  const grid = arrowGrid();
  return {grid, scores: grid.map((p) => score(p))};
});

/** The contour segments, one list per level of CONTOUR_SHARES. */
const contourGeometry = once(() => {
  const peak = peakDensity();
  return contourSegmentsForLevels(
    sampleMixtureGrid(),
    CONTOUR_SHARES.map((share) => share * peak),
  );
});

/** The Langevin trajectory. */
const pathGeometry = once(() => langevinPath());

/**
 * All score arrows as one path: each arrow is centred on its grid point, points along the
 * score and grows with the score's size (tanh keeps the long ones from overlapping).
 */
export function arrowsPath(plot: Plot, maxLength: number): {d: string; count: number} {
  const {grid, scores} = arrowGeometry();
  const parts: string[] = [];
  let count = 0;
  grid.forEach((p, i) => {
    const s = scores[i] ?? ([0, 0] as Vec);
    const size = Math.hypot(s[0], s[1]);
    const length = maxLength * Math.tanh(size / 3);
    if (length < 3) return; // at a peak or a saddle the score is (almost) zero: no arrow
    const [cx, cy] = toSvg(plot, p);
    const ux = s[0] / size;
    const uy = -s[1] / size; // SVG's y axis points down
    const tail: Point = [cx - (ux * length) / 2, cy - (uy * length) / 2];
    const head: Point = [cx + (ux * length) / 2, cy + (uy * length) / 2];
    const barb = Math.min(5, 0.45 * length);
    const cos = Math.cos(0.5);
    const sin = Math.sin(0.5);
    // The two barbs: the reversed direction rotated by ±0.5 rad.
    const left: Point = [head[0] - barb * (ux * cos - uy * sin), head[1] - barb * (uy * cos + ux * sin)];
    const right: Point = [head[0] - barb * (ux * cos + uy * sin), head[1] - barb * (uy * cos - ux * sin)];
    parts.push(`${move(tail)}${line(head)}${move(left)}${line(head)}${line(right)}`);
    count++;
  });
  return {d: parts.join(''), count};
}

/** The contour segments of one level as one path. */
function contourPath(plot: Plot, level: number): string {
  return (contourGeometry()[level] ?? [])
    .map(([a, b]) => `${move(toSvg(plot, a))}${line(toSvg(plot, b))}`)
    .join('');
}

/** The trajectory as a line, and its steps as small discs, each one path. */
function trajectoryPaths(plot: Plot): {line: string; dots: string} {
  const points = pathGeometry().map((p) => toSvg(plot, p));
  const r = 2.2;
  return {
    line: points.map((p, i) => (i === 0 ? move(p) : line(p))).join(''),
    dots: points
      .slice(1, -1)
      .map((p) => `M${fmt(p[0] - r)} ${fmt(p[1])}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`)
      .join(''),
  };
}

/** The density's contour rings, one path per level. */
function Contours({plot}: {plot: Plot}): ReactNode {
  return (
    <>
      {CONTOUR_SHARES.map((_, level) => (
        <path
          key={level}
          className={styles[`contour${level}`]}
          d={contourPath(plot, level)}
          data-role="contour"
        />
      ))}
    </>
  );
}

/** The score arrows, as one path. */
function ScoreArrows({plot, maxLength}: {plot: Plot; maxLength: number}): ReactNode {
  const arrows = arrowsPath(plot, maxLength);
  return <path className={styles.field} d={arrows.d} data-role="score-arrows" data-count={arrows.count} />;
}

/** The Langevin trajectory with its start and end marked. */
function Trajectory({plot}: {plot: Plot}): ReactNode {
  const trajectory = trajectoryPaths(plot);
  const path = pathGeometry();
  const start = toSvg(plot, path[0] ?? LANGEVIN.start);
  const end = toSvg(plot, path[path.length - 1] ?? LANGEVIN.start);
  return (
    <>
      <path className={styles.trajectory} d={trajectory.line} data-role="langevin-path" />
      <path className={styles.steps} d={trajectory.dots} />
      <circle className={styles.start} cx={start[0]} cy={start[1]} r={5.5} />
      <circle className={styles.end} cx={end[0]} cy={end[1]} r={5.5} />
      <Label x={start[0] - 10} y={start[1] - 12} text="start" size="detail" anchor="end" bold halo />
      <Label
        x={end[0]}
        y={end[1] + 20}
        text={`after ${LANGEVIN.steps} steps`}
        size="detail"
        tone="accent"
        bold
        halo
      />
    </>
  );
}

/**
 * Contours, arrows and the trajectory inside a frame: three components, so that React can
 * let the browser respond between them while it hydrates.
 */
function FieldPlot({plot, maxLength}: {plot: Plot; maxLength: number}): ReactNode {
  return (
    <g>
      <rect className={styles.frame} x={plot.left} y={plot.top} width={plot.width} height={plot.height} />
      <Contours plot={plot} />
      <ScoreArrows plot={plot} maxLength={maxLength} />
      <Trajectory plot={plot} />
    </g>
  );
}

const NBSP = '\u00a0';

// A space right after a subscript is a non-breaking one: a plain space at the start of the
// raised tspan that follows a subscript can be collapsed by some SVG renderers.
const LEGEND = {
  rings: 'Rings: contours of p(x), a mixture of two Gaussians; thicker rings mark higher density.',
  arrows: [
    `Arrows: the score ∇_x${NBSP}log p(x).`,
    'Each points uphill, towards',
    'more probable x; longer means',
    'a steeper climb. It vanishes',
    'on the peaks and at the saddle.',
  ],
  dots: [
    `Dots: ${LANGEVIN.steps} Langevin steps`,
    `x_{k+1}${NBSP}= x_k${NBSP}+ (η/2) ∇_x${NBSP}log p(x_k)`,
    `+ √η ε_k, with η = ${LANGEVIN.stepSize}`,
  ],
  constant: 'Scaling p(x) by any constant changes no arrow.',
};

/** A short ring, arrow and dotted line, drawn like their counterparts in the plot. */
function LegendGlyph({kind, x, y}: {kind: 'rings' | 'arrows' | 'dots'; x: number; y: number}): ReactNode {
  if (kind === 'rings') {
    return <ellipse className={styles.contour1} cx={x} cy={y} rx={9} ry={6} />;
  }
  if (kind === 'arrows') {
    return (
      <path
        className={styles.field}
        d={`M${x - 9} ${y}L${x + 9} ${y}M${x + 4} ${y - 4}L${x + 9} ${y}L${x + 4} ${y + 4}`}
      />
    );
  }
  return (
    <g>
      <path className={styles.trajectory} d={`M${x - 10} ${y + 4}L${x} ${y - 3}L${x + 10} ${y + 2}`} />
      <circle className={styles.steps} cx={x} cy={y - 3} r={2.2} />
    </g>
  );
}

function wideLayout() {
  const plot: Plot = {left: 8, top: 8, width: 408, height: 306};
  const x = 446;
  return {
    width: 720,
    height: 322,
    content: (
      <>
        <FieldPlot plot={plot} maxLength={21} />
        <LegendGlyph kind="rings" x={x} y={21} />
        <Label x={x + 18} y={38} text={LEGEND.rings} size="detail" anchor="start" maxWidth={250} />
        <LegendGlyph kind="arrows" x={x} y={97} />
        <Label x={x + 18} y={132} text={LEGEND.arrows} size="detail" anchor="start" />
        <LegendGlyph kind="dots" x={x} y={202} />
        <Label x={x + 18} y={220} text={LEGEND.dots} size="detail" anchor="start" />
        <Label x={x - 10} y={290} text={LEGEND.constant} size="detail" anchor="start" bold maxWidth={270} />
      </>
    ),
  };
}

function narrowLayout() {
  const plot: Plot = {left: 6, top: 6, width: 348, height: 261};
  const x = 18;
  return {
    width: 360,
    height: 540,
    content: (
      <>
        <FieldPlot plot={plot} maxLength={17} />
        <LegendGlyph kind="rings" x={x} y={289} />
        <Label x={x + 18} y={306} text={LEGEND.rings} size="detail" anchor="start" maxWidth={318} />
        <LegendGlyph kind="arrows" x={x} y={352} />
        <Label
          x={x + 18}
          y={378}
          text={LEGEND.arrows.join(' ')}
          size="detail"
          anchor="start"
          maxWidth={318}
        />
        <LegendGlyph kind="dots" x={x} y={438} />
        <Label x={x + 18} y={455} text={LEGEND.dots} size="detail" anchor="start" />
        <Label x={180} y={514} text={LEGEND.constant} size="detail" bold maxWidth={330} />
      </>
    ),
  };
}

/** Contours of a two-peaked density, the arrows of its score, and a Langevin trajectory. */
export default function ScoreFieldDiagram({
  description,
  title = 'A score field: arrows of ∇ log p(x) over a two-peaked density, with a Langevin trajectory',
}: Props): ReactNode {
  return (
    <Diagram
      component={NAME}
      title={title}
      description={description}
      wide={wideLayout()}
      narrow={narrowLayout()}
    />
  );
}
