#!/usr/bin/env node
/**
 * `npm run check:links`: checks every external link of the built site with linkinator
 * (internal links and anchors are already checked by the build). Needs the internet, so
 * it is not part of `npm test`; a scheduled workflow runs it (.github/workflows/links.yml).
 */
import path from 'node:path';
import process from 'node:process';
import {existsSync} from 'node:fs';
import {LinkChecker} from 'linkinator';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const buildDir = path.join(root, 'build');
if (!existsSync(path.join(buildDir, 'index.html'))) {
  console.error('check:links: build/ is missing: run `npm run build` first.');
  process.exit(1);
}

const checker = new LinkChecker();
const result = await checker.check({
  path: buildDir,
  recurse: true,
  concurrency: 8,
  timeout: 20000,
  retry: true,
  // Some publishers refuse automated requests; a 403 from them is not a dead link.
  linksToSkip: ['^https?://(www\\.)?(linkedin\\.com|twitter\\.com|x\\.com)'],
});
const broken = result.links.filter(
  (l) => l.state === 'BROKEN' && /^https?:/.test(l.url) && !l.url.includes('localhost'),
);
for (const link of broken) console.error(`${link.status ?? 'ERR'} ${link.url}  (on ${link.parent})`);
console.log(`check:links: ${result.links.length} links checked, ${broken.length} broken.`);
process.exit(broken.length > 0 ? 1 : 0);
