/**
 * The bibliography page's body (see ./List.tsx), without its data in the page's code.
 *
 * The list is over 600 entries: with its data in the page's JavaScript, /docs/references
 * went over the 215 KiB budget. It is static text and links, so the browser does not need
 * it to hydrate:
 *
 * - The build renders the whole list into the static HTML (./loader.server.ts).
 * - While the page hydrates, the wrapper adopts that HTML as it is (an empty
 *   `dangerouslySetInnerHTML` tells React not to look inside), as src/theme/CodeBlock does.
 *   Its links are plain links then: a click loads the next page in full.
 * - On a client-side navigation to the page, the list's chunk loads and renders.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import {loadEntries, loadedEntries} from './loader';
import type {Props} from './List';

export type {Props} from './List';

/** True only during the first render in the browser, while React adopts the HTML. */
function isHydrating(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.hasHydrated !== 'true';
}

export default function ReferenceList(props: Props): ReactNode {
  const [Entries, setEntries] = useState(loadedEntries);
  const [adoptServerHtml] = useState(isHydrating);
  useEffect(() => {
    if (Entries || adoptServerHtml) return undefined;
    let live = true;
    void loadEntries().then((component) => {
      if (live) setEntries(() => component);
    });
    return () => {
      live = false;
    };
  }, [Entries, adoptServerHtml]);

  if (Entries)
    return (
      <div className="reference-list">
        <Entries {...props} />
      </div>
    );
  if (adoptServerHtml)
    return <div className="reference-list" dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  return (
    <div className="reference-list">
      <p>Loading the references…</p>
    </div>
  );
}
