import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import timelineData from '@site/src/data/timeline.json';
import glossary from '@site/src/data/glossary.json';
import {
  checkMilestones,
  countByKind,
  formatPartialDate,
  parseInlineLinks,
  parsePartialDate,
} from './milestones';

const valid = {
  date: '2014-06',
  kind: 'paper',
  title: 'Generative adversarial network (GAN), Goodfellow et al.',
  description: 'Two networks trained against each other. See [GANs](models/gans).',
  sources: [{label: 'arXiv:1406.2661', url: 'https://arxiv.org/abs/1406.2661'}],
};

describe('partial dates', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD and formats them in words', () => {
    expect(parsePartialDate('2016')).toEqual({year: 2016});
    expect(formatPartialDate('2016')).toBe('2016');
    expect(formatPartialDate('2013-12')).toBe('December 2013');
    expect(formatPartialDate('2022-08-22')).toBe('22 August 2022');
    expect(formatPartialDate('2024-08-01')).toBe('1 August 2024');
  });

  it('rejects dates that do not exist', () => {
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2023-13')).toBeNull();
    expect(parsePartialDate('Dec 2013')).toBeNull();
    expect(() => formatPartialDate('2013/12')).toThrow(/Timeline: "2013\/12" is not a date/);
  });
});

describe('parseInlineLinks', () => {
  it('splits text at links, telling doc ids from web addresses', () => {
    expect(parseInlineLinks('See [GANs](models/gans) and [arXiv](https://arxiv.org/abs/1406.2661).')).toEqual(
      [
        {text: 'See '},
        {text: 'GANs', target: 'models/gans', external: false},
        {text: ' and '},
        {text: 'arXiv', target: 'https://arxiv.org/abs/1406.2661', external: true},
        {text: '.'},
      ],
    );
    expect(parseInlineLinks('[VAE](reference/glossary#vae)')).toEqual([
      {text: 'VAE', target: 'reference/glossary#vae', external: false},
    ]);
    expect(parseInlineLinks('No links.')).toEqual([{text: 'No links.'}]);
  });

  it('throws on a bracket that is not a link', () => {
    expect(() => parseInlineLinks('See [GANs](models/gans')).toThrow(/not part of a link/);
  });
});

describe('checkMilestones', () => {
  it('returns the milestones oldest first, keeping the order of equal dates', () => {
    const list = checkMilestones([
      {...valid, date: '2020-06', title: 'C'},
      {...valid, date: '2016', title: 'A'},
      {...valid, date: '2020-06', title: 'D'},
      {...valid, date: '2016-01', title: 'B'},
    ]);
    expect(list.map((m) => m.title)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('throws, naming the entry, on malformed data', () => {
    expect(() => checkMilestones([])).toThrow('Timeline: src/data/timeline.json must be a non-empty list');
    expect(() => checkMilestones([{...valid, date: 'Jun 2014'}])).toThrow(
      'Timeline: src/data/timeline.json, entry 1 ("Generative adversarial network (GAN), Goodfellow et al."): date must be',
    );
    expect(() => checkMilestones([valid, {...valid, kind: 'blog'}])).toThrow(
      /entry 2 .*kind must be one of paper, model, product, policy, award, got "blog"/,
    );
    expect(() => checkMilestones([{...valid, sources: []}])).toThrow(/has no source/);
    expect(() => checkMilestones([{...valid, sources: [{label: 'x', url: 'arxiv.org'}]}])).toThrow(
      /each source needs a label and an http\(s\) url/,
    );
    expect(() => checkMilestones([{...valid, title: ''}])).toThrow(
      'Timeline: src/data/timeline.json, entry 1 has no title.',
    );
    expect(() => checkMilestones([{...valid, description: 'See [GANs](models/gans'}])).toThrow(
      /not part of a link/,
    );
    expect(() => checkMilestones([valid], 'the milestones prop')).not.toThrow();
  });

  it('counts milestones per kind', () => {
    const list = checkMilestones([valid, {...valid, kind: 'model'}, {...valid, kind: 'paper'}]);
    expect(countByKind(list)).toEqual([
      ['paper', 2],
      ['model', 1],
    ]);
  });
});

describe('src/data/timeline.json', () => {
  const milestones = checkMilestones(timelineData);

  it('is valid and already in date order', () => {
    expect(milestones).toHaveLength(timelineData.length);
    expect(milestones.map((m) => m.date)).toEqual(timelineData.map((m) => m.date));
  });

  it('runs from 2013 through 2026 (the history page promises the timeline to date)', () => {
    expect(milestones[0]?.date.slice(0, 4)).toBe('2013');
    expect(milestones.filter((m) => m.date.startsWith('2026')).length).toBeGreaterThanOrEqual(3);
  });

  it('links only to notes and glossary terms that exist', () => {
    const glossaryIds = new Set(glossary.map((entry) => entry.id));
    for (const milestone of milestones) {
      for (const part of [...parseInlineLinks(milestone.title), ...parseInlineLinks(milestone.description)]) {
        if (!('target' in part) || part.external) continue;
        const [docId = '', anchor] = part.target.split('#');
        expect(existsSync(new URL(`../../../docs/${docId}.mdx`, import.meta.url)), part.target).toBe(true);
        if (docId === 'reference/glossary') expect(glossaryIds.has(anchor ?? ''), part.target).toBe(true);
      }
    }
  });

  it('cites every source in the References of the history note, which shows it', () => {
    const history = readFileSync(new URL('../../../docs/fundamentals/history.mdx', import.meta.url), 'utf8');
    const references = history.split(/^## References/m)[1] ?? '';
    expect(history).toContain('<Timeline');
    for (const url of milestones.flatMap((m) => m.sources.map((s) => s.url)))
      expect(references, url).toContain(url);
  });
});
