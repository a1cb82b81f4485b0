/**
 * The foundation-model paradigm: broad data → pretraining → one model → many tasks, each
 * reached by an adaptation route. Solid arrows change the model's parameters (fine-tuning),
 * dashed ones leave them as they are (prompting, retrieval), and each arrow names its route.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label, boxHeightFor, requireCount, requireText, textHeightFor} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';

/** One way of putting the pretrained model to work. */
export type Adaptation = {
  /** The task or product it serves, e.g. "chat assistant". */
  task: string;
  /** How the model is adapted, e.g. "fine-tune", "prompt", "retrieve (RAG)"; labels the arrow. */
  via: string;
  /** True if the route changes the model's parameters (solid arrow), false if not (dashed). */
  changesParameters: boolean;
};

/** Props of {@link FoundationModelDiagram}. */
export type Props = DiagramBaseProps & {
  /** The kinds of pretraining data, two to six. */
  sources?: readonly string[];
  /** Name of the model in the middle. */
  model?: string;
  /** A few words under the model's name. */
  modelDetail?: string;
  /** Label of the pretraining arrow. */
  pretraining?: string;
  /** The adaptation routes and the tasks they lead to, two to six. */
  adaptations?: readonly Adaptation[];
  /** An optional closing remark under the tasks, e.g. "a person reviews every output". */
  note?: string;
};

const NAME = 'FoundationModelDiagram';

const DEFAULT_SOURCES = ['web text', 'books', 'code', 'images + captions', 'audio'];
const DEFAULT_ADAPTATIONS: readonly Adaptation[] = [
  {task: 'chat assistant', via: 'fine-tune', changesParameters: true},
  {task: 'code helper', via: 'fine-tune', changesParameters: true},
  {task: 'document classifier', via: 'fine-tune', changesParameters: true},
  {task: 'image generator', via: 'fine-tune', changesParameters: true},
  {task: 'summariser', via: 'prompt', changesParameters: false},
];
const LEGEND = 'solid arrow: the parameters change · dashed arrow: the parameters stay as they are';

type Content = {
  sources: readonly string[];
  model: string;
  modelDetail: string;
  pretraining: string;
  adaptations: readonly Adaptation[];
  note?: string;
};

function wideLayout(c: Content) {
  const sourceHeight = 30;
  const sourceGap = 8;
  const taskHeight = Math.max(40, ...c.adaptations.map((a) => boxHeightFor(144, undefined, a.task, 8)));
  const taskGap = 16;
  const top = 54;
  const sourcesHeight = c.sources.length * (sourceHeight + sourceGap) - sourceGap;
  const tasksHeight = c.adaptations.length * (taskHeight + taskGap) - taskGap;
  const body = Math.max(sourcesHeight, tasksHeight, 130);
  const cy = top + body / 2;
  const sourceTop = cy - sourcesHeight / 2;
  const taskTop = cy - tasksHeight / 2;
  const modelHeight = Math.min(130, body);
  const modelTop = cy - modelHeight / 2;
  const spread = (i: number) =>
    c.adaptations.length === 1 ? cy : modelTop + 20 + (i * (modelHeight - 40)) / (c.adaptations.length - 1);
  const bottom = top + body;
  return {
    width: 720,
    height: bottom + 46 + (c.note ? textHeightFor(c.note, 640, 'detail', true) + 8 : 0),
    content: (
      <>
        <Label x={85} y={18} text="Broad data" bold />
        <Label x={85} y={36} text="mostly unlabelled" size="detail" tone="muted" />
        {c.sources.map((source, i) => (
          <Box
            key={i}
            x={8}
            y={sourceTop + i * (sourceHeight + sourceGap)}
            width={154}
            height={sourceHeight}
            detail={source}
            tone="muted"
          />
        ))}
        <Arrow
          points={[
            [164, cy],
            [272, cy],
          ]}
          label={c.pretraining}
          labelWidth={100}
          labelAt={[218, cy - 34]}
        />
        <Box
          x={274}
          y={modelTop}
          width={144}
          height={modelHeight}
          label={c.model}
          detail={c.modelDetail}
          tone="accent"
        />
        <Label x={640} y={18} text="Tasks" bold />
        <Label x={640} y={36} text="one model, many uses" size="detail" tone="muted" />
        {c.adaptations.map((a, i) => {
          const ty = taskTop + i * (taskHeight + taskGap) + taskHeight / 2;
          return (
            <g key={i}>
              <Arrow
                points={[
                  [420, spread(i)],
                  [458, ty],
                  [566, ty],
                ]}
                dashed={!a.changesParameters}
                radius={6}
                label={a.via}
                labelAt={[512, ty - 11]}
              />
              <Box x={568} y={ty - taskHeight / 2} width={144} height={taskHeight} detail={a.task} />
            </g>
          );
        })}
        <Label x={360} y={bottom + 24} text={LEGEND} size="detail" tone="muted" />
        {c.note && (
          <Label
            x={360}
            y={bottom + 42 + textHeightFor(c.note, 640, 'detail', true) / 2}
            text={c.note}
            size="detail"
            bold
            maxWidth={640}
          />
        )}
      </>
    ),
  };
}

function narrowLayout(c: Content) {
  const sourceRows = Math.ceil(c.sources.length / 2);
  const sourcesTop = 46;
  const sourcesBottom = sourcesTop + sourceRows * 38 - 8;
  const modelTop = sourcesBottom + 64;
  const modelHeight = 72;
  const modelBottom = modelTop + modelHeight;
  const taskHeight = Math.max(40, ...c.adaptations.map((a) => boxHeightFor(196, undefined, a.task, 8)));
  const rowHeight = taskHeight + 16;
  const firstTask = modelBottom + 40;
  const ty = (i: number) => firstTask + i * rowHeight + taskHeight / 2;
  const last = ty(c.adaptations.length - 1);
  const trunk = 30;
  const legendY = last + 44;
  return {
    width: 360,
    height: legendY + 28 + (c.note ? textHeightFor(c.note, 330, 'detail', true) + 8 : 0),
    content: (
      <>
        <Label x={180} y={14} text="Broad data" bold />
        <Label x={180} y={32} text="mostly unlabelled" size="detail" tone="muted" />
        {c.sources.map((source, i) => (
          <Box
            key={i}
            x={i % 2 === 0 ? 14 : 184}
            y={sourcesTop + Math.floor(i / 2) * 38}
            width={162}
            height={30}
            detail={source}
            tone="muted"
          />
        ))}
        <Arrow
          points={[
            [180, sourcesBottom + 4],
            [180, modelTop - 2],
          ]}
          label={c.pretraining}
          labelAt={[192, (sourcesBottom + modelTop) / 2]}
          labelAnchor="start"
          labelWidth={160}
        />
        <Box
          x={80}
          y={modelTop}
          width={200}
          height={modelHeight}
          label={c.model}
          detail={c.modelDetail}
          tone="accent"
        />
        <Arrow
          heads="none"
          tone="muted"
          points={[
            [110, modelBottom],
            [110, modelBottom + 16],
            [trunk, modelBottom + 16],
            [trunk, last],
          ]}
        />
        {c.adaptations.map((a, i) => (
          <g key={i}>
            <Arrow
              points={[
                [trunk, ty(i)],
                [150, ty(i)],
              ]}
              dashed={!a.changesParameters}
              label={a.via}
              labelAt={[trunk + 6, ty(i) - 12]}
              labelAnchor="start"
            />
            <Box x={152} y={ty(i) - taskHeight / 2} width={196} height={taskHeight} detail={a.task} />
          </g>
        ))}
        <Label x={180} y={legendY} text={LEGEND} size="detail" tone="muted" maxWidth={330} />
        {c.note && (
          <Label
            x={180}
            y={legendY + 26 + textHeightFor(c.note, 330, 'detail', true) / 2}
            text={c.note}
            size="detail"
            bold
            maxWidth={330}
          />
        )}
      </>
    ),
  };
}

/** One pretrained model in the middle, broad data on one side, many adapted tasks on the other. */
export default function FoundationModelDiagram({
  description,
  title = 'The foundation-model paradigm: one model pretrained on broad data, adapted to many tasks',
  sources = DEFAULT_SOURCES,
  model = 'Foundation model',
  modelDetail = 'one set of pretrained parameters',
  pretraining = 'pretraining: self-supervised, once',
  adaptations = DEFAULT_ADAPTATIONS,
  note,
}: Props): ReactNode {
  requireCount(NAME, 'sources', sources, 2, 6);
  requireCount(NAME, 'adaptations', adaptations, 2, 6);
  adaptations.forEach((a, i) => {
    requireText(NAME, `adaptations[${i}].task`, a.task, 'Name the task.');
    requireText(NAME, `adaptations[${i}].via`, a.via, 'Name the route, e.g. "fine-tune" or "prompt".');
    if (typeof a.changesParameters !== 'boolean') {
      throw new Error(`<${NAME}>: \`adaptations[${i}].changesParameters\` must be true or false.`);
    }
  });
  const content: Content = {sources, model, modelDetail, pretraining, adaptations, note};
  return (
    <Diagram
      component={NAME}
      title={title}
      description={description}
      wide={wideLayout(content)}
      narrow={narrowLayout(content)}
    />
  );
}
