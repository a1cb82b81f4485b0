/**
 * Teaching callouts: one `Callout` with a typed variant, and thin named wrappers that the
 * notes use without importing them (registered in src/theme/MDXComponents.tsx):
 *
 * ```mdx
 * <KeyIdea>Similar meaning becomes a small angle between vectors.</KeyIdea>
 * <Pitfall title="two meanings of t">…</Pitfall>
 * <DeepDive id="elbo-derivation" title="Deriving the ELBO">…</DeepDive>
 * ```
 *
 * They reuse Infima's `alert` colours, like Docusaurus admonitions (which stay available),
 * so they look at home next to them and keep the admonitions' contrast in both themes. A
 * deep dive is a `<details>` that is closed by default (its text is in the static HTML)
 * and opens when the URL hash points at it or at something inside it.
 */
import React, {Children, useEffect, useId, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import {useLocation} from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {DeepDiveIcon, InTheWildIcon, KeyIdeaIcon, NotLegalAdviceIcon, PitfallIcon} from './icons';
import styles from './styles.module.css';

/** The kinds of callout. */
export type CalloutVariant = 'key-idea' | 'pitfall' | 'deep-dive' | 'in-the-wild' | 'not-legal-advice';

type VariantSpec = {
  /** The label shown in the heading, which also names the callout for screen readers. */
  label: string;
  Icon: () => ReactNode;
  /** Infima alert modifier: the same colours as the matching Docusaurus admonition. */
  alertClass: string;
};

/** Label, icon and colours of each variant (the one place to change how a kind looks). */
export const CALLOUT_VARIANTS: Readonly<Record<CalloutVariant, VariantSpec>> = {
  'key-idea': {label: 'Key idea', Icon: KeyIdeaIcon, alertClass: 'alert--success'},
  pitfall: {label: 'Pitfall', Icon: PitfallIcon, alertClass: 'alert--warning'},
  'deep-dive': {label: 'Deep dive', Icon: DeepDiveIcon, alertClass: 'alert--secondary'},
  'in-the-wild': {label: 'In the wild', Icon: InTheWildIcon, alertClass: 'alert--info'},
  'not-legal-advice': {label: 'Not legal advice', Icon: NotLegalAdviceIcon, alertClass: 'alert--warning'},
};

export type Props = {
  /** Which kind of callout: sets the label, the icon and the colours. */
  variant: CalloutVariant;
  /**
   * Optional words after the label, e.g. "two meanings of t" gives "Pitfall: two meanings
   * of t". Required for a deep dive, where it is the text of the toggle.
   */
  title?: string;
  /**
   * Anchor of the callout (lower-case kebab-case). Required for a deep dive: a link to
   * `#id` opens it. Must not repeat a heading id on the same page.
   */
  id?: string;
  /** The content (Markdown in MDX). */
  children: ReactNode;
};

const ANCHOR_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function hasContent(children: ReactNode): boolean {
  return Children.toArray(children).some((child) => !(typeof child === 'string' && child.trim() === ''));
}

function validate({variant, title, id, children}: Props): VariantSpec {
  const spec = (CALLOUT_VARIANTS as Partial<Record<string, VariantSpec>>)[variant];
  if (!spec) {
    throw new Error(
      `Callout: unknown variant "${String(variant)}". Use one of: ${Object.keys(CALLOUT_VARIANTS).join(', ')}.`,
    );
  }
  const name = `Callout (${variant}${id ? ` #${id}` : ''})`;
  if (id !== undefined && !ANCHOR_ID.test(id)) {
    throw new Error(`${name}: id "${id}" must be lower-case kebab-case, like "elbo-derivation".`);
  }
  if (variant === 'deep-dive') {
    if (!id) throw new Error(`${name}: a deep dive needs an id, so that a link to #id can open it.`);
    if (!title?.trim()) throw new Error(`${name}: a deep dive needs a title; it is the text of its toggle.`);
  }
  if (title !== undefined && !title.trim()) throw new Error(`${name}: title is empty; leave it out instead.`);
  if (!hasContent(children)) throw new Error(`${name}: has no content.`);
  return spec;
}

function Heading({spec, title}: {spec: VariantSpec; title?: string}): ReactNode {
  return (
    <>
      <span className={styles.icon}>
        <spec.Icon />
      </span>
      {/* The colon stays in the label's text so the accessible name reads "Pitfall: …". */}
      <span className={styles.label}>{title ? `${spec.label}:` : spec.label}</span>
      {title && (
        <>
          {' '}
          <span className={styles.title}>{title}</span>
        </>
      )}
    </>
  );
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return hash.replace(/^#/, '');
  }
}

function DeepDiveBox({
  spec,
  id,
  title,
  children,
}: {
  spec: VariantSpec;
  id: string;
  title: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  // The router's hash changes on client-side navigation to /page#id; `hashchange` covers
  // in-page links and typing the hash into the address bar.
  const {hash: routerHash} = useLocation();
  useEffect(() => {
    const openIfTargeted = () => {
      const details = ref.current;
      const target = decodeHash(window.location.hash);
      if (!details || !target) return;
      const element = target === id ? details : document.getElementById(target);
      if (!element || !details.contains(element)) return;
      if (!details.open) details.open = true;
      // Opening can move the target (when it sits inside); jsdom has no scrollIntoView.
      if (typeof element.scrollIntoView === 'function') element.scrollIntoView();
    };
    openIfTargeted();
    window.addEventListener('hashchange', openIfTargeted);
    return () => window.removeEventListener('hashchange', openIfTargeted);
  }, [id, routerHash]);
  return (
    <details
      ref={ref}
      id={id}
      className={clsx('alert', spec.alertClass, styles.callout, styles.deepDive, 'theme-callout--deep-dive')}>
      <summary className={styles.summary}>
        <Heading spec={spec} title={title} />
      </summary>
      <div className={styles.content}>{children}</div>
    </details>
  );
}

/** A teaching callout. Prefer the named wrappers (`KeyIdea`, `Pitfall`, …) in notes. */
export default function Callout(props: Props): ReactNode {
  const spec = validate(props);
  const {variant, title, id, children} = props;
  const headingId = useId();
  const brokenLinks = useBrokenLinks();
  // Registers the anchor so the build's broken-anchor check accepts links to it.
  if (id) brokenLinks.collectAnchor(id);
  if (variant === 'deep-dive' && id && title) {
    return (
      <DeepDiveBox spec={spec} id={id} title={title}>
        {children}
      </DeepDiveBox>
    );
  }
  return (
    <div
      id={id}
      role="note"
      aria-labelledby={headingId}
      className={clsx('alert', spec.alertClass, styles.callout, `theme-callout--${variant}`)}>
      <div className={styles.heading} id={headingId}>
        <Heading spec={spec} title={title} />
      </div>
      <div className={styles.content}>{children}</div>
    </div>
  );
}

/** Props of the wrappers other than `DeepDive`. */
export type WrapperProps = Omit<Props, 'variant'>;

/** Props of `DeepDive`: the id and title are required. */
export type DeepDiveProps = {
  /** Anchor that opens the deep dive when the URL hash points at it (kebab-case). */
  id: string;
  /** Text of the toggle, e.g. "Deriving the ELBO". */
  title: string;
  /** The content, hidden until the reader opens it (but in the static HTML). */
  children: ReactNode;
};

/** The one idea of a section that everything else hangs on. */
export function KeyIdea(props: WrapperProps): ReactNode {
  return <Callout variant="key-idea" {...props} />;
}

/** A common misunderstanding or mistake, and the correct picture. */
export function Pitfall(props: WrapperProps): ReactNode {
  return <Callout variant="pitfall" {...props} />;
}

/** Optional depth (a derivation, a proof): collapsed until opened or linked to. */
export function DeepDive(props: DeepDiveProps): ReactNode {
  return <Callout variant="deep-dive" {...props} />;
}

/** A real system, product or event where the idea shows up. */
export function InTheWild(props: WrapperProps): ReactNode {
  return <Callout variant="in-the-wild" {...props} />;
}

/** The disclaimer at the top of the law and policy notes. */
export function NotLegalAdvice(props: WrapperProps): ReactNode {
  return <Callout variant="not-legal-advice" {...props} />;
}
