/**
 * The six steps of building a generative model, in order, with the feedback that makes
 * the process a cycle: evaluation results and experience in deployment send you back to
 * the data, the preprocessing, the model choice or the training.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, StepBadge, type Point} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';

/** Props of {@link BuildingStepsDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'BuildingStepsDiagram';

type Step = {label: string; detail: string; handoff?: string};

const STEPS: readonly Step[] = [
  {label: 'Collect data', detail: 'examples, with their sources documented', handoff: 'raw examples'},
  {label: 'Preprocess', detail: 'resize, tokenise, normalise, split', handoff: 'clean arrays'},
  {
    label: 'Choose a model family',
    detail: 'GAN, VAE, diffusion, transformer…',
    handoff: 'data + chosen model',
  },
  {label: 'Train', detail: 'optimise θ while watching samples', handoff: 'trained θ'},
  {label: 'Evaluate', detail: 'quality, diversity, memorisation on unseen data', handoff: 'good enough'},
  {label: 'Deploy', detail: 'package, serve, document, monitor'},
];

const FEEDBACK = 'feedback from steps 5 and 6: go back to any of steps 1–4 to improve the data or the model';

/** Wide: two rows of three; the feedback path runs around the left and over the top. */
function wideLayout() {
  const width = 170;
  const height = 100;
  const gap = 60;
  const left = 40;
  const rowTop = [34, 196] as const;
  const x = (col: number) => left + col * (width + gap);
  const place = (i: number): {x: number; y: number} => ({x: x(i % 3), y: rowTop[i < 3 ? 0 : 1]});
  const cy = (i: number) => place(i).y + height / 2;
  const cx = (i: number) => place(i).x + width / 2;
  const bus = rowTop[1] + height + 30;
  const topBus = 12;
  const channel = 16;
  const connectorY = rowTop[0] + height + 31;
  return {
    width: 720,
    height: bus + 42,
    content: (
      <>
        {STEPS.map((step, i) => (
          <Box key={i} {...place(i)} width={width} height={height} label={step.label} detail={step.detail} />
        ))}
        {[0, 1, 3, 4].map((i) => (
          <Arrow
            key={i}
            points={[
              [place(i).x + width + 2, cy(i)],
              [place(i + 1).x - 2, cy(i)],
            ]}
            label={STEPS[i]?.handoff}
            labelWidth={gap - 4}
            labelAt={[place(i).x + width + gap / 2, cy(i) - 26]}
          />
        ))}
        <Arrow
          points={[
            [cx(2), rowTop[0] + height + 2],
            [cx(2), connectorY],
            [cx(3), connectorY],
            [cx(3), rowTop[1] - 2],
          ]}
          label={STEPS[2]?.handoff}
          labelAt={[(cx(2) + cx(3)) / 2, connectorY - 12]}
        />
        {/* Feedback: out of the bottoms of 5 and 6, round the left, into 4 and 1, over the top into 2 and 3. */}
        <Arrow
          tone="feedback"
          heads="none"
          points={[
            [cx(5), rowTop[1] + height],
            [cx(5), bus],
            [cx(4), bus],
          ]}
        />
        <Arrow
          tone="feedback"
          points={[
            [cx(4), rowTop[1] + height],
            [cx(4), bus],
            [channel, bus],
            [channel, cy(3)],
            [place(3).x - 2, cy(3)],
          ]}
        />
        <Arrow
          tone="feedback"
          points={[
            [channel, cy(3)],
            [channel, cy(0)],
            [place(0).x - 2, cy(0)],
          ]}
        />
        <Arrow
          tone="feedback"
          heads="none"
          points={[
            [channel, cy(0)],
            [channel, topBus],
            [cx(2), topBus],
          ]}
        />
        {([1, 2] as const).map((i) => (
          <Arrow
            key={i}
            tone="feedback"
            points={[
              [cx(i), topBus],
              [cx(i), rowTop[0] - 2],
            ]}
          />
        ))}
        <Label x={360} y={bus + 20} text={FEEDBACK} size="detail" tone="accent" maxWidth={680} />
        {STEPS.map((_, i) => (
          <StepBadge key={i} x={place(i).x + 4} y={place(i).y + 4} n={i + 1} />
        ))}
      </>
    ),
  };
}

/** Narrow: one column; the feedback path runs up the left side into steps 1–4. */
function narrowLayout() {
  const left = 58;
  const width = 230;
  const height = 78;
  const gap = 40;
  const top = 14;
  const y = (i: number) => top + i * (height + gap);
  const cy = (i: number) => y(i) + height / 2;
  const channel = 22;
  const end = y(5) + height;
  const branch = (i: number): Point[] => [
    [channel, cy(i)],
    [left - 2, cy(i)],
  ];
  return {
    width: 360,
    height: end + 76,
    content: (
      <>
        {STEPS.map((step, i) => (
          <Box
            key={i}
            x={left}
            y={y(i)}
            width={width}
            height={height}
            label={step.label}
            detail={step.detail}
          />
        ))}
        {STEPS.slice(0, 5).map((step, i) => (
          <Arrow
            key={i}
            points={[
              [left + width / 2, y(i) + height + 2],
              [left + width / 2, y(i + 1) - 2],
            ]}
            label={step.handoff}
            labelAt={[left + width / 2 + 10, y(i) + height + gap / 2]}
            labelAnchor="start"
          />
        ))}
        <Arrow
          tone="feedback"
          heads="none"
          points={[
            [left, cy(5)],
            [channel, cy(5)],
            [channel, cy(0)],
          ]}
        />
        <Arrow
          tone="feedback"
          heads="none"
          points={[
            [left, cy(4)],
            [channel, cy(4)],
          ]}
        />
        {[0, 1, 2, 3].map((i) => (
          <Arrow key={i} tone="feedback" points={branch(i)} />
        ))}
        <Label x={180} y={end + 38} text={FEEDBACK} size="detail" tone="accent" maxWidth={320} />
        {STEPS.map((_, i) => (
          <StepBadge key={i} x={left + 4} y={y(i) + 4} n={i + 1} />
        ))}
      </>
    ),
  };
}

/** The six steps of building a generative model, with feedback from evaluation and deployment. */
export default function BuildingStepsDiagram({
  description,
  title = 'The six steps of building a generative model, with feedback loops',
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
