import React, {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

export type Props = {
  /** Visible label of the slider, e.g. "Noise step t". */
  label: ReactNode;
  /** Current value (a controlled input). */
  value: number;
  /** Smallest value. */
  min: number;
  /** Largest value; must be greater than `min`. */
  max: number;
  /** Distance between allowed values (arrow keys move by this much). Defaults to 1. */
  step?: number;
  /** Called with the new value as a number whenever the reader moves the slider. */
  onChange: (value: number) => void;
  /** The value as a reader should see and hear it, e.g. "0.70" or "k = 3 (of 8)". */
  valueText: string;
  /** Optional extra hint under the slider, linked with `aria-describedby`. */
  hint?: ReactNode;
};

/**
 * A labelled `<input type="range">` that shows its value next to the label. Shared by the
 * interactive explainers so every slider looks, reads and announces the same way.
 */
export default function RangeSlider({
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  valueText,
  hint,
}: Props): ReactNode {
  const id = useId();
  if (!(max > min)) throw new Error(`RangeSlider: max (${max}) must be greater than min (${min}).`);
  if (!(value >= min && value <= max))
    throw new Error(`RangeSlider: value ${value} lies outside the range ${min}…${max}.`);
  if (!(step > 0)) throw new Error(`RangeSlider: step must be positive, got ${step}.`);
  const hintId = `${id}-hint`;
  return (
    <div className={styles.field}>
      <div className={styles.labelRow}>
        <label htmlFor={id} className={styles.label}>
          {label}
        </label>
        <span className={styles.value} aria-hidden="true">
          {valueText}
        </span>
      </div>
      <input
        id={id}
        className={styles.input}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      />
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
