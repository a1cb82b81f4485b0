/**
 * Lets each built page name the code of its own route, so the browser fetches it in
 * parallel with the app's entry code instead of after it.
 *
 * Docusaurus writes a page's scripts from react-loadable's manifest: the build records
 * which route modules a page rendered (as module paths, such as
 * `@site/docs/models/diffusion-models.mdx`) and looks them up in the client manifest.
 * But the manifest's loadable origins are keyed by chunk name (such as `8d6be84d`), so
 * no lookup matched: every page listed only `runtime~main` and `main`, and its route
 * chunks were requested only after `main.js` had downloaded and run, one round trip
 * later.
 *
 * After the client build writes the manifest, this plugin adds an origin for each
 * module path in the route registry, pointing at the same assets as its chunk name. The
 * page template then lists the route's chunks as deferred scripts after `main`; the
 * webpack runtime adopts those script elements rather than requesting the files again.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

type Manifest = {origins: Record<string, string[]>; assets: Record<string, unknown>};

/** `"8d6be84d": [() => import(/* … *\/ "@site/…"), "@site/…", …]` in `.docusaurus/registry.js`. */
const REGISTRY_ENTRY = /^\s*"([^"]+)":\s*\[\(\)\s*=>\s*import\([^)]*\),\s*"([^"]+)"/gm;

/** Chunk name → module path, from the registry Docusaurus generates. */
export function registryModules(registrySource: string): Map<string, string> {
  const modules = new Map<string, string>();
  for (const [, chunkName, modulePath] of registrySource.matchAll(REGISTRY_ENTRY))
    if (chunkName && modulePath) modules.set(chunkName, modulePath);
  return modules;
}

/** Adds `origins[modulePath]` for every chunk name the manifest knows; returns how many. */
export function addModuleOrigins(manifest: Manifest, modules: Map<string, string>): number {
  let added = 0;
  for (const [chunkName, modulePath] of modules) {
    const origin = manifest.origins[chunkName];
    if (origin === undefined || manifest.origins[modulePath] !== undefined) continue;
    manifest.origins[modulePath] = origin;
    added++;
  }
  return added;
}

export default function routeChunkScripts(context: {generatedFilesDir: string}): Plugin {
  const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
  const registryPath = path.join(context.generatedFilesDir, 'registry.js');
  return {
    name: 'route-chunk-scripts',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          {
            apply(compiler: {
              hooks: {afterEmit: {tapPromise: (name: string, run: () => Promise<void>) => void}};
            }) {
              compiler.hooks.afterEmit.tapPromise('route-chunk-scripts', async () => {
                let manifest: Manifest;
                try {
                  manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
                } catch {
                  return; // No manifest: `docusaurus start`, which renders no pages.
                }
                const modules = registryModules(await readFile(registryPath, 'utf8'));
                if (addModuleOrigins(manifest, modules) > 0)
                  await writeFile(manifestPath, JSON.stringify(manifest));
              });
            },
          },
        ],
      };
    },
  };
}
