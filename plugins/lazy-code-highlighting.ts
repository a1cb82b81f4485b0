/**
 * Keeps Prism out of every page's start-up: replaces the classic theme's
 * `prism-include-languages` client module, which imports Prism and registers the extra
 * languages before the first render, with an empty module. src/theme/CodeBlock and
 * src/components/CodeHighlighting do the same work on demand, only on pages with code;
 * in the server build the on-demand import becomes a direct one.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(?:\.js)?$/;
const LOADER = /CodeHighlighting[\\/]loader(?:\.ts)?$/;
const here = (file: string) => path.resolve(__dirname, '../src/components/CodeHighlighting', file);

export default function lazyCodeHighlighting(): Plugin {
  return {
    name: 'lazy-code-highlighting',
    configureWebpack(_config, isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      const plugins = [new NormalModuleReplacementPlugin(CLIENT_MODULE, here('noPrismAtStartup.ts'))];
      // The build renders code blocks in place; only the browser loads them on demand.
      if (isServer) plugins.push(new NormalModuleReplacementPlugin(LOADER, here('loader.server.ts')));
      return {plugins};
    },
  };
}
