/**
 * Straight versus curved paths from noise (left, t = 0) to data (right, t = 1), in one
 * dimension: the straight paths x_t = (1 − t) x_0 + t x_1 of flow matching and rectified
 * flow beside the curved paths of a variance-preserving diffusion's probability-flow ODE.
 * A few Euler steps, computed from each family's velocity field, show why straight paths
 * need fewer steps: on a straight path they land exactly, on a curved one they miss.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Label, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import {DATA, HIGHLIGHT, NOISE, eulerSteps, pathPoint, type PathKind} from './paths';
import styles from './styles.module.css';

/** Props of {@link FlowPathsDiagram}. */
export type Props = DiagramBaseProps & {
  /** Number of equal Euler steps drawn on one path in each panel (1 to 4; default 2). */
  steps?: number;
};

const NAME = 'FlowPathsDiagram';
const KINDS: readonly PathKind[] = ['straight', 'diffusion'];
const SAMPLES = 32;

const TITLE: Record<PathKind, string> = {
  straight: 'Flow matching: straight paths',
  diffusion: 'Diffusion ODE: curved paths',
};

const FORMULA: Record<PathKind, string> = {
  straight: 'x_t = (1 − t) x_0 + t x_1',
  diffusion: 'x_t = cos(πt/2) x_0 + sin(πt/2) x_1',
};

function fmt(n: number): string {
  return `${Math.round(n * 10) / 10}`;
}

/** What the Euler steps achieved on the highlighted path, in words (also used by the test). */
export function eulerCaption(kind: PathKind, steps: number): string {
  const x0 = NOISE[HIGHLIGHT] as number;
  const x1 = DATA[HIGHLIGHT] as number;
  const run = eulerSteps(kind, x0, x1, steps);
  const end = run[run.length - 1]?.x ?? x0;
  const miss = Math.abs(end - x1);
  const what = steps === 1 ? '1 Euler step' : `${steps} Euler steps`;
  if (miss < 1e-9) return `${what} land exactly on x_1 = ${x1}`;
  return `${what} end at ${end.toFixed(2)}, not at x_1 = ${x1}`;
}

/** Half-height of the value axis: every drawn value fits, with a margin. */
function valueRange(steps: number): number {
  let max = 0;
  for (const kind of KINDS) {
    NOISE.forEach((x0, i) => {
      const x1 = DATA[i] as number;
      for (let k = 0; k <= SAMPLES; k++) max = Math.max(max, Math.abs(pathPoint(kind, x0, x1, k / SAMPLES)));
    });
    for (const p of eulerSteps(kind, NOISE[HIGHLIGHT] as number, DATA[HIGHLIGHT] as number, steps)) {
      max = Math.max(max, Math.abs(p.x));
    }
  }
  return max + 0.25;
}

function circle(cx: number, cy: number, r: number): string {
  return `M${fmt(cx - r)} ${fmt(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

/** One panel: the bundle of paths, the noise and data points, and the Euler steps on one path. */
function Panel({
  x,
  y,
  width,
  kind,
  steps,
  range,
}: {
  x: number;
  y: number;
  width: number;
  kind: PathKind;
  steps: number;
  range: number;
}): ReactNode {
  const left = x + 44;
  const right = x + width - 44;
  const top = y + 56;
  const bottom = top + 190;
  const X = (t: number) => left + t * (right - left);
  const Y = (v: number) => top + ((range - v) / (2 * range)) * (bottom - top);
  // Every path of the bundle in one <path>, so the panel stays a handful of elements.
  const bundle = NOISE.map((x0, i) => {
    const x1 = DATA[i] as number;
    const n = kind === 'straight' ? 1 : SAMPLES;
    const pts = Array.from(
      {length: n + 1},
      (_, k) => `${fmt(X(k / n))} ${fmt(Y(pathPoint(kind, x0, x1, k / n)))}`,
    );
    return `M${pts.join('L')}`;
  }).join('');
  const noise = NOISE.map((x0) => circle(X(0), Y(x0), 4.5)).join('');
  const data = DATA.map((x1) => `M${fmt(X(1) - 4.5)} ${fmt(Y(x1) - 4.5)}h9v9h-9Z`).join('');
  const x1 = DATA[HIGHLIGHT] as number;
  const run = eulerSteps(kind, NOISE[HIGHLIGHT] as number, x1, steps);
  const runPoints: Point[] = run.map((p) => [X(p.t), Y(p.x)]);
  const end = run[run.length - 1] ?? {t: 1, x: x1};
  const missed = Math.abs(end.x - x1) > 1e-9;
  return (
    <g>
      <Label x={x + width / 2} y={y + 12} text={TITLE[kind]} bold />
      <Label x={x + width / 2} y={y + 35} text={FORMULA[kind]} size="detail" />
      <rect
        className={styles.frame}
        x={left - 14}
        y={top - 6}
        width={right - left + 28}
        height={bottom - top + 12}
        rx={4}
      />
      <path className={styles.paths} d={bundle} />
      {runPoints.slice(1).map((p, i) => (
        <Arrow key={i} tone="accent" points={[runPoints[i] as Point, p]} />
      ))}
      <path className={styles.noise} d={noise} />
      <path className={styles.data} d={data} />
      <path className={styles.steps} d={runPoints.map(([px, py]) => circle(px, py, 3.5)).join('')} />
      {missed && (
        // A bracket between where the steps ended and where the path ends: the miss.
        <Arrow
          tone="feedback"
          heads="none"
          radius={0}
          points={[
            [X(1) + 7, Y(end.x)],
            [X(1) + 12, Y(end.x)],
            [X(1) + 12, Y(x1)],
            [X(1) + 7, Y(x1)],
          ]}
        />
      )}
      <Label x={X(0)} y={bottom + 26} text={['t = 0', 'noise x_0']} size="detail" tone="muted" />
      <Label x={X(1)} y={bottom + 26} text={['t = 1', 'data x_1']} size="detail" tone="muted" />
      <Label x={(X(0) + X(1)) / 2} y={bottom + 18} text="time t →" size="detail" tone="muted" />
      <Label
        x={x + width / 2}
        y={bottom + 66}
        text={eulerCaption(kind, steps)}
        size="detail"
        tone="accent"
        maxWidth={width - 16}
      />
    </g>
  );
}

/** The key to the three kinds of mark, as rows of (shape, text) starting at (x, y). */
function Legend({x, y, steps, columns}: {x: number; y: number; steps: number; columns: number}): ReactNode {
  const items: Array<{d: string; className: string | undefined; text: string}> = [
    {d: circle(x + 6, 0, 4.5), className: styles.noise, text: 'noise sample x_0'},
    {d: `M${x + 1.5} -4.5h9v9h-9Z`, className: styles.data, text: 'data point x_1'},
    {
      d: circle(x + 6, 0, 3.5),
      className: styles.steps,
      text: `Euler step, h = ${Number((1 / steps).toFixed(2))}`,
    },
  ];
  const colWidth = 172;
  return (
    <g>
      {items.map((item, i) => {
        const dx = (i % columns) * colWidth;
        const dy = y + Math.floor(i / columns) * 24;
        return (
          <g key={item.text} transform={`translate(${dx} ${dy})`}>
            <path className={item.className} d={item.d} />
            <Label x={x + 18} y={0} text={item.text} size="detail" anchor="start" />
          </g>
        );
      })}
    </g>
  );
}

function checkedSteps(steps: unknown): number {
  if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1 || steps > 4) {
    throw new Error(
      `<${NAME}>: \`steps\` must be a whole number from 1 to 4 (got ${JSON.stringify(steps)}).`,
    );
  }
  return steps;
}

/** Straight flow-matching paths beside curved diffusion paths, each with a few Euler steps. */
export default function FlowPathsDiagram({
  description,
  title = 'Straight flow-matching paths beside curved diffusion paths, from noise to data, with Euler steps',
  steps = 2,
}: Props): ReactNode {
  const n = checkedSteps(steps);
  const range = valueRange(n);
  const wide = {
    width: 720,
    height: 384,
    content: (
      <>
        <Panel x={8} y={6} width={340} kind="straight" steps={n} range={range} />
        <Panel x={372} y={6} width={340} kind="diffusion" steps={n} range={range} />
        <Legend x={104} y={364} steps={n} columns={3} />
      </>
    ),
  };
  const narrow = {
    width: 360,
    height: 740,
    content: (
      <>
        <Panel x={10} y={6} width={340} kind="straight" steps={n} range={range} />
        <Panel x={10} y={348} width={340} kind="diffusion" steps={n} range={range} />
        <Legend x={18} y={700} steps={n} columns={2} />
      </>
    ),
  };
  return <Diagram component={NAME} title={title} description={description} wide={wide} narrow={narrow} />;
}
