/**
 * The landing page's learning paths and topic map. Pages are named by doc id; the
 * landing page resolves each to its URL and the build fails if one does not exist.
 * A unit test checks that each title here matches the note's front-matter title.
 */
export type PathStep = {doc: string; title: string};
export type LearningPath = {id: string; title: string; audience: string; steps: PathStep[]};

export const LEARNING_PATHS: LearningPath[] = [
  {
    id: 'new-to-generative-ai',
    title: 'New to generative AI',
    audience: 'No background needed: what it is, how it works, and what it can and cannot do.',
    steps: [
      {doc: 'fundamentals/what-is-generative-ai', title: 'What is generative AI?'},
      {doc: 'fundamentals/how-it-works', title: 'How generative AI works'},
      {doc: 'fundamentals/discriminative-vs-generative', title: 'Discriminative vs generative models'},
      {doc: 'fundamentals/foundation-models', title: 'Foundation models'},
      {doc: 'fundamentals/history', title: 'A short history of generative AI'},
      {doc: 'impact/accuracy-and-misinformation', title: 'Accuracy, hallucination and misinformation'},
    ],
  },
  {
    id: 'the-models-with-the-math',
    title: 'The models, with the math',
    audience: 'For students who want the mechanisms: probability, objectives and architectures.',
    steps: [
      {doc: 'models/notation', title: 'Notation used on this site'},
      {doc: 'models/vaes', title: 'Variational autoencoders (VAEs)'},
      {doc: 'models/gans', title: 'Generative adversarial networks (GANs)'},
      {doc: 'models/diffusion-models', title: 'Diffusion models'},
      {doc: 'models/autoregressive-models', title: 'Autoregressive models'},
      {doc: 'models/transformers', title: 'Transformers and attention'},
      {doc: 'models/large-language-models', title: 'Large language models (LLMs)'},
    ],
  },
  {
    id: 'impact-law-and-policy',
    title: 'Impact, law and policy',
    audience: 'For readers weighing what generative AI means for creators, work and society.',
    steps: [
      {doc: 'fundamentals/is-it-art', title: 'Is AI-generated art really art?'},
      {doc: 'impact/copyright-and-law', title: 'Copyright and the law'},
      {doc: 'impact/policy', title: 'Policy and regulation'},
      {doc: 'impact/bias-and-fairness', title: 'Bias and fairness'},
      {doc: 'impact/work-and-jobs', title: 'Work and jobs'},
      {doc: 'impact/speed-of-change', title: 'The speed of change'},
    ],
  },
  {
    id: 'using-genai-well',
    title: 'Using generative AI well',
    audience: 'For practitioners: prompting, adapting and judging models.',
    steps: [
      {doc: 'practice/prompt-engineering', title: 'Prompt engineering'},
      {doc: 'practice/fine-tuning', title: 'Fine-tuning'},
      {doc: 'practice/building-a-generative-model', title: 'Building a generative model'},
      {doc: 'practice/evaluating-generative-models', title: 'Evaluating generative models'},
    ],
  },
  {
    id: 'building-with-llms',
    title: 'Building with LLMs',
    audience:
      'For builders: how assistants are trained and made to reason, wired to data and tools, run and attacked.',
    steps: [
      {doc: 'models/post-training', title: 'Post-training: SFT, RLHF and DPO'},
      {doc: 'models/reasoning-models', title: 'Reasoning models and test-time compute'},
      {doc: 'practice/retrieval-augmented-generation', title: 'Retrieval-augmented generation (RAG)'},
      {doc: 'practice/agents-and-tool-use', title: 'Agents and tool use'},
      {doc: 'practice/running-models-efficiently', title: 'Running models efficiently'},
      {doc: 'impact/security-and-safety', title: 'Security and safety of generative AI'},
    ],
  },
];

export type TopicSection = {category: string; title: string; summary: string};

/** The topic map: one card per section of docs/ (titles from its _category_.yml). */
export const TOPIC_SECTIONS: TopicSection[] = [
  {
    category: '/docs/fundamentals',
    title: 'Fundamentals',
    summary: 'What generative AI is, how it works, where it came from.',
  },
  {
    category: '/docs/models',
    title: 'Models and techniques',
    summary: 'GANs, VAEs, diffusion, transformers and LLMs, with the math.',
  },
  {
    category: '/docs/applications',
    title: 'Applications',
    summary: 'Text, images, audio, code, video, science and business.',
  },
  {
    category: '/docs/practice',
    title: 'Working with generative AI',
    summary: 'Prompting, fine-tuning, building and evaluating models.',
  },
  {
    category: '/docs/impact',
    title: 'Impact and challenges',
    summary: 'Law, policy, accuracy, bias, compute, work and the pace of change.',
  },
  {
    category: '/docs/glossary',
    title: 'Glossary and references',
    summary: 'Every term in plain words, and every source we cite.',
  },
];
