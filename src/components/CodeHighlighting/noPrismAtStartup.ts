/**
 * Stands in for @docusaurus/theme-classic's `prism-include-languages` client module,
 * which loads Prism on every page at start-up. plugins/lazy-code-highlighting.ts swaps
 * it for this empty module; src/components/CodeHighlighting adds the languages when a
 * code block first renders.
 */
export {};
