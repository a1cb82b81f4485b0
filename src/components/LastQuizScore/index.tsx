/**
 * The line under a note's quiz: the reader's last score there (kept in their browser by
 * src/utils/useProgress.ts), or that a score will be kept. Placed by the Quiz through
 * `NoteProgressContext`. The server HTML holds the empty line at its final height (two
 * lines, so the longest text fits on a phone), and the text appears after hydration
 * without moving what follows.
 */
import React, {type ReactNode} from 'react';
import {formatLongDate} from '@site/src/utils/noteMeta';
import {useHydrated} from '@site/src/utils/useHydrated';
import {useProgressValue} from '@site/src/utils/useProgress';
import styles from './styles.module.css';

export type Props = {
  /** The note's doc id (`section/slug`). */
  docId: string;
};

/** The reader's local day of an ISO timestamp, as "1 December 2026". */
export function localLongDate(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatLongDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
}

export default function LastQuizScore({docId}: Props): ReactNode {
  const hydrated = useHydrated();
  const last = useProgressValue((progress) =>
    Object.prototype.hasOwnProperty.call(progress.quiz, docId) ? progress.quiz[docId] : undefined,
  );
  let text = '';
  if (hydrated) {
    text = last
      ? `Your last score here: ${last.score} of ${last.total} right, on ${localLongDate(last.at)}.`
      : 'Check your answers: your last score is kept in this browser.';
  }
  return (
    <p className={styles.lastQuizScore} data-pagefind-ignore="all">
      {text}
    </p>
  );
}
