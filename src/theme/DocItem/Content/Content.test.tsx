// @vitest-environment jsdom
import React from 'react';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import Heading from '@theme/Heading';
import userEvent from '@testing-library/user-event';
import {Choice, Explanation, Question, Quiz} from '@site/src/components/Quiz';
import DocItemContent from '.';

type FakeDoc = {
  metadata: {id: string; title: string; permalink: string; unlisted: boolean};
  frontMatter: Record<string, unknown>;
  contentTitle: string | undefined;
};

const current: {doc: FakeDoc} = vi.hoisted(() => ({doc: {} as FakeDoc}));

// theme-common ships JSX in .js files, which Vitest cannot load; the component needs one class name.
vi.mock('@docusaurus/theme-common', () => ({ThemeClassNames: {docs: {docMarkdown: 'theme-doc-markdown'}}}));

vi.mock('@docusaurus/plugin-content-docs/client', () => {
  const docs = {
    'models/notation': {id: 'models/notation', title: 'Notation used on this site'},
    'models/gans': {id: 'models/gans', title: 'Generative adversarial networks (GANs)'},
  };
  return {
    useDoc: () => current.doc,
    useDocsVersion: () => ({docs}),
    useAllDocsData: () => ({
      default: {
        path: '/docs',
        versions: [{name: 'current', docs: Object.keys(docs).map((id) => ({id, path: `/docs/${id}`}))}],
      },
    }),
  };
});

function gansDoc(): FakeDoc {
  return {
    metadata: {
      id: 'models/gans',
      title: 'Generative adversarial networks (GANs)',
      permalink: '/docs/models/gans',
      unlisted: false,
    },
    frontMatter: {
      difficulty: 'intermediate',
      prerequisites: ['models/notation'],
      // As the MDX module exports it: YAML dates are Date objects.
      last_reviewed: new Date('2026-11-22T00:00:00.000Z'),
      reading_time: {words: 3100, minutes: 16},
    },
    contentTitle: undefined,
  };
}

describe('DocItem/Content', () => {
  beforeEach(() => {
    current.doc = gansDoc();
    window.localStorage.clear();
  });
  afterEach(cleanup);

  it('puts the page header right under the title and the citation after the note', () => {
    render(
      <DocItemContent>
        <p>The note.</p>
      </DocItemContent>,
    );
    const title = screen.getByRole('heading', {level: 1, name: 'Generative adversarial networks (GANs)'});
    expect(title.nextElementSibling?.tagName).toBe('DL');
    expect(title.nextElementSibling?.textContent).toContain('About 16 minutes');
    const note = screen.getByText('The note.');
    const cite = screen.getByRole('region', {name: 'Cite this page'});
    expect(note.compareDocumentPosition(cite) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(cite.textContent).toContain('https://genai-knowledge-base.github.io/docs/models/gans');
    expect(cite.textContent).toContain('(2026, November 22)');
  });

  it("keeps the score of the note's quiz and shows it under the quiz", async () => {
    const user = userEvent.setup();
    render(
      <DocItemContent>
        <Quiz>
          <Question>
            <p>Which is a generative model?</p>
            <Choice correct>A GAN</Choice>
            <Choice>A spam filter</Choice>
            <Explanation>A GAN models the data.</Explanation>
          </Question>
        </Quiz>
      </DocItemContent>,
    );
    await user.click(screen.getByRole('radio', {name: 'A GAN'}));
    await user.click(screen.getByRole('button', {name: 'Check'}));
    const stored = JSON.parse(window.localStorage.getItem('genai-kb-progress:/') ?? '{}') as {
      quiz?: Record<string, unknown>;
    };
    expect(stored.quiz?.['models/gans']).toMatchObject({score: 1, total: 1});
    expect(screen.getByText(/^Your last score here: 1 of 1 right, on /)).toBeTruthy();
  });

  it('ends a listed note with "Mark as read", before the citation', () => {
    render(
      <DocItemContent>
        <p>The note.</p>
      </DocItemContent>,
    );
    const button = screen.getByRole('button', {name: 'Mark as read'});
    const note = screen.getByText('The note.');
    const cite = screen.getByRole('region', {name: 'Cite this page'});
    expect(note.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.compareDocumentPosition(cite) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('marks listed pages for the search index', () => {
    const {container} = render(<DocItemContent>{null}</DocItemContent>);
    expect(container.firstElementChild?.hasAttribute('data-pagefind-body')).toBe(true);
  });

  it('leaves unlisted pages unwrapped and uncited', () => {
    current.doc = {
      ...gansDoc(),
      metadata: {...gansDoc().metadata, unlisted: true},
      frontMatter: {title: 'Kitchen sink'},
    };
    const {container} = render(<DocItemContent>{null}</DocItemContent>);
    expect(container.querySelector('[data-pagefind-body]')).toBeNull();
    expect(container.querySelector('dl')).toBeNull();
    expect(screen.queryByRole('region', {name: 'Cite this page'})).toBeNull();
    expect(screen.queryByRole('button', {name: 'Mark as read'})).toBeNull();
  });

  it('shows no header on a page without difficulty', () => {
    current.doc = {...gansDoc(), frontMatter: {title: 'A reference page'}};
    const {container} = render(<DocItemContent>{null}</DocItemContent>);
    expect(container.querySelector('dl')).toBeNull();
    expect(screen.queryByRole('region', {name: 'Cite this page'})).toBeNull();
  });

  it('puts the header first when the note has its own h1', () => {
    current.doc = {...gansDoc(), contentTitle: 'GANs'};
    const {container} = render(
      <DocItemContent>
        <Heading as="h1">GANs</Heading>
      </DocItemContent>,
    );
    expect(container.querySelector('.markdown')?.firstElementChild?.tagName).toBe('DL');
    expect(container.querySelectorAll('h1')).toHaveLength(1);
  });

  it('renders on the server', () => {
    const html = renderToString(<DocItemContent>{null}</DocItemContent>);
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('<time dateTime="2026-11-22">22 November 2026</time>');
    expect(html).toContain('@misc{generative-ai-explained:models-gans,');
  });

  it('shows the dated updates right after the page header, on notes and on other pages', () => {
    const updates = [
      {
        date: '2026-12-01',
        summary: 'Dated the table.',
        section: 'gans-vs-diffusion',
        section_title: 'GANs today',
      },
      {date: '2026-06-01', summary: 'Fixed a typo.'},
    ];
    current.doc = {...gansDoc(), frontMatter: {...gansDoc().frontMatter, updates}};
    const {unmount} = render(<DocItemContent>{null}</DocItemContent>);
    const title = screen.getByRole('heading', {level: 1});
    const updatesBlock = title.nextElementSibling?.nextElementSibling;
    expect(title.nextElementSibling?.tagName).toBe('DL');
    expect(updatesBlock?.textContent).toContain('Updated 1 December 2026: Dated the table. See GANs today.');
    expect(updatesBlock?.querySelector('details summary')?.textContent).toBe('Earlier updates (1)');
    unmount();
    current.doc = {...gansDoc(), frontMatter: {title: 'Kitchen sink', updates}};
    render(<DocItemContent>{null}</DocItemContent>);
    expect(screen.getByText(/Updated/).textContent).toBe('Updated 1 December 2026:');
  });

  it('fails the build when the reading time is missing', () => {
    const doc = gansDoc();
    delete doc.frontMatter.reading_time;
    current.doc = doc;
    expect(() => renderToString(<DocItemContent>{null}</DocItemContent>)).toThrow(/no reading time/);
  });
});
