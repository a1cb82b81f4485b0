/**
 * The embeds registry and the remark plugin that puts "Share or embed" after each
 * registered explainer: fixtures in, compiled MDX out, and every registry line checked
 * against the component and the note it credits.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import {describe, expect, it} from 'vitest';
import {EMBEDS} from './registry';
import remarkEmbedShare from './remark-share';

const root = path.resolve(__dirname, '../..');

async function compiled(source: string): Promise<string> {
  return String(await compile(source, {remarkPlugins: [remarkEmbedShare], jsx: true}));
}

describe('the embeds registry', () => {
  it('has unique kebab-case names, one line per explainer', () => {
    const names = EMBEDS.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(names).toEqual(
      expect.arrayContaining([
        'attention-explorer',
        'diffusion-noise-explorer',
        'sampling-explorer',
        'vae-latent-explorer',
      ]),
    );
  });

  it.each(EMBEDS.map((e) => [e.name, e] as const))(
    '%s: its component exists and its note uses it',
    (_, entry) => {
      const dir = path.join(root, entry.component.replace('@site/', ''));
      expect(existsSync(path.join(dir, 'index.tsx')), `${entry.component}/index.tsx`).toBe(true);
      const note = path.join(root, 'docs', `${entry.docId}.mdx`);
      expect(existsSync(note), `docs/${entry.docId}.mdx`).toBe(true);
      expect(readFileSync(note, 'utf8')).toContain(`from '${entry.component}'`);
      expect(entry.caption.length).toBeGreaterThan(20);
      expect(entry.height).toBeGreaterThanOrEqual(400);
    },
  );
});

describe('remark-share', () => {
  it('adds the control, with the name, caption and height, right after the explainer', async () => {
    const out = await compiled(
      "import AttentionExplorer from '@site/src/components/AttentionExplorer';\n\nBefore.\n\n<AttentionExplorer />\n\nAfter.\n",
    );
    expect(out).toContain("import SiteEmbedShare from '@site/src/components/EmbedShare'");
    const explorer = out.indexOf('<AttentionExplorer');
    const share = out.indexOf('<SiteEmbedShare');
    expect(explorer).toBeGreaterThan(0);
    expect(share).toBeGreaterThan(explorer);
    expect(out.indexOf('After.')).toBeGreaterThan(share);
    expect(out).toMatch(
      /<SiteEmbedShare name="attention-explorer" title="Attention explorer: [^"]+" height="\d+" \/>/,
    );
  });

  it('recognises the component by its module, under any local name and nested in other elements', async () => {
    const out = await compiled(
      'import Sampler from \'@site/src/components/SamplingExplorer/index\';\n\n<div>\n\n<Sampler example="x" />\n\n</div>\n',
    );
    expect(out).toMatch(/<Sampler example="x" \/>\s*<SiteEmbedShare name="sampling-explorer"/);
  });

  it('leaves notes without a registered explainer untouched', async () => {
    const source = "import Quiz from '@site/src/components/Quiz';\n\n<Quiz />\n\n<AttentionExplorer />\n";
    const out = await compiled(source);
    expect(out).not.toContain('SiteEmbedShare');
  });
});
