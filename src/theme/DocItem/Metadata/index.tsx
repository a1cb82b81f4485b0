/**
 * Adds structured data (JSON-LD) to every note's <head>, next to the title, description
 * and social card that the original component writes.
 */
import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {learningResource} from '@site/src/utils/structuredData';

type Props = WrapperProps<typeof MetadataType>;

export default function MetadataWrapper(props: Props): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const fm = frontMatter as {last_reviewed?: string; difficulty?: string};
  const data = learningResource({
    title: metadata.title,
    description: metadata.description,
    url: `${siteConfig.url}${metadata.permalink}`,
    siteTitle: siteConfig.title,
    siteUrl: siteConfig.url,
    lastReviewed: typeof fm.last_reviewed === 'string' ? fm.last_reviewed : undefined,
    difficulty: fm.difficulty,
    keywords: metadata.tags.map((t) => t.label),
  });
  return (
    <>
      <Metadata {...props} />
      {!metadata.unlisted && (
        <Head>
          <script type="application/ld+json">{JSON.stringify(data)}</script>
        </Head>
      )}
    </>
  );
}
