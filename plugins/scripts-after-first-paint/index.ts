/**
 * The page template (`ssrTemplate` in docusaurus.config.ts): the app's scripts start once
 * the page has painted, instead of as deferred scripts.
 *
 * Docusaurus's own template lists a page's scripts as `<script defer>`. Those run as soon
 * as the HTML is parsed and the files have arrived, which on a fast connection is often
 * before the first frame reaches the screen; the frame then waits for `main.js` to
 * evaluate (React, the router, the theme: 25–55 ms on the benchmark machine, about four
 * times that on a mid-range phone). Lighthouse's simulation counts that script's download
 * and evaluation in the largest contentful paint whenever it started first: the same note
 * measured 2.0 s or 2.9 s from one run to the next.
 *
 * This template instead
 *
 * - preloads the same files, at the same low priority, where the deferred scripts were, so
 *   they download as early as before;
 * - adds them as scripts, in the same order, once the browser reports the first
 *   contentful paint (Paint Timing), or at once where no paint is coming (a page opened in
 *   a background tab, a browser without Paint Timing), and after two seconds at the latest.
 *
 * The webpack runtime adopts the added script elements as it adopted the deferred ones
 * (plugins/route-chunk-scripts.ts), so nothing is requested twice.
 *
 * Docusaurus also copies the whole site config, this template included, into the code
 * every page loads; the plugin below drops the template from that copy
 * (client-config-loader.cjs).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** What the start-up script needs from the browser (the window, or a stub in a unit test). */
export interface StartWindow {
  document: Pick<Document, 'createElement' | 'head' | 'visibilityState' | 'addEventListener'>;
  PerformanceObserver?: {
    new (
      callback: (list: {getEntriesByName(name: string): unknown[]}, observer: {disconnect(): void}) => void,
    ): {
      observe(options: {type: string; buffered: boolean}): void;
    };
    supportedEntryTypes?: readonly string[];
  };
  setTimeout(callback: () => void, ms: number): unknown;
}

/** At the latest, the scripts start this long after the page's HTML has been read. */
export const LATEST_START_MS = 2000;

/**
 * Adds `sources` as ordered scripts after the first contentful paint, or after `latestMs`.
 * Inlined into every page with `Function.prototype.toString`, so it is self-contained
 * (everything it uses comes in as an argument).
 */
export function startAfterFirstPaint(sources: string[], win: StartWindow, latestMs: number): void {
  const doc = win.document;
  let started = false;
  function start() {
    if (started) return;
    started = true;
    for (const source of sources) {
      const script = doc.createElement('script');
      script.src = source;
      // Inserted scripts run in the order they were added, as the deferred ones did.
      script.async = false;
      doc.head.appendChild(script);
    }
  }
  const Observer = win.PerformanceObserver;
  const paintTiming = !!Observer && (Observer.supportedEntryTypes || []).indexOf('paint') >= 0;
  // A hidden page does not paint, so there is nothing to wait for.
  if (!Observer || !paintTiming || doc.visibilityState === 'hidden') {
    start();
    return;
  }
  new Observer(function (list, observer) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({type: 'paint', buffered: true});
  doc.addEventListener('visibilitychange', function () {
    if (doc.visibilityState === 'hidden') start();
  });
  win.setTimeout(start, latestMs);
}

/**
 * Docusaurus's default template (@docusaurus/core/lib/ssg/ssgTemplate.html.js) with the
 * deferred scripts replaced by preloads and the start-up script at the end of the body,
 * where the whole app's HTML is already parsed when it runs.
 */
export const SSR_TEMPLATE = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>(${startAfterFirstPaint.toString()})(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>, window, ${LATEST_START_MS})</script>
  </body>
</html>
`;

/** Keeps the template out of the site config the pages load. */
export default function scriptsAfterFirstPaint(context: {generatedFilesDir: string}): Plugin {
  const clientConfig = path.join(context.generatedFilesDir, 'docusaurus.config.mjs');
  return {
    name: 'scripts-after-first-paint',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: (file: string) => path.resolve(file) === clientConfig,
              use: [{loader: path.join(__dirname, 'client-config-loader.cjs')}],
            },
          ],
        },
      };
    },
  };
}
