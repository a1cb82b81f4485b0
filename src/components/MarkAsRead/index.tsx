/**
 * "Mark as read" at the end of a note: a toggle whose name becomes "Marked as read", kept
 * in the reader's browser (src/utils/useProgress.ts). The server HTML holds the button,
 * disabled, at its final size: both labels share one grid cell and the one not shown is
 * hidden (`visibility: hidden`, and `aria-hidden` to keep it out of the name), so the reader's state appears
 * after hydration without moving anything.
 */
import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {isRead, setRead} from '@site/src/utils/progress';
import {useHydrated} from '@site/src/utils/useHydrated';
import {useProgressValue, useUpdateProgress} from '@site/src/utils/useProgress';
import styles from './styles.module.css';

export type Props = {
  /** The note's doc id (`section/slug`). */
  docId: string;
};

function CheckIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" className={styles.icon} aria-hidden="true" focusable="false">
      <path d="M4 12.5 9.5 18 20 6.5" />
    </svg>
  );
}

export default function MarkAsRead({docId}: Props): ReactNode {
  const hydrated = useHydrated();
  const read = useProgressValue((progress) => isRead(progress, docId));
  const update = useUpdateProgress();
  const [failed, setFailed] = useState(false);

  const toggle = () => {
    setFailed(!update((progress) => setRead(progress, docId, !read, new Date())));
  };

  return (
    <div className={styles.markAsRead} data-pagefind-ignore="all">
      <div className={styles.row}>
        <button
          type="button"
          className={clsx(
            'button',
            read ? 'button--primary' : 'button--outline button--primary',
            styles.button,
          )}
          disabled={!hydrated}
          data-read={read}
          onClick={toggle}>
          <span className={styles.labels}>
            <span className={styles.label} data-shown={read} aria-hidden={!read}>
              <CheckIcon />
              Marked as read
            </span>
            <span className={styles.label} data-shown={!read} aria-hidden={read}>
              Mark as read
            </span>
          </span>
        </button>
        <p className={styles.hint}>
          Kept in this browser only, with no account. See, export or reset it under{' '}
          <Link to="/#your-progress">Your progress</Link>.
        </p>
      </div>
      <p role="status" className={styles.status}>
        {failed &&
          'This browser does not let the site store anything, so the mark will not last past this page.'}
      </p>
    </div>
  );
}
