/**
 * "Your progress" on the landing page: what the reader's browser keeps (notes marked as
 * read, last quiz scores), and the three things they can do with it: export it to a JSON
 * file, import such a file (checked first: a wrong file changes nothing and says why),
 * and reset it. Messages go to a status region. The server HTML holds the panel with its
 * controls disabled and the summary's box empty at its final height.
 */
import React, {useId, useMemo, useState, type ChangeEvent, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import {useAllDocsData} from '@docusaurus/plugin-content-docs/client';
import type {Progress} from '@site/src/utils/progress';
import {
  MAX_FILE_BYTES,
  exportFileName,
  keepKnownPages,
  mergeProgress,
  parseProgressFile,
  serializeProgress,
} from '@site/src/utils/progressFile';
import {useHydrated} from '@site/src/utils/useHydrated';
import {clearProgress, useProgress, useProgressKey, useUpdateProgress} from '@site/src/utils/useProgress';
import styles from './styles.module.css';

export type Props = {
  /** The heading's id: the panel's anchor (`/#your-progress`). */
  id: string;
};

/** Every doc id of the site: the pages a progress file may name. */
function useKnownPages(): ReadonlySet<string> {
  const allDocs = useAllDocsData();
  return useMemo(() => {
    const ids = new Set<string>();
    for (const plugin of Object.values(allDocs)) {
      for (const version of plugin.versions) for (const doc of version.docs) ids.add(doc.id);
    }
    return ids;
  }, [allDocs]);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 notes read and 2 quiz scores" */
export function describeProgress(progress: Progress): string {
  const read = Object.keys(progress.read).length;
  const quiz = Object.keys(progress.quiz).length;
  return `${plural(read, 'note', 'notes')} read and ${plural(quiz, 'quiz score', 'quiz scores')}`;
}

/** Saves text as a file through a temporary link: no request leaves the page. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; the object URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function ProgressPanel({id}: Props): ReactNode {
  const hydrated = useHydrated();
  const progress = useProgress();
  const key = useProgressKey();
  const update = useUpdateProgress();
  const knownPages = useKnownPages();
  const inputId = useId();
  const [status, setStatus] = useState('');
  const empty = Object.keys(progress.read).length === 0 && Object.keys(progress.quiz).length === 0;

  const exportProgress = () => {
    const fileName = exportFileName(new Date());
    download(serializeProgress(keepKnownPages(progress, knownPages)), fileName);
    setStatus(`Exported ${describeProgress(progress)} to ${fileName}.`);
  };

  const importProgress = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Empty the status first, so the same message twice is announced twice.
    setStatus('');
    const result =
      file.size > MAX_FILE_BYTES
        ? {ok: false as const, error: 'The file is too large to be a progress file.'}
        : parseProgressFile(await file.text(), knownPages);
    input.value = '';
    if (!result.ok) {
      setStatus(`Nothing was imported from ${file.name}. ${result.error}`);
      return;
    }
    const saved = update((current) => mergeProgress(current, result.progress));
    setStatus(
      saved
        ? `Imported ${describeProgress(result.progress)} from ${file.name}, added to what this browser had.`
        : 'This browser does not let the site store anything: the import will not last past this page.',
    );
  };

  const reset = () => {
    if (empty) {
      setStatus('There is no progress to reset.');
      return;
    }
    // The browser's own dialog: accessible, and in the way, as a last check before forgetting should be.
    if (!window.confirm(`Reset your progress? This forgets ${describeProgress(progress)} in this browser.`)) {
      setStatus('Your progress is unchanged.');
      return;
    }
    clearProgress(key);
    setStatus('Your progress is reset: nothing is marked as read and no quiz score is kept.');
  };

  return (
    <section className={styles.panel} aria-labelledby={id} data-pagefind-ignore="all">
      <Heading as="h3" id={id}>
        Your progress
      </Heading>
      <p>
        Mark a note as read at its end; a quiz keeps your last score. Both stay in this browser only: no
        account, and nothing is sent anywhere. Export them to a file to keep a copy or to carry on in another
        browser.
      </p>
      <p className={styles.summary}>
        {hydrated && (empty ? 'Nothing kept yet.' : `This browser keeps ${describeProgress(progress)}.`)}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={!hydrated}
          onClick={exportProgress}>
          Export my progress
        </button>
        <button
          type="button"
          className="button button--outline button--primary button--sm"
          disabled={!hydrated}
          onClick={reset}>
          Reset my progress
        </button>
      </div>
      <div className={styles.import}>
        <label htmlFor={inputId}>Import progress from an exported file</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={!hydrated}
          onChange={(event) => void importProgress(event)}
        />
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </section>
  );
}
