// Shared helpers for reading and checking notes under docs/.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {compile} from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import remarkFrontmatter from 'remark-frontmatter';
import rehypeKatex from 'rehype-katex';

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'];
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

export function slugify(title) {
  return title
    .toLowerCase()
    .replace(/[`*_$\\{}()[\]'".,:;!?/]/g, '')
    .replace(/&/g, 'and')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-');
}

/** Returns a list of problems ({line, message}) for one note. */
export async function checkNote(source, relPath, {tags} = {}) {
  const problems = [];
  const isReferencePage = relPath.startsWith('docs/reference/') || relPath.includes('kitchen-sink');
  const fm = splitFrontMatter(source);
  if (fm.error) problems.push({line: fm.errorLine ?? 1, message: fm.error});
  const data = fm.data ?? {};
  if (fm.data) {
    const need = (key, ok, what) => {
      if (!(key in data)) problems.push({line: 1, message: `front matter is missing "${key}" (${what})`});
      else if (!ok(data[key])) problems.push({line: 1, message: `front matter "${key}" must be ${what}`});
    };
    const isString = (v) => typeof v === 'string' && v.trim().length > 0;
    need('title', isString, 'a non-empty string');
    need('description', (v) => isString(v) && v.length <= 160, 'a string of at most 160 characters');
    need('slug', (v) => isString(v) && v.startsWith('/'), 'a path starting with "/"');
    if (!relPath.includes('kitchen-sink')) {
      need(
        'tags',
        (v) => Array.isArray(v) && v.length > 0 && v.every(isString),
        'a non-empty list of tag keys',
      );
      need('difficulty', (v) => DIFFICULTIES.includes(v), `one of ${DIFFICULTIES.join(', ')}`);
      need(
        'prerequisites',
        (v) => Array.isArray(v) && v.every(isString),
        'a list of doc ids (may be empty: [])',
      );
      need(
        'last_reviewed',
        (v) => v instanceof Date || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
        'a date written YYYY-MM-DD',
      );
    }
    if (tags && Array.isArray(data.tags)) {
      for (const t of data.tags) {
        if (!tags.includes(t))
          problems.push({line: 1, message: `tag "${t}" is not declared in docs/tags.yml`});
      }
    }
  }

  const hs = headings(fm.body, fm.bodyLine);
  const ids = new Map();
  for (const h of hs) {
    if (!h.id) {
      problems.push({
        line: h.line,
        message: `heading "${h.title}" has no explicit id — add {/* #${slugify(h.title)} */}`,
      });
    } else if (ids.has(h.id)) {
      problems.push({
        line: h.line,
        message: `heading id "#${h.id}" is already used on line ${ids.get(h.id)}`,
      });
    } else ids.set(h.id, h.line);
  }
  if (!isReferencePage) {
    for (const id of CLOSING_SECTIONS) {
      if (!ids.has(id))
        problems.push({line: 1, message: `missing the closing section "## … {/* #${id} */}"`});
    }
  }

  try {
    const file = await compile(
      {value: source, path: relPath},
      {
        remarkPlugins: [remarkFrontmatter, remarkMath],
        rehypePlugins: [rehypeKatex],
      },
    );
    for (const m of file.messages) {
      if (m.source === 'rehype-katex' || /KaTeX/i.test(String(m.reason))) {
        problems.push({line: m.line ?? 1, message: `math does not render: ${m.cause?.message ?? m.reason}`});
      }
    }
  } catch (e) {
    problems.push({
      line: e.line ?? e.place?.line ?? 1,
      message: `MDX does not compile: ${e.reason ?? e.message}`,
    });
  }
  return problems;
}
