import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';

/**
 * Resolves "section/slug" or "section/slug#anchor" (a doc id, as in front matter and the
 * data files) to the page's URL. Throws during the build when the doc does not exist, so
 * a data file can never publish a link that points nowhere.
 */
export function useDocLinkResolver(): (ref: string, context: string) => string {
  const allDocs = useAllDocsData();
  const paths = new Map<string, string>();
  for (const plugin of Object.values(allDocs)) {
    for (const version of plugin.versions) {
      for (const doc of version.docs) paths.set(doc.id, doc.path);
    }
  }
  return (ref, context) => {
    const [id = '', anchor] = ref.split('#');
    const path = paths.get(id);
    if (path === undefined) {
      throw new Error(
        `${context}: "${ref}" names no doc. Use a doc id such as "models/gans" (optionally with #anchor).`,
      );
    }
    return anchor ? `${path}#${anchor}` : path;
  };
}
