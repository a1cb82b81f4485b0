/**
 * Makes the parts of a note that may scroll sideways usable by keyboard (WCAG 2.1.1):
 * wide display formulas and wide tables become focusable scroll regions, so a reader can
 * Tab to one and scroll it with the arrow keys. Runs after rehype-katex.
 */
import {visit} from 'unist-util-visit';

/** @param {unknown} node */
function classList(node) {
  const value = /** @type {{properties?: {className?: unknown}}} */ (node).properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
}

export default function rehypeScrollable() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (classList(node).includes('katex-display')) {
        node.properties = {...node.properties, tabIndex: 0};
        return 'skip';
      }
      if (node.tagName === 'table' && parent && typeof index === 'number') {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            role: 'region',
            ariaLabel: 'Table (scrolls sideways)',
          },
          children: [node],
        };
        return 'skip';
      }
      return undefined;
    });
  };
}
