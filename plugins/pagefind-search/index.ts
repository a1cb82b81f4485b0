/**
 * Offline full-text search for the built site (see README "Search").
 *
 * After `docusaurus build`, runs indexer.mjs, which feeds every note (pages whose content
 * carries `data-pagefind-body`, see src/theme/DocItem/Content) to Pagefind. Pagefind
 * writes a chunked index to `build/pagefind/`; the browser fetches only the chunks a
 * query needs, so the first query stays small as the site grows.
 */
import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import type {LoadContext, Plugin} from '@docusaurus/types';

const run = promisify(execFile);

export default function pagefindSearch(context: LoadContext): Plugin {
  return {
    name: 'pagefind-search',
    async postBuild({outDir}) {
      const indexer = path.join(context.siteDir, 'plugins/pagefind-search/indexer.mjs');
      try {
        // The glossary is the one source of the search's synonyms and acronyms.
        const glossary = path.join(context.siteDir, 'src/data/glossary.json');
        const {stdout} = await run(process.execPath, [indexer, outDir, context.baseUrl, glossary]);
        process.stdout.write(stdout);
      } catch (error) {
        const stderr = (error as {stderr?: string}).stderr ?? String(error);
        throw new Error(`Search index failed: ${stderr.trim()}`);
      }
    },
  };
}
