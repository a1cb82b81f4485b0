/**
 * rehype-block-size: blocks with formulas get a height guess; other blocks and tables
 * are left to the stylesheet.
 */
import {compile} from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import rehypeBlockSize, {estimateHeight, estimateTableHeight} from './rehype-block-size.mjs';
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

describe('estimateTableHeight', () => {
  const cell = (chars: number, inlineMath = 0) => ({chars, inlineMath});

  it('adds up rows, each as tall as its tallest cell', () => {
    const one = estimateTableHeight([[cell(10), cell(10)]]);
    expect(
      estimateTableHeight([
        [cell(10), cell(10)],
        [cell(10), cell(10)],
      ]),
    ).toBeGreaterThan(one);
    expect(estimateTableHeight([[cell(10), cell(300)]])).toBeGreaterThan(
      estimateTableHeight([[cell(10), cell(30)]]),
    );
    expect(estimateTableHeight([[cell(30, 1), cell(30)]])).toBeGreaterThan(
      estimateTableHeight([[cell(30), cell(30)]]),
    );
  });

  it('gives a long cell in a narrow column more lines than in a wide one', () => {
    const narrow = estimateTableHeight([[cell(200), cell(200), cell(200), cell(200)]]);
    expect(narrow).toBeGreaterThan(estimateTableHeight([[cell(200)]]));
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

  it('gives a table with a formula a guess of its own, and a plain table none', async () => {
    const code = await compiled('| Aspect | Value |\n| --- | --- |\n| loss | $x^2$ |');
    expect(code.match(/containIntrinsicHeight: "auto (\d+)px"/)?.[1]).toBe(
      String(
        estimateTableHeight([
          [
            {chars: 6, inlineMath: 0},
            {chars: 5, inlineMath: 0},
          ],
          [
            {chars: 4, inlineMath: 0},
            {chars: 2, inlineMath: 1},
          ],
        ]),
      ),
    );
    const plain = await compiled('| Aspect | Value |\n| --- | --- |\n| loss | squared |');
    expect(plain).not.toContain('containIntrinsicHeight');
  });
});
