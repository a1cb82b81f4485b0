/**
 * Turns the mdast content of a question (prompt, choices, explanation, answer) into HTML
 * for the GIFT file and into Markdown for the Markdown file. The notes use a small part
 * of Markdown in their self-checks (paragraphs, emphasis, code, math, links, lists); any
 * other node keeps its text.
 *
 * Math becomes TeX for Moodle's MathJax/TeX filter: `\(…\)` inline and `\[…\]` on its own
 * in HTML; `$…$` and `$$…$$` in Markdown.
 */
import type {MdNode} from './extract';

export type RenderContext = {
  /** Makes a link of a note absolute (relative file paths and site paths alike). */
  resolveLink: (url: string) => string;
};

/**
 * The text of an MDX expression that is a string literal (`{'{'}`, the way a note writes a
 * literal brace); comments and other expressions show nothing.
 */
export function expressionText(node: MdNode): string {
  const match = /^\s*(['"])((?:\\.|(?!\1).)*)\1\s*$/s.exec(node.value ?? '');
  return match ? (match[2] ?? '').replace(/\\(.)/g, '$1') : '';
}

const HTML_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Elements a note may write as JSX that mean the same in HTML. */
const HTML_PHRASING = new Set([
  'abbr',
  'b',
  'code',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'strong',
  'sub',
  'sup',
]);

/** HTML on one line: GIFT ends a question at a blank line, so no newline may appear. */
export function toHtml(nodes: MdNode[], ctx: RenderContext): string {
  return nodes.map((node) => nodeToHtml(node, ctx)).join('');
}

function nodeToHtml(node: MdNode, ctx: RenderContext): string {
  const inner = () => toHtml(node.children ?? [], ctx);
  switch (node.type) {
    case 'text':
      return escapeHtml((node.value ?? '').replace(/\s*\n\s*/g, ' '));
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'emphasis':
      return `<em>${inner()}</em>`;
    case 'strong':
      return `<strong>${inner()}</strong>`;
    case 'delete':
      return `<s>${inner()}</s>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value ?? '')}</code>`;
    case 'code':
      // Newlines inside <pre> matter; <br> keeps them without a line break in the file.
      return `<pre><code>${escapeHtml(node.value ?? '').replace(/\n/g, '<br>')}</code></pre>`;
    case 'inlineMath':
      return `\\(${escapeHtml(node.value ?? '')}\\)`;
    case 'math':
      return `<p>\\[${escapeHtml((node.value ?? '').replace(/\s*\n\s*/g, ' '))}\\]</p>`;
    case 'break':
      return '<br>';
    case 'link':
      return `<a href="${escapeHtml(ctx.resolveLink(node.url ?? ''))}">${inner()}</a>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1;
      const items = (node.children ?? []).map((item) => {
        const blocks = item.children ?? [];
        // Tight list items hold one paragraph: no <p> inside <li>.
        const content =
          blocks.length === 1 && blocks[0]?.type === 'paragraph'
            ? toHtml(blocks[0].children ?? [], ctx)
            : toHtml(blocks, ctx);
        return `<li>${content}</li>`;
      });
      return `<${tag}${start ? ` start="${node.start}"` : ''}>${items.join('')}</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (node.name && HTML_PHRASING.has(node.name)) return `<${node.name}>${inner()}</${node.name}>`;
      return inner();
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return escapeHtml(expressionText(node));
    case 'mdxjsEsm':
    case 'html':
      return '';
    default:
      return node.children ? inner() : escapeHtml(node.value ?? '');
  }
}

/** Characters that would start Markdown syntax (or math) in plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*[\]<$]/g, (c) => `\\${c}`).replace(/^([#>+-]|\d+\.)(?=\s)/gm, '\\$1');
}

/** CommonMark with `$` math, one block per paragraph. */
export function toMarkdown(nodes: MdNode[], ctx: RenderContext): string {
  return nodes
    .map((node) => blockToMarkdown(node, ctx))
    .filter((block) => block !== '')
    .join('\n\n');
}

function phrasing(nodes: MdNode[], ctx: RenderContext): string {
  return nodes.map((node) => inlineToMarkdown(node, ctx)).join('');
}

function inlineToMarkdown(node: MdNode, ctx: RenderContext): string {
  const inner = () => phrasing(node.children ?? [], ctx);
  switch (node.type) {
    case 'text':
      return escapeMarkdown(node.value ?? '');
    case 'emphasis':
      return `*${inner()}*`;
    case 'strong':
      return `**${inner()}**`;
    case 'delete':
      return `~~${inner()}~~`;
    case 'inlineCode': {
      const value = node.value ?? '';
      const fence = value.includes('`') ? '``' : '`';
      return `${fence}${fence.length > 1 ? ' ' : ''}${value}${fence.length > 1 ? ' ' : ''}${fence}`;
    }
    case 'inlineMath':
      return `$${node.value ?? ''}$`;
    case 'break':
      return '\\\n';
    case 'link':
      return `[${inner()}](${ctx.resolveLink(node.url ?? '')})`;
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      if (node.name === 'sub' || node.name === 'sup') return `<${node.name}>${inner()}</${node.name}>`;
      return inner();
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return escapeMarkdown(expressionText(node));
    case 'html':
      return '';
    default:
      return node.children ? inner() : escapeMarkdown(node.value ?? '');
  }
}

function blockToMarkdown(node: MdNode, ctx: RenderContext): string {
  switch (node.type) {
    case 'paragraph':
      return phrasing(node.children ?? [], ctx).trim();
    case 'math':
      return `$$\n${(node.value ?? '').trim()}\n$$`;
    case 'code':
      return `\`\`\`${node.lang ?? ''}\n${node.value ?? ''}\n\`\`\``;
    case 'list':
      return (node.children ?? [])
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '-';
          const body = toMarkdown(item.children ?? [], ctx);
          return `${marker} ${body.replace(/\n/g, `\n${' '.repeat(marker.length + 1)}`)}`;
        })
        .join('\n');
    case 'blockquote':
      return toMarkdown(node.children ?? [], ctx)
        .split('\n')
        .map((line) => `> ${line}`.trimEnd())
        .join('\n');
    case 'mdxjsEsm':
      return '';
    case 'mdxJsxFlowElement':
      return toMarkdown(node.children ?? [], ctx);
    default:
      return inlineToMarkdown(node, ctx).trim();
  }
}
