/**
 * Two views of the same data: a discriminative model p(y | x) draws a boundary between the
 * classes and labels a new point by its side; a generative model p(x) models where the
 * data lies (density contours) and samples new points from it. The dots come from a
 * seeded generator, so server and browser draw the same picture.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Label, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import {gaussianNoise} from '../DiffusionChainDiagram/noise';
import styles from './styles.module.css';

/** Props of {@link DiscriminativeVsGenerativeDiagram}. */
export type Props = DiagramBaseProps & {
  /** Names of the two classes, first drawn as discs, second as squares. */
  classes?: readonly [string, string];
};

const NAME = 'DiscriminativeVsGenerativeDiagram';
const PANEL = {width: 340, height: 316} as const;
const PLOT = {left: 8, top: 58, right: 332, bottom: 262} as const;
const CENTRES: readonly [Point, Point] = [
  [110, 124],
  [236, 200],
];

function cluster(centre: Point, seed: number, count: number): Point[] {
  const noise = gaussianNoise(2 * count, seed);
  return Array.from({length: count}, (_, i): Point => {
    const dx = Math.max(-2.2, Math.min(2.2, noise[2 * i] ?? 0));
    const dy = Math.max(-2.2, Math.min(2.2, noise[2 * i + 1] ?? 0));
    return [Math.round(centre[0] + dx * 24), Math.round(centre[1] + dy * 17)];
  });
}

const POINTS: readonly [Point[], Point[]] = [cluster(CENTRES[0], 7, 14), cluster(CENTRES[1], 11, 14)];

/** A data point: a disc for the first class, a square for the second (shape, not colour). */
function Dot({at, kind, sampled = false}: {at: Point; kind: 0 | 1; sampled?: boolean}): ReactNode {
  const className = sampled ? styles.sample : kind === 0 ? styles.first : styles.second;
  if (kind === 0) return <circle className={className} cx={at[0]} cy={at[1]} r={sampled ? 6 : 5} />;
  const half = sampled ? 6 : 5;
  return <rect className={className} x={at[0] - half} y={at[1] - half} width={2 * half} height={2 * half} />;
}

function Plot({children}: {children: ReactNode}): ReactNode {
  return (
    <>
      <rect
        className={styles.plot}
        x={PLOT.left}
        y={PLOT.top}
        width={PLOT.right - PLOT.left}
        height={PLOT.bottom - PLOT.top}
      />
      {children}
      <Label
        x={(PLOT.left + PLOT.right) / 2}
        y={PLOT.bottom + 14}
        text="feature 1 →"
        size="detail"
        tone="muted"
      />
    </>
  );
}

function Legend({classes, y}: {classes: readonly [string, string]; y: number}): ReactNode {
  return (
    <g>
      <Dot at={[16, y]} kind={0} />
      <Label x={28} y={y} text={`${classes[0]} photos`} size="detail" anchor="start" />
      <Dot at={[176, y]} kind={1} />
      <Label x={188} y={y} text={`${classes[1]} photos`} size="detail" anchor="start" />
    </g>
  );
}

function DiscriminativePanel({classes}: {classes: readonly [string, string]}): ReactNode {
  const newPoint: Point = [150, 92];
  return (
    <g>
      <Label x={PANEL.width / 2} y={12} text="Discriminative model: p(y | x)" bold />
      <Label
        x={PANEL.width / 2}
        y={34}
        text="learns a boundary between the labels"
        size="detail"
        tone="muted"
      />
      <Plot>
        {POINTS.map((points, kind) =>
          points.map((p, i) => <Dot key={`${kind}-${i}`} at={p} kind={kind as 0 | 1} />),
        )}
        <path className={styles.boundary} d="M 232 62 Q 170 150 112 258" />
        <Label x={246} y={84} text="boundary" size="detail" tone="accent" anchor="start" halo />
        <Label x={52} y={236} text={`${classes[0]} side`} size="detail" tone="muted" halo />
        <Label x={290} y={120} text={`${classes[1]} side`} size="detail" tone="muted" halo />
        <circle className={styles.query} cx={newPoint[0]} cy={newPoint[1]} r={8} />
        <Label x={newPoint[0]} y={newPoint[1]} text="?" size="detail" bold />
        <Arrow
          points={[
            [newPoint[0] - 9, newPoint[1] - 3],
            [104, 76],
          ]}
          heads="none"
          tone="muted"
        />
        <Label x={16} y={74} text={['new photo:', `${classes[0]} 0.83`]} size="detail" anchor="start" halo />
      </Plot>
      <Legend classes={classes} y={PANEL.height - 12} />
    </g>
  );
}

const SAMPLES: readonly [Point, 0 | 1][] = [
  [[88, 108], 0],
  [[126, 140], 0],
  [[222, 188], 1],
  [[256, 212], 1],
];

function GenerativePanel({classes}: {classes: readonly [string, string]}): ReactNode {
  return (
    <g>
      <Label x={PANEL.width / 2} y={12} text="Generative model: p(x)" bold />
      <Label
        x={PANEL.width / 2}
        y={34}
        text="learns where the data lies, then samples"
        size="detail"
        tone="muted"
      />
      <Plot>
        {CENTRES.map((c, kind) =>
          [2.2, 1.5, 0.8].map((scale, level) => (
            <ellipse
              key={`${kind}-${level}`}
              className={styles[`density${level}`]}
              cx={c[0]}
              cy={c[1]}
              rx={30 * scale}
              ry={21 * scale}
            />
          )),
        )}
        {POINTS.map((points, kind) =>
          points.map((p, i) => <Dot key={`${kind}-${i}`} at={p} kind={kind as 0 | 1} />),
        )}
        {SAMPLES.map(([p, kind], i) => (
          <Dot key={i} at={p} kind={kind} sampled />
        ))}
        <Label x={270} y={84} text={['high p(x):', 'darker rings']} size="detail" halo />
        <Arrow
          points={[
            [270, 100],
            [232, 180],
          ]}
          tone="muted"
        />
        <Label x={70} y={220} text={['new samples', '(outlined)']} size="detail" tone="accent" halo />
        <Arrow
          points={[
            [86, 204],
            [122, 148],
          ]}
          tone="accent"
        />
      </Plot>
      <Legend classes={classes} y={PANEL.height - 12} />
    </g>
  );
}

/** A classifier's boundary next to a generative model's density and its new samples. */
export default function DiscriminativeVsGenerativeDiagram({
  description,
  title = 'Discriminative versus generative: a boundary between labels versus a model of where the data lies',
  classes = ['puppy', 'bagel'],
}: Props): ReactNode {
  if (
    !Array.isArray(classes) ||
    classes.length !== 2 ||
    classes.some((c) => typeof c !== 'string' || c === '')
  ) {
    throw new Error(`<${NAME}>: \`classes\` must name exactly two classes, e.g. ['puppy', 'bagel'].`);
  }
  return (
    <Diagram
      component={NAME}
      title={title}
      description={description}
      wide={{
        width: 720,
        height: PANEL.height + 20,
        content: (
          <>
            <g transform="translate(10 10)">
              <DiscriminativePanel classes={classes} />
            </g>
            <line className={styles.divider} x1={360} y1={10} x2={360} y2={PANEL.height + 10} />
            <g transform="translate(370 10)">
              <GenerativePanel classes={classes} />
            </g>
          </>
        ),
      }}
      narrow={{
        width: 360,
        height: 2 * PANEL.height + 50,
        content: (
          <>
            <g transform="translate(10 10)">
              <DiscriminativePanel classes={classes} />
            </g>
            <line className={styles.divider} x1={10} y1={PANEL.height + 25} x2={350} y2={PANEL.height + 25} />
            <g transform={`translate(10 ${PANEL.height + 40})`}>
              <GenerativePanel classes={classes} />
            </g>
          </>
        ),
      }}
    />
  );
}
