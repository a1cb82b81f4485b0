// Shared helpers for reading and checking notes under docs/.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

// Sections every note ends with; course material links to these anchors.
export const CLOSING_SECTIONS = [
  'key-takeaways',
  'check-your-understanding',
  'further-reading',
  'references',
];

/** Every .md/.mdx note under docs/, skipping partials (`_name.mdx`). */
export function listNotes(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) out.push(full);
    }
  };
  walk(path.join(root, 'docs'));
  return out.sort();
}

/** Splits a note into its front matter (parsed) and body, keeping line offsets. */
export function splitFrontMatter(source) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return {data: null, body: source, bodyLine: 1, error: 'no front matter block'};
  const bodyLine = match[0].split('\n').length;
  try {
    const data = yaml.load(match[1]);
    return {data: data ?? {}, body: source.slice(match[0].length), bodyLine};
  } catch (e) {
    const line = e && typeof e === 'object' && 'mark' in e ? e.mark.line + 2 : 1;
    return {
      data: null,
      body: source.slice(match[0].length),
      bodyLine,
      error: `front matter is not valid YAML: ${e.reason ?? e.message}`,
      errorLine: line,
    };
  }
}

const HEADING = /^(#{2,3})\s+(.*?)\s*$/;
const EXPLICIT_ID = /\{\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\}$/;

/** Headings of level 2 and 3 with their explicit ids (or null), skipping code fences. */
export function headings(body, firstLine = 1) {
  const out = [];
  let fence = null;
  body.split('\n').forEach((text, i) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(text);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1].startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const h = HEADING.exec(text);
    if (!h) return;
    const idMatch = EXPLICIT_ID.exec(h[2]);
    out.push({
      level: h[1].length,
      title: h[2].replace(EXPLICIT_ID, '').trim(),
      id: idMatch ? idMatch[1] : null,
      line: firstLine + i,
    });
  });
  return out;
}
