/**
 * Remark plugin: every Markdown link to a glossary term becomes a `<Term>` element that
 * shows the term's definition on hover and focus (src/components/Term).
 *
 *   [ELBO](../reference/glossary.mdx#elbo)   (any relative path to the glossary note)
 *   [ELBO](/docs/glossary#elbo)              (the glossary's URL)
 *   → <Term id="elbo" definition="A lower bound on …">ELBO</Term>
 *
 * The definition is read from src/data/glossary.json here, at build time, and written
 * into the page, so the browser never downloads the glossary data. A link to an id that
 * the glossary does not define fails the build:
 *
 *   docs/models/vaes.mdx:12: glossary term "elbo-x" is not in src/data/glossary.json
 *
 * In Docusaurus it runs after the built-in plugin that resolves `.mdx` links, so there it
 * sees the `/docs/glossary#id` form; both forms are handled so the plugin also works
 * alone (tests, other pipelines).
 *
 * @typedef {{id: string, definition: string}} GlossaryDefinition
 * @typedef {{
 *   glossaryFile?: string,
 *   entries?: GlossaryDefinition[],
 *   glossaryDoc?: string,
 *   glossaryRoute?: string,
 * }} Options
 *   glossaryFile: JSON list of {id, definition} (default: src/data/glossary.json);
 *   entries: the list itself, instead of a file;
 *   glossaryDoc: the glossary note, for resolving relative links (default:
 *   docs/reference/glossary.mdx); glossaryRoute: its URL path (default: /docs/glossary).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {visit} from 'unist-util-visit';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_GLOSSARY_FILE = path.join(siteDir, 'src/data/glossary.json');
const DEFAULT_GLOSSARY_DOC = path.join(siteDir, 'docs/reference/glossary.mdx');
const DEFAULT_GLOSSARY_ROUTE = '/docs/glossary';

/** @param {string} text */
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The glossary id a link points to, or null if it is not a link to a glossary term.
 *
 * @param {string} url
 * @param {{filePath?: string, glossaryDoc?: string, glossaryRoute?: string}} [where]
 *   filePath: the note containing the link (relative links are resolved against it).
 * @returns {string | null}
 */
export function glossaryIdOf(url, where = {}) {
  const {filePath, glossaryDoc = DEFAULT_GLOSSARY_DOC, glossaryRoute = DEFAULT_GLOSSARY_ROUTE} = where;
  const hashAt = url.indexOf('#');
  if (hashAt < 0) return null;
  const id = decode(url.slice(hashAt + 1));
  const pathname = decode(url.slice(0, hashAt).replace(/\?.*$/, ''));
  if (!id || !pathname) return null;
  if (pathname.startsWith('/')) {
    // The route, possibly behind a baseUrl ("/kb/docs/glossary").
    const route = pathname.replace(/\/$/, '');
    return route === glossaryRoute || route.endsWith(glossaryRoute) ? id : null;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathname) || !/\.mdx?$/.test(pathname)) return null;
  if (filePath) {
    const resolved = path.resolve(path.dirname(path.resolve(filePath)), pathname);
    return resolved.replace(/\.md$/, '.mdx') === glossaryDoc ? id : null;
  }
  return /(^|\/)reference\/glossary\.mdx?$/.test(pathname) ? id : null;
}

/**
 * @param {string} file
 * @returns {GlossaryDefinition[]}
 */
function readGlossary(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON list of glossary entries`);
  return data;
}

/**
 * @param {Options} [options]
 * @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void}
 */
export default function remarkGlossaryTerms(options = {}) {
  const glossaryFile = options.glossaryFile ?? DEFAULT_GLOSSARY_FILE;
  const entries = options.entries ?? readGlossary(glossaryFile);
  const definitions = new Map(entries.map((e) => [e.id, e.definition]));
  const glossaryLabel = options.entries ? 'the glossary' : path.relative(siteDir, glossaryFile);
  const where = {glossaryDoc: options.glossaryDoc, glossaryRoute: options.glossaryRoute};

  return (tree, file) => {
    const filePath = file.path || undefined;
    /** @type {string[]} */
    const problems = [];
    visit(tree, 'link', (node, index, parent) => {
      const id = glossaryIdOf(node.url, {...where, filePath});
      if (id === null || !parent || typeof index !== 'number') return undefined;
      const definition = definitions.get(id);
      if (definition === undefined) {
        const name = filePath ? path.relative(process.cwd(), path.resolve(filePath)) : '<input>';
        problems.push(
          `${name}:${node.position?.start.line ?? 1}: glossary term "${id}" is not in ${glossaryLabel}`,
        );
        return undefined;
      }
      /** @type {import('mdast-util-mdx-jsx').MdxJsxTextElement} */
      const term = {
        type: 'mdxJsxTextElement',
        name: 'Term',
        attributes: [
          {type: 'mdxJsxAttribute', name: 'id', value: id},
          {type: 'mdxJsxAttribute', name: 'definition', value: definition},
        ],
        children: node.children,
        position: node.position,
      };
      parent.children[index] = term;
      return undefined;
    });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
