// The ?raw rule: every other rule leaves `?raw` imports alone, and the raw rule emits the
// file's text (Rspack's asset/source), so a page shows the source, not compiled code.
import {describe, expect, it} from 'vitest';
import {RAW_QUERY, routeRawImports} from './raw-source';

describe('routeRawImports', () => {
  it('excludes ?raw from rules without a query condition and returns an asset/source rule', () => {
    const typescript = {test: /\.tsx?$/, use: ['swc-loader']};
    const withQuery = {test: /\.svg$/, resourceQuery: /url/};
    const rules: unknown[] = [typescript, withQuery, null, '...'];
    const raw = routeRawImports(rules);
    expect(typescript).toMatchObject({resourceQuery: {not: [RAW_QUERY]}});
    expect(withQuery.resourceQuery).toEqual(/url/);
    expect(raw).toEqual({resourceQuery: RAW_QUERY, type: 'asset/source'});
  });

  it('matches ?raw and only ?raw', () => {
    expect(RAW_QUERY.test('?raw')).toBe(true);
    expect(RAW_QUERY.test('?a=1&raw')).toBe(true);
    expect(RAW_QUERY.test('?rawest')).toBe(false);
    expect(RAW_QUERY.test('')).toBe(false);
  });
});
