import {readFileSync} from 'node:fs';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as IdealImageOptions} from '@docusaurus/plugin-ideal-image';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import katexFonts from './plugins/katex-fonts';
import lazyCodeHighlighting from './plugins/lazy-code-highlighting';
import serverRenderedLists from './plugins/server-rendered-lists';
import serviceWorkerAfterLoad from './plugins/service-worker-after-load';
import routeChunkScripts from './plugins/route-chunk-scripts';
import scriptsAfterFirstPaint, {SSR_TEMPLATE} from './plugins/scripts-after-first-paint';
import hydrationInTransitions from './plugins/hydration-in-transitions';
import compileHints from './plugins/compile-hints';
import rawSource from './plugins/raw-source';
import pagefindSearch from './plugins/pagefind-search';
import whatsNew from './plugins/whats-new';
import rehypeScrollable from './plugins/rehype-scrollable.mjs';
import rehypeBlockSize from './plugins/rehype-block-size.mjs';
import rehypeStaticMath from './plugins/rehype-static-math.mjs';
import remarkGlossaryTerms from './plugins/remark-glossary-terms.mjs';
import remarkReadingTime from './plugins/remark-reading-time';
import {createFrontMatterHook} from './plugins/content-guards/frontmatter.mjs';
import remarkGuards from './plugins/content-guards/remark-guards.mjs';
import contentGuards from './plugins/content-guards/data.mjs';
import {darkCodeTheme, lightCodeTheme} from './src/utils/prismThemes';
import {siteAddress} from './plugins/site-address';
import {vcsFor} from './plugins/last-updated';
import {sidebarItemsGenerator} from './plugins/sidebar-groups';
import quizBank from './plugins/quiz-bank';
import embeds from './plugins/embeds';
import remarkEmbedShare from './plugins/embeds/remark-share';

// Where the source lives (edit links, "report a correction"). Change it when the repository moves.
const GITHUB_REPO = 'genai-knowledge-base/genai-knowledge-base';
// Where the site is served: SITE_URL and BASE_URL from the environment, defaulting to the
// project's own site at the root (README "Deploying a fork or a copy").
const {url: SITE_URL, baseUrl: BASE_URL} = siteAddress();

/**
 * The logo (also the favicon), inlined into every page as a data URI: a 471-byte file
 * is not worth a request of its own, which would wait for one of the six connections a
 * browser opens over HTTP/1.1 while the page's code is still to download.
 */
const LOGO = `data:image/svg+xml,${encodeURIComponent(readFileSync(new URL('static/img/logo.svg', import.meta.url), 'utf8'))}`;

const config: Config = {
  title: 'Generative AI, explained',
  tagline: 'How generative models work and what they mean — with the math, sourced and open.',
  favicon: LOGO,
  url: SITE_URL,
  baseUrl: BASE_URL,
  organizationName: GITHUB_REPO.split('/')[0],
  projectName: GITHUB_REPO.split('/')[1],
  trailingSlash: false,
  // Docusaurus's page template, with the app's scripts started after the first paint
  // instead of deferred (plugins/scripts-after-first-paint/).
  ssrTemplate: SSR_TEMPLATE,

  future: {
    // Docusaurus v4 behaviour now, including Docusaurus Faster (Rspack, SWC).
    v4: true,
    // Last-updated dates from git in a clone; from each note's last_reviewed in a source
    // archive without .git, where Docusaurus's git reader would stop the build.
    ...vcsFor(__dirname),
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // Stops `npm start` and `npm run build` on a note with bad front matter (schema,
    // tags, prerequisites, duplicate slugs), naming the file and line.
    parseFrontMatter: createFrontMatterHook({siteDir: __dirname}),
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  clientModules: [
    require.resolve('./src/clientModules/print.ts'),
    require.resolve('./src/clientModules/prefetch.ts'),
    require.resolve('./src/clientModules/anchorJumps.ts'),
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // Generated from the folders; the models section is shown in three groups.
          sidebarItemsGenerator,
          // Headings without ids, math KaTeX cannot render, images without alt text and
          // links to missing anchors stop the build with file:line messages.
          beforeDefaultRemarkPlugins: [[remarkGuards, {siteDir: __dirname}]],
          // remarkEmbedShare: a "Share or embed" control after each embeddable explainer.
          remarkPlugins: [remarkMath, remarkGlossaryTerms, remarkReadingTime, remarkEmbedShare],
          // Blocks with math get a height guess for content-visibility, then formulas ship
          // as HTML strings, not JSX trees (see the two plugins).
          rehypePlugins: [rehypeKatex, rehypeScrollable, rehypeBlockSize, rehypeStaticMath],
          editUrl: `https://github.com/${GITHUB_REPO}/edit/main/`,
          showLastUpdateTime: true,
          tags: 'tags.yml',
          onInlineTags: 'throw',
        },
        blog: false,
        theme: {
          // KaTeX's stylesheet and fonts are bundled from the katex package and served
          // by this site: no CDN.
          customCss: [require.resolve('katex/dist/katex.min.css'), './src/css/custom.css'],
        },
        sitemap: {
          // Test pages are unlisted; keep them out of the sitemap explicitly too. Embed
          // pages (/embed/*) are for iframes, not for search engines.
          ignorePatterns: ['docs/kitchen-sink/**', 'docs/tags/**', 'search', 'embed/**'].map(
            (route) => `${BASE_URL}${route}`,
          ),
          filename: 'sitemap.xml',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      '@docusaurus/plugin-ideal-image',
      {
        quality: 75,
        max: 1600,
        min: 480,
        steps: 3,
        disableInDev: false,
      } satisfies IdealImageOptions,
    ],
    katexFonts,
    lazyCodeHighlighting,
    serverRenderedLists,
    rawSource,
    serviceWorkerAfterLoad,
    routeChunkScripts,
    scriptsAfterFirstPaint,
    // useIsBrowser and useWindowSize learn their values after hydration in a transition.
    hydrationInTransitions,
    // main.js tells Chrome to compile it while it streams in (V8's explicit compile hint).
    compileHints,
    pagefindSearch,
    contentGuards,
    // /whats-new and its RSS and Atom feeds, from the notes' dated `updates`.
    whatsNew,
    // Every self-check question as /downloads/quiz-bank.gift (Moodle) and quiz-bank.md.
    quizBank,
    // /embed/<name>: each explainer alone, for iframes (plugins/embeds/registry.ts).
    embeds,
    [
      // llms.txt (every note, with its description) and a plain Markdown copy of each note.
      'docusaurus-plugin-llms',
      {
        generateLLMsTxt: true,
        generateLLMsFullTxt: true,
        generateMarkdownFiles: true,
        excludeImports: true,
        removeDuplicateHeadings: true,
        ignoreFiles: ['kitchen-sink/**', 'tags.yml'],
        keepFrontMatter: ['title', 'description', 'last_reviewed'],
        description:
          'An open knowledge base on how generative models work and what they mean, with the math and primary sources. Notes are CC BY 4.0.',
        logLevel: 'quiet',
      },
    ],
    [
      '@docusaurus/plugin-pwa',
      {
        // Offline for every visitor, not only for installed apps: after one visit, any
        // note opens and search works with the network gone.
        offlineModeActivationStrategies: ['always'],
        swCustom: require.resolve('./src/pwa/sw-custom.js'),
        pwaHead: [
          {tagName: 'link', rel: 'manifest', href: `${BASE_URL}manifest.json`},
          {tagName: 'meta', name: 'theme-color', content: '#1d4ed8'},
          {tagName: 'link', rel: 'apple-touch-icon', href: `${BASE_URL}img/icon-192.png`},
        ],
      },
    ],
    [
      '@docusaurus/plugin-client-redirects',
      {
        // When a page must move, add {from: '/docs/old-slug', to: '/docs/new-slug'} here:
        // its old URL keeps working (tests/e2e/published-urls.spec.ts checks it).
        redirects: [],
      },
    ],
  ],

  themeConfig: {
    image: 'img/social-card.png',
    metadata: [{name: 'keywords', content: 'generative AI, GAN, VAE, diffusion, transformer, LLM'}],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
      disableSwitch: false,
    },
    docs: {
      sidebar: {hideable: true, autoCollapseCategories: false},
    },
    navbar: {
      title: 'Generative AI, explained',
      logo: {alt: '', src: LOGO},
      items: [
        {type: 'docSidebar', sidebarId: 'notes', position: 'left', label: 'Notes'},
        {to: '/docs/glossary', label: 'Glossary', position: 'left'},
        {to: '/docs/references', label: 'References', position: 'left'},
        {
          href: `https://github.com/${GITHUB_REPO}`,
          label: 'GitHub',
          position: 'right',
        },
      ],
    },
    footer: {
      style: 'light',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Fundamentals', to: '/docs/fundamentals'},
            {label: 'Models and techniques', to: '/docs/models'},
            {label: 'Impact and challenges', to: '/docs/impact'},
            {label: 'Train it yourself', to: '/playground'},
          ],
        },
        {
          title: 'Reference',
          items: [
            {label: 'Glossary', to: '/docs/glossary'},
            {label: 'References', to: '/docs/references'},
            {label: 'Search', to: '/search'},
            {label: "What's new", to: '/whats-new'},
          ],
        },
        {
          title: 'Contribute',
          items: [
            {label: 'Source on GitHub', href: `https://github.com/${GITHUB_REPO}`},
            {
              label: 'Report a correction',
              href: `https://github.com/${GITHUB_REPO}/issues/new/choose`,
            },
          ],
        },
      ],
      copyright: 'Notes and figures: CC BY 4.0. Code: MIT. Built with Docusaurus.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['python', 'bash', 'json', 'yaml'],
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
