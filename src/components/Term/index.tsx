/**
 * A glossary term in the text of a note: a link to its entry on /docs/glossary that also
 * shows the definition on hover and on keyboard focus.
 *
 * Notes do not write `<Term>` by hand: they link to the glossary in Markdown,
 * `[ELBO](../reference/glossary.mdx#elbo)`, and plugins/remark-glossary-terms.mjs turns
 * the link into `<Term id="elbo" definition="…">ELBO</Term>` at build time, so the
 * definition is part of the page and no glossary data is sent to the browser.
 *
 * The definition is a `role="tooltip"` element linked to the link with
 * `aria-describedby`, present in the static HTML and shown by CSS on hover and focus, so
 * it works before (and without) JavaScript. It follows WCAG 1.4.13: the pointer can move
 * onto it without it vanishing, it stays until hover and focus leave, and Escape
 * dismisses it.
 */
import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export type Props = {
  /** The term's id in src/data/glossary.json, which is its anchor on /docs/glossary. */
  id: string;
  /** The definition shown in the tooltip; filled in from the glossary by the remark plugin. */
  definition: string;
  /** The term as it reads in the sentence (the link text). */
  children: ReactNode;
};

/** Where the glossary lives; Link adds the site's base URL. */
export const GLOSSARY_PATH = '/docs/glossary';

const TERM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Space kept between the tooltip and the edge of the window, in pixels. */
const EDGE_MARGIN = 8;

function validate({id, definition, children}: Props): void {
  if (typeof id !== 'string' || !TERM_ID.test(id)) {
    throw new Error(
      `Term: id "${String(id)}" is not a glossary id (lower-case kebab-case, like "diffusion-model").`,
    );
  }
  if (typeof definition !== 'string' || definition.trim() === '') {
    throw new Error(
      `Term "${id}": no definition. Write the term as a Markdown link, [text](../reference/glossary.mdx#${id}), ` +
        'and plugins/remark-glossary-terms.mjs fills in the definition from src/data/glossary.json.',
    );
  }
  if (children === undefined || children === null || children === '' || children === false) {
    throw new Error(`Term "${id}": has no text to link.`);
  }
}

export default function Term(props: Props): ReactNode {
  validate(props);
  const {id, definition, children} = props;
  const tooltipId = useId();
  const tooltipRef = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [shift, setShift] = useState(0);
  const active = hovered || focused;

  // While the tooltip can be showing: Escape hides it (wherever focus is), and it is
  // nudged left if it would stick out of the window on a narrow screen.
  useEffect(() => {
    if (!active) return undefined;
    const box = tooltipRef.current?.getBoundingClientRect();
    if (box) {
      const overflow = box.right - (window.innerWidth - EDGE_MARGIN);
      const room = Math.max(box.left - EDGE_MARGIN, 0);
      setShift(overflow > 0 ? -Math.min(overflow, room) : 0);
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active]);

  const activate = (set: (value: boolean) => void) => () => {
    if (!active) {
      setDismissed(false);
      setShift(0);
    }
    set(true);
  };

  return (
    <span
      className={styles.term}
      data-dismissed={dismissed ? 'true' : undefined}
      onMouseEnter={activate(setHovered)}
      onMouseLeave={() => setHovered(false)}
      onFocus={activate(setFocused)}
      onBlur={() => setFocused(false)}>
      <Link to={`${GLOSSARY_PATH}#${id}`} className={styles.link} aria-describedby={tooltipId}>
        {children}
      </Link>
      <span
        ref={tooltipRef}
        role="tooltip"
        id={tooltipId}
        className={styles.tooltip}
        style={shift ? {transform: `translateX(${shift}px)`} : undefined}
        // The definition belongs to the glossary page, not to this note's search entry.
        data-pagefind-ignore="">
        <span className={styles.bubble}>{definition}</span>
      </span>
    </span>
  );
}
