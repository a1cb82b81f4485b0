/**
 * Finds where notes use given components (self-closing JSX on its own lines), so tests
 * can render each exactly as a note writes it.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

export const DOCS_DIR = path.resolve(__dirname, '../../docs');

export type ComponentUse = {
  /** The note, relative to docs/. */
  file: string;
  name: string;
  /** The JSX as written in the note. */
  source: string;
  /** Whether the note imports the component from @site/src/components/<name>. */
  imported: boolean;
  /** Whether a `{/* component: Name *\/}` placeholder is still in the note. */
  placeholderLeft: boolean;
};

function notes(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return notes(full);
    return entry.name.endsWith('.mdx') ? [full] : [];
  });
}

export function componentUses(names: string[]): ComponentUse[] {
  const element = new RegExp(`^<(${names.join('|')})\\b[\\s\\S]*?/>[ \\t]*$`, 'gm');
  return notes(DOCS_DIR).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(element)].map((m) => ({
      file: path.relative(DOCS_DIR, file),
      name: m[1] ?? '',
      source: m[0],
      imported: text.includes(`import ${m[1]} from '@site/src/components/${m[1]}';`),
      placeholderLeft: text.includes(`{/* component: ${m[1]} */}`),
    }));
  });
}
