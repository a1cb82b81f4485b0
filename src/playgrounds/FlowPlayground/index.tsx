import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import RangeSlider from '@site/src/components/RangeSlider';
import type {FlowModelView, FlowParams, FlowSnapshot} from '../protocol';
import {runKeyOf, trainingPart, usePlayground, type PlaygroundView} from '../usePlayground';
import {
  cssColor,
  drawFrame,
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
import {FLOW_LEARNING_RATES, FLOW_PAGE_DEFAULTS} from './presets';
import styles from './styles.module.css';

export type Props = {
  /** Replaces the default caption. */
  caption?: ReactNode;
};

const STEPS_PER_PRESS = 10;
const VIEW_KEYS = ['samplingSteps'] as const;
const DEFAULT_SEED = 1;

export function describeFlow(view: PlaygroundView<'flow'>): string {
  const {step, history, snapshot} = view;
  if (step === 0) return 'Step 0: not trained yet.';
  let text = `Step ${step}. Flow-matching loss ${formatNumber(recentMean(history.flow))}, diffusion loss ${formatNumber(recentMean(history.diffusion))} (means of the last 50 steps).`;
  if (snapshot)
    text += ` With ${snapshot.samplingSteps} sampling ${snapshot.samplingSteps === 1 ? 'step' : 'steps'}, energy distance to the data: flow matching ${formatNumber(snapshot.flow.energyDistance)}, diffusion ${formatNumber(snapshot.diffusion.energyDistance)} (lower is better).`;
  return text;
}

function createWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {type: 'module', name: 'flow-playground'});
}

/**
 * Flow matching and, to compare, a noise-prediction diffusion model, trained side by side
 * in a Web Worker on the same 2-D data; both sampled with 1 to 100 steps, with the paths
 * from noise to data drawn and the energy distance to the data as the quality number.
 */
export default function FlowPlayground({caption}: Props): ReactNode {
  const id = useId();
  const [params, setParams] = useState<FlowParams>(FLOW_PAGE_DEFAULTS);
  const [seed, setSeed] = useState(DEFAULT_SEED);
  const playground = usePlayground<'flow'>({createWorker, describe: describeFlow, viewKeys: VIEW_KEYS});
  const {view, frame, setView} = playground;
  const flowCanvas = useRef<HTMLCanvasElement>(null);
  const diffusionCanvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<HTMLCanvasElement>(null);
  const {snapshot} = view;
  const stale =
    playground.runKey !== null && playground.runKey !== runKeyOf(seed, trainingPart(params, VIEW_KEYS));

  useEffect(() => {
    if (!snapshot) return;
    if (flowCanvas.current) drawModel(flowCanvas.current, snapshot, snapshot.flow);
    if (diffusionCanvas.current) drawModel(diffusionCanvas.current, snapshot, snapshot.diffusion);
  }, [frame, snapshot]);

  useEffect(() => {
    const canvas = chart.current;
    if (!canvas) return;
    const surface = prepare(canvas);
    if (!surface) return;
    drawLossChart(
      surface,
      [
        {values: view.history.flow ?? [], color: cssColor(canvas, '--pg-real'), dash: []},
        {values: view.history.diffusion ?? [], color: cssColor(canvas, '--pg-second'), dash: [6, 3]},
      ],
      {text: cssColor(canvas, '--pg-text'), grid: cssColor(canvas, '--pg-grid')},
    );
  }, [frame, view.history]);

  const addPoint = useCallback((x: number, y: number) => {
    setParams((p) => (p.dataset === 'custom' ? {...p, customPoints: [...p.customPoints, x, y]} : p));
  }, []);

  const statusId = `${id}-status`;
  const stepsWord = `${params.samplingSteps} ${params.samplingSteps === 1 ? 'step' : 'steps'}`;
  const showCanvas = snapshot !== null && !stale;
  const picture = (model: 'flow' | 'diffusion') =>
    showCanvas ? (
      <canvas
        ref={model === 'flow' ? flowCanvas : diffusionCanvas}
        className={parts.canvas}
        role="img"
        aria-label={`${model === 'flow' ? 'Flow matching' : 'Diffusion'}: real points as blue dots, paths from noise as thin lines, generated points as red crosses.`}
        aria-describedby={statusId}
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
    );

  return (
    <figure className={parts.playground} data-playground="flow">
      <figcaption className={parts.caption}>
        {caption ?? (
          <>
            <strong>Playground: flow matching against diffusion, trained in your browser.</strong> Two
            networks of the same size learn the same data: a velocity network (flow matching) and a
            noise-prediction network (diffusion). Press Train, then move the sampling-steps slider and compare
            the paths from noise (start) to data (red crosses).
          </>
        )}
      </figcaption>

      <fieldset className={parts.settings}>
        <legend>Settings (a change applies at the next Reset)</legend>
        <SelectField
          label="Data set"
          value={params.dataset}
          options={(['moons', 'ring', 'spiral', 'custom'] as const).map((value) => ({
            value,
            label: DATASET_LABELS[value],
          }))}
          onChange={(dataset) => setParams((p) => ({...p, dataset}))}
        />
        <RadioField
          legend="Optimiser"
          value={params.optimizer}
          options={[
            {value: 'adam', label: 'Adam'},
            {value: 'sgd', label: 'Plain SGD'},
          ]}
          onChange={(optimizer) => setParams((p) => ({...p, optimizer}))}
        />
        <SelectField
          label="Learning rate"
          value={params.learningRate}
          options={learningRateOptions(FLOW_LEARNING_RATES)}
          onChange={(learningRate) => setParams((p) => ({...p, learningRate}))}
        />
        <SeedField seed={seed} onChange={setSeed} />
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

      <div className={styles.slider}>
        <RangeSlider
          label="Sampling steps"
          value={params.samplingSteps}
          min={1}
          max={100}
          onChange={(samplingSteps) => {
            setParams((p) => ({...p, samplingSteps}));
            setView({samplingSteps});
          }}
          valueText={stepsWord}
          hint="Euler steps for flow matching, DDIM steps for diffusion. Changes the picture at once; no retraining."
        />
      </div>

      <div className={parts.pictures}>
        <div className={parts.pictureBox}>
          <p className={parts.pictureLabel}>Flow matching: {stepsWord} along the learned velocity</p>
          {picture('flow')}
        </div>
        <div className={parts.pictureBox}>
          <p className={parts.pictureLabel}>Diffusion: {stepsWord} of the noise-prediction sampler</p>
          {picture('diffusion')}
        </div>
      </div>
      <ul className={parts.legend}>
        <li>
          <span className={styles.real}>●</span> real points
        </li>
        <li>thin lines: paths of 40 points from noise to data</li>
        <li>
          <span className={styles.fake}>×</span> generated points
        </li>
      </ul>
      <div className={styles.chartBox}>
        <p className={parts.pictureLabel}>Training losses</p>
        <canvas
          ref={chart}
          className={parts.chart}
          role="img"
          aria-label="Flow-matching loss (solid blue line) and diffusion loss (dashed purple line) against the training step."
          aria-describedby={statusId}
        />
        <ul className={parts.legend}>
          <li>
            <span className={styles.real}>—</span> flow matching (velocity error)
          </li>
          <li>
            <span className={styles.second}>- -</span> diffusion (noise error)
          </li>
        </ul>
      </div>

      <StatusLine id={statusId} status={playground.status} />

      <SourceDetails path="src/ml/flow.ts" load={() => import('@site/src/ml/flow.ts?raw')} />
    </figure>
  );
}

function drawModel(canvas: HTMLCanvasElement, snapshot: FlowSnapshot, model: FlowModelView): void {
  const surface = prepare(canvas);
  if (!surface) return;
  const {ctx, width} = surface;
  const box = {x: 0, y: 0, size: width};
  drawFrame(ctx, box, cssColor(canvas, '--pg-grid'));
  const map = worldToBox(box);
  drawPoints(ctx, snapshot.real, map, {
    color: cssColor(canvas, '--pg-real'),
    marker: 'dot',
    size: 1.8,
    alpha: 0.5,
  });
  // Paths: snapshot s of point i sits at [(s · pathCount + i) · 2].
  const snapshots = model.paths.length / (model.pathCount * 2);
  ctx.save();
  ctx.strokeStyle = cssColor(canvas, '--pg-text');
  ctx.globalAlpha = 0.45;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let i = 0; i < model.pathCount; i++)
    for (let s = 0; s < snapshots; s++) {
      const at = (s * model.pathCount + i) * 2;
      const x = map.x(model.paths[at] ?? 0);
      const y = map.y(model.paths[at + 1] ?? 0);
      if (s === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
  ctx.stroke();
  ctx.restore();
  drawPoints(ctx, model.samples, map, {color: cssColor(canvas, '--pg-fake'), marker: 'cross', size: 2});
}
