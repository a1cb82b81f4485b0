import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * Code colours that meet WCAG AA (4.5:1) against their backgrounds. Of the themes that
 * ship with prism-react-renderer, gruvboxMaterialDark passes as is; vsLight passes
 * except for one red (attribute names, 4.0:1), darkened here.
 */
export const lightCodeTheme: PrismTheme = {
  ...themes.vsLight,
  styles: themes.vsLight.styles.map((style) =>
    style.types.includes('attr-name') ? {...style, style: {...style.style, color: '#c50000'}} : style,
  ),
};

export const darkCodeTheme: PrismTheme = themes.gruvboxMaterialDark;
