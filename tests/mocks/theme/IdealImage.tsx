import React, {type ReactNode} from 'react';

type Props = React.ImgHTMLAttributes<HTMLImageElement> & {
  img: {default: string} | {src: {src: string}} | string;
};

/** Stand-in for @theme/IdealImage (plugin-ideal-image): a plain img. */
export default function IdealImage({img, ...rest}: Props): ReactNode {
  const src = typeof img === 'string' ? img : 'default' in img ? img.default : img.src.src;
  return <img src={src} {...rest} />;
}
