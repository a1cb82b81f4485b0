/**
 * Fixture tests for plugins/remark-glossary-terms.mjs: Markdown in, MDX JSX out (or an
 * error naming the file and line).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import {compile} from '@mdx-js/mdx';
import {VFile} from 'vfile';
import type {Root} from 'mdast';
import {describe, expect, it} from 'vitest';
import remarkGlossaryTerms, {glossaryIdOf} from './remark-glossary-terms.mjs';
import glossary from '../src/data/glossary.json';
import {listNotes} from '../scripts/lib/notes.mjs';

const root = path.resolve(__dirname, '..');
const definitionOf = (id: string): string => {
  const entry = glossary.find((e) => e.id === id);
  if (!entry) throw new Error(`test setup: no glossary entry "${id}"`);
  return entry.definition;
};

/** Runs the plugin on a note's source and returns the transformed tree without positions. */
function transform(markdown: string, filePath = 'docs/models/vaes.mdx'): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGlossaryTerms);
  const file = new VFile({value: markdown, path: path.join(root, filePath)});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));
}

function term(id: string, children: unknown[]) {
  return {
    type: 'mdxJsxTextElement',
    name: 'Term',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'id', value: id},
      {type: 'mdxJsxAttribute', name: 'definition', value: definitionOf(id)},
    ],
    children,
  };
}

describe('remark-glossary-terms', () => {
  it('turns a relative link to the glossary note into a Term with the definition', () => {
    const tree = transform('Trained on the [ELBO](../reference/glossary.mdx#elbo).');
    expect(tree.children).toEqual([
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'Trained on the '},
          term('elbo', [{type: 'text', value: 'ELBO'}]),
          {type: 'text', value: '.'},
        ],
      },
    ]);
  });

  it('accepts the glossary URL, other relative paths and keeps formatted link text', () => {
    const tree = transform(
      [
        'A [*diffusion* model](/docs/glossary#diffusion-model),',
        'a [token](./glossary.mdx#token) and [ELBO](../../docs/reference/glossary.mdx#elbo).',
      ].join('\n'),
      'docs/reference/references.mdx',
    );
    const paragraph = tree.children[0];
    expect(paragraph?.type).toBe('paragraph');
    const terms =
      paragraph && 'children' in paragraph ? paragraph.children.filter((n) => n.type !== 'text') : [];
    expect(terms).toEqual([
      term('diffusion-model', [
        {type: 'emphasis', children: [{type: 'text', value: 'diffusion'}]},
        {type: 'text', value: ' model'},
      ]),
      term('token', [{type: 'text', value: 'token'}]),
      term('elbo', [{type: 'text', value: 'ELBO'}]),
    ]);
  });

  it('leaves other links alone: notes, glossary without a term, external, same-named files', () => {
    const source = [
      '[VAEs](../models/vaes.mdx#elbo) [the glossary](../reference/glossary.mdx)',
      '[ext](https://example.com/docs/glossary#elbo) [other](./glossary.mdx#elbo) [anchor](#elbo)',
    ].join('\n');
    const tree = transform(source);
    const paragraph = tree.children[0];
    const kinds = paragraph && 'children' in paragraph ? paragraph.children.map((n) => n.type) : [];
    expect(kinds.filter((k) => k === 'link')).toHaveLength(5);
    expect(kinds).not.toContain('mdxJsxTextElement');
  });

  it('converts links inside JSX, lists and admonition-like blocks too', () => {
    const tree = transform(
      '<KeyIdea>\n\n- The [KL divergence](../reference/glossary.mdx#kl-divergence).\n\n</KeyIdea>',
    );
    expect(JSON.stringify(tree)).toContain(
      JSON.stringify(term('kl-divergence', [{type: 'text', value: 'KL divergence'}])),
    );
  });

  it('fails on an unknown term with the file and line of every bad link', () => {
    const source =
      'Fine: [ELBO](../reference/glossary.mdx#elbo).\n\nBad: [x](../reference/glossary.mdx#no-such-term)\nand [y](/docs/glossary#nor-this)';
    expect(() => transform(source, 'docs/models/vaes.mdx')).toThrow(
      'docs/models/vaes.mdx:3: glossary term "no-such-term" is not in src/data/glossary.json\n' +
        'docs/models/vaes.mdx:4: glossary term "nor-this" is not in src/data/glossary.json',
    );
  });

  it('compiles with @mdx-js/mdx to a Term element that gets the definition as a string prop', async () => {
    const js = String(
      await compile('See [softmax](../reference/glossary.mdx#softmax).', {
        remarkPlugins: [remarkGlossaryTerms],
      }),
    );
    expect(js).toMatch(/_jsx\(Term, \{\s*id: "softmax",\s*definition: /);
    expect(js).toContain(JSON.stringify(definitionOf('softmax')));
    // No glossary data beyond the definitions the page uses.
    expect(js).not.toContain(definitionOf('elbo'));
  });

  it('can read the definitions from another file or list', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGlossaryTerms, {entries: [{id: 'widget', definition: 'A made-up thing.'}]});
    const tree = processor.runSync(processor.parse('[w](/docs/glossary#widget)'));
    expect(JSON.stringify(tree)).toContain('"value":"A made-up thing."');
    expect(() => processor.runSync(processor.parse('[w](/docs/glossary#elbo)'))).toThrow(
      '<input>:1: glossary term "elbo" is not in the glossary',
    );
  });
});

describe('glossaryIdOf', () => {
  it('recognises the glossary note and route, with or without a base URL', () => {
    expect(glossaryIdOf('../reference/glossary.mdx#elbo')).toBe('elbo');
    expect(glossaryIdOf('/docs/glossary#elbo')).toBe('elbo');
    expect(glossaryIdOf('/docs/glossary/#elbo')).toBe('elbo');
    expect(glossaryIdOf('/kb/docs/glossary#elbo')).toBe('elbo');
    expect(glossaryIdOf('/docs/glossary')).toBeNull();
    expect(glossaryIdOf('/docs/glossary-old#elbo')).toBeNull();
    expect(glossaryIdOf('mailto:x@example.com#elbo')).toBeNull();
  });
});

describe('the notes', () => {
  it('link only to glossary terms that exist (every glossary link becomes a Term)', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkFrontmatter)
      .use(remarkMath)
      .use(remarkGlossaryTerms);
    let terms = 0;
    for (const file of listNotes(root) as string[]) {
      const vfile = new VFile({value: readFileSync(file, 'utf8'), path: file});
      const tree = processor.runSync(processor.parse(vfile), vfile);
      terms += (JSON.stringify(tree).match(/"name":"Term"/g) ?? []).length;
    }
    expect(terms).toBeGreaterThan(100);
    // Parses all 50+ notes with MDX and math: seconds on an idle machine, more on a busy one.
  }, 60_000);
});
