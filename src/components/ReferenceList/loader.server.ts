/** The server build's ./loader.ts: the list, imported directly. */
import ReferenceEntries from './List';
import type {ReferenceEntriesComponent} from './loader';

export function loadedEntries(): ReferenceEntriesComponent | null {
  return ReferenceEntries;
}

export async function loadEntries(): Promise<ReferenceEntriesComponent> {
  return ReferenceEntries;
}
