/**
 * Fixture tests for the reading-time remark plugin: MDX in, the reading time it adds to
 * the front matter out. Compiled with MDX and remark-math, as Docusaurus compiles notes.
 */
import {readFileSync} from 'node:fs';
import {compile} from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import {describe, expect, it} from 'vitest';
import remarkReadingTime, {
  DISPLAY_MATH_WORDS,
  WORDS_PER_MINUTE,
  countWords,
  readingTimeOf,
} from './remark-reading-time';

/** Compiles MDX the way Docusaurus's loader does: front matter object in `file.data`. */
async function readingTimeOfMdx(source: string, frontMatter: Record<string, unknown> = {}) {
  await compile({value: source, data: {frontMatter}}, {remarkPlugins: [remarkMath, remarkReadingTime]});
  return frontMatter.reading_time;
}

describe('countWords', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('A generator turns noise into samples.')).toBe(6);
    expect(countWords('encoder–decoder, 1024×1024 — GPT-3!')).toBe(6);
    expect(countWords('   ')).toBe(0);
  });
});

describe('readingTimeOf', () => {
  it('rounds up to whole minutes at 200 words a minute, at least one', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingTimeOf(0)).toEqual({words: 0, minutes: 1});
    expect(readingTimeOf(200)).toEqual({words: 200, minutes: 1});
    expect(readingTimeOf(201)).toEqual({words: 201, minutes: 2});
    expect(readingTimeOf(3000)).toEqual({words: 3000, minutes: 15});
  });
});

describe('remarkReadingTime', () => {
  it('adds the reading time to the same front-matter object the loader exports', async () => {
    const frontMatter = {title: 'T'};
    await readingTimeOfMdx('One two three.', frontMatter);
    expect(frontMatter).toEqual({title: 'T', reading_time: {words: 3, minutes: 1}});
  });

  it('counts prose, headings, lists, tables, emphasis, links, code and component children', async () => {
    const source = [
      '## A heading {/* #a-heading */}',
      '',
      'Some *emphasised* and [linked](https://example.com) words.',
      '',
      '- one item',
      '- two items',
      '',
      '| Col | Umn |',
      '| --- | --- |',
      '| a b | c |',
      '',
      'Run `npm test` now.',
      '',
      '```python',
      'print("hello world")',
      '```',
      '',
      '<details>',
      '<summary>Show answer</summary>',
      '',
      'Hidden answer text.',
      '',
      '</details>',
    ].join('\n');
    // heading 2 + sentence 5 + items 4 + table 5 + "Run npm test now" 4 + code 3 + details 5
    expect(await readingTimeOfMdx(source)).toEqual({words: 28, minutes: 1});
  });

  it('skips imports, comments and JSX attributes', async () => {
    const source = [
      "import Figure from '@site/src/components/Figure';",
      '',
      '{/* component: Timeline — a comment with many words in it */}',
      '',
      '<Figure alt="an alt text of eight words here too" caption="Two more" />',
      '',
      'Only these four words.',
    ].join('\n');
    expect(await readingTimeOfMdx(source)).toEqual({words: 4, minutes: 1});
  });

  it('leaves out the References section, up to the next section', async () => {
    const source = [
      'One two.',
      '',
      '## References {/* #references */}',
      '',
      '- Goodfellow, I. J. et al. (2014). *Generative Adversarial Nets*.',
      '',
      '### A subsection of the references {/* #sub */}',
      '',
      'Still references.',
      '',
      '## Appendix {/* #appendix */}',
      '',
      'Three four.',
    ].join('\n');
    // "One two." + "Appendix" + "Three four."
    expect(await readingTimeOfMdx(source)).toEqual({words: 5, minutes: 1});
  });

  it('counts an inline formula as one word and a displayed one as a short sentence', async () => {
    const source = ['The loss $L(\\theta)$ is', '', '$$', 'x_t = \\sqrt{\\bar\\alpha_t}\\,x_0', '$$'].join(
      '\n',
    );
    expect(await readingTimeOfMdx(source)).toEqual({words: 3 + 1 + DISPLAY_MATH_WORDS, minutes: 1});
  });

  it('overwrites a hand-written value: reading time is always computed', async () => {
    expect(await readingTimeOfMdx('Two words.', {reading_time: {words: 1, minutes: 99}})).toEqual({
      words: 2,
      minutes: 1,
    });
  });

  it('gives a real note a plausible reading time', async () => {
    const note = readFileSync(new URL('../docs/models/gans.mdx', import.meta.url), 'utf8');
    const body = note.replace(/^---\n[\s\S]*?\n---\n/, '');
    const result = (await readingTimeOfMdx(body)) as {words: number; minutes: number};
    expect(result.words).toBeGreaterThan(1500);
    expect(result.minutes).toBe(Math.ceil(result.words / WORDS_PER_MINUTE));
  });
});
