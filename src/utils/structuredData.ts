/**
 * JSON-LD for a note (schema.org LearningResource), so search engines and tools see the
 * title, description, review date, level and licence.
 */
export const CONTENT_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export type NoteFacts = {
  title: string;
  description: string;
  url: string;
  siteTitle: string;
  siteUrl: string;
  lastReviewed?: string;
  difficulty?: string;
  keywords?: string[];
};

export function learningResource(note: NoteFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': ['LearningResource', 'Article'],
    headline: note.title,
    name: note.title,
    description: note.description,
    url: note.url,
    inLanguage: 'en',
    license: CONTENT_LICENSE,
    isAccessibleForFree: true,
    ...(note.lastReviewed ? {dateModified: note.lastReviewed, lastReviewed: note.lastReviewed} : {}),
    ...(note.difficulty ? {educationalLevel: note.difficulty} : {}),
    ...(note.keywords && note.keywords.length > 0 ? {keywords: note.keywords.join(', ')} : {}),
    learningResourceType: 'explanation',
    publisher: {'@type': 'Organization', name: note.siteTitle, url: note.siteUrl},
    isPartOf: {'@type': 'WebSite', name: note.siteTitle, url: note.siteUrl},
  };
}
