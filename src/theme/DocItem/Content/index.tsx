/**
 * Wraps the note body so Pagefind indexes exactly the notes' content (title, text and
 * headings) and nothing of the navigation. Unlisted pages (the kitchen-sink test pages)
 * are left out of search.
 */
import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  if (metadata.unlisted) return <Content {...props} />;
  return (
    <div data-pagefind-body="">
      <Content {...props} />
    </div>
  );
}
