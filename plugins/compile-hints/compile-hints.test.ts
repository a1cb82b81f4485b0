/**
 * The compile hint: first in the entry chunk's file of a real, minified Rspack build (the
 * bundler the site builds with), absent from other chunks, counted in the file's content
 * hash, and a build without an entry chunk named "main" stops with a message.
 */
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {rspack, type RspackOptions} from '@rspack/core';
import {describe, expect, it} from 'vitest';
import {COMPILE_HINT, CompileHintPlugin, withCompileHint} from './index';

function build(entryName: string, withPlugin = true): Promise<{dir: string; errors: string[]}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'compile-hints-'));
  writeFileSync(path.join(dir, 'entry.js'), 'import("./later.js").then((m) => console.log(m.later()));\n');
  writeFileSync(path.join(dir, 'later.js'), 'export function later() { return 42; }\n');
  const options: RspackOptions = {
    mode: 'production',
    context: dir,
    entry: {[entryName]: './entry.js'},
    output: {
      path: path.join(dir, 'out'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
    },
    plugins: withPlugin ? [new CompileHintPlugin()] : [],
  };
  return new Promise((resolve) => {
    rspack(options, (error, stats) => {
      // A plugin's exception comes back as the build's error.
      if (error) return resolve({dir: path.join(dir, 'out'), errors: [error.message]});
      const errors = stats?.toJson({all: false, errors: true}).errors?.map((e) => e.message) ?? [];
      resolve({dir: path.join(dir, 'out'), errors});
    });
  });
}

describe('the compile hint', () => {
  it('is added once, as the first line', () => {
    const once = withCompileHint('var a=1;');
    expect(once).toBe(`${COMPILE_HINT}\nvar a=1;`);
    expect(withCompileHint(once)).toBe(once);
  });

  it('opens the entry chunk of a minified build, and only that chunk', async () => {
    const {dir, errors} = await build('main');
    expect(errors).toEqual([]);
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const entry = files.find((f) => f.startsWith('main.'));
    const others = files.filter((f) => f !== entry);
    expect(entry).toBeTruthy();
    expect(others.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, entry as string), 'utf8').startsWith(`${COMPILE_HINT}\n`)).toBe(true);
    for (const other of others)
      expect(readFileSync(path.join(dir, other), 'utf8')).not.toContain(COMPILE_HINT);

    // The same build without the plugin: the entry's name differs (the hash counts the
    // hint), the other chunks' names do not.
    const plain = readdirSync((await build('main', false)).dir).filter((f) => f.endsWith('.js'));
    expect(plain).not.toContain(entry);
    expect(plain.filter((f) => !f.startsWith('main.')).sort()).toEqual([...others].sort());
  }, 30_000);

  it('stops the build when there is no entry chunk named "main"', async () => {
    const {errors} = await build('app');
    expect(errors.join('\n')).toMatch(/no JavaScript file for the entry chunk "main"/);
  }, 30_000);
});
