/**
 * Ejected from @docusaurus/theme-classic 3.10 (DocItem/Layout). The one change, marked
 * "Site:": the note column is memoised, so it does not re-render when the window size
 * becomes known (the original's `useDocTOC` hook is folded in to allow that).
 *
 * `useWindowSize` reports 'ssr' while the page hydrates and the real size right after.
 * In the original layout that second value re-rendered the whole note column
 * (breadcrumbs, header, footer, pager, structured data: about 120 components on a
 * model page) synchronously after hydration, only to drop the desktop table of contents
 * on a phone. Here only the table-of-contents column depends on the window size.
 */
import React, {type ReactNode, useMemo} from 'react';
import clsx from 'clsx';
import {useWindowSize} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import DocItemPaginator from '@theme/DocItem/Paginator';
import DocVersionBanner from '@theme/DocVersionBanner';
import DocVersionBadge from '@theme/DocVersionBadge';
import DocItemFooter from '@theme/DocItem/Footer';
import DocItemTOCMobile from '@theme/DocItem/TOC/Mobile';
import DocItemTOCDesktop from '@theme/DocItem/TOC/Desktop';
import DocItemContent from '@theme/DocItem/Content';
import DocBreadcrumbs from '@theme/DocBreadcrumbs';
import ContentVisibility from '@theme/ContentVisibility';
import type {Props} from '@theme/DocItem/Layout';

import styles from './styles.module.css';

export default function DocItemLayout({children}: Props): ReactNode {
  const {frontMatter, toc, metadata} = useDoc();
  const windowSize = useWindowSize();
  const hidden = frontMatter.hide_table_of_contents;
  const hasTOC = !hidden && toc.length > 0;
  const showDesktopTOC = hasTOC && (windowSize === 'desktop' || windowSize === 'ssr');

  // Site: memoised on what the column shows, not on the window size.
  const noteColumn = useMemo(
    () => (
      <div className={clsx('col', !hidden && styles.docItemCol)}>
        <ContentVisibility metadata={metadata} />
        <DocVersionBanner />
        <div className={styles.docItemContainer}>
          <article>
            <DocBreadcrumbs />
            <DocVersionBadge />
            {hasTOC && <DocItemTOCMobile />}
            <DocItemContent>{children}</DocItemContent>
            <DocItemFooter />
          </article>
          <DocItemPaginator />
        </div>
      </div>
    ),
    [children, metadata, hidden, hasTOC],
  );

  return (
    <div className="row">
      {noteColumn}
      {showDesktopTOC && (
        <div className="col col--3">
          <DocItemTOCDesktop />
        </div>
      )}
    </div>
  );
}
