/**
 * Ejected from @docusaurus/theme-classic 3.10 (DocItem/Content) to put the page header
 * directly under the title, which the original renders inside this component, and
 * "Cite this page" after the note. Changes from the original, all marked "Site:":
 *
 * - Notes (docs with `difficulty` in front matter) get the PageHeader under the title.
 * - Pages with dated `updates` in front matter show them next (NoteUpdates).
 * - Listed notes end with "Mark as read" (MarkAsRead) and CiteThisPage, and give the
 *   quiz a way to record its score and the line that shows the last one
 *   (NoteProgressContext).
 * - The body is wrapped in `data-pagefind-body` so Pagefind indexes exactly the notes'
 *   content (title, text and headings) and nothing of the navigation. Unlisted pages
 *   (the kitchen-sink test pages) are left unwrapped, out of search.
 */
import React, {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import PageHeader from '@site/src/components/PageHeader';
import CiteThisPage from '@site/src/components/CiteThisPage';
import NoteUpdates from '@site/src/components/NoteUpdates';
import MarkAsRead from '@site/src/components/MarkAsRead';
import LastQuizScore from '@site/src/components/LastQuizScore';
import {recordQuizScore} from '@site/src/utils/progress';
import {useUpdateProgress} from '@site/src/utils/useProgress';
import {NoteProgressContext, type NoteProgress} from '@site/src/utils/noteProgressContext';
import {readNoteMeta, readNoteUpdates} from '@site/src/utils/noteMeta';

/**
 Title can be declared inside md content or declared through
 front matter and added manually. To make both cases consistent,
 the added title is added under the same div.markdown block
 See https://github.com/facebook/docusaurus/pull/4882#issuecomment-853021120

 We render a "synthetic title" if:
 - user doesn't ask to hide it with front matter
 - the markdown content does not already contain a top-level h1 heading
*/
function useSyntheticTitle(): string | null {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const shouldRender = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  if (!shouldRender) {
    return null;
  }
  return metadata.title;
}

export default function DocItemContent({children}: Props): ReactNode {
  const syntheticTitle = useSyntheticTitle();
  const {metadata, frontMatter} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  // Site: the MDX module's front matter, which also holds the computed reading time.
  const note = readNoteMeta(frontMatter as Record<string, unknown>, metadata.id);
  // Site: the dated updates, newest first (checked by the front-matter guard).
  const updates = readNoteUpdates(
    (frontMatter as Record<string, unknown>).updates,
    `Updates of "${metadata.id}"`,
  );
  const header = (note || updates.length > 0) && (
    <>
      {note && (
        <PageHeader
          difficulty={note.difficulty}
          prerequisites={note.prerequisites}
          readingTimeMinutes={note.readingTime.minutes}
          lastReviewed={note.lastReviewed}
        />
      )}
      {updates.length > 0 && <NoteUpdates updates={updates} />}
    </>
  );
  // Site: progress is kept for listed notes only; the quiz records its score through this.
  const tracked = note !== null && !metadata.unlisted;
  const update = useUpdateProgress();
  const noteProgress = useMemo<NoteProgress | null>(
    () =>
      tracked
        ? {
            recordQuizScore: (score, total) =>
              update((progress) => recordQuizScore(progress, metadata.id, score, total, new Date())),
            lastQuizScore: <LastQuizScore docId={metadata.id} />,
          }
        : null,
    [tracked, update, metadata.id],
  );
  const body = (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle ? (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
          {header}
        </header>
      ) : (
        header
      )}
      <NoteProgressContext.Provider value={noteProgress}>
        <MDXContent>{children}</MDXContent>
      </NoteProgressContext.Provider>
      {tracked && (
        <>
          <MarkAsRead docId={metadata.id} />
          <CiteThisPage
            title={metadata.title}
            url={`${siteConfig.url}${metadata.permalink}`}
            lastReviewed={note.lastReviewed}
            siteTitle={siteConfig.title}
          />
        </>
      )}
    </div>
  );
  // Site: only listed pages are searchable.
  if (metadata.unlisted) return body;
  return <div data-pagefind-body="">{body}</div>;
}
