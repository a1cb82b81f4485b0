/**
 * BibTeX and APA (7th edition) citations of a page of the site. The site is the author
 * (a group author, as APA does for pages without named authors) and the last-reviewed
 * date is the page's date.
 */
import {formatLongDate, isIsoDate, monthName} from '@site/src/utils/noteMeta';

/** What a citation needs to know about the page. */
export type CitedPage = {
  /** The page's title. */
  title: string;
  /** Its canonical absolute URL. */
  url: string;
  /** The day its facts were last checked, `YYYY-MM-DD`. */
  lastReviewed: string;
  /** The site's name, used as author and publisher. */
  siteTitle: string;
};

const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** Escapes the characters that are special in (La)TeX so they print as themselves. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${char}`;
    }
  });
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A stable citation key: the site's name and the page's path, e.g.
 * `generative-ai-explained:models-gans` for /docs/models/gans.
 */
export function bibtexKey(page: Pick<CitedPage, 'url' | 'siteTitle'>): string {
  const path = new URL(page.url).pathname.replace(/^\/(docs\/)?/, '');
  return `${slug(page.siteTitle)}:${slug(path) || 'home'}`;
}

function checkPage(page: CitedPage): [year: number, month: number, day: number] {
  const problems = [
    page.title.trim() === '' && 'the title is empty',
    !/^https?:\/\/[^/]/.test(page.url) && `the url "${page.url}" is not absolute`,
    !isIsoDate(page.lastReviewed) && `lastReviewed "${page.lastReviewed}" is not a YYYY-MM-DD date`,
    page.siteTitle.trim() === '' && 'the site title is empty',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`CiteThisPage: ${problems.join('; ')}.`);
  return page.lastReviewed.split('-').map(Number) as [number, number, number];
}

/**
 * A BibTeX `@misc` entry. The site is a group author (double braces: not "explained, G. A.")
 * and the title is double-braced so BibTeX keeps its capitals. `url` is printed by
 * biblatex and natbib styles; the review date goes in `note`.
 */
export function bibtexCitation(page: CitedPage): string {
  const [year, month] = checkPage(page);
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(page.siteTitle)}}}`],
    ['title', `{{${escapeBibtex(page.title)}}}`],
    ['year', `{${year}}`],
    ['month', BIBTEX_MONTHS[month - 1] ?? String(month)],
    ['url', `{${page.url}}`],
    ['note', `{Last reviewed ${formatLongDate(page.lastReviewed)}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n');
  return `@misc{${bibtexKey(page)},\n${body}\n}`;
}

/**
 * An APA 7 reference for a web page whose group author is the site itself (so the site
 * name is not repeated): `Author. (Year, Month Day). Title. URL`. The title is italic in
 * APA; plain text cannot carry that, so the page shows it in italics and the clipboard
 * gets plain text.
 */
export function apaCitation(page: CitedPage): {
  author: string;
  date: string;
  title: string;
  url: string;
  text: string;
} {
  const [year, month, day] = checkPage(page);
  const author = /[.!?]$/.test(page.siteTitle) ? page.siteTitle : `${page.siteTitle}.`;
  const date = `(${year}, ${monthName(month)} ${day}).`;
  const title = /[.!?]$/.test(page.title) ? page.title : `${page.title}.`;
  return {author, date, title, url: page.url, text: `${author} ${date} ${title} ${page.url}`};
}
