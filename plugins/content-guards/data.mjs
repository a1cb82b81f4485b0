/**
 * Checks the data files the glossary, the bibliography and the landing page are built
 * from: every "explained on" or "cited on" reference must name an existing note (and an
 * existing heading anchor, when it gives one).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {listDocIds} from './frontmatter.mjs';
import {createAnchorIndex} from './remark-guards.mjs';
import {ContentError, help} from './messages.mjs';

/**
 * @param {{siteDir: string, glossary: Array<{id: string, explainedOn: string}>,
 *   references: Array<{id: string, citedOn: string[]}>}} input
 * @returns {string[]} problems, one line each
 */
export function checkDataFiles({siteDir, glossary, references}) {
  const docsDir = path.join(siteDir, 'docs');
  const ids = new Set(listDocIds(docsDir));
  const anchorsOf = createAnchorIndex({siteDir});
  const fileOf = (id) => {
    for (const ext of ['.mdx', '.md']) {
      const abs = path.join(docsDir, `${id}${ext}`);
      try {
        readFileSync(abs);
        return abs;
      } catch {
        /* try the next extension */
      }
    }
    return null;
  };
  const check = (ref) => {
    const [id = '', anchor] = ref.split('#');
    if (!ids.has(id)) return `"${ref}" names no doc (use an id such as "models/gans")`;
    const file = fileOf(id);
    if (anchor && file && !anchorsOf(file).has(anchor))
      return `"${ref}": docs/${id} has no heading with id "#${anchor}"`;
    return null;
  };
  const problems = [];
  const seen = new Set();
  for (const term of glossary) {
    if (seen.has(term.id))
      problems.push(`src/data/glossary.json: term "${term.id}" is defined twice ${help('glossary')}`);
    seen.add(term.id);
    const problem = check(term.explainedOn);
    if (problem)
      problems.push(`src/data/glossary.json: term "${term.id}": explainedOn ${problem} ${help('glossary')}`);
  }
  for (const ref of references) {
    for (const doc of ref.citedOn) {
      const problem = check(doc);
      if (problem)
        problems.push(`src/data/references.json: "${ref.id}": citedOn ${problem} ${help('references')}`);
    }
  }
  return problems;
}

/** Docusaurus plugin: runs the data checks when the site loads (start and build). */
export default function contentGuardsPlugin(context) {
  return {
    name: 'content-guards',
    getPathsToWatch() {
      return [path.join(context.siteDir, 'src/data/*.json')];
    },
    async loadContent() {
      const read = (file) => JSON.parse(readFileSync(path.join(context.siteDir, file), 'utf8'));
      const problems = checkDataFiles({
        siteDir: context.siteDir,
        glossary: read('src/data/glossary.json'),
        references: read('src/data/references.json'),
      });
      if (problems.length > 0) throw new ContentError(problems.join('\n'));
    },
  };
}
