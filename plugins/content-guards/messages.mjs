/** Shared wording for the content guards' messages. */

/** Where CONTRIBUTING.md explains a check; every message ends with one. */
export function help(section) {
  return `(see CONTRIBUTING.md#${section})`;
}

/** An error whose message is already a list of `file:line: problem` lines. */
export class ContentError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ContentError';
  }
}
