/**
 * The diffusion chains: the fixed forward process q turns a clean picture x_0 into noise
 * x_T step by step; the learned reverse process p_θ turns noise back into a picture. Each
 * frame is a small picture noised with the real DDPM schedule at its step t.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, requireText, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import {GRID, STEPS, alphaBar, noisyPicture} from './noise';
import styles from './styles.module.css';

/** Props of {@link DiffusionChainDiagram}. */
export type Props = DiagramBaseProps & {
  /**
   * `both` (default) draws the forward chain (adding noise, used in training) above the
   * reverse chain (removing it); `reverse` draws only generation, from noise to a picture.
   */
  process?: 'both' | 'reverse';
  /** A condition that steers every reverse step, e.g. "your prompt c"; drawn feeding the chain. */
  condition?: string;
};

const NAME = 'DiffusionChainDiagram';
const TIMES = [0, 100, 250, 500, STEPS] as const;

function frameName(t: number): string {
  return t === STEPS ? 'x_T' : `x_{${t}}`;
}

function tLabel(t: number): string {
  return t === STEPS ? `t = T = ${STEPS}` : `t = ${t}`;
}

function alphaLabel(t: number): string {
  return `ᾱ_t ≈ ${alphaBar(t).toFixed(2)}`;
}

/** Opacity steps the pixels are drawn with: enough for a noisy 8×8 picture. */
const LEVELS = 10;

/**
 * The cells of a noised picture as one SVG path per opacity step, so a frame is a dozen
 * elements rather than one per pixel (the page hydrates and lays out far fewer nodes).
 * Cells are in cell units; a value rounding to zero draws nothing.
 */
export function pixelPaths(values: readonly number[], grid: number): Array<{opacity: number; d: string}> {
  const byLevel = new Map<number, string[]>();
  values.forEach((value, i) => {
    const level = Math.round(value * LEVELS);
    if (level <= 0) return;
    const cells = byLevel.get(level) ?? [];
    cells.push(`M${i % grid} ${Math.floor(i / grid)}h1.02v1.02h-1.02z`);
    byLevel.set(level, cells);
  });
  return [...byLevel.entries()]
    .sort(([a], [b]) => a - b)
    .map(([level, cells]) => ({opacity: level / LEVELS, d: cells.join('')}));
}

/** A small square picture noised to step t: cell opacity is the pixel value. */
function NoiseFrame({x, y, size, t}: {x: number; y: number; size: number; t: number}): ReactNode {
  const cell = size / GRID;
  return (
    <g>
      <rect className={styles.frame} x={x} y={y} width={size} height={size} rx={3} />
      {/* Cells are placed in cell units inside a scaled group, to keep the HTML small. */}
      <g className={styles.pixel} transform={`translate(${x} ${y}) scale(${cell})`}>
        {pixelPaths(noisyPicture(t), GRID).map(({opacity, d}) => (
          <path key={opacity} d={d} fillOpacity={opacity} />
        ))}
      </g>
      <rect className={styles.frameOutline} x={x} y={y} width={size} height={size} rx={3} />
    </g>
  );
}

const FORWARD = 'forward process q(x_t | x_{t−1}): fixed, adds a little Gaussian noise at each step';
const REVERSE = 'reverse process p_θ(x_{t−1} | x_t): learned, removes a little noise at each step';

function samplingCaption(condition: string | undefined): string {
  return condition
    ? 'each arrow: many learned denoising steps p_θ(x_{t−1} | x_t, c), each guided by the condition c'
    : 'each arrow: many learned denoising steps p_θ(x_{t−1} | x_t)';
}

function wideLayout(process: 'both' | 'reverse', condition: string | undefined) {
  const size = 72;
  const margin = 40;
  const times = process === 'both' ? TIMES : [...TIMES].reverse();
  const gap = (720 - 2 * margin - times.length * size) / (times.length - 1);
  const x = (i: number) => margin + i * (size + gap);
  const top = process === 'both' ? 64 : condition ? 104 : 50;
  const mid = top + size / 2;
  const below = top + size;
  const gapArrow = (i: number, dy: number, reverse: boolean): Point[] => {
    const a: Point = [x(i) + size + 6, mid + dy];
    const b: Point = [x(i + 1) - 6, mid + dy];
    return reverse ? [b, a] : [a, b];
  };
  const frames = times.map((t, i) => (
    <g key={t}>
      <NoiseFrame x={x(i)} y={top} size={size} t={t} />
      <Label x={x(i) + size / 2} y={below + 16} text={frameName(t)} bold />
      <Label x={x(i) + size / 2} y={below + 36} text={tLabel(t)} size="detail" tone="muted" />
      <Label x={x(i) + size / 2} y={below + 54} text={alphaLabel(t)} size="detail" tone="muted" />
    </g>
  ));
  if (process === 'both') {
    const bottom = below + 80;
    return {
      width: 720,
      height: bottom + 54,
      content: (
        <>
          <Label x={360} y={16} text={FORWARD} size="detail" maxWidth={700} />
          <Arrow
            points={[
              [margin, 36],
              [720 - margin, 36],
            ]}
          />
          {frames}
          {times.slice(1).map((_, i) => (
            <g key={i}>
              <Arrow points={gapArrow(i, -12, false)} label="q" labelAt={[x(i) + size + gap / 2, mid - 26]} />
              <Arrow
                tone="accent"
                points={gapArrow(i, 12, true)}
                label="p_θ"
                labelAt={[x(i) + size + gap / 2, mid + 28]}
              />
            </g>
          ))}
          <Arrow
            tone="accent"
            points={[
              [720 - margin, bottom],
              [margin, bottom],
            ]}
          />
          <Label x={360} y={bottom + 22} text={REVERSE} size="detail" tone="accent" maxWidth={700} />
        </>
      ),
    };
  }
  return {
    width: 720,
    height: below + 96,
    content: (
      <>
        {condition && (
          <>
            <Box
              x={240}
              y={8}
              width={240}
              height={40}
              label={condition}
              detail="steers every step"
              tone="muted"
            />
            <Arrow
              heads="none"
              tone="muted"
              points={[
                [360, 48],
                [360, 64],
              ]}
            />
            <Arrow
              heads="none"
              tone="muted"
              points={[
                [x(0) + size + gap / 2, 64],
                [x(3) + size + gap / 2, 64],
              ]}
            />
            {times.slice(1).map((_, i) => (
              <Arrow
                key={i}
                tone="muted"
                points={[
                  [x(i) + size + gap / 2, 64],
                  [x(i) + size + gap / 2, mid - 10],
                ]}
              />
            ))}
          </>
        )}
        {frames}
        {times.slice(1).map((_, i) => (
          <Arrow
            key={i}
            tone="accent"
            points={gapArrow(i, 0, false)}
            label="p_θ"
            labelAt={[x(i) + size + gap / 2, mid + 18]}
          />
        ))}
        <Label x={x(0) + size / 2} y={top - 12} text="pure noise" size="detail" tone="muted" />
        <Label x={x(4) + size / 2} y={top - 12} text="picture" size="detail" tone="muted" />
        <Label
          x={360}
          y={below + 80}
          text={samplingCaption(condition)}
          size="detail"
          tone="accent"
          maxWidth={700}
        />
      </>
    ),
  };
}

function narrowLayout(process: 'both' | 'reverse', condition: string | undefined) {
  const size = 64;
  const gap = 44;
  const left = 148;
  const times = process === 'both' ? TIMES : [...TIMES].reverse();
  const top = process === 'both' ? 64 : condition ? 72 : 20;
  const y = (i: number) => top + i * (size + gap);
  const cx = left + size / 2;
  const end = y(times.length - 1) + size;
  const frames = times.map((t, i) => (
    <g key={t}>
      <NoiseFrame x={left} y={y(i)} size={size} t={t} />
      <Label x={left - 12} y={y(i) + size / 2 - 10} text={frameName(t)} anchor="end" bold />
      <Label
        x={left - 12}
        y={y(i) + size / 2 + 10}
        text={tLabel(t)}
        anchor="end"
        size="detail"
        tone="muted"
      />
      <Label
        x={left + size + 12}
        y={y(i) + size / 2}
        text={alphaLabel(t)}
        anchor="start"
        size="detail"
        tone="muted"
      />
    </g>
  ));
  if (process === 'both') {
    return {
      width: 360,
      height: end + 64,
      content: (
        <>
          <Label x={10} y={24} text={FORWARD} size="detail" anchor="start" maxWidth={340} />
          <Arrow
            points={[
              [22, y(0)],
              [22, end],
            ]}
          />
          {frames}
          {times.slice(1).map((_, i) => (
            <g key={i}>
              <Arrow
                points={[
                  [cx - 10, y(i) + size + 4],
                  [cx - 10, y(i + 1) - 4],
                ]}
                label="q"
                labelAt={[cx - 22, y(i) + size + gap / 2]}
              />
              <Arrow
                tone="accent"
                points={[
                  [cx + 10, y(i + 1) - 4],
                  [cx + 10, y(i) + size + 4],
                ]}
                label="p_θ"
                labelAt={[cx + 30, y(i) + size + gap / 2]}
              />
            </g>
          ))}
          <Arrow
            tone="accent"
            points={[
              [338, end],
              [338, y(0)],
            ]}
          />
          <Label
            x={350}
            y={end + 34}
            text={REVERSE}
            size="detail"
            tone="accent"
            anchor="end"
            maxWidth={340}
          />
        </>
      ),
    };
  }
  return {
    width: 360,
    height: end + 70,
    content: (
      <>
        {condition && (
          <>
            <Box
              x={64}
              y={8}
              width={240}
              height={44}
              label={condition}
              detail="steers every step"
              tone="muted"
            />
            <Arrow
              heads="none"
              tone="muted"
              points={[
                [64, 30],
                [40, 30],
                [40, y(3) + size + gap / 2],
              ]}
            />
            {times.slice(1).map((_, i) => (
              <Arrow
                key={i}
                tone="muted"
                points={[
                  [40, y(i) + size + gap / 2],
                  [cx - 12, y(i) + size + gap / 2],
                ]}
              />
            ))}
          </>
        )}
        {frames}
        {times.slice(1).map((_, i) => (
          <Arrow
            key={i}
            tone="accent"
            points={[
              [cx, y(i) + size + 4],
              [cx, y(i + 1) - 4],
            ]}
            label="p_θ"
            labelAt={[cx + 10, y(i) + size + gap / 2]}
            labelAnchor="start"
          />
        ))}
        <Label
          x={180}
          y={end + 36}
          text={samplingCaption(condition)}
          size="detail"
          tone="accent"
          maxWidth={340}
        />
      </>
    ),
  };
}

/** The forward (noising) and reverse (denoising) chains of a diffusion model. */
export default function DiffusionChainDiagram({
  description,
  title,
  process = 'both',
  condition,
}: Props): ReactNode {
  if (process !== 'both' && process !== 'reverse') {
    throw new Error(`<${NAME}>: \`process\` must be "both" or "reverse" (got ${JSON.stringify(process)}).`);
  }
  const checkedCondition =
    condition === undefined
      ? undefined
      : requireText(NAME, 'condition', condition, 'Name the condition, e.g. "your prompt c".');
  const defaultTitle =
    process === 'both'
      ? 'Diffusion: a fixed forward process turns a picture into noise step by step; a learned reverse process turns noise back into a picture'
      : 'Diffusion sampling: from pure noise to a picture, one learned denoising step at a time';
  return (
    <Diagram
      component={NAME}
      title={title ?? defaultTitle}
      description={description}
      wide={wideLayout(process, checkedCondition)}
      narrow={narrowLayout(process, checkedCondition)}
    />
  );
}
