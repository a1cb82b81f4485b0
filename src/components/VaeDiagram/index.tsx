/**
 * A variational autoencoder: x → encoder q_φ → μ, σ → z = μ + σ ⊙ ε → decoder p_θ → x̂,
 * with the two terms of the loss (reconstruction and KL) attached to what they compare,
 * and the generation path that skips the encoder.
 */
import React, {type ReactNode} from 'react';
import Diagram, {Arrow, Box, Label} from '../Diagram';
import type {DiagramBaseProps} from '../Diagram';

/** Props of {@link VaeDiagram}. */
export type Props = DiagramBaseProps;

const NAME = 'VaeDiagram';
const NBSP = '\u00a0';

const TEXT = {
  encoder: 'q_φ(z | x)',
  decoder: 'p_θ(x | z)',
  reparameterise: 'z = μ + σ ⊙ ε',
  noise: `ε${NBSP}~${NBSP}N(0,${NBSP}I)`,
  kl: `KL term D_{KL}(q_φ(z | x) ‖ p(z)): keeps μ and σ close to the prior p(z) = N(0,${NBSP}I)`,
  klShort: `KL term: keeps μ, σ near N(0,${NBSP}I)`,
  reconstruction: 'reconstruction term: how well x̂ matches x, the average of log p_θ(x | z)',
  reconstructionShort: 'reconstruction term: how well x̂ matches x',
  generate: `to generate: draw z${NBSP}~${NBSP}N(0,${NBSP}I) and skip the encoder`,
  loss: 'training loss = − reconstruction term + KL term = −ELBO',
};

function wideLayout() {
  const cy = 128;
  const muY = 98;
  const sigmaY = 158;
  const bracketY = 292;
  return {
    width: 720,
    height: 350,
    content: (
      <>
        <Box x={8} y={98} width={60} height={60} label="x" detail="input" />
        <Arrow
          points={[
            [68, cy],
            [96, cy],
          ]}
        />
        <Box x={98} y={88} width={118} height={80} label="Encoder" detail={TEXT.encoder} tone="accent" />
        <Arrow
          points={[
            [218, cy],
            [232, cy],
            [232, muY],
            [248, muY],
          ]}
          radius={6}
        />
        <Arrow
          points={[
            [218, cy],
            [232, cy],
            [232, sigmaY],
            [248, sigmaY],
          ]}
          radius={6}
        />
        <Box x={250} y={78} width={58} height={40} label="μ" />
        <Box x={250} y={138} width={58} height={40} label="σ" />
        <Arrow
          points={[
            [308, muY],
            [326, muY],
            [326, 118],
            [344, 118],
          ]}
          radius={6}
        />
        <Arrow
          points={[
            [308, sigmaY],
            [326, sigmaY],
            [326, 138],
            [344, 138],
          ]}
          radius={6}
        />
        <Box x={346} y={93} width={134} height={70} label={TEXT.reparameterise} detail="latent code" />
        <Box x={353} y={206} width={120} height={48} label="noise" detail={TEXT.noise} tone="muted" />
        <Arrow
          points={[
            [413, 206],
            [413, 165],
          ]}
          label="sample"
          labelAt={[420, 186]}
          labelAnchor="start"
        />
        <Arrow
          points={[
            [480, cy],
            [514, cy],
          ]}
        />
        <Box x={516} y={88} width={118} height={80} label="Decoder" detail={TEXT.decoder} tone="accent" />
        <Arrow
          points={[
            [634, cy],
            [654, cy],
          ]}
        />
        <Box x={656} y={98} width={60} height={60} label="x̂" detail="rebuilt" />
        {/* What the two loss terms compare. */}
        <Arrow
          tone="feedback"
          heads="none"
          points={[
            [279, 76],
            [279, 52],
          ]}
        />
        <Label x={279} y={26} text={TEXT.kl} size="detail" tone="accent" maxWidth={430} />
        <Arrow
          tone="feedback"
          heads="both"
          points={[
            [38, 160],
            [38, bracketY],
            [686, bracketY],
            [686, 160],
          ]}
        />
        <Label x={364} y={bracketY + 18} text={TEXT.reconstruction} size="detail" tone="accent" halo />
        <Arrow
          tone="muted"
          points={[
            [575, 58],
            [575, 86],
          ]}
        />
        <Label x={610} y={32} text={TEXT.generate} size="detail" tone="muted" maxWidth={200} />
        <Label x={360} y={bracketY + 44} text={TEXT.loss} size="detail" bold />
      </>
    ),
  };
}

function narrowLayout() {
  const left = 122;
  const width = 168;
  const cx = left + width / 2;
  const right = left + width;
  const muX = 122;
  const sigmaX = 216;
  const side = 56;
  return {
    width: 360,
    height: 640,
    content: (
      <>
        <Box x={left} y={14} width={width} height={50} label="x" detail="input" />
        <Arrow
          points={[
            [cx, 64],
            [cx, 94],
          ]}
        />
        <Box x={left} y={96} width={width} height={70} label="Encoder" detail={TEXT.encoder} tone="accent" />
        <Arrow
          points={[
            [cx, 168],
            [cx, 180],
            [muX + 37, 180],
            [muX + 37, 198],
          ]}
          radius={6}
        />
        <Arrow
          points={[
            [cx, 168],
            [cx, 180],
            [sigmaX + 37, 180],
            [sigmaX + 37, 198],
          ]}
          radius={6}
        />
        <Box x={muX} y={200} width={74} height={44} label="μ" />
        <Box x={sigmaX} y={200} width={74} height={44} label="σ" />
        <Arrow
          points={[
            [muX + 37, 244],
            [muX + 37, 258],
            [cx - 10, 258],
            [cx - 10, 278],
          ]}
          radius={6}
        />
        <Arrow
          points={[
            [sigmaX + 37, 244],
            [sigmaX + 37, 258],
            [cx + 10, 258],
            [cx + 10, 278],
          ]}
          radius={6}
        />
        <Box x={left} y={280} width={width} height={60} label={TEXT.reparameterise} detail="latent code" />
        <Box x={8} y={286} width={96} height={48} label="noise" detail={TEXT.noise} tone="muted" />
        <Arrow
          points={[
            [104, 310],
            [120, 310],
          ]}
        />
        <Arrow
          points={[
            [cx, 340],
            [cx, 374],
          ]}
        />
        <Box x={left} y={376} width={width} height={70} label="Decoder" detail={TEXT.decoder} tone="accent" />
        <Arrow
          points={[
            [cx, 446],
            [cx, 478],
          ]}
        />
        <Box x={left} y={480} width={width} height={50} label="x̂" detail="rebuilt" />
        {/* Loss terms and the generation path, in the side columns. */}
        <Arrow
          tone="feedback"
          heads="none"
          points={[
            [104, 222],
            [120, 222],
          ]}
        />
        <Label x={side} y={222} text={TEXT.klShort} size="detail" tone="accent" maxWidth={100} />
        <Arrow
          tone="muted"
          points={[
            [104, 411],
            [120, 411],
          ]}
        />
        <Label x={side} y={411} text="generate: z from N(0, I)" size="detail" tone="muted" maxWidth={100} />
        <Arrow
          tone="feedback"
          heads="both"
          points={[
            [right, 39],
            [336, 39],
            [336, 505],
            [right + 2, 505],
          ]}
        />
        <Label x={180} y={570} text={TEXT.reconstructionShort} size="detail" tone="accent" maxWidth={330} />
        <Label x={180} y={606} text={TEXT.loss} size="detail" bold maxWidth={330} />
      </>
    ),
  };
}

/** The VAE: encoder, reparameterised code, decoder and the two terms of its loss. */
export default function VaeDiagram({
  description,
  title = 'A variational autoencoder: encoder, latent code z = μ + σ ⊙ ε, decoder, and the two loss terms',
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
