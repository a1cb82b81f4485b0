import React, {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

export type Props = {
  /** The picture as a `data:` URL (see `src/utils/grayscaleBitmap.ts`), so it is in the server-rendered HTML. */
  src: string;
  /** Width and height of the picture in pixels; it is drawn square, scaled to the width of its box. */
  size: number;
  /** Short accessible name, e.g. "Noisy image at t = 250". */
  title: string;
  /** What the picture shows, in a sentence (the longer text alternative). */
  description: string;
  /** Optional marker for tests and styling, written to `data-image`. */
  kind?: string;
};

/**
 * A small generated raster picture in an SVG `<image>`, scaled up with hard pixel edges,
 * with a title and a description. Used by the explainers that compute their pictures
 * (the ideal-image pipeline is for files in the repository, not for pictures computed on
 * every slider step).
 */
export default function PixelImage({src, size, title, description, kind}: Props): ReactNode {
  const id = useId();
  if (!src.startsWith('data:image/'))
    throw new Error(
      `PixelImage: src must be a data:image/… URL computed by the explainer, got "${src.slice(0, 30)}".`,
    );
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`PixelImage: size must be a positive integer, got ${size}.`);
  if (title.trim() === '' || description.trim() === '')
    throw new Error('PixelImage: a picture needs a title and a description.');
  return (
    <svg
      className={styles.picture}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-image={kind}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <image href={src} width={size} height={size} className={styles.pixels} preserveAspectRatio="none" />
    </svg>
  );
}
