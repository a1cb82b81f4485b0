/**
 * Ships each KaTeX formula to the browser as one HTML string instead of a tree of JSX.
 *
 * rehype-katex turns a formula into dozens of nested spans (the visual HTML) plus its
 * MathML; on a model page that is over 8,000 elements, four in five of the page. As JSX,
 * every one of them is code in the page's bundle and a component React must walk while
 * hydrating, which blocked the main thread for over a second on a phone. A formula never
 * changes after the build, so this plugin replaces KaTeX's output with a single
 * `<span class="katex">` whose content is set with `dangerouslySetInnerHTML`: the server
 * renders the same markup as before, and hydration adopts it without walking it.
 *
 * The string is KaTeX's own output, serialised with hast-util-to-html, which escapes
 * every text node, so nothing a note's TeX contains reaches the page unescaped. Runs
 * after rehype-katex, rehype-scrollable and rehype-block-size.
 */
import {toHtml} from 'hast-util-to-html';
import {SKIP, visit} from 'unist-util-visit';

/** @param {import('hast').Element} node */
function isKatexRoot(node) {
  const value = node.properties?.className;
  const classes = Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(' ')
      : [];
  return node.tagName === 'span' && classes.includes('katex');
}

/**
 * `{__html: html}` as the ESTree program MDX expects for an attribute expression.
 * @param {string} html
 */
function innerHtmlExpression(html) {
  const object = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: {type: 'Identifier', name: '__html'},
        value: {type: 'Literal', value: html, raw: JSON.stringify(html)},
      },
    ],
  };
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: `{__html: ${JSON.stringify(html)}}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        comments: [],
        body: [{type: 'ExpressionStatement', expression: object}],
      },
    },
  };
}

export default function rehypeStaticMath() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || typeof index !== 'number' || !isKatexRoot(node)) return undefined;
      const html = toHtml(node.children, {characterReferences: {useNamedReferences: true}});
      /** @type {any} */ (parent.children)[index] = {
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [
          {type: 'mdxJsxAttribute', name: 'className', value: 'katex'},
          {type: 'mdxJsxAttribute', name: 'dangerouslySetInnerHTML', value: innerHtmlExpression(html)},
        ],
        children: [],
      };
      return SKIP;
    });
  };
}
