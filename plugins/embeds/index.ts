/**
 * Docusaurus plugin: a page at /embed/<name> for each explainer of ./registry.ts, made to
 * sit in an iframe on a course page: the component, a heading and a credit line linking
 * to its note, with no navbar, sidebar or footer (src/components/EmbedPage). Each page's
 * route loads only its own component. The pages are `noindex` and out of the sitemap
 * (docusaurus.config.ts); nothing stops them being framed.
 */
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
        const metaPath = await actions.createData(`embed-${entry.name}.json`, JSON.stringify(meta));
        actions.addRoute({
          path: `${context.baseUrl}${embedPath(entry.name)}`,
          component: '@site/src/components/EmbedPage',
          modules: {explainer: entry.component, meta: metaPath},
          exact: true,
        });
      }
    },
  };
}
