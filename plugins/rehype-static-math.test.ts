/**
 * rehype-static-math: each formula reaches React as one element with its HTML as a
 * string, and renders to the same markup KaTeX produced.
 */
import React, {type ComponentType} from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToStaticMarkup} from 'react-dom/server';
import {compile, evaluate} from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import rehypeScrollable from './rehype-scrollable.mjs';
import rehypeStaticMath from './rehype-static-math.mjs';

const SOURCE = [
  'The loss is $\\lVert x - \\hat x \\rVert^2$.',
  '',
  '$$',
  'a < b \\quad \\text{and} \\quad \\frac{1}{2}',
  '$$',
].join('\n');

async function render(rehypePlugins: unknown[]) {
  const {default: Content} = (await evaluate(SOURCE, {
    ...runtime,
    remarkPlugins: [remarkMath],
    rehypePlugins: rehypePlugins as never,
  })) as unknown as {default: ComponentType};
  return renderToStaticMarkup(React.createElement(Content));
}

describe('rehype-static-math', () => {
  it('compiles each formula to one element with its HTML as a string', async () => {
    const code = String(
      await compile(SOURCE, {remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeStaticMath]}),
    );
    expect(code.match(/dangerouslySetInnerHTML/g)).toHaveLength(2);
    // KaTeX's inner spans are no longer JSX.
    expect(code).not.toMatch(/className: "mord/);
  });

  it('renders the same markup as KaTeX output compiled to JSX', async () => {
    const asJsx = await render([rehypeKatex, rehypeScrollable]);
    const asHtml = await render([rehypeKatex, rehypeScrollable, rehypeStaticMath]);
    // React writes style attributes without KaTeX's trailing semicolon; nothing else differs.
    const styles = (html: string) => html.replace(/;"/g, '"');
    expect(styles(asHtml)).toBe(styles(asJsx));
    expect(asHtml).toContain('<annotation encoding="application/x-tex">a &lt; b');
    expect(asHtml).toContain('class="katex-display" tabindex="0"');
  });
});
