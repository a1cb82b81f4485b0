/**
 * A sparse mixture-of-experts layer seen from the router: four tokens, eight experts, and
 * for each token the two experts it is sent to (top-k with k = 2) with their gate weights.
 * A grid shows the routing (rows are tokens, columns are experts), a row beneath counts
 * the tokens each expert receives, and a note contrasts total with active parameters.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link MoeRouterDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'MoeRouterDiagram';
const NBSP = '\u00a0';

/** Number of experts in the layer (N). */
const EXPERTS = 8;

/**
 * Illustrative routing decisions: each token's two chosen experts (1-based) and their gate
 * weights, renormalised over the chosen pair so that they sum to 1, as in Mixtral.
 */
const ROUTES: readonly {token: string; picks: readonly (readonly [expert: number, gate: number])[]}[] = [
  {
    token: 'The',
    picks: [
      [2, 0.71],
      [5, 0.29],
    ],
  },
  {
    token: 'cat',
    picks: [
      [2, 0.58],
      [7, 0.42],
    ],
  },
  {
    token: 'sat',
    picks: [
      [4, 0.66],
      [5, 0.34],
    ],
  },
  {
    token: 'down',
    picks: [
      [1, 0.52],
      [4, 0.48],
    ],
  },
];

/** How many tokens each expert receives (index 0 is expert 1). */
const LOADS: readonly number[] = Array.from(
  {length: EXPERTS},
  (_, i) => ROUTES.filter((route) => route.picks.some(([expert]) => expert === i + 1)).length,
);

const expertName = (i: number) => `E_${i}`;
const weightedSum = (picks: readonly (readonly [number, number])[]) =>
  picks.map(([expert, gate]) => `${gate.toFixed(2)}·${expertName(expert)}`).join(' + ');

const NOTE = {
  total: `All 8 experts are stored in memory: total parameters = shared layers + 8${NBSP}×${NBSP}one expert.`,
  active: `Each token runs only 2 of them: active parameters = shared layers + 2${NBSP}×${NBSP}one expert.`,
  example: `Mixtral 8x7B: about 47B parameters in total, about 13B active per token.`,
};

/** Geometry of the routing grid, shared by both layouts. */
type Grid = {x: number; y: number; cell: number; row: number; inset: number};

/** Rectangles as one path: many similar shapes are cheaper to draw as a single element. */
function rectsPath(rects: readonly (readonly [x: number, y: number, w: number, h: number])[]): string {
  return rects.map(([x, y, w, h]) => `M${x} ${y}h${w}v${h}h${-w}Z`).join('');
}

function cellRect(grid: Grid, row: number, column: number): [number, number, number, number] {
  return [
    grid.x + column * grid.cell + grid.inset,
    grid.y + row * grid.row + grid.inset,
    grid.cell - 2 * grid.inset,
    grid.row - 2 * grid.inset,
  ];
}

/** Expert headers, the faint grid, the chosen cells with their gate weights, and the loads. */
function RoutingGrid({
  grid,
  headerY,
  headerHeight,
  loadY,
}: {
  grid: Grid;
  headerY: number;
  headerHeight: number;
  loadY: number;
}): ReactNode {
  const all = ROUTES.flatMap((_, row) =>
    Array.from({length: EXPERTS}, (__, column) => cellRect(grid, row, column)),
  );
  const chosen = ROUTES.flatMap((route, row) =>
    route.picks.map(([expert]) => cellRect(grid, row, expert - 1)),
  );
  const centreX = (column: number) => grid.x + column * grid.cell + grid.cell / 2;
  return (
    <g>
      {Array.from({length: EXPERTS}, (_, column) => (
        <Box
          key={column}
          x={grid.x + column * grid.cell + grid.inset}
          y={headerY}
          width={grid.cell - 2 * grid.inset}
          height={headerHeight}
          label={expertName(column + 1)}
          tone={LOADS[column] === 0 ? 'muted' : 'plain'}
          dashed={LOADS[column] === 0}
          radius={5}
        />
      ))}
      <path className={styles.cell} d={rectsPath(all)} />
      <path className={styles.chosen} d={rectsPath(chosen)} />
      {ROUTES.map((route, row) =>
        route.picks.map(([expert, gate]) => (
          <g key={`${route.token}-${expert}`} data-token={route.token} data-expert={expert} data-gate={gate}>
            <Label
              x={centreX(expert - 1)}
              y={grid.y + row * grid.row + grid.row / 2}
              text={gate.toFixed(2)}
              size="detail"
            />
          </g>
        )),
      )}
      {LOADS.map((load, column) => (
        <g key={column} data-load-expert={column + 1} data-load={load}>
          <Label
            x={centreX(column)}
            y={loadY}
            text={load === 0 ? '0' : String(load)}
            size="detail"
            bold={load > 0}
            tone={load === 0 ? 'muted' : 'base'}
          />
        </g>
      ))}
    </g>
  );
}

function wideLayout() {
  const grid: Grid = {x: 252, y: 96, cell: 40, row: 48, inset: 2};
  const rowCentre = (row: number) => grid.y + row * grid.row + grid.row / 2;
  const gridBottom = grid.y + ROUTES.length * grid.row;
  const loadY = gridBottom + 22;
  const noteY = loadY + 46;
  return {
    width: 720,
    height: noteY + 78,
    content: (
      <>
        <Label x={48} y={76} text="tokens" size="detail" tone="muted" />
        <Label x={412} y={22} text="N = 8 experts (feed-forward networks)" size="detail" tone="muted" />
        <Label x={648} y={76} text="layer output y" size="detail" tone="muted" />
        <Box
          x={120}
          y={grid.y + 4}
          width={98}
          height={ROUTES.length * grid.row - 8}
          label="Router"
          detail="scores all 8 experts, keeps the top k = 2"
          tone="accent"
        />
        {ROUTES.map((route, row) => (
          <g key={route.token}>
            <Box
              x={10}
              y={grid.y + row * grid.row + 4}
              width={76}
              height={grid.row - 8}
              label={route.token}
            />
            <Arrow
              points={[
                [86, rowCentre(row)],
                [118, rowCentre(row)],
              ]}
            />
            <Arrow
              points={[
                [218, rowCentre(row)],
                [grid.x, rowCentre(row)],
              ]}
            />
            <Label x={580} y={rowCentre(row)} text={weightedSum(route.picks)} size="detail" anchor="start" />
          </g>
        ))}
        <RoutingGrid grid={grid} headerY={44} headerHeight={36} loadY={loadY} />
        <Label x={244} y={loadY} text="tokens per expert" size="detail" anchor="end" />
        <line className={styles.divider} x1={10} y1={noteY - 22} x2={710} y2={noteY - 22} />
        <Label x={360} y={noteY} text={NOTE.total} size="detail" />
        <Label x={360} y={noteY + 22} text={NOTE.active} size="detail" />
        <Label x={360} y={noteY + 48} text={NOTE.example} size="detail" bold />
      </>
    ),
  };
}

function narrowLayout() {
  const grid: Grid = {x: 76, y: 158, cell: 34, row: 44, inset: 2};
  const gridBottom = grid.y + ROUTES.length * grid.row;
  const loadTitleY = gridBottom + 18;
  const loadY = loadTitleY + 24;
  const outputTitleY = loadY + 36;
  const outputY = (row: number) => outputTitleY + 24 + row * 22;
  const noteY = outputY(ROUTES.length) + 28;
  return {
    width: 360,
    height: noteY + 140,
    content: (
      <>
        <Box
          x={8}
          y={8}
          width={344}
          height={64}
          label="Router"
          detail="scores each token against all 8 experts and keeps the top k = 2"
          tone="accent"
        />
        <Label
          x={180}
          y={90}
          text="one row per token, one column per expert"
          size="detail"
          tone="muted"
          maxWidth={344}
        />
        <Label x={38} y={126} text="tokens" size="detail" tone="muted" />
        {ROUTES.map((route, row) => (
          <Box
            key={route.token}
            x={6}
            y={grid.y + row * grid.row + 3}
            width={64}
            height={grid.row - 6}
            label={route.token}
          />
        ))}
        <RoutingGrid grid={grid} headerY={108} headerHeight={34} loadY={loadY} />
        <Label x={212} y={loadTitleY} text="tokens per expert" size="detail" tone="muted" />
        <Label x={180} y={outputTitleY} text="layer output y for each token" size="detail" tone="muted" />
        {ROUTES.map((route, row) => (
          <Label
            key={route.token}
            x={180}
            y={outputY(row)}
            text={`${route.token}: ${weightedSum(route.picks)}`}
            size="detail"
          />
        ))}
        <line className={styles.divider} x1={8} y1={noteY - 16} x2={352} y2={noteY - 16} />
        <Label x={180} y={noteY + 14} text={NOTE.total} size="detail" maxWidth={336} />
        <Label x={180} y={noteY + 62} text={NOTE.active} size="detail" maxWidth={336} />
        <Label x={180} y={noteY + 112} text={NOTE.example} size="detail" bold maxWidth={336} />
      </>
    ),
  };
}

/** A mixture-of-experts layer: top-2 routing of four tokens over eight experts. */
export default function MoeRouterDiagram({
  description,
  title = 'Mixture-of-experts routing: a router sends each of 4 tokens to its top 2 of 8 experts, with gate weights',
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
