/**
 * The quiz bank (plugins/quiz-bank): the GIFT file parses with a real GIFT parser
 * (gift-pegjs) and holds every self-check question of the notes, with the right answers;
 * GIFT's special characters and TeX survive the round trip; malformed questions stop it.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse, type Essay, type GIFTQuestion, type MultipleChoice} from 'gift-pegjs';
import {describe, expect, it} from 'vitest';
import {listNotes} from '../../scripts/lib/notes.mjs';
import {collectNotes, escapeGift, giftQuestion, toGift, toMarkdownBank, type BankNote} from './bank';
import {extractQuestions} from './extract';

const root = path.resolve(__dirname, '../..');
const site = {url: 'https://example.org', baseUrl: '/kb/'};

type Counted = {id: string; questions: number; correct: number};

/**
 * What the notes hold, counted from the raw text the way tests/unit/content.test.ts finds
 * the self-check, independently of the remark parser the bank uses.
 */
function countedInNotes(): Counted[] {
  return listNotes(root)
    .map((file: string) => {
      const body = readFileSync(file, 'utf8');
      const selfCheck = body.split('{/* #check-your-understanding */}')[1]?.split(/^## /m)[0] ?? '';
      const quiz = (selfCheck.match(/^<Question[\s>]/gm) ?? []).length;
      const open = (selfCheck.match(/<details>/g) ?? []).length;
      const correct = (selfCheck.match(/<Choice correct[\s>]/g) ?? []).length;
      const id = path.relative(path.join(root, 'docs'), file).replace(/\.mdx?$/, '');
      return {id, questions: quiz + open, correct};
    })
    .filter((n: Counted) => n.questions > 0 && !n.id.startsWith('kitchen-sink/'));
}

/** The questions the bank may hold: multiple choice and essay (open questions). */
function questionsOf(parsed: GIFTQuestion[]): (MultipleChoice | Essay)[] {
  return parsed.flatMap((q) => {
    if (q.type === 'Category') return [];
    if (q.type !== 'MC' && q.type !== 'Essay') throw new Error(`unexpected ${q.type} question ${q.title}`);
    return [q];
  });
}

describe('the quiz bank of the site', () => {
  const notes = collectNotes(root, site);
  const gift = toGift(notes, site);
  const parsed = parse(gift);
  const questions = questionsOf(parsed);
  const expected = countedInNotes();

  it('parses as GIFT and holds every self-check question of every note, grouped by note', () => {
    const total = expected.reduce((n, note) => n + note.questions, 0);
    expect(total).toBeGreaterThanOrEqual(150);
    expect(questions).toHaveLength(total);
    // One category per note, in the bank's order, followed by that note's questions.
    const categories = parsed.flatMap((q) => (q.type === 'Category' ? [q.title] : []));
    expect(categories).toHaveLength(expected.length);
    expect(categories[0]).toMatch(/^\$course\$\/top\/Generative AI, explained\//);
    const perNote = new Map<string, number>();
    for (const q of questions) {
      const id = (q.id ?? '').replace(/-q\d+$/, '');
      perNote.set(id, (perNote.get(id) ?? 0) + 1);
    }
    expect(Object.fromEntries(perNote)).toEqual(
      Object.fromEntries(expected.map((n) => [n.id.replace(/\//g, '-'), n.questions])),
    );
  });

  it('marks the right choices of the multiple-choice questions and gives every question feedback', () => {
    const rightInBank = questions.reduce((n, q) => {
      if (q.type !== 'MC') return n;
      return n + q.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).length;
    }, 0);
    expect(rightInBank).toBe(expected.reduce((n, note) => n + note.correct, 0));
    for (const q of questions) {
      expect(['MC', 'Essay'], q.title ?? '').toContain(q.type);
      expect(q.title, 'every question has a ::title::').toMatch(/ — question \d+$/);
      expect(q.stem.format).toBe('html');
      expect(q.stem.text.length, q.title ?? '').toBeGreaterThan(10);
      expect(q.globalFeedback?.text.length ?? 0, `${q.title}: explanation or model answer`).toBeGreaterThan(
        10,
      );
    }
  });

  it('names each note and its URL in a comment above its questions', () => {
    const gans = notes.find((n) => n.id === 'models/gans');
    expect(gans?.url).toBe('https://example.org/kb/docs/models/gans');
    expect(gans?.questions.every((q) => q.kind === 'choice')).toBe(true);
    expect(gift).toContain(
      '// Generative adversarial networks (GANs), question 1: https://example.org/kb/docs/models/gans#check-your-understanding',
    );
  });

  it('writes the same questions as Markdown, with answers and explanations', () => {
    const markdown = toMarkdownBank(notes, site);
    expect(markdown.match(/^### Question \d+$/gm)).toHaveLength(questions.length);
    expect(markdown.match(/^\*\*Model answer:\*\*$/gm)).toHaveLength(
      questions.filter((q) => q.type === 'Essay').length,
    );
    expect(markdown.match(/^\*\*Explanation:\*\*$/gm)).toHaveLength(
      questions.filter((q) => q.type === 'MC').length,
    );
    expect(markdown).toContain('## Generative adversarial networks (GANs)');
    expect(markdown).toMatch(/^- \[x\] \$-\\log 4 \\approx -1\.386\$$/m);
  });
});

const TRICKY = `---
title: 'Tricky: a note'
slug: /tricky
---

## Check your understanding {/* #check-your-understanding */}

<Quiz>
<Question>

Which one is a set in GIFT's terms: \`{a=b}\`?

<Choice correct>{'{'}x = 1 ~ y # 2: z{'}'} and $\\frac{a}{b} \\neq \\nabla f$</Choice>
<Choice>A plain answer</Choice>

<Explanation>

Because $a \\ge b$ and [the notes say so](./other.mdx#here).

</Explanation>

</Question>
<Question multiple>

Pick the two right ones.

<Choice correct>one</Choice>
<Choice correct>two</Choice>
<Choice>three</Choice>

<Explanation>One and two.</Explanation>

</Question>
</Quiz>

1. What does $x_{t-1} < x_t$ mean, in words?

<details>
<summary>Show answer</summary>

$$
a = \\{1, 2\\}
$$

That the value shrank.

</details>
`;

describe('GIFT escaping and math, on tricky content', () => {
  const questionsInNote = extractQuestions(TRICKY, 'tricky.mdx');
  const note: BankNote = {
    id: 'tricky/note',
    title: 'Tricky: a note',
    url: 'https://example.org/docs/tricky',
    file: 'tricky.mdx',
    questions: questionsInNote,
    ctx: {resolveLink: (url) => `https://example.org/docs/${url.replace('./', '').replace('.mdx', '')}`},
  };
  const gift = toGift([note], {url: 'https://example.org', baseUrl: '/'});
  const parsed = questionsOf(parse(gift));

  it('escapes ~ = # { } : and backslashes, so the parser gives the text back intact', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(parsed).toHaveLength(3);
    const [first] = parsed;
    if (first?.type !== 'MC') throw new Error('expected a multiple-choice question');
    expect(first.title).toBe('Tricky: a note — question 1');
    expect(first.stem.text).toBe(
      '<p>Which one is a set in GIFT&#39;s terms: <code>{a=b}</code>?</p>'.replace('&#39;', "'"),
    );
    expect(first.choices.map((c) => [c.isCorrect, c.text.text])).toEqual([
      [true, '{x = 1 ~ y # 2: z} and \\(\\frac{a}{b} \\neq \\nabla f\\)'],
      [false, 'A plain answer'],
    ]);
    expect(first.globalFeedback?.text).toBe(
      '<p>Because \\(a \\ge b\\) and <a href="https://example.org/docs/other#here">the notes say so</a>.</p>',
    );
  });

  it('weights the right answers of a "select all" question and penalises the wrong ones', () => {
    const second = parsed[1];
    if (second?.type !== 'MC') throw new Error('expected a multiple-choice question');
    expect(second.choices.map((c) => [c.weight, c.text.text])).toEqual([
      [50, 'one'],
      [50, 'two'],
      [-100, 'three'],
    ]);
  });

  it('makes an open question an essay with the model answer as general feedback, math as TeX', () => {
    const third = parsed[2];
    expect(third?.type).toBe('Essay');
    expect(third?.stem.text).toBe('<p>What does \\(x_{t-1} &lt; x_t\\) mean, in words?</p>');
    expect(third?.type === 'Essay' && third.globalFeedback?.text).toBe(
      '<p>\\[a = \\{1, 2\\}\\]</p><p>That the value shrank.</p>',
    );
  });

  it('keeps each question free of blank lines (GIFT ends a question at one)', () => {
    for (const [i, q] of questionsInNote.entries()) expect(giftQuestion(note, q, i)).not.toMatch(/\n\s*\n/);
  });
});

describe('malformed questions stop the bank, naming the file and line', () => {
  const wrap = (quiz: string) => `## Check your understanding {/* #check-your-understanding */}\n\n${quiz}\n`;
  it.each([
    [
      'no correct choice',
      '<Quiz>\n<Question>\n\nQ?\n\n<Choice>a</Choice>\n<Choice>b</Choice>\n\n<Explanation>E.</Explanation>\n\n</Question>\n</Quiz>',
      /has no <Choice correct>/,
    ],
    [
      'two correct without multiple',
      '<Quiz>\n<Question>\n\nQ?\n\n<Choice correct>a</Choice>\n<Choice correct>b</Choice>\n\n<Explanation>E.</Explanation>\n\n</Question>\n</Quiz>',
      /2 correct choices but no `multiple`/,
    ],
    [
      'no explanation',
      '<Quiz>\n<Question>\n\nQ?\n\n<Choice correct>a</Choice>\n<Choice>b</Choice>\n\n</Question>\n</Quiz>',
      /exactly one <Explanation>/,
    ],
    [
      'an answer with no question',
      '<details>\n<summary>Show answer</summary>\n\nA.\n\n</details>',
      /no question before it/,
    ],
  ])('%s', (_, quiz, message) => {
    expect(() => extractQuestions(wrap(quiz), 'docs/x.mdx')).toThrow(message);
    expect(() => extractQuestions(wrap(quiz), 'docs/x.mdx')).toThrow(/^docs\/x\.mdx:\d+: quiz bank: /);
  });
});
