/**
 * The reader's progress (`progress.ts`) in localStorage, and hooks to read and change it.
 *
 * Components read it with `useSyncExternalStore`, whose server snapshot is "no progress":
 * the server HTML and the hydration render show none, and React renders the stored
 * progress right after hydration without a mismatch. A `storage` event brings changes
 * made in another tab, so two tabs agree. The key holds the base URL, so two sites
 * served from one origin (forks on one github.io account) keep apart.
 */
import {useCallback, useSyncExternalStore} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {EMPTY_PROGRESS, readStoredProgress, type Progress} from './progress';

export function storageKey(baseUrl: string): string {
  return `genai-kb-progress:${baseUrl}`;
}

const listeners = new Set<() => void>();
/** The last value read, per key: the same object until the stored text changes. */
const cache = new Map<string, {raw: string | null; progress: Progress}>();

function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage blocked (some privacy settings): no progress, and nothing breaks.
    return null;
  }
}

export function loadProgress(key: string): Progress {
  const cached = cache.get(key);
  if (cached) return cached.progress;
  const raw = readRaw(key);
  const progress = readStoredProgress(raw);
  cache.set(key, {raw, progress});
  return progress;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  // Another tab changed (or cleared) storage: read again on the next snapshot.
  if (event.key === null || cache.has(event.key)) {
    cache.clear();
    notify();
  }
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    // Nothing listened while we were away: what is cached may be stale.
    cache.clear();
    window.addEventListener('storage', onStorage);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Stores `progress`; false when the browser refuses (storage full or blocked). */
export function saveProgress(key: string, progress: Progress): boolean {
  const raw = JSON.stringify(progress);
  let saved = true;
  try {
    window.localStorage.setItem(key, raw);
  } catch {
    saved = false;
  }
  // Shown either way, so the page answers the click; a reload shows what was kept.
  cache.set(key, {raw, progress});
  notify();
  return saved;
}

/** Forgets all progress in this browser; false when the browser refused. */
export function clearProgress(key: string): boolean {
  let cleared = true;
  try {
    window.localStorage.removeItem(key);
  } catch {
    cleared = false;
  }
  cache.set(key, {raw: null, progress: EMPTY_PROGRESS});
  notify();
  return cleared;
}

export function useProgressKey(): string {
  return storageKey(useDocusaurusContext().siteConfig.baseUrl);
}

const serverSnapshot = () => EMPTY_PROGRESS;

/** The stored progress: none on the server and while hydrating, then the reader's. */
export function useProgress(): Progress {
  const key = useProgressKey();
  const snapshot = useCallback(() => loadProgress(key), [key]);
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

/**
 * One value derived from the progress (a boolean, a count): the component re-renders only
 * when that value changes. `select` must return a primitive or a value from the progress.
 */
export function useProgressValue<T>(select: (progress: Progress) => T): T {
  const key = useProgressKey();
  return useSyncExternalStore(
    subscribe,
    () => select(loadProgress(key)),
    () => select(EMPTY_PROGRESS),
  );
}

/** Changes the stored progress; returns false when the browser could not keep it. */
export function useUpdateProgress(): (change: (progress: Progress) => Progress) => boolean {
  const key = useProgressKey();
  return useCallback((change) => saveProgress(key, change(loadProgress(key))), [key]);
}
