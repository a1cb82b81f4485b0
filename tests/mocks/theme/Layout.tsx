import React, {type ReactNode} from 'react';

/** Stand-in for @theme/Layout: the page's content without the navbar and footer. */
export default function Layout({
  children,
}: {
  title?: string;
  description?: string;
  children?: ReactNode;
}): ReactNode {
  return <>{children}</>;
}
