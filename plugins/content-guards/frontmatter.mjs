/**
 * Front-matter validation for notes, run by Docusaurus's `markdown.parseFrontMatter`
 * hook (so `npm start` and `npm run build` both stop on a bad note) and by
 * `npm run check:notes`. Messages read like a compiler's and end with the CONTRIBUTING
 * section that explains the fix.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {z} from 'zod';
import {ContentError, help} from './messages.mjs';
import {lineOfEntry, lineOfKey} from './lines.mjs';
import {checkUpdates, todayUtc} from './updates.mjs';

export {lineOfEntry, lineOfKey};

export const DIFFICULTIES = /** @type {const} */ (['beginner', 'intermediate', 'advanced']);

const isoDate = z
  .union([z.date(), z.string()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'must be a date written YYYY-MM-DD',
  });

/** The front matter every note carries (content map conventions). */
export const noteSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    description: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(160, 'must be at most 160 characters (it is used for search results and social cards)'),
    tags: z.array(z.string()).min(1, 'must list at least one tag'),
    slug: z.string().regex(/^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'must be a path like /models/gans'),
    sidebar_position: z.number().int().positive().optional(),
    difficulty: z.enum(DIFFICULTIES),
    prerequisites: z.array(z.string()),
    last_reviewed: isoDate,
  })
  .passthrough();

/** Unlisted test pages (docs/kitchen-sink) need less. */
export const unlistedSchema = z
  .object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1).max(160),
    slug: z.string().regex(/^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/),
    unlisted: z.literal(true),
  })
  .passthrough();

/** Every doc id under docsDir ("models/gans"), for checking prerequisites. */
export function listDocIds(docsDir) {
  const ids = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        ids.push(
          path
            .relative(docsDir, full)
            .replace(/\.mdx?$/, '')
            .split(path.sep)
            .join('/'),
        );
      }
    }
  };
  walk(docsDir);
  return ids;
}

export function readTags(tagsFile) {
  return Object.keys(yaml.load(readFileSync(tagsFile, 'utf8')) ?? {});
}

/**
 * Checks one note's parsed front matter. Returns {frontMatter (normalised), problems}.
 * `today` (`YYYY-MM-DD`, UTC) is the latest date an update may carry.
 * @param {{relPath: string, fileContent: string, frontMatter: Record<string, unknown>,
 *   tags: string[], docIds: Set<string>, today?: string}} input
 */
export function checkFrontMatter({relPath, fileContent, frontMatter, tags, docIds, today = todayUtc()}) {
  const problems = [];
  const at = (key) => `${relPath}:${lineOfKey(fileContent, key)}`;
  const schema = frontMatter.unlisted === true ? unlistedSchema : noteSchema;
  const parsed = schema.safeParse(frontMatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      let what = issue.message;
      if (issue.code === 'invalid_type') {
        what =
          issue.received === 'undefined'
            ? `is missing: add "${key}:" to the front matter`
            : `must be ${issue.expected === 'array' ? 'a list, like [a, b]' : `a ${issue.expected}`}, not a ${issue.received}`;
      } else if (issue.code === 'invalid_enum_value') {
        what = `must be one of ${issue.options.join(', ')} (found "${issue.received}")`;
      }
      problems.push(`${at(key)}: front matter "${key}" ${what} ${help('front-matter')}`);
    }
  }
  const data = parsed.success ? parsed.data : frontMatter;
  if (frontMatter.updates !== undefined) {
    const updates = checkUpdates({
      relPath,
      fileContent,
      updates: frontMatter.updates,
      lastReviewed: frontMatter.last_reviewed,
      today,
    });
    problems.push(...updates.problems);
    data.updates = updates.updates;
  }
  if (Array.isArray(frontMatter.tags)) {
    for (const tag of frontMatter.tags) {
      if (!tags.includes(String(tag))) {
        problems.push(`${at('tags')}: tag "${tag}" is not declared in docs/tags.yml ${help('tags')}`);
      }
    }
  }
  if (Array.isArray(frontMatter.prerequisites)) {
    for (const id of frontMatter.prerequisites) {
      if (!docIds.has(String(id))) {
        problems.push(
          `${at('prerequisites')}: prerequisite "${id}" names no doc (use an id such as "models/gans") ${help('prerequisites')}`,
        );
      }
    }
  }
  return {frontMatter: data, problems};
}

/**
 * The `markdown.parseFrontMatter` hook for docusaurus.config.ts: parses with Docusaurus's
 * default parser, then validates notes under docs/ and fails with every problem found.
 * `today` (`YYYY-MM-DD`) fixes the date updates are checked against, for tests.
 * @param {{siteDir: string, today?: string}} options
 */
export function createFrontMatterHook({siteDir, today}) {
  const docsDir = path.join(siteDir, 'docs');
  // slug or doc id -> the file that claimed it (a renamed file frees its claims)
  const claims = new Map();
  const claim = (kind, value, relPath, fileContent, key) => {
    const owner = claims.get(`${kind}:${value}`);
    if (owner && owner !== relPath && existsSync(path.join(siteDir, owner))) {
      return `${relPath}:${lineOfKey(fileContent, key)}: ${kind} "${value}" is already used by ${owner} ${help('duplicate-urls')}`;
    }
    claims.set(`${kind}:${value}`, relPath);
    return null;
  };
  return async (params) => {
    const relPath = path.relative(siteDir, params.filePath).split(path.sep).join('/');
    let result;
    try {
      result = await params.defaultParseFrontMatter(params);
    } catch (error) {
      const line = error?.mark?.line !== undefined ? error.mark.line + 2 : 1;
      throw new ContentError(
        `${relPath}:${line}: front matter is not valid YAML: ${error?.reason ?? error?.message} ${help('front-matter')}`,
      );
    }
    if (!relPath.startsWith('docs/') || !/\.mdx?$/.test(relPath)) return result;
    const {frontMatter, problems} = checkFrontMatter({
      relPath,
      fileContent: params.fileContent,
      frontMatter: result.frontMatter,
      tags: readTags(path.join(docsDir, 'tags.yml')),
      docIds: new Set(listDocIds(docsDir)),
      // Read at every call: a dev server left running past midnight accepts today's entries.
      today: today ?? todayUtc(),
    });
    if (typeof frontMatter.slug === 'string') {
      const clash = claim('slug', frontMatter.slug, relPath, params.fileContent, 'slug');
      if (clash) problems.push(clash);
    }
    const dir = path.posix.dirname(relPath.slice('docs/'.length));
    const base =
      typeof frontMatter.id === 'string'
        ? frontMatter.id
        : path.posix.basename(relPath).replace(/\.mdx?$/, '');
    const clash = claim('doc id', dir === '.' ? base : `${dir}/${base}`, relPath, params.fileContent, 'id');
    if (clash) problems.push(clash);
    if (problems.length > 0) throw new ContentError(problems.join('\n'));
    return {...result, frontMatter};
  };
}
