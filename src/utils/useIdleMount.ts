import {startTransition, useEffect, useState} from 'react';
import {onIdle} from './onIdle';

/** The longest a deferred part waits for an idle moment before it mounts anyway. */
const IDLE_TIMEOUT_MS = 4000;

/**
 * Whether a part of the page that is not visible at start-up should be mounted yet.
 *
 * It becomes true in the render where `needed` is true (the reader asked for the part),
 * or else in an idle moment after hydration, inside a transition so that React renders
 * the part in slices that do not block input. `idlePeriods` is how many idle periods
 * to let pass first: parts that others fill through context mount later than the parts
 * that fill them, so the filling does not re-render them. While `enabled` is false it
 * waits. Once true it stays true.
 */
export function useIdleMount(needed: boolean, {enabled = true, idlePeriods = 1} = {}): boolean {
  const [mounted, setMounted] = useState(false);
  // Asked for before the idle moment came: mount in this same render.
  if (needed && !mounted) setMounted(true);

  useEffect(() => {
    if (!enabled || mounted) return undefined;
    let cancel = () => {};
    const wait = (periods: number) => {
      cancel = onIdle(
        () => {
          if (periods > 1) wait(periods - 1);
          else startTransition(() => setMounted(true));
        },
        {timeout: IDLE_TIMEOUT_MS, fallbackMs: 1000},
      );
    };
    wait(idlePeriods);
    return () => cancel();
  }, [enabled, mounted, idlePeriods]);

  return mounted;
}
