/**
 * Docusaurus plugin: a page at /embed/<name> for each explainer of ./registry.ts, made to
 * sit in an iframe on a course page: the component, a heading and a credit line linking
 * to its note, with no navbar, sidebar or footer (src/components/EmbedPage). Each page's
 * route loads only its own component. The pages are `noindex` and out of the sitemap
 * (docusaurus.config.ts); nothing stops them being framed.
 */
import path from 'node:path';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {EMBEDS, embedPath, type EmbedEntry, type EmbedMeta} from './registry';

export default function embedsPlugin(context: LoadContext): Plugin {
  const entries: readonly EmbedEntry[] = EMBEDS;
  return {
    name: 'embeds',
    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const docs = docsContent?.loadedVersions.flatMap((version) => version.docs) ?? [];
      const seen = new Set<string>();
      for (const entry of entries) {
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.name) || seen.has(entry.name))
          throw new Error(`plugins/embeds/registry.ts: embed name "${entry.name}" is not unique kebab-case`);
        seen.add(entry.name);
        const doc = docs.find((d) => d.id === entry.docId);
        if (!doc)
          throw new Error(
            `plugins/embeds/registry.ts: "${entry.name}" credits docId "${entry.docId}", which names no note`,
          );
        const meta: EmbedMeta = {
          name: entry.name,
          caption: entry.caption,
          height: entry.height,
          noteTitle: doc.title,
          notePermalink: doc.permalink,
        };
        // One small generated module per page, holding the page, the explainer and the
        // credit: every route costs each page of the site an entry in the route table,
        // and one module per route keeps that entry short.
        const modulePath = await actions.createData(
          `embed-${entry.name}.js`,
          [
            "import {createElement} from 'react';",
            "import EmbedPage from '@site/src/components/EmbedPage';",
            `import Explainer from '${entry.component}';`,
            `const meta = ${JSON.stringify(meta)};`,
            'export default function Embed() {',
            '  return createElement(EmbedPage, {explainer: Explainer, meta});',
            '}',
            '',
          ].join('\n'),
        );
        actions.addRoute({
          path: `${context.baseUrl}${embedPath(entry.name)}`,
          // Aliased, so no absolute path of the build machine ends up in the bundle.
          component: `@generated/${path.relative(context.generatedFilesDir, modulePath).split(path.sep).join('/')}`,
          exact: true,
        });
      }
    },
  };
}
