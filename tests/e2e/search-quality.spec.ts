/**
 * Search quality against the real built index: every learner query of
 * tests/fixtures/search-queries.json (typos, questions, acronyms, synonyms, comparisons,
 * phrases) is typed into the search page, and the rank of the page it should find is
 * read from the results the reader sees. Prints hit@1, hit@3 and mean reciprocal rank,
 * and fails below 95 % hit@3. Queries marked `whenPublished` count only once their page
 * is in the build; the test says how many were left out for that reason.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, sitemapPaths, test, waitForHydration} from './fixtures';

type LearnerQuery = {query: string; expect: string; kind: string; whenPublished?: boolean};

const QUERIES = JSON.parse(
  readFileSync(path.join(process.cwd(), 'tests/fixtures/search-queries.json'), 'utf8'),
) as LearnerQuery[];
const MIN_HIT_AT_3 = 0.95;

test('learner queries find the page they should, in the top three (hit@3 ≥ 95 %)', async ({page}) => {
  test.setTimeout(180_000);
  const published = new Set(sitemapPaths());
  const counted = QUERIES.filter((q) => !q.whenPublished || published.has(q.expect));
  const skipped = QUERIES.length - counted.length;

  await page.goto('/search');
  await waitForHydration(page);
  // One page, every query typed into the search box in turn; the URLs of the results
  // shown, in order, for each.
  const rankings = await page.evaluate(
    async (queries: string[]) => {
      const input = document.querySelector<HTMLInputElement>('#search-page-input');
      const form = input?.form;
      if (!input || !form) throw new Error('no search form');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const answered = (query: string) =>
        new Promise<Element>((resolve, reject) => {
          const find = () =>
            Array.from(document.querySelectorAll('[data-results-for]')).find(
              (el) => el.getAttribute('data-results-for') === query,
            );
          const timer = window.setTimeout(() => reject(new Error(`no results for "${query}"`)), 10_000);
          const poll = () => {
            const found = find();
            if (found) {
              window.clearTimeout(timer);
              resolve(found);
            } else requestAnimationFrame(poll);
          };
          poll();
        });
      const out: string[][] = [];
      for (const query of queries) {
        setValue?.call(input, query);
        input.dispatchEvent(new Event('input', {bubbles: true}));
        form.requestSubmit();
        const results = await answered(query);
        out.push(
          Array.from(results.querySelectorAll<HTMLAnchorElement>('ol > li > h2 a')).map(
            (a) => new URL(a.href).pathname,
          ),
        );
      }
      return out;
    },
    counted.map((q) => q.query),
  );

  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  const byKind = new Map<string, {n: number; hit3: number}>();
  counted.forEach((q, i) => {
    const urls = rankings[i] ?? [];
    const rank = urls.indexOf(q.expect) + 1;
    const kind = byKind.get(q.kind) ?? {n: 0, hit3: 0};
    kind.n += 1;
    if (rank === 1) hit1 += 1;
    if (rank >= 1 && rank <= 3) {
      hit3 += 1;
      kind.hit3 += 1;
    } else {
      misses.push(
        `  ${q.kind}: "${q.query}" → ${q.expect} at ${rank || 'none'}; top: ${urls.slice(0, 3).join(', ')}`,
      );
    }
    if (rank > 0) reciprocal += 1 / rank;
    byKind.set(q.kind, kind);
  });
  const n = counted.length;
  const pct = (x: number) => `${((100 * x) / n).toFixed(1)} %`;
  console.log(
    [
      `search quality: ${n} queries (${skipped} skipped: their page is not in the build yet)`,
      `  hit@1 ${pct(hit1)}, hit@3 ${pct(hit3)}, MRR ${(reciprocal / n).toFixed(3)}`,
      `  hit@3 by kind: ${[...byKind].map(([k, v]) => `${k} ${v.hit3}/${v.n}`).join(', ')}`,
      ...(misses.length > 0 ? ['  not in the top three:', ...misses] : []),
    ].join('\n'),
  );
  expect(n, 'queries counted').toBeGreaterThanOrEqual(120);
  expect(hit3 / n, `hit@3 (misses:\n${misses.join('\n')})`).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
});
