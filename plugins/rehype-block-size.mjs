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
 * Tables (with formulas, wrapped in `.table-scroll` by rehype-scrollable) grow with their
 * narrowest column, so they are guessed row by row: the column splits the line's
 * characters as the browser's automatic table layout roughly does, in proportion to its
 * longest cell, and a row is as tall as its tallest cell.
 *
 * Runs after rehype-katex and before rehype-static-math, while formulas are still trees.
 */

const CHARS_PER_LINE = 38;
const LINE_PX = 27; // 16 px text at line-height 1.65
const INLINE_MATH_FACTOR = 1.35; // fractions and sub/superscripts make lines taller
const DISPLAY_MATH_PX = 120;
const ITEM_PX = 12; // list item spacing
const BLOCKS = new Set(['p', 'ul', 'ol', 'div', 'details']);
const CELL_PADDING_CHARS = 3; // a cell's side padding, in characters of the line
const CELL_PADDING_PX = 26; // a cell's top and bottom padding and its border
const MIN_CELL_CHARS = 6; // a column is at least about its longest word wide
const TABLE_MARGIN_PX = 32; // the table's margin and a horizontal scrollbar
const TABLE_SLACK = 1.5; // automatic table layout splits the line less evenly than this guess

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
    // Spaces between words take room too, not only those inside one text node.
    acc.chars += node.value.replace(/\s+/g, ' ').length;
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

/** @param {import('hast').Element} node @param {string} tag @returns {import('hast').Element[]} */
function descendants(node, tag) {
  const found = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) found.push(child);
    else found.push(...descendants(child, tag));
  }
  return found;
}

/**
 * A generous height in px for a table on a 328 px column, from the characters and inline
 * formulas of each cell (rows are lists of cells, each `{chars, inlineMath}`).
 * @param {Array<Array<{chars: number, inlineMath: number}>>} rows
 */
export function estimateTableHeight(rows) {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const longest = Array.from({length: columns}, (_, j) =>
    Math.max(1, ...rows.map((row) => row[j]?.chars ?? 0)),
  );
  const total = longest.reduce((sum, chars) => sum + chars, 0);
  const lineChars = Math.max(CHARS_PER_LINE - CELL_PADDING_CHARS * columns, MIN_CELL_CHARS * columns);
  const columnChars = longest.map((chars) =>
    Math.max(MIN_CELL_CHARS, Math.floor((lineChars * chars) / total)),
  );
  const height = rows.reduce((sum, row) => {
    const cellHeights = row.map((cell, j) => {
      const lines = Math.max(1, Math.ceil(cell.chars / (columnChars[j] ?? MIN_CELL_CHARS)));
      return lines * LINE_PX * (cell.inlineMath > 0 ? INLINE_MATH_FACTOR : 1);
    });
    return sum + Math.max(LINE_PX, ...cellHeights) + CELL_PADDING_PX;
  }, 0);
  return Math.ceil(height * TABLE_SLACK + TABLE_MARGIN_PX);
}

/** @param {import('hast').Element} node */
function measureTable(node) {
  return descendants(node, 'tr').map((row) =>
    row.children
      .filter((cell) => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
      .map((cell) => {
        const {chars, inlineMath} = measure(cell, {chars: 0, inlineMath: 0, displayMath: 0, items: 0});
        return {chars, inlineMath};
      }),
  );
}

/** @param {import('hast').Element} node @param {number} height */
function setGuess(node, height) {
  const style = node.properties?.style ? `${node.properties.style};` : '';
  node.properties = {...node.properties, style: `${style}contain-intrinsic-height:auto ${height}px`};
}

export default function rehypeBlockSize() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    for (const node of tree.children) {
      if (node.type !== 'element' || !BLOCKS.has(node.tagName)) continue;
      const acc = measure(node, {chars: 0, inlineMath: 0, displayMath: 0, items: 0});
      if (acc.inlineMath === 0 && acc.displayMath === 0) continue; // only blocks with math skip rendering
      if (classesOf(node).includes('table-scroll')) setGuess(node, estimateTableHeight(measureTable(node)));
      else setGuess(node, estimateHeight(acc));
    }
  };
}
