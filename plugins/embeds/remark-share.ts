/**
 * Puts a "Share or embed" control (src/components/EmbedShare) right after every explainer
 * of ./registry.ts that a note uses, and imports the control, so no note has to write it
 * and a new explainer gets it from its registry line. A component is recognised by the
 * module the note imports it from, whatever local name the note gives it.
 *
 * Register it in docusaurus.config.ts: docs: {remarkPlugins: [remarkEmbedShare]}.
 */
import {EMBEDS, type EmbedEntry} from './registry';

const SHARE_MODULE = '@site/src/components/EmbedShare';
/** The control's local name in the compiled note; unlikely to clash with a note's own. */
const SHARE_NAME = 'SiteEmbedShare';

/** The parts of an ESTree node read here; other fields pass through. */
type EstreeNode = {
  type: string;
  source?: {type?: string; value?: unknown; raw?: string};
  specifiers?: {type: string; local?: {type?: string; name?: string}}[];
  [field: string]: unknown;
};

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  attributes?: {type: string; name: string; value: string}[];
  data?: {estree?: EstreeNode & {body?: EstreeNode[]}};
};

/** `@site/src/components/X`, `…/X/index` and `…/X/index.tsx` name the same module. */
function normalise(source: string): string {
  return source.replace(/\/index(\.[jt]sx?)?$/, '').replace(/\.[jt]sx?$/, '');
}

function shareImport(): Node {
  const value = `import ${SHARE_NAME} from '${SHARE_MODULE}';`;
  return {
    type: 'mdxjsEsm',
    value,
    data: {
      // The ESTree program MDX's own parser would write for that line.
      estree: {
        type: 'Program',
        sourceType: 'module',
        comments: [],
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: SHARE_NAME}}],
            source: {type: 'Literal', value: SHARE_MODULE, raw: `'${SHARE_MODULE}'`},
          },
        ],
      },
    },
  };
}

function shareElement(entry: EmbedEntry): Node {
  return {
    type: 'mdxJsxFlowElement',
    name: SHARE_NAME,
    attributes: [
      {type: 'mdxJsxAttribute', name: 'name', value: entry.name},
      {type: 'mdxJsxAttribute', name: 'title', value: entry.caption},
      {type: 'mdxJsxAttribute', name: 'height', value: String(entry.height)},
    ],
    children: [],
  };
}

export default function remarkEmbedShare(options: {entries?: readonly EmbedEntry[]} = {}) {
  const entries = options.entries ?? EMBEDS;
  const byModule = new Map(entries.map((e) => [normalise(e.component), e]));
  return (tree: Node): void => {
    // Local names of the registered components this note imports.
    const imported = new Map<string, EmbedEntry>();
    for (const node of tree.children ?? []) {
      if (node.type !== 'mdxjsEsm') continue;
      for (const statement of node.data?.estree?.body ?? []) {
        if (statement.type !== 'ImportDeclaration' || typeof statement.source?.value !== 'string') continue;
        const entry = byModule.get(normalise(statement.source.value));
        const local = statement.specifiers?.find((s) => s.type === 'ImportDefaultSpecifier')?.local?.name;
        if (entry && local) imported.set(local, entry);
      }
    }
    if (imported.size === 0) return;
    let added = false;
    const walk = (parent: Node) => {
      const children = parent.children ?? [];
      for (let i = 0; i < children.length; i += 1) {
        const child = children[i];
        if (!child) continue;
        const entry = child.type === 'mdxJsxFlowElement' && child.name ? imported.get(child.name) : undefined;
        if (entry) {
          children.splice(i + 1, 0, shareElement(entry));
          i += 1;
          added = true;
        } else walk(child);
      }
    };
    walk(tree);
    if (added) tree.children?.unshift(shareImport());
  };
}
