/**
 * Keeps KaTeX's fonts out of the render-blocking stylesheet.
 *
 * KaTeX's CSS lists every font three times (woff2, woff, ttf), and the bundler inlined
 * each file under 10 kB into the CSS as base64. That made the one stylesheet every page
 * waits for weigh 110 KiB gzipped, most of it fonts a page never uses. This plugin:
 *
 * - keeps only the woff2 source in KaTeX's `@font-face` rules (every browser that runs
 *   this site reads woff2), and
 * - emits every font as its own file, so a page downloads only the faces its formulas
 *   use, after the text has painted.
 */
import type {Plugin} from '@docusaurus/types';
import type {AcceptedPlugin, AtRule} from 'postcss';

/** PostCSS plugin: drops the woff and ttf fallbacks from KaTeX's font faces. */
export const woff2Only: AcceptedPlugin = {
  postcssPlugin: 'katex-woff2-only',
  AtRule: {
    'font-face': (rule: AtRule) => {
      let family = '';
      rule.walkDecls('font-family', (decl) => {
        family = decl.value;
      });
      if (!family.includes('KaTeX_')) return;
      rule.walkDecls('src', (decl) => {
        const woff2 = decl.value.split(/,(?=\s*url\()/).filter((source) => /format\(["']?woff2/.test(source));
        if (woff2.length > 0) decl.value = woff2.join(',');
      });
    },
  },
};

interface LoaderEntry {
  loader?: string;
  options?: Record<string, unknown>;
}

interface RuleLike {
  test?: unknown;
  use?: unknown;
}

export default function katexFonts(): Plugin {
  return {
    name: 'katex-fonts',
    configurePostCss(options) {
      options.plugins.push(woff2Only);
      return options;
    },
    configureWebpack(config) {
      // Docusaurus's font rule uses url-loader with a 10 kB inline limit; turn inlining off.
      for (const rule of (config.module?.rules ?? []) as RuleLike[]) {
        if (!(rule?.test instanceof RegExp) || !rule.test.test('font.woff2')) continue;
        for (const entry of (Array.isArray(rule.use) ? rule.use : []) as LoaderEntry[]) {
          if (entry.loader?.includes('url-loader') && entry.options) entry.options.limit = false;
        }
      }
      return {};
    },
  };
}
