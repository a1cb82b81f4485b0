/**
 * The small pieces that keep pages fast: KaTeX's font faces trimmed to woff2, link
 * prefetching in idle time (where no service worker caches the site), the last-updated
 * date without Intl, the search page's early start, and the manifest entries that put
 * each page's route chunks in its HTML.
 */
import postcss from 'postcss';
import {describe, expect, it} from 'vitest';
import {woff2Only} from '@site/plugins/katex-fonts';
import {createIdleQueue, type IdleScheduler} from '@site/src/clientModules/prefetch';
import {addModuleOrigins, registryModules} from '@site/plugins/route-chunk-scripts';

describe('KaTeX font faces', () => {
  const css = (family: string) =>
    `@font-face{font-display:block;font-family:${family};src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}`;

  it('keep only their woff2 source', async () => {
    const out = await postcss([woff2Only]).process(css('KaTeX_Main'), {from: undefined});
    expect(out.css).toContain('src:url(fonts/A.woff2) format("woff2")}');
    expect(out.css).not.toMatch(/\.woff\)|\.ttf/);
  });

  it('leave other fonts alone', async () => {
    const out = await postcss([woff2Only]).process(css('Inter'), {from: undefined});
    expect(out.css).toBe(css('Inter'));
  });
});

describe('idle prefetching', () => {
  /** A scheduler the test runs by hand, with a fixed number of items' worth of time. */
  function manualScheduler() {
    const waiting: Array<Parameters<IdleScheduler>[0]> = [];
    const schedule: IdleScheduler = (drain) => void waiting.push(drain);
    const runIdle = (items: number) => {
      let left = items;
      const drain = waiting.shift();
      drain?.(() => left--);
    };
    return {schedule, runIdle, waiting};
  }

  it('runs nothing until the browser is idle, then a few paths per idle period', () => {
    const ran: string[] = [];
    const {schedule, runIdle, waiting} = manualScheduler();
    const enqueue = createIdleQueue((p) => ran.push(p), schedule);
    for (const p of ['/docs/a', '/docs/b', '/docs/c']) enqueue(p);
    expect(ran).toEqual([]);
    expect(waiting).toHaveLength(1);
    runIdle(2);
    expect(ran).toEqual(['/docs/a', '/docs/b']);
    runIdle(5);
    expect(ran).toEqual(['/docs/a', '/docs/b', '/docs/c']);
    expect(waiting).toHaveLength(0);
  });

  it('queues a path once while it waits', () => {
    const ran: string[] = [];
    const {schedule, runIdle} = manualScheduler();
    const enqueue = createIdleQueue((p) => ran.push(p), schedule);
    enqueue('/docs/a');
    enqueue('/docs/a');
    runIdle(5);
    expect(ran).toEqual(['/docs/a']);
  });
});

describe('last-updated date', () => {
  it('reads as Intl writes it in English, in UTC', async () => {
    const {shortDate} = await import('@site/src/utils/shortDate');
    for (const iso of ['2026-11-22T23:30:00Z', '2024-01-01T00:00:00Z', '2025-06-09T12:00:00Z']) {
      const date = new Date(iso);
      const intl = new Intl.DateTimeFormat('en', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(date);
      expect(shortDate(date)).toBe(intl);
    }
  });
});

describe('search page early start', () => {
  it('is a valid script that starts Pagefind from the site base URL', async () => {
    const {warmUpScript} = await import('@site/src/search/pagefind');
    const script = warmUpScript('/kb/');
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain('import("/kb/pagefind/pagefind.js")');
    expect(script).toContain('"excerptLength":24');
    expect(script).toContain('fetch("/kb/pagefind/vocabulary.json")');
    // Run a second time (the head manager re-inserts head scripts after hydration), it
    // starts nothing new.
    const calls: string[] = [];
    const window = {__pagefindWarmUpAids: Promise.resolve()};
    const location = {search: '?q=diffusion'};
    const fetch = (url: string) => {
      calls.push(url);
      return Promise.reject(new Error('offline'));
    };
    new Function('window', 'location', 'fetch', script)(window, location, fetch);
    expect(calls).toEqual([]);
  });

  it('fetches the index only for the words the notes use, so a misspelt word costs no chunk', async () => {
    const {knownQueryWords} = await import('@site/src/search/pagefind');
    const vocabulary = {words: ['latent', 'diffusion', 'model', 'gans'], stems: [0, 6, 0, 3]};
    expect(knownQueryWords('latnt difusion', vocabulary)).toBe('');
    // Each word as Pagefind is given it: its stem where the build confirmed one.
    expect(knownQueryWords('Latent difusion MODEL', vocabulary)).toBe('latent model');
    expect(knownQueryWords('latent diffusion', vocabulary)).toBe('latent diffus');
    expect(knownQueryWords('What are GANs?', vocabulary)).toBe('gan');
    expect(knownQueryWords(`${'x '.repeat(200)}model`, vocabulary)).toBe('');
    expect(knownQueryWords('model', {words: ['model']})).toBe('model');
    // The inlined copies are the same functions.
    const {warmUpScript} = await import('@site/src/search/pagefind');
    const {decodeVocabulary} = await import('@site/src/search/typo');
    expect(warmUpScript('/')).toContain(knownQueryWords.toString());
    expect(warmUpScript('/')).toContain(decodeVocabulary.toString());
  });

  it('preloads the stems of the known words of the query, from the downloaded vocabulary', async () => {
    const {warmUpScript} = await import('@site/src/search/pagefind');
    const script = warmUpScript('/');
    const preloaded: string[] = [];
    const files: Record<string, unknown> = {
      '/pagefind/vocabulary.json': {words: '0diffus|ion 0lat|ent 3ency 0model', counts: [5, 4, 2, 9]},
      '/pagefind/synonyms.json': [],
    };
    const window: Record<string, unknown> = {};
    const fetch = async (url: string) => ({ok: true, url, json: async () => files[url]});
    const pagefind = {
      options: async () => undefined,
      init: async () => undefined,
      preload: async (words: string) => void preloaded.push(words),
    };
    // The script imports Pagefind with import(): stand in for it by rewriting the call.
    const runnable = script.replace('import("/pagefind/pagefind.js")', 'importPagefind()');
    expect(runnable).not.toBe(script);
    new Function('window', 'location', 'fetch', 'importPagefind', runnable)(
      window,
      {search: '?q=Latent+diffusion+modle'},
      fetch,
      async () => pagefind,
    );
    await window.__pagefindWarmUp;
    await expect.poll(() => preloaded).toEqual(['lat diffus']);
    const [vocabulary] = (await window.__pagefindWarmUpAids) as [{words: string[]; stems: number[]}];
    expect(vocabulary.words).toEqual(['diffusion', 'latent', 'latency', 'model']);
  });
});

describe('route chunks in the page', () => {
  const registry = `export default {
  "8d6be84d": [() => import(/* webpackChunkName: "8d6be84d" */ "@site/docs/models/diffusion-models.mdx"), "@site/docs/models/diffusion-models.mdx", require.resolveWeak("@site/docs/models/diffusion-models.mdx")],
  "aef901ed": [() => import(/* webpackChunkName: "aef901ed" */ "@site/src/pages/search.tsx"), "@site/src/pages/search.tsx", require.resolveWeak("@site/src/pages/search.tsx")],
};`;

  it('reads chunk names and module paths from the generated registry', () => {
    expect([...registryModules(registry)]).toEqual([
      ['8d6be84d', '@site/docs/models/diffusion-models.mdx'],
      ['aef901ed', '@site/src/pages/search.tsx'],
    ]);
  });

  it('lets the module paths the build records find their chunks in the manifest', () => {
    const manifest = {
      origins: {'8d6be84d': ['4014', '8d6be84d'], main: ['main']},
      assets: {},
    };
    expect(addModuleOrigins(manifest, registryModules(registry))).toBe(1);
    expect(manifest.origins).toEqual({
      '8d6be84d': ['4014', '8d6be84d'],
      main: ['main'],
      '@site/docs/models/diffusion-models.mdx': ['4014', '8d6be84d'],
    });
  });
});
