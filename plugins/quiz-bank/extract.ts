/**
 * Reads the self-check questions of a note from its MDX, parsed with the same tools the
 * site uses (remark-parse, remark-mdx, remark-math, GFM), not with regular expressions:
 *
 * - a `<Quiz>` of `<Question>`s with `<Choice>`s and one `<Explanation>` (model pages;
 *   src/components/Quiz), and
 * - open questions: a question (usually a numbered list item) followed by its answer in
 *   `<details><summary>Show answer</summary>…</details>` (the other notes).
 *
 * Only the "Check your understanding" section counts (`{/* #check-your-understanding *\/}`).
 * A malformed question throws with the file and line, as the Quiz component does in the
 * build, so the bank never holds a question the page could not show.
 */
import {readFileSync} from 'node:fs';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import {expressionText} from './render';

/** The parts of an mdast node this module reads (mdast, MDX and math nodes). */
export type MdNode = {
  type: string;
  value?: string;
  children?: MdNode[];
  /** JSX elements. */
  name?: string | null;
  attributes?: {type: string; name?: string; value?: unknown}[];
  /** Headings. */
  depth?: number;
  /** Links and images. */
  url?: string;
  alt?: string | null;
  /** Lists and code. */
  ordered?: boolean | null;
  start?: number | null;
  lang?: string | null;
  position?: {start: {line: number}};
};

export type ChoiceQuestion = {
  kind: 'choice';
  /** "Select all that apply": several choices may be right. */
  multiple: boolean;
  /** Block content of the prompt. */
  prompt: MdNode[];
  /** Each choice's phrasing content. */
  choices: {correct: boolean; content: MdNode[]}[];
  /** Block content of the explanation. */
  explanation: MdNode[];
  line: number;
};

export type OpenQuestion = {
  kind: 'open';
  prompt: MdNode[];
  /** Block content of the model answer (the `<details>` without its `<summary>`). */
  answer: MdNode[];
  line: number;
};

export type BankQuestion = ChoiceQuestion | OpenQuestion;

const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkMdx)
  .use(remarkMath);

export function parseMdx(source: string): MdNode {
  return parser.parse(source) as MdNode;
}

const SELF_CHECK_ID = /^\/\*\s*#check-your-understanding\s*\*\/$/;

function isJsx(node: MdNode | undefined, name?: string): boolean {
  return (
    node !== undefined &&
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (name === undefined || node.name === name)
  );
}

function hasAttribute(node: MdNode, name: string): boolean {
  return (node.attributes ?? []).some(
    (a) => a.type === 'mdxJsxAttribute' && a.name === name && a.value !== false && a.value !== 'false',
  );
}

/** Whitespace-only text, or an MDX comment `{/* … *\/}`: nothing a reader sees. */
function isBlank(node: MdNode): boolean {
  if (node.type === 'text') return (node.value ?? '').trim() === '';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
    return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');
  if (node.type === 'paragraph') return (node.children ?? []).every(isBlank);
  return false;
}

/** Plain text, for titles and messages. */
export function plainText(node: MdNode | MdNode[]): string {
  if (Array.isArray(node)) return node.map(plainText).join('');
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return expressionText(node);
  if (node.type === 'inlineMath' || node.type === 'math') return node.value ?? '';
  if (typeof node.value === 'string') return node.value;
  const inner = (node.children ?? []).map(plainText);
  return ['paragraph', 'listItem', 'heading'].includes(node.type) ? `${inner.join('')} ` : inner.join('');
}

/** The top-level nodes of the "Check your understanding" section (empty when there is none). */
export function selfCheckSection(tree: MdNode): MdNode[] {
  const nodes = tree.children ?? [];
  const start = nodes.findIndex(
    (n) =>
      n.type === 'heading' &&
      (n.children ?? []).some(
        (c) => c.type === 'mdxTextExpression' && SELF_CHECK_ID.test((c.value ?? '').trim()),
      ),
  );
  if (start < 0) return [];
  const depth = nodes[start]?.depth ?? 2;
  const rest = nodes.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && (n.depth ?? 6) <= depth);
  return end < 0 ? rest : rest.slice(0, end);
}

class QuizBankError extends Error {
  override name = 'QuizBankError';
}

function fail(file: string, node: MdNode | undefined, message: string): never {
  throw new QuizBankError(`${file}:${node?.position?.start.line ?? 1}: quiz bank: ${message}`);
}

function readChoiceQuestion(question: MdNode, file: string): ChoiceQuestion {
  const prompt: MdNode[] = [];
  const choices: ChoiceQuestion['choices'] = [];
  const explanations: MdNode[][] = [];
  const take = (node: MdNode): boolean => {
    if (isJsx(node, 'Choice')) {
      const content = node.children ?? [];
      // A choice written over several lines holds one paragraph: keep its phrasing content.
      const only = content.filter((c) => !isBlank(c));
      choices.push({
        correct: hasAttribute(node, 'correct'),
        content: only.length === 1 && only[0]?.type === 'paragraph' ? (only[0].children ?? []) : content,
      });
    } else if (isJsx(node, 'Explanation')) {
      const content = node.children ?? [];
      // `<Explanation>one line</Explanation>` holds phrasing content: make it a paragraph.
      explanations.push(
        node.type === 'mdxJsxTextElement' ? [{type: 'paragraph', children: content}] : content,
      );
    } else return false;
    return true;
  };
  for (const node of question.children ?? []) {
    if (take(node)) continue;
    if (
      node.type === 'paragraph' &&
      (node.children ?? []).some((c) => isJsx(c, 'Choice') || isJsx(c, 'Explanation'))
    ) {
      const rest = (node.children ?? []).filter((c) => !take(c));
      if (!rest.every(isBlank)) prompt.push({...node, children: rest});
      continue;
    }
    if (!isBlank(node)) prompt.push(node);
  }
  const multiple = hasAttribute(question, 'multiple');
  const name = `question "${plainText(prompt).trim().slice(0, 60)}"`;
  if (prompt.length === 0) fail(file, question, 'a <Question> has no prompt');
  if (choices.length < 2) fail(file, question, `${name} needs at least two <Choice>s`);
  const correct = choices.filter((c) => c.correct).length;
  if (correct === 0) fail(file, question, `${name} has no <Choice correct>`);
  if (!multiple && correct > 1)
    fail(file, question, `${name} has ${correct} correct choices but no \`multiple\``);
  if (explanations.length !== 1) fail(file, question, `${name} needs exactly one <Explanation>`);
  return {
    kind: 'choice',
    multiple,
    prompt,
    choices,
    explanation: explanations[0] ?? [],
    line: question.position?.start.line ?? 1,
  };
}

/** A question written as a one-item list ("3. Why …?") is that item's content. */
function unwrapListItem(nodes: MdNode[]): MdNode[] {
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'list' && only.children?.length === 1) return only.children[0]?.children ?? [];
  return nodes;
}

/**
 * Every self-check question of a note, in page order. `file` names the note in messages.
 */
export function extractQuestions(source: string, file: string): BankQuestion[] {
  const section = selfCheckSection(parseMdx(source));
  const questions: BankQuestion[] = [];
  let pending: MdNode[] = [];
  for (const node of section) {
    if (isJsx(node, 'Quiz')) {
      for (const child of node.children ?? []) {
        if (isBlank(child)) continue;
        if (!isJsx(child, 'Question')) fail(file, child, 'a <Quiz> holds only <Question>s');
        questions.push(readChoiceQuestion(child, file));
      }
      pending = [];
    } else if (isJsx(node, 'details')) {
      const children = (node.children ?? []).filter((c) => !isBlank(c));
      const answer = children.filter(
        (c) =>
          !isJsx(c, 'summary') &&
          !(c.type === 'paragraph' && (c.children ?? []).some((p) => isJsx(p, 'summary'))),
      );
      const prompt = unwrapListItem(pending.filter((n) => !isBlank(n)));
      if (prompt.length === 0) fail(file, node, 'a <details> answer has no question before it');
      if (answer.length === 0) fail(file, node, 'a <details> in the self-check holds no answer');
      questions.push({kind: 'open', prompt, answer, line: node.position?.start.line ?? 1});
      pending = [];
    } else if (!isBlank(node) && node.type !== 'mdxjsEsm') {
      pending.push(node);
    }
  }
  return questions;
}

export function extractQuestionsFromFile(path: string, file = path): BankQuestion[] {
  return extractQuestions(readFileSync(path, 'utf8'), file);
}
