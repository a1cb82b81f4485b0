import React, {type ReactNode} from 'react';

type Props = {
  as: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  id?: string;
  className?: string;
  children?: ReactNode;
};

/** Stand-in for @theme/Heading. */
export default function Heading({as: Tag, ...rest}: Props): ReactNode {
  return <Tag {...rest} />;
}
