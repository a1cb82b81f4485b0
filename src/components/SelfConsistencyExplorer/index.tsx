import React, {useId, useMemo, useState, type CSSProperties, type ReactNode} from 'react';
import {fixed} from '@site/src/utils/explainerFormat';
import {
  LIMITS,
  distributionFor,
  majorityVoteAccuracy,
  readSettings,
  simulateMajorityVote,
  verdictSentence,
  type RawSettings,
} from './selfConsistency';
import styles from './styles.module.css';

export type Props = {
  /** Chance p that one sample is right, 0 to 1. Defaults to 0.4. */
  initialP?: number;
  /** Number of distinct wrong answers m, 1 to 10. Defaults to 5. */
  initialWrongAnswers?: number;
  /** Share of the wrong probability held by the most common wrong answer, 1/m to 1. Defaults to 0.4. */
  initialTopWrongShare?: number;
  /** Number of samples N voted over, 1 to 64. Defaults to 15. */
  initialSamples?: number;
  /** Seed of the simulated votes. Defaults to 42. */
  seed?: number;
  /** Simulated votes per setting, 100 to 20,000. Defaults to 2,000. */
  trials?: number;
  /** Replaces the default caption. */
  caption?: ReactNode;
};

const NAME = 'SelfConsistencyExplorer';

/** 12345 → "12,345", without locale data, so the server and the browser agree. */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function rawFrom(p: number, m: number, share: number, n: number, seed: number): RawSettings {
  return {
    p: String(p),
    wrongAnswers: String(m),
    topWrongShare: String(share),
    samples: String(n),
    seed: String(seed),
  };
}

/** Throws on a malformed use in a note, so the build names the problem. */
function validateProps(raw: RawSettings, trials: number): void {
  const read = readSettings(raw);
  if (!read.ok) throw new Error(`${NAME}: ${read.problems.join(' ')}`);
  if (read.notes.length > 0)
    throw new Error(`${NAME}: ${read.notes.join(' ')} Give a value inside the range.`);
  if (!Number.isInteger(trials) || trials < 100 || trials > 20000)
    throw new Error(`${NAME}: trials must be a whole number from 100 to 20,000, got ${trials}.`);
}

/** A labelled slider with a number box beside it; both edit the same raw text. */
function NumberField({
  label,
  raw,
  min,
  max,
  step,
  fallback,
  onChange,
  hint,
}: {
  label: string;
  raw: string;
  min: number;
  max: number;
  step: number;
  fallback: number;
  onChange: (raw: string) => void;
  hint?: string;
}): ReactNode {
  const id = useId();
  const parsed = Number(raw.trim());
  // The slider shows the typed value when it is a number, clamped to its track.
  const sliderValue =
    raw.trim() !== '' && Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
  const decimals = step < 1 ? 2 : 0;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={`${id}-number`}>
        {label}
      </label>
      <div className={styles.inputs}>
        <input
          className={styles.range}
          type="range"
          min={min}
          max={max}
          step={step}
          value={sliderValue}
          aria-label={`${label} (slider)`}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(Number(event.currentTarget.value).toFixed(decimals))}
        />
        <input
          id={`${id}-number`}
          className={styles.number}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={raw}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </div>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

function Bar({
  label,
  value,
  kind,
}: {
  label: string;
  value: number;
  kind: 'single' | 'exact' | 'simulated';
}): ReactNode {
  return (
    <div className={styles.barRow}>
      <span className={styles.barLabel}>{label}</span>
      <span className={styles.track} aria-hidden="true">
        <span className={`${styles.bar} ${styles[kind]}`} style={{'--p': value} as CSSProperties} />
      </span>
      <span className={styles.barValue}>{fixed(value, 3)}</span>
    </div>
  );
}

/**
 * Self-consistency as a probability experiment: choose how likely one sample is to be
 * right and how the wrong samples spread over wrong answers, then see how often the
 * majority vote of N samples is right, computed exactly and by seeded simulation.
 */
export default function SelfConsistencyExplorer({
  initialP = 0.4,
  initialWrongAnswers = 5,
  initialTopWrongShare = 0.4,
  initialSamples = 15,
  seed = 42,
  trials = 2000,
  caption,
}: Props): ReactNode {
  const initialRaw = rawFrom(initialP, initialWrongAnswers, initialTopWrongShare, initialSamples, seed);
  validateProps(initialRaw, trials);
  const [raw, setRaw] = useState<RawSettings>(initialRaw);
  const update = (key: keyof RawSettings) => (value: string) => setRaw((old) => ({...old, [key]: value}));
  const selectId = useId();

  const read = useMemo(() => readSettings(raw), [raw]);
  const results = useMemo(() => {
    if (!read.ok) return null;
    const {settings} = read;
    const probabilities = distributionFor(settings);
    const exact = majorityVoteAccuracy(probabilities, settings.samples);
    const simulated = simulateMajorityVote(probabilities, settings.samples, trials, settings.seed);
    return {
      settings,
      probabilities,
      exact,
      simulated,
      verdict: verdictSentence(probabilities, settings.samples, exact),
    };
  }, [read, trials]);

  const wrongRows = results
    ? results.settings.wrongAnswers === 1
      ? [{label: 'the wrong answer', value: results.probabilities[1] ?? 0}]
      : [
          {label: 'most common wrong answer', value: results.probabilities[1] ?? 0},
          {
            label: `each of the other ${results.settings.wrongAnswers - 1} wrong answers`,
            value: results.probabilities[2] ?? 0,
          },
        ]
    : [];
  const currentSeed = results?.settings.seed ?? seed;

  return (
    <figure className={styles.explorer}>
      <figcaption className={styles.caption}>
        {caption ?? (
          <>
            <strong>Explorer: sample many answers and vote.</strong> Each sample is right with chance p;
            otherwise it lands on one of m wrong answers, the most common of which takes the share you choose
            of the wrong samples (the others split the rest evenly). The vote picks the answer given most
            often; a tie is broken at random among the tied answers. Try p = 0.4 with the wrong answers
            scattered, then gather them onto one wrong answer (share 0.8) and watch voting turn from help to
            harm.
          </>
        )}
      </figcaption>

      <div className={styles.controls}>
        <NumberField
          label="Chance p that one sample is right"
          raw={raw.p}
          min={0}
          max={1}
          step={0.01}
          fallback={initialP}
          onChange={update('p')}
        />
        <div className={styles.field}>
          <label className={styles.label} htmlFor={selectId}>
            Distinct wrong answers m
          </label>
          <select
            id={selectId}
            className={styles.select}
            value={raw.wrongAnswers}
            onChange={(event) => update('wrongAnswers')(event.currentTarget.value)}>
            {Array.from({length: LIMITS.maxWrongAnswers}, (_, i) => i + 1).map((m) => (
              <option key={m} value={String(m)}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label="Share of the wrong samples on the most common wrong answer"
          raw={raw.topWrongShare}
          min={0}
          max={1}
          step={0.01}
          fallback={initialTopWrongShare}
          onChange={update('topWrongShare')}
          hint="At least 1/m: the most common wrong answer cannot hold less than an even split."
        />
        <NumberField
          label="Samples N"
          raw={raw.samples}
          min={LIMITS.minSamples}
          max={LIMITS.maxSamples}
          step={1}
          fallback={initialSamples}
          onChange={update('samples')}
        />
      </div>

      <div className={styles.seedRow}>
        <label className={styles.label} htmlFor={`${selectId}-seed`}>
          Seed of the simulation
        </label>
        <input
          id={`${selectId}-seed`}
          className={styles.number}
          type="number"
          min={0}
          max={LIMITS.maxSeed}
          step={1}
          value={raw.seed}
          onChange={(event) => update('seed')(event.currentTarget.value)}
        />
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => update('seed')(String((currentSeed + 1) % (LIMITS.maxSeed + 1)))}>
          Simulate again with a new seed
        </button>
      </div>

      {results && (
        <div className={styles.panels}>
          <div className={styles.panel}>
            <p className={styles.panelTitle}>One sample lands on</p>
            <Bar label="the right answer" value={results.probabilities[0] ?? 0} kind="single" />
            {wrongRows.map((row) => (
              <Bar key={row.label} label={row.label} value={row.value} kind="simulated" />
            ))}
          </div>
          <div className={styles.panel}>
            <p
              className={
                styles.panelTitle
              }>{`How often the answer is right, N = ${results.settings.samples}`}</p>
            <Bar label="one sample" value={results.probabilities[0] ?? 0} kind="single" />
            <Bar label="vote, exact" value={results.exact} kind="exact" />
            <Bar
              label={`vote, ${grouped(results.simulated.trials)} simulated`}
              value={results.simulated.accuracy}
              kind="simulated"
            />
          </div>
        </div>
      )}

      <div className={styles.status} role="status" aria-live="polite">
        {read.notes.length > 0 && <p className={styles.note}>{read.notes.join(' ')}</p>}
        {read.ok && results ? (
          <>
            <p>
              {`Majority vote of N = ${results.settings.samples}: right ${fixed(results.exact, 3)} of the time (exact sum over every way the samples can fall, ties broken at random). ` +
                `Simulated: ${grouped(results.simulated.correct)} of ${grouped(results.simulated.trials)} votes right, ${fixed(results.simulated.accuracy, 3)} ± ${fixed(results.simulated.standardError, 3)} (one standard error), seed ${results.settings.seed}.`}
            </p>
            <p className={styles.verdict}>{results.verdict}</p>
          </>
        ) : (
          <p className={styles.problem}>{read.ok ? '' : read.problems.join(' ')}</p>
        )}
      </div>
    </figure>
  );
}
