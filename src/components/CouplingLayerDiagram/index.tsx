/**
 * One affine coupling layer of a normalizing flow (RealNVP): x is split into x_a and x_b;
 * x_a passes through unchanged and feeds two networks s and t; x_b is scaled by exp(s(x_a))
 * and shifted by t(x_a). Below, the layer's Jacobian: block triangular, so its
 * log-determinant is the sum of the entries of s(x_a).
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, textHeightFor} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link CouplingLayerDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'CouplingLayerDiagram';

/** Entries in each half of x in the drawn Jacobian (the picture is 2·HALF cells wide). */
export const HALF = 3;

const TEXT = {
  input: 'input x, split in two',
  output: 'output y',
  passThrough: 'passes through unchanged',
  networks: 'networks s and t',
  networksDetail: 'any neural network; never inverted',
  operation: 'scale and shift',
  formula: ['y_b = x_b ⊙ exp(s(x_a))', '+ t(x_a)'],
  jacobian: 'Jacobian ∂y/∂x',
  topLeft: 'Top left: identity, since y_a = x_a.',
  topRight: 'Top right: zeros, since y_a ignores x_b.',
  bottomLeft: 'Bottom left (hatched): never needed.',
  bottomRight: 'Bottom right: diagonal, entries exp(s_j(x_a)).',
  logDet: ['log |det J| = s_1(x_a) + … + s_d(x_a):', 'a sum, not a D × D determinant'],
  inverse: 'Inverse: x_b = (y_b − t(y_a)) ⊙ exp(−s(y_a))',
};

/** SVG path data of the Jacobian picture, one path per kind of cell (a handful of elements in all). */
export type JacobianPaths = {
  /** Thin lines between all cells. */
  grid: string;
  /** The outer border and the cross that splits the four blocks. */
  blocks: string;
  /** The diagonal of the top-left block: the ones of the identity. */
  ones: string;
  /** The diagonal of the bottom-right block: the scale factors exp(s_j). */
  scales: string;
  /** Diagonal hatching that fills the bottom-left block. */
  hatch: string;
};

/**
 * Paths of a 2·`half` × 2·`half` Jacobian with its top-left corner at (`x`, `y`) and square
 * cells of side `cell`: the block triangular pattern of one coupling layer.
 */
export function jacobianPaths(x: number, y: number, cell: number, half: number = HALF): JacobianPaths {
  const n = 2 * half;
  const side = n * cell;
  const mid = half * cell;
  const grid: string[] = [];
  for (let i = 1; i < n; i++) {
    if (i === half) continue;
    grid.push(`M${x} ${y + i * cell}h${side}`, `M${x + i * cell} ${y}v${side}`);
  }
  const blocks = `M${x} ${y}h${side}v${side}h${-side}z M${x} ${y + mid}h${side} M${x + mid} ${y}v${side}`;
  const inset = 3;
  const inner = cell - 2 * inset;
  const square = (i: number) =>
    `M${x + i * cell + inset} ${y + i * cell + inset}h${inner}v${inner}h${-inner}z`;
  const ones: string[] = [];
  const scales: string[] = [];
  for (let j = 0; j < half; j++) {
    ones.push(square(j));
    scales.push(square(half + j));
  }
  // "/" diagonals across the bottom-left block, clipped to it by construction.
  const hatch: string[] = [];
  const top = y + mid;
  const gap = cell / 3;
  for (let k = gap; k < 2 * mid; k += gap) {
    const from = k <= mid ? [x, top + k] : [x + k - mid, top + mid];
    const to = k <= mid ? [x + k, top] : [x + mid, top + k - mid];
    hatch.push(`M${round(from[0])} ${round(from[1])}L${round(to[0])} ${round(to[1])}`);
  }
  return {grid: grid.join(''), blocks, ones: ones.join(''), scales: scales.join(''), hatch: hatch.join('')};
}

function round(n: number | undefined): number {
  return Math.round((n ?? 0) * 100) / 100;
}

/** The Jacobian grid with its title, column labels (x_a, x_b) and row labels (y_a, y_b). */
function Jacobian({x, y, cell}: {x: number; y: number; cell: number}): ReactNode {
  const paths = jacobianPaths(x, y, cell);
  const mid = HALF * cell;
  return (
    <g>
      <Label x={x + mid} y={y - 40} text={TEXT.jacobian} bold />
      <Label x={x + mid / 2} y={y - 14} text="x_a" size="detail" />
      <Label x={x + mid + mid / 2} y={y - 14} text="x_b" size="detail" />
      <Label x={x - 8} y={y + mid / 2} text="y_a" size="detail" anchor="end" />
      <Label x={x - 8} y={y + mid + mid / 2} text="y_b" size="detail" anchor="end" />
      <path className={styles.hatch} d={paths.hatch} />
      <path className={styles.ones} d={paths.ones} />
      <path className={styles.scales} d={paths.scales} />
      <path className={styles.grid} d={paths.grid} />
      <path className={styles.blocks} d={paths.blocks} />
    </g>
  );
}

/**
 * The legend of the Jacobian, one statement per block, then the log-determinant and the
 * inverse: a column of labels stacked by their wrapped heights, starting at `y`.
 */
function JacobianLegend({x, y, width}: {x: number; y: number; width: number}): ReactNode {
  const items: Array<{text: string | readonly string[]; accent?: boolean; gapBefore?: number}> = [
    {text: TEXT.topLeft},
    {text: TEXT.topRight},
    {text: TEXT.bottomLeft},
    {text: TEXT.bottomRight},
    {text: TEXT.logDet, accent: true, gapBefore: 12},
    {text: TEXT.inverse, gapBefore: 12},
  ];
  let cursor = y;
  return (
    <g>
      {items.map(({text, accent = false, gapBefore = 0}) => {
        const height = textHeightFor(text, width, 'detail', accent);
        cursor += gapBefore;
        const centre = cursor + height / 2;
        cursor += height + 6;
        return (
          <Label
            key={typeof text === 'string' ? text : text.join(' ')}
            x={x}
            y={centre}
            text={text}
            size="detail"
            anchor="start"
            tone={accent ? 'accent' : 'base'}
            bold={accent}
            maxWidth={width}
          />
        );
      })}
    </g>
  );
}

function wideLayout() {
  const top = 68;
  const bottom = 252;
  const junction = 230;
  return {
    width: 720,
    height: 540,
    content: (
      <>
        <Label x={8} y={18} text={TEXT.input} size="detail" anchor="start" tone="muted" />
        <Label x={712} y={18} text={TEXT.output} size="detail" anchor="end" tone="muted" />
        <Box x={8} y={40} width={100} height={56} label="x_a" detail="first half" />
        <Box x={8} y={224} width={100} height={56} label="x_b" detail="second half" />
        <Arrow
          points={[
            [108, top],
            [608, top],
          ]}
          label={TEXT.passThrough}
          labelAt={[455, top - 13]}
        />
        <circle className={styles.junction} cx={junction} cy={top} r={4} />
        <Arrow
          points={[
            [junction, top + 4],
            [junction, 110],
          ]}
          label="reads x_a"
          labelAt={[junction + 8, 90]}
          labelAnchor="start"
        />
        <Box
          x={150}
          y={112}
          width={160}
          height={84}
          label={TEXT.networks}
          detail={TEXT.networksDetail}
          tone="accent"
        />
        <Arrow
          tone="accent"
          points={[
            [310, 154],
            [460, 154],
            [460, 208],
          ]}
          radius={8}
        />
        {/* A plain label, not the arrow's: a halo behind each run would clip the subscripts. */}
        <Label x={385} y={138} text="s(x_a), t(x_a)" size="detail" tone="accent" />
        <Arrow
          points={[
            [108, bottom],
            [358, bottom],
          ]}
          label="x_b"
          labelAt={[228, bottom - 13]}
        />
        <Box x={360} y={210} width={200} height={84} label={TEXT.operation} detail={TEXT.formula} />
        <Arrow
          points={[
            [560, bottom],
            [608, bottom],
          ]}
        />
        <Box x={610} y={40} width={102} height={56} label="y_a" detail="copy of x_a" />
        <Box x={610} y={224} width={102} height={56} label="y_b" detail="new values" />
        <Jacobian x={72} y={384} cell={24} />
        <JacobianLegend x={252} y={346} width={460} />
      </>
    ),
  };
}

function narrowLayout() {
  const left = 85;
  const right = 275;
  const junction = 154;
  return {
    width: 360,
    height: 950,
    content: (
      <>
        <Label x={180} y={16} text={TEXT.input} size="detail" tone="muted" />
        <Box x={20} y={32} width={130} height={52} label="x_a" detail="first half" />
        <Box x={210} y={32} width={130} height={52} label="x_b" detail="second half" />
        <Arrow
          points={[
            [left, 84],
            [left, 458],
          ]}
          label={['passes', 'through', 'unchanged']}
          labelAt={[left, 400]}
        />
        <circle className={styles.junction} cx={left} cy={junction} r={4} />
        <Arrow
          points={[
            [left + 4, junction],
            [106, junction],
          ]}
        />
        <Box
          x={108}
          y={104}
          width={150}
          height={100}
          label={['networks', 's and t']}
          detail="read x_a; never inverted"
          tone="accent"
        />
        <Arrow
          tone="accent"
          points={[
            [183, 204],
            [183, 254],
          ]}
        />
        <Label x={176} y={229} text={['s(x_a),', 't(x_a)']} size="detail" tone="accent" anchor="end" />
        <Arrow
          points={[
            [right, 84],
            [right, 254],
          ]}
          label="x_b"
          labelAt={[right + 8, 170]}
          labelAnchor="start"
        />
        <Box x={110} y={256} width={240} height={84} label={TEXT.operation} detail={TEXT.formula} />
        <Arrow
          points={[
            [right, 340],
            [right, 458],
          ]}
        />
        <Box x={20} y={460} width={130} height={52} label="y_a" detail="copy of x_a" />
        <Box x={210} y={460} width={130} height={52} label="y_b" detail="new values" />
        <Label x={180} y={530} text={TEXT.output} size="detail" tone="muted" />
        <Jacobian x={120} y={612} cell={20} />
        <JacobianLegend x={16} y={752} width={340} />
      </>
    ),
  };
}

/** One affine coupling layer, and why its Jacobian determinant costs almost nothing. */
export default function CouplingLayerDiagram({
  description,
  title = 'An affine coupling layer of a normalizing flow and its triangular Jacobian',
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
