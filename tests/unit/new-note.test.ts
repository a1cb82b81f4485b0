import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {renderNote, titleFromSlug} from '../../scripts/new-note.mjs';
import {createNoteChecker} from '../../plugins/content-guards/check-file.mjs';

const siteDir = path.resolve(__dirname, '../fixtures/content-guards');
const dir = path.join(siteDir, 'docs/scaffold');

describe('npm run new-note', () => {
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('scaffolds a note that passes every build guard', async () => {
    mkdirSync(dir, {recursive: true});
    const file = path.join(dir, 'normalizing-flows.mdx');
    // The fixture site declares only the "models" tag and has no notation page: adapt.
    const text = renderNote({
      section: 'models',
      slug: 'normalizing-flows',
      title: 'Normalizing flows',
      date: '2026-11-22',
    }).replace('../models/notation.mdx', '../good/note.mdx');
    writeFileSync(file, text);
    const {problems, frontMatter} = await createNoteChecker({siteDir})(file);
    expect(problems).toEqual([]);
    expect(frontMatter.slug).toBe('/models/normalizing-flows');
    for (const id of ['key-takeaways', 'check-your-understanding', 'further-reading', 'references']) {
      expect(text).toContain(`{/* #${id} */}`);
    }
  });

  it('derives a title from the slug', () => {
    expect(titleFromSlug('mode-collapse')).toBe('Mode collapse');
  });
});
