import React, {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {
  ALLOWANCE,
  DEFAULT_CONFIG,
  FIELDS,
  KV_BITS,
  PRESETS,
  WEIGHT_BITS,
  estimateMemory,
  fitSentence,
  formatPerToken,
  formatSize,
  gpuFit,
  matchingPreset,
  readBits,
  readField,
  type FieldReading,
  type FieldSpec,
  type FitStatus,
  type KvBits,
  type MemoryConfig,
  type NumericField,
  type WeightBits,
} from './memory';
import styles from './styles.module.css';

export type Props = {
  /** Id of a preset to start from (see PRESETS in ./memory); the default is the note's worked example. */
  initialPreset?: string;
  /** Replaces the default caption (which says what to try). */
  caption?: ReactNode;
};

type Texts = Record<NumericField, string>;

const NUMERIC_KEYS = Object.keys(FIELDS) as NumericField[];

function textsOf(config: MemoryConfig): Texts {
  return {
    parametersBillions: String(config.parametersBillions),
    layers: String(config.layers),
    kvHeads: String(config.kvHeads),
    headDim: String(config.headDim),
    contextLength: String(config.contextLength),
    batchSize: String(config.batchSize),
  };
}

function initialConfig(presetId: string | undefined): MemoryConfig {
  if (presetId === undefined) return DEFAULT_CONFIG;
  const preset = PRESETS.find((candidate) => candidate.id === presetId);
  if (!preset)
    throw new Error(
      `MemoryCalculator: unknown initialPreset "${presetId}"; use one of ${PRESETS.map((p) => p.id).join(', ')}.`,
    );
  const {parametersBillions, layers, kvHeads, headDim} = preset;
  return {...DEFAULT_CONFIG, parametersBillions, layers, kvHeads, headDim};
}

const STATUS_TEXT: Record<FitStatus, {mark: string; words: string}> = {
  fits: {mark: '✓', words: 'fits, with room for the allowance'},
  tight: {mark: '~', words: 'tight: the estimate fits, the allowance does not'},
  'too-small': {mark: '✗', words: 'too small'},
};

function NumberField({
  spec,
  text,
  reading,
  onChange,
}: {
  spec: FieldSpec;
  text: string;
  reading: FieldReading;
  onChange: (text: string) => void;
}): ReactNode {
  const id = useId();
  const messageId = `${id}-message`;
  const fallback = DEFAULT_CONFIG[spec.key];
  const sliderValue = Math.min(spec.slider.max, Math.max(spec.slider.min, reading.value ?? fallback));
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {spec.label}
      </label>
      <div className={styles.inputs}>
        <input
          id={id}
          className={styles.number}
          type="number"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.integer ? 1 : 'any'}
          value={text}
          aria-invalid={reading.value === null ? true : undefined}
          aria-describedby={reading.message ? messageId : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <input
          className={styles.range}
          type="range"
          aria-label={`${spec.label}, slider`}
          min={spec.slider.min}
          max={spec.slider.max}
          step={spec.slider.step}
          value={sliderValue}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </div>
      {reading.message && (
        <p id={messageId} className={styles.message}>
          {reading.message}
        </p>
      )}
    </div>
  );
}

/**
 * How much GPU memory a language model needs to generate text: weights, KV cache and a
 * labelled allowance, in GB and GiB, with the common GPU sizes it fits. Presets load
 * published open-weight configurations; every field can then be changed.
 */
export default function MemoryCalculator({initialPreset, caption}: Props): ReactNode {
  const start = initialConfig(initialPreset);
  const [texts, setTexts] = useState<Texts>(() => textsOf(start));
  const [weightBits, setWeightBits] = useState<WeightBits>(start.weightBits);
  const [kvBits, setKvBits] = useState<KvBits>(start.kvBits);
  const ids = {preset: useId(), weightBits: useId(), kvBits: useId(), table: useId()};

  const readings = Object.fromEntries(
    NUMERIC_KEYS.map((key) => [key, readField(FIELDS[key], texts[key])]),
  ) as Record<NumericField, FieldReading>;
  const missing = NUMERIC_KEYS.filter((key) => readings[key].value === null);
  const adjusted = NUMERIC_KEYS.filter((key) => readings[key].value !== null && readings[key].message);

  const config: MemoryConfig | null =
    missing.length > 0
      ? null
      : {
          parametersBillions: readings.parametersBillions.value ?? DEFAULT_CONFIG.parametersBillions,
          layers: readings.layers.value ?? DEFAULT_CONFIG.layers,
          kvHeads: readings.kvHeads.value ?? DEFAULT_CONFIG.kvHeads,
          headDim: readings.headDim.value ?? DEFAULT_CONFIG.headDim,
          contextLength: readings.contextLength.value ?? DEFAULT_CONFIG.contextLength,
          batchSize: readings.batchSize.value ?? DEFAULT_CONFIG.batchSize,
          weightBits,
          kvBits,
        };
  const estimate = config ? estimateMemory(config) : null;
  const fit = estimate ? gpuFit(estimate) : null;
  const preset = config ? matchingPreset(config) : undefined;

  let summary: string;
  if (!estimate || !fit) {
    const problems = missing.map((key) => readings[key].message).join(' ');
    summary = `No estimate yet. ${problems}`;
  } else {
    const adjustedText =
      adjusted.length > 0
        ? ` ${adjusted.length === 1 ? 'One input was' : `${adjusted.length} inputs were`} adjusted; see the note under it.`
        : '';
    summary =
      `Weights ${formatSize(estimate.weightsBytes, 'GB')} + KV cache ${formatSize(estimate.kvBytes, 'GB')} = ` +
      `${formatSize(estimate.totalBytes, 'GB')} (${formatSize(estimate.totalBytes, 'GiB')}). ${fitSentence(fit)}${adjustedText}`;
  }

  function setField(key: NumericField, text: string) {
    setTexts((previous) => ({...previous, [key]: text}));
  }

  function choosePreset(id: string) {
    const chosen = PRESETS.find((candidate) => candidate.id === id);
    if (!chosen) return; // "Custom" keeps the current numbers.
    setTexts((previous) => ({
      ...previous,
      parametersBillions: String(chosen.parametersBillions),
      layers: String(chosen.layers),
      kvHeads: String(chosen.kvHeads),
      headDim: String(chosen.headDim),
    }));
  }

  function reset() {
    setTexts(textsOf(DEFAULT_CONFIG));
    setWeightBits(DEFAULT_CONFIG.weightBits);
    setKvBits(DEFAULT_CONFIG.kvBits);
  }

  const allowancePercent = Math.round(ALLOWANCE.fraction * 100);

  return (
    <figure className={styles.calculator}>
      <figcaption className={styles.caption}>
        {caption ?? (
          <>
            <strong>Explainer: how much memory does a model need?</strong> Pick a model or type its numbers,
            then change the bits per weight, the context length and the batch size. Watch which part grows:
            the weights depend only on the model, the KV cache on every token of every sequence. Start with
            16-bit weights and 8 sequences of 8,192 tokens, then try 4 bits, then a 131,072-token context.
          </>
        )}
      </figcaption>

      <div className={styles.presetRow}>
        <label htmlFor={ids.preset} className={styles.label}>
          Model preset
        </label>
        <select
          id={ids.preset}
          className={styles.select}
          value={preset?.id ?? 'custom'}
          onChange={(event) => choosePreset(event.currentTarget.value)}>
          {PRESETS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
          <option value="custom">Custom (your own numbers)</option>
        </select>
        <button type="button" className="button button--secondary button--sm" onClick={reset}>
          Reset to the worked example
        </button>
      </div>

      <div className={styles.controls}>
        <NumberField
          spec={FIELDS.parametersBillions}
          text={texts.parametersBillions}
          reading={readings.parametersBillions}
          onChange={(text) => setField('parametersBillions', text)}
        />
        <div className={styles.field}>
          <label htmlFor={ids.weightBits} className={styles.label}>
            Bits per weight
          </label>
          <select
            id={ids.weightBits}
            className={styles.select}
            value={weightBits}
            onChange={(event) =>
              setWeightBits(readBits('Bits per weight', WEIGHT_BITS, event.currentTarget.value, 16).value)
            }>
            <option value={16}>16 (BF16 or FP16)</option>
            <option value={8}>8 (for example LLM.int8)</option>
            <option value={4}>4 (for example GPTQ, AWQ)</option>
          </select>
        </div>
        {(['layers', 'kvHeads', 'headDim', 'contextLength', 'batchSize'] as const).map((key) => (
          <NumberField
            key={key}
            spec={FIELDS[key]}
            text={texts[key]}
            reading={readings[key]}
            onChange={(text) => setField(key, text)}
          />
        ))}
        <div className={styles.field}>
          <label htmlFor={ids.kvBits} className={styles.label}>
            Bits per number in the KV cache
          </label>
          <select
            id={ids.kvBits}
            className={styles.select}
            value={kvBits}
            onChange={(event) =>
              setKvBits(readBits('KV cache bits', KV_BITS, event.currentTarget.value, 16).value)
            }>
            <option value={16}>16</option>
            <option value={8}>8</option>
          </select>
        </div>
      </div>

      <div className={styles.results}>
        <p className={styles.summary} role="status" aria-live="polite">
          {summary}
        </p>

        {estimate && fit && (
          <>
            <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={ids.table}>
              <table className={styles.table}>
                <caption id={ids.table} className={styles.tableCaption}>
                  Memory for this configuration
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Part</th>
                    <th scope="col">GB (10⁹ bytes)</th>
                    <th scope="col">GiB (2³⁰ bytes)</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">Weights</th>
                    <td>{formatSize(estimate.weightsBytes, 'GB')}</td>
                    <td>{formatSize(estimate.weightsBytes, 'GiB')}</td>
                  </tr>
                  <tr>
                    <th scope="row">
                      KV cache
                      <span className={styles.rowNote}>
                        {formatPerToken(estimate.kvBytesPerToken)} per token
                      </span>
                    </th>
                    <td>{formatSize(estimate.kvBytes, 'GB')}</td>
                    <td>{formatSize(estimate.kvBytes, 'GiB')}</td>
                  </tr>
                  <tr className={styles.totalRow}>
                    <th scope="row">Total: weights + KV cache</th>
                    <td>{formatSize(estimate.totalBytes, 'GB')}</td>
                    <td>{formatSize(estimate.totalBytes, 'GiB')}</td>
                  </tr>
                  <tr>
                    <th scope="row">
                      Allowance (rule of thumb)
                      <span className={styles.rowNote}>
                        +{allowancePercent}%, at least 1 GB, for activations, buffers and the runtime
                      </span>
                    </th>
                    <td>{formatSize(estimate.allowanceBytes, 'GB')}</td>
                    <td>{formatSize(estimate.allowanceBytes, 'GiB')}</td>
                  </tr>
                  <tr>
                    <th scope="row">Total with allowance</th>
                    <td>{formatSize(estimate.withAllowanceBytes, 'GB')}</td>
                    <td>{formatSize(estimate.withAllowanceBytes, 'GiB')}</td>
                  </tr>
                </tbody>
              </table>
            </div>

            <p className={styles.fitHeading}>One GPU of this size (GB as sold):</p>
            <ul className={styles.fitList}>
              {fit.single.map((entry) => (
                <li key={entry.sizeGB} data-status={entry.status}>
                  <span className={styles.mark} aria-hidden="true">
                    {STATUS_TEXT[entry.status].mark}
                  </span>{' '}
                  <strong>{entry.sizeGB} GB</strong>: {STATUS_TEXT[entry.status].words}
                </li>
              ))}
            </ul>
            <p className={styles.multi}>
              {fit.gpusOf80 === null
                ? 'More than one 80 GB GPU: not needed.'
                : `More than one 80 GB GPU: about ${fit.gpusOf80} (splitting a model across GPUs costs some extra memory and communication on each).`}
            </p>
          </>
        )}
      </div>

      <p className={styles.footnote}>
        The allowance is this page’s rough rule of thumb, not a measurement: real runtimes reserve memory for
        activations, temporary buffers and their own code, and the amount depends on the software and its
        settings. 4-bit formats also store scales, so their real size is nearer 4.5 bits per weight. Presets
        use the numbers in each model’s configuration file:{' '}
        {PRESETS.map((option, index) => (
          <React.Fragment key={option.id}>
            <Link to={option.source}>{option.name}</Link>
            {index < PRESETS.length - 1 ? ', ' : '.'}
          </React.Fragment>
        ))}
      </p>
    </figure>
  );
}
