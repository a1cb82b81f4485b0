/**
 * Small line icons for the callout variants. Decorative: each callout also says its kind
 * in words, so the icons are hidden from assistive technology. They draw in
 * `currentColor`, which inside an Infima alert is the alert's foreground colour.
 */
import React, {type ReactNode} from 'react';

type IconProps = {children: ReactNode};

function Icon({children}: IconProps): ReactNode {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false">
      {children}
    </svg>
  );
}

/** A light bulb. */
export function KeyIdeaIcon(): ReactNode {
  return (
    <Icon>
      <path d="M9 18h6M10 21h4" />
      <path d="M12 3a6 6 0 0 0-3.6 10.8c.7.5 1.1 1.3 1.1 2.2v.5h5V16c0-.9.4-1.7 1.1-2.2A6 6 0 0 0 12 3z" />
    </Icon>
  );
}

/** A warning triangle. */
export function PitfallIcon(): ReactNode {
  return (
    <Icon>
      <path d="M10.3 3.9 2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
      <path d="M12 9v4.5M12 17h.01" />
    </Icon>
  );
}

/** Stacked layers: the material underneath. */
export function DeepDiveIcon(): ReactNode {
  return (
    <Icon>
      <path d="m12 3 9 4.5-9 4.5-9-4.5L12 3z" />
      <path d="m3 12 9 4.5 9-4.5M3 16.5 12 21l9-4.5" />
    </Icon>
  );
}

/** A globe: how this shows up in the world. */
export function InTheWildIcon(): ReactNode {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3z" />
    </Icon>
  );
}

/** Scales of justice. */
export function NotLegalAdviceIcon(): ReactNode {
  return (
    <Icon>
      <path d="M12 3v17M8 21h8M4 7h16" />
      <path d="m6 7-3 7a3 3 0 0 0 6 0L6 7zM18 7l-3 7a3 3 0 0 0 6 0l-3-7z" />
    </Icon>
  );
}
