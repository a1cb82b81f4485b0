import React, {type ReactNode} from 'react';

/** Stand-in for @theme/CodeBlock. */
export default function CodeBlock({
  children,
  title,
}: {
  children?: ReactNode;
  title?: string;
  language?: string;
}): ReactNode {
  return (
    <pre data-title={title}>
      <code>{children}</code>
    </pre>
  );
}
