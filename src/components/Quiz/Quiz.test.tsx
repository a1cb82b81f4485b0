// @vitest-environment jsdom
import React, {type ComponentType} from 'react';
import * as runtime from 'react/jsx-runtime';
import {renderToString} from 'react-dom/server';
import {cleanup, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {evaluate} from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import rehypeStaticMath from '@site/plugins/rehype-static-math.mjs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {NoteProgressContext, type NoteProgress} from '@site/src/utils/noteProgressContext';
import Quiz, {Choice, Explanation, Question} from '.';

afterEach(cleanup);

const singleAnswer = (
  <Quiz>
    <Question>
      <p>Where only real data occurs, what does the optimal discriminator output?</p>
      <Choice>0</Choice>
      <Choice correct>1</Choice>
      <Choice>one half</Choice>
      <Explanation>
        <p>Because p_g is zero there, so D* = 1.</p>
      </Explanation>
    </Question>
    <Question multiple>
      <p>Which are generative models?</p>
      <Choice correct>A GAN</Choice>
      <Choice>A spam filter</Choice>
      <Choice correct>A VAE</Choice>
      <Explanation>GANs and VAEs model the data; a spam filter only separates classes.</Explanation>
    </Question>
  </Quiz>
);

/** Renders and expects a throw, without React's error noise in the test output. */
function expectRenderError(element: React.ReactElement, message: RegExp | string): void {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(() => render(element)).toThrow(message);
  } finally {
    spy.mockRestore();
  }
}

describe('Quiz', () => {
  it('renders each question as a numbered fieldset named by its prompt', () => {
    render(singleAnswer);
    const first = screen.getByRole('group', {
      name: 'Question 1 Where only real data occurs, what does the optimal discriminator output?',
    });
    expect(within(first).getAllByRole('radio')).toHaveLength(3);
    expect(within(first).getByRole('radio', {name: 'one half'})).toBeTruthy();
    expect(first.querySelector('legend p')).toBeNull();
    const second = screen.getByRole('group', {
      name: /Question 2 Which are generative models\? Select all that apply\./,
    });
    expect(within(second).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(second).getByRole('button', {name: 'Check'})).toBeTruthy();
    expect(within(second).getByRole('status')).toBeTruthy();
  });

  it('says "Not quite" for a wrong answer and "Correct" with the explanation for the right one', async () => {
    const user = userEvent.setup();
    render(singleAnswer);
    const question = screen.getByRole('group', {name: /^Question 1/});
    const status = within(question).getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');

    await user.click(within(question).getByRole('button', {name: 'Check'}));
    expect(status.textContent).toBe('Choose an answer first.');

    await user.click(within(question).getByRole('radio', {name: '0'}));
    await user.click(within(question).getByRole('button', {name: 'Check'}));
    expect(status.textContent).toBe('Not quite. Try again, or show the answer.');
    expect(status.textContent).not.toContain('D* = 1');
    expect(within(question).getByText('Not this one')).toBeTruthy();

    await user.click(within(question).getByRole('radio', {name: '1'}));
    expect(status.textContent).toBe('');
    await user.click(within(question).getByRole('button', {name: 'Check'}));
    expect(status.textContent).toBe('Correct.Because p_g is zero there, so D* = 1.');
    expect(status.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(within(question).getByText('Right')).toBeTruthy();
  });

  it('counts right and wrong picks in a select-all question', async () => {
    const user = userEvent.setup();
    render(singleAnswer);
    const question = screen.getByRole('group', {name: /^Question 2/});
    const status = within(question).getByRole('status');
    await user.click(within(question).getByRole('checkbox', {name: 'A GAN'}));
    await user.click(within(question).getByRole('checkbox', {name: 'A spam filter'}));
    await user.click(within(question).getByRole('button', {name: 'Check'}));
    expect(status.textContent).toBe(
      'Not quite. You found 1 of the 2 right answers and chose 1 that is wrong. Try again, or show the answer.',
    );
    await user.click(within(question).getByRole('checkbox', {name: 'A spam filter'}));
    await user.click(within(question).getByRole('checkbox', {name: 'A VAE'}));
    await user.click(within(question).getByRole('button', {name: 'Check'}));
    expect(status.textContent).toMatch(/^Correct\.GANs and VAEs model the data/);
  });

  it('shows the answer and explanation on request, and marks the right choices', async () => {
    const user = userEvent.setup();
    render(singleAnswer);
    const question = screen.getByRole('group', {name: /^Question 2/});
    await user.click(within(question).getByRole('button', {name: 'Show answer'}));
    expect(within(question).getByRole('status').textContent).toBe(
      'Answers: A GAN; A VAEGANs and VAEs model the data; a spam filter only separates classes.',
    );
    expect(within(question).getAllByText('Answer')).toHaveLength(2);
  });

  it('renders on the server with the answers in a <details>, and no button that needs JavaScript', () => {
    // React separates adjacent text nodes with <!-- --> in server HTML.
    const html = renderToString(singleAnswer).replace(/<!-- -->/g, '');
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html).toContain('<legend');
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(html).toMatch(/<details[^>]*><summary>Show answer<\/summary>/);
    expect(html).toContain('<strong>Answer:</strong> 1</p>');
    expect(html).toContain('<strong>Answers:</strong> A GAN; A VAE</p>');
    expect(html).toContain('Because p_g is zero there, so D* = 1.');
    expect(html).not.toContain('<button');
  });
});

describe('Quiz in a note: the last score', () => {
  function inNote(scores: [number, number][]) {
    const note: NoteProgress = {
      recordQuizScore: (score, total) => scores.push([score, total]),
      lastQuizScore: <p>The last score line</p>,
    };
    return <NoteProgressContext.Provider value={note}>{singleAnswer}</NoteProgressContext.Provider>;
  }

  it('records the score of each check: questions right of all questions', async () => {
    const user = userEvent.setup();
    const scores: [number, number][] = [];
    render(inNote(scores));
    const first = screen.getByRole('group', {name: /^Question 1/});
    const second = screen.getByRole('group', {name: /^Question 2/});

    await user.click(within(first).getByRole('button', {name: 'Check'}));
    expect(scores, 'a check with nothing chosen is no score').toEqual([]);

    await user.click(within(first).getByRole('radio', {name: '1'}));
    await user.click(within(first).getByRole('button', {name: 'Check'}));
    await user.click(within(second).getByRole('checkbox', {name: 'A GAN'}));
    await user.click(within(second).getByRole('button', {name: 'Check'}));
    await user.click(within(second).getByRole('checkbox', {name: 'A VAE'}));
    await user.click(within(second).getByRole('button', {name: 'Check'}));
    await user.click(within(first).getByRole('radio', {name: '0'}));
    await user.click(within(first).getByRole('button', {name: 'Check'}));
    await user.click(within(first).getByRole('button', {name: 'Show answer'}));
    expect(scores).toEqual([
      [1, 2],
      [1, 2],
      [2, 2],
      [1, 2],
    ]);
  });

  it('shows the score line the note gives it, after the questions', () => {
    render(inNote([]));
    const line = screen.getByText('The last score line');
    const last = screen.getByRole('group', {name: /^Question 2/});
    expect(last.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('works outside a note, with no score line', async () => {
    const user = userEvent.setup();
    const {container} = render(singleAnswer);
    const first = screen.getByRole('group', {name: /^Question 1/});
    await user.click(within(first).getByRole('radio', {name: '1'}));
    await user.click(within(first).getByRole('button', {name: 'Check'}));
    expect(within(first).getByRole('status').textContent).toMatch(/^Correct\./);
    const quiz = container.firstElementChild;
    expect(Array.from(quiz?.children ?? [], (child) => child.tagName)).toEqual(['FIELDSET', 'FIELDSET']);
  });
});

describe('Quiz written in MDX', () => {
  async function renderMdx(source: string) {
    const {default: Content} = (await evaluate(source, {...runtime})) as unknown as {
      default: ComponentType<{components: Record<string, unknown>}>;
    };
    return render(<Content components={{Quiz, Question, Choice, Explanation}} />);
  }

  it('reads one-line choices, Markdown prompts and explanations as MDX writes them', async () => {
    await renderMdx(
      [
        '<Quiz>',
        '<Question>',
        'What is **two** plus two?',
        '<Choice>3</Choice>',
        '<Choice correct>4</Choice>',
        '<Explanation>Count *them*.</Explanation>',
        '</Question>',
        '',
        '<Question>',
        '',
        'Second prompt, on its own.',
        '',
        '<Choice correct>',
        'Yes',
        '</Choice>',
        '<Choice>No</Choice>',
        '',
        '<Explanation>',
        '',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
        '</Explanation>',
        '',
        '</Question>',
        '</Quiz>',
      ].join('\n'),
    );
    expect(screen.getByRole('group', {name: 'Question 1 What is two plus two?'})).toBeTruthy();
    expect(screen.getByRole('radio', {name: '4'})).toBeTruthy();
    expect(screen.getByRole('group', {name: 'Question 2 Second prompt, on its own.'})).toBeTruthy();
    expect(screen.getByRole('radio', {name: 'Yes'})).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(document.querySelector('label p')).toBeNull();
  });
});

describe('malformed quizzes throw with a clear message', () => {
  it('rejects a question without a correct choice', () => {
    expectRenderError(
      <Quiz>
        <Question>
          <p>Pick one.</p>
          <Choice>a</Choice>
          <Choice>b</Choice>
          <Explanation>None.</Explanation>
        </Question>
      </Quiz>,
      'Quiz: question 1 ("Pick one."): has no correct choice. Mark the right answer with <Choice correct>.',
    );
  });

  it('rejects a single-answer question with several correct choices', () => {
    expectRenderError(
      <Question>
        Pick one.
        <Choice correct>a</Choice>
        <Choice correct>b</Choice>
        <Explanation>Both.</Explanation>
      </Question>,
      /Quiz: question \("Pick one."\): has 2 correct choices but takes one answer.*add `multiple`/,
    );
  });

  it('rejects a missing explanation or prompt, too few choices and stray content', () => {
    const choices = [
      <Choice key="a" correct>
        a
      </Choice>,
      <Choice key="b">b</Choice>,
    ];
    expectRenderError(<Question>Q?{choices}</Question>, /needs exactly one <Explanation>, found 0/);
    expectRenderError(
      <Question>
        {choices}
        <Explanation>x</Explanation>
      </Question>,
      /has no prompt/,
    );
    expectRenderError(
      <Question>
        Q?<Choice correct>a</Choice>
        <Explanation>x</Explanation>
      </Question>,
      /needs at least two <Choice>s, found 1/,
    );
    expectRenderError(
      <Quiz>
        <p>Stray paragraph</p>
      </Quiz>,
      /Quiz: found <p> \("Stray paragraph"\) between the questions/,
    );
    expectRenderError(
      <Choice correct>lonely</Choice>,
      /<Choice> \("lonely"\) must be placed directly inside a <Question>/,
    );
  });
});

describe('math in choices', () => {
  it('reads TeX aloud in plain words', async () => {
    const {readableTex} = await import('.');
    expect(readableTex('-\\log 4 \\approx -1.386')).toBe('-log 4 ≈ -1.386');
    expect(readableTex('\\tfrac12')).toBe('1/2');
    expect(readableTex('1/\\sqrt{2} \\approx 0.71')).toBe('1/√2 ≈ 0.71');
    expect(readableTex('p(x_2\\mid x_1)')).toBe('p(x_2 | x_1)');
  });

  it('names a choice that is only a formula, as the build ships it', async () => {
    // Formulas reach the page as HTML strings (plugins/rehype-static-math.mjs).
    const source = [
      '<Quiz>',
      '<Question>',
      'Half of one?',
      '<Choice correct>$\\tfrac12$</Choice>',
      '<Choice>$2$</Choice>',
      '<Explanation>Half is one divided by two.</Explanation>',
      '</Question>',
      '</Quiz>',
    ].join('\n');
    const {default: Content} = (await evaluate(source, {
      ...runtime,
      remarkPlugins: [remarkMath],
      rehypePlugins: [rehypeKatex, rehypeStaticMath],
    })) as unknown as {default: ComponentType<{components: Record<string, unknown>}>};
    render(<Content components={{Quiz, Question, Choice, Explanation}} />);
    expect(screen.getByRole('radio', {name: '1/2'})).toBeTruthy();
    expect(screen.getByRole('radio', {name: '2'})).toBeTruthy();
  });
});
