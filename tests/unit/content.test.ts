/**
 * Content checks: the notes against the editorial plan (tests/content-map.json), and the
 * glossary, references and learning-path data against the notes they point to.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CLOSING_SECTIONS, headings, listNotes, splitFrontMatter} from '../../scripts/lib/notes.mjs';
import {PLAN, parseContentMap} from '../../scripts/content-map.mjs';
import contentMap from '../content-map.json';
import publishedUrls from '../published-urls.json';
import glossary from '../../src/data/glossary.json';
import references from '../../src/data/references.json';
import {LEARNING_PATHS} from '../../src/data/learning-paths';
import {REFERENCE_TOPICS, type GlossaryEntry, type ReferenceEntry} from '../../src/data/types';

const root = path.resolve(__dirname, '../..');

type Note = {
  file: string;
  id: string;
  url: string;
  title: string;
  prerequisites: string[];
  body: string;
  anchors: Set<string>;
};

const notes: Note[] = listNotes(root).map((file: string) => {
  const rel = path.relative(path.join(root, 'docs'), file);
  const source = readFileSync(file, 'utf8');
  const {data, body} = splitFrontMatter(source);
  const fm = (data ?? {}) as Record<string, unknown>;
  return {
    file: path.relative(root, file),
    id: rel.replace(/\.mdx?$/, ''),
    url: `/docs${String(fm.slug ?? '')}`,
    title: String(fm.title ?? ''),
    prerequisites: Array.isArray(fm.prerequisites) ? (fm.prerequisites as string[]) : [],
    body,
    anchors: new Set(
      headings(body)
        .map((h: {id: string | null}) => h.id)
        .filter(Boolean) as string[],
    ),
  };
});
const byUrl = new Map(notes.map((n) => [n.url, n]));
const byId = new Map(notes.map((n) => [n.id, n]));

/** Words of prose: without code, math, JSX/HTML tags, imports, tables and the references list. */
function proseWords(body: string): number {
  const withoutRefs = body.split(/^## References/m)[0] ?? '';
  const prose = withoutRefs
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/^\|.*\|$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
}

/** Resolves "section/slug#anchor" to a note, failing with the reason. */
function resolveDocRef(ref: string): {note?: Note; problem?: string} {
  const [id = '', anchor] = ref.split('#');
  const note = byId.get(id);
  if (!note) return {problem: `names no doc "${id}"`};
  if (anchor && !note.anchors.has(anchor)) return {problem: `"${id}" has no heading with id "${anchor}"`};
  return {note};
}

describe('the content map', () => {
  it.runIf(existsSync(PLAN))('tests/content-map.json is in sync with ../shared/content-map.md', () => {
    expect(parseContentMap(readFileSync(PLAN, 'utf8')), 'run `npm run content-map`').toEqual(contentMap);
  });

  // The plan runs ahead of the notes: a page it adds is pending until someone writes it.
  // A pending page is listed here, not failed; a page that was ever published
  // (tests/published-urls.json) may never become pending, so no URL disappears this way.
  const pending = contentMap.filter((page) => !byUrl.has(page.url));
  const written = contentMap.filter((page) => byUrl.has(page.url));

  it('lists every page of the plan, each either written or pending', () => {
    expect(contentMap.length).toBeGreaterThanOrEqual(38);
    expect(written.length + pending.length).toBe(contentMap.length);
    if (pending.length > 0) {
      console.info(
        `content map: ${pending.length} planned page(s) not written yet (pending):\n` +
          pending
            .map((page) => `  pending  ${page.url}  (anchors: ${page.anchors.join(', ') || 'none'})`)
            .join('\n'),
      );
    }
  });

  it('has no pending page that was ever published', () => {
    const published = new Set(Object.keys(publishedUrls));
    const lost = pending.filter((page) => published.has(page.url)).map((page) => page.url);
    expect(lost, 'a published page has no note any more: restore it or add a redirect').toEqual([]);
  });

  for (const page of written) {
    describe(page.url, () => {
      it('exists at its URL, with the required anchors', () => {
        const note = byUrl.get(page.url);
        expect(note, `no note has slug ${page.url.replace('/docs', '')}`).toBeDefined();
        const missing = page.anchors.filter((a) => !note?.anchors.has(a));
        expect(missing, `${note?.file}: missing required anchors`).toEqual([]);
      });

      const isReference = page.url === '/docs/glossary' || page.url === '/docs/references';
      if (isReference) return;
      it('has the closing sections, a self-check and enough prose', () => {
        const note = byUrl.get(page.url);
        expect(note).toBeDefined();
        if (!note) return;
        expect(
          CLOSING_SECTIONS.filter((id) => !note.anchors.has(id)),
          `${note.file}: closing sections`,
        ).toEqual([]);
        const selfCheck = note.body.split('{/* #check-your-understanding */}')[1]?.split(/^## /m)[0] ?? '';
        // A question is a quiz <Question> (src/components/Quiz) or a plain <details> answer.
        const quizQuestions = (selfCheck.match(/^<Question[\s>]/gm) ?? []).length;
        const plainQuestions = (selfCheck.match(/<details>/g) ?? []).length;
        expect(
          quizQuestions + plainQuestions,
          `${note.file}: questions in "Check your understanding"`,
        ).toBeGreaterThanOrEqual(3);
        if (page.url.startsWith('/docs/models/')) {
          // The model pages use the interactive quiz, with every question in it.
          expect(plainQuestions, `${note.file}: plain <details> questions left in the self-check`).toBe(0);
          expect(selfCheck, `${note.file}: the self-check should be a <Quiz>`).toMatch(
            /^<Quiz>$[\s\S]*^<\/Quiz>$/m,
          );
        }
        const isModelPage = page.url.startsWith('/docs/models/') && !page.url.endsWith('/notation');
        // Pages the plan added in 2026-12 are held to that round's standard (issues #14, #15).
        const isNewPage = 'added' in page;
        const minimum = isModelPage ? (isNewPage ? 2000 : 900) : isNewPage ? 1500 : 450;
        expect(proseWords(note.body), `${note.file}: words of prose`).toBeGreaterThanOrEqual(minimum);
      });
    });
  }
});

describe('notes', () => {
  it('name only existing docs as prerequisites', () => {
    const problems = notes.flatMap((n) =>
      n.prerequisites.filter((p) => !byId.has(p)).map((p) => `${n.file}: prerequisite "${p}" names no doc`),
    );
    expect(problems).toEqual([]);
  });

  it('have unique URLs', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const n of notes) {
      if (seen.has(n.url)) dupes.push(`${n.file} and ${seen.get(n.url)} share ${n.url}`);
      seen.set(n.url, n.file);
    }
    expect(dupes).toEqual([]);
  });
});

describe('the glossary (src/data/glossary.json)', () => {
  const entries = glossary as GlossaryEntry[];

  it('has at least 80 terms with unique kebab-case ids and a definition each', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect(e.id, e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.term.trim().length, e.id).toBeGreaterThan(0);
      expect(e.definition.trim().length, e.id).toBeGreaterThan(20);
    }
  });

  it('links every term to a page (and anchor) that exists', () => {
    const problems = entries
      .map((e) => ({e, r: resolveDocRef(e.explainedOn)}))
      .filter(({r}) => r.problem)
      .map(({e, r}) => `term "${e.id}": explainedOn ${r.problem}`);
    expect(problems).toEqual([]);
  });

  it('defines every term the notes link to', () => {
    const ids = new Set(entries.map((e) => e.id));
    const problems = notes.flatMap((n) =>
      [...n.body.matchAll(/glossary(?:\.mdx)?#([a-z0-9-]+)/g)]
        .map((m) => m[1] ?? '')
        .filter((id) => !ids.has(id) && !id.startsWith('letter-'))
        .map((id) => `${n.file}: links glossary term "${id}", which src/data/glossary.json does not define`),
    );
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('the references (src/data/references.json)', () => {
  const entries = references as ReferenceEntry[];
  const normalise = (url: string) =>
    url
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/[/#]+$/, '')
      .replace(/(arxiv\.org\/(abs|pdf)\/[0-9.]+)v\d+$/, '$1');

  it('has unique ids, known topics and complete entries', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const topics: readonly string[] = REFERENCE_TOPICS;
    for (const e of entries) {
      expect(topics, `${e.id}: topic`).toContain(e.topic);
      expect(e.url, `${e.id}: url`).toMatch(/^https?:\/\//);
      expect(e.authors && e.title && e.year, `${e.id}: authors, title, year`).toBeTruthy();
    }
  });

  it('points back only to notes that exist', () => {
    const problems = entries.flatMap((e) =>
      e.citedOn
        .filter((ref) => resolveDocRef(ref).problem)
        .map((ref) => `${e.id}: citedOn "${ref}" names no doc`),
    );
    expect(problems).toEqual([]);
  });

  it('lists every source a note cites in its References section', () => {
    const known = new Set(entries.map((e) => normalise(e.url)));
    const problems = notes.flatMap((n) => {
      const section = n.body.split('{/* #references */}')[1] ?? '';
      return [...section.matchAll(/\]\((https?:\/\/(?:[^()\s]|\([^()\s]*\))+)\)/g)]
        .map((m) => m[1] ?? '')
        .filter((url) => !known.has(normalise(url)))
        .map((url) => `${n.file}: ${url} is cited but not in src/data/references.json`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the landing page (src/data/learning-paths.ts)', () => {
  it('names existing notes with their current titles', () => {
    const problems = LEARNING_PATHS.flatMap((p) =>
      p.steps.flatMap((s) => {
        const note = byId.get(s.doc);
        if (!note) return [`path "${p.id}": "${s.doc}" names no doc`];
        return note.title === s.title ? [] : [`path "${p.id}": "${s.title}" should read "${note.title}"`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('include the five paths of the plan, "Building with LLMs" in its order', () => {
    expect(LEARNING_PATHS.map((p) => p.id)).toEqual([
      'new-to-generative-ai',
      'the-models-with-the-math',
      'impact-law-and-policy',
      'using-genai-well',
      'building-with-llms',
    ]);
    expect(LEARNING_PATHS.find((p) => p.id === 'building-with-llms')?.steps.map((s) => s.doc)).toEqual([
      'models/post-training',
      'models/reasoning-models',
      'practice/retrieval-augmented-generation',
      'practice/agents-and-tool-use',
      'practice/running-models-efficiently',
      'impact/security-and-safety',
    ]);
  });
});
