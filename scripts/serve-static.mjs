#!/usr/bin/env node
/**
 * Serves a built site the way GitHub Pages does, for the sub-path browser tests:
 * `node scripts/serve-static.mjs <dir> <base> <port>` serves <dir> under <base> (e.g. /kb/)
 * on 127.0.0.1. A path is answered by the file itself, then `<path>.html`, then
 * `<path>/index.html`, else 404.html with status 404.
 *
 * Why not `docusaurus serve`: under a base URL it answers `/kb/docs/x.html` with a redirect
 * that leaves the base and lands on the home page, so the service worker precached the home
 * page under every note's name and offline reading showed the wrong page. Static hosts
 * (GitHub Pages, Netlify, nginx) serve the .html file itself, as this does.
 */
import {createReadStream, existsSync, statSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The file a request path maps to, or null; never outside `root`. */
export function resolveFile(root, base, urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let rel;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return null;
  }
  const target = path.resolve(root, rel);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const isFile = (p) => existsSync(p) && statSync(p).isFile();
  if (isFile(target)) return target;
  if (isFile(`${target.replace(/\/$/, '')}.html`)) return `${target.replace(/\/$/, '')}.html`;
  if (isFile(path.join(target, 'index.html'))) return path.join(target, 'index.html');
  return null;
}

export function serve(dir, base, port) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const {pathname} = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === base.replace(/\/$/, '')) {
      res.writeHead(301, {location: base}).end();
      return;
    }
    const file = resolveFile(root, base, pathname);
    const status = file ? 200 : 404;
    const body = file ?? path.join(root, '404.html');
    res.writeHead(status, {'content-type': TYPES[path.extname(body)] ?? 'application/octet-stream'});
    createReadStream(body).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [dir = 'build', base = '/', port = '3000'] = process.argv.slice(2);
  serve(dir, base, Number(port)).then(() => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
}
