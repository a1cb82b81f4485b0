/**
 * Loads the reference list on demand in the browser. In the server build
 * plugins/server-rendered-lists.ts replaces this module with ./loader.server.ts, which
 * imports it directly so that the static HTML holds the whole list.
 */
import type {ComponentType} from 'react';
import type {Props} from './List';

export type ReferenceEntriesComponent = ComponentType<Props>;

let loaded: ReferenceEntriesComponent | null = null;

/** The list if its chunk has loaded, else null. */
export function loadedEntries(): ReferenceEntriesComponent | null {
  return loaded;
}

/** Loads the chunk (once) and resolves with the list. */
export async function loadEntries(): Promise<ReferenceEntriesComponent> {
  const module = await import('./List');
  loaded = module.default;
  return loaded;
}
