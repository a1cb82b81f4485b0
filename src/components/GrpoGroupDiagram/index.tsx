/**
 * GRPO's group-relative advantage: one prompt, a group of G sampled answers, each scored
 * by a verifiable reward (a rule that checks the final answer), and each answer's
 * advantage computed as (reward − group mean) / group standard deviation. No value network
 * is needed: the group itself is the baseline. The advantages then drive the update.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link GrpoGroupDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'GrpoGroupDiagram';

/** The worked example the diagram draws: the final answers of four samples and their rewards. */
export const EXAMPLE = {
  prompt: 'What is 17 × 24?',
  answers: ['408', '398', '408', '408'],
  rewards: [1, 0, 1, 1],
} as const;

/** Group mean, (population) standard deviation and each answer's advantage (r − mean) / std. */
export function groupAdvantages(rewards: readonly number[]): {
  mean: number;
  std: number;
  advantages: number[];
} {
  if (rewards.length < 2)
    throw new Error(`${NAME}: a group needs at least two rewards, got ${rewards.length}.`);
  const mean = rewards.reduce((sum, r) => sum + r, 0) / rewards.length;
  const std = Math.sqrt(rewards.reduce((sum, r) => sum + (r - mean) ** 2, 0) / rewards.length);
  // A group whose rewards are all equal teaches nothing: every advantage is 0.
  const advantages = rewards.map((r) => (std === 0 ? 0 : (r - mean) / std));
  return {mean, std, advantages};
}

const STATS = groupAdvantages(EXAMPLE.rewards);
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function signed(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

const TEXT = {
  prompt: `c = “${EXAMPLE.prompt}”`,
  promptLines: ['c = “What is', `${EXAMPLE.prompt.replace('What is ', '')}”`],
  policy: 'Policy p_θ',
  policyDetail: `samples G = ${EXAMPLE.answers.length} answers`,
  answer: (i: number) => `x⁽${SUPERSCRIPT[i + 1] ?? ''}⁾ ends “${EXAMPLE.answers[i] ?? ''}”`,
  reward: (r: number) => (r === 1 ? '1 (right)' : '0 (wrong)'),
  headerAnswer: 'sampled answer',
  headerReward: 'reward r',
  headerAdvantage: 'advantage A',
  verifier: 'reward: a rule checks the final answer',
  stats: 'Group statistics',
  statsDetail: [
    `mean = ${STATS.mean.toFixed(2)}, standard deviation = ${STATS.std.toFixed(2)}`,
    'A⁽ⁱ⁾ = (r⁽ⁱ⁾ − mean) / std',
  ],
  noCritic: 'No value network',
  noCriticDetail: 'the group’s mean reward is the baseline',
  update: 'update p_θ: raise the probability of answers with A > 0, lower it for A < 0',
  updateDetail: '(clipped probability ratio, KL penalty toward a reference model)',
};

/**
 * The advantage bars as two paths (one for positive, one for negative advantages) and a
 * zero line, however many answers there are.
 */
export function advantageBarPaths(
  advantages: readonly number[],
  zeroX: number,
  scale: number,
  rowTops: readonly number[],
  rowHeight: number,
): {positive: string; negative: string; zero: string} {
  const barHeight = 14;
  const positive: string[] = [];
  const negative: string[] = [];
  advantages.forEach((a, i) => {
    const top = (rowTops[i] ?? 0) + (rowHeight - barHeight) / 2;
    const width = Math.round(Math.abs(a) * scale * 10) / 10;
    if (width === 0) return;
    const x = a > 0 ? zeroX : zeroX - width;
    (a > 0 ? positive : negative).push(`M${x} ${top}h${width}v${barHeight}h${-width}z`);
  });
  const first = rowTops[0] ?? 0;
  const last = (rowTops[rowTops.length - 1] ?? 0) + rowHeight;
  return {
    positive: positive.join(''),
    negative: negative.join(''),
    zero: `M${zeroX} ${first + 4}V${last - 4}`,
  };
}

/** The row outlines of the answer table as one path. */
function rowOutlines(x: number, width: number, rowTops: readonly number[], rowHeight: number): string {
  const r = 6;
  return rowTops
    .map(
      (top) =>
        `M${x + r} ${top}h${width - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${rowHeight - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}` +
        `h${-(width - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(rowHeight - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`,
    )
    .join('');
}

/** The answer table: outlines, texts and bars. Columns are given as x positions. */
function AnswerTable({
  x,
  width,
  rowTops,
  rowHeight,
  columns,
  scale,
}: {
  x: number;
  width: number;
  rowTops: readonly number[];
  rowHeight: number;
  columns: {answer: number; reward: number; value: number; zero: number};
  scale: number;
}): ReactNode {
  const bars = advantageBarPaths(STATS.advantages, columns.zero, scale, rowTops, rowHeight);
  const headerY = (rowTops[0] ?? 0) - 14;
  return (
    <g>
      <Label
        x={columns.answer}
        y={headerY}
        text={TEXT.headerAnswer}
        size="detail"
        anchor="start"
        tone="muted"
      />
      <Label x={columns.reward} y={headerY} text={TEXT.headerReward} size="detail" tone="muted" />
      <Label
        x={(columns.value + columns.zero) / 2 + 6}
        y={headerY}
        text={TEXT.headerAdvantage}
        size="detail"
        tone="muted"
      />
      <path className={styles.rows} d={rowOutlines(x, width, rowTops, rowHeight)} />
      <path className={styles.zero} d={bars.zero} />
      <path className={styles.positive} d={bars.positive} />
      <path className={styles.negative} d={bars.negative} />
      {EXAMPLE.answers.map((_, i) => {
        const cy = (rowTops[i] ?? 0) + rowHeight / 2;
        const reward = EXAMPLE.rewards[i] ?? 0;
        return (
          <g key={i}>
            <Label x={columns.answer} y={cy} text={TEXT.answer(i)} size="detail" anchor="start" />
            <Label x={columns.reward} y={cy} text={TEXT.reward(reward)} size="detail" bold={reward === 1} />
            <Label x={columns.value} y={cy} text={signed(STATS.advantages[i] ?? 0)} size="detail" bold />
          </g>
        );
      })}
    </g>
  );
}

function wideLayout() {
  const rowTops = [44, 96, 148, 200];
  const rowHeight = 44;
  const policyCy = 140;
  return {
    width: 720,
    height: 420,
    content: (
      <>
        <Box x={8} y={96} width={150} height={88} label="Prompt" detail={TEXT.promptLines} />
        <Arrow
          points={[
            [158, policyCy],
            [182, policyCy],
          ]}
        />
        <Box
          x={184}
          y={100}
          width={128}
          height={80}
          label={TEXT.policy}
          detail={TEXT.policyDetail}
          tone="accent"
        />
        {rowTops.map((top) => (
          <Arrow
            key={top}
            points={[
              [312, policyCy],
              [324, policyCy],
              [324, top + rowHeight / 2],
              [338, top + rowHeight / 2],
            ]}
            radius={6}
          />
        ))}
        <AnswerTable
          x={340}
          width={372}
          rowTops={rowTops}
          rowHeight={rowHeight}
          columns={{answer: 350, reward: 508, value: 594, zero: 668}}
          scale={24}
        />
        <Label x={526} y={262} text={TEXT.verifier} size="detail" tone="muted" maxWidth={370} />
        <Arrow
          points={[
            [526, 276],
            [526, 292],
          ]}
        />
        <Box
          x={340}
          y={294}
          width={372}
          height={62}
          label={TEXT.stats}
          detail={TEXT.statsDetail}
          tone="accent"
        />
        <Box
          x={8}
          y={206}
          width={162}
          height={80}
          label={TEXT.noCritic}
          detail={TEXT.noCriticDetail}
          tone="muted"
          dashed
        />
        <Arrow
          tone="feedback"
          points={[
            [526, 356],
            [526, 372],
            [248, 372],
            [248, 182],
          ]}
        />
        <Label x={380} y={392} text={TEXT.update} size="detail" tone="accent" halo />
        <Label x={380} y={410} text={TEXT.updateDetail} size="detail" tone="muted" />
      </>
    ),
  };
}

function narrowLayout() {
  const rowTops = [214, 264, 314, 364];
  const rowHeight = 44;
  return {
    width: 360,
    height: 700,
    content: (
      <>
        <Box x={20} y={8} width={320} height={58} label="Prompt" detail={TEXT.prompt} />
        <Arrow
          points={[
            [180, 66],
            [180, 88],
          ]}
        />
        <Box
          x={60}
          y={90}
          width={240}
          height={66}
          label={TEXT.policy}
          detail={TEXT.policyDetail}
          tone="accent"
        />
        <Arrow
          points={[
            [180, 156],
            [180, 184],
          ]}
        />
        <AnswerTable
          x={8}
          width={344}
          rowTops={rowTops}
          rowHeight={rowHeight}
          columns={{answer: 16, reward: 184, value: 248, zero: 312}}
          scale={20}
        />
        <Label x={180} y={428} text={TEXT.verifier} size="detail" tone="muted" maxWidth={330} />
        <Arrow
          points={[
            [180, 448],
            [180, 466],
          ]}
        />
        <Box
          x={8}
          y={468}
          width={344}
          height={76}
          label={TEXT.stats}
          detail={TEXT.statsDetail}
          tone="accent"
        />
        <Box
          x={8}
          y={566}
          width={344}
          height={58}
          label={TEXT.noCritic}
          detail={TEXT.noCriticDetail}
          tone="muted"
          dashed
        />
        <Label x={180} y={648} text={TEXT.update} size="detail" tone="accent" maxWidth={340} />
        <Label x={180} y={684} text={TEXT.updateDetail} size="detail" tone="muted" maxWidth={340} />
      </>
    ),
  };
}

/** GRPO: one prompt, G sampled answers, verifiable rewards and group-relative advantages. */
export default function GrpoGroupDiagram({
  description,
  title = 'GRPO: a group of sampled answers, their verifiable rewards and group-relative advantages',
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
