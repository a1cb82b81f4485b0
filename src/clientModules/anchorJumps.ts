/**
 * Lands links to a section or term exactly, even though off-screen blocks skip
 * rendering (content-visibility in src/css/custom.css).
 *
 * A skipped block stands in with a guessed height, so when the browser jumps to an
 * anchor far down a note, everything above the anchor is guessed, and the anchor ends up
 * away from the top once those blocks render. After any jump to an anchor (a link with a
 * hash, a hash typed in the address bar, a page opened at a section), this module renders
 * the whole note once, so the browser remembers every block's real height, then scrolls
 * to the anchor again. It costs one full layout, the first time only.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {ClientModule} from '@docusaurus/types';

const RENDER_ALL = 'render-all';

function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** Renders every block once (sizes are remembered from then on), then scrolls to `hash`. */
export async function settleOnAnchor(hash: string): Promise<void> {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id || !document.getElementById(id)) return;
  const note = document.querySelector<HTMLElement>('.markdown');
  if (note && note.dataset.sized !== 'true') {
    note.classList.add(RENDER_ALL);
    // Browsers record a block's real height at the frame after it renders.
    await nextFrames(2);
    note.classList.remove(RENDER_ALL);
    note.dataset.sized = 'true';
  }
  document.getElementById(id)?.scrollIntoView();
}

if (ExecutionEnvironment.canUseDOM) {
  window.addEventListener('hashchange', () => void settleOnAnchor(window.location.hash));
}

const anchorJumps: ClientModule = {
  onRouteDidUpdate({location}) {
    if (location.hash) void settleOnAnchor(location.hash);
  },
};

export default anchorJumps;
