/**
 * The syntax-highlighting code block, loaded on demand (see src/theme/CodeBlock).
 *
 * Prism and its languages take tens of milliseconds to set up, work the classic theme
 * does at start-up on every page. Most notes have no code, so the set-up moves here, into
 * a chunk that only pages with a code block load: the languages listed in
 * `themeConfig.prism.additionalLanguages` are added to prism-react-renderer's Prism just
 * before the first code block renders, in the browser and during the build.
 */
import type {ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import type {Props} from '@theme/CodeBlock';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';

prismIncludeLanguages(Prism);

export default CodeBlock as (props: Props) => ReactNode;
