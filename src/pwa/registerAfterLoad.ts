/**
 * Stands in for @docusaurus/plugin-pwa's `registerSw` client module (swapped in by
 * plugins/service-worker-after-load.ts), which registers the service worker as soon as
 * the app's code runs: it imports Workbox and starts the worker's install, which
 * downloads the whole site for offline use, while the page is still loading.
 *
 * Here the same module runs once the page has loaded and the browser is idle, as
 * browsers' own guidance for service workers advises: the first visit's page and search
 * results come first, and offline mode is ready a moment later.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/** Runs `start` in the first idle period after the window's load event. */
export function afterLoadAndIdle(start: () => void): void {
  const whenIdle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(start, {timeout: 5000})
      : window.setTimeout(start, 500);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, {once: true});
}

if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  afterLoadAndIdle(() => {
    // The query keeps plugins/service-worker-after-load.ts from swapping this import too.
    void import('@docusaurus/plugin-pwa/lib/registerSw.js?after-load');
  });
}
