/**
 * A learning path's progress on the landing page: "2 of 6 read" and a link to the first
 * page not read yet, from the reader's browser (src/utils/useProgress.ts). The server
 * HTML holds the empty box at its final height (two lines, the link cut with an ellipsis
 * rather than wrapped), so the text appears after hydration without moving the cards.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {pathProgress} from '@site/src/utils/progress';
import {useHydrated} from '@site/src/utils/useHydrated';
import {useProgress} from '@site/src/utils/useProgress';
import styles from './styles.module.css';

export type PathStepLink = {
  /** The page's doc id (`section/slug`). */
  doc: string;
  /** Its title, as the path lists it. */
  title: string;
  /** Its URL. */
  href: string;
};

export type Props = {
  /** The path's pages, in reading order. */
  steps: readonly PathStepLink[];
};

export default function PathProgress({steps}: Props): ReactNode {
  const hydrated = useHydrated();
  const progress = useProgress();
  const {read, total, next} = pathProgress(
    progress,
    steps.map((step) => step.doc),
  );
  const nextStep = steps.find((step) => step.doc === next);
  return (
    <div className={styles.pathProgress} data-pagefind-ignore="all">
      {hydrated && (
        <>
          <p className={styles.count}>
            <span>
              {read} of {total} read
            </span>
            <span className={styles.bar} aria-hidden="true">
              <span className={styles.filled} style={{width: `${(100 * read) / total}%`}} />
            </span>
          </p>
          <p className={styles.next}>
            {nextStep ? (
              <>
                {read === 0 ? 'Start with ' : 'Next: '}
                <Link to={nextStep.href}>{nextStep.title}</Link>
              </>
            ) : (
              'Path complete.'
            )}
          </p>
        </>
      )}
    </div>
  );
}
