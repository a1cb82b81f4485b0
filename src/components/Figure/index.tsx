/**
 * A raster image as a figure: responsive and lazy (ideal-image: srcset, blurred
 * placeholder, no layout shift), with required alt text and caption, and an optional
 * credit linked to its source.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import IdealImage, {type Props as IdealImageProps} from '@theme/IdealImage';
import styles from './styles.module.css';

export type Props = {
  /** The imported image: `import picture from './img/picture.png'`. */
  img: IdealImageProps['img'];
  /** What the image shows, for readers who cannot see it. Required and non-empty. */
  alt: string;
  /** What the figure means in the note, shown under it. Required and non-empty. */
  caption: ReactNode;
  /** Who made the image, e.g. "Ho et al. (2020), Figure 2" or "CC BY 4.0, the authors". */
  credit?: string;
  /** Where the image comes from: an http(s) URL or a path on this site. */
  source?: string;
};

function isEmpty(node: ReactNode): boolean {
  return (
    node === undefined ||
    node === null ||
    typeof node === 'boolean' ||
    (typeof node === 'string' && node.trim() === '')
  );
}

export default function Figure({img, alt, caption, credit, source}: Props): ReactNode {
  if (typeof alt !== 'string' || alt.trim() === '') {
    throw new Error('Figure: the alt prop is required and must describe the image (it is empty or missing).');
  }
  if (isEmpty(caption)) {
    throw new Error(`Figure: the caption prop is required and must not be empty (image "${alt}").`);
  }
  if (credit !== undefined && credit.trim() === '') {
    throw new Error(`Figure: credit, when given, must not be empty (image "${alt}").`);
  }
  if (source !== undefined && !/^(https?:\/\/|\/)/.test(source)) {
    throw new Error(
      `Figure: source must be an http(s) URL or a site path starting with "/", got "${source}".`,
    );
  }
  const sourceLink =
    source === undefined ? null : /^https?:\/\//.test(source) ? (
      <Link href={source}>{credit ?? 'Source'}</Link>
    ) : (
      <Link to={source}>{credit ?? 'Source'}</Link>
    );
  return (
    <figure className={styles.figure}>
      <IdealImage img={img} alt={alt} />
      <figcaption className={styles.caption}>
        {caption}
        {(credit !== undefined || sourceLink) && (
          <span className={styles.credit}>
            {' '}
            {credit !== undefined ? 'Credit: ' : ''}
            {sourceLink ?? credit}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
