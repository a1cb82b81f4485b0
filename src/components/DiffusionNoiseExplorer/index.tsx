import React, {useId, useMemo, useState, type ReactNode} from 'react';
import PixelImage from '@site/src/components/PixelImage';
import RangeSlider from '@site/src/components/RangeSlider';
import {normalArray} from '@site/src/utils/prng';
import {grayscaleBitmapDataUrl} from '@site/src/utils/grayscaleBitmap';
import {fixed, significant} from '@site/src/utils/explainerFormat';
import {linearSchedule, noisyImage, signalToNoiseRatio, smileyImage, toDecibels} from './schedule';
import styles from './styles.module.css';

export type Props = {
  /** The step t shown before the reader touches the slider, an integer from 0 to 1000. Defaults to 250. */
  initialStep?: number;
  /** Seed of the Gaussian noise ε, so the picture is the same on the server and in every browser. */
  seed?: number;
  /** Replaces the default caption (which says what to try). */
  caption?: ReactNode;
};

const SIZE = 32;
const SCHEDULE = linearSchedule();
const T = SCHEDULE.steps;
const CLEAN = smileyImage(SIZE);
const CLEAN_URL = grayscaleBitmapDataUrl(CLEAN, SIZE, SIZE);
const PRESETS = [0, 100, 250, 500, 750, 1000];

function alphaBarAt(step: number): number {
  return SCHEDULE.alphaBars[step] ?? 0;
}

/** What the eye sees at a given signal weight √ᾱ, in words (for the description and the announcement). */
export function describeVisibility(signalWeight: number): string {
  if (signalWeight >= 0.99) return 'The image looks like the original.';
  if (signalWeight >= 0.9) return 'Visible grain; the face is sharp.';
  if (signalWeight >= 0.6) return 'Heavy speckle; the face is still clear.';
  if (signalWeight >= 0.25) return 'Mostly static; the face is faint.';
  if (signalWeight >= 0.05) return 'Static; the face is barely detectable.';
  return 'Pure static to the eye.';
}

/** The first step at which noise outweighs signal (ᾱ_t below one half). */
const CROSSING_STEP = SCHEDULE.alphaBars.findIndex((value) => value < 0.5);

// The chart of the signal and noise weights is fixed: compute its paths once.
const CHART = {left: 34, right: 304, top: 10, bottom: 116};
const chartX = (step: number) => CHART.left + (step / T) * (CHART.right - CHART.left);
const chartY = (weight: number) => CHART.bottom - weight * (CHART.bottom - CHART.top);
function weightPath(weight: (alphaBar: number) => number): string {
  const points: string[] = [];
  for (let step = 0; step <= T; step += 10)
    points.push(`${chartX(step).toFixed(1)},${chartY(weight(alphaBarAt(step))).toFixed(1)}`);
  return `M${points.join('L')}`;
}
const SIGNAL_PATH = weightPath((alphaBar) => Math.sqrt(alphaBar));
const NOISE_PATH = weightPath((alphaBar) => Math.sqrt(1 - alphaBar));

/**
 * Drag t from 0 to 1000 and watch the DDPM forward process dissolve a small image:
 * x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε with the linear β schedule and a fixed-seed ε. Shows ᾱ_t
 * and the signal-to-noise ratio, and announces each change.
 */
export default function DiffusionNoiseExplorer({initialStep = 250, seed = 7, caption}: Props): ReactNode {
  if (!Number.isInteger(initialStep) || initialStep < 0 || initialStep > T)
    throw new Error(
      `DiffusionNoiseExplorer: initialStep must be an integer from 0 to ${T}, got ${initialStep}.`,
    );
  if (!Number.isInteger(seed))
    throw new Error(`DiffusionNoiseExplorer: seed must be an integer, got ${seed}.`);
  const id = useId();
  const [step, setStep] = useState(initialStep);
  const noise = useMemo(() => normalArray(seed, SIZE * SIZE), [seed]);
  const noiseUrl = useMemo(() => grayscaleBitmapDataUrl(noise, SIZE, SIZE), [noise]);

  const alphaBar = alphaBarAt(step);
  const beta = SCHEDULE.betas[step] ?? 0;
  const signalWeight = Math.sqrt(alphaBar);
  const noiseWeight = Math.sqrt(1 - alphaBar);
  const snr = signalToNoiseRatio(alphaBar);
  const snrText = step === 0 ? '∞ (no noise yet)' : `${significant(snr)} (${fixed(toDecibels(snr), 1)} dB)`;
  const noisyUrl = useMemo(
    () => grayscaleBitmapDataUrl(noisyImage(CLEAN, noise, alphaBarAt(step)), SIZE, SIZE),
    [noise, step],
  );
  const visibility = describeVisibility(signalWeight);
  const summary = `t = ${step}: ᾱ = ${significant(alphaBar)}, signal weight ${fixed(signalWeight, 3)}, noise weight ${fixed(noiseWeight, 3)}, SNR ${snrText}. ${visibility}`;

  const chart = {title: `${id}-chart-title`, desc: `${id}-chart-desc`};
  const markerX = chartX(step);

  return (
    <figure className={styles.explorer}>
      <figcaption className={styles.caption}>
        {caption ?? (
          <>
            <strong>Explorer: the forward process on a 32 × 32 image.</strong> Drag the slider (or use the
            arrow keys) to choose the step t. Try t = 100 (grain), t = {CROSSING_STEP} (signal and noise
            weights about equal), t = 500 and t = 1000. The noise ε is fixed, so only the weights change.
          </>
        )}
      </figcaption>

      {/* Laid out in HTML, not one SVG, so the labels keep their size and wrap on a narrow screen. */}
      <div className={styles.equation} data-step={step}>
        <div className={styles.panel}>
          <span className={styles.panelLabel}>
            x<sub>0</sub> (clean)
          </span>
          <PixelImage
            src={CLEAN_URL}
            size={SIZE}
            title="Clean image x₀"
            description="A light smiling face on a dark background, 32 × 32 pixels."
          />
          <span className={styles.weight}>× {fixed(signalWeight, 3)}</span>
        </div>
        <span className={styles.operator}>+</span>
        <div className={styles.panel}>
          <span className={styles.panelLabel}>ε (noise)</span>
          <PixelImage
            src={noiseUrl}
            size={SIZE}
            title="Noise ε"
            description="Random grey static: every pixel is an independent standard normal draw, with a fixed seed."
          />
          <span className={styles.weight}>× {fixed(noiseWeight, 3)}</span>
        </div>
        <span className={styles.operator}>=</span>
        <div className={styles.panel}>
          <span className={styles.panelLabel}>
            x<sub>t</sub> (noisy)
          </span>
          <PixelImage
            src={noisyUrl}
            size={SIZE}
            title={`Noisy image at t = ${step}: ${visibility}`}
            description={`x_t = ${fixed(signalWeight, 3)} · x₀ + ${fixed(noiseWeight, 3)} · ε.`}
            kind="noisy"
          />
          <span className={styles.weight} aria-hidden="true">
            &nbsp;
          </span>
        </div>
      </div>

      <RangeSlider
        label="Noise step t"
        value={step}
        min={0}
        max={T}
        onChange={setStep}
        valueText={`t = ${step}`}
      />
      <div className={styles.presets} role="group" aria-label="Jump to a step">
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className={styles.preset}
            aria-current={preset === step ? 'true' : undefined}
            onClick={() => setStep(preset)}>
            {`t = ${preset}`}
          </button>
        ))}
      </div>

      <dl className={styles.readouts}>
        <div>
          <dt>
            β<sub>t</sub>
          </dt>
          <dd>{step === 0 ? '—' : significant(beta, 3)}</dd>
        </div>
        <div>
          <dt>
            ᾱ<sub>t</sub>
          </dt>
          <dd>{significant(alphaBar)}</dd>
        </div>
        <div>
          <dt>
            signal √ᾱ<sub>t</sub>
          </dt>
          <dd>{fixed(signalWeight, 3)}</dd>
        </div>
        <div>
          <dt>
            noise √(1 − ᾱ<sub>t</sub>)
          </dt>
          <dd>{fixed(noiseWeight, 3)}</dd>
        </div>
        <div>
          <dt>
            SNR ᾱ<sub>t</sub> / (1 − ᾱ<sub>t</sub>)
          </dt>
          <dd>{snrText}</dd>
        </div>
      </dl>

      <svg
        className={styles.chart}
        viewBox="0 0 320 150"
        role="img"
        aria-labelledby={chart.title}
        aria-describedby={chart.desc}>
        <title id={chart.title}>Signal and noise weights along the linear schedule</title>
        <desc id={chart.desc}>
          {`The signal weight √ᾱ_t (solid line) falls from 1 at t = 0 to ${fixed(Math.sqrt(alphaBarAt(T)), 3)} at t = ${T}; the noise weight √(1 − ᾱ_t) (dashed line) rises from 0 towards 1. They cross near t = ${CROSSING_STEP}. The vertical line marks the current step, t = ${step}.`}
        </desc>
        <line x1={CHART.left} y1={CHART.bottom} x2={CHART.right} y2={CHART.bottom} className={styles.axis} />
        <line x1={CHART.left} y1={CHART.top} x2={CHART.left} y2={CHART.bottom} className={styles.axis} />
        {[0, 250, 500, 750, 1000].map((tick) => (
          <text key={tick} x={chartX(tick)} y={CHART.bottom + 14} className={styles.tick}>
            {tick}
          </text>
        ))}
        {[0, 0.5, 1].map((tick) => (
          <text key={tick} x={CHART.left - 6} y={chartY(tick) + 4} className={styles.tickY}>
            {tick}
          </text>
        ))}
        <text x={(CHART.left + CHART.right) / 2} y={CHART.bottom + 29} className={styles.tick}>
          step t
        </text>
        <path d={SIGNAL_PATH} className={styles.signalLine} />
        <path d={NOISE_PATH} className={styles.noiseLine} />
        <line x1={markerX} y1={CHART.top} x2={markerX} y2={CHART.bottom} className={styles.marker} />
        <circle cx={markerX} cy={chartY(signalWeight)} r="3.5" className={styles.signalDot} />
        <rect x={markerX - 3} y={chartY(noiseWeight) - 3} width="6" height="6" className={styles.noiseDot} />
      </svg>
      <ul className={styles.legend}>
        <li className={styles.legendItem}>
          <span className={styles.solidSample} aria-hidden="true" /> signal weight √ᾱ<sub>t</sub> (dot)
        </li>
        <li className={styles.legendItem}>
          <span className={styles.dashedSample} aria-hidden="true" /> noise weight √(1 − ᾱ<sub>t</sub>)
          (square)
        </li>
      </ul>

      <p className={styles.summary} aria-live="polite">
        {summary}
      </p>
    </figure>
  );
}
