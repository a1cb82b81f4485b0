import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import type {GanParams, GanSnapshot} from '../protocol';
import {usePlayground, runKeyOf, trainingPart, type PlaygroundView} from '../usePlayground';
import {
  cssColor,
  drawFrame,
  drawHeatmap,
  drawLossChart,
  drawPoints,
  formatNumber,
  prepare,
  recentMean,
  worldToBox,
} from '../canvas';
import {
  CustomPointsEditor,
  DATASET_LABELS,
  RadioField,
  RunControls,
  SeedField,
  SelectField,
  SourceDetails,
  StaticPlane,
  StatusLine,
  clickToWorld,
  learningRateOptions,
} from '../parts';
import parts from '../parts.module.css';
import {
  DEFAULT_SEED,
  GAN_PAGE_DEFAULTS,
  GAN_PAGE_MODE_COLLAPSE,
  LEARNING_RATES,
  MODE_COLLAPSE_SEED,
} from './presets';
import styles from './styles.module.css';

export type Props = {
  /** Replaces the default caption. */
  caption?: ReactNode;
};

const STEPS_PER_PRESS = 10;
const VIEW_KEYS = [] as const;

/** The status sentence: step, both losses (averaged over the last 50 steps) and the quality numbers. */
export function describeGan(view: PlaygroundView<'gan'>): string {
  const {step, history, snapshot} = view;
  if (step === 0) return 'Step 0: not trained yet.';
  const d = formatNumber(recentMean(history.discriminator));
  const g = formatNumber(recentMean(history.generator));
  let text = `Step ${step}. Discriminator loss ${d}, generator loss ${g} (means of the last 50 steps).`;
  if (snapshot) {
    text += ` Energy distance to the data ${formatNumber(snapshot.energyDistance)} (lower is better).`;
    if (snapshot.modes)
      text += ` ${snapshot.modes.covered} of 8 modes covered; ${Math.round(snapshot.modes.nearShare * 100)}% of samples near a mode.`;
  }
  return text;
}

function createWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {type: 'module', name: 'gan-playground'});
}

/**
 * A GAN trained in a Web Worker on 2-D data: real points, generated points and the
 * discriminator's belief as a heatmap behind them, both losses over time, and the
 * controls that matter (the two learning rates, the generator's loss, the data, a seed).
 */
export default function GanPlayground({caption}: Props): ReactNode {
  const id = useId();
  const [params, setParams] = useState<GanParams>(GAN_PAGE_DEFAULTS);
  const [seed, setSeed] = useState(DEFAULT_SEED);
  const playground = usePlayground<'gan'>({createWorker, describe: describeGan, viewKeys: VIEW_KEYS});
  const {view, frame} = playground;
  const plane = useRef<HTMLCanvasElement>(null);
  const chart = useRef<HTMLCanvasElement>(null);
  const snapshot = view.snapshot;

  const stale =
    playground.runKey !== null && playground.runKey !== runKeyOf(seed, trainingPart(params, VIEW_KEYS));

  useEffect(() => {
    const canvas = plane.current;
    if (!canvas || !snapshot) return;
    drawPlane(canvas, snapshot);
  }, [frame, snapshot]);

  useEffect(() => {
    const canvas = chart.current;
    if (!canvas) return;
    const surface = prepare(canvas);
    if (!surface) return;
    drawLossChart(
      surface,
      [
        {values: view.history.discriminator ?? [], color: cssColor(canvas, '--pg-real'), dash: []},
        {values: view.history.generator ?? [], color: cssColor(canvas, '--pg-fake'), dash: [6, 3]},
      ],
      {text: cssColor(canvas, '--pg-text'), grid: cssColor(canvas, '--pg-grid')},
    );
  }, [frame, view.history]);

  const addPoint = useCallback((x: number, y: number) => {
    setParams((p) => (p.dataset === 'custom' ? {...p, customPoints: [...p.customPoints, x, y]} : p));
  }, []);

  const applyPreset = (preset: GanParams, presetSeed: number) => {
    setParams(preset);
    setSeed(presetSeed);
    playground.reset(presetSeed, preset);
  };

  const summaryId = `${id}-status`;
  return (
    <figure className={parts.playground} data-playground="gan">
      <figcaption className={parts.caption}>
        {caption ?? (
          <>
            <strong>Playground: a GAN learns a 2-D data set in your browser.</strong> Press Train and watch
            the generated points (red crosses) move towards the real ones (blue dots). The shading is the
            discriminator&apos;s belief: blue where it says &ldquo;real&rdquo;, red where it says
            &ldquo;fake&rdquo;.
          </>
        )}
      </figcaption>

      <fieldset className={parts.settings}>
        <legend>Settings (a change applies at the next Reset)</legend>
        <SelectField
          label="Data set"
          value={params.dataset}
          options={(['ring', 'moons', 'spiral', 'custom'] as const).map((value) => ({
            value,
            label: DATASET_LABELS[value],
          }))}
          onChange={(dataset) => setParams((p) => ({...p, dataset}))}
        />
        <RadioField
          legend="Generator loss"
          value={params.loss}
          options={[
            {value: 'non-saturating', label: 'Non-saturating'},
            {value: 'minimax', label: 'Minimax'},
          ]}
          onChange={(loss) => setParams((p) => ({...p, loss}))}
        />
        <SelectField
          label="Generator learning rate"
          value={params.generatorLearningRate}
          options={learningRateOptions(LEARNING_RATES)}
          onChange={(generatorLearningRate) => setParams((p) => ({...p, generatorLearningRate}))}
        />
        <SelectField
          label="Discriminator learning rate"
          value={params.discriminatorLearningRate}
          options={learningRateOptions(LEARNING_RATES)}
          onChange={(discriminatorLearningRate) => setParams((p) => ({...p, discriminatorLearningRate}))}
        />
        <SeedField seed={seed} onChange={setSeed} />
        <div className={parts.buttons}>
          <button
            type="button"
            className="button button--outline button--secondary button--sm"
            onClick={() => applyPreset(GAN_PAGE_DEFAULTS, DEFAULT_SEED)}>
            Default settings
          </button>
          <button
            type="button"
            className="button button--outline button--secondary button--sm"
            onClick={() => applyPreset(GAN_PAGE_MODE_COLLAPSE, MODE_COLLAPSE_SEED)}>
            Mode-collapse preset
          </button>
        </div>
      </fieldset>

      {params.dataset === 'custom' && (
        <CustomPointsEditor
          points={params.customPoints}
          onChange={(customPoints) => setParams((p) => ({...p, customPoints}))}
        />
      )}

      <RunControls
        playground={playground}
        seed={seed}
        params={params}
        stepsPerPress={STEPS_PER_PRESS}
        stale={stale}
      />

      <div className={parts.pictures}>
        <div className={parts.pictureBox}>
          <p className={parts.pictureLabel}>Data, samples and the discriminator</p>
          {snapshot && !stale ? (
            <canvas
              ref={plane}
              className={parts.canvas}
              role="img"
              aria-label="The plane: real points as blue dots, generated points as red crosses, and the discriminator's belief as shading."
              aria-describedby={summaryId}
              onClick={(event) => {
                const [x, y] = clickToWorld(event);
                addPoint(x, y);
              }}
            />
          ) : (
            <StaticPlane
              dataset={params.dataset}
              customPoints={params.customPoints}
              onAddPoint={addPoint}
              label={`The target data (${DATASET_LABELS[params.dataset]}), before training`}
            />
          )}
          <ul className={parts.legend}>
            <li>
              <span className={styles.real}>●</span> real points
            </li>
            <li>
              <span className={styles.fake}>×</span> generated points
            </li>
            <li>shading: blue = &ldquo;real&rdquo;, red = &ldquo;fake&rdquo;</li>
          </ul>
        </div>
        <div className={parts.pictureBox}>
          <p className={parts.pictureLabel}>Losses over the steps</p>
          <canvas
            ref={chart}
            className={parts.chart}
            role="img"
            aria-label="Discriminator loss (solid blue line) and generator loss (dashed red line) against the training step."
            aria-describedby={summaryId}
          />
          <ul className={parts.legend}>
            <li>
              <span className={styles.real}>—</span> discriminator
            </li>
            <li>
              <span className={styles.fake}>- -</span> generator
            </li>
          </ul>
        </div>
      </div>

      <StatusLine id={summaryId} status={playground.status} />

      <SourceDetails path="src/ml/gan.ts" load={() => import('@site/src/ml/gan.ts?raw')} />
    </figure>
  );
}

function drawPlane(canvas: HTMLCanvasElement, snapshot: GanSnapshot): void {
  const surface = prepare(canvas);
  if (!surface) return;
  const {ctx, width} = surface;
  const box = {x: 0, y: 0, size: width};
  drawHeatmap(ctx, snapshot.grid, snapshot.gridResolution, box, {
    low: cssColor(canvas, '--pg-heat-fake'),
    high: cssColor(canvas, '--pg-heat-real'),
  });
  drawFrame(ctx, box, cssColor(canvas, '--pg-grid'));
  const map = worldToBox(box);
  drawPoints(ctx, snapshot.real, map, {
    color: cssColor(canvas, '--pg-real'),
    marker: 'dot',
    size: 2,
    alpha: 0.8,
  });
  drawPoints(ctx, snapshot.generated, map, {
    color: cssColor(canvas, '--pg-fake'),
    marker: 'cross',
    size: 2.5,
  });
}
