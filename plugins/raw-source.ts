/**
 * `import text from '@site/src/ml/gan.ts?raw'` gives the file's text, read at build time:
 * the playgrounds show the real training code this way, not a copy. (Vitest understands
 * `?raw` by itself; this plugin teaches the same to Docusaurus's bundler, Rspack.)
 *
 * Every other rule is told to leave `?raw` imports alone, or the TypeScript rule would
 * compile the file first and the page would show JavaScript instead of the source.
 */
import type {Plugin} from '@docusaurus/types';

export const RAW_QUERY = /(^|[?&])raw$/;

interface RuleLike {
  resourceQuery?: unknown;
  [key: string]: unknown;
}

/** Adds `resourceQuery: {not: [RAW_QUERY]}` to rules without a query condition; returns the raw rule to add. */
export function routeRawImports(rules: unknown[]): RuleLike {
  for (const rule of rules) {
    if (typeof rule !== 'object' || rule === null) continue;
    const r = rule as RuleLike;
    if (r.resourceQuery === undefined) r.resourceQuery = {not: [RAW_QUERY]};
  }
  return {resourceQuery: RAW_QUERY, type: 'asset/source'};
}

export default function rawSource(): Plugin {
  return {
    name: 'raw-source',
    configureWebpack(config) {
      const rules = (config.module?.rules ?? []) as unknown[];
      const raw = routeRawImports(rules);
      rules.push(raw);
      return {};
    },
  };
}
