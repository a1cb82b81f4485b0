import React, {type ReactNode} from 'react';

/** Stand-in for @theme/MDXContent: renders the note's content as is. */
export default function MDXContent({children}: {children?: ReactNode}): ReactNode {
  return <>{children}</>;
}
