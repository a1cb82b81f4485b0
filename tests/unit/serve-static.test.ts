/**
 * scripts/serve-static.mjs serves the sub-path build as GitHub Pages would: the file,
 * then <path>.html, then <path>/index.html, never outside the folder or the base.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {resolveFile, serve} from '../../scripts/serve-static.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'kb-static-'));
mkdirSync(path.join(root, 'docs/models'), {recursive: true});
writeFileSync(path.join(root, 'index.html'), 'home');
writeFileSync(path.join(root, '404.html'), 'not found');
writeFileSync(path.join(root, 'docs/models/vaes.html'), 'vaes');
writeFileSync(path.join(root, 'docs/index.html'), 'docs');

describe('serve-static', () => {
  it('maps a request path to the file a static host would serve', () => {
    expect(resolveFile(root, '/kb/', '/kb/')).toBe(path.join(root, 'index.html'));
    expect(resolveFile(root, '/kb/', '/kb/docs/models/vaes')).toBe(path.join(root, 'docs/models/vaes.html'));
    expect(resolveFile(root, '/kb/', '/kb/docs/models/vaes.html')).toBe(
      path.join(root, 'docs/models/vaes.html'),
    );
    expect(resolveFile(root, '/kb/', '/kb/docs')).toBe(path.join(root, 'docs/index.html'));
  });

  it('refuses paths outside the base or the folder', () => {
    expect(resolveFile(root, '/kb/', '/docs/models/vaes')).toBeNull();
    expect(resolveFile(root, '/kb/', '/kb/../../etc/passwd')).toBeNull();
    expect(resolveFile(root, '/kb/', '/kb/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveFile(root, '/kb/', '/kb/missing')).toBeNull();
  });

  describe('over HTTP', () => {
    let server: {close: () => void; address: () => unknown};
    let base = '';
    beforeAll(async () => {
      server = await serve(root, '/kb/', 0);
      base = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
    });
    afterAll(() => server.close());

    it('serves a note, its .html name the same, and 404.html with status 404', async () => {
      const note = await fetch(`${base}/kb/docs/models/vaes`);
      expect(note.status).toBe(200);
      expect(note.headers.get('content-type')).toContain('text/html');
      expect(await note.text()).toBe('vaes');
      expect(await (await fetch(`${base}/kb/docs/models/vaes.html`)).text()).toBe('vaes');
      const missing = await fetch(`${base}/kb/nothing-here`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('not found');
    });
  });
});
