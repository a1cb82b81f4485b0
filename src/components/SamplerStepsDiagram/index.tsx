/**
 * How many network calls one diffusion sample costs, method by method, on a log scale:
 * DDPM's 1000 steps, the training-free samplers (DDIM, DPM-Solver) that reuse the same
 * network, and the distilled or consistency-trained networks that need one to four calls.
 * Only step counts are drawn: quality depends on the data set and the paper, so the note
 * gives those numbers in words, each with its source.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Label} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link SamplerStepsDiagram}. */
export type Props = DiagramBaseProps;

/** One method: its name, the year its paper appeared and its range of network calls per sample. */
export type SamplerEntry = {
  name: string;
  /** Year of the first arXiv version. */
  year: number;
  /** Fewest network evaluations per sample the paper reports using. */
  min: number;
  /** Most network evaluations per sample in the usual range. */
  max: number;
  /** `sampler`: same trained network, new update rule; `distilled`: a network trained to take few steps. */
  kind: 'sampler' | 'distilled';
};

/**
 * The methods, in the order drawn. Counts are those the papers report: DDPM 1000 (Ho et al.,
 * 2020); DDIM 10–100 (Song, Meng & Ermon, 2020); DPM-Solver 10–20 (Lu et al., 2022);
 * progressive distillation down to 4 (Salimans & Ho, 2022); consistency models 1–2 (Song et
 * al., 2023); latent consistency models 2–4 (Luo et al., 2023); ADD 1–4 (Sauer et al., 2023).
 */
export const SAMPLERS: readonly SamplerEntry[] = [
  {name: 'DDPM', year: 2020, min: 1000, max: 1000, kind: 'sampler'},
  {name: 'DDIM', year: 2020, min: 10, max: 100, kind: 'sampler'},
  {name: 'DPM-Solver', year: 2022, min: 10, max: 20, kind: 'sampler'},
  {name: 'Progressive distillation', year: 2022, min: 4, max: 4, kind: 'distilled'},
  {name: 'Consistency models', year: 2023, min: 1, max: 2, kind: 'distilled'},
  {name: 'Latent consistency models', year: 2023, min: 2, max: 4, kind: 'distilled'},
  {name: 'Adversarial diffusion distillation', year: 2023, min: 1, max: 4, kind: 'distilled'},
];

const NAME = 'SamplerStepsDiagram';
const TICKS = [1, 10, 100, 1000] as const;
const GROUPS = {
  sampler: 'Samplers: the same trained network, fewer or smarter steps',
  distilled: 'Distilled: a new network trained to need few steps',
} as const;
const CAPTION = 'network calls per sample (log scale)';

/** Horizontal position of `n` network calls on a log axis from 1 (at `left`) to 1000 (at `right`). */
export function stepPosition(n: number, left: number, right: number): number {
  const decades = Math.log10(Math.min(1000, Math.max(1, n)));
  return Math.round((left + ((right - left) * decades) / 3) * 10) / 10;
}

/** The text beside a range: "1000", or "10–100" for a range. */
export function rangeText(entry: SamplerEntry): string {
  return entry.min === entry.max ? String(entry.max) : `${entry.min}–${entry.max}`;
}

/** A circle as path commands, so that many markers share one `<path>`. */
function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
}

function square(cx: number, cy: number, half: number): string {
  return `M${cx - half} ${cy - half} h${2 * half} v${2 * half} h${-2 * half} Z`;
}

function marker(kind: SamplerEntry['kind'], cx: number, cy: number): string {
  return kind === 'sampler' ? circle(cx, cy, 6) : square(cx, cy, 6);
}

type Row = {entry: SamplerEntry; y: number};
type Heading = {kind: SamplerEntry['kind']; y: number};

/** The shared parts of both layouts: grid, ranges and markers (each kind one path), value labels. */
function Plot({
  rows,
  left,
  right,
  top,
  bottom,
}: {
  rows: readonly Row[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}): ReactNode {
  const grid = TICKS.map((t) => {
    const x = stepPosition(t, left, right);
    return `M${x} ${top} V${bottom}`;
  }).join(' ');
  const ranges = rows
    .filter(({entry}) => entry.min !== entry.max)
    .map(
      ({entry, y}) =>
        `M${stepPosition(entry.min, left, right)} ${y} H${stepPosition(entry.max, left, right)}`,
    )
    .join(' ');
  const markers = (kind: SamplerEntry['kind']) =>
    rows
      .filter(({entry}) => entry.kind === kind)
      .flatMap(({entry, y}) =>
        [entry.min, entry.max]
          .filter((n, i) => i === 0 || n !== entry.min)
          .map((n) => marker(kind, stepPosition(n, left, right), y)),
      )
      .join(' ');
  return (
    <g>
      <path className={styles.grid} d={grid} />
      <path className={styles.axis} d={`M${left} ${bottom} H${right}`} />
      {TICKS.map((t) => (
        <Label
          key={t}
          x={stepPosition(t, left, right)}
          y={bottom + 16}
          text={String(t)}
          size="detail"
          tone="muted"
        />
      ))}
      <Label x={(left + right) / 2} y={bottom + 40} text={CAPTION} size="detail" tone="muted" />
      {ranges !== '' && <path className={styles.range} d={ranges} />}
      <path className={styles.samplerMarker} d={markers('sampler')} />
      <path className={styles.distilledMarker} d={markers('distilled')} />
      {rows.map(({entry, y}) => (
        <Label
          key={entry.name}
          x={stepPosition(entry.max, left, right) + 12}
          y={y}
          text={rangeText(entry)}
          size="detail"
          anchor="start"
          bold
          halo
        />
      ))}
    </g>
  );
}

function GroupHeading({
  kind,
  x,
  y,
  maxWidth,
}: {
  kind: SamplerEntry['kind'];
  x: number;
  y: number;
  maxWidth: number;
}) {
  const className = kind === 'sampler' ? styles.samplerMarker : styles.distilledMarker;
  return (
    <g>
      <path className={className} d={marker(kind, x + 6, y)} />
      <Label
        x={x + 20}
        y={y}
        text={GROUPS[kind]}
        size="detail"
        anchor="start"
        tone="muted"
        maxWidth={maxWidth}
        halo
      />
    </g>
  );
}

/** Places the two groups one after the other, each under its heading. */
function placeRows(start: number, headingGap: number, rowGap: number, groupGap: number) {
  const rows: Row[] = [];
  const headings: Heading[] = [];
  let y = start;
  for (const kind of ['sampler', 'distilled'] as const) {
    if (headings.length > 0) y += groupGap;
    headings.push({kind, y});
    y += headingGap;
    for (const entry of SAMPLERS.filter((e) => e.kind === kind)) {
      rows.push({entry, y});
      y += rowGap;
    }
  }
  return {rows, headings, end: y - rowGap};
}

function wideLayout() {
  const left = 336;
  const right = 650;
  const {rows, headings, end} = placeRows(22, 34, 36, 10);
  const bottom = end + 24;
  return {
    width: 720,
    height: bottom + 58,
    content: (
      <>
        {headings.map((h) => (
          <GroupHeading key={h.kind} kind={h.kind} x={8} y={h.y} maxWidth={680} />
        ))}
        {rows.map(({entry, y}) => (
          <Label
            key={entry.name}
            x={left - 16}
            y={y}
            text={`${entry.name} (${entry.year})`}
            size="detail"
            anchor="end"
          />
        ))}
        <Plot
          rows={rows}
          left={left}
          right={right}
          top={headings[0] ? headings[0].y + 16 : 0}
          bottom={bottom}
        />
      </>
    ),
  };
}

function narrowLayout() {
  const left = 26;
  const right = 296;
  const {rows, headings, end} = placeRows(24, 56, 54, 14);
  const bottom = end + 22;
  return {
    width: 360,
    height: bottom + 58,
    content: (
      <>
        {headings.map((h) => (
          <GroupHeading key={h.kind} kind={h.kind} x={6} y={h.y + 4} maxWidth={320} />
        ))}
        {rows.map(({entry, y}) => (
          <Label
            key={entry.name}
            x={8}
            y={y - 20}
            text={`${entry.name} (${entry.year})`}
            size="detail"
            anchor="start"
            halo
          />
        ))}
        <Plot
          rows={rows}
          left={left}
          right={right}
          top={headings[0] ? headings[0].y + 30 : 0}
          bottom={bottom}
        />
      </>
    ),
  };
}

/** Network calls per sample for DDPM, the fast samplers and the distilled models, on a log scale. */
export default function SamplerStepsDiagram({
  description,
  title = 'Network calls per diffusion sample, from 1000 for DDPM to one to four for distilled models (log scale)',
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
