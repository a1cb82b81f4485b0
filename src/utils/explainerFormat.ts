/** Number formatting shared by the explainers' readouts: deterministic (no locale), so server and browser agree. */

/** Replaces the ASCII hyphen of a negative number with a true minus sign. */
export function withMinus(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** `digits` significant digits without exponent notation for the ranges the explainers show. */
export function significant(value: number, digits = 4): string {
  if (value === Infinity) return '∞';
  if (value === 0) return '0';
  if (Math.abs(value) >= 10 ** digits) return withMinus(value.toFixed(0));
  return withMinus(value.toPrecision(digits));
}

/** Fixed decimals, with a true minus sign. */
export function fixed(value: number, decimals: number): string {
  if (value === Infinity) return '∞';
  const text = value.toFixed(decimals);
  // "-0.00" reads oddly; show it as 0.
  return Number(text) === 0 ? text.replace('-', '') : withMinus(text);
}
