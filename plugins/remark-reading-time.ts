/**
 * Computes each note's reading time at build time and stores it in the note's front
 * matter as `reading_time: {words, minutes}`, where the page header reads it
 * (`useDoc().frontMatter`). Docusaurus does not compute reading time for docs.
 *
 * How it reaches the page: Docusaurus's MDX loader parses the front matter, hands the
 * object to remark plugins as `file.data.frontMatter`, and after compiling exports that
 * same object as the module's `frontMatter`. Adding a key here therefore adds it to the
 * page's front matter. If Docusaurus ever stopped sharing the object, the page header
 * would throw "no reading time" and the build would fail, not show a wrong number.
 *
 * What counts: words of prose, headings, lists, tables, admonitions, details and
 * components' text children, and of code. Imports, `{…}` expressions (comments), JSX
 * attributes and the "References" section (a list to look things up in, not to read) do
 * not count. A formula counts as one word inline and as a short sentence when displayed,
 * because a reader has to stop and read it.
 *
 * Register it in docusaurus.config.ts: docs: {remarkPlugins: [remarkMath, remarkReadingTime]}.
 */
import {READING_TIME_KEY, type ReadingTime} from '../src/utils/noteMeta';

/** Reading speed for explanatory prose (Docusaurus's blog uses the same default). */
export const WORDS_PER_MINUTE = 200;
/** A displayed formula takes about as long to read as a 20-word sentence. */
export const DISPLAY_MATH_WORDS = 20;
/** An inline formula such as $p_\theta(x)$ reads like one word. */
export const INLINE_MATH_WORDS = 1;

/** The parts of an mdast node this plugin looks at (text nodes have `value`, parents `children`). */
type MarkdownNode = {type: string; value?: unknown; depth?: number; children?: MarkdownNode[]};
/** The part of a unified VFile this plugin uses (Docusaurus puts `frontMatter` in `data`). */
type MarkdownFile = {data: object};

/** Nodes that a reader never sees as text: ESM imports/exports, `{…}` expressions, raw front matter. */
const SKIPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'toml']);

const segmenter = new Intl.Segmenter('en', {granularity: 'word'});

/** Words in a string, as Intl.Segmenter splits them (punctuation and spaces excluded). */
export function countWords(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Plain text of a node, leaving out `{…}` expressions such as a heading's id comment. */
function textOf(node: MarkdownNode): string {
  if (SKIPPED.has(node.type)) return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function isReferencesHeading(node: MarkdownNode): boolean {
  return node.type === 'heading' && node.depth === 2 && textOf(node).trim().toLowerCase() === 'references';
}

/** Words a reader reads in a Markdown/MDX syntax tree (see the file comment for what counts). */
export function countReadableWords(node: MarkdownNode): number {
  if (SKIPPED.has(node.type)) return 0;
  if (node.type === 'root') {
    // Skip from "## References" to the next heading of level 1 or 2.
    let inReferences = false;
    let words = 0;
    for (const child of node.children ?? []) {
      if (child.type === 'heading' && (child.depth ?? 6) <= 2) inReferences = isReferencesHeading(child);
      if (!inReferences) words += countReadableWords(child);
    }
    return words;
  }
  if (node.type === 'math') return DISPLAY_MATH_WORDS;
  if (node.type === 'inlineMath') return INLINE_MATH_WORDS;
  if (
    (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') &&
    typeof node.value === 'string'
  ) {
    return countWords(node.value);
  }
  return (node.children ?? []).reduce((sum, child) => sum + countReadableWords(child), 0);
}

/** Words → whole minutes, rounded up, at least one. */
export function readingTimeOf(words: number): ReadingTime {
  return {words, minutes: Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))};
}

/** The remark plugin. Overwrites a hand-written `reading_time` (it is always computed). */
export default function remarkReadingTime() {
  return (tree: MarkdownNode, file: MarkdownFile): void => {
    const data = file.data as {frontMatter?: Record<string, unknown>};
    const frontMatter = (data.frontMatter ??= {});
    frontMatter[READING_TIME_KEY] = readingTimeOf(countReadableWords(tree));
  };
}
