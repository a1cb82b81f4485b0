/**
 * Docusaurus prefetches the code of every internal page whose link scrolls into view.
 * Each prefetch matches the link against every route and adds `<link rel="prefetch">`
 * tags, a few milliseconds of main-thread work per link; on a note with dozens of links
 * in view that blocked the page while it loaded.
 *
 * - Where the site's service worker runs (any secure context with service workers), it
 *   already downloads every page's code after the first visit, off the main thread, so
 *   prefetching per link is turned off.
 * - Elsewhere, prefetching is kept but moved to idle time, a few links at a time.
 *
 * Hovering or touching a link still loads its page at once (that is `preload`, which
 * this leaves alone).
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {onIdle} from '@site/src/utils/onIdle';

type Docusaurus = {prefetch: (routePath: string) => false | Promise<unknown>};

/** Calls `drain` in an idle period; `timeLeft()` is the milliseconds it may still use. */
export type IdleScheduler = (drain: (timeLeft: () => number) => void) => void;

/**
 * At most this long per idle period: an idle period may last 50 ms, and a phone's CPU
 * is several times slower than the machine that measured this.
 */
const SLICE_MS = 8;

/**
 * A queue of route paths run through `run` in idle periods, each path once while it
 * waits, as many per period as the time left allows.
 */
export function createIdleQueue(run: (routePath: string) => void, schedule: IdleScheduler) {
  const queue: string[] = [];
  let pending = false;
  const drain = (timeLeft: () => number) => {
    pending = false;
    while (queue.length > 0 && timeLeft() > 0) run(queue.shift() as string);
    request();
  };
  const request = () => {
    if (pending || queue.length === 0) return;
    pending = true;
    schedule(drain);
  };
  return (routePath: string) => {
    if (!queue.includes(routePath)) queue.push(routePath);
    request();
  };
}

export const whenIdle: IdleScheduler = (drain) => {
  onIdle((timeRemaining) => {
    const start = performance.now();
    drain(() => Math.min(timeRemaining(), SLICE_MS - (performance.now() - start)));
  });
};

/** Whether the PWA's service worker can run here, and so will cache every page's code. */
export function serviceWorkerCachesSite(): boolean {
  return window.isSecureContext && Boolean(navigator.serviceWorker);
}

if (ExecutionEnvironment.canUseDOM) {
  // Docusaurus sets window.docusaurus in the same script, right after client modules run.
  // Its object is frozen, so links get a copy with another `prefetch`.
  queueMicrotask(() => {
    const host = window as unknown as {docusaurus?: Docusaurus};
    const docusaurus = host.docusaurus;
    if (!docusaurus) return;
    if (serviceWorkerCachesSite()) {
      host.docusaurus = {...docusaurus, prefetch: () => false};
      return;
    }
    const enqueue = createIdleQueue((routePath) => void docusaurus.prefetch(routePath), whenIdle);
    host.docusaurus = {
      ...docusaurus,
      prefetch: (routePath) => {
        enqueue(routePath);
        return false;
      },
    };
  });
}
