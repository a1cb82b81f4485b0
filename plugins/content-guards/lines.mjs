/**
 * Lines of the front matter, for messages that point at what to fix: the line of a key,
 * and the line of one entry of a list (or of one field of that entry).
 */

/** The lines of a file and the index of the front matter's closing `---`. */
function frontMatterLines(fileContent) {
  const lines = fileContent.split(/\r?\n/);
  const close = lines.indexOf('---', 1);
  return {lines, end: close < 0 ? lines.length : close};
}

/** The line of `key:` inside the front matter block (1-based), or 1. */
export function lineOfKey(fileContent, key) {
  const {lines, end} = frontMatterLines(fileContent);
  for (let i = 1; i < end; i += 1) {
    if (new RegExp(`^${key}\\s*:`).test(lines[i] ?? '')) return i + 1;
  }
  return 1;
}

/**
 * The line (1-based) of entry `index` (0-based) of the block list under `key:`, or of
 * that entry's `field:` when given and present. Falls back to the entry's line, then to
 * the key's line (a flow list, `key: [{…}]`, has one line for all).
 */
export function lineOfEntry(fileContent, key, index, field) {
  const {lines, end} = frontMatterLines(fileContent);
  const keyLine = lineOfKey(fileContent, key);
  if (keyLine === 1) return 1;
  let item = -1;
  let itemIndent = -1;
  let entryLine = keyLine;
  for (let i = keyLine; i < end; i += 1) {
    const text = lines[i] ?? '';
    if (/^\S/.test(text) && !text.startsWith('-')) break; // the next key
    const dash = /^(\s*)-(?:\s+|$)/.exec(text);
    if (dash && (itemIndent < 0 || (dash[1] ?? '').length === itemIndent)) {
      itemIndent = (dash[1] ?? '').length;
      item += 1;
      if (item > index) break;
      if (item === index) {
        entryLine = i + 1;
        if (!field || new RegExp(`^\\s*-\\s+${field}\\s*:`).test(text)) return i + 1;
      }
      continue;
    }
    if (item === index && field && new RegExp(`^\\s*${field}\\s*:`).test(text)) return i + 1;
  }
  return entryLine;
}
