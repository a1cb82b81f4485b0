/**
 * How open a model release is, as a spectrum of four levels: closed (API only), open weights
 * under a restrictive licence, open weights under a permissive licence (Apache-2.0 or MIT),
 * and open source AI in the sense of the OSI's Open Source AI Definition 1.0. A grid shows
 * what each level releases (weights, training code, data details, licence terms), and a few
 * dated model families, each with a licence checked against its primary source, sit under
 * the level they belong to.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, FONT, Label, boxHeightFor, textHeightFor, wrapText} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';
import styles from './styles.module.css';

/** Props of {@link OpennessSpectrumDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'OpennessSpectrumDiagram';

/** How much of one component a level releases, from least to most. */
export type Status = 'withheld' | 'partial' | 'released';

/** Order of the statuses, so a test can check that openness only grows to the right. */
export const STATUS_ORDER: readonly Status[] = ['withheld', 'partial', 'released'];

/** The word printed in every cell, so that colour is never the only signal. */
const STATUS_WORD: Record<Status, string> = {withheld: 'no', partial: 'partly', released: 'yes'};

/** The four things a release can include (rows of the grid). */
export const ROWS = [
  {id: 'weights', label: 'Weights', short: ['Weights']},
  {id: 'code', label: 'Training code', short: ['Training', 'code']},
  {id: 'data', label: 'Data details', short: ['Data', 'details']},
  {id: 'licence', label: 'Licence terms', short: ['Licence']},
] as const;

type RowId = (typeof ROWS)[number]['id'];

type Cell = {status: Status; text: string};

/** One dated model family placed on the spectrum; `licence` names the licence that was checked. */
export type Example = {name: string; date: string; licence: string};

type Level = {
  id: string;
  name: string;
  detail: string;
  shortDetail: string;
  cells: Record<RowId, Cell>;
  examples: readonly Example[];
};

/** The four levels, from closed to open. Dates are first public releases (or the report's date). */
export const LEVELS: readonly Level[] = [
  {
    id: 'closed',
    name: 'Closed',
    detail: 'API or app only',
    shortDetail: 'API only',
    cells: {
      weights: {status: 'withheld', text: 'not released'},
      code: {status: 'withheld', text: 'not released'},
      data: {status: 'withheld', text: 'a sentence or two'},
      licence: {status: 'withheld', text: 'terms of service for using the API'},
    },
    examples: [{name: 'GPT-4', date: 'Mar 2023', licence: 'API terms of use'}],
  },
  {
    id: 'restrictive',
    name: 'Open weights',
    detail: 'restrictive licence',
    shortDetail: 'restrictive',
    cells: {
      weights: {status: 'released', text: 'downloadable'},
      code: {status: 'withheld', text: 'usually inference code only'},
      data: {status: 'partial', text: 'coarse summary'},
      licence: {status: 'partial', text: 'custom: use policy, user cap'},
    },
    examples: [
      {name: 'Llama 2', date: 'Jul 2023', licence: 'Llama 2 Community License'},
      {name: 'Gemma', date: 'Feb 2024', licence: 'Gemma Terms of Use'},
      {name: 'DeepSeek-V3', date: 'Dec 2024', licence: 'DeepSeek License Agreement'},
      {name: 'Llama 4', date: 'Apr 2025', licence: 'Llama 4 Community License'},
    ],
  },
  {
    id: 'permissive',
    name: 'Open weights',
    detail: 'permissive licence',
    shortDetail: 'permissive',
    cells: {
      weights: {status: 'released', text: 'downloadable'},
      code: {status: 'withheld', text: 'usually inference code only'},
      data: {status: 'partial', text: 'coarse summary'},
      licence: {status: 'released', text: 'Apache-2.0 or MIT'},
    },
    examples: [
      {name: 'Mistral 7B', date: 'Sep 2023', licence: 'Apache-2.0'},
      {name: 'DeepSeek-R1', date: 'Jan 2025', licence: 'MIT'},
      {name: 'Qwen3', date: '2025', licence: 'Apache-2.0'},
      {name: 'gpt-oss', date: 'Aug 2025', licence: 'Apache-2.0'},
      {name: 'Gemma 4', date: 'Apr 2026', licence: 'Apache-2.0'},
    ],
  },
  {
    id: 'open-source',
    name: 'Open source AI',
    detail: 'OSI definition 1.0',
    shortDetail: 'OSI 1.0',
    cells: {
      weights: {status: 'released', text: 'downloadable'},
      code: {status: 'released', text: 'complete training code'},
      data: {status: 'released', text: 'enough to rebuild a similar model'},
      licence: {status: 'released', text: 'OSI-approved terms'},
    },
    examples: [{name: 'OLMo', date: 'Feb 2024', licence: 'Apache-2.0, with its training data'}],
  },
];

const LEGEND =
  'yes: released; partly: incomplete or with conditions; no: withheld. For the licence, yes means ' +
  'free to use, change and share for any purpose.';

type Rect = readonly [x: number, y: number, w: number, h: number];

/** Rectangles as one path: many similar shapes are cheaper to draw as a single element. */
function rectsPath(rects: readonly Rect[]): string {
  return rects.map(([x, y, w, h]) => `M${x} ${y}h${w}v${h}h${-w}Z`).join('');
}

/** The cells of every status as three paths, one per status. */
function StatusCells({rect}: {rect: (level: number, row: number) => Rect}): ReactNode {
  return (
    <g>
      {STATUS_ORDER.map((status) => {
        const rects = LEVELS.flatMap((level, i) =>
          ROWS.flatMap((row, j) => (level.cells[row.id].status === status ? [rect(i, j)] : [])),
        );
        return (
          <path key={status} className={styles[status]} d={rectsPath(rects)} data-status-path={status} />
        );
      })}
    </g>
  );
}

const exampleText = (e: Example) => `${e.name} (${e.date})`;

/** One line if it fits, otherwise the name above its date (never a date split in two). */
function exampleLines(e: Example, width: number): readonly string[] {
  const text = exampleText(e);
  return wrapText(text, width, FONT.detail).length === 1 ? [text] : [e.name, `(${e.date})`];
}

function wideLayout() {
  const left = 100;
  const colW = 150;
  const step = 154;
  const headerY = 46;
  const headerH = Math.max(...LEVELS.map((l) => boxHeightFor(colW, l.name, l.detail, 16)));
  const rowY0 = headerY + headerH + 10;
  const rowH = 70;
  const rowStep = 76;
  const colX = (i: number) => left + i * step;
  const rowY = (j: number) => rowY0 + j * rowStep;
  const cellRect = (i: number, j: number): Rect => [colX(i) + 2, rowY(j) + 2, colW - 4, rowH - 4];
  const gridBottom = rowY(ROWS.length - 1) + rowH;
  const legendY = gridBottom + 22;
  const dividerY = legendY + 22;
  const examplesY = dividerY + 12;
  const exampleWidth = colW - 8;
  const exampleStacks = LEVELS.map((level) => {
    let y = examplesY;
    return level.examples.map((e) => {
      const lines = exampleLines(e, exampleWidth);
      const h = textHeightFor(lines, exampleWidth);
      const centre = y + h / 2;
      y += h + 6;
      return {e, lines, centre, bottom: y};
    });
  });
  const examplesBottom = Math.max(...exampleStacks.flatMap((s) => s.map((x) => x.bottom)));
  return {
    width: 720,
    height: Math.ceil(examplesBottom + 8),
    content: (
      <>
        <Arrow
          points={[
            [left, 30],
            [colX(LEVELS.length - 1) + colW, 30],
          ]}
          label="more open: more of the model released, fewer conditions attached"
          labelAt={[left + (LEVELS.length * step) / 2, 12]}
        />
        {LEVELS.map((level, i) => (
          <Box
            key={level.id}
            x={colX(i)}
            y={headerY}
            width={colW}
            height={headerH}
            label={level.name}
            detail={level.detail}
            tone={i === LEVELS.length - 1 ? 'accent' : 'plain'}
          />
        ))}
        {ROWS.map((row, j) => (
          <Label
            key={row.id}
            x={8}
            y={rowY(j) + rowH / 2}
            text={row.label}
            anchor="start"
            size="detail"
            bold
            maxWidth={86}
          />
        ))}
        <StatusCells rect={cellRect} />
        {LEVELS.map((level, i) =>
          ROWS.map((row, j) => {
            const cell = level.cells[row.id];
            const cx = colX(i) + colW / 2;
            return (
              <g
                key={`${level.id}-${row.id}`}
                data-level={level.id}
                data-row={row.id}
                data-status={cell.status}>
                <Label x={cx} y={rowY(j) + 16} text={STATUS_WORD[cell.status]} size="detail" bold />
                <Label x={cx} y={rowY(j) + 45} text={cell.text} size="detail" maxWidth={colW - 12} />
              </g>
            );
          }),
        )}
        <Label x={360} y={legendY} text={LEGEND} size="detail" tone="muted" maxWidth={700} />
        <line className={styles.divider} x1={8} y1={dividerY} x2={712} y2={dividerY} />
        <Label
          x={8}
          y={examplesY + 26}
          text={['Examples', '(licence', 'checked)']}
          anchor="start"
          size="detail"
          bold
        />
        {LEVELS.map((level, i) =>
          exampleStacks[i]?.map(({e, lines, centre}) => (
            <g
              key={e.name}
              data-example={e.name}
              data-level={level.id}
              data-date={e.date}
              data-licence={e.licence}>
              <Label x={colX(i) + colW / 2} y={centre} text={lines} size="detail" />
            </g>
          )),
        )}
      </>
    ),
  };
}

function narrowLayout() {
  const levelX = 4;
  const levelW = 112;
  const cellX0 = 120;
  const cellW = 56;
  const cellStep = 58;
  const rowY0 = 84;
  const rowH = Math.max(...LEVELS.map((l) => boxHeightFor(levelW, l.name, l.shortDetail, 16)));
  const rowStep = rowH + 6;
  const cellX = (j: number) => cellX0 + j * cellStep;
  const rowY = (i: number) => rowY0 + i * rowStep;
  // In the narrow drawing the levels are rows and the components are columns.
  const cellRect = (i: number, j: number): Rect => [cellX(j) + 1, rowY(i) + 1, cellW - 2, rowH - 2];
  const gridBottom = rowY(LEVELS.length - 1) + rowH;
  const legendHeight = textHeightFor(LEGEND, 344);
  const legendY = gridBottom + 14 + legendHeight / 2;
  let y = gridBottom + 28 + legendHeight;
  const exampleBlocks = LEVELS.map((level) => {
    const text = `${level.name}, ${level.detail}: ${level.examples.map(exampleText).join(', ')}`;
    const h = textHeightFor(text, 344);
    const centre = y + h / 2;
    y += h + 10;
    return {level, text, centre};
  });
  return {
    width: 360,
    height: Math.ceil(y + 4),
    content: (
      <>
        <Label x={180} y={12} text="from closed (top) to open (bottom)" size="detail" tone="muted" />
        {ROWS.map((row, j) => (
          <Label key={row.id} x={cellX(j) + cellW / 2} y={56} text={row.short} size="detail" bold />
        ))}
        {LEVELS.map((level, i) => (
          <Box
            key={level.id}
            x={levelX}
            y={rowY(i)}
            width={levelW}
            height={rowH}
            label={level.name}
            detail={level.shortDetail}
            tone={i === LEVELS.length - 1 ? 'accent' : 'plain'}
            radius={6}
          />
        ))}
        <StatusCells rect={cellRect} />
        {LEVELS.map((level, i) =>
          ROWS.map((row, j) => {
            const cell = level.cells[row.id];
            return (
              <g
                key={`${level.id}-${row.id}`}
                data-level={level.id}
                data-row={row.id}
                data-status={cell.status}>
                <Label
                  x={cellX(j) + cellW / 2}
                  y={rowY(i) + rowH / 2}
                  text={STATUS_WORD[cell.status]}
                  size="detail"
                  bold
                />
              </g>
            );
          }),
        )}
        <Label x={180} y={legendY} text={LEGEND} size="detail" tone="muted" maxWidth={344} />
        {exampleBlocks.map(({level, text, centre}) => (
          <g key={level.id} data-level-examples={level.id}>
            {level.examples.map((e) => (
              <g
                key={e.name}
                data-example={e.name}
                data-level={level.id}
                data-date={e.date}
                data-licence={e.licence}
              />
            ))}
            <Label x={180} y={centre} text={text} size="detail" maxWidth={344} />
          </g>
        ))}
      </>
    ),
  };
}

/** The openness spectrum: four levels of release, what each releases, and dated examples. */
export default function OpennessSpectrumDiagram({
  description,
  title = 'A spectrum of openness: closed, open weights under a restrictive or a permissive licence, and open source AI',
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
