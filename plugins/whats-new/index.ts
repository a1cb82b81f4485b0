/**
 * /whats-new and its feeds (see CONTRIBUTING "What's new and its feeds").
 *
 * Once every plugin has loaded its content, reads the docs the site builds (their front
 * matter as the build's guard checked and normalised it, their titles and URLs as the docs
 * plugin made them), adds the /whats-new route with every update as props (so its HTML
 * lists them all without JavaScript), and after the build writes `whats-new/rss.xml` and
 * `whats-new/atom.xml`. Every page's <head> points feed readers at both.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {WhatsNewEntry} from '../../src/components/WhatsNewPage';
import {ATOM_FILE, buildFeeds, collectEntries, RSS_FILE, WHATS_NEW_PATH} from './entries';

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

export default function whatsNew(context: LoadContext): Plugin {
  const {baseUrl, siteConfig} = context;
  const pagePath = `${baseUrl}${WHATS_NEW_PATH}`;
  let entries: WhatsNewEntry[] = [];
  return {
    name: 'whats-new',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent[DOCS_PLUGIN]?.default as LoadedContent | undefined;
      if (!docs) throw new Error('whats-new: the docs plugin (default instance) has no content.');
      entries = collectEntries(
        docs.loadedVersions.flatMap((version) =>
          version.docs.map((doc) => ({
            id: doc.id,
            title: doc.title,
            permalink: doc.permalink,
            unlisted: doc.unlisted,
            frontMatter: doc.frontMatter,
          })),
        ),
      );
      actions.addRoute({
        path: pagePath,
        component: '@site/src/components/WhatsNewPage',
        exact: true,
        props: {entries, rssPath: `${pagePath}/${RSS_FILE}`, atomPath: `${pagePath}/${ATOM_FILE}`},
      });
    },
    injectHtmlTags() {
      const link = (type: string, file: string, format: string) => ({
        tagName: 'link',
        attributes: {rel: 'alternate', type, href: `${pagePath}/${file}`, title: `What's new (${format})`},
      });
      return {
        headTags: [
          link('application/rss+xml', RSS_FILE, 'RSS'),
          link('application/atom+xml', ATOM_FILE, 'Atom'),
        ],
      };
    },
    async postBuild({outDir}) {
      const {rss, atom} = buildFeeds({
        entries,
        siteUrl: siteConfig.url,
        baseUrl,
        siteTitle: siteConfig.title,
      });
      const dir = path.join(outDir, WHATS_NEW_PATH);
      await mkdir(dir, {recursive: true});
      await Promise.all([
        writeFile(path.join(dir, RSS_FILE), rss),
        writeFile(path.join(dir, ATOM_FILE), atom),
      ]);
    },
  };
}
