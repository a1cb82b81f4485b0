/**
 * "Cite this page": an APA and a BibTeX citation of the note, always visible as text (so
 * they can be selected and copied by hand, with or without JavaScript), each with a button
 * that copies it to the clipboard and a status line that announces the result.
 */
import React, {useRef, useState, type ReactNode, type RefObject} from 'react';
import Heading from '@theme/Heading';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {apaCitation, bibtexCitation, type CitedPage} from './citation';
import styles from './styles.module.css';

export type Props = {
  /** The page's title. */
  title: CitedPage['title'];
  /** The page's canonical absolute URL (site URL + permalink). */
  url: CitedPage['url'];
  /** The day the page's facts were last checked, `YYYY-MM-DD`: the citation's date. */
  lastReviewed: CitedPage['lastReviewed'];
  /** The site's name, cited as author and publisher. */
  siteTitle: CitedPage['siteTitle'];
};

type Format = 'APA' | 'BibTeX';

/** Selects an element's text so the reader only has to press the copy shortcut. */
function selectContents(element: HTMLElement | null): void {
  const selection = element ? window.getSelection() : null;
  if (!element || !selection) return;
  selection.removeAllRanges();
  selection.selectAllChildren(element);
}

export default function CiteThisPage(props: Props): ReactNode {
  const apa = apaCitation(props);
  const bibtex = bibtexCitation(props);
  // Buttons do nothing without JavaScript: keep them disabled until the page has hydrated.
  const isBrowser = useIsBrowser();
  const [status, setStatus] = useState('');
  const apaRef = useRef<HTMLParagraphElement>(null);
  const bibtexRef = useRef<HTMLPreElement>(null);

  async function copy(format: Format, text: string, element: RefObject<HTMLElement | null>): Promise<void> {
    // Empty the status first, so copying the same format twice is announced twice.
    setStatus('');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${format} citation to the clipboard.`);
    } catch {
      await Promise.resolve();
      selectContents(element.current);
      setStatus(
        `Copying is not available in this browser. The ${format} citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.`,
      );
    }
  }

  return (
    // The citation repeats the title on every note: keep it out of the search index.
    // aria-label, not aria-labelledby: the heading also holds the "Direct link" anchor.
    <section className={styles.cite} aria-label="Cite this page" data-pagefind-ignore="all">
      <Heading as="h2" id="cite-this-page">
        Cite this page
      </Heading>
      <p>Copy a citation with its button, or select the text and copy it yourself.</p>
      <div className={styles.formats}>
        <div className={styles.format}>
          <p className={styles.label}>APA (7th edition)</p>
          <p className={styles.citation} ref={apaRef}>
            {apa.author} {apa.date} <i>{apa.title}</i> {apa.url}
          </p>
          <button
            type="button"
            className="button button--outline button--primary button--sm"
            disabled={!isBrowser}
            onClick={() => void copy('APA', apa.text, apaRef)}>
            Copy APA citation
          </button>
        </div>
        <div className={styles.format}>
          <p className={styles.label}>BibTeX</p>
          <pre className={styles.citation} ref={bibtexRef}>
            {bibtex}
          </pre>
          <button
            type="button"
            className="button button--outline button--primary button--sm"
            disabled={!isBrowser}
            onClick={() => void copy('BibTeX', bibtex, bibtexRef)}>
            Copy BibTeX citation
          </button>
        </div>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </section>
  );
}
