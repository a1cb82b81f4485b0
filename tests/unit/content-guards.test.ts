/**
 * Fixture tests for the build's content guards (plugins/content-guards/): each kind of bad
 * note in tests/fixtures/content-guards/docs/bad/ goes through the same code the build
 * runs (the front-matter hook and the remark guards, via createNoteChecker), and the test
 * asserts the message: file, line, what is wrong, where to read how to fix it.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {createNoteChecker} from '../../plugins/content-guards/check-file.mjs';
import {checkDataFiles} from '../../plugins/content-guards/data.mjs';
import {createFrontMatterHook, lineOfEntry} from '../../plugins/content-guards/frontmatter.mjs';

const siteDir = path.resolve(__dirname, '../fixtures/content-guards');
const file = (rel: string) => path.join(siteDir, 'docs', rel);

async function problemsOf(rel: string): Promise<string[]> {
  const check = createNoteChecker({siteDir});
  return (await check(file(rel))).problems;
}

describe('a good note', () => {
  it('passes every guard', async () => {
    expect(await problemsOf('good/note.mdx')).toEqual([]);
    expect(await problemsOf('good/other.mdx')).toEqual([]);
  });

  it('has its date normalised to YYYY-MM-DD', async () => {
    const {frontMatter} = await createNoteChecker({siteDir})(file('good/note.mdx'));
    expect(frontMatter.last_reviewed).toBe('2026-11-22');
  });
});

describe('bad notes stop the build with a message naming file and line', () => {
  const cases: [string, string, RegExp][] = [
    [
      '1. front matter that is not YAML',
      'bad/invalid-yaml.mdx',
      /^docs\/bad\/invalid-yaml\.mdx:\d+: front matter is not valid YAML: .*CONTRIBUTING\.md#front-matter/,
    ],
    [
      '1. a missing field',
      'bad/missing-description.mdx',
      /^docs\/bad\/missing-description\.mdx:1: front matter "description" is missing: add "description:"/,
    ],
    [
      '1. a wrong value',
      'bad/wrong-value.mdx',
      /^docs\/bad\/wrong-value\.mdx:6: front matter "difficulty" must be one of beginner, intermediate, advanced \(found "expert"\)/,
    ],
    [
      '1. a description over 160 characters',
      'bad/long-description.mdx',
      /^docs\/bad\/long-description\.mdx:3: front matter "description" must be at most 160 characters/,
    ],
    [
      '2. an undeclared tag',
      'bad/undeclared-tag.mdx',
      /^docs\/bad\/undeclared-tag\.mdx:4: tag "modles" is not declared in docs\/tags\.yml \(see CONTRIBUTING\.md#tags\)/,
    ],
    [
      '3. a link to a missing page',
      'bad/broken-links.mdx',
      /^docs\/bad\/broken-links\.mdx:11: link to "\.\.\/good\/missing\.mdx": \.\.\/good\/missing\.mdx does not exist/,
    ],
    [
      '3. a link to a missing anchor',
      'bad/broken-links.mdx',
      /^docs\/bad\/broken-links\.mdx:11: link to "\.\.\/good\/note\.mdx#no-such-heading": docs\/good\/note\.mdx has no heading with id "#no-such-heading"/,
    ],
    [
      '3. a link to a missing glossary term',
      'bad/broken-links.mdx',
      /glossary term "no-such-term" is not in src\/data\/glossary\.json/,
    ],
    [
      '3. a link to a missing anchor on the same page',
      'bad/broken-links.mdx',
      /link to "#nowhere": no heading on this page has that id/,
    ],
    [
      '4. LaTeX that KaTeX cannot render',
      'bad/bad-math.mdx',
      /^docs\/bad\/bad-math\.mdx:13: math does not render \(.+\) in \$\\frac\{1\}\{\$ \(see CONTRIBUTING\.md#math\)/,
    ],
    [
      '5. an image without alt text',
      'bad/bad-images.mdx',
      /^docs\/bad\/bad-images\.mdx:11: image "\.\.\/good\/square\.png" has no alt text/,
    ],
    [
      '5. an image that does not exist',
      'bad/bad-images.mdx',
      /^docs\/bad\/bad-images\.mdx:13: image "\.\/nope\.png" does not exist/,
    ],
    [
      '5. an <img> without alt text',
      'bad/bad-images.mdx',
      /^docs\/bad\/bad-images\.mdx:15: <img> has no alt text/,
    ],
    [
      '6. a heading without an explicit id',
      'bad/heading-without-id.mdx',
      /^docs\/bad\/heading-without-id\.mdx:11: heading "Mode collapse" has no explicit id — add \{\/\* #mode-collapse \*\/\} \(see CONTRIBUTING\.md#heading-ids\)$/,
    ],
    [
      '5. a table whose first column has no header',
      'bad/empty-table-header.mdx',
      /^docs\/bad\/empty-table-header\.mdx:11: table header cell 1 is empty — name the column.*\(see CONTRIBUTING\.md#tables\)$/,
    ],
    [
      '7. a prerequisite that names no doc',
      'bad/bad-prerequisite.mdx',
      /^docs\/bad\/bad-prerequisite\.mdx:7: prerequisite "models\/nope" names no doc/,
    ],
  ];

  for (const [kind, rel, expected] of cases) {
    it(kind, async () => {
      const problems = await problemsOf(rel);
      expect(
        problems.some((p) => expected.test(p)),
        `got:\n${problems.join('\n')}`,
      ).toBe(true);
    });
  }

  it('6. the heading case reports only the heading without an id', async () => {
    expect(await problemsOf('bad/heading-without-id.mdx')).toHaveLength(1);
  });

  it('8. a duplicate slug names both files', async () => {
    const check = createNoteChecker({siteDir});
    expect((await check(file('good/note.mdx'))).problems).toEqual([]);
    const {problems} = await check(file('bad/duplicate-slug.mdx'));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^docs\/bad\/duplicate-slug\.mdx:5: slug "\/good\/note" is already used by docs\/good\/note\.mdx/,
      ),
    );
  });
});

describe('7. glossary and references data', () => {
  it('reports a term or citation that links nowhere', () => {
    const problems = checkDataFiles({
      siteDir,
      glossary: [
        {id: 'elbo', explainedOn: 'good/note#the-bound'},
        {id: 'gan', explainedOn: 'good/nope'},
        {id: 'vae', explainedOn: 'good/note#nope'},
      ],
      references: [{id: 'kingma2013', citedOn: ['good/other', 'models/missing']}],
    });
    expect(problems).toEqual([
      'src/data/glossary.json: term "gan": explainedOn "good/nope" names no doc (use an id such as "models/gans") (see CONTRIBUTING.md#glossary)',
      'src/data/glossary.json: term "vae": explainedOn "good/note#nope": docs/good/note has no heading with id "#nope" (see CONTRIBUTING.md#glossary)',
      'src/data/references.json: "kingma2013": citedOn "models/missing" names no doc (use an id such as "models/gans") (see CONTRIBUTING.md#references)',
    ]);
  });
});

describe('9. dated updates in front matter', () => {
  // Injected, so the test says the same thing on every day it runs.
  const today = '2026-12-01';
  const checkOn = (day: string) =>
    createNoteChecker({siteDir, hook: createFrontMatterHook({siteDir, today: day})});
  const updateProblems = async (rel: string) => (await checkOn(today)(file(rel))).problems;

  it('accepts a good list and stores it normalised, with the section heading text', async () => {
    const {problems, frontMatter} = await checkOn(today)(file('good/updated.mdx'));
    expect(problems).toEqual([]);
    expect(frontMatter.updates).toEqual([
      {
        date: '2026-12-01',
        summary: 'Added a section on the tricky case.',
        section: 'the-tricky-case',
        section_title: 'The tricky case',
      },
      {date: '2026-12-01', summary: 'Corrected a date in the introduction.'},
      {date: '2026-02-28', summary: 'New note: what an updated note looks like.'},
    ]);
  });

  it('allows an entry dated today, and refuses the same entry a day earlier', async () => {
    expect((await checkOn('2026-12-01')(file('good/updated.mdx'))).problems).toEqual([]);
    expect((await checkOn('2026-11-30')(file('good/updated.mdx'))).problems).toEqual([
      expect.stringMatching(
        /^docs\/good\/updated\.mdx:10: update 1 is dated 2026-12-01, after today \(2026-11-30, UTC\)/,
      ),
      expect.stringMatching(/^docs\/good\/updated\.mdx:13: update 2 is dated 2026-12-01, after today/),
    ]);
  });

  const cases: [string, string, RegExp][] = [
    [
      'updates that are not a list',
      'bad/update-not-a-list.mdx',
      /^docs\/bad\/update-not-a-list\.mdx:9: front matter "updates" must be a list of entries .*\(see CONTRIBUTING\.md#update-notes\)$/,
    ],
    [
      'a date that is not on the calendar',
      'bad/update-not-a-date.mdx',
      /^docs\/bad\/update-not-a-date\.mdx:10: update 1 "date" must be a real date written YYYY-MM-DD \(found "2026-02-30"\) \(see CONTRIBUTING\.md#update-notes\)$/,
    ],
    [
      'a date in the future',
      'bad/update-in-the-future.mdx',
      /^docs\/bad\/update-in-the-future\.mdx:10: update 1 is dated 2026-12-02, after today \(2026-12-01, UTC\): .*\(see CONTRIBUTING\.md#update-notes\)$/,
    ],
    [
      'entries not newest first',
      'bad/update-out-of-order.mdx',
      /^docs\/bad\/update-out-of-order\.mdx:12: update 2 \(2026-11-20\) is newer than the entry above it \(2026-11-01\): list updates newest first/,
    ],
    [
      'a section that is not a heading id of the note',
      'bad/update-unknown-section.mdx',
      /^docs\/bad\/update-unknown-section\.mdx:12: update 1 "section" "no-such-section" is not a heading id of this note/,
    ],
    [
      'a summary over 240 characters',
      'bad/update-long-summary.mdx',
      /^docs\/bad\/update-long-summary\.mdx:11: update 1 "summary" must be at most 240 characters \(it has 302\)/,
    ],
    [
      'a summary with Markdown in it',
      'bad/update-markdown-summary.mdx',
      /^docs\/bad\/update-markdown-summary\.mdx:11: update 1 "summary" must be plain text, without a Markdown link/,
    ],
    [
      'an entry without a summary (a misspelt key)',
      'bad/update-missing-summary.mdx',
      /^docs\/bad\/update-missing-summary\.mdx:10: update 1 has no "summary"/,
    ],
    [
      'a misspelt key',
      'bad/update-missing-summary.mdx',
      /^docs\/bad\/update-missing-summary\.mdx:11: update 1 has an unknown key "sumary"/,
    ],
    [
      'last_reviewed older than the newest update',
      'bad/update-after-review.mdx',
      /^docs\/bad\/update-after-review\.mdx:8: front matter "last_reviewed" \(2026-11-01\) is older than the newest update \(2026-11-20\)/,
    ],
  ];

  for (const [kind, rel, expected] of cases) {
    it(`stops on ${kind}`, async () => {
      const problems = await updateProblems(rel);
      expect(
        problems.some((p) => expected.test(p)),
        `got:\n${problems.join('\n')}`,
      ).toBe(true);
    });
  }

  it('reports only the bad entry, nothing else of the fixture', async () => {
    for (const [, rel] of cases) {
      const expected = rel === 'bad/update-missing-summary.mdx' ? 2 : 1;
      expect(await updateProblems(rel), rel).toHaveLength(expected);
    }
  });

  it('stops the build: the front-matter hook throws with every problem', async () => {
    const hook = createFrontMatterHook({siteDir, today});
    const filePath = file('bad/update-out-of-order.mdx');
    await expect(
      hook({
        filePath,
        fileContent: readFileSync(filePath, 'utf8'),
        defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
      }),
    ).rejects.toThrow(/update-out-of-order\.mdx:12: update 2/);
  });
});

describe('lines of list entries in front matter', () => {
  const text = [
    '---',
    'title: x',
    'updates:',
    '  - date: 2026-12-01',
    '    summary: One.',
    '    section: a',
    '  - summary: Two.',
    '    date: 2026-11-01',
    'last_reviewed: 2026-12-01',
    '---',
  ].join('\n');

  it('finds an entry, then its field, and falls back to the entry or the key', () => {
    expect(lineOfEntry(text, 'updates', 0)).toBe(4);
    expect(lineOfEntry(text, 'updates', 0, 'section')).toBe(6);
    expect(lineOfEntry(text, 'updates', 1, 'summary')).toBe(7);
    expect(lineOfEntry(text, 'updates', 1, 'date')).toBe(8);
    expect(lineOfEntry(text, 'updates', 1, 'section')).toBe(7);
    expect(lineOfEntry(text, 'updates', 5)).toBe(3);
    expect(lineOfEntry(text, 'missing', 0)).toBe(1);
    expect(lineOfEntry('---\nupdates: [{date: 2026-12-01}]\n---\n', 'updates', 0, 'date')).toBe(2);
  });
});
