/**
 * Makes the two updates every page makes right after hydration transitions, so React
 * renders them in slices the browser can answer input between instead of in one block.
 *
 * Docusaurus learns two things only once the page has hydrated: that it runs in a browser
 * (`useIsBrowser`, from core's BrowserContextProvider) and the window's size
 * (`useWindowSize` from theme-common, 'ssr' until then). Both are state set in an effect,
 * which React renders at default priority: all at once, in the task after the hydration's
 * effects. On a phone that render drops the desktop sidebar and table of contents, and
 * on the benchmark machine it was one task of about 30 ms (render 16, commit 14) on a
 * model page, before Lighthouse's fourfold phone slowdown. The modules here do the same
 * with `startTransition`; a resize still updates at once.
 *
 * The two Docusaurus modules are swapped at build time, in the client and the server
 * bundle alike. If an upgrade moves either file, the build stops and names it: compare
 * the new module with its replacement here (CONTRIBUTING, "Upgrading Docusaurus").
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** A Docusaurus module and the one that stands in for it. */
export type Swap = {original: string; replacement: string};

/** The files swapped, as absolute paths. */
export function swaps(): Swap[] {
  const themeCommon = path.dirname(require.resolve('@docusaurus/theme-common'));
  return [
    {
      original: require.resolve('@docusaurus/core/lib/client/browserContext.js'),
      replacement: path.join(__dirname, 'browserContext.tsx'),
    },
    {
      original: path.join(themeCommon, 'hooks', 'useWindowSize.js'),
      replacement: path.join(__dirname, 'useWindowSize.ts'),
    },
  ];
}

/** Matches a module's resolved path, with either kind of slash. */
export function pathPattern(file: string): RegExp {
  const escaped = file
    .split(/[\\/]/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\\\/]');
  return new RegExp(`^${escaped}$`);
}

/** Throws, naming the file, when a module to swap is not where Docusaurus kept it. */
export function checkSwaps(list: Swap[], exists: (file: string) => boolean = existsSync): void {
  for (const {original} of list) {
    if (!exists(original))
      throw new Error(
        `hydration-in-transitions: ${original} is gone (a Docusaurus upgrade?). ` +
          'Compare the new module with its replacement in plugins/hydration-in-transitions/ and update the swap.',
      );
  }
}

export default function hydrationInTransitions(): Plugin {
  const list = swaps();
  checkSwaps(list);
  return {
    name: 'hydration-in-transitions',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: list.map(
          ({original, replacement}) => new NormalModuleReplacementPlugin(pathPattern(original), replacement),
        ),
      };
    },
  };
}
