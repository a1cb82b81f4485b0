/**
 * Keeps the PWA's service-worker registration out of every page's start-up: swaps
 * @docusaurus/plugin-pwa's `registerSw` client module for src/pwa/registerAfterLoad.ts,
 * which imports the original a few seconds after the window has loaded, in idle time.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The client module itself, but not the deferred import of it (which ends in a query). */
const REGISTER_SW = /@docusaurus[\\/]plugin-pwa[\\/]lib[\\/]registerSw(?:\.js)?$/;

export default function serviceWorkerAfterLoad(): Plugin {
  return {
    name: 'service-worker-after-load',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(
            REGISTER_SW,
            path.resolve(__dirname, '../src/pwa/registerAfterLoad.ts'),
          ),
        ],
      };
    },
  };
}
