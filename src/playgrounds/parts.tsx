/**
 * Pieces the three playgrounds share: the run buttons, the live status, the error box
 * with its way back, the block that shows the real training code, and for the 2-D
 * playgrounds the data-set picker, the reader's own points and the static first picture.
 */
import React, {useId, useState, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {DatasetName, MlError, ParamsByKind, PlaygroundKind} from './protocol';
import {WORLD} from './canvas';
import type {Phase, PlaygroundControls} from './usePlayground';
import styles from './parts.module.css';

export function RunButtons(props: {
  phase: Phase;
  onTrain: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  stepsPerPress: number;
}): ReactNode {
  const {phase, onTrain, onPause, onStep, onReset, stepsPerPress} = props;
  return (
    <div className={styles.buttons} role="group" aria-label="Training">
      <button type="button" className="button button--primary button--sm" onClick={onTrain}>
        Train
      </button>
      <button type="button" className="button button--secondary button--sm" onClick={onPause}>
        Pause
      </button>
      <button type="button" className="button button--secondary button--sm" onClick={onStep}>
        Step
      </button>
      <button type="button" className="button button--secondary button--sm" onClick={onReset}>
        Reset
      </button>
      <span className={styles.hint}>
        Step runs {stepsPerPress === 1 ? 'one training step' : `${stepsPerPress} training steps`}.{' '}
        <span data-phase={phase}>{phaseWord(phase)}</span>
      </span>
    </div>
  );
}

/**
 * The run controls every playground shows under its settings: Train, Pause, Step and Reset
 * for the current seed and settings, a note when the settings changed since the run began,
 * and the error box.
 */
export function RunControls<K extends PlaygroundKind>(props: {
  playground: PlaygroundControls<K>;
  seed: number;
  params: ParamsByKind[K];
  stepsPerPress: number;
  /** The settings differ from the current run's. */
  stale: boolean;
}): ReactNode {
  const {playground, seed, params, stepsPerPress} = props;
  const reset = () => playground.reset(seed, params);
  return (
    <>
      <RunButtons
        phase={playground.view.phase}
        stepsPerPress={stepsPerPress}
        onTrain={() => playground.train(seed, params)}
        onPause={playground.pause}
        onStep={() => playground.step(seed, params, stepsPerPress)}
        onReset={reset}
      />
      {props.stale && (
        <p className={styles.stale}>Settings changed: press Reset to start a new run with them.</p>
      )}
      <ErrorBox error={playground.view.error} onReset={reset} />
    </>
  );
}

function phaseWord(phase: Phase): string {
  switch (phase) {
    case 'idle':
      return 'Ready.';
    case 'loading':
      return 'Loading…';
    case 'running':
      return 'Training…';
    case 'paused':
      return 'Paused.';
    case 'error':
      return 'Stopped.';
  }
}

export function SeedField(props: {seed: number; onChange: (seed: number) => void}): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>Seed</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={999999}
        step={1}
        value={props.seed}
        onChange={(event) => {
          const value = Math.round(Number(event.target.value));
          if (Number.isFinite(value)) props.onChange(Math.min(999999, Math.max(0, value)));
        }}
      />
    </div>
  );
}

/** A labelled native <select> of numbers or strings. */
export function SelectField<T extends string | number>(props: {
  label: ReactNode;
  value: T;
  options: readonly {value: T; label: string}[];
  onChange: (value: T) => void;
}): ReactNode {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={String(props.value)}
        onChange={(event) => {
          const chosen = props.options.find((o) => String(o.value) === event.target.value);
          if (chosen) props.onChange(chosen.value);
        }}>
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A choice among a few settings, shown as radio buttons in a fieldset with a legend. */
export function RadioField<T extends string | boolean>(props: {
  legend: ReactNode;
  value: T;
  options: readonly {value: T; label: ReactNode}[];
  onChange: (value: T) => void;
}): ReactNode {
  const name = useId();
  return (
    <fieldset className={styles.radios}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={String(option.value)}>
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function learningRateOptions(values: readonly number[]): {value: number; label: string}[] {
  return values.map((value) => ({value, label: String(value)}));
}

/** The live status: one sentence, updated at most every 2 s while training. */
export function StatusLine(props: {id: string; status: string}): ReactNode {
  return (
    <p id={props.id} role="status" className={styles.status}>
      {props.status}
    </p>
  );
}

export function ErrorBox(props: {error: MlError | null; onReset: () => void}): ReactNode {
  if (!props.error) return null;
  return (
    <div className={styles.error} role="alert">
      <p>{props.error.message}</p>
      <button type="button" className="button button--secondary button--sm" onClick={props.onReset}>
        Reset
      </button>
    </div>
  );
}

/** The training code, loaded from the real file (imported at build time) when opened. */
export function SourceDetails(props: {path: string; load: () => Promise<{default: string}>}): ReactNode {
  const [source, setSource] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <details
      className={styles.source}
      onToggle={(event) => {
        if (!(event.currentTarget as HTMLDetailsElement).open || source !== null) return;
        props.load().then(
          (module) => setSource(module.default),
          () => setFailed(true),
        );
      }}>
      <summary>
        The code that runs: <code>{props.path}</code>
      </summary>
      {source !== null ? (
        <CodeBlock language="ts" title={props.path}>
          {source}
        </CodeBlock>
      ) : (
        <p>{failed ? 'The file could not be loaded; reload the page to try again.' : 'Loading the file…'}</p>
      )}
    </details>
  );
}

export const DATASET_LABELS: Record<DatasetName, string> = {
  ring: 'Ring of 8 Gaussians',
  moons: 'Two moons',
  spiral: 'Spiral',
  custom: 'Your own points',
};

/** Where a preset cluster goes (a keyboard alternative to clicking points). */
const CLUSTER_SPOTS = [
  {label: 'centre', x: 0, y: 0},
  {label: 'top left', x: -1.6, y: 1.6},
  {label: 'top', x: 0, y: 1.8},
  {label: 'top right', x: 1.6, y: 1.6},
  {label: 'left', x: -1.8, y: 0},
  {label: 'right', x: 1.8, y: 0},
  {label: 'bottom left', x: -1.6, y: -1.6},
  {label: 'bottom', x: 0, y: -1.8},
  {label: 'bottom right', x: 1.6, y: -1.6},
] as const;

/** A small cluster of points around (x, y), the same every time (no randomness needed). */
export function clusterPoints(x: number, y: number, count = 12): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const angle = i * 2.399963; // the golden angle spreads the points evenly
    const r = 0.3 * Math.sqrt((i + 0.5) / count);
    out.push(round(x + r * Math.cos(angle)), round(y + r * Math.sin(angle)));
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

export function CustomPointsEditor(props: {
  points: number[];
  onChange: (points: number[]) => void;
}): ReactNode {
  const [spot, setSpot] = useState(0);
  const count = props.points.length / 2;
  const chosen = CLUSTER_SPOTS[spot] ?? CLUSTER_SPOTS[0];
  return (
    <fieldset className={styles.custom}>
      <legend>Your points</legend>
      <p className={styles.hint}>
        Click on the picture to add a point, or add clusters of 12 points with the keyboard. {count}{' '}
        {count === 1 ? 'point' : 'points'} so far (at least 10 are needed).
      </p>
      <SelectField
        label="Cluster position"
        value={spot}
        options={CLUSTER_SPOTS.map((s, i) => ({value: i, label: s.label}))}
        onChange={setSpot}
      />
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => props.onChange([...props.points, ...clusterPoints(chosen.x, chosen.y)])}>
          Add a cluster
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => props.onChange([])}>
          Clear points
        </button>
      </div>
    </fieldset>
  );
}

/** Converts a click on a square picture of the plane to world coordinates. */
export function clickToWorld(event: React.MouseEvent<Element>): [number, number] {
  const rect = event.currentTarget.getBoundingClientRect();
  const fx = (event.clientX - rect.left) / rect.width;
  const fy = (event.clientY - rect.top) / rect.height;
  const span = WORLD.max - WORLD.min;
  return [round(WORLD.min + fx * span), round(WORLD.max - fy * span)];
}

const VIEW = 300;
const sx = (x: number) => ((x - WORLD.min) / (WORLD.max - WORLD.min)) * VIEW;
const sy = (y: number) => VIEW - ((y - WORLD.min) / (WORLD.max - WORLD.min)) * VIEW;

function polyline(points: [number, number][]): string {
  return points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
}

function curve(from: number, to: number, f: (t: number) => [number, number]): [number, number][] {
  return Array.from({length: 49}, (_, i) => f(from + ((to - from) * i) / 48));
}

/** Where the data lie, as outlines (the same formulas as the engine's data sets, without noise). */
export function datasetDescription(name: DatasetName, customCount: number): string {
  switch (name) {
    case 'ring':
      return 'Eight small clusters of points evenly spaced on a circle of radius 2 around the centre.';
    case 'moons':
      return 'Two interleaving half circles, one opening downwards and one upwards.';
    case 'spiral':
      return 'One arm of a spiral winding out from the centre to a radius of about 2.';
    case 'custom':
      return customCount === 0
        ? 'An empty plane: no points yet.'
        : `The ${customCount} points you placed on the plane.`;
  }
}

/** The first picture, rendered on the server: the target data before any training. */
export function StaticPlane(props: {
  dataset: DatasetName;
  customPoints: number[];
  onAddPoint?: (x: number, y: number) => void;
  label: string;
}): ReactNode {
  const id = useId();
  const {dataset, customPoints} = props;
  return (
    <svg
      className={styles.plane}
      viewBox={`0 0 ${VIEW} ${VIEW}`}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      data-static-picture={dataset}
      onClick={
        props.onAddPoint
          ? (event) => {
              const [x, y] = clickToWorld(event);
              props.onAddPoint?.(x, y);
            }
          : undefined
      }>
      <title id={`${id}-t`}>{props.label}</title>
      <desc id={`${id}-d`}>{datasetDescription(dataset, customPoints.length / 2)}</desc>
      <rect x={0.5} y={0.5} width={VIEW - 1} height={VIEW - 1} className={styles.planeFrame} />
      <line x1={sx(0)} x2={sx(0)} y1={0} y2={VIEW} className={styles.planeAxis} />
      <line x1={0} x2={VIEW} y1={sy(0)} y2={sy(0)} className={styles.planeAxis} />
      {dataset === 'ring' &&
        Array.from({length: 8}, (_, k) => (
          <circle
            key={k}
            cx={sx(2 * Math.cos((k * Math.PI) / 4))}
            cy={sy(2 * Math.sin((k * Math.PI) / 4))}
            r={12}
            className={styles.planeData}
          />
        ))}
      {dataset === 'moons' && (
        <>
          <polyline
            className={styles.planeLine}
            points={polyline(
              curve(0, Math.PI, (t) => [1.6 * (Math.cos(t) - 0.5), 1.6 * (Math.sin(t) - 0.25)]),
            )}
          />
          <polyline
            className={styles.planeLine}
            points={polyline(
              curve(0, Math.PI, (t) => [1.6 * (0.5 - Math.cos(t)), 1.6 * (0.25 - Math.sin(t))]),
            )}
          />
        </>
      )}
      {dataset === 'spiral' && (
        <polyline
          className={styles.planeLine}
          points={polyline(
            curve(Math.PI / 2, 3.5 * Math.PI, (a) => {
              const r = (2.2 * a) / (3.5 * Math.PI);
              return [r * Math.cos(a), r * Math.sin(a)];
            }),
          )}
        />
      )}
      {dataset === 'custom' &&
        Array.from({length: customPoints.length / 2}, (_, i) => (
          <circle
            key={i}
            cx={sx(customPoints[2 * i] ?? 0)}
            cy={sy(customPoints[2 * i + 1] ?? 0)}
            r={3}
            className={styles.planePoint}
          />
        ))}
    </svg>
  );
}
