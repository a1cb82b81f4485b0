/**
 * The generation loop: prompt → model → response → use, and back to the prompt. The steps
 * and labels can be renamed, so one drawing serves every page that shows a loop of this
 * shape (an LLM appending tokens, a writer revising a prompt, a lab testing candidates).
 */
import React, {type ReactNode} from 'react';
import Diagram, {
  Arrow,
  Box,
  FONT,
  StepBadge,
  boxHeightFor,
  requireCount,
  requireText,
  textHeightFor,
} from '../Diagram';
import type {DiagramBaseProps, TextLines} from '../Diagram';

/** One stage of the loop. */
export type LoopStep = {
  /** Short name of the stage, e.g. "Prompt". */
  label: string;
  /** A few words on what happens there; wraps to the box. */
  detail?: TextLines;
};

/** Props of {@link GenerationLoopDiagram}. */
export type Props = DiagramBaseProps & {
  /** The stages in order, three to five; the default is prompt, model, response, use. */
  steps?: readonly LoopStep[];
  /** What flows along each forward arrow: one label fewer than `steps`. */
  arrowLabels?: readonly string[];
  /** What the return arrow from the last stage back to the first means. */
  loopLabel?: string;
};

const NAME = 'GenerationLoopDiagram';

const DEFAULT_STEPS: readonly LoopStep[] = [
  {label: 'Prompt', detail: 'your instruction, context, examples'},
  {label: 'Model', detail: 'computes an output; its weights stay fixed'},
  {label: 'Response', detail: 'text, image, sound or code'},
  {label: 'Use', detail: 'accept, edit, combine or discard'},
];
const DEFAULT_ARROWS = ['input', 'output', 'you read'];
const DEFAULT_LOOP = 'not right yet? change the prompt and go round again';

function wideLayout(steps: readonly LoopStep[], arrows: readonly string[], loop: string) {
  const n = steps.length;
  const margin = 14;
  // Each gap grows with the longest word of its arrow label, within limits.
  const gaps = arrows.map((label) => {
    const longestWord = Math.max(...label.split(' ').map((word) => word.length));
    return Math.round(Math.max(n === 5 ? 40 : 48, Math.min(100, longestWord * FONT.detail * 0.54 + 12)));
  });
  const width = (720 - 2 * margin - gaps.reduce((a, b) => a + b, 0)) / n;
  const left = (i: number) => margin + i * width + gaps.slice(0, i).reduce((a, b) => a + b, 0);
  const top = 26;
  const height = Math.max(96, ...steps.map((step) => boxHeightFor(width, step.label, step.detail)));
  const bottom = top + height;
  const loopY = bottom + 34;
  const centre = (i: number) => left(i) + width / 2;
  const loopWidth = Math.max(240, centre(n - 1) - centre(0) - 20);
  const loopHeight = textHeightFor(loop, loopWidth);
  return {
    width: 720,
    height: loopY + 14 + loopHeight + 10,
    content: (
      <>
        {steps.map((step, i) => (
          <Box
            key={i}
            x={left(i)}
            y={top}
            width={width}
            height={height}
            label={step.label}
            detail={step.detail}
            tone={i === 1 ? 'accent' : 'plain'}
          />
        ))}
        {arrows.map((label, i) => {
          const x0 = left(i) + width;
          const gap = gaps[i] ?? 0;
          return (
            <Arrow
              key={i}
              points={[
                [x0 + 2, top + height / 2],
                [x0 + gap - 2, top + height / 2],
              ]}
              label={label}
              labelWidth={gap + 20}
              labelAt={[x0 + gap / 2, top + height / 2 - 24]}
            />
          );
        })}
        <Arrow
          tone="feedback"
          points={[
            [centre(n - 1), bottom],
            [centre(n - 1), loopY],
            [centre(0), loopY],
            [centre(0), bottom + 2],
          ]}
          label={loop}
          labelAt={[(centre(0) + centre(n - 1)) / 2, loopY + 12 + loopHeight / 2]}
          labelWidth={loopWidth}
        />
        {steps.map((_, i) => (
          <StepBadge key={i} x={left(i) + 4} y={top + 4} n={i + 1} />
        ))}
      </>
    ),
  };
}

function narrowLayout(steps: readonly LoopStep[], arrows: readonly string[], loop: string) {
  const left = 56;
  const width = 250;
  const height = Math.max(72, ...steps.map((step) => boxHeightFor(width, step.label, step.detail)));
  const gap = 44;
  const top = 16;
  const boxTop = (i: number) => top + i * (height + gap);
  const last = boxTop(steps.length - 1) + height;
  const loopY = last + 28;
  const loopX = 22;
  const loopHeight = textHeightFor(loop, 300);
  return {
    width: 360,
    height: loopY + 14 + loopHeight + 8,
    content: (
      <>
        {steps.map((step, i) => (
          <Box
            key={i}
            x={left}
            y={boxTop(i)}
            width={width}
            height={height}
            label={step.label}
            detail={step.detail}
            tone={i === 1 ? 'accent' : 'plain'}
          />
        ))}
        {arrows.map((label, i) => (
          <Arrow
            key={i}
            points={[
              [left + width / 2, boxTop(i) + height + 2],
              [left + width / 2, boxTop(i + 1) - 2],
            ]}
            label={label}
            labelAt={[left + width / 2 + 12, boxTop(i) + height + gap / 2]}
            labelAnchor="start"
          />
        ))}
        <Arrow
          tone="feedback"
          points={[
            [left + width / 2, last],
            [left + width / 2, loopY],
            [loopX, loopY],
            [loopX, boxTop(0) + height / 2],
            [left - 2, boxTop(0) + height / 2],
          ]}
          label={loop}
          labelAt={[190, loopY + 12 + loopHeight / 2]}
          labelWidth={300}
        />
        {steps.map((_, i) => (
          <StepBadge key={i} x={left + 4} y={boxTop(i) + 4} n={i + 1} />
        ))}
      </>
    ),
  };
}

/** The loop of using a generative model: prompt, model, response, use, and round again. */
export default function GenerationLoopDiagram({
  description,
  title = 'The generation loop: prompt, model, response, use, and back to the prompt',
  steps = DEFAULT_STEPS,
  arrowLabels,
  loopLabel = DEFAULT_LOOP,
}: Props): ReactNode {
  requireCount(NAME, 'steps', steps, 3, 5);
  steps.forEach((step, i) => requireText(NAME, `steps[${i}].label`, step.label, 'Name every stage.'));
  const arrows = arrowLabels ?? (steps === DEFAULT_STEPS ? DEFAULT_ARROWS : undefined);
  if (!arrows || arrows.length !== steps.length - 1) {
    throw new Error(
      `<${NAME}>: \`arrowLabels\` must give one label per forward arrow, ${steps.length - 1} for ` +
        `${steps.length} steps (got ${arrows ? arrows.length : 'none'}); every arrow says what it carries.`,
    );
  }
  const loop = requireText(NAME, 'loopLabel', loopLabel, 'Say what going round the loop again means.');
  return (
    <Diagram
      component={NAME}
      title={title}
      description={description}
      wide={wideLayout(steps, arrows, loop)}
      narrow={narrowLayout(steps, arrows, loop)}
    />
  );
}
