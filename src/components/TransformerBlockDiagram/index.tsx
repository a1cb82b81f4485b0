/**
 * A decoder-style transformer: tokens → embeddings + positions → N repeated blocks of
 * [multi-head self-attention → add & norm → feed-forward → add & norm] → next-token
 * probabilities, beside a close-up of attention drawn as weighted lines between tokens.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link TransformerBlockDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'TransformerBlockDiagram';
const TOKENS = ['The', 'sky', 'is'] as const;
/** Illustrative next-token probabilities after "The sky is" (as on the LLM page). */
const NEXT: readonly [string, number][] = [
  ['blue', 0.41],
  ['clear', 0.08],
  ['grey', 0.05],
];
/**
 * Illustrative causal attention weights: row i is query token i, column j key token j;
 * each row sums to 1 and a token never attends to later ones.
 */
const WEIGHTS: readonly (readonly number[])[] = [[1], [0.4, 0.6], [0.2, 0.5, 0.3]];

const PIPELINE_HEIGHT = 618;
const ATTENTION_HEIGHT = 372;

/** The stack from tokens to probabilities, in a 340-unit-wide frame. */
function Pipeline(): ReactNode {
  const cx = 170;
  const tokenX = (i: number) => 50 + i * 86;
  const frameTop = 146;
  const frameBottom = 420;
  const boxLeft = 38;
  const boxWidth = 264;
  const lane = 312;
  return (
    <g>
      <Label x={cx} y={10} text="input tokens" size="detail" tone="muted" />
      {TOKENS.map((token, i) => (
        <Box key={token} x={tokenX(i)} y={24} width={68} height={32} detail={token} tone="muted" />
      ))}
      <Arrow
        points={[
          [cx, 58],
          [cx, 84],
        ]}
        label="look up"
        labelAt={[cx + 10, 71]}
        labelAnchor="start"
      />
      <Box
        x={20}
        y={86}
        width={300}
        height={46}
        label="Embeddings + positions"
        detail="one vector per token"
      />
      <Arrow
        points={[
          [cx, 132],
          [cx, 170],
        ]}
      />
      <rect
        className={styles.repeat}
        x={16}
        y={frameTop}
        width={308}
        height={frameBottom - frameTop}
        rx={10}
      />
      <Label x={24} y={frameTop + 14} text="× N blocks" size="detail" bold anchor="start" halo />
      <Box
        x={boxLeft}
        y={172}
        width={boxWidth}
        height={52}
        label="Multi-head self-attention"
        detail="tokens exchange information"
        tone="accent"
      />
      <Arrow
        points={[
          [cx, 224],
          [cx, 244],
        ]}
      />
      <Box x={boxLeft} y={246} width={boxWidth} height={32} detail="add & norm" />
      <Arrow
        points={[
          [cx, 278],
          [cx, 298],
        ]}
      />
      <Box
        x={boxLeft}
        y={300}
        width={boxWidth}
        height={52}
        label="Feed-forward network"
        detail="each position on its own"
      />
      <Arrow
        points={[
          [cx, 352],
          [cx, 372],
        ]}
      />
      <Box x={boxLeft} y={374} width={boxWidth} height={32} detail="add & norm" />
      {/* Residual connections: each sub-layer's input is added back to its output. */}
      <Arrow
        tone="muted"
        points={[
          [cx, 160],
          [lane, 160],
          [lane, 262],
          [boxLeft + boxWidth + 2, 262],
        ]}
        radius={6}
      />
      <Arrow
        tone="muted"
        points={[
          [cx, 288],
          [lane, 288],
          [lane, 390],
          [boxLeft + boxWidth + 2, 390],
        ]}
        radius={6}
      />
      <Label x={lane + 4} y={211} text="skip" size="detail" anchor="start" halo />
      <Label x={lane + 4} y={339} text="skip" size="detail" anchor="start" halo />
      <Arrow
        points={[
          [cx, 406],
          [cx, 446],
        ]}
      />
      <Box x={70} y={448} width={200} height={40} detail="linear + softmax" />
      <Arrow
        points={[
          [cx, 488],
          [cx, 514],
        ]}
        label="next-token probabilities"
        labelAt={[cx + 10, 501]}
        labelAnchor="start"
      />
      {NEXT.map(([word, p], i) => {
        const y = 534 + i * 24;
        return (
          <g key={word}>
            <Label x={96} y={y} text={word} size="detail" anchor="end" />
            <rect className={styles.bar} x={104} y={y - 8} width={Math.round(p * 440)} height={16} rx={2} />
            <Label x={110 + p * 440} y={y} text={p.toFixed(2)} size="detail" anchor="start" />
          </g>
        );
      })}
      <Label
        x={cx}
        y={608}
        text="… one probability for every token in the vocabulary"
        size="detail"
        tone="muted"
      />
    </g>
  );
}

/** Attention as lines between tokens, thicker for larger weights, in a 340-unit-wide frame. */
function AttentionCloseUp(): ReactNode {
  const x = (i: number) => 60 + i * 110;
  const keysY = 110;
  const queriesY = 250;
  const boxHeight = 32;
  const line = (j: number, i: number): [Point, Point] => [
    [x(j), keysY + boxHeight],
    [x(i), queriesY],
  ];
  const last = TOKENS.length - 1;
  return (
    <g>
      <Label x={170} y={10} text="Inside self-attention" bold />
      <Label
        x={170}
        y={42}
        text={['each token takes a weighted mix of', 'itself and the tokens before it']}
        size="detail"
        tone="muted"
      />
      <Label x={170} y={keysY - 14} text="keys and values" size="detail" tone="muted" />
      {TOKENS.map((token, i) => (
        <Box
          key={`k-${token}`}
          x={x(i) - 34}
          y={keysY}
          width={68}
          height={boxHeight}
          detail={token}
          tone="muted"
        />
      ))}
      {WEIGHTS.map((row, i) =>
        row.map((weight, j) => {
          const [a, b] = line(j, i);
          return (
            <line
              key={`${i}-${j}`}
              className={i === last ? styles.attentionFocus : styles.attention}
              x1={a[0]}
              y1={a[1]}
              x2={b[0]}
              y2={b[1]}
              strokeWidth={1 + 7 * weight}
            />
          );
        }),
      )}
      {(WEIGHTS[last] ?? []).map((weight, j) => {
        const [a, b] = line(j, last);
        const at: Point = [a[0] + (b[0] - a[0]) * 0.45, a[1] + (b[1] - a[1]) * 0.45];
        return (
          <Label key={j} x={at[0]} y={at[1]} text={weight.toFixed(1)} size="detail" bold tone="accent" halo />
        );
      })}
      {TOKENS.map((token, i) => (
        <Box
          key={`q-${token}`}
          x={x(i) - 34}
          y={queriesY}
          width={68}
          height={boxHeight}
          detail={token}
          tone={i === last ? 'accent' : 'plain'}
        />
      ))}
      <Label x={170} y={queriesY + boxHeight + 16} text="queries (outputs)" size="detail" tone="muted" />
      <Label
        x={170}
        y={queriesY + boxHeight + 56}
        text={[
          'a_{ij} = softmax of q_i · k_j / √d_k over j;',
          'the weights for “is” sum to 1: 0.2 + 0.5 + 0.3',
        ]}
        size="detail"
      />
      <Label
        x={170}
        y={queriesY + boxHeight + 92}
        text="several heads do this in parallel, each with its own weights"
        size="detail"
        tone="muted"
        maxWidth={330}
      />
    </g>
  );
}

/** A transformer language model: the repeated block, and attention drawn between tokens. */
export default function TransformerBlockDiagram({
  description,
  title = 'A transformer: tokens, embeddings, N blocks of self-attention and feed-forward layers, next-token probabilities',
}: Props): ReactNode {
  return (
    <Diagram
      component={NAME}
      title={title}
      description={description}
      wide={{
        width: 720,
        height: PIPELINE_HEIGHT + 20,
        content: (
          <>
            <g transform="translate(10 10)">
              <Pipeline />
            </g>
            <line className={styles.divider} x1={362} y1={20} x2={362} y2={PIPELINE_HEIGHT} />
            <g transform={`translate(372 ${10 + (PIPELINE_HEIGHT - ATTENTION_HEIGHT) / 2 - 60})`}>
              <AttentionCloseUp />
            </g>
          </>
        ),
      }}
      narrow={{
        width: 360,
        height: PIPELINE_HEIGHT + ATTENTION_HEIGHT + 50,
        content: (
          <>
            <g transform="translate(10 10)">
              <Pipeline />
            </g>
            <line
              className={styles.divider}
              x1={10}
              y1={PIPELINE_HEIGHT + 22}
              x2={350}
              y2={PIPELINE_HEIGHT + 22}
            />
            <g transform={`translate(10 ${PIPELINE_HEIGHT + 40})`}>
              <AttentionCloseUp />
            </g>
          </>
        ),
      }}
    />
  );
}
