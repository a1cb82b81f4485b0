/**
 * Runs the build's content guards on one note without building the site: the front-matter
 * hook and the remark guards, configured as in docusaurus.config.ts. Used by
 * `npm run check:notes` and by the guards' fixture tests.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {createFrontMatterHook} from './frontmatter.mjs';
import remarkGuards from './remark-guards.mjs';

/**
 * @param {{siteDir: string, hook?: ReturnType<typeof createFrontMatterHook>}} options
 * @returns {(filePath: string) => Promise<{frontMatter: Record<string, unknown>, problems: string[]}>}
 */
export function createNoteChecker({siteDir, hook = createFrontMatterHook({siteDir})}) {
  return async (filePath) => {
    const fileContent = readFileSync(filePath, 'utf8');
    const problems = [];
    let frontMatter = {};
    let content = fileContent;
    try {
      const parsed = await hook({filePath, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
      frontMatter = parsed.frontMatter;
      content = parsed.content;
    } catch (error) {
      problems.push(...String(error instanceof Error ? error.message : error).split('\n'));
      content = fileContent.replace(/^---\n[\s\S]*?\n---\n/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
    }
    // Keep line numbers: the body starts after the front matter, so pad it back.
    const offset = fileContent.length - content.length;
    const padded =
      offset > 0 ? '\n'.repeat(fileContent.slice(0, offset).split('\n').length - 1) + content : content;
    try {
      await compile(
        {value: padded, path: filePath},
        // GitHub-flavoured Markdown (tables) as in Docusaurus.
        {remarkPlugins: [remarkGfm, remarkMath, [remarkGuards, {siteDir}]]},
      );
    } catch (error) {
      const message = String(error instanceof Error ? error.message : error);
      if (/^docs\//.test(message)) problems.push(...message.split('\n'));
      else {
        const rel = path.relative(siteDir, filePath);
        const line = error?.line ?? error?.place?.line ?? error?.position?.start?.line ?? 1;
        problems.push(
          `${rel}:${line}: MDX does not compile: ${error?.reason ?? message} (see CONTRIBUTING.md#mdx)`,
        );
      }
    }
    return {frontMatter, problems};
  };
}
