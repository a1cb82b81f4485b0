/**
 * Stands in for @docusaurus/theme-common's `hooks/useWindowSize.js` (see ./index.ts),
 * with the same contract: 'ssr' in the server render and while the page hydrates (so
 * hydration matches), then 'desktop' or 'mobile', changing only when the window crosses
 * the breakpoint. The first real value arrives in a transition; resizes apply at once.
 */
import {startTransition, useEffect, useState} from 'react';

export type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima's breakpoint: wider than this is desktop (its CSS uses the same number). */
const DESKTOP_BREAKPOINT = 996;

export function useWindowSize({
  desktopBreakpoint = DESKTOP_BREAKPOINT,
}: {desktopBreakpoint?: number} = {}): WindowSize {
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const current = (): WindowSize => (window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile');
    startTransition(() => setWindowSize(current()));
    const onResize = () => setWindowSize(current());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [desktopBreakpoint]);
  return windowSize;
}
