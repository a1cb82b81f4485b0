/** One entry of src/data/glossary.json, the single source of truth for glossary terms. */
export type GlossaryEntry = {
  /** Anchor on /docs/glossary, lower-case kebab-case: `diffusion-model`. */
  id: string;
  term: string;
  /** One or two plain sentences. */
  definition: string;
  /** Doc id of the page that explains the term, optionally with `#anchor`. */
  explainedOn: string;
  aliases?: string[];
};

/** One entry of src/data/references.json, the bibliography. */
export type ReferenceEntry = {
  /** Stable anchor on /docs/references: `goodfellow2014gan`. */
  id: string;
  authors: string;
  year: string;
  title: string;
  venue?: string;
  url: string;
  topic: string;
  /** Doc ids of the notes that cite it. */
  citedOn: string[];
};

/** Order of the topics on /docs/references. */
export const REFERENCE_TOPICS = [
  'Foundations and history',
  'GANs',
  'VAEs',
  'Diffusion models',
  'Transformers and language models',
  'Autoregressive models',
  'Embeddings and multimodal models',
  'Applications',
  'Practice and evaluation',
  'Law and policy',
  'Society and economics',
] as const;
