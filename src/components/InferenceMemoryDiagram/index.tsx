/**
 * Where GPU memory goes while a language model generates text, for the note's worked
 * example (Llama 3.1 8B serving 8 sequences of 8,192 tokens): one stacked bar with
 * 16-bit weights and one with 4-bit weights, each split into weights, KV cache and a
 * dashed rule-of-thumb allowance, on one GB scale with a 24 GB GPU marked. The numbers
 * come from the same module as the MemoryCalculator explainer, so the two always agree.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Label} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import {DEFAULT_CONFIG, GB, estimateMemory, roundTo, type MemoryEstimate} from '../MemoryCalculator/memory';
import styles from './styles.module.css';

/** Props of {@link InferenceMemoryDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'InferenceMemoryDiagram';

/** The GPU size drawn as a dashed line across both bars. */
export const GPU_LINE_GB = 24;
/** Right end of the scale, in GB. */
const SCALE_GB = 32;

/** One stacked bar: its heading and the estimate it draws. */
export type Bar = {heading: string; estimate: MemoryEstimate};

/** The two bars of the worked example: 16-bit and 4-bit weights, same KV cache. */
export function exampleBars(): Bar[] {
  return [
    {heading: '16-bit weights', estimate: estimateMemory(DEFAULT_CONFIG)},
    {heading: '4-bit weights', estimate: estimateMemory({...DEFAULT_CONFIG, weightBits: 4})},
  ];
}

/** "16.06 GB" (two decimals, as in the text and the explainer). */
export function gb(bytes: number): string {
  return `${roundTo(bytes / GB, 2).toFixed(2)} GB`;
}

/** The allowance is rough, so it is printed with one decimal and "≈". */
export function approxGb(bytes: number): string {
  return `≈ ${roundTo(bytes / GB, 1).toFixed(1)} GB`;
}

const TITLE_TEXT = 'Llama 3.1 8B serving 8 sequences of 8,192 tokens, KV cache in 16 bits';
const FORMULAS = [
  'weights = parameters × bytes per parameter',
  'KV cache = 2 × layers × KV heads × head dimension × tokens × batch × bytes',
];

type Geometry = {
  left: number;
  right: number;
  /** Pixel x of a size in GB. */
  x: (valueGB: number) => number;
};

function geometry(left: number, right: number): Geometry {
  return {left, right, x: (valueGB) => left + ((right - left) * valueGB) / SCALE_GB};
}

const fmt = (n: number) => `${Math.round(n * 10) / 10}`;
const rect = (x0: number, x1: number, y: number, h: number) =>
  `M${fmt(x0)} ${fmt(y)}H${fmt(x1)}V${fmt(y + h)}H${fmt(x0)}Z`;

/** Rough width of a detail label (14-unit font), to decide whether it fits inside a segment. */
const textWidth = (text: string) => text.length * 7.7 + 8;

type Segment = {name: string; value: string; x0: number; x1: number};

function segmentsOf(bar: Bar, g: Geometry): Segment[] {
  const {weightsBytes, totalBytes, withAllowanceBytes, kvBytes, allowanceBytes} = bar.estimate;
  return [
    {name: 'weights', value: gb(weightsBytes), x0: g.x(0), x1: g.x(weightsBytes / GB)},
    {name: 'KV cache', value: gb(kvBytes), x0: g.x(weightsBytes / GB), x1: g.x(totalBytes / GB)},
    {
      name: 'allowance',
      value: approxGb(allowanceBytes),
      x0: g.x(totalBytes / GB),
      x1: g.x(withAllowanceBytes / GB),
    },
  ];
}

/** Paths for every bar of one layout: one element per kind of shape. */
function barPaths(bars: readonly Bar[], g: Geometry, ys: readonly number[], height: number) {
  const paths = {weights: '', kv: '', allowance: ''};
  bars.forEach((bar, i) => {
    const y = ys[i] ?? 0;
    const [weights, kv, allowance] = segmentsOf(bar, g);
    if (weights) paths.weights += rect(weights.x0, weights.x1, y, height);
    if (kv) paths.kv += rect(kv.x0, kv.x1, y, height);
    if (allowance) paths.allowance += rect(allowance.x0, allowance.x1, y, height);
  });
  return paths;
}

function Shapes({
  paths,
  axis,
  gpuLine,
}: {
  paths: {weights: string; kv: string; allowance: string};
  axis: string;
  gpuLine: string;
}): ReactNode {
  return (
    <>
      <path className={styles.axis} d={axis} />
      <path className={styles.weights} d={paths.weights} />
      <path className={styles.kv} d={paths.kv} />
      <path className={styles.allowance} d={paths.allowance} />
      <path className={styles.gpuLine} d={gpuLine} />
    </>
  );
}

/** Labels inside a segment when they fit; `lines` 2 prints the value under the name. */
function SegmentLabels({
  bar,
  g,
  y,
  height,
  lines,
}: {
  bar: Bar;
  g: Geometry;
  y: number;
  height: number;
  lines: 1 | 2;
}): ReactNode {
  return (
    <>
      {segmentsOf(bar, g).map((segment) => {
        const width = segment.x1 - segment.x0;
        const text = lines === 2 ? [segment.name, segment.value] : [segment.name];
        if (Math.max(...text.map(textWidth)) > width) return null;
        return (
          <Label
            key={segment.name}
            x={(segment.x0 + segment.x1) / 2}
            y={y + height / 2}
            text={text}
            size="detail"
            bold={lines === 1}
          />
        );
      })}
    </>
  );
}

/** The GPU-size line: from below the scale through each bar, leaving the text under the bars clear. */
function gpuLinePath(x: number, top: number, ys: readonly number[], height: number): string {
  return ys.map((y, i) => `M${fmt(x)} ${fmt(i === 0 ? top : y - 6)}V${fmt(y + height + 4)}`).join('');
}

function ticks(g: Geometry, top: number, bottom: number): string {
  let d = `M${fmt(g.left)} ${fmt(bottom)}H${fmt(g.right)}`;
  for (let v = 0; v <= SCALE_GB; v += 8) d += `M${fmt(g.x(v))} ${fmt(bottom)}V${fmt(top)}`;
  return d;
}

function TickLabels({g, y}: {g: Geometry; y: number}): ReactNode {
  const values = Array.from({length: SCALE_GB / 8 + 1}, (_, i) => i * 8);
  return (
    <>
      {values.map((v) => (
        <Label
          key={v}
          x={g.x(v)}
          y={y}
          text={v === SCALE_GB ? `${v} GB` : String(v)}
          size="detail"
          tone="muted"
        />
      ))}
    </>
  );
}

function totalLine(bar: Bar): string {
  return `total ${gb(bar.estimate.totalBytes)}; with the allowance ${approxGb(bar.estimate.withAllowanceBytes)}`;
}

function wideLayout(bars: readonly Bar[]) {
  const g = geometry(150, 700);
  const height = 46;
  const ys = [84, 178];
  const gpuX = g.x(GPU_LINE_GB);
  return {
    width: 720,
    height: 330,
    content: (
      <>
        <Label x={360} y={14} text={TITLE_TEXT} bold />
        <TickLabels g={g} y={44} />
        <Shapes
          paths={barPaths(bars, g, ys, height)}
          axis={ticks(g, 56, 62)}
          gpuLine={gpuLinePath(gpuX, 64, ys, height)}
        />
        <Label x={gpuX + 6} y={70} text={`${GPU_LINE_GB} GB GPU`} size="detail" anchor="start" halo />
        {bars.map((bar, i) => {
          const y = ys[i] ?? 0;
          const allowance = segmentsOf(bar, g)[2];
          const allowanceInside =
            allowance !== undefined && textWidth(allowance.value) <= allowance.x1 - allowance.x0;
          return (
            <g key={bar.heading}>
              <Label x={140} y={y + height / 2} text={bar.heading.split(' ')} anchor="end" bold />
              <SegmentLabels bar={bar} g={g} y={y} height={height} lines={2} />
              {allowance && !allowanceInside && (
                <Label
                  x={allowance.x1 + 6}
                  y={y + height / 2}
                  text={['allowance', allowance.value]}
                  size="detail"
                  anchor="start"
                />
              )}
              <Label
                x={g.left}
                y={y + height + 16}
                text={totalLine(bar)}
                size="detail"
                anchor="start"
                tone="muted"
              />
            </g>
          );
        })}
        {FORMULAS.map((formula, i) => (
          <Label key={formula} x={360} y={284 + i * 22} text={formula} size="detail" bold />
        ))}
      </>
    ),
  };
}

function narrowLayout(bars: readonly Bar[]) {
  const g = geometry(14, 340);
  const height = 38;
  const ys = [132, 262];
  const gpuX = g.x(GPU_LINE_GB);
  return {
    width: 360,
    height: 450,
    content: (
      <>
        <Label x={180} y={24} text={TITLE_TEXT} bold maxWidth={340} />
        <TickLabels g={g} y={76} />
        <Shapes
          paths={barPaths(bars, g, ys, height)}
          axis={ticks(g, 88, 94)}
          gpuLine={gpuLinePath(gpuX, 96, ys, height)}
        />
        <Label x={gpuX - 6} y={106} text={`${GPU_LINE_GB} GB GPU`} size="detail" anchor="end" halo />
        {bars.map((bar, i) => {
          const y = ys[i] ?? 0;
          const [weights, kv, allowance] = segmentsOf(bar, g);
          return (
            <g key={bar.heading}>
              <Label x={g.left} y={y - 12} text={bar.heading} anchor="start" bold />
              <SegmentLabels bar={bar} g={g} y={y} height={height} lines={1} />
              <Label
                x={g.left}
                y={y + height + 28}
                text={[
                  `${weights?.name} ${weights?.value}, ${kv?.name} ${kv?.value},`,
                  `${allowance?.name} ${allowance?.value}`,
                  totalLine(bar).replace('; with the allowance', ';'),
                ]}
                size="detail"
                anchor="start"
                tone="muted"
              />
            </g>
          );
        })}
        <Label x={180} y={384} text={FORMULAS[0] ?? ''} size="detail" bold maxWidth={340} />
        <Label x={180} y={424} text={FORMULAS[1] ?? ''} size="detail" bold maxWidth={340} />
      </>
    ),
  };
}

/** Weights, KV cache and allowance for one worked example, as two stacked bars. */
export default function InferenceMemoryDiagram({
  description,
  title = 'Where inference memory goes: weights, KV cache and an allowance, with 16-bit and with 4-bit weights',
}: Props): ReactNode {
  const bars = exampleBars();
  return (
    <Diagram
      component={NAME}
      title={title}
      description={description}
      wide={wideLayout(bars)}
      narrow={narrowLayout(bars)}
    />
  );
}
