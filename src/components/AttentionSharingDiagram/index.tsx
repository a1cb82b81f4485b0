/**
 * Three ways for attention heads to share keys and values, side by side: multi-head
 * attention (every query head has its own K/V head), grouped-query attention (each group
 * of query heads shares one K/V head) and multi-query attention (all query heads share
 * one). Under each, the KV cache that one token leaves in one layer is drawn cell by cell
 * and counted, so the saving is visible and readable.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Label, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link AttentionSharingDiagram}. */
export type Props = DiagramBaseProps & {
  /** Query heads per layer in all three panels (an integer from 2 to 12; default 8). */
  queryHeads?: number;
  /**
   * K/V heads of the grouped-query panel: more than 1, fewer than `queryHeads`, and a
   * divisor of it, so every group has the same size (default 2).
   */
  groupedKvHeads?: number;
};

const NAME = 'AttentionSharingDiagram';

/** One panel: how many K/V heads serve the query heads, and the rule in words. */
type Scheme = {
  title: string;
  kvHeads: number;
  rule: string;
};

function schemes(queryHeads: number, groupedKvHeads: number): readonly Scheme[] {
  const groupSize = queryHeads / groupedKvHeads;
  return [
    {title: 'Multi-head', kvHeads: queryHeads, rule: 'every query head has its own K/V head'},
    {
      title: 'Grouped-query',
      kvHeads: groupedKvHeads,
      rule: `groups of ${groupSize} query heads share one K/V head`,
    },
    {title: 'Multi-query', kvHeads: 1, rule: `all ${queryHeads} query heads share one K/V head`},
  ];
}

/** "8 K/V heads", "1 K/V head". */
export function kvHeadCount(kvHeads: number): string {
  return `${kvHeads} K/V head${kvHeads === 1 ? '' : 's'}`;
}

/** The cache one token leaves in one layer: a key and a value vector per K/V head. */
export function cacheCount(kvHeads: number, queryHeads: number): string {
  const vectors = `${2 * kvHeads} vectors`;
  return kvHeads === queryHeads
    ? `${vectors} (the baseline)`
    : `${vectors}, 1/${queryHeads / kvHeads} of multi-head`;
}

function checkHeads(queryHeads: number, groupedKvHeads: number): void {
  if (!Number.isInteger(queryHeads) || queryHeads < 2 || queryHeads > 12) {
    throw new Error(
      `<${NAME}>: \`queryHeads\` must be an integer from 2 to 12 (got ${String(queryHeads)}); ` +
        'more heads would not fit the drawing at 360 px.',
    );
  }
  if (
    !Number.isInteger(groupedKvHeads) ||
    groupedKvHeads <= 1 ||
    groupedKvHeads >= queryHeads ||
    queryHeads % groupedKvHeads !== 0
  ) {
    throw new Error(
      `<${NAME}>: \`groupedKvHeads\` must be more than 1, fewer than \`queryHeads\` (${queryHeads}) ` +
        `and divide it evenly (got ${String(groupedKvHeads)}), so that every group has the same size.`,
    );
  }
}

/** Where one panel puts its rows; all numbers are absolute user units. */
type PanelGeometry = {
  rowLeft: number;
  rowRight: number;
  queryY: number;
  kvY: number;
  keyY: number;
  valueY: number;
  cellsLeft: number;
};

/** Path data accumulated over all panels of one layout, so each kind of shape is one element. */
type Shapes = {circles: string[]; squares: string[]; links: string[]; keys: string[]; values: string[]};

const CELL = {width: 12, height: 10, pitch: 15} as const;

function addPanelShapes(shapes: Shapes, g: PanelGeometry, queryHeads: number, kvHeads: number): void {
  const spacing = Math.min(28, (g.rowRight - g.rowLeft) / (queryHeads - 1));
  const r = Math.min(9, spacing * 0.34);
  const centre = (g.rowLeft + g.rowRight) / 2;
  const queryX = Array.from({length: queryHeads}, (_, i) => centre + (i - (queryHeads - 1) / 2) * spacing);
  const groupSize = queryHeads / kvHeads;
  const kvX = Array.from({length: kvHeads}, (_, j) => {
    const group = queryX.slice(j * groupSize, (j + 1) * groupSize);
    return group.reduce((a, b) => a + b, 0) / group.length;
  });
  const fmt = (n: number) => `${Math.round(n * 10) / 10}`;
  for (const x of queryX) {
    shapes.circles.push(
      `M${fmt(x - r)} ${fmt(g.queryY)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0Z`,
    );
  }
  for (const x of kvX) {
    shapes.squares.push(`M${fmt(x - r)} ${fmt(g.kvY - r)}h${fmt(2 * r)}v${fmt(2 * r)}h${fmt(-2 * r)}Z`);
  }
  queryX.forEach((x, i) => {
    const to: Point = [kvX[Math.floor(i / groupSize)] ?? x, g.kvY - r - 2];
    shapes.links.push(`M${fmt(x)} ${fmt(g.queryY + r + 2)}L${fmt(to[0])} ${fmt(to[1])}`);
  });
  for (let j = 0; j < kvHeads; j++) {
    const x = g.cellsLeft + j * CELL.pitch;
    const cell = (y: number) =>
      `M${fmt(x)} ${fmt(y - CELL.height / 2)}h${CELL.width}v${CELL.height}h-${CELL.width}Z`;
    shapes.keys.push(cell(g.keyY));
    shapes.values.push(cell(g.valueY));
  }
}

function ShapePaths({shapes, dividers}: {shapes: Shapes; dividers: string}): ReactNode {
  return (
    <>
      <path className={styles.divider} d={dividers} />
      <path className={styles.link} d={shapes.links.join('')} />
      <path className={styles.query} d={shapes.circles.join('')} />
      <path className={styles.kv} d={shapes.squares.join('')} />
      <path className={styles.cellKey} d={shapes.keys.join('')} />
      <path className={styles.cellValue} d={shapes.values.join('')} />
    </>
  );
}

const FORMULA = 'KV cache = 2 × layers × K/V heads × head size × tokens × bytes per number';

function emptyShapes(): Shapes {
  return {circles: [], squares: [], links: [], keys: [], values: []};
}

function wideLayout(queryHeads: number, panels: readonly Scheme[]) {
  const width = 240;
  const shapes = emptyShapes();
  const labels = panels.map((scheme, k) => {
    const x0 = k * width;
    const cx = x0 + width / 2;
    const geometry: PanelGeometry = {
      rowLeft: x0 + 20,
      rowRight: x0 + width - 20,
      queryY: 100,
      kvY: 166,
      keyY: 244,
      valueY: 260,
      cellsLeft: x0 + 46,
    };
    addPanelShapes(shapes, geometry, queryHeads, scheme.kvHeads);
    return (
      <g key={scheme.title}>
        <Label x={cx} y={14} text={scheme.title} bold />
        <Label x={cx} y={44} text={scheme.rule} size="detail" tone="muted" maxWidth={212} />
        <Label x={cx} y={78} text={`${queryHeads} query heads`} size="detail" />
        <Label x={cx} y={194} text={kvHeadCount(scheme.kvHeads)} size="detail" />
        <Label x={cx} y={222} text="KV cache per token, per layer" size="detail" tone="muted" />
        <Label x={x0 + 36} y={244} text="K" size="detail" anchor="end" bold />
        <Label x={x0 + 36} y={260} text="V" size="detail" anchor="end" bold />
        <Label
          x={cx}
          y={286}
          text={cacheCount(scheme.kvHeads, queryHeads)}
          size="detail"
          bold
          maxWidth={220}
        />
      </g>
    );
  });
  return {
    width: 720,
    height: 344,
    content: (
      <>
        <ShapePaths shapes={shapes} dividers="M240 8V300M480 8V300" />
        {labels}
        <Label x={360} y={326} text={FORMULA} size="detail" bold />
      </>
    ),
  };
}

function narrowLayout(queryHeads: number, panels: readonly Scheme[]) {
  const height = 218;
  const shapes = emptyShapes();
  const labels = panels.map((scheme, k) => {
    const y0 = k * height;
    const geometry: PanelGeometry = {
      rowLeft: 138,
      rowRight: 346,
      queryY: y0 + 78,
      kvY: y0 + 130,
      keyY: y0 + 162,
      valueY: y0 + 178,
      cellsLeft: 158,
    };
    addPanelShapes(shapes, geometry, queryHeads, scheme.kvHeads);
    return (
      <g key={scheme.title}>
        <Label x={180} y={y0 + 14} text={scheme.title} bold />
        <Label x={180} y={y0 + 42} text={scheme.rule} size="detail" tone="muted" maxWidth={336} />
        <Label x={8} y={y0 + 78} text={`${queryHeads} query heads`} size="detail" anchor="start" />
        <Label x={8} y={y0 + 130} text={kvHeadCount(scheme.kvHeads)} size="detail" anchor="start" />
        <Label
          x={8}
          y={y0 + 170}
          text={['KV cache per', 'token, per layer']}
          size="detail"
          tone="muted"
          anchor="start"
        />
        <Label x={150} y={y0 + 162} text="K" size="detail" anchor="end" bold />
        <Label x={150} y={y0 + 178} text="V" size="detail" anchor="end" bold />
        <Label
          x={8}
          y={y0 + 200}
          text={cacheCount(scheme.kvHeads, queryHeads)}
          size="detail"
          bold
          anchor="start"
        />
      </g>
    );
  });
  return {
    width: 360,
    height: 3 * height + 64,
    content: (
      <>
        <ShapePaths shapes={shapes} dividers={`M8 ${height - 6}H352M8 ${2 * height - 6}H352`} />
        {labels}
        <Label x={180} y={3 * height + 28} text={FORMULA} size="detail" bold maxWidth={340} />
      </>
    ),
  };
}

/** Multi-head, grouped-query and multi-query attention, with the KV cache each one keeps. */
export default function AttentionSharingDiagram({
  description,
  title = 'Sharing keys and values between attention heads: multi-head, grouped-query and multi-query attention, with the KV cache of each',
  queryHeads = 8,
  groupedKvHeads = 2,
}: Props): ReactNode {
  checkHeads(queryHeads, groupedKvHeads);
  const panels = schemes(queryHeads, groupedKvHeads);
  return (
    <Diagram
      component={NAME}
      title={title}
      description={description}
      wide={wideLayout(queryHeads, panels)}
      narrow={narrowLayout(queryHeads, panels)}
    />
  );
}
