/**
 * Wraps the classic theme's CodeBlock so that Prism loads only on pages with code.
 *
 * The build renders the highlighted block into the static HTML. In the browser, the
 * highlighter is a separate chunk:
 *
 * - While the page hydrates, the block's wrapper adopts the server's HTML as it is (an
 *   empty `dangerouslySetInnerHTML` tells React not to look inside), so the reader sees
 *   highlighted code at once and hydration does not wait for Prism.
 * - Once the chunk has loaded, the real block renders in its place: the same markup,
 *   now with its copy and word-wrap buttons working.
 * - On a client-side navigation before the chunk is loaded, the plain code shows until
 *   it arrives.
 *
 * A React Suspense boundary would be the textbook tool, but React 19's server renderer
 * moves large boundaries to the end of the page and swaps them in with an inline script,
 * which leaves readers without JavaScript looking at the fallback.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import {loadHighlighted, loadedHighlighted} from '@site/src/components/CodeHighlighting/loader';

/** True only during the first render in the browser, while React adopts the HTML. */
function isHydrating(): boolean {
  // Docusaurus renders <html data-has-hydrated="false"> and sets it to "true" after.
  return typeof document !== 'undefined' && document.documentElement.dataset.hasHydrated !== 'true';
}

export default function CodeBlock(props: Props): ReactNode {
  const [Highlighted, setHighlighted] = useState(loadedHighlighted);
  const [adoptServerHtml] = useState(isHydrating);
  useEffect(() => {
    if (Highlighted) return undefined;
    let live = true;
    void loadHighlighted().then((component) => {
      if (live) setHighlighted(() => component);
    });
    return () => {
      live = false;
    };
  }, [Highlighted]);

  if (Highlighted)
    return (
      <div className="code-block-island">
        <Highlighted {...props} />
      </div>
    );
  if (adoptServerHtml)
    return (
      <div className="code-block-island" dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
    );
  return (
    <div className="code-block-island">
      <pre className="prism-code">
        <code>{props.children}</code>
      </pre>
    </div>
  );
}
