/** Stand-in for @docusaurus/useDocusaurusContext: the parts of the site config components read. */
export default function useDocusaurusContext() {
  return {
    siteConfig: {
      title: 'Generative AI, explained',
      url: 'https://genai-knowledge-base.github.io',
      baseUrl: '/',
    },
  };
}
