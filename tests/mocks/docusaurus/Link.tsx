import React, {type ReactNode} from 'react';

type Props = React.AnchorHTMLAttributes<HTMLAnchorElement> & {
  to?: string;
  href?: string;
  children?: ReactNode;
};

/** Stand-in for @docusaurus/Link: a plain anchor. */
export default function Link({to, href, children, ...rest}: Props): ReactNode {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
