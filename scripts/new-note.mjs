#!/usr/bin/env node
/**
 * `npm run new-note -- <section>/<slug> [--title "Title"]`: scaffolds a note with valid
 * front matter and the page shape of the content map, ready to fill in. It builds as is.
 */
import {existsSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Title case from a slug: "mode-collapse" -> "Mode collapse". */
export function titleFromSlug(slug) {
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The scaffold's text.
 * @param {{section: string, slug: string, title: string, date: string}} note
 */
export function renderNote({section, slug, title, date}) {
  return `---
title: ${title}
description: TODO One sentence of at most 160 characters that says what a reader learns here.
tags: [${section}]
slug: /${section}/${slug}
difficulty: beginner
prerequisites: []
last_reviewed: ${date}
---

TODO Two or three sentences: what this page explains and why it matters.

## Intuition {/* #intuition */}

TODO An everyday picture of the idea, before any detail.

## How it works {/* #how-it-works */}

TODO The mechanism, step by step. On model pages, the math: every symbol explained in words
right after the formula, in the site's notation (see [Notation](../models/notation.mdx)).

## Uses {/* #uses */}

TODO What it is used for today, with dated examples ("as of 2025, …").

## Limits {/* #limits */}

TODO Where it fails, and why.

## Key takeaways {/* #key-takeaways */}

- TODO The first thing to remember.
- TODO The second.
- TODO The third.

## Check your understanding {/* #check-your-understanding */}

1. TODO A question.

<details>
<summary>Show answer</summary>

TODO The answer, with a one- or two-sentence explanation.

</details>

2. TODO A question.

<details>
<summary>Show answer</summary>

TODO The answer.

</details>

3. TODO A question.

<details>
<summary>Show answer</summary>

TODO The answer.

</details>

## Further reading {/* #further-reading */}

- TODO A readable next step, with a link.

## References {/* #references */}

- TODO Author, A. (year). *Title*. Venue. [link](https://doi.org/...)
`;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith('--'));
  const titleIndex = args.indexOf('--title');
  const sections = readdirSync(path.join(root, 'docs'), {withFileTypes: true})
    .filter(
      (d) =>
        d.isDirectory() &&
        d.name !== 'kitchen-sink' &&
        existsSync(path.join(root, 'docs', d.name, '_category_.yml')),
    )
    .map((d) => d.name);
  const match = /^([a-z0-9-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(target ?? '');
  if (!match) {
    console.error(
      'usage: npm run new-note -- <section>/<slug> [--title "Title"]   e.g. models/normalizing-flows',
    );
    process.exit(2);
  }
  const [, section = '', slug = ''] = match;
  if (!sections.includes(section)) {
    console.error(`new-note: unknown section "${section}"; use one of: ${sections.join(', ')}`);
    process.exit(2);
  }
  const file = path.join(root, 'docs', section, `${slug}.mdx`);
  if (existsSync(file)) {
    console.error(`new-note: ${path.relative(root, file)} already exists`);
    process.exit(1);
  }
  const title = titleIndex >= 0 && args[titleIndex + 1] ? args[titleIndex + 1] : titleFromSlug(slug);
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(file, renderNote({section, slug, title, date}));
  console.log(
    `new-note: created ${path.relative(root, file)}. Fill in every TODO, then run npm run check:notes.`,
  );
}
