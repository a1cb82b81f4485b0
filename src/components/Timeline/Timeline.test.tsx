// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import Timeline, {type Milestone} from '.';
import timelineData from '@site/src/data/timeline.json';

// Every note under docs/ is a doc at /docs/<id>, as the site's slugs are (except the
// glossary's, which the test does not need to match).
vi.mock('@docusaurus/plugin-content-docs/client', async () => {
  const {readdirSync} = await import('node:fs');
  const {join} = await import('node:path');
  const docsDir = join(process.cwd(), 'docs');
  const ids = readdirSync(docsDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.mdx'))
    .map((file) =>
      file
        .replace(/\.mdx$/, '')
        .split('\\')
        .join('/'),
    );
  return {
    useAllDocsData: () => ({
      default: {
        path: '/docs',
        versions: [{name: 'current', docs: ids.map((id) => ({id, path: `/docs/${id}`}))}],
      },
    }),
  };
});

const chatGpt: Milestone = {
  date: '2022-11-30',
  kind: 'product',
  title: 'ChatGPT (OpenAI)',
  description: 'A free chat interface to an [RLHF](reference/glossary#rlhf)-tuned model.',
  sources: [{label: 'OpenAI announcement', url: 'https://openai.com/index/chatgpt/'}],
};

const sample: Milestone[] = [
  chatGpt,
  {
    date: '2016-01',
    dateLabel: 'January and September 2016',
    kind: 'paper',
    title: 'PixelRNN and WaveNet, van den Oord et al.',
    description: '[Autoregressive](models/autoregressive-models) generation of images and audio.',
    sources: [
      {label: 'arXiv:1601.06759', url: 'https://arxiv.org/abs/1601.06759'},
      {label: 'arXiv:1609.03499', url: 'https://arxiv.org/abs/1609.03499'},
    ],
  },
];

describe('Timeline', () => {
  afterEach(cleanup);

  it('is a figure with a caption and an ordered list, oldest first, dates in <time>', () => {
    render(
      <Timeline milestones={sample}>
        <p>How to read it.</p>
      </Timeline>,
    );
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('How to read it.')).toBeTruthy();
    expect(figure.querySelector('figcaption')?.textContent).toContain(
      '2 milestones, oldest first, from January and September 2016 to 30 November 2022: 1 paper, 1 product.',
    );
    const list = within(figure).getByRole('list');
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('time')?.getAttribute('dateTime'))).toEqual([
      '2016-01',
      '2022-11-30',
    ]);
    expect(items[1]?.querySelector('time')?.textContent).toBe('30 November 2022');
  });

  it('writes each kind as text, not only as a colour or shape', () => {
    render(<Timeline milestones={sample} />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first?.textContent).toContain('Paper');
    expect(second?.textContent).toContain('Product');
  });

  it('links notes, glossary terms and every primary source', () => {
    render(<Timeline milestones={sample} />);
    expect(screen.getByRole('link', {name: 'Autoregressive'}).getAttribute('href')).toBe(
      '/docs/models/autoregressive-models',
    );
    expect(screen.getByRole('link', {name: 'RLHF'}).getAttribute('href')).toBe(
      '/docs/reference/glossary#rlhf',
    );
    const [papers] = screen.getAllByRole('listitem');
    expect(papers?.textContent).toContain('Sources: arXiv:1601.06759, arXiv:1609.03499');
    expect(screen.getByRole('link', {name: 'OpenAI announcement'}).getAttribute('href')).toBe(
      'https://openai.com/index/chatgpt/',
    );
  });

  it('renders the site data file on the server, with every milestone in order', () => {
    const html = renderToString(<Timeline />);
    expect(html.match(/<li/g)).toHaveLength(timelineData.length);
    expect(html).toContain('<time dateTime="2013-12"');
    expect(html).toContain('December 2013');
    expect(html).toContain('January and September 2016');
    expect(html.indexOf('Variational autoencoder')).toBeLessThan(html.indexOf('GPT-5 (OpenAI)'));
    expect(html).toContain('href="https://arxiv.org/abs/1312.6114"');
  });

  it('throws on a link to a doc that does not exist', () => {
    const broken = [{...chatGpt, description: 'See [nothing](models/no-such-note).'}];
    expect(() => renderToString(<Timeline milestones={broken} />)).toThrow(
      /Timeline: link "nothing": "models\/no-such-note" names no doc/,
    );
  });

  it('throws on malformed milestones, naming the entry', () => {
    const undated = [{...chatGpt, date: 'late 2022'}];
    expect(() => renderToString(<Timeline milestones={undated} />)).toThrow(
      /Timeline: the milestones prop, entry 1 \("ChatGPT \(OpenAI\)"\): date must be YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });
});
