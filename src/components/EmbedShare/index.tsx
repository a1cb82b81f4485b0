/**
 * "Share or embed", after each explainer in a note (plugins/embeds/remark-share.ts puts it
 * there): a native `<details>` that opens on a read-only text box holding the `<iframe>`
 * snippet for the explainer's embed page (/embed/<name>, with the site's absolute URL), a
 * "Copy" button and a plain link to the page. The snippet is in the static HTML, so it
 * can be selected and copied by hand without JavaScript.
 */
import React, {useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

export type Props = {
  /** The explainer's kebab-case name in plugins/embeds/registry.ts. */
  name: string;
  /** The iframe's title: what the explainer is. */
  title: string;
  /** Suggested iframe height in CSS pixels (a string, as MDX passes attributes). */
  height: string | number;
};

/** The snippet a course page pastes; attribute values are escaped for HTML. */
export function iframeSnippet(src: string, title: string, height: number): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${height}" style="border:0;max-width:60rem" loading="lazy"></iframe>`;
}

export default function EmbedShare({name, title, height}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const src = `${siteConfig.url}${siteConfig.baseUrl}embed/${name}`;
  const snippet = iframeSnippet(src, title, Number(height) || 900);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  async function copy(): Promise<void> {
    setStatus('');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied the snippet to the clipboard.');
    } catch {
      await Promise.resolve();
      box.current?.select();
      setStatus('Copying is not available here. The snippet is selected: press Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <details className={styles.share} data-embed-share={name}>
      <summary className={styles.summary}>Share or embed</summary>
      <div className={styles.body}>
        <label htmlFor={id} className={styles.label}>
          Embed this explorer in a course page or slide (it credits this note):
        </label>
        <textarea
          id={id}
          ref={box}
          className={styles.snippet}
          readOnly
          rows={3}
          spellCheck={false}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className={styles.actions}>
          <button type="button" className="button button--sm button--primary" onClick={() => void copy()}>
            Copy
          </button>
          <Link to={`/embed/${name}`}>Open the embed page</Link>
        </div>
        <p className={styles.status} role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </details>
  );
}
