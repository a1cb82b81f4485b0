/**
 * Stand-in for @docusaurus/plugin-content-docs/client. Docs are those of docs/ whose ids
 * the tests name; paths follow the site's convention (/docs/<id>).
 */
const ids = ['models/gans', 'models/vaes', 'models/diffusion-models', 'fundamentals/history'];

export function useAllDocsData() {
  return {
    default: {
      path: '/docs',
      versions: [{name: 'current', docs: ids.map((id) => ({id, path: `/docs/${id}`}))}],
    },
  };
}

export function useDoc() {
  return {
    metadata: {unlisted: false, title: 'Test note', permalink: '/docs/models/gans', frontMatter: {}},
    frontMatter: {},
  };
}
