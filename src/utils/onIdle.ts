/**
 * Runs work in the browser's idle time: the one place the site schedules with
 * `requestIdleCallback` (link prefetching, the phone menu, the service worker).
 */

export type IdleOptions = {
  /** The longest the work waits for an idle period before it runs anyway. */
  timeout?: number;
  /** Where there is no `requestIdleCallback` (Safari before 18.4): how long to wait instead. */
  fallbackMs?: number;
};

/**
 * Calls `callback` in the next idle period with a function that reports the
 * milliseconds the period has left. Returns a function that cancels the call.
 */
export function onIdle(
  callback: (timeRemaining: () => number) => void,
  {timeout = 5000, fallbackMs = 200}: IdleOptions = {},
): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback((deadline) => callback(() => deadline.timeRemaining()), {
      timeout,
    });
    return () => window.cancelIdleCallback(handle);
  }
  // Without idle periods, the callback gets as long as a browser's longest one, 50 ms.
  const handle = window.setTimeout(() => {
    const start = performance.now();
    callback(() => 50 - (performance.now() - start));
  }, fallbackMs);
  return () => window.clearTimeout(handle);
}
