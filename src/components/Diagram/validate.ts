/**
 * Checks shared by the diagram components. They throw during render, so a note that uses a
 * diagram wrongly fails the build with a message that names the component and the fix.
 */

/** Returns `value` trimmed, or throws if it is not a non-empty string. */
export function requireText(component: string, prop: string, value: unknown, hint: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    const got = value === undefined ? 'it is missing' : `got ${JSON.stringify(value)}`;
    throw new Error(`<${component}>: the \`${prop}\` prop must be a non-empty string (${got}). ${hint}`);
  }
  return value.trim();
}

/** The hint every diagram gives when its description is missing. */
export const DESCRIPTION_HINT =
  'Describe in words what the diagram shows, so that a reader who cannot see it learns the same ' +
  'thing (use the text version under the placeholder). It becomes the SVG <desc> and its accessible description.';

/** Throws unless `items` has between `min` and `max` entries. */
export function requireCount(
  component: string,
  prop: string,
  items: readonly unknown[],
  min: number,
  max: number,
): void {
  if (!Array.isArray(items) || items.length < min || items.length > max) {
    const got = Array.isArray(items) ? `${items.length}` : 'not an array';
    throw new Error(
      `<${component}>: \`${prop}\` must list between ${min} and ${max} entries (got ${got}); ` +
        'more would not fit the drawing at 360 px.',
    );
  }
}
