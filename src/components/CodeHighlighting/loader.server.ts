/** The server build's ./loader.ts: the highlighted block, imported directly. */
import Highlighted from './index';
import type {HighlightedCodeBlock} from './loader';

export function loadedHighlighted(): HighlightedCodeBlock | null {
  return Highlighted;
}

export async function loadHighlighted(): Promise<HighlightedCodeBlock> {
  return Highlighted;
}
