/**
 * Wraps the classic theme's CodeBlock so that Prism loads only on pages with code.
 *
 * The build renders the highlighted block into the static HTML. In the browser, the
 * highlighter is a separate chunk:
 *
 * - While the page hydrates, the block's wrapper adopts the server's HTML as it is (an
 *   empty `dangerouslySetInnerHTML` tells React not to look inside), so the reader sees
 *   highlighted code at once and hydration does not wait for Prism.
 * - The chunk (Prism and its languages, about 35 KiB gzip) loads when a block comes near
 *   the screen, or when the pointer or focus reaches one: a page whose code is further
 *   down loads none of it before the reader scrolls, which keeps notes with code within
 *   their JavaScript budget (tests/e2e/performance.spec.ts).
 * - Once the chunk has loaded, the real block renders in its place: the same markup,
 *   now with its copy and word-wrap buttons working.
 * - On a client-side navigation before the chunk is loaded, the plain code shows, and
 *   the chunk loads at once (the reader has already interacted).
 * - Some theme components mount their content a second time right after hydration
 *   (the classic theme's Tabs flips a `key` once it runs in the browser). A block
 *   mounted that way has no server HTML to adopt, so each adopted block's HTML is kept
 *   by its code, and a block re-mounted before the chunk has loaded shows that HTML
 *   (otherwise it would stand empty and grow when the chunk arrives, shifting the page).
 *
 * A React Suspense boundary would be the textbook tool, but React 19's server renderer
 * moves large boundaries to the end of the page and swaps them in with an inline script,
 * which leaves readers without JavaScript looking at the fallback.
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import {loadHighlighted, loadedHighlighted} from '@site/src/components/CodeHighlighting/loader';

/** True only during the first render in the browser, while React adopts the HTML. */
function isHydrating(): boolean {
  // Docusaurus renders <html data-has-hydrated="false"> and sets it to "true" after.
  return typeof document !== 'undefined' && document.documentElement.dataset.hasHydrated !== 'true';
}

/** The server's HTML of each adopted block, by the block's code, title and language. */
const serverHtml = new Map<string, string>();

function blockKey(props: Props): string {
  const code = typeof props.children === 'string' ? props.children : '';
  return [props.className ?? '', props.title ?? '', props.metastring ?? '', code].join('\u0000');
}

/** How far from the screen a block starts loading the highlighter. */
const NEAR_SCREEN = '600px 0px';

/**
 * Calls `load` once the element comes within NEAR_SCREEN of the screen, or the pointer or
 * focus reaches it; returns a function that stops watching.
 */
function whenNeeded(element: HTMLElement, load: () => void): () => void {
  let done = false;
  const stop = () => {
    done = true;
    observer?.disconnect();
    for (const type of ['pointerover', 'focusin'] as const) element.removeEventListener(type, fire);
  };
  const fire = () => {
    if (done) return;
    stop();
    load();
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), {
          rootMargin: NEAR_SCREEN,
        })
      : null;
  if (observer) observer.observe(element);
  else fire();
  for (const type of ['pointerover', 'focusin'] as const) element.addEventListener(type, fire);
  return stop;
}

export default function CodeBlock(props: Props): ReactNode {
  const [Highlighted, setHighlighted] = useState(loadedHighlighted);
  const [adoptServerHtml] = useState(isHydrating);
  const island = useRef<HTMLDivElement>(null);
  const key = blockKey(props);
  useEffect(() => {
    // Runs after the hydration commit, before any re-mount it triggers.
    if (adoptServerHtml && island.current?.firstChild) serverHtml.set(key, island.current.innerHTML);
  }, [adoptServerHtml, key]);
  useEffect(() => {
    if (Highlighted) return undefined;
    let live = true;
    const load = () =>
      void loadHighlighted().then((component) => {
        if (live) setHighlighted(() => component);
      });
    // After a client-side navigation the block shows plain code: highlight it at once.
    const stop = adoptServerHtml && island.current ? whenNeeded(island.current, load) : (load(), () => {});
    return () => {
      live = false;
      stop();
    };
  }, [Highlighted, adoptServerHtml]);

  if (Highlighted)
    return (
      <div className="code-block-island">
        <Highlighted {...props} />
      </div>
    );
  if (adoptServerHtml)
    return (
      <div
        ref={island}
        className="code-block-island"
        // Hydration keeps the server's HTML whatever this says; a re-mount shows the copy.
        dangerouslySetInnerHTML={{__html: serverHtml.get(key) ?? ''}}
        suppressHydrationWarning
      />
    );
  return (
    <div className="code-block-island">
      <pre className="prism-code">
        <code>{props.children}</code>
      </pre>
    </div>
  );
}
