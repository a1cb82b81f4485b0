/**
 * Gives each top-level block of a note a generous guess at its height on a phone, as
 * `contain-intrinsic-height` (see the content-visibility rules in src/css/custom.css).
 *
 * A block that skips rendering while off screen takes this height instead of its own.
 * If the guess were too small, the block's content would spill over the blocks after it
 * until it rendered: nobody sees that, but tools that check tap targets or overlaps do.
 * So the guess errs on the large side: about 38 characters a line (a 328 px column),
 * taller lines when inline formulas are present, room for every display formula and list
 * item. On wider screens the guess is merely loose; once a block has rendered, the
 * browser remembers its real height (`auto`).
 *
 * Runs after rehype-katex and before rehype-static-math, while formulas are still trees.
 */

const CHARS_PER_LINE = 38;
const LINE_PX = 27; // 16 px text at line-height 1.65
const INLINE_MATH_FACTOR = 1.35; // fractions and sub/superscripts make lines taller
const DISPLAY_MATH_PX = 120;
const ITEM_PX = 12; // list item spacing
const BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'details']);

/** @param {import('hast').Element} node */
function classesOf(node) {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
}

/**
 * Counts what makes a block tall: characters of text (a formula counts as about half its
 * TeX source), display formulas and list items.
 * @param {import('hast').Nodes} node
 * @param {{chars: number, inlineMath: number, displayMath: number, items: number}} acc
 */
function measure(node, acc) {
  if (node.type === 'text') {
    acc.chars += node.value.trim().length;
    return acc;
  }
  if (node.type !== 'element') {
    if ('children' in node) for (const child of node.children) measure(child, acc);
    return acc;
  }
  const classes = classesOf(node);
  if (classes.includes('katex-display')) {
    acc.displayMath += 1;
    return acc;
  }
  if (classes.includes('katex')) {
    acc.inlineMath += 1;
    const tex = findAnnotation(node);
    acc.chars += Math.ceil(tex.length / 2);
    return acc;
  }
  if (node.tagName === 'li') acc.items += 1;
  for (const child of node.children) measure(child, acc);
  return acc;
}

/** @param {import('hast').Element} node */
function findAnnotation(node) {
  if (node.tagName === 'annotation') {
    return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
  }
  for (const child of node.children) {
    if (child.type === 'element') {
      const found = findAnnotation(child);
      if (found) return found;
    }
  }
  return '';
}

/** A generous height in px for a block's content on a 328 px column (a 360 px phone). */
export function estimateHeight({chars, inlineMath, displayMath, items}) {
  const lines = Math.ceil(chars / CHARS_PER_LINE) + items;
  const lineHeight = LINE_PX * (inlineMath > 0 ? INLINE_MATH_FACTOR : 1);
  return Math.ceil(lines * lineHeight + displayMath * DISPLAY_MATH_PX + items * ITEM_PX);
}

export default function rehypeBlockSize() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    for (const node of tree.children) {
      if (node.type !== 'element' || !BLOCKS.has(node.tagName)) continue;
      // Tables grow with their narrowest column: src/css/custom.css gives them a fixed guess.
      if (classesOf(node).includes('table-scroll')) continue;
      const acc = measure(node, {chars: 0, inlineMath: 0, displayMath: 0, items: 0});
      if (acc.inlineMath === 0 && acc.displayMath === 0) continue; // only blocks with math skip rendering
      const style = node.properties?.style ? `${node.properties.style};` : '';
      node.properties = {
        ...node.properties,
        style: `${style}contain-intrinsic-height:auto ${estimateHeight(acc)}px`,
      };
    }
  };
}
