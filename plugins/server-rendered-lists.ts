/**
 * Keeps the bibliography's data out of the page's code: src/components/ReferenceList
 * loads its list on demand in the browser (and, on a full page load, not at all: the page
 * adopts the static HTML); in the server build the on-demand import becomes a direct one,
 * so the static HTML holds the whole list. The same swap as plugins/lazy-code-highlighting.ts.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const LOADER = /ReferenceList[\\/]loader(?:\.ts)?$/;

export default function serverRenderedLists(): Plugin {
  return {
    name: 'server-rendered-lists',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (!isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      const server = path.resolve(__dirname, '../src/components/ReferenceList/loader.server.ts');
      return {plugins: [new NormalModuleReplacementPlugin(LOADER, server)]};
    },
  };
}
