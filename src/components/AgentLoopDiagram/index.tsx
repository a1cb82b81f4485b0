/**
 * The agent loop: a goal enters the context, the model reads the whole context and either
 * answers or emits a tool call (a tool name plus JSON arguments); a permission check lets
 * the call through (or asks the user), the runtime executes it, and the result is appended
 * to the context for the next step. Memory feeds the context from outside, and the loop
 * stops at an answer or at a step limit.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, StepBadge, boxHeightFor} from '../Diagram';
import type {DiagramBaseProps, DiagramLayout} from '../Diagram';

/** Props of {@link AgentLoopDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'AgentLoopDiagram';
const NBSP = '\u00a0';

/** One part of the loop: its bold label, and the explanation in each layout. */
export type LoopPart = {
  /** Stable key, used in tests and as a data attribute. */
  id: 'goal' | 'context' | 'model' | 'answer' | 'call' | 'permission' | 'runtime' | 'result' | 'memory';
  label: string;
  /** Explanation in the wide drawing. */
  detail: string;
  /** Shorter explanation for the 360-unit drawing. */
  short: string;
  /** Number shown in a badge, matching the numbered text version in the note. */
  step?: number;
};

/** The parts of the loop, in the order a reader meets them. */
export const PARTS: readonly LoopPart[] = [
  {id: 'goal', label: 'Goal', detail: 'the task from the user', short: 'the user’s task', step: 1},
  {
    id: 'context',
    label: 'Context c_k',
    detail: 'instructions, tools, goal and all steps so far',
    short: 'instructions, tools, goal, history',
    step: 2,
  },
  {
    id: 'model',
    label: 'Model p_θ(a | c_k)',
    detail: 'reasons, then picks the next action a_k',
    short: 'reasons, then picks a_k',
    step: 3,
  },
  {id: 'answer', label: 'Answer', detail: 'final reply; the loop stops', short: 'loop stops'},
  {
    id: 'call',
    label: 'Tool call',
    detail: 'a tool name + JSON arguments that fit its schema',
    short: 'name + JSON arguments',
    step: 4,
  },
  {
    id: 'permission',
    label: 'Permission check',
    detail: 'allow, deny, or ask the user',
    short: 'allow, deny, or ask',
    step: 5,
  },
  {
    id: 'runtime',
    label: 'Runtime',
    detail: 'runs the tool (files, shell, web, MCP)',
    short: 'runs it: files, shell, web, MCP',
    step: 6,
  },
  {
    id: 'result',
    label: 'Result o_k',
    detail: 'output or error message, as text',
    short: 'output or error text',
    step: 7,
  },
  {
    id: 'memory',
    label: 'Memory',
    detail: 'notes and files kept outside the context',
    short: 'notes kept outside',
  },
];

const TEXT = {
  needsTool: 'needs a tool',
  allowed: 'allowed',
  append: 'append to the context: step k + 1',
  recall: 'save / recall',
  limit: 'The loop repeats until the model answers or a step limit K is reached (then it stops and reports).',
  limitShort: `Dashed: the result is appended and the loop repeats, until an answer or the step limit${NBSP}K.`,
};

function part(id: LoopPart['id']): LoopPart {
  const found = PARTS.find((p) => p.id === id);
  if (!found) throw new Error(`<${NAME}>: unknown part "${id}".`);
  return found;
}

/** Height a part's box needs at this width, in the wide or the narrow wording. */
function heightOf(id: LoopPart['id'], width: number, narrow: boolean): number {
  const p = part(id);
  return Math.ceil(boxHeightFor(width, p.label, narrow ? p.short : p.detail));
}

/** A box for one part of the loop, with its step badge on the top-left corner. */
function PartBox({
  id,
  x,
  y,
  width,
  height,
  narrow = false,
  tone = 'plain',
}: {
  id: LoopPart['id'];
  x: number;
  y: number;
  width: number;
  height: number;
  narrow?: boolean;
  tone?: 'plain' | 'accent' | 'muted';
}): ReactNode {
  const p = part(id);
  return (
    <g data-part={p.id}>
      <Box
        x={x}
        y={y}
        width={width}
        height={height}
        label={p.label}
        detail={narrow ? p.short : p.detail}
        tone={tone}
        dashed={id === 'memory' || id === 'answer'}
      />
      {p.step !== undefined && <StepBadge x={x + 4} y={y + 4} n={p.step} />}
    </g>
  );
}

/** Columns of the wide drawing: x of the left edge and width. */
const WIDE_COLUMNS = {
  a: {x: 8, w: 130},
  b: {x: 172, w: 160},
  c: {x: 372, w: 170},
  d: {x: 576, w: 136},
} as const;

/** Which column and row each part sits in, in the wide drawing (the loop runs clockwise). */
const WIDE_PLACES: readonly [LoopPart['id'], keyof typeof WIDE_COLUMNS, 0 | 1 | 2][] = [
  ['goal', 'a', 0],
  ['context', 'b', 0],
  ['model', 'c', 0],
  ['answer', 'd', 0],
  ['memory', 'a', 1],
  ['call', 'c', 1],
  ['permission', 'd', 1],
  ['result', 'c', 2],
  ['runtime', 'd', 2],
];

const TONES: Partial<Record<LoopPart['id'], 'accent' | 'muted'>> = {
  context: 'accent',
  model: 'accent',
  answer: 'muted',
  memory: 'muted',
};

function wideLayout(): DiagramLayout {
  const {a, b, c, d} = WIDE_COLUMNS;
  // Every box of the drawing gets the height of the tallest, so rows line up.
  const h = Math.max(...WIDE_PLACES.map(([id, column]) => heightOf(id, WIDE_COLUMNS[column].w, false)));
  const gap = 50;
  const rowY = [24, 24 + h + gap, 24 + 2 * (h + gap)] as const;
  const mid = (r: 0 | 1 | 2) => rowY[r] + h / 2;
  const bx = b.x + b.w / 2;
  const cx = c.x + c.w / 2;
  const dx = d.x + d.w / 2;
  const bottom = rowY[2] + h;
  return {
    width: 720,
    height: bottom + 64,
    content: (
      <>
        {WIDE_PLACES.map(([id, column, r]) => (
          <PartBox
            key={id}
            id={id}
            x={WIDE_COLUMNS[column].x}
            y={rowY[r]}
            width={WIDE_COLUMNS[column].w}
            height={h}
            tone={TONES[id]}
          />
        ))}
        <Arrow
          points={[
            [a.x + a.w, mid(0)],
            [b.x - 2, mid(0)],
          ]}
        />
        <Arrow
          points={[
            [b.x + b.w, mid(0)],
            [c.x - 2, mid(0)],
          ]}
        />
        <Arrow
          points={[
            [c.x + c.w, mid(0)],
            [d.x - 2, mid(0)],
          ]}
        />
        <Arrow
          points={[
            [cx, rowY[0] + h],
            [cx, rowY[1] - 2],
          ]}
          label={TEXT.needsTool}
        />
        <Arrow
          points={[
            [c.x + c.w, mid(1)],
            [d.x - 2, mid(1)],
          ]}
        />
        <Arrow
          points={[
            [dx, rowY[1] + h],
            [dx, rowY[2] - 2],
          ]}
          label={TEXT.allowed}
        />
        <Arrow
          points={[
            [d.x, mid(2)],
            [c.x + c.w + 2, mid(2)],
          ]}
        />
        {/* The result goes back into the context: the loop's return path. */}
        <Arrow
          tone="feedback"
          points={[
            [c.x, mid(2)],
            [bx + 30, mid(2)],
            [bx + 30, rowY[0] + h + 2],
          ]}
        />
        <Label
          x={bx - 52}
          y={mid(2) + 8}
          text={TEXT.append}
          size="detail"
          tone="accent"
          maxWidth={150}
          halo
        />
        <Arrow
          tone="muted"
          heads="both"
          points={[
            [a.x + a.w, mid(1)],
            [bx - 30, mid(1)],
            [bx - 30, rowY[0] + h + 2],
          ]}
        />
        <Label x={bx - 36} y={mid(1) + 22} text={TEXT.recall} size="detail" tone="muted" halo />
        <Label x={360} y={bottom + 34} text={TEXT.limit} size="detail" bold maxWidth={690} />
      </>
    ),
  };
}

/** Order of the single column of the narrow drawing, with the part beside it in the left gutter. */
const NARROW_ROWS: readonly [LoopPart['id'], LoopPart['id'] | undefined][] = [
  ['goal', undefined],
  ['context', 'memory'],
  ['model', 'answer'],
  ['call', undefined],
  ['permission', undefined],
  ['runtime', undefined],
  ['result', undefined],
];

function narrowLayout(): DiagramLayout {
  // One column for the loop, a left gutter for memory and the answer, a right gutter for
  // the return path.
  const left = 118;
  const width = 196;
  const cx = left + width / 2;
  const gutter = {x: 4, w: 92};
  const rail = 340;
  const gap = 30;
  const rows: {id: LoopPart['id']; side?: LoopPart['id']; y: number; h: number}[] = [];
  let y = 14;
  for (const [id, side] of NARROW_ROWS) {
    const h = Math.max(heightOf(id, width, true), side ? heightOf(side, gutter.w, true) : 0);
    rows.push({id, side, y, h});
    y += h + gap;
  }
  const at = (id: LoopPart['id']) => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new Error(`<${NAME}>: no narrow row for "${id}".`);
    return found;
  };
  const context = at('context');
  const result = at('result');
  const model = at('model');
  const bottom = y - gap;
  return {
    width: 360,
    height: bottom + 110,
    content: (
      <>
        {rows.map((r) => (
          <React.Fragment key={r.id}>
            <PartBox id={r.id} x={left} y={r.y} width={width} height={r.h} tone={TONES[r.id]} narrow />
            {r.side && (
              <PartBox
                id={r.side}
                x={gutter.x}
                y={r.y}
                width={gutter.w}
                height={r.h}
                tone={TONES[r.side]}
                narrow
              />
            )}
          </React.Fragment>
        ))}
        {rows.slice(1).map((r, i) => {
          const above = rows[i];
          if (!above) return null;
          const label = r.id === 'call' ? TEXT.needsTool : r.id === 'runtime' ? TEXT.allowed : undefined;
          return (
            <Arrow
              key={r.id}
              points={[
                [cx, above.y + above.h],
                [cx, r.y - 2],
              ]}
              label={label}
            />
          );
        })}
        <Arrow
          tone="muted"
          heads="both"
          points={[
            [gutter.x + gutter.w + 2, context.y + context.h / 2],
            [left - 2, context.y + context.h / 2],
          ]}
        />
        <Arrow
          points={[
            [left, model.y + model.h / 2],
            [gutter.x + gutter.w + 2, model.y + model.h / 2],
          ]}
        />
        <Arrow
          tone="feedback"
          points={[
            [left + width, result.y + result.h / 2],
            [rail, result.y + result.h / 2],
            [rail, context.y + context.h / 2],
            [left + width + 2, context.y + context.h / 2],
          ]}
        />
        <Label x={180} y={bottom + 50} text={TEXT.limitShort} size="detail" bold maxWidth={340} />
      </>
    ),
  };
}

/** The agent loop: context → model → tool call → permission → runtime → result → context. */
export default function AgentLoopDiagram({
  description,
  title = 'The agent loop: the model reads the context, calls a tool, and the result is appended until it answers',
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
