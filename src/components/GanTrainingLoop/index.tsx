/**
 * The GAN training loop: noise z → generator G → fake samples; real data and fakes →
 * discriminator D → a score; the gradients of that score flow back to update D and,
 * through D, to update G.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';

/** Props of {@link GanTrainingLoop}. */
export type Props = DiagramBaseProps;

const NAME = 'GanTrainingLoop';
const NBSP = '\u00a0';

const TEXT = {
  real: `x${NBSP}~${NBSP}p_{data}`,
  noise: `z${NBSP}~${NBSP}p_z`,
  discriminator: 'probability that its input is real',
  score: 'D(·): real or fake?',
  updateD: 'update D: score real higher, fakes lower',
  updateG: 'update G: the gradient flows back through D (held fixed) into G, so fakes score higher',
  updateGShort: 'update G: gradient flows back through D into G',
};

function wideLayout() {
  const realY = 54;
  const fakeY = 194;
  const dLeft = 430;
  const dBottom = 224;
  const innerTurn = 250;
  const outerTurn = 302;
  return {
    width: 720,
    height: 350,
    content: (
      <>
        <Box x={10} y={24} width={140} height={60} label="Real data" detail={TEXT.real} />
        <Arrow
          points={[
            [150, realY],
            [dLeft - 2, realY],
          ]}
          label="real samples x"
        />
        <Box x={10} y={164} width={110} height={60} label="Noise" detail={TEXT.noise} tone="muted" />
        <Arrow
          points={[
            [120, fakeY],
            [158, fakeY],
          ]}
        />
        <Box
          x={160}
          y={154}
          width={120}
          height={80}
          label="Generator G"
          detail="turns z into a sample"
          tone="accent"
        />
        <Arrow
          points={[
            [280, fakeY],
            [314, fakeY],
          ]}
        />
        <Box x={316} y={164} width={78} height={60} label="Fake" detail="G(z)" />
        <Arrow
          points={[
            [394, fakeY],
            [dLeft - 2, fakeY],
          ]}
        />
        <Box
          x={dLeft}
          y={24}
          width={140}
          height={200}
          label={['Discriminator', 'D']}
          detail={TEXT.discriminator}
          tone="accent"
        />
        <Arrow
          points={[
            [570, 124],
            [600, 124],
          ]}
        />
        <Box x={602} y={89} width={112} height={70} label="Score" detail={TEXT.score} />
        <Arrow
          tone="feedback"
          points={[
            [640, 159],
            [640, innerTurn],
            [dLeft + 70, innerTurn],
            [dLeft + 70, dBottom + 2],
          ]}
        />
        <Label x={572} y={innerTurn + 22} text={TEXT.updateD} size="detail" tone="accent" maxWidth={180} />
        <Arrow
          tone="feedback"
          points={[
            [690, 159],
            [690, outerTurn],
            [220, outerTurn],
            [220, 236],
          ]}
        />
        <Label x={455} y={outerTurn + 22} text={TEXT.updateG} size="detail" tone="accent" maxWidth={560} />
      </>
    ),
  };
}

function narrowLayout() {
  const dTop = 300;
  const dBottom = 360;
  return {
    width: 360,
    height: 580,
    content: (
      <>
        <Box x={10} y={14} width={160} height={60} label="Real data" detail={TEXT.real} />
        <Box x={190} y={14} width={140} height={60} label="Noise" detail={TEXT.noise} tone="muted" />
        <Arrow
          points={[
            [260, 74],
            [260, 108],
          ]}
        />
        <Box
          x={190}
          y={110}
          width={140}
          height={66}
          label="Generator G"
          detail="turns z into a sample"
          tone="accent"
        />
        <Arrow
          points={[
            [260, 176],
            [260, 206],
          ]}
        />
        <Box x={190} y={208} width={140} height={50} label="Fake" detail="G(z)" />
        <Arrow
          points={[
            [260, 258],
            [260, dTop - 2],
          ]}
        />
        <Arrow
          points={[
            [90, 74],
            [90, dTop - 2],
          ]}
          label={['real', 'samples x']}
          labelAt={[100, 190]}
          labelAnchor="start"
        />
        <Box
          x={10}
          y={dTop}
          width={320}
          height={60}
          label="Discriminator D"
          detail={TEXT.discriminator}
          tone="accent"
        />
        <Arrow
          points={[
            [170, dBottom],
            [170, 394],
          ]}
        />
        <Box x={90} y={396} width={160} height={50} label="Score" detail={TEXT.score} />
        <Arrow
          tone="feedback"
          points={[
            [140, 446],
            [140, 470],
            [30, 470],
            [30, dBottom + 2],
          ]}
        />
        <Label x={40} y={500} text={TEXT.updateD} size="detail" tone="accent" anchor="start" maxWidth={170} />
        <Arrow
          tone="feedback"
          points={[
            [210, 446],
            [210, 530],
            [346, 530],
            [346, 143],
            [332, 143],
          ]}
        />
        <Label x={200} y={555} text={TEXT.updateGShort} size="detail" tone="accent" maxWidth={300} />
      </>
    ),
  };
}

/** One round of GAN training: generate, score, and update both networks from the score. */
export default function GanTrainingLoop({
  description,
  title = 'The GAN training loop: generator, discriminator, and the gradients that update both',
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
