/**
 * An explainer alone, for an iframe on a course page (/embed/<name>, added by
 * plugins/embeds from its registry): a heading, the component with its own caption, and a
 * credit line linking to the note. No navbar, sidebar or footer; `noindex`; nothing stops
 * the page being framed.
 *
 * Height: the iframe snippet sets a fixed height that fits the page at 640 px wide. A
 * host that can run script may size the frame to its content instead: whenever the
 * page's height changes it posts `{type: 'genai-kb:embed-height', name, height}` (CSS
 * pixels) to its parent window (see README.md, "For instructors").
 */
import React, {useEffect, type ComponentType, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import LayoutProvider from '@theme/Layout/Provider';
import type {EmbedMeta} from '@site/plugins/embeds/registry';
import styles from './styles.module.css';

export type Props = {
  /** The explainer component (the route module of plugins/embeds). */
  explainer: ComponentType;
  meta: EmbedMeta;
};

export const HEIGHT_MESSAGE = 'genai-kb:embed-height';

/** Posts the height of the page's content to the parent window whenever it changes. */
function useHeightMessages(name: string): void {
  useEffect(() => {
    const main = document.querySelector('main');
    if (!main || window.parent === window || typeof ResizeObserver === 'undefined') return undefined;
    let last = 0;
    const post = () => {
      // The content's height, not the document's: that is at least the frame's own height.
      const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
      if (height === last) return;
      last = height;
      window.parent.postMessage({type: HEIGHT_MESSAGE, name, height}, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(main);
    return () => observer.disconnect();
  }, [name]);
}

export default function EmbedPage({explainer: Explainer, meta}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  useHeightMessages(meta.name);
  return (
    <LayoutProvider>
      <Head>
        <title>{`${meta.caption} | ${siteConfig.title}`}</title>
        <meta name="robots" content="noindex" />
        <meta name="description" content={`${meta.caption}. From ${meta.noteTitle}, ${siteConfig.title}.`} />
        <body className={styles.page} />
      </Head>
      <main className={styles.embed}>
        <Heading as="h1" className={styles.heading}>
          {meta.caption}
        </Heading>
        <Explainer />
        <p className={styles.credit}>
          From{' '}
          <Link to={meta.notePermalink} target="_blank">
            {meta.noteTitle}
          </Link>
          , {siteConfig.title},{' '}
          <Link href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="license noopener">
            CC BY 4.0
          </Link>
        </p>
      </main>
    </LayoutProvider>
  );
}
