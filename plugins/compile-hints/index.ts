/**
 * Marks the app's entry code (`main.js`) with V8's explicit compile hint,
 * `//# allFunctionsCalledOnLoad`, so that Chrome (136 and later) compiles its functions on
 * the background thread that streams the file in, instead of one by one on the main
 * thread the first time each runs.
 *
 * Every page runs most of `main.js` when it starts: React, the router, the theme's
 * providers, then hydration. Chrome streams the file off the main thread, but by default
 * compiles a function only when it is first called, and those compilations happened on
 * the main thread, inside the one task that evaluates the file and in hydration's tasks
 * after it. In five alternating Lighthouse runs of a note on the benchmark machine, the
 * hint took that task from 37–66 ms (median 63) to 32–51 ms (median 40): its run part
 * fell from 26–48 ms to 15–23 ms while its compile part grew from 10–18 ms to 17–27 ms.
 * See https://v8.dev/blog/explicit-compile-hints and MDN's "Magic comments".
 *
 * The hint goes on the entry chunk only: route chunks load only for their pages, and
 * compiling all of a chunk that a page uses little of would cost more than it saves.
 * Other browsers read it as a comment. It is added after minification (which drops
 * comments) and before the content hash is computed, so the file name changes with it.
 */
import type {Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

/** V8's magic comment; it must come first in the file. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The name Docusaurus gives its client entry chunk. */
const ENTRY_CHUNK = 'main';

/** The entry code with the hint as its first line (unchanged if it already has it). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

const NAME = 'compile-hints';

/** The bundler plugin: tags the entry chunk's JavaScript file(s). */
export class CompileHintPlugin {
  apply(compiler: Compiler): void {
    const {Compilation, sources} = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification (OPTIMIZE_SIZE), before the real content hash (OPTIMIZE_HASH).
        {name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE},
        () => {
          let tagged = 0;
          for (const chunk of compilation.chunks) {
            if (chunk.name !== ENTRY_CHUNK) continue;
            for (const file of chunk.files) {
              if (!file.endsWith('.js')) continue;
              compilation.updateAsset(
                file,
                (old) => new sources.RawSource(withCompileHint(String(old.source()))),
              );
              tagged += 1;
            }
          }
          if (tagged === 0)
            throw new Error(
              `${NAME}: no JavaScript file for the entry chunk "${ENTRY_CHUNK}" (did Docusaurus rename it?)`,
            );
        },
      );
    });
  }
}

export default function compileHints(): Plugin {
  return {
    name: NAME,
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {plugins: [new CompileHintPlugin()]};
    },
  };
}
