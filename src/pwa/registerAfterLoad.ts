/**
 * Stands in for @docusaurus/plugin-pwa's `registerSw` client module (swapped in by
 * plugins/service-worker-after-load.ts). The original runs with the app's entry code:
 * it loads Workbox while the page is still loading and registers the worker at the
 * load event, and the worker's install then downloads the whole site for offline use.
 *
 * Here the same module runs 3 s after the load event, in idle time. The install
 * downloads several megabytes; started at once, it would compete on a slow connection
 * with what the page still fetches after its load event, such as the search index and
 * the results' text. Offline mode is ready a few seconds later instead.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {onIdle} from '@site/src/utils/onIdle';

/** How long after the load event the worker waits before it registers. */
const AFTER_LOAD_MS = 3000;

function register(): void {
  // The query keeps plugins/service-worker-after-load.ts from swapping this import too.
  void import('@docusaurus/plugin-pwa/lib/registerSw.js?after-load');
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  const afterLoad = () => window.setTimeout(() => onIdle(register, {fallbackMs: 0}), AFTER_LOAD_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, {once: true});
}
