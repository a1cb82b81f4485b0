/**
 * Wraps @docusaurus/theme-classic's DocSidebarItem/Link (desktop sidebar and phone menu).
 * Site: a note the reader marked as read (src/utils/useProgress.ts) shows a check mark,
 * and its link's name says "read" for screen readers, so colour or an icon is never the
 * only signal. The mark sits in the link's right padding, absolutely placed, so it
 * appears after hydration without moving any text.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import DocSidebarItemLink from '@theme-original/DocSidebarItem/Link';
import type {Props} from '@theme/DocSidebarItem/Link';
import {isRead} from '@site/src/utils/progress';
import {useProgressValue} from '@site/src/utils/useProgress';
import styles from './styles.module.css';

/**
 * The original spreads the props it does not know onto its `<Link>` (as it does
 * `tabIndex`), so an `aria-label` given here names the link.
 */
const OriginalLink = DocSidebarItemLink as (props: Props & {'aria-label'?: string}) => ReactNode;

export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const {item} = props;
  const {docId} = item;
  const read = useProgressValue((progress) => docId !== undefined && isRead(progress, docId));
  if (!read) return <OriginalLink {...props} />;
  return (
    <OriginalLink
      {...props}
      item={{...item, className: clsx(item.className, styles.read)}}
      aria-label={`${item.label} (read)`}
    />
  );
}
