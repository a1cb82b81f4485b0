/**
 * False in the server render and while the page hydrates, true afterwards: for the parts
 * that show only once JavaScript runs (a quiz's Check button, the reader's progress).
 *
 * After hydration the flip is a transition, so React renders it in slices the browser can
 * answer input between, and commits it on its own. Before, `useSyncExternalStore` with a
 * server snapshot of false did the flip by itself; React makes that a synchronous
 * re-render inside the task that runs the hydration's effects, and on a note with a quiz
 * that task took 38 ms on the benchmark machine (before Lighthouse's fourfold phone
 * slowdown). `useSyncExternalStore` still tells the cases apart: the server and the
 * hydration render read false, a part that mounts later (a client-side navigation, a part
 * mounted in idle time) reads true at once.
 *
 * In the built site Docusaurus's `useIsBrowser` now flips in the same transition
 * (plugins/hydration-in-transitions/). This hook stays separate because the components'
 * unit tests render them on the "server" and in the browser within one jsdom environment,
 * where `useIsBrowser`'s stand-in (tests/mocks/) cannot tell the two apart.
 */
import {startTransition, useEffect, useState, useSyncExternalStore} from 'react';

/** True once the page's first hydration has run its effects. */
let pageHydrated = false;

const noSubscription = () => () => undefined;
const afterHydration = () => pageHydrated;
const onServer = () => false;

export function useHydrated(): boolean {
  const mountedLater = useSyncExternalStore(noSubscription, afterHydration, onServer);
  const [flipped, setFlipped] = useState(false);
  useEffect(() => {
    if (mountedLater) return;
    // Set after all of this commit's effects: React compares each hydrated store's value
    // with the server's in those effects, and a difference would re-render synchronously.
    queueMicrotask(() => {
      pageHydrated = true;
    });
    startTransition(() => setFlipped(true));
  }, [mountedLater]);
  return mountedLater || flipped;
}
