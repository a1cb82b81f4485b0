#!/usr/bin/env node
/**
 * Indexes a built site with Pagefind. Run by the plugin after `docusaurus build` (as a
 * separate Node process, because Pagefind is ESM-only and Docusaurus loads plugins
 * through a CommonJS transform). Usage: node indexer.mjs <outDir> <baseUrl> [glossary.json]
 *
 * Only pages whose content carries `data-pagefind-body` (the notes) are indexed. Next to
 * the index it writes vocabulary.json for the search's spelling correction and
 * synonyms.json (from the glossary) for its synonyms and acronyms.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {gunzipSync} from 'node:zlib';
import {decode} from 'cbor2';
import * as pagefind from 'pagefind';
import {buildSynonyms} from './synonyms.mjs';
import {buildVocabulary, encodeVocabulary, extractIndexedText} from './vocabulary.mjs';

export const PAGEFIND_DIR = 'pagefind';
const BODY_MARKER = 'data-pagefind-body';

/**
 * `build/docs/models/gans.html` → `/docs/models/gans` (the site has no trailing slashes).
 * @param {string} outDir @param {string} file @param {string} baseUrl
 */
export function urlForFile(outDir, file, baseUrl) {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  const clean = rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  return `${baseUrl}${clean}`.replace(/(.)\/+$/, '$1');
}

/**
 * The part of a page Pagefind reads: the title and the note (from `data-pagefind-body`
 * to the end of the article), without the navigation around it. Sending Pagefind only
 * this keeps indexing fast when the sidebar lists thousands of notes.
 * @param {string} html
 */
export function searchableDocument(html) {
  const marker = html.indexOf(BODY_MARKER);
  if (marker < 0) return html;
  const start = html.lastIndexOf('<', marker);
  const end = html.indexOf('</article>', marker);
  const title = /<title[^>]*>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  const lang = /<html[^>]*\slang=["']?([\w-]+)/.exec(html)?.[1] ?? 'en';
  const note = withTitleWeight(withoutNonHeadingIds(html.slice(start, end < 0 ? undefined : end)));
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${note}</body></html>`;
}

/**
 * Words of the page title weigh most. Pagefind already weighs headings over text (h1 7,
 * h2 6, h3 5, … against 1); the title gets the highest weight it allows.
 * @param {string} html
 */
export function withTitleWeight(html) {
  return html.replace(
    /<h1(?=[\s>])(?![^>]*data-pagefind-weight)/g,
    `<h1 data-pagefind-weight="${TITLE_WEIGHT}"`,
  );
}

/** The largest weight Pagefind accepts. */
const TITLE_WEIGHT = 10;

/** One attribute: its name, then an optional value (a quoted value may hold any character but its quote). */
const ATTRIBUTE = `\\s+([^\\s"'>/=]+)(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?`;
const START_TAG = new RegExp(`<([a-zA-Z][\\w-]*)((?:${ATTRIBUTE.replace('(', '(?:')})*)(\\s*\\/?)>`, 'g');

/**
 * Removes `id` from every element but headings. Pagefind stores each element with an id
 * as an anchor, with its full text, in the page's fragment, which the browser downloads
 * to show that page as a result. Its sub-results only use heading anchors, so the others
 * were dead weight: on the references page, 411 entries doubled a 73 KB fragment.
 * @param {string} html
 */
export function withoutNonHeadingIds(html) {
  return html.replace(START_TAG, (tag, name, attributes, close) => {
    if (/^h[1-6]$/i.test(name)) return tag;
    const kept = attributes.replace(new RegExp(ATTRIBUTE, 'g'), (attribute, attributeName) =>
      attributeName.toLowerCase() === 'id' ? '' : attribute,
    );
    return kept === attributes ? tag : `<${name}${kept}${close}>`;
  });
}

/** What Pagefind's index files start with, once unzipped, before their CBOR data. */
const INDEX_SIGNATURE = 'pagefind_dcd';

/**
 * Every word (stem) in the index Pagefind wrote: each `index/*.pf_index` chunk is gzip of
 * the signature and CBOR data, `[[[word, pages, …], …]]`. Throws when the format is not
 * that (a new Pagefind version), so the build stops instead of shipping wrong stems.
 * @param {string} pagefindDir
 */
export async function readIndexedWords(pagefindDir) {
  const dir = path.join(pagefindDir, 'index');
  /** @type {Set<string>} */
  const words = new Set();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.pf_index')) continue;
    const bytes = gunzipSync(await readFile(path.join(dir, name)));
    const signature = bytes.subarray(0, INDEX_SIGNATURE.length).toString('latin1');
    const data = signature === INDEX_SIGNATURE ? decode(bytes.subarray(INDEX_SIGNATURE.length)) : null;
    const entries = Array.isArray(data) ? data[0] : null;
    if (!Array.isArray(entries) || !entries.every((e) => Array.isArray(e) && typeof e[0] === 'string'))
      throw new Error(`${name}: not a Pagefind index chunk as this indexer knows it`);
    for (const entry of entries) words.add(entry[0]);
  }
  if (words.size === 0) throw new Error(`${dir}: no indexed words`);
  return words;
}

/** How many pages are handed to Pagefind at once. */
const CONCURRENCY = 8;

/** @param {string} outDir @param {string} baseUrl @param {string} [glossaryFile] */
export async function indexSite(outDir, baseUrl, glossaryFile) {
  const {index, errors} = await pagefind.createIndex({
    // Math markup and heading "#" links would only add noise to excerpts.
    excludeSelectors: ['.katex', '.hash-link', '.theme-doc-toc-mobile'],
    forceLanguage: 'en',
  });
  if (!index) throw new Error(`could not create the index: ${errors.join('; ')}`);

  const entries = await readdir(outDir, {withFileTypes: true, recursive: true});
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  /** @type {string[]} */
  const byFile = [];
  const addFile = async (/** @type {string} */ file, /** @type {number} */ position) => {
    const html = await readFile(file, 'utf8');
    if (!html.includes(BODY_MARKER)) return;
    const added = await index.addHTMLFile({
      url: urlForFile(outDir, file, baseUrl),
      content: searchableDocument(html),
    });
    if (added.errors.length > 0)
      throw new Error(`${path.relative(outDir, file)}: ${added.errors.join('; ')}`);
    byFile[position] = extractIndexedText(html);
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const position = next++;
      await addFile(/** @type {string} */ (files[position]), position);
    }
  };
  await Promise.all(Array.from({length: CONCURRENCY}, worker));
  const texts = byFile.filter((text) => typeof text === 'string');
  if (texts.length === 0)
    throw new Error('no page carries data-pagefind-body, so nothing would be searchable');
  const written = await index.writeFiles({outputPath: path.join(outDir, PAGEFIND_DIR)});
  if (written.errors.length > 0) throw new Error(`could not write the index: ${written.errors.join('; ')}`);
  const indexedWords = await readIndexedWords(path.join(outDir, PAGEFIND_DIR));
  await writeFile(
    path.join(outDir, PAGEFIND_DIR, 'vocabulary.json'),
    JSON.stringify(encodeVocabulary(buildVocabulary(texts), indexedWords)),
  );
  const glossary = glossaryFile ? JSON.parse(await readFile(glossaryFile, 'utf8')) : [];
  await writeFile(path.join(outDir, PAGEFIND_DIR, 'synonyms.json'), JSON.stringify(buildSynonyms(glossary)));
  // The list of index files, for the service worker to cache (offline search).
  const indexDir = path.join(outDir, PAGEFIND_DIR);
  const indexFiles = (await readdir(indexDir, {recursive: true, withFileTypes: true}))
    .filter((e) => e.isFile() && !/-ui\.|playground|component-ui|modular-ui|highlight/.test(e.name))
    .map((e) => path.relative(indexDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  await writeFile(path.join(indexDir, 'files.json'), JSON.stringify(indexFiles));
  await pagefind.close();
  return texts.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [outDir, baseUrl = '/', glossaryFile] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: node indexer.mjs <outDir> <baseUrl> [glossary.json]');
    process.exit(2);
  }
  indexSite(path.resolve(outDir), baseUrl, glossaryFile && path.resolve(glossaryFile)).then(
    (pages) => console.log(`[pagefind-search] indexed ${pages} pages`),
    (error) => {
      console.error(`[pagefind-search] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
