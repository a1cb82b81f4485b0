import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL, normaliseBaseUrl, normaliseSiteUrl, siteAddress} from '.';

describe('site address from the environment', () => {
  it('defaults to the project site at the root', () => {
    expect(siteAddress({})).toEqual({url: DEFAULT_SITE_URL, baseUrl: '/'});
    expect(siteAddress({SITE_URL: '', BASE_URL: ''})).toEqual({url: DEFAULT_SITE_URL, baseUrl: '/'});
  });

  it('reads SITE_URL and BASE_URL', () => {
    expect(siteAddress({SITE_URL: 'https://example.org', BASE_URL: '/kb/'})).toEqual({
      url: 'https://example.org',
      baseUrl: '/kb/',
    });
  });

  it('accepts a base URL with or without its slashes, and nested paths', () => {
    for (const value of ['kb', '/kb', 'kb/', '/kb/', ' /kb/ ']) expect(normaliseBaseUrl(value)).toBe('/kb/');
    expect(normaliseBaseUrl('/courses/ai/')).toBe('/courses/ai/');
  });

  it('drops a trailing slash from the site URL (as configure-pages reports it either way)', () => {
    expect(normaliseSiteUrl('https://owner.github.io/')).toBe('https://owner.github.io');
  });

  it('refuses values that would build a broken site, saying what to write instead', () => {
    expect(() => normaliseSiteUrl('example.org')).toThrow(/absolute http\(s\) URL/);
    expect(() => normaliseSiteUrl('ftp://example.org')).toThrow(/https:\/\//);
    expect(() => normaliseSiteUrl('https://owner.github.io/repo')).toThrow(/BASE_URL/);
    expect(() => normaliseBaseUrl('/a b/')).toThrow(/BASE_URL must be a path/);
    expect(() => normaliseBaseUrl('/../x/')).toThrow(/BASE_URL must be a path/);
  });
});
