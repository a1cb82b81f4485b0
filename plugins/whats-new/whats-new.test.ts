// @vitest-environment jsdom
/**
 * The data behind /whats-new and its feeds: which entries, in what order, linking where,
 * and feeds that a real XML parser (jsdom's DOMParser) reads back, for a site at the root
 * and under a sub-path.
 */
import {describe, expect, it} from 'vitest';
import {buildFeeds, collectEntries, entryPath, type DocForUpdates} from './entries';

const doc = (id: string, title: string, updates: unknown, unlisted = false, base = '/'): DocForUpdates => ({
  id,
  title,
  permalink: `${base}docs/${id}`,
  unlisted,
  frontMatter: {updates},
});

// As the front-matter guard stores them: dates as strings, the section with its heading text.
const docs = (base = '/'): DocForUpdates[] => [
  doc(
    'models/vaes',
    'Variational autoencoders (VAEs)',
    [
      {
        date: '2026-12-01',
        summary: 'Added video autoencoders.',
        section: 'vaes-in-latent-diffusion',
        section_title: 'VAEs inside latent diffusion',
      },
      {date: '2026-06-10', summary: 'Corrected the ELBO derivation.'},
    ],
    false,
    base,
  ),
  doc(
    'models/gans',
    'Generative adversarial networks (GANs)',
    [{date: '2026-12-01', summary: 'Dated the table.'}],
    false,
    base,
  ),
  doc(
    'models/flow-matching',
    'Flow matching',
    [{date: '2026-11-15', summary: 'New note: how flow matching trains.'}],
    false,
    base,
  ),
  doc('models/notation', 'Notation', undefined, false, base),
  doc(
    'kitchen-sink/markdown-features',
    'Kitchen sink',
    [{date: '2026-12-01', summary: 'Test entry.'}],
    true,
    base,
  ),
];

describe('collectEntries', () => {
  it('lists every update of every listed note, newest first, then by note title', () => {
    const entries = collectEntries(docs());
    expect(entries.map((e) => [e.date, e.noteTitle, e.summary])).toEqual([
      ['2026-12-01', 'Generative adversarial networks (GANs)', 'Dated the table.'],
      ['2026-12-01', 'Variational autoencoders (VAEs)', 'Added video autoencoders.'],
      ['2026-11-15', 'Flow matching', 'New note: how flow matching trains.'],
      ['2026-06-10', 'Variational autoencoders (VAEs)', 'Corrected the ELBO derivation.'],
    ]);
  });

  it('links each entry to its note, and to the section when it names one', () => {
    const entries = collectEntries(docs());
    expect(entries.map(entryPath)).toEqual([
      '/docs/models/gans',
      '/docs/models/vaes#vaes-in-latent-diffusion',
      '/docs/models/flow-matching',
      '/docs/models/vaes',
    ]);
    expect(entries[1]?.sectionTitle).toBe('VAEs inside latent diffusion');
  });

  it('accepts YAML dates too, and refuses data the guard would not have let through', () => {
    const [entry] = collectEntries([
      doc('a', 'A', [{date: new Date('2026-12-01T00:00:00Z'), summary: 'x.'}]),
    ]);
    expect(entry?.date).toBe('2026-12-01');
    expect(() => collectEntries([doc('a', 'A', 'not a list')])).toThrow(
      /Updates of "a": updates must be a list/,
    );
    expect(() => collectEntries([doc('a', 'A', [{date: '2026-13-01', summary: 'x.'}])])).toThrow(
      /YYYY-MM-DD/,
    );
  });
});

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.querySelector('parsererror'), 'the feed is well-formed XML').toBeNull();
  return document;
}

describe('buildFeeds', () => {
  for (const [siteUrl, baseUrl] of [
    ['https://genai-knowledge-base.github.io', '/'],
    ['https://example.org', '/kb/'],
  ] as const) {
    const entries = collectEntries(docs(baseUrl));
    const {rss, atom} = buildFeeds({entries, siteUrl, baseUrl, siteTitle: 'Generative AI, explained'});
    const page = `${siteUrl}${baseUrl}whats-new`;

    it(`writes RSS 2.0 with absolute links for a site at ${siteUrl}${baseUrl}`, () => {
      const channel = parse(rss).querySelector('rss > channel');
      expect(channel?.querySelector(':scope > title')?.textContent).toBe(
        "What's new: Generative AI, explained",
      );
      expect(channel?.querySelector(':scope > link')?.textContent).toBe(page);
      expect(channel?.getElementsByTagName('atom:link')[0]?.getAttribute('href')).toBe(`${page}/rss.xml`);
      expect(channel?.querySelector(':scope > lastBuildDate')?.textContent).toBe(
        'Tue, 01 Dec 2026 00:00:00 GMT',
      );
      const items = Array.from(channel?.querySelectorAll('item') ?? []);
      expect(items.map((i) => i.querySelector('link')?.textContent)).toEqual(
        entries.map((e) => `${siteUrl}${entryPath(e)}`),
      );
      expect(items[1]?.querySelector('title')?.textContent).toBe(
        'Variational autoencoders (VAEs): Added video autoencoders.',
      );
      expect(items[1]?.querySelector('description')?.textContent).toBe(
        'Added video autoencoders. Section: VAEs inside latent diffusion.',
      );
      expect(items[3]?.querySelector('pubDate')?.textContent).toBe('Wed, 10 Jun 2026 00:00:00 GMT');
      const guids = items.map((i) => i.querySelector('guid')?.textContent);
      expect(new Set(guids).size).toBe(items.length);
    });

    it(`writes Atom 1.0 with self link, updated date and unique ids for ${siteUrl}${baseUrl}`, () => {
      const feed = parse(atom).documentElement;
      expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
      const links = Array.from(feed.querySelectorAll(':scope > link')).map((l) => [
        l.getAttribute('rel'),
        l.getAttribute('href'),
      ]);
      expect(links).toEqual([
        ['alternate', page],
        ['self', `${page}/atom.xml`],
      ]);
      expect(feed.querySelector(':scope > updated')?.textContent).toBe('2026-12-01T00:00:00.000Z');
      const items = Array.from(feed.querySelectorAll('entry'));
      expect(items).toHaveLength(4);
      expect(items.map((e) => e.querySelector('link')?.getAttribute('href'))).toEqual(
        entries.map((e) => `${siteUrl}${entryPath(e)}`),
      );
      const ids = items.map((e) => e.querySelector('id')?.textContent);
      expect(ids[0]).toBe(`${siteUrl}${baseUrl}docs/models/gans#update-2026-12-01`);
      expect(new Set(ids).size).toBe(items.length);
    });
  }

  it('numbers the ids of two updates of one note on the same day', () => {
    const entries = collectEntries([
      doc('a', 'A', [
        {date: '2026-12-01', summary: 'One.'},
        {date: '2026-12-01', summary: 'Two.'},
      ]),
    ]);
    const {atom} = buildFeeds({entries, siteUrl: 'https://x.org', baseUrl: '/', siteTitle: 'X'});
    const ids = Array.from(parse(atom).querySelectorAll('entry > id')).map((id) => id.textContent);
    expect(ids).toEqual([
      'https://x.org/docs/a#update-2026-12-01',
      'https://x.org/docs/a#update-2026-12-01-2',
    ]);
  });
});
