/**
 * The explainers and playgrounds that can be embedded: one line each. From this list
 * plugins/embeds adds a page at /embed/<name> (the component alone, with a credit line)
 * and plugins/embeds/remark-share.ts puts a "Share or embed" control after the component
 * wherever a note uses it.
 */
export type EmbedEntry = {
  /** Kebab-case name: the page is /embed/<name>. */
  name: string;
  /**
   * The component's module, as the notes import it. Only that embed page's generated
   * module imports it, so the page ships that component's code and no other explainer's.
   */
  component: `@site/src/components/${string}` | `@site/src/playgrounds/${string}`;
  /** One line that names the explainer: the embed page's heading and the iframe's title. */
  caption: string;
  /** The note the credit line links to (a doc id, `section/slug`). */
  docId: string;
  /** Suggested iframe height in CSS pixels: the page at 640 px wide, without scrolling. */
  height: number;
};

/** What an embed page (src/components/EmbedPage) receives as its `meta` prop. */
export type EmbedMeta = Pick<EmbedEntry, 'name' | 'caption' | 'height'> & {
  noteTitle: string;
  /** The note's path on this site (base URL included). */
  notePermalink: string;
};

export const EMBEDS: readonly EmbedEntry[] = [
  {
    name: 'attention-explorer',
    component: '@site/src/components/AttentionExplorer',
    caption: 'Attention explorer: one head of self-attention on a toy sentence',
    docId: 'models/transformers',
    height: 900,
  },
  {
    name: 'diffusion-noise-explorer',
    component: '@site/src/components/DiffusionNoiseExplorer',
    caption: 'Diffusion noise explorer: an image under the forward noising process',
    docId: 'models/diffusion-models',
    height: 1080,
  },
  {
    name: 'sampling-explorer',
    component: '@site/src/components/SamplingExplorer',
    caption: 'Sampling explorer: temperature, top-k and top-p on a next-token distribution',
    docId: 'models/large-language-models',
    height: 1230,
  },
  {
    name: 'vae-latent-explorer',
    component: '@site/src/components/VaeLatentExplorer',
    caption: 'VAE latent explorer: decoding points of a two-dimensional latent space',
    docId: 'models/vaes',
    height: 1240,
  },
  {
    name: 'self-consistency-explorer',
    component: '@site/src/components/SelfConsistencyExplorer',
    caption: 'Self-consistency explorer: how often a majority vote over sampled answers is right',
    docId: 'models/reasoning-models',
    height: 1190,
  },
  {
    name: 'memory-calculator',
    component: '@site/src/components/MemoryCalculator',
    caption: 'Memory calculator: weights and KV cache of a language model, and the GPUs it fits',
    docId: 'practice/running-models-efficiently',
    height: 1560,
  },
  {
    name: 'gan-playground',
    component: '@site/src/playgrounds/GanPlayground',
    caption: 'GAN playground: a generator and a discriminator trained on 2-D points in your browser',
    docId: 'models/gans',
    height: 1060,
  },
  {
    name: 'flow-playground',
    component: '@site/src/playgrounds/FlowPlayground',
    caption: 'Flow matching against diffusion: two 2-D models trained in your browser',
    docId: 'models/flow-matching',
    height: 1330,
  },
  {
    name: 'char-transformer-playground',
    component: '@site/src/playgrounds/CharTransformerPlayground',
    caption: 'A tiny character-level transformer trained in your browser',
    docId: 'models/large-language-models',
    height: 980,
  },
];

/** The path of an embed page under the site's base URL, without a leading slash. */
export function embedPath(name: string): string {
  return `embed/${name}`;
}
