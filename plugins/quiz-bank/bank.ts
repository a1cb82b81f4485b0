/**
 * The quiz bank: every self-check question of every note, grouped by note, as Moodle GIFT
 * and as Markdown. Both are generated from the notes' MDX at build time (plugins/quiz-bank)
 * and served at /downloads/quiz-bank.gift and /downloads/quiz-bank.md.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {extractQuestions, plainText, type BankQuestion, type MdNode} from './extract';
import {toHtml, toMarkdown, type RenderContext} from './render';

export type BankNote = {
  /** Doc id, e.g. `models/gans`. */
  id: string;
  title: string;
  /** Absolute URL of the note. */
  url: string;
  /** Path from the site's root, for messages. */
  file: string;
  questions: BankQuestion[];
  ctx: RenderContext;
};

export type SiteAddress = {
  /** Origin without a path, e.g. https://example.org. */
  url: string;
  /** Path the site is served under, with slashes: `/` or `/kb/`. */
  baseUrl: string;
};

export const SITE_TITLE = 'Generative AI, explained';
export const LICENCE = 'CC BY 4.0';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

type FrontMatter = {
  title?: unknown;
  slug?: unknown;
  sidebar_position?: unknown;
  unlisted?: unknown;
  draft?: unknown;
};

function frontMatterOf(source: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  const data = match ? yaml.load(match[1] ?? '') : null;
  return data && typeof data === 'object' ? (data as FrontMatter) : {};
}

function categoryPosition(dir: string): number {
  const file = path.join(dir, '_category_.yml');
  if (!existsSync(file)) return Number.MAX_SAFE_INTEGER;
  const data = yaml.load(readFileSync(file, 'utf8')) as {position?: unknown} | null;
  return typeof data?.position === 'number' ? data.position : Number.MAX_SAFE_INTEGER;
}

/**
 * Every listed note under docs/ that has a self-check, in sidebar order (section position,
 * then the note's sidebar_position, then file name). Links in the questions become
 * absolute URLs of the site.
 */
export function collectNotes(siteDir: string, site: SiteAddress): BankNote[] {
  const docsDir = path.join(siteDir, 'docs');
  const origin = `${site.url}${site.baseUrl}`;
  type Entry = {abs: string; id: string; source: string; fm: FrontMatter; section: number; position: number};
  const entries: Entry[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, {withFileTypes: true})) {
      const abs = path.join(dir, item.name);
      if (item.isDirectory()) walk(abs);
      else if (/\.mdx?$/.test(item.name) && !item.name.startsWith('_')) {
        const source = readFileSync(abs, 'utf8');
        const fm = frontMatterOf(source);
        const id = path
          .relative(docsDir, abs)
          .split(path.sep)
          .join('/')
          .replace(/\.mdx?$/, '');
        const section = path.dirname(abs) === docsDir ? 0 : categoryPosition(path.dirname(abs));
        const position =
          typeof fm.sidebar_position === 'number' ? fm.sidebar_position : Number.MAX_SAFE_INTEGER;
        entries.push({abs, id, source, fm, section, position});
      }
    }
  };
  walk(docsDir);
  const urlOf = (entry: Entry) =>
    `${origin}docs${typeof entry.fm.slug === 'string' ? entry.fm.slug : `/${entry.id}`}`.replace(/\/$/, '');
  const byFile = new Map(entries.map((e) => [e.abs, urlOf(e)]));

  const resolverFor = (entry: Entry): RenderContext => ({
    resolveLink(url) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
      if (url.startsWith('/')) return `${origin}${url.slice(1)}`;
      if (url.startsWith('#')) return `${urlOf(entry)}${url}`;
      const [file = '', hash] = url.split('#');
      const target = byFile.get(path.resolve(path.dirname(entry.abs), decodeURI(file)));
      if (target) return hash ? `${target}#${hash}` : target;
      return new URL(url, `${urlOf(entry)}`).href;
    },
  });

  return entries
    .filter((e) => e.fm.unlisted !== true && e.fm.draft !== true)
    .sort((a, b) => a.section - b.section || a.position - b.position || a.id.localeCompare(b.id))
    .map((e) => {
      const file = path.relative(siteDir, e.abs).split(path.sep).join('/');
      return {
        id: e.id,
        title: typeof e.fm.title === 'string' ? e.fm.title : e.id,
        url: urlOf(e),
        file,
        questions: extractQuestions(e.source, file),
        ctx: resolverFor(e),
      };
    })
    .filter((note) => note.questions.length > 0);
}

// ---------------------------------------------------------------------------------------
// GIFT

/** GIFT's special characters, backslash first: `\ ~ = # { } :`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** Moodle accepts these fractions; 100/k for k right answers of a "select all" question. */
function weight(count: number): string {
  return String(Number((100 / count).toFixed(5)));
}

/** A phrasing-only choice in HTML, without the paragraph around it. */
function choiceHtml(content: MdNode[], ctx: RenderContext): string {
  return escapeGift(toHtml(content, ctx).trim());
}

export function giftQuestion(note: BankNote, question: BankQuestion, index: number): string {
  const {ctx} = note;
  const number = index + 1;
  const title = escapeGift(`${note.title} — question ${number}`);
  const lines = [
    `// ${note.title}, question ${number}: ${note.url}#check-your-understanding`,
    `// [id:${note.id.replace(/\//g, '-')}-q${number}]`,
  ];
  const stem = `::${title}::[html]${escapeGift(toHtml(question.prompt, ctx))}`;
  if (question.kind === 'open') {
    // An essay question; the model answer is the general feedback, shown after submitting.
    lines.push(`${stem}{`, `####${escapeGift(toHtml(question.answer, ctx))}`, '}');
    return lines.join('\n');
  }
  const right = question.choices.filter((c) => c.correct).length;
  lines.push(`${stem}{`);
  for (const choice of question.choices) {
    const text = choiceHtml(choice.content, ctx);
    if (!question.multiple) lines.push(`${choice.correct ? '=' : '~'}${text}`);
    else lines.push(`~%${choice.correct ? weight(right) : '-100'}%${text}`);
  }
  lines.push(`####${escapeGift(toHtml(question.explanation, ctx))}`, '}');
  return lines.join('\n');
}

/** Moodle's category path: `/` separates levels, so a `/` in a name is doubled. */
function category(name: string): string {
  return name.replace(/\//g, '//');
}

export function toGift(notes: BankNote[], site: SiteAddress): string {
  const total = notes.reduce((n, note) => n + note.questions.length, 0);
  const blocks = [
    [
      `// Quiz bank of "${SITE_TITLE}" (${site.url}${site.baseUrl}): ${total} self-check questions from ${notes.length} notes.`,
      `// Generated from the notes at build time. Licence: ${LICENCE} (${LICENCE_URL}).`,
      `// Credit: "From <note title>, ${SITE_TITLE}, ${LICENCE}", linking to the note's URL given above each question.`,
      '// Moodle: Question bank > Import > GIFT format. Math is TeX for the MathJax/TeX filter.',
    ].join('\n'),
  ];
  for (const note of notes) {
    blocks.push(`$CATEGORY: $course$/top/${category(SITE_TITLE)}/${category(note.title)}`);
    note.questions.forEach((question, i) => blocks.push(giftQuestion(note, question, i)));
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// Markdown

function markdownQuestion(note: BankNote, question: BankQuestion, index: number): string {
  const {ctx} = note;
  const parts = [`### Question ${index + 1}`, toMarkdown(question.prompt, ctx)];
  if (question.kind === 'open') {
    parts.push(`**Model answer:**\n\n${toMarkdown(question.answer, ctx)}`);
    return parts.join('\n\n');
  }
  if (question.multiple) parts.push('*Select all that apply.*');
  parts.push(
    question.choices.map((c) => `- [${c.correct ? 'x' : ' '}] ${toMarkdown(c.content, ctx)}`).join('\n'),
  );
  const right = question.choices.filter((c) => c.correct).map((c) => toMarkdown(c.content, ctx));
  parts.push(`**${right.length > 1 ? 'Answers' : 'Answer'}:** ${right.join('; ')}`);
  parts.push(`**Explanation:**\n\n${toMarkdown(question.explanation, ctx)}`);
  return parts.join('\n\n');
}

export function toMarkdownBank(notes: BankNote[], site: SiteAddress): string {
  const total = notes.reduce((n, note) => n + note.questions.length, 0);
  const home = `${site.url}${site.baseUrl}`;
  const out = [
    `# Quiz bank: ${SITE_TITLE}`,
    `Every self-check question of [${SITE_TITLE}](${home}), ${total} questions from ${notes.length} notes, ` +
      'grouped by note and generated from the notes at build time. Multiple-choice questions mark the right ' +
      'choices with [x]; open questions give a model answer. The same questions for Moodle and other course ' +
      `platforms: [quiz-bank.gift](${home}downloads/quiz-bank.gift).`,
    `Licence: [${LICENCE}](${LICENCE_URL}). Credit "From <note title>, ${SITE_TITLE}, ${LICENCE}" with a link to the note.`,
  ];
  for (const note of notes) {
    out.push(`## ${escapeHeading(note.title)}`, `Source: <${note.url}#check-your-understanding>`);
    note.questions.forEach((question, i) => out.push(markdownQuestion(note, question, i)));
  }
  return `${out.join('\n\n')}\n`;
}

function escapeHeading(text: string): string {
  return text.replace(/[\\`*[\]<]/g, (c) => `\\${c}`);
}

/** Plain text of a question's prompt, to compare the bank with the notes in tests. */
export function promptText(question: BankQuestion): string {
  return plainText(question.prompt).replace(/\s+/g, ' ').trim();
}
