/**
 * A remark plugin that stops the build on mistakes Docusaurus would let through or report
 * without a line number. It runs before Docusaurus's own plugins (configure it in
 * `beforeDefaultRemarkPlugins`), so it sees the note as written:
 *
 * - a `##`/`###` heading without an explicit id `{/* #id *\/}`;
 * - math that KaTeX cannot render (rehype-katex would print red text and carry on);
 * - an image without alt text (Markdown `![](…)` or JSX `<img>`);
 * - a link to a heading anchor that does not exist, on this note or another note, or to
 *   a glossary term or reference that the data files do not define.
 *
 * All problems of a file are reported together, one `file:line: message` per line.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import katex from 'katex';
import {visit} from 'unist-util-visit';
import {ContentError, help} from './messages.mjs';

const EXPLICIT_ID = /^\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/$/;
const ID_IN_SOURCE = /^#{2,6}\s.*\{\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\}\s*$/gm;

/** Plain text of a node, for messages. */
function textOf(node) {
  if (!node) return '';
  if (typeof node.value === 'string' && node.type !== 'mdxTextExpression') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export function slugify(title) {
  return title
    .toLowerCase()
    .replace(/[`*_$\\{}()[\]'".,:;!?/]/g, '')
    .replace(/&/g, 'and')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-');
}

/** Anchors a page offers: its explicit heading ids, plus ids its data file defines. */
export function createAnchorIndex({siteDir}) {
  const cache = new Map();
  const fromJson = (file) => {
    try {
      return JSON.parse(readFileSync(path.join(siteDir, file), 'utf8')).map((e) => e.id);
    } catch {
      return [];
    }
  };
  return (absFile) => {
    if (!cache.has(absFile)) {
      const ids = new Set();
      if (existsSync(absFile)) {
        for (const m of readFileSync(absFile, 'utf8').matchAll(ID_IN_SOURCE)) ids.add(m[1]);
      }
      const rel = path.relative(siteDir, absFile).split(path.sep).join('/');
      if (rel === 'docs/reference/glossary.mdx')
        fromJson('src/data/glossary.json').forEach((id) => ids.add(id));
      if (rel === 'docs/reference/references.mdx')
        fromJson('src/data/references.json').forEach((id) => ids.add(id));
      cache.set(absFile, ids);
    }
    return cache.get(absFile);
  };
}

/**
 * @param {{siteDir: string, anchorsOf?: (absFile: string) => Set<string>}} options
 */
export default function remarkGuards(options) {
  const siteDir = options.siteDir;
  return (tree, file) => {
    const filePath = file.path ?? file.history?.[0] ?? '';
    const relPath = path.relative(siteDir, filePath).split(path.sep).join('/');
    if (!relPath.startsWith('docs/')) return;
    // A fresh index per file in dev mode would be slower; anchors of a file rarely change
    // between two compilations of another file, and the build always starts fresh.
    const anchorsOf = options.anchorsOf ?? createAnchorIndex({siteDir});
    const problems = [];
    const report = (node, message) =>
      problems.push(`${relPath}:${node.position?.start.line ?? 1}: ${message}`);
    const ownIds = new Set();

    visit(tree, (node) => {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        const last = node.children[node.children.length - 1];
        const id = last?.type === 'mdxTextExpression' ? EXPLICIT_ID.exec(last.value.trim())?.[1] : undefined;
        const title = textOf(node).trim();
        if (!id) {
          report(
            node,
            `heading "${title}" has no explicit id — add {/* #${slugify(title)} */} ${help('heading-ids')}`,
          );
        } else if (ownIds.has(id)) {
          report(node, `heading id "#${id}" is used twice on this page ${help('heading-ids')}`);
        } else ownIds.add(id);
      }
      if (node.type === 'math' || node.type === 'inlineMath') {
        try {
          katex.renderToString(node.value, {
            displayMode: node.type === 'math',
            throwOnError: true,
            strict: 'ignore',
          });
        } catch (error) {
          const reason =
            error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
          const formula = node.value.trim();
          const shown = formula.length > 60 ? `${formula.slice(0, 57)}…` : formula;
          report(node, `math does not render (${reason.split(':')[0]}) in $${shown}$ ${help('math')}`);
        }
      }
      if (node.type === 'image') {
        if (!(node.alt ?? '').trim()) {
          report(
            node,
            `image "${node.url}" has no alt text — describe it: ![what it shows](${node.url}) ${help('images')}`,
          );
        }
        const local = !/^[a-z]+:|^\//i.test(node.url);
        if (
          local &&
          !existsSync(path.resolve(path.dirname(filePath), decodeURI(node.url.split(/[?#]/)[0])))
        ) {
          report(
            node,
            `image "${node.url}" does not exist (paths are relative to this note) ${help('images')}`,
          );
        }
      }
      if (node.type === 'table') {
        // Screen readers announce each cell with its column header; an empty one leaves
        // that column unnamed (axe: td-has-header).
        const header = node.children[0]?.children ?? [];
        header.forEach((cell, column) => {
          if (!textOf(cell).trim()) {
            report(
              node,
              `table header cell ${column + 1} is empty — name the column, e.g. | Aspect | … | ${help('tables')}`,
            );
          }
        });
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
        const alt = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
        if (!alt || (typeof alt.value === 'string' && !alt.value.trim())) {
          report(node, `<img> has no alt text — add alt="what it shows" ${help('images')}`);
        }
      }
    });

    visit(tree, 'link', (node) => {
      const url = node.url ?? '';
      if (/^[a-z]+:/i.test(url)) return;
      const hash = url.indexOf('#');
      const target = hash < 0 ? url : url.slice(0, hash);
      const anchor = hash < 0 ? '' : decodeURIComponent(url.slice(hash + 1));
      if (/\.mdx?$/.test(target) && !existsSync(path.resolve(path.dirname(filePath), target))) {
        report(
          node,
          `link to "${url}": ${target} does not exist (paths are relative to this note) ${help('links')}`,
        );
        return;
      }
      if (!anchor) return;
      if (target === '') {
        if (!ownIds.has(anchor) && !anchorsOf(filePath).has(anchor)) {
          report(node, `link to "#${anchor}": no heading on this page has that id ${help('links')}`);
        }
        return;
      }
      if (!/\.mdx?$/.test(target)) return; // URL-style links are checked by Docusaurus
      const abs = path.resolve(path.dirname(filePath), target);
      if (!anchorsOf(abs).has(anchor)) {
        const rel = path.relative(siteDir, abs).split(path.sep).join('/');
        const what =
          rel === 'docs/reference/glossary.mdx'
            ? `glossary term "${anchor}" is not in src/data/glossary.json`
            : rel === 'docs/reference/references.mdx'
              ? `reference "${anchor}" is not in src/data/references.json`
              : `${rel} has no heading with id "#${anchor}"`;
        report(node, `link to "${url}": ${what} ${help('links')}`);
      }
    });

    if (problems.length > 0) throw new ContentError(problems.join('\n'));
  };
}
