/**
 * Components every note can use without importing them: the teaching callouts, and
 * `Term`, which plugins/remark-glossary-terms.mjs writes for every glossary link. Only
 * what notes use everywhere belongs here (it ships with every page); explainers and
 * quizzes are imported by the notes that use them.
 */
import MDXComponents from '@theme-original/MDXComponents';
import {DeepDive, InTheWild, KeyIdea, NotLegalAdvice, Pitfall} from '@site/src/components/Callout';
import Term from '@site/src/components/Term';

export default {
  ...MDXComponents,
  KeyIdea,
  Pitfall,
  DeepDive,
  InTheWild,
  NotLegalAdvice,
  Term,
};
