import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import contentMap from '../../tests/content-map.json';
import {groupModelNotes, MODEL_GROUPS} from '.';

const modelsDir = path.resolve(__dirname, '../../docs/models');
const modelNotes = readdirSync(modelsDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `models/${f.replace(/\.mdx$/, '')}`);

describe('the models sidebar groups', () => {
  it('place every note of docs/models/ (except the notation page) in exactly one group', () => {
    const listed = MODEL_GROUPS.flatMap((g) => g.docs);
    expect(new Set(listed).size, 'a note listed twice').toBe(listed.length);
    const missing = modelNotes.filter((id) => id !== 'models/notation' && !listed.includes(id));
    expect(missing, 'add these notes to MODEL_GROUPS in plugins/sidebar-groups/index.ts').toEqual([]);
  });

  it('name only notes that exist or that the content map plans', () => {
    const planned = new Set(contentMap.map((p) => p.url.replace(/^\/docs\//, '')));
    const unknown = MODEL_GROUPS.flatMap((g) => g.docs).filter(
      (id) => !modelNotes.includes(id) && !planned.has(id),
    );
    expect(unknown).toEqual([]);
  });

  it('regroup the generated models category, leave the rest alone and skip notes not written yet', () => {
    const doc = (id: string) => ({type: 'doc' as const, id});
    const generated = [
      {type: 'category' as const, label: 'Fundamentals', items: [doc('fundamentals/history')]},
      {
        type: 'category' as const,
        label: 'Models and techniques',
        items: [doc('models/gans'), doc('models/notation'), doc('models/transformers')],
      },
    ];
    const result = groupModelNotes(generated, [
      {label: 'Families', docs: ['models/gans', 'models/not-yet-written']},
      {label: 'Architectures', docs: ['models/transformers']},
      {label: 'Empty', docs: ['models/pending']},
    ]);
    expect(result[0]).toEqual(generated[0]);
    expect(result[1]).toMatchObject({
      label: 'Models and techniques',
      items: [
        doc('models/notation'),
        {type: 'category', label: 'Families', items: [doc('models/gans')], collapsed: false},
        {type: 'category', label: 'Architectures', items: [doc('models/transformers')]},
      ],
    });
    expect((result[1] as {items: unknown[]}).items).toHaveLength(3);
  });
});
