import React, {useMemo, useRef, useState, type CSSProperties, type ReactNode} from 'react';
import RangeSlider from '@site/src/components/RangeSlider';
import {createUniform, type UniformSource} from '@site/src/utils/prng';
import {fixed} from '@site/src/utils/explainerFormat';
import {reshape, sampleIndex, type Candidate, type SamplingSettings} from './sampling';
import styles from './styles.module.css';

export type {Candidate} from './sampling';

export type Props = {
  /** The text so far; the candidates are possible next tokens. */
  prompt?: string;
  /** Two or more candidate next tokens with the model's logits (distinct tokens, finite logits). */
  candidates?: readonly Candidate[];
  /** Temperature τ at first, from 0.05 to 2 in steps of 0.05. Defaults to 1. */
  initialTemperature?: number;
  /** k at first, from 1 to the number of candidates (which switches top-k off, the default). */
  initialTopK?: number;
  /** ρ at first, from 0.05 to 1 in steps of 0.05 (1, the default, switches top-p off). */
  initialTopP?: number;
  /** Seed of the random draws, so a reader can reproduce a sequence of samples. */
  seed?: number;
  /** Replaces the default caption (which says what to try). */
  caption?: ReactNode;
};

/** A prompt with eight plausible continuations and one odd one, so the tail is visible. */
export const WEATHER_CANDIDATES: readonly Candidate[] = [
  {token: 'sunny', logit: 2.2},
  {token: 'cold', logit: 1.6},
  {token: 'warm', logit: 1.4},
  {token: 'rainy', logit: 1.1},
  {token: 'nice', logit: 0.9},
  {token: 'perfect', logit: 0.2},
  {token: 'terrible', logit: -0.3},
  {token: 'purple', logit: -2.5},
];

// Sliders work in whole hundredths so that arrow-key steps land on exact values.
const HUNDREDTHS = 100;
const TEMPERATURE_RANGE = {min: 5, max: 200, step: 5};
const TOP_P_RANGE = {min: 5, max: 100, step: 5};

type Draws = {settingsKey: string; counts: number[]; last: number | null};

function validate(candidates: readonly Candidate[], temperature: number, topK: number, topP: number): void {
  const name = 'SamplingExplorer';
  if (candidates.length < 2)
    throw new Error(`${name}: give at least two candidates, got ${candidates.length}.`);
  const seen = new Set<string>();
  for (const {token, logit} of candidates) {
    if (seen.has(token)) throw new Error(`${name}: the candidate "${token}" appears twice.`);
    seen.add(token);
    if (!Number.isFinite(logit))
      throw new Error(`${name}: the logit of "${token}" must be a finite number, got ${logit}.`);
  }
  const onGrid = (value: number, range: {min: number; max: number; step: number}) => {
    const scaled = Math.round(value * HUNDREDTHS);
    return (
      Math.abs(scaled - value * HUNDREDTHS) < 1e-9 &&
      scaled >= range.min &&
      scaled <= range.max &&
      scaled % range.step === 0
    );
  };
  if (!onGrid(temperature, TEMPERATURE_RANGE))
    throw new Error(
      `${name}: initialTemperature must be a multiple of 0.05 from 0.05 to 2, got ${temperature}.`,
    );
  if (!Number.isInteger(topK) || topK < 1 || topK > candidates.length)
    throw new Error(`${name}: initialTopK must be an integer from 1 to ${candidates.length}, got ${topK}.`);
  if (!onGrid(topP, TOP_P_RANGE))
    throw new Error(`${name}: initialTopP must be a multiple of 0.05 from 0.05 to 1, got ${topP}.`);
}

/**
 * A next-token distribution reshaped by temperature, top-k and top-p, shown as bars with
 * numbers before and after, with cut candidates marked in words, and a seeded "draw"
 * button that samples from the reshaped distribution.
 */
export default function SamplingExplorer({
  prompt = 'The weather today is',
  candidates = WEATHER_CANDIDATES,
  initialTemperature = 1,
  initialTopK = candidates.length,
  initialTopP = 1,
  seed = 42,
  caption,
}: Props): ReactNode {
  validate(candidates, initialTemperature, initialTopK, initialTopP);
  const [temperatureHundredths, setTemperatureHundredths] = useState(
    Math.round(initialTemperature * HUNDREDTHS),
  );
  const [topK, setTopK] = useState(initialTopK);
  const [topPHundredths, setTopPHundredths] = useState(Math.round(initialTopP * HUNDREDTHS));
  const [draws, setDraws] = useState<Draws | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const uniform = useRef<UniformSource | null>(null);

  const settings: SamplingSettings = {
    temperature: temperatureHundredths / HUNDREDTHS,
    topK,
    topP: topPHundredths / HUNDREDTHS,
  };
  const settingsKey = `${temperatureHundredths}/${topK}/${topPHundredths}`;
  const logits = useMemo(() => candidates.map((candidate) => candidate.logit), [candidates]);
  const result = useMemo(
    () =>
      reshape(logits, {
        temperature: temperatureHundredths / HUNDREDTHS,
        topK,
        topP: topPHundredths / HUNDREDTHS,
      }),
    [logits, temperatureHundredths, topK, topPHundredths],
  );
  // Draws made under other settings no longer describe this distribution.
  const currentDraws = draws?.settingsKey === settingsKey ? draws : null;
  const kept = result.cut.filter((reason) => reason === null).length;
  const topIndex = result.final.indexOf(Math.max(...result.final));
  const topToken = candidates[topIndex]?.token ?? '';
  const n = candidates.length;

  const settingsText = `τ = ${fixed(settings.temperature, 2)}, k = ${topK}${topK === n ? ' (off)' : ''}, ρ = ${fixed(settings.topP, 2)}${topPHundredths === 100 ? ' (off)' : ''}`;
  const settingsSummary = `${settingsText}: ${kept} of ${n} candidates kept; most likely “${topToken}” at ${fixed(result.final[topIndex] ?? 0, 3)}.`;

  function tallyText(counts: readonly number[]): string {
    const total = counts.reduce((sum, count) => sum + count, 0);
    const parts = counts
      .map((count, index) => ({count, token: candidates[index]?.token ?? ''}))
      .filter(({count}) => count > 0)
      .sort((a, b) => b.count - a.count)
      .map(({count, token}) => `${token} ${count}`);
    return `${total} ${total === 1 ? 'draw' : 'draws'}: ${parts.join(', ')}`;
  }

  function draw(times: number) {
    uniform.current ??= createUniform(seed);
    const counts = currentDraws ? [...currentDraws.counts] : candidates.map(() => 0);
    let last = 0;
    for (let i = 0; i < times; i++) {
      last = sampleIndex(result.final, uniform.current());
      counts[last] = (counts[last] ?? 0) + 1;
    }
    setDraws({settingsKey, counts, last});
    const token = candidates[last]?.token ?? '';
    setAnnouncement(
      `${times === 1 ? 'Drew' : `Drew ${times} tokens; the last was`} “${token}” (probability ${fixed(result.final[last] ?? 0, 3)}). ${tallyText(counts)}.`,
    );
  }

  function changeSetting(update: () => void) {
    update();
    setAnnouncement(null); // the live region falls back to the settings summary
  }

  return (
    <figure className={styles.explorer}>
      <figcaption className={styles.caption}>
        {caption ?? (
          <>
            <strong>Explorer: reshaping a next-token distribution.</strong> Move the sliders and compare the
            model’s probabilities with the ones you would sample from. Try τ = 0.5 and τ = 2, then k = 2, then
            ρ = 0.8, and draw a few tokens at each setting. Temperature is applied first, then top-k, then
            top-p to what is left; every cut is followed by rescaling the rest to sum to 1.
          </>
        )}
      </figcaption>

      <p className={styles.prompt}>
        <span className={styles.promptLabel}>Prompt:</span> {prompt} <span aria-hidden="true">▁</span>
      </p>

      <div className={styles.controls}>
        <RangeSlider
          label="Temperature τ"
          value={temperatureHundredths}
          {...TEMPERATURE_RANGE}
          onChange={(value) => changeSetting(() => setTemperatureHundredths(value))}
          valueText={fixed(settings.temperature, 2)}
        />
        <RangeSlider
          label="Top-k"
          value={topK}
          min={1}
          max={n}
          onChange={(value) => changeSetting(() => setTopK(value))}
          valueText={topK === n ? `${topK} (off: all kept)` : `${topK}`}
        />
        <RangeSlider
          label="Top-p ρ"
          value={topPHundredths}
          {...TOP_P_RANGE}
          onChange={(value) => changeSetting(() => setTopPHundredths(value))}
          valueText={topPHundredths === 100 ? '1.00 (off)' : fixed(settings.topP, 2)}
        />
      </div>

      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Next-token probabilities">
        <table className={styles.table} data-settings={settingsKey}>
          <caption className={styles.tableCaption}>{`Next-token probabilities at ${settingsText}`}</caption>
          <thead>
            <tr>
              <th scope="col">token</th>
              <th scope="col">logit</th>
              <th scope="col">probability: model (τ = 1, hatched), after settings (solid)</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((candidate, index) => {
              const original = result.original[index] ?? 0;
              const final = result.final[index] ?? 0;
              const reason = result.cut[index] ?? null;
              return (
                <tr key={candidate.token} className={reason ? styles.cutRow : undefined}>
                  <th scope="row">{candidate.token}</th>
                  <td className={styles.number}>{fixed(candidate.logit, 1)}</td>
                  <td>
                    <span className={styles.barCell}>
                      <span className={styles.track} aria-hidden="true">
                        <span className={styles.originalBar} style={{'--p': original} as CSSProperties} />
                      </span>
                      <span className={styles.number}>model {fixed(original, 3)}</span>
                    </span>
                    <span className={styles.barCell}>
                      <span className={styles.track} aria-hidden="true">
                        <span className={styles.finalBar} style={{'--p': final} as CSSProperties} />
                      </span>
                      <span className={styles.number}>
                        after {fixed(final, 3)}
                        {reason && <span className={styles.cutLabel}>{`cut by ${reason}`}</span>}
                      </span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className={styles.drawRow}>
        <button type="button" className="button button--primary button--sm" onClick={() => draw(1)}>
          Draw a token
        </button>
        <button type="button" className="button button--primary button--sm" onClick={() => draw(20)}>
          Draw 20
        </button>
        <p className={styles.tally}>
          {currentDraws
            ? `Last draw: “${candidates[currentDraws.last ?? 0]?.token}”. ${tallyText(currentDraws.counts)}.`
            : 'No draws yet at these settings.'}
        </p>
      </div>

      <p className={styles.summary} aria-live="polite">
        {announcement ?? settingsSummary}
      </p>
    </figure>
  );
}
