import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import RangeSlider from '@site/src/components/RangeSlider';
import type {CharSnapshot, CharTransformerParams} from '../protocol';
import {runKeyOf, trainingPart, usePlayground, type PlaygroundView} from '../usePlayground';
import {cssColor, drawLossChart, formatNumber, prepare, recentMean} from '../canvas';
import {RadioField, RunControls, SeedField, SelectField, SourceDetails, StatusLine} from '../parts';
import parts from '../parts.module.css';
import {CHAR_PAGE_DEFAULTS, TEXT_LIMITS} from './presets';
import styles from './styles.module.css';

export type Props = {
  /** Replaces the default caption. */
  caption?: ReactNode;
};

const STEPS_PER_PRESS = 5;
const VIEW_KEYS = ['temperature', 'attentionText'] as const;
const DEFAULT_SEED = 1;

export function describeCharTransformer(view: PlaygroundView<'char-transformer'>): string {
  const {step, history, snapshot} = view;
  if (step === 0) return 'Step 0: not trained yet.';
  const loss = recentMean(history.loss);
  let text = `Step ${step}. Loss ${formatNumber(loss)} nats per character (mean of the last 50 steps).`;
  if (snapshot) {
    text += ` Unigram baseline ${formatNumber(snapshot.unigramNats)} nats.`;
    if (loss !== undefined)
      text +=
        loss < snapshot.unigramNats
          ? ' Below the baseline: the model is using the context.'
          : ' Not yet below the baseline.';
  }
  return text;
}

function createWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'char-transformer-playground',
  });
}

/** For the text summary of the attention picture: where the last character looks most, per head. */
export function describeAttention(attention: NonNullable<CharSnapshot['attention']>, layer: number): string {
  const {characters} = attention;
  const time = characters.length;
  const shown = (c: string) => (c === ' ' ? 'space' : c === '\n' ? 'newline' : `“${c}”`);
  const last = time - 1;
  const parts = (attention.weights[layer] ?? []).map((weights, head) => {
    let best = 0;
    for (let j = 1; j <= last; j++)
      if ((weights[last * time + j] ?? 0) > (weights[last * time + best] ?? 0)) best = j;
    return `head ${head + 1} looks most at ${shown(characters[best] ?? '')} (position ${best + 1}, weight ${(weights[last * time + best] ?? 0).toFixed(2)})`;
  });
  return `Layer ${layer + 1}, from the last character ${shown(characters[last] ?? '')}: ${parts.join('; ')}.`;
}

/**
 * A tiny decoder-only transformer trained character by character in a Web Worker, on
 * Ecclesiastes (King James Version) or the reader's text: the loss against the unigram
 * baseline, samples every 100 steps at a chosen temperature, and the attention weights.
 */
export default function CharTransformerPlayground({caption}: Props): ReactNode {
  const id = useId();
  const [params, setParams] = useState<CharTransformerParams>(CHAR_PAGE_DEFAULTS);
  const [ownText, setOwnText] = useState('');
  const [seed, setSeed] = useState(DEFAULT_SEED);
  const [layer, setLayer] = useState(0);
  const [head, setHead] = useState(0);
  const playground = usePlayground<'char-transformer'>({
    createWorker,
    describe: describeCharTransformer,
    viewKeys: VIEW_KEYS,
  });
  const {view, frame, setView} = playground;
  const chart = useRef<HTMLCanvasElement>(null);
  const heat = useRef<HTMLCanvasElement>(null);
  const {snapshot} = view;
  const stale =
    playground.runKey !== null && playground.runKey !== runKeyOf(seed, trainingPart(params, VIEW_KEYS));

  useEffect(() => {
    const canvas = chart.current;
    if (!canvas) return;
    const surface = prepare(canvas);
    if (!surface) return;
    drawLossChart(
      surface,
      [{values: view.history.loss ?? [], color: cssColor(canvas, '--pg-real'), dash: []}],
      {
        text: cssColor(canvas, '--pg-text'),
        grid: cssColor(canvas, '--pg-grid'),
        baseline: snapshot ? {value: snapshot.unigramNats, color: cssColor(canvas, '--pg-fake')} : undefined,
      },
    );
  }, [frame, view.history, snapshot]);

  const attention = snapshot?.attention ?? null;
  useEffect(() => {
    const canvas = heat.current;
    if (!canvas || !attention) return;
    drawAttention(canvas, attention, layer, head);
  }, [frame, attention, layer, head]);

  const setTextChoice = (own: boolean) => setParams((p) => ({...p, text: own ? ownText : null}));
  const statusId = `${id}-status`;
  const layers = attention?.layers ?? 1;
  const heads = attention?.heads ?? 4;

  return (
    <figure className={parts.playground} data-playground="char-transformer">
      <figcaption className={parts.caption}>
        {caption ?? (
          <>
            <strong>Playground: a tiny language model trained in your browser.</strong> A one-layer
            transformer with four attention heads learns to predict the next character of a text. Press Train
            and watch its loss fall below the dashed line, the best a model can do without looking at context.
          </>
        )}
      </figcaption>

      <fieldset className={parts.settings}>
        <legend>Settings (a change applies at the next Reset)</legend>
        <RadioField
          legend="Training text"
          value={params.text !== null}
          options={[
            {value: false, label: 'Ecclesiastes (King James Version)'},
            {value: true, label: 'Your own text'},
          ]}
          onChange={setTextChoice}
        />
        {params.text !== null && (
          <div className={`${parts.field} ${styles.textField}`}>
            <label htmlFor={`${id}-own`}>
              Your text ({TEXT_LIMITS.min.toLocaleString('en-US')} to{' '}
              {TEXT_LIMITS.max.toLocaleString('en-US')} characters: English letters, digits, space, newline
              and ! &quot; &apos; ( ) , - . : ; ?)
            </label>
            <textarea
              id={`${id}-own`}
              rows={5}
              value={ownText}
              onChange={(event) => {
                setOwnText(event.target.value);
                setParams((p) => ({...p, text: event.target.value}));
              }}
            />
            <span className={parts.hint}>{ownText.length.toLocaleString('en-US')} characters</span>
          </div>
        )}
        <SeedField seed={seed} onChange={setSeed} />
      </fieldset>

      <RunControls
        playground={playground}
        seed={seed}
        params={params}
        stepsPerPress={STEPS_PER_PRESS}
        stale={stale}
      />

      <div className={parts.pictures}>
        <div className={parts.pictureBox}>
          <p className={parts.pictureLabel}>Loss (nats per character) against the step</p>
          <canvas
            ref={chart}
            className={parts.chart}
            role="img"
            aria-label="Training loss (solid blue line) against the step, with the unigram baseline as a dashed red line."
            aria-describedby={statusId}
          />
          <ul className={parts.legend}>
            <li>
              <span className={styles.loss}>—</span> training loss
            </li>
            <li>
              <span className={styles.baseline}>- -</span> unigram baseline (no context)
            </li>
          </ul>
        </div>
        <div className={parts.pictureBox}>
          <RangeSlider
            label="Temperature"
            value={params.temperature}
            min={0}
            max={2}
            step={0.1}
            onChange={(temperature) => {
              setParams((p) => ({...p, temperature}));
              setView({temperature});
            }}
            valueText={
              params.temperature === 0 ? '0 (always the most likely)' : params.temperature.toFixed(1)
            }
            hint="Used for the next sample; changing it resamples the latest one."
          />
          <p className={parts.pictureLabel}>Samples (every 100 steps, newest first)</p>
          {snapshot && snapshot.samples.length > 0 ? (
            <ol className={styles.samples}>
              {snapshot.samples.map((s) => (
                <li key={`${s.step}-${s.temperature}`}>
                  <span className={parts.hint}>
                    Step {s.step}, temperature {s.temperature.toFixed(1)}:
                  </span>
                  <pre className={styles.sample}>{s.text}</pre>
                </li>
              ))}
            </ol>
          ) : (
            <p className={parts.hint}>The first sample appears at step 100.</p>
          )}
        </div>
      </div>

      <div className={styles.attention}>
        <div className={`${parts.field} ${styles.attentionText}`}>
          <label htmlFor={`${id}-att`}>Show attention on (the last 32 characters count)</label>
          <input
            id={`${id}-att`}
            type="text"
            value={params.attentionText}
            onChange={(event) => {
              const attentionText = event.target.value;
              setParams((p) => ({...p, attentionText}));
              setView({attentionText});
            }}
          />
        </div>
        {layers > 1 && (
          <SelectField
            label="Layer"
            value={layer}
            options={Array.from({length: layers}, (_, i) => ({value: i, label: String(i + 1)}))}
            onChange={setLayer}
          />
        )}
        <SelectField
          label="Head"
          value={head}
          options={Array.from({length: heads}, (_, i) => ({value: i, label: String(i + 1)}))}
          onChange={setHead}
        />
      </div>
      {attention ? (
        <>
          <canvas
            ref={heat}
            className={styles.heat}
            role="img"
            aria-label={`Attention weights of head ${head + 1}: row i shows how much character i looks at each earlier character j; darker is more.`}
            aria-describedby={`${id}-att-summary`}
          />
          <p id={`${id}-att-summary`} className={parts.hint}>
            {describeAttention(attention, Math.min(layer, attention.layers - 1))}
          </p>
        </>
      ) : (
        <p className={parts.hint}>
          {snapshot
            ? 'No attention to show: type some text made of supported characters.'
            : 'The attention weights appear once the model exists (press Train or Step).'}
        </p>
      )}

      <StatusLine id={statusId} status={playground.status} />
      <p className={parts.hint}>
        The built-in text is the Book of Ecclesiastes in the King James Version (1611), 28,375 characters,
        from Debian&apos;s bible-kjv-text package (4.38). It is in the public domain in most of the world; in
        the United Kingdom the King James Version&apos;s printing is still governed by the Crown&apos;s
        letters patent.
      </p>

      <SourceDetails
        path="src/ml/chartransformer.ts"
        load={() => import('@site/src/ml/chartransformer.ts?raw')}
      />
    </figure>
  );
}

function drawAttention(
  canvas: HTMLCanvasElement,
  attention: NonNullable<CharSnapshot['attention']>,
  layer: number,
  head: number,
): void {
  const surface = prepare(canvas);
  if (!surface) return;
  const {ctx, width, height} = surface;
  const {characters} = attention;
  const time = characters.length;
  const weights = attention.weights[Math.min(layer, attention.layers - 1)]?.[head];
  if (!weights || time === 0) return;
  const label = 14;
  const cell = Math.min((width - label) / time, (height - label) / time);
  const color = cssColor(canvas, '--pg-real');
  ctx.font = `${Math.max(8, Math.min(12, cell - 1))}px ui-monospace, monospace`;
  ctx.fillStyle = cssColor(canvas, '--pg-text');
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  characters.forEach((c, i) => {
    const shown = c === ' ' ? '·' : c === '\n' ? '↵' : c;
    ctx.fillText(shown, label + (i + 0.5) * cell, label / 2);
    ctx.fillText(shown, label / 2, label + (i + 0.5) * cell);
  });
  ctx.fillStyle = color;
  for (let i = 0; i < time; i++)
    for (let j = 0; j <= i; j++) {
      ctx.globalAlpha = Math.min(1, weights[i * time + j] ?? 0);
      ctx.fillRect(label + j * cell, label + i * cell, cell - 0.5, cell - 0.5);
    }
  ctx.globalAlpha = 1;
}
