import React, {useId, useRef, useState, type ReactNode} from 'react';
import PixelImage from '@site/src/components/PixelImage';
import RangeSlider from '@site/src/components/RangeSlider';
import {createNormal, createUniform} from '@site/src/utils/prng';
import {grayscaleBitmapDataUrl} from '@site/src/utils/grayscaleBitmap';
import {fixed} from '@site/src/utils/explainerFormat';
import {
  blendPixels,
  decode,
  describeShape,
  IMAGE_SIZE,
  interpolate,
  reparameterise,
  type Latent,
} from './decoder';
import styles from './styles.module.css';

export type Props = {
  /** The first code z_a (two numbers, each within ±3). Defaults to a small circle. */
  start?: Latent;
  /** The second code z_b (each within ±3). Defaults to a large square. */
  end?: Latent;
  /** The encoder's mean μ for one input, used by the reparameterisation part. */
  mean?: Latent;
  /** The encoder's standard deviations σ (positive, at most 1.5). */
  spread?: Latent;
  /** λ at first, from 0 to 1 in steps of 0.05. Defaults to 0.5. */
  initialLambda?: number;
  /** Seed of the noise ε, so the first sample is the same on the server and in the browser. */
  seed?: number;
  /** Replaces the default caption (which says what to try). */
  caption?: ReactNode;
};

const LIMIT = 3; // the latent plane shows −3…3 on both axes
const PLANE = 200;
const HISTORY = 12;

function toPlane([z1, z2]: Latent): [number, number] {
  // z₂ points up, as in a textbook plot.
  return [((z1 + LIMIT) / (2 * LIMIT)) * PLANE, ((LIMIT - z2) / (2 * LIMIT)) * PLANE];
}

function latentText(z: Latent): string {
  return `(${fixed(z[0], 2)}, ${fixed(z[1], 2)})`;
}

function imageUrl(pixels: Float64Array): string {
  return grayscaleBitmapDataUrl(pixels, IMAGE_SIZE, IMAGE_SIZE);
}

function validate(props: Required<Omit<Props, 'caption'>>): void {
  const name = 'VaeLatentExplorer';
  for (const key of ['start', 'end', 'mean', 'spread'] as const) {
    const value = props[key];
    if (value.length !== 2 || !value.every(Number.isFinite))
      throw new Error(
        `${name}: ${key} must be two finite numbers (a 2-D code), got ${JSON.stringify(value)}.`,
      );
    if (key !== 'spread' && value.some((entry) => Math.abs(entry) > LIMIT))
      throw new Error(
        `${name}: ${key} must lie within ±${LIMIT} on both axes to fit the plot, got ${latentText(value)}.`,
      );
  }
  if (props.spread.some((entry) => entry <= 0 || entry > 1.5))
    throw new Error(`${name}: spread (σ) must be positive and at most 1.5, got ${latentText(props.spread)}.`);
  const hundredths = props.initialLambda * 100;
  if (
    !(props.initialLambda >= 0 && props.initialLambda <= 1) ||
    Math.abs(hundredths - Math.round(hundredths / 5) * 5) > 1e-9
  )
    throw new Error(
      `${name}: initialLambda must be a multiple of 0.05 from 0 to 1, got ${props.initialLambda}.`,
    );
  if (!Number.isInteger(props.seed)) throw new Error(`${name}: seed must be an integer, got ${props.seed}.`);
}

type PanelProps = {label: string; url: string; title: string; description: string; kind?: string};

/** One picture with a visible label above it. */
function Panel({label, url, title, description, kind}: PanelProps): ReactNode {
  return (
    <div className={styles.panel}>
      <span className={styles.panelLabel}>{label}</span>
      <PixelImage src={url} size={IMAGE_SIZE} title={title} description={description} kind={kind} />
    </div>
  );
}

/** The first ε of a seeded stream, and a function that continues the same stream. */
function epsilonStream(seed: number): {first: Latent; next: () => Latent} {
  const normal = createNormal(createUniform(seed));
  const first: Latent = [normal(), normal()];
  return {first, next: () => [normal(), normal()]};
}

/**
 * Walk a straight line between two codes of a tiny hand-made VAE decoder and compare the
 * decoded picture with a pixel cross-fade; then draw codes with the reparameterisation
 * z = μ + σ ⊙ ε and see what the decoder makes of them.
 */
export default function VaeLatentExplorer({
  start = [-1.5, -0.8],
  end = [1.5, 1],
  mean = [0.8, -1.2],
  spread = [0.6, 0.4],
  initialLambda = 0.5,
  seed = 11,
  caption,
}: Props): ReactNode {
  validate({start, end, mean, spread, initialLambda, seed});
  const id = useId();
  const [lambdaHundredths, setLambdaHundredths] = useState(Math.round(initialLambda * 100));
  const [samples, setSamples] = useState<Latent[]>(() => [epsilonStream(seed).first]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const stream = useRef<(() => Latent) | null>(null);

  // Five 32 × 32 decodes take well under a millisecond, so nothing here needs memoising.
  const lambda = lambdaHundredths / 100;
  const startPixels = decode(start);
  const endPixels = decode(end);
  const z = interpolate(start, end, lambda);
  const epsilon = samples[samples.length - 1] ?? [0, 0];
  const sampled = reparameterise(mean, spread, epsilon);
  const startUrl = imageUrl(startPixels);
  const endUrl = imageUrl(endPixels);
  const decodedUrl = imageUrl(decode(z));
  const blendUrl = imageUrl(blendPixels(startPixels, endPixels, lambda));
  const meanUrl = imageUrl(decode(mean));
  const sampledUrl = imageUrl(decode(sampled));

  const blendWords =
    lambda === 0 || lambda === 1
      ? `exactly ${lambda === 0 ? 'the first' : 'the second'} picture`
      : `${describeShape(start)} and ${describeShape(end)} overlaid at ${fixed((1 - lambda) * 100, 0)}% and ${fixed(lambda * 100, 0)}%: a ghost of both, not one shape`;
  const interpolationSummary = `λ = ${fixed(lambda, 2)}: z_λ = ${latentText(z)} decodes to ${describeShape(z)}; mixing the pixels instead gives ${blendWords}.`;
  const sampleSummary = (eps: Latent) => {
    const code = reparameterise(mean, spread, eps);
    return `ε = ${latentText(eps)}: z = μ + σ ⊙ ε = ${latentText(code)} decodes to ${describeShape(code)}.`;
  };

  function resample() {
    stream.current ??= (() => {
      const {next} = epsilonStream(seed);
      return next; // the stream's first ε is already on screen
    })();
    const eps = stream.current();
    setSamples((previous) => [...previous, eps].slice(-HISTORY));
    setAnnouncement(sampleSummary(eps));
  }

  const ids = {
    plane: `${id}-plane`,
    planeDesc: `${id}-plane-desc`,
  };
  const [startX, startY] = toPlane(start);
  const [endX, endY] = toPlane(end);
  const [zX, zY] = toPlane(z);
  const [meanX, meanY] = toPlane(mean);
  const [sampleX, sampleY] = toPlane(sampled);
  const unit = PLANE / (2 * LIMIT);

  return (
    <figure className={styles.explorer}>
      <figcaption className={styles.caption}>
        {caption ?? (
          <>
            <strong>Explorer: a two-dimensional latent space.</strong> The decoder here is written by hand,
            not trained: moving right along z₁ makes the shape squarer, moving up along z₂ makes it larger.
            Drag λ to walk from z_a to z_b and compare the decoded picture with a plain cross-fade of the two
            end pictures. Then press “Resample ε” a few times to draw codes z = μ + σ ⊙ ε from one input’s
            cloud.
          </>
        )}
      </figcaption>

      <div className={styles.layout}>
        <svg
          className={styles.plane}
          viewBox={`-30 -8 ${PLANE + 38} ${PLANE + 36}`}
          role="img"
          aria-labelledby={ids.plane}
          aria-describedby={ids.planeDesc}>
          <title id={ids.plane}>The latent plane</title>
          <desc id={ids.planeDesc}>
            {`Axes z₁ (roundness, left circle, right square) and z₂ (size), each from −3 to 3. Dashed circles mark one and two standard deviations of the prior N(0, I). A line joins z_a = ${latentText(start)} (circle marker) to z_b = ${latentText(end)} (square marker); the diamond at ${latentText(z)} is z_λ. The dotted ellipse is the encoder’s cloud around μ = ${latentText(mean)} (cross) with σ = ${latentText(spread)}; small dots are the last ${samples.length} sampled codes, the ringed one at ${latentText(sampled)} the latest.`}
          </desc>
          <rect x="0" y="0" width={PLANE} height={PLANE} className={styles.planeFrame} />
          <line x1={PLANE / 2} y1="0" x2={PLANE / 2} y2={PLANE} className={styles.axis} />
          <line x1="0" y1={PLANE / 2} x2={PLANE} y2={PLANE / 2} className={styles.axis} />
          <circle cx={PLANE / 2} cy={PLANE / 2} r={unit} className={styles.prior} />
          <circle cx={PLANE / 2} cy={PLANE / 2} r={2 * unit} className={styles.prior} />
          <text x={PLANE / 2} y={PLANE + 14} className={styles.axisLabel}>
            z₁: rounder ← → squarer
          </text>
          <text x="-8" y={PLANE / 2} className={styles.axisLabel} transform={`rotate(-90 -8 ${PLANE / 2})`}>
            z₂: smaller ← → larger
          </text>
          <line x1={startX} y1={startY} x2={endX} y2={endY} className={styles.path} />
          <circle cx={startX} cy={startY} r="5" className={styles.endpoint} />
          <rect x={endX - 5} y={endY - 5} width="10" height="10" className={styles.endpoint} />
          <text x={startX + 8} y={startY + 14} className={styles.pointLabel}>
            z_a
          </text>
          <text x={endX - 8} y={endY - 9} className={styles.pointLabel} textAnchor="end">
            z_b
          </text>
          <path
            d={`M${zX} ${zY - 7}L${zX + 7} ${zY}L${zX} ${zY + 7}L${zX - 7} ${zY}Z`}
            className={styles.current}
            data-point="z-lambda"
          />
          <ellipse
            cx={meanX}
            cy={meanY}
            rx={spread[0] * unit}
            ry={spread[1] * unit}
            className={styles.cloud}
          />
          {samples.map((eps, index) => {
            const [x, y] = toPlane(reparameterise(mean, spread, eps));
            return <circle key={index} cx={x} cy={y} r="2.5" className={styles.sampleDot} />;
          })}
          <circle cx={sampleX} cy={sampleY} r="6" className={styles.sampleRing} />
          <path
            d={`M${meanX - 5} ${meanY - 5}L${meanX + 5} ${meanY + 5}M${meanX - 5} ${meanY + 5}L${meanX + 5} ${meanY - 5}`}
            className={styles.meanCross}
          />
          <text x={meanX + spread[0] * unit + 3} y={meanY - 4} className={styles.pointLabel}>
            μ
          </text>
        </svg>

        <div className={styles.parts}>
          <p className={styles.partTitle}>1. Walk from z_a to z_b</p>
          <div className={styles.strip} data-lambda={lambdaHundredths}>
            <Panel
              label="z_a"
              url={startUrl}
              title={`z_a decoded: ${describeShape(start)}`}
              description={`The decoder’s picture for the code z_a = ${latentText(start)}.`}
            />
            <Panel
              label={`z_λ, λ = ${fixed(lambda, 2)}`}
              url={decodedUrl}
              title={`z_λ = ${latentText(z)} decoded: ${describeShape(z)}`}
              description={`The decoder’s picture for the code a fraction ${fixed(lambda, 2)} of the way from z_a to z_b.`}
              kind="decoded"
            />
            <Panel
              label="z_b"
              url={endUrl}
              title={`z_b decoded: ${describeShape(end)}`}
              description={`The decoder’s picture for the code z_b = ${latentText(end)}.`}
            />
            <Panel
              label="cross-fade"
              url={blendUrl}
              title={`Pixel cross-fade at λ = ${fixed(lambda, 2)}`}
              description={`(1 − λ) times the picture of z_a plus λ times the picture of z_b: ${blendWords}.`}
              kind="blend"
            />
          </div>
          <RangeSlider
            label="Interpolation λ"
            value={lambdaHundredths}
            min={0}
            max={100}
            step={5}
            onChange={(value) => {
              setLambdaHundredths(value);
              setAnnouncement(null);
            }}
            valueText={fixed(lambda, 2)}
          />
          <p className={styles.readout}>z_λ = (1 − λ)·z_a + λ·z_b = {latentText(z)}</p>

          <p className={styles.partTitle}>2. Sample a code: z = μ + σ ⊙ ε</p>
          <div className={styles.strip}>
            <Panel
              label="μ"
              url={meanUrl}
              title={`μ decoded: ${describeShape(mean)}`}
              description={`The decoder’s picture for the centre of the encoder’s cloud, μ = ${latentText(mean)}.`}
            />
            <Panel
              label="z"
              url={sampledUrl}
              title={`z = ${latentText(sampled)} decoded: ${describeShape(sampled)}`}
              description="The decoder’s picture for the sampled code z = μ + σ ⊙ ε."
              kind="sample"
            />
          </div>
          <p className={styles.readout}>
            μ = {latentText(mean)}, σ = {latentText(spread)}, ε = {latentText(epsilon)}
            <br />z = {latentText(mean)} + {latentText(spread)} ⊙ {latentText(epsilon)} ={' '}
            {latentText(sampled)}
          </p>
          <button type="button" className="button button--primary button--sm" onClick={resample}>
            Resample ε
          </button>
        </div>
      </div>

      <p className={styles.summary} aria-live="polite">
        {announcement ?? interpolationSummary}
      </p>
    </figure>
  );
}
