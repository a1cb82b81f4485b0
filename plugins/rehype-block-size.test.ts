/**
 * rehype-block-size: blocks with formulas get a height guess; other blocks and tables
 * are left to the stylesheet.
 */
import {compile} from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import rehypeBlockSize, {estimateHeight} from './rehype-block-size.mjs';
import rehypeScrollable from './rehype-scrollable.mjs';

async function compiled(source: string) {
  return String(
    await compile(source, {
      remarkPlugins: [remarkGfm, remarkMath],
      rehypePlugins: [rehypeKatex, rehypeScrollable, rehypeBlockSize],
    }),
  );
}

describe('estimateHeight', () => {
  it('grows with text, formulas and list items', () => {
    const base = estimateHeight({chars: 100, inlineMath: 0, displayMath: 0, items: 0});
    expect(estimateHeight({chars: 200, inlineMath: 0, displayMath: 0, items: 0})).toBeGreaterThan(base);
    expect(estimateHeight({chars: 100, inlineMath: 1, displayMath: 0, items: 0})).toBeGreaterThan(base);
    expect(estimateHeight({chars: 100, inlineMath: 0, displayMath: 1, items: 0})).toBeGreaterThan(base);
    expect(estimateHeight({chars: 100, inlineMath: 0, displayMath: 0, items: 3})).toBeGreaterThan(base);
  });
});

describe('rehype-block-size', () => {
  it('gives a paragraph with a formula a height guess, and plain text none', async () => {
    const code = await compiled(
      'Plain words only.\n\nThe loss $L = \\lVert x - \\hat x \\rVert^2$ is small.',
    );
    expect(code.match(/containIntrinsicHeight/g)).toHaveLength(1);
    expect(code).toMatch(/containIntrinsicHeight: "auto \d+px"/);
  });

  it('leaves tables to the stylesheet', async () => {
    const code = await compiled('| Aspect | Value |\n| --- | --- |\n| loss | $x^2$ |');
    expect(code).not.toContain('containIntrinsicHeight');
  });
});
