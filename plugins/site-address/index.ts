/**
 * Where the built site will be served, read from the environment at build time so that a
 * fork or a copy deploys under any address without editing the config:
 *
 *   SITE_URL=https://example.org BASE_URL=/kb/ npm run build
 *
 * The deploy workflow passes the values that `actions/configure-pages` reports, so a
 * GitHub Pages project site (`https://<owner>.github.io/<repo>/`) works with no edit.
 */
export const DEFAULT_SITE_URL = 'https://genai-knowledge-base.github.io';
export const DEFAULT_BASE_URL = '/';

/** `https://example.org/` → `https://example.org`; rejects anything that is not http(s). */
export function normaliseSiteUrl(value: string | undefined): string {
  const raw = (value ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org, not "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, not "${raw}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL is the origin only (https://example.org); put the path "${url.pathname}" in BASE_URL`,
    );
  }
  return url.origin;
}

/** `kb`, `/kb`, `kb/` and `/kb/` all become `/kb/`; empty means `/`. */
export function normaliseBaseUrl(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (raw === '' || raw === '/') return DEFAULT_BASE_URL;
  const parts = raw.split('/').filter(Boolean);
  for (const part of parts) {
    if (!/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..') {
      throw new Error(`BASE_URL must be a path such as /kb/ (letters, digits, . _ ~ -), not "${raw}"`);
    }
  }
  return `/${parts.join('/')}/`;
}

/** The site's address from `SITE_URL` and `BASE_URL` (defaults: the project's own site at `/`). */
export function siteAddress(env: NodeJS.ProcessEnv = process.env): {url: string; baseUrl: string} {
  return {url: normaliseSiteUrl(env.SITE_URL), baseUrl: normaliseBaseUrl(env.BASE_URL)};
}
