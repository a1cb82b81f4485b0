/**
 * The frame every SVG diagram of the site is drawn in. A diagram supplies its title, a
 * description and one or two layouts; the frame adds the accessible wiring (role, title,
 * desc, a text description linked with aria-describedby), the arrowhead markers and the
 * switch between a wide layout and a narrow one (for phones) with a CSS container query,
 * so the server-rendered HTML already holds both and no script is needed.
 */
import React, {useId, type MouseEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {ArrowMarkers, MarkerIdContext} from './primitives';
import {DESCRIPTION_HINT, requireText} from './validate';
import styles from './styles.module.css';

export {
  Arrow,
  Box,
  FONT,
  Label,
  MathLine,
  StepBadge,
  boxHeightFor,
  roundedPath,
  textHeightFor,
  wrapText,
} from './primitives';
export type {ArrowProps, BoxProps, LabelProps, Point, TextLines, Tone} from './primitives';
export {requireCount, requireText} from './validate';

/** Props every diagram component accepts from a note. */
export type DiagramBaseProps = {
  /**
   * What the diagram shows, in words: one or a few sentences that teach the same as the
   * picture to a reader who cannot see it. Required; rendered as the SVG `<desc>` and as
   * visually hidden text linked with `aria-describedby`.
   */
  description: string;
  /** Short accessible name of the diagram; each diagram has a sensible default. */
  title?: string;
};

/** One drawing of a diagram, in its own coordinate system. */
export type DiagramLayout = {
  /** Width of the drawing in SVG user units (the viewBox width). */
  width: number;
  /** Height of the drawing in SVG user units. */
  height: number;
  /** The shapes: `Box`, `Arrow`, `Label` and plain SVG elements. */
  content: ReactNode;
};

/** Props of {@link Diagram}. */
export type DiagramProps = {
  /** Name of the diagram component, used in error messages. */
  component: string;
  /** Accessible name, rendered as the SVG `<title>`. */
  title: string;
  /** Longer text alternative; see {@link DiagramBaseProps.description}. */
  description: string;
  /**
   * The drawing for containers at least 620 px wide. Draw it 720 units wide with the
   * `FONT` sizes: text then renders at 12 px or more.
   */
  wide: DiagramLayout;
  /**
   * The drawing for narrower containers (phones), 360 units wide: long horizontal chains
   * turn vertical here. Without it the wide drawing is scaled down.
   */
  narrow?: DiagramLayout;
};

function DiagramSvg({
  layout,
  title,
  description,
  descriptionId,
  id,
  variant,
}: {
  layout: DiagramLayout;
  title: string;
  description: string;
  descriptionId: string;
  id: string;
  variant: 'wide' | 'narrow';
}): ReactNode {
  return (
    <svg
      className={clsx(styles.svg, styles[variant])}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={descriptionId}
      data-layout={variant}
      // The wide drawing may grow a little past its design size, never to poster size.
      style={variant === 'wide' ? {maxWidth: `${Math.round(layout.width * 1.15)}px`} : undefined}>
      <title id={`${id}-title`}>{title}</title>
      <desc>{description}</desc>
      <ArrowMarkers id={`${id}-arrow`} />
      <MarkerIdContext.Provider value={`${id}-arrow`}>{layout.content}</MarkerIdContext.Provider>
    </svg>
  );
}

/**
 * Saves the diagram as a standalone SVG file. The code that builds the file loads on the
 * first click, so a page with diagrams pays only for this handler.
 */
function downloadFrom(event: MouseEvent<HTMLButtonElement>, component: string, siteTitle: string): void {
  const frame = event.currentTarget.closest('[data-diagram]');
  if (!frame) return;
  void import('./downloadSvg').then(({downloadDiagram}) => downloadDiagram(frame, component, siteTitle));
}

/** Frame for an SVG diagram: accessible name and description, markers, responsive layouts. */
export default function Diagram({component, title, description, wide, narrow}: DiagramProps): ReactNode {
  const checkedTitle = requireText(component, 'title', title, 'Give the diagram a short name.');
  const checkedDescription = requireText(component, 'description', description, DESCRIPTION_HINT);
  // useId is stable between the server render and hydration; strip characters that are
  // awkward in url(#…) references.
  const id = `diagram-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const descriptionId = `${id}-description`;
  const siteTitle = useDocusaurusContext().siteConfig.title;
  return (
    <div className={clsx(styles.diagram, narrow && styles.hasNarrow)} data-diagram={component}>
      <DiagramSvg
        layout={wide}
        title={checkedTitle}
        description={checkedDescription}
        descriptionId={descriptionId}
        id={`${id}-wide`}
        variant="wide"
      />
      {narrow && (
        <DiagramSvg
          layout={narrow}
          title={checkedTitle}
          description={checkedDescription}
          descriptionId={descriptionId}
          id={`${id}-narrow`}
          variant="narrow"
        />
      )}
      <p id={descriptionId} className={styles.visuallyHidden}>
        {checkedDescription}
      </p>
      {/* Hidden until the page has hydrated: without JavaScript it could do nothing. */}
      <button
        type="button"
        className={clsx('button button--sm button--link', styles.download)}
        onClick={(event) => downloadFrom(event, component, siteTitle)}>
        Download SVG
        <span className={styles.visuallyHidden}>: {checkedTitle}</span>
      </button>
    </div>
  );
}
