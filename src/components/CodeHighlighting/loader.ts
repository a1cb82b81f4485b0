/**
 * Loads the highlighted code block on demand in the browser. In the server build
 * plugins/lazy-code-highlighting.ts replaces this module with ./loader.server.ts, which
 * imports it directly so that the static HTML holds the highlighted code.
 */
import type {ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock';

export type HighlightedCodeBlock = ComponentType<Props>;

let loaded: HighlightedCodeBlock | null = null;

/** The highlighted block if its chunk has loaded, else null. */
export function loadedHighlighted(): HighlightedCodeBlock | null {
  return loaded;
}

/** Loads the chunk (once) and resolves with the highlighted block. */
export async function loadHighlighted(): Promise<HighlightedCodeBlock> {
  const module = await import('./index');
  loaded = module.default;
  return loaded;
}
