/**
 * RLHF and DPO side by side. Both start from the same preference pairs, collected by
 * letting people compare answers of the SFT model. RLHF trains a reward model and then
 * runs a PPO loop whose score subtracts a KL penalty to a frozen reference; DPO feeds the
 * pairs straight into one classification-style loss computed from the policy and the
 * frozen reference. The wide layout puts the two routes in columns; the narrow one
 * stacks them, with the pairs reaching the DPO route along the right margin.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, boxHeightFor} from '../Diagram';
import type {DiagramBaseProps, Point, TextLines} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link RlhfDpoDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'RlhfDpoDiagram';
const NBSP = '\u00a0';

/** Width of one route's column, the same in both layouts. */
const COLUMN = 328;
/** Width of the two side-by-side boxes inside a column, and the gap between them. */
const HALF = 140;
const GAP = COLUMN - 2 * HALF;

const TEXT = {
  sft: {label: 'SFT model', detail: `writes two answers to each prompt${NBSP}c`},
  compare: {label: 'People compare', detail: 'and mark the better answer'},
  pairs: {label: 'Preference pairs', detail: '(c, x⁺, x⁻)'},
  shared: 'the same pairs feed both routes',
  rlhf: {
    header: 'RLHF route',
    reward: {label: 'Reward model r_ψ(c, x)', detail: 'learns to score x⁺ above x⁻'},
    policy: {label: 'Policy p_θ', detail: 'writes answers to new prompts'},
    score: {label: 'Score', detail: ['R = r_ψ − β·KL,', 'KL(p_θ ‖ p_{ref})']},
    ppo: {label: 'PPO', detail: 'updates p_θ with a value model'},
    reference: {label: 'Reference p_{ref}', detail: 'frozen SFT copy'},
    networks: 'four networks: policy, reference, reward model, value model',
  },
  dpo: {
    header: 'DPO route',
    reference: {label: 'Reference p_{ref}', detail: 'frozen SFT copy'},
    policy: {label: 'Policy p_θ', detail: 'the model being trained'},
    loss: {
      label: 'DPO loss',
      detail: ['−log σ(β·[ratio of x⁺ − ratio of x⁻])', 'ratio = log p_θ(x | c) − log p_{ref}(x | c)'],
    },
    networks: 'two networks: policy and frozen reference; no reward model, no sampling while training',
  },
} as const;

type Part = {readonly label: string; readonly detail: TextLines};

/** Height that fits every part in a row of boxes of the given width. */
function rowHeight(width: number, ...parts: readonly Part[]): number {
  return Math.ceil(Math.max(...parts.map((p) => boxHeightFor(width, p.label, p.detail))));
}

/** Outlines of cards stacked behind a box, as one path (one element for many shapes). */
function stackPath(x: number, y: number, width: number, height: number, offsets: readonly number[]): string {
  return offsets.map((d) => `M${x + d} ${y + d}h${width}v${height}h${-width}Z`).join('');
}

/** A column's drawing and the points other shapes connect to. */
type Column = {content: ReactNode; bottom: number; entry: Point};

/** The RLHF route: reward model, then a policy–score–PPO loop with a frozen reference. */
function rlhfColumn(x0: number, headerY: number): Column {
  const t = TEXT.rlhf;
  const rmY = headerY + 18;
  const rmH = rowHeight(COLUMN, t.reward);
  const rowY = rmY + rmH + 36;
  const rowH = rowHeight(HALF, t.policy, t.score, t.ppo, t.reference);
  const row3Y = rowY + rowH + 40;
  const left = x0;
  const right = x0 + HALF + GAP;
  const leftMid = left + HALF / 2;
  const rightMid = right + HALF / 2;
  const between = left + HALF + GAP / 2;
  const networksY = row3Y + rowH + 24;
  return {
    entry: [x0 + COLUMN / 2, rmY],
    bottom: networksY + 24,
    content: (
      <g data-route="rlhf" data-networks={4}>
        <Label x={x0} y={headerY} text={t.header} anchor="start" bold />
        <Box x={x0} y={rmY} width={COLUMN} height={rmH} {...t.reward} tone="accent" />
        <Box x={left} y={rowY} width={HALF} height={rowH} {...t.policy} />
        <Box x={right} y={rowY} width={HALF} height={rowH} {...t.score} />
        <Box x={left} y={row3Y} width={HALF} height={rowH} {...t.ppo} tone="accent" />
        <Box x={right} y={row3Y} width={HALF} height={rowH} {...t.reference} tone="muted" dashed />
        <Arrow
          points={[
            [rightMid, rmY + rmH],
            [rightMid, rowY],
          ]}
          label="r_ψ(c, x)"
        />
        <Arrow
          points={[
            [left + HALF, rowY + rowH / 2],
            [right, rowY + rowH / 2],
          ]}
          label="x"
        />
        <Arrow
          points={[
            [rightMid, row3Y],
            [rightMid, rowY + rowH],
          ]}
          tone="muted"
          label="log p_{ref}"
        />
        <Arrow
          points={[
            [right, rowY + rowH - 14],
            [between, rowY + rowH - 14],
            [between, row3Y + rowH / 2],
            [left + HALF, row3Y + rowH / 2],
          ]}
          radius={6}
          label="R"
          labelAt={[between - 8, (rowY + rowH + row3Y) / 2]}
          labelAnchor="end"
        />
        <Arrow
          tone="feedback"
          points={[
            [leftMid, row3Y],
            [leftMid, rowY + rowH],
          ]}
          label="update θ"
          labelAt={[leftMid - 8, (rowY + rowH + row3Y) / 2]}
          labelAnchor="end"
        />
        <Label
          x={x0 + COLUMN / 2}
          y={networksY}
          text={t.networks}
          size="detail"
          tone="muted"
          maxWidth={COLUMN}
        />
      </g>
    ),
  };
}

/** The DPO route: policy and frozen reference feed one loss, whose gradient updates the policy. */
function dpoColumn(x0: number, headerY: number): Column {
  const t = TEXT.dpo;
  const rowY = headerY + 24;
  const rowH = rowHeight(HALF, t.reference, t.policy);
  const lossY = rowY + rowH + 40;
  const lossH = rowHeight(COLUMN, t.loss);
  const left = x0;
  const right = x0 + HALF + GAP;
  const leftMid = left + HALF / 2;
  const rightMid = right + HALF / 2;
  const entryX = left + HALF + GAP / 2;
  const gapY = (rowY + rowH + lossY) / 2;
  const outside = x0 + COLUMN + 10;
  const networksY = lossY + lossH + 30;
  return {
    entry: [entryX, lossY],
    bottom: networksY + 24,
    content: (
      <g data-route="dpo" data-networks={2}>
        <Label x={x0} y={headerY} text={t.header} anchor="start" bold />
        <Box x={left} y={rowY} width={HALF} height={rowH} {...t.reference} tone="muted" dashed />
        <Box x={right} y={rowY} width={HALF} height={rowH} {...t.policy} />
        <Box x={x0} y={lossY} width={COLUMN} height={lossH} {...t.loss} tone="accent" />
        <Arrow
          points={[
            [leftMid, rowY + rowH],
            [leftMid, lossY],
          ]}
          tone="muted"
          label="log p_{ref}"
        />
        <Arrow
          points={[
            [rightMid, rowY + rowH],
            [rightMid, lossY],
          ]}
          label="log p_θ"
          labelAt={[rightMid - 8, gapY]}
          labelAnchor="end"
        />
        <Arrow
          tone="feedback"
          points={[
            [x0 + COLUMN, lossY + lossH / 2],
            [outside, lossY + lossH / 2],
            [outside, rowY + rowH / 2],
            [x0 + COLUMN, rowY + rowH / 2],
          ]}
          radius={6}
          label="update θ"
          labelAt={[outside - 6, gapY]}
          labelAnchor="end"
        />
        <Label
          x={x0 + COLUMN / 2}
          y={networksY}
          text={t.networks}
          size="detail"
          tone="muted"
          maxWidth={COLUMN}
        />
      </g>
    ),
  };
}

/** The three shared steps across the top, with the stack of pairs behind the last box. */
function SharedStart({
  boxes,
  arrows,
}: {
  boxes: readonly {x: number; y: number; width: number; height: number; part: Part}[];
  arrows: readonly {points: readonly Point[]; label: string}[];
}): ReactNode {
  const pairs = boxes[boxes.length - 1];
  return (
    <g data-route="shared">
      {pairs && (
        <path
          className={styles.stack}
          d={stackPath(pairs.x, pairs.y, pairs.width, pairs.height, [12, 6])}
          data-stack="pairs"
        />
      )}
      {boxes.map((b) => (
        <Box key={b.part.label} x={b.x} y={b.y} width={b.width} height={b.height} {...b.part} />
      ))}
      {arrows.map((a) => (
        <Arrow key={a.label} points={a.points} label={a.label} />
      ))}
    </g>
  );
}

function wideLayout() {
  const top = 16;
  const boxW = 190;
  const topH = rowHeight(boxW, TEXT.sft, TEXT.compare, TEXT.pairs);
  const xs = [16, 265, 514] as const;
  const mid = top + topH / 2;
  const busY = top + topH + 34;
  const headerY = busY + 22;
  const rlhf = rlhfColumn(16, headerY);
  const dpo = dpoColumn(376, headerY);
  const pairsX = xs[2] + boxW / 2;
  const stackBottom = top + topH + 12;
  const bottom = Math.max(rlhf.bottom, dpo.bottom);
  return {
    width: 720,
    height: bottom,
    content: (
      <>
        <SharedStart
          boxes={[
            {x: xs[0], y: top, width: boxW, height: topH, part: TEXT.sft},
            {x: xs[1], y: top, width: boxW, height: topH, part: TEXT.compare},
            {x: xs[2], y: top, width: boxW, height: topH, part: TEXT.pairs},
          ]}
          arrows={[
            {
              points: [
                [xs[0] + boxW, mid],
                [xs[1], mid],
              ],
              label: 'answers',
            },
            {
              points: [
                [xs[1] + boxW, mid],
                [xs[2], mid],
              ],
              label: 'choices',
            },
          ]}
        />
        <path className={styles.divider} d={`M360 ${busY + 10}V${bottom - 8}`} />
        <Arrow
          points={[
            [pairsX, stackBottom],
            [pairsX, busY],
            [rlhf.entry[0], busY],
            [rlhf.entry[0], rlhf.entry[1]],
          ]}
          radius={8}
        />
        <Arrow
          points={[
            [pairsX, stackBottom],
            [pairsX, busY],
            [dpo.entry[0], busY],
            [dpo.entry[0], dpo.entry[1]],
          ]}
          radius={8}
          label={TEXT.shared}
          labelAt={[360, busY - 12]}
        />
        {rlhf.content}
        {dpo.content}
      </>
    ),
  };
}

function narrowLayout() {
  const x = 32;
  const boxW = 280;
  const gap = 30;
  const heights = [TEXT.sft, TEXT.compare, TEXT.pairs].map((p) => rowHeight(boxW, p));
  const [h0 = 0, h1 = 0, h2 = 0] = heights;
  const y0 = 10;
  const y1 = y0 + h0 + gap;
  const y2 = y1 + h1 + gap;
  const cx = x + boxW / 2;
  const stackBottom = y2 + h2 + 12;
  const rlhfHeaderY = stackBottom + 40;
  const rlhf = rlhfColumn(8, rlhfHeaderY);
  const dpoHeaderY = rlhf.bottom + 30;
  const dpo = dpoColumn(8, dpoHeaderY);
  const margin = 352;
  return {
    width: 360,
    height: dpo.bottom,
    content: (
      <>
        <SharedStart
          boxes={[
            {x, y: y0, width: boxW, height: h0, part: TEXT.sft},
            {x, y: y1, width: boxW, height: h1, part: TEXT.compare},
            {x, y: y2, width: boxW, height: h2, part: TEXT.pairs},
          ]}
          arrows={[
            {
              points: [
                [cx, y0 + h0],
                [cx, y1],
              ],
              label: 'answers',
            },
            {
              points: [
                [cx, y1 + h1],
                [cx, y2],
              ],
              label: 'choices',
            },
          ]}
        />
        <Arrow
          points={[
            [rlhf.entry[0], stackBottom],
            [rlhf.entry[0], rlhf.entry[1]],
          ]}
          label="pairs"
          labelAt={[rlhf.entry[0] + 8, rlhfHeaderY]}
          labelAnchor="start"
        />
        <path className={styles.divider} d={`M8 ${rlhf.bottom + 6}H344`} />
        <Arrow
          points={[
            [x + boxW + 12, y2 + h2 / 2 + 6],
            [margin, y2 + h2 / 2 + 6],
            [margin, dpoHeaderY],
            [dpo.entry[0], dpoHeaderY],
            [dpo.entry[0], dpo.entry[1]],
          ]}
          radius={8}
          label="the same pairs"
          labelAt={[(dpo.entry[0] + margin) / 2 + 20, dpoHeaderY - 12]}
        />
        {rlhf.content}
        {dpo.content}
      </>
    ),
  };
}

/** RLHF (reward model + PPO under a KL penalty) and DPO (one loss), from the same pairs. */
export default function RlhfDpoDiagram({
  description,
  title = 'RLHF and DPO side by side: two ways to learn from the same preference pairs',
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
