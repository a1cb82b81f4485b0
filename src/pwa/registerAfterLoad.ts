/**
 * Stands in for @docusaurus/plugin-pwa's `registerSw` client module (swapped in by
 * plugins/service-worker-after-load.ts), which registers the service worker as soon as
 * the app's code runs: it imports Workbox and starts the worker's install, which
 * downloads the whole site for offline use, while the page is still loading.
 *
 * Here the same module runs a few seconds after the page has loaded, in idle time, as
 * browsers' own guidance for service workers advises. The worker's install downloads
 * several megabytes; started earlier, it would compete on a slow connection with what
 * the page still fetches after its load event, such as the search index and the
 * results' text. Offline mode is ready a few seconds later instead.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** How long after the load event the worker waits before it registers. */
const AFTER_LOAD_MS = 3000;

/** Runs `start` in an idle period at least {@link AFTER_LOAD_MS} after the window's load event. */
export function afterLoadAndIdle(start: () => void): void {
  const whenIdle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(start, {timeout: 5000})
      : start();
  const afterLoad = () => window.setTimeout(whenIdle, AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, {once: true});
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  afterLoadAndIdle(() => {
    // The query keeps plugins/service-worker-after-load.ts from swapping this import too.
    void import('@docusaurus/plugin-pwa/lib/registerSw.js?after-load');
  });
}
