/**
 * Docusaurus plugin: writes the quiz bank (every self-check question of the notes, see
 * ./bank.ts) to `downloads/quiz-bank.gift` and `downloads/quiz-bank.md` after the build.
 * A malformed question stops the build with its file and line.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {collectNotes, toGift, toMarkdownBank} from './bank';

export default function quizBankPlugin(context: {siteDir: string}): Plugin {
  return {
    name: 'quiz-bank',
    async postBuild({outDir, siteConfig}) {
      const site = {url: siteConfig.url, baseUrl: siteConfig.baseUrl};
      const notes = collectNotes(context.siteDir, site);
      const dir = path.join(outDir, 'downloads');
      mkdirSync(dir, {recursive: true});
      writeFileSync(path.join(dir, 'quiz-bank.gift'), toGift(notes, site));
      writeFileSync(path.join(dir, 'quiz-bank.md'), toMarkdownBank(notes, site));
    },
  };
}
