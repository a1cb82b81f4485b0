/**
 * A diffusion transformer (DiT) block, after Peebles & Xie: a noisy latent is patchified into
 * tokens; the noise step t and the condition c are embedded and turned, per block, into the
 * adaLN scales γ, shifts β and adaLN-Zero gates α that modulate the layer norms and gate the
 * self-attention and feed-forward sublayers; a final layer and unpatchify give the predicted noise.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, boxHeightFor, textHeightFor, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link DitBlockDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'DitBlockDiagram';

/** One row of the block, top to bottom. */
type Step =
  | {kind: 'norm'}
  | {kind: 'modulate'; sub: 1 | 2}
  | {kind: 'sublayer'; label: string; detail: string}
  | {kind: 'gate'; sub: 1 | 2}
  | {kind: 'add'};

/** The DiT block with adaLN-Zero, in the order the code applies it. */
const STEPS: readonly Step[] = [
  {kind: 'norm'},
  {kind: 'modulate', sub: 1},
  {kind: 'sublayer', label: 'Multi-head self-attention', detail: 'tokens exchange information'},
  {kind: 'gate', sub: 1},
  {kind: 'add'},
  {kind: 'norm'},
  {kind: 'modulate', sub: 2},
  {kind: 'sublayer', label: 'Pointwise feed-forward', detail: 'one MLP, each token alone'},
  {kind: 'gate', sub: 2},
  {kind: 'add'},
];

const STEP_HEIGHT: Record<Exclude<Step['kind'], 'sublayer'>, number> = {
  norm: 28,
  modulate: 28,
  gate: 28,
  add: 22,
};
const STEP_GAP = 14;
const ADD_RADIUS = 11;

const TEXT = {
  latent: 'Noisy latent z_t',
  latentDetail: 'e.g. 32 × 32 × 4',
  cut: 'cut into p × p patches',
  patchify: 'Patchify',
  patchifyDetail: 'flatten, project to width d, add position',
  tokens: 'N tokens',
  frame: '× N DiT blocks',
  t: 'Noise step t',
  tDetail: 'sinusoidal embedding',
  c: 'Condition c',
  cDetail: 'class or pooled text',
  mlp: 'adaLN MLP',
  mlpDetail: 'SiLU + linear, initialised to zero',
  six: 'γ_1, β_1, α_1, γ_2, β_2, α_2',
  sixLines: ['γ_1, β_1, α_1,', 'γ_2, β_2, α_2'],
  sixDetail: 'for every block',
  final: 'Final layer',
  finalDetail: ['adaLN, then linear:', 'p × p × C numbers per token'],
  unpatchify: 'Unpatchify',
  unpatchifyDetail: 'put patches back in place',
  output: 'Predicted noise',
  outputDetail: 'ε_θ(z_t, t, c)',
  zero: 'adaLN-Zero: every gate α starts at 0, so each block starts as the identity and training eases it in.',
  mixing: 'Only attention mixes tokens; every other step acts on each token alone.',
  patchCount: 'A 32 × 32 latent gives (32/p)² tokens: 256 for p = 2, 64 for p = 4, 16 for p = 8.',
};

function stepText(step: Step): {label?: string; detail?: string} {
  switch (step.kind) {
    case 'norm':
      return {detail: 'layer norm'};
    case 'modulate':
      return {detail: `scale by 1 + γ_${step.sub}, shift by β_${step.sub}`};
    case 'gate':
      return {detail: `multiply by gate α_${step.sub}`};
    case 'sublayer':
      return {label: step.label, detail: step.detail};
    case 'add':
      return {};
  }
}

type Placed = {step: Step; y: number; height: number; mid: number};

/** Vertical positions of the steps in boxes `width` wide, starting at `top`. */
function placeSteps(top: number, width: number): readonly Placed[] {
  let y = top;
  return STEPS.map((step) => {
    const height =
      step.kind === 'sublayer' ? boxHeightFor(width, step.label, step.detail, 16) : STEP_HEIGHT[step.kind];
    const placed = {step, y, height, mid: y + height / 2};
    y += height + STEP_GAP;
    return placed;
  });
}

/** Bottom edge of the last step of a block that starts at `top`. */
function blockBottom(top: number, width: number): number {
  const last = placeSteps(top, width).at(-1);
  return last ? last.y + last.height : top;
}

/** Small squares in a grid, as a single path (one element, not one per square). */
function squaresPath(x: number, y: number, cols: number, rows: number, size: number, gap: number): string {
  const parts: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const left = x + c * (size + gap);
      const top = y + r * (size + gap);
      parts.push(`M${left} ${top}h${size}v${size}h${-size}Z`);
    }
  }
  return parts.join('');
}

type BlockGeometry = {
  /** Left edge of the step boxes. */
  left: number;
  /** Width of the step boxes. */
  width: number;
  /** Top of the first step. */
  top: number;
  /** x of the residual (skip) lane, left of the boxes. */
  residualX: number;
  /** x of the conditioning lane, right of the boxes. */
  laneX: number;
  /** Where the conditioning lane starts: the right or left edge of the box holding γ, β, α. */
  laneFrom: Point;
  /** Frame around the repeated block. */
  frame: {x: number; y: number; width: number; height: number};
};

/** The repeated block: steps, the two residual paths and the lane carrying γ, β, α. */
function Block({g}: {g: BlockGeometry}): ReactNode {
  const placed = placeSteps(g.top, g.width);
  const cx = g.left + g.width / 2;
  const right = g.left + g.width;
  const adds = placed.filter((p) => p.step.kind === 'add');
  const modulated = placed.filter((p) => p.step.kind === 'modulate' || p.step.kind === 'gate');
  const firstModulated = modulated[0];
  const lastModulated = modulated.at(-1);
  return (
    <g>
      <rect
        className={styles.repeat}
        x={g.frame.x}
        y={g.frame.y}
        width={g.frame.width}
        height={g.frame.height}
        rx={10}
      />
      <Label x={g.frame.x + 8} y={g.frame.y + 14} text={TEXT.frame} size="detail" bold anchor="start" halo />
      {placed.map((p, i) => {
        const next = placed[i + 1];
        const connector =
          next === undefined ? null : (
            <Arrow
              key={`a${i}`}
              points={[
                [cx, p.y + p.height],
                [cx, next.y - 1],
              ]}
            />
          );
        if (p.step.kind === 'add') {
          return (
            <g key={i}>
              <circle className={styles.add} cx={cx} cy={p.mid} r={ADD_RADIUS} />
              <Label x={cx} y={p.mid} text="+" bold />
              {connector}
            </g>
          );
        }
        const text = stepText(p.step);
        const tone = p.step.kind === 'modulate' || p.step.kind === 'gate' ? 'accent' : 'plain';
        return (
          <g key={i}>
            <Box
              x={g.left}
              y={p.y}
              width={g.width}
              height={p.height}
              label={text.label}
              detail={text.detail}
              tone={tone}
            />
            {connector}
          </g>
        );
      })}
      {/* Residual paths: each sublayer's input is added back to its gated output. */}
      {adds.map((add, i) => {
        const from = i === 0 ? g.top - 10 : (adds[i - 1]?.y ?? 0) + ADD_RADIUS * 2 + 6;
        return (
          <Arrow
            key={`r${i}`}
            tone="muted"
            points={[
              [cx, from],
              [g.residualX, from],
              [g.residualX, add.mid],
              [cx - ADD_RADIUS - 1, add.mid],
            ]}
            radius={6}
          />
        );
      })}
      <Label x={g.residualX} y={(adds[0]?.mid ?? g.top) - 60} text="skip" size="detail" halo />
      {/* The conditioning lane: γ, β and α reach every modulated step. */}
      {firstModulated && lastModulated && (
        <>
          <Arrow tone="accent" heads="none" points={[g.laneFrom, [g.laneX, g.laneFrom[1]]]} />
          <Arrow
            tone="accent"
            heads="none"
            points={[
              [g.laneX, Math.min(g.laneFrom[1], firstModulated.mid)],
              [g.laneX, Math.max(g.laneFrom[1], lastModulated.mid)],
            ]}
          />
        </>
      )}
      {modulated.map((p, i) => (
        <Arrow
          key={`m${i}`}
          tone="accent"
          points={[
            [g.laneX, p.mid],
            [right + 2, p.mid],
          ]}
        />
      ))}
    </g>
  );
}

/** Tokens as a row of squares (one path), centred on `cx`. */
function Tokens({cx, y, count}: {cx: number; y: number; count: number}): ReactNode {
  const size = 14;
  const gap = 4;
  const width = count * size + (count - 1) * gap;
  return <path className={styles.tokens} d={squaresPath(cx - width / 2, y, count, 1, size, gap)} />;
}

function wideLayout() {
  const blockLeft = 180;
  const blockWidth = 240;
  const cx = blockLeft + blockWidth / 2;
  const condX = 540;
  const condWidth = 172;
  const condCx = condX + condWidth / 2;
  // The top row (latent, patchify, t, c) shares one height: the tallest box's need.
  const topY = 10;
  const topHeight = Math.max(
    boxHeightFor(140, TEXT.latent, TEXT.latentDetail),
    boxHeightFor(200, TEXT.patchify, TEXT.patchifyDetail),
    boxHeightFor(82, 't', 'noise step'),
    boxHeightFor(82, 'c', 'class or text'),
  );
  const topMid = topY + topHeight / 2;
  const topBottom = topY + topHeight;
  const tokensY = topBottom + 14;
  const blockTop = tokensY + 64;
  const plusY = topBottom + 26;
  const mlpY = plusY + ADD_RADIUS + 20;
  const mlpHeight = boxHeightFor(condWidth, TEXT.mlp, TEXT.mlpDetail);
  const sixY = mlpY + mlpHeight + 16;
  const sixHeight = boxHeightFor(condWidth, TEXT.sixLines, TEXT.sixDetail);
  const bottom = blockBottom(blockTop, blockWidth);
  const outY = bottom + 40;
  const outHeight = Math.max(
    boxHeightFor(blockWidth, TEXT.final, TEXT.finalDetail),
    boxHeightFor(118, TEXT.unpatchify, TEXT.unpatchifyDetail),
    boxHeightFor(128, TEXT.output, TEXT.outputDetail),
  );
  return {
    width: 720,
    height: outY + outHeight + 12,
    content: (
      <>
        {/* Input: latent → patches → tokens. */}
        <Box x={8} y={topY} width={140} height={topHeight} label={TEXT.latent} detail={TEXT.latentDetail} />
        <Arrow
          points={[
            [148, topMid],
            [198, topMid],
          ]}
          label={['p × p', 'patches']}
          labelAt={[173, topMid - 26]}
        />
        <Box
          x={200}
          y={topY}
          width={200}
          height={topHeight}
          label={TEXT.patchify}
          detail={TEXT.patchifyDetail}
        />
        <Arrow
          points={[
            [cx, topBottom],
            [cx, tokensY - 2],
          ]}
        />
        <Tokens cx={cx} y={tokensY} count={8} />
        <Label x={cx + 80} y={tokensY + 7} text={TEXT.tokens} size="detail" anchor="start" />
        <Arrow
          points={[
            [cx, tokensY + 16],
            [cx, blockTop - 1],
          ]}
        />
        {/* Conditioning: t and c → MLP → six vectors per block. */}
        <Box x={condX} y={topY} width={82} height={topHeight} label="t" detail="noise step" />
        <Box x={condX + 90} y={topY} width={82} height={topHeight} label="c" detail="class or text" />
        <Arrow
          points={[
            [condX + 41, topBottom],
            [condX + 41, plusY],
            [condCx - ADD_RADIUS - 1, plusY],
          ]}
          radius={6}
        />
        <Arrow
          points={[
            [condX + 131, topBottom],
            [condX + 131, plusY],
            [condCx + ADD_RADIUS + 1, plusY],
          ]}
          radius={6}
        />
        <circle className={styles.add} cx={condCx} cy={plusY} r={ADD_RADIUS} />
        <Label x={condCx} y={plusY} text="+" bold />
        <Arrow
          points={[
            [condCx, plusY + ADD_RADIUS],
            [condCx, mlpY - 1],
          ]}
        />
        <Box
          x={condX}
          y={mlpY}
          width={condWidth}
          height={mlpHeight}
          label={TEXT.mlp}
          detail={TEXT.mlpDetail}
          tone="accent"
        />
        <Arrow
          points={[
            [condCx, mlpY + mlpHeight],
            [condCx, sixY - 1],
          ]}
        />
        <Box
          x={condX}
          y={sixY}
          width={condWidth}
          height={sixHeight}
          label={TEXT.sixLines}
          detail={TEXT.sixDetail}
          tone="accent"
        />
        <Label
          x={condCx}
          y={sixY + sixHeight + 70}
          text={TEXT.zero}
          size="detail"
          tone="accent"
          maxWidth={168}
        />
        <Label
          x={condCx}
          y={sixY + sixHeight + 190}
          text={TEXT.mixing}
          size="detail"
          tone="muted"
          maxWidth={168}
        />
        <Block
          g={{
            left: blockLeft,
            width: blockWidth,
            top: blockTop,
            residualX: 160,
            laneX: 470,
            laneFrom: [condX, sixY + sixHeight / 2],
            frame: {x: 126, y: blockTop - 36, width: 362, height: bottom - blockTop + 50},
          }}
        />
        {/* A worked count of tokens, beside the block. */}
        <path className={styles.patches} d={squaresPath(36, blockTop + 60, 4, 4, 12, 2)} />
        <Label x={63} y={blockTop + 134} text="4 × 4 patches → 16 tokens" size="detail" maxWidth={116} />
        <Label x={63} y={blockTop + 230} text={TEXT.patchCount} size="detail" tone="muted" maxWidth={116} />
        {/* Output: final layer → unpatchify → predicted noise. */}
        <Arrow
          points={[
            [cx, bottom],
            [cx, outY - 1],
          ]}
        />
        <Box
          x={blockLeft}
          y={outY}
          width={blockWidth}
          height={outHeight}
          label={TEXT.final}
          detail={TEXT.finalDetail}
        />
        <Arrow
          points={[
            [blockLeft + blockWidth, outY + outHeight / 2],
            [448, outY + outHeight / 2],
          ]}
        />
        <Box
          x={450}
          y={outY}
          width={118}
          height={outHeight}
          label={TEXT.unpatchify}
          detail={TEXT.unpatchifyDetail}
        />
        <Arrow
          points={[
            [568, outY + outHeight / 2],
            [582, outY + outHeight / 2],
          ]}
        />
        <Box
          x={584}
          y={outY}
          width={128}
          height={outHeight}
          label={TEXT.output}
          detail={TEXT.outputDetail}
          tone="accent"
        />
      </>
    ),
  };
}

function narrowLayout() {
  const left = 44;
  const width = 256;
  const cx = left + width / 2;
  const condHeight = Math.max(
    boxHeightFor(160, TEXT.t, TEXT.tDetail),
    boxHeightFor(160, TEXT.c, TEXT.cDetail),
  );
  const plusY = 10 + condHeight + 24;
  const mlpY = plusY + ADD_RADIUS + 16;
  const mlpHeight = boxHeightFor(280, TEXT.mlp, TEXT.mlpDetail);
  const sixY = mlpY + mlpHeight + 14;
  const sixHeight = boxHeightFor(280, TEXT.six, TEXT.sixDetail);
  const latentY = sixY + sixHeight + 26;
  const latentHeight = boxHeightFor(width, TEXT.latent, TEXT.latentDetail);
  const patchifyY = latentY + latentHeight + 36;
  const patchifyHeight = boxHeightFor(width, TEXT.patchify, TEXT.patchifyDetail);
  const tokensY = patchifyY + patchifyHeight + 16;
  const blockTop = tokensY + 64;
  const bottom = blockBottom(blockTop, width);
  const finalY = bottom + 36;
  const boxHeight = Math.max(
    boxHeightFor(width, TEXT.final, TEXT.finalDetail),
    boxHeightFor(width, TEXT.unpatchify, TEXT.unpatchifyDetail),
    boxHeightFor(width, TEXT.output, TEXT.outputDetail),
  );
  const unpatchifyY = finalY + boxHeight + 26;
  const outputY = unpatchifyY + boxHeight + 26;
  const noteHeight = textHeightFor(TEXT.zero, 340);
  return {
    width: 360,
    height: outputY + boxHeight + 20 + noteHeight + 12,
    content: (
      <>
        {/* Conditioning first: t and c → MLP → six vectors, carried down the right-hand lane. */}
        <Box x={10} y={10} width={160} height={condHeight} label={TEXT.t} detail={TEXT.tDetail} />
        <Box x={190} y={10} width={160} height={condHeight} label={TEXT.c} detail={TEXT.cDetail} />
        <Arrow
          points={[
            [90, 10 + condHeight],
            [90, plusY],
            [180 - ADD_RADIUS - 1, plusY],
          ]}
          radius={6}
        />
        <Arrow
          points={[
            [270, 10 + condHeight],
            [270, plusY],
            [180 + ADD_RADIUS + 1, plusY],
          ]}
          radius={6}
        />
        <circle className={styles.add} cx={180} cy={plusY} r={ADD_RADIUS} />
        <Label x={180} y={plusY} text="+" bold />
        <Arrow
          points={[
            [180, plusY + ADD_RADIUS],
            [180, mlpY - 1],
          ]}
        />
        <Box
          x={40}
          y={mlpY}
          width={280}
          height={mlpHeight}
          label={TEXT.mlp}
          detail={TEXT.mlpDetail}
          tone="accent"
        />
        <Arrow
          points={[
            [180, mlpY + mlpHeight],
            [180, sixY - 1],
          ]}
        />
        <Box
          x={40}
          y={sixY}
          width={280}
          height={sixHeight}
          label={TEXT.six}
          detail={TEXT.sixDetail}
          tone="accent"
        />
        {/* Input: latent → patches → tokens. */}
        <Box
          x={left}
          y={latentY}
          width={width}
          height={latentHeight}
          label={TEXT.latent}
          detail={TEXT.latentDetail}
        />
        <Arrow
          points={[
            [cx, latentY + latentHeight],
            [cx, patchifyY - 1],
          ]}
          label={TEXT.cut}
          labelAt={[cx + 8, latentY + latentHeight + 18]}
          labelAnchor="start"
        />
        <Box
          x={left}
          y={patchifyY}
          width={width}
          height={patchifyHeight}
          label={TEXT.patchify}
          detail={TEXT.patchifyDetail}
        />
        <Arrow
          points={[
            [cx, patchifyY + patchifyHeight],
            [cx, tokensY - 2],
          ]}
        />
        <Tokens cx={cx} y={tokensY} count={8} />
        <Label x={cx + 80} y={tokensY + 7} text={TEXT.tokens} size="detail" anchor="start" />
        <Arrow
          points={[
            [cx, tokensY + 16],
            [cx, blockTop - 1],
          ]}
        />
        <Block
          g={{
            left,
            width,
            top: blockTop,
            residualX: 24,
            laneX: 334,
            laneFrom: [320, sixY + sixHeight / 2],
            frame: {x: 8, y: blockTop - 36, width: 344, height: bottom - blockTop + 50},
          }}
        />
        {/* Output: final layer → unpatchify → predicted noise. */}
        <Arrow
          points={[
            [cx, bottom],
            [cx, finalY - 1],
          ]}
        />
        <Box
          x={left}
          y={finalY}
          width={width}
          height={boxHeight}
          label={TEXT.final}
          detail={TEXT.finalDetail}
        />
        <Arrow
          points={[
            [cx, finalY + boxHeight],
            [cx, unpatchifyY - 1],
          ]}
        />
        <Box
          x={left}
          y={unpatchifyY}
          width={width}
          height={boxHeight}
          label={TEXT.unpatchify}
          detail={TEXT.unpatchifyDetail}
        />
        <Arrow
          points={[
            [cx, unpatchifyY + boxHeight],
            [cx, outputY - 1],
          ]}
        />
        <Box
          x={left}
          y={outputY}
          width={width}
          height={boxHeight}
          label={TEXT.output}
          detail={TEXT.outputDetail}
          tone="accent"
        />
        <Label
          x={180}
          y={outputY + boxHeight + 20 + noteHeight / 2}
          text={TEXT.zero}
          size="detail"
          tone="accent"
          maxWidth={340}
        />
      </>
    ),
  };
}

/** A DiT block: patchify, adaLN-Zero conditioning from t and c, attention and MLP, unpatchify. */
export default function DitBlockDiagram({
  description,
  title = 'A DiT block: latent patches become tokens; t and c set the adaLN scale, shift and gate of attention and the MLP; unpatchify gives the predicted noise',
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
