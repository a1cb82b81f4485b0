/**
 * Self-check quizzes for the notes, written in MDX:
 *
 * ```mdx
 * import {Quiz, Question, Choice, Explanation} from '@site/src/components/Quiz';
 *
 * <Quiz>
 * <Question>
 *
 * Where only real data occurs, what does the optimal discriminator output?
 *
 * <Choice correct>1</Choice>
 * <Choice>$\tfrac12$</Choice>
 * <Choice>0</Choice>
 *
 * <Explanation>$D^*(x) = p_{\text{data}}(x)/(p_{\text{data}}(x) + 0) = 1$.</Explanation>
 *
 * </Question>
 * </Quiz>
 * ```
 *
 * Everything in a `<Question>` that is not a `<Choice>` or the `<Explanation>` is the
 * prompt. A question takes one answer (radio buttons) unless it has `multiple`
 * (checkboxes, "select all that apply").
 *
 * Each question is a `<fieldset>` whose `<legend>` is the prompt. The static HTML holds
 * the choices and, in a `<details>`, the answer and explanation, so the quiz works
 * without JavaScript. Once the page has hydrated, the `<details>` gives way to a "Check"
 * button and a live region that announces "Correct" or "Not quite" with the explanation.
 * Malformed questions (no correct choice, several in a single-answer question, no
 * explanation) throw during render, which fails the build.
 *
 * In a note, each check records the quiz's score (questions whose last check was right,
 * of all questions) as the reader's last score on that note, and the line under the quiz
 * shows it. Both come from the page through `NoteProgressContext`
 * (src/theme/DocItem/Content, src/components/LastQuizScore), so the quiz, which is
 * bundled with each note that uses it, carries no progress code.
 */
import React, {
  Children,
  cloneElement,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useId,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import {NoteProgressContext} from '@site/src/utils/noteProgressContext';
import {useHydrated} from '@site/src/utils/useHydrated';
import styles from './styles.module.css';

export type ChoiceProps = {
  /**
   * Marks a right answer. A single-answer question has exactly one; a `multiple` question
   * has at least one.
   */
  correct?: boolean;
  /** The answer as the reader sees it (Markdown and inline math work). Keep it to one line. */
  children: ReactNode;
};

export type ExplanationProps = {
  /** Why the right answer is right, and why the tempting wrong ones are wrong (Markdown). */
  children: ReactNode;
};

export type QuestionProps = {
  /** Several answers may be right: checkboxes ("select all that apply") instead of radio buttons. */
  multiple?: boolean;
  /**
   * The prompt (any Markdown), the `<Choice>`s and exactly one `<Explanation>`. Anything
   * that is not a Choice or the Explanation is the prompt.
   */
  children: ReactNode;
  /** Number shown in the legend ("Question 2"). `<Quiz>` sets it; leave it out in notes. */
  number?: number;
};

export type QuizProps = {
  /** The `<Question>`s, and nothing else. */
  children: ReactNode;
};

// ---------------------------------------------------------------------------------------
// Reading the MDX children

/** Plain text of some React content, for error messages. */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

/** A readable rendering of simple TeX, e.g. `-\log 4 \approx -1.386` -> `-log 4 ≈ -1.386`. */
export function readableTex(tex: string): string {
  let out = tex;
  // Innermost first: \frac{a}{b} and \tfrac12 -> a/b, \sqrt{x} -> √(x).
  for (let i = 0; i < 4; i += 1) {
    out = out
      .replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)')
      .replace(/\\[dt]?frac(\d)(\d)/g, '$1/$2')
      .replace(/\\sqrt\{([^{}]*)\}/g, '√($1)');
  }
  const symbols: Record<string, string> = {
    approx: '≈',
    infty: '∞',
    mid: '|',
    cdot: '·',
    times: '×',
    le: '≤',
    ge: '≥',
    leq: '≤',
    geq: '≥',
    alpha: 'α',
    beta: 'β',
    theta: 'θ',
    phi: 'φ',
    epsilon: 'ε',
    sigma: 'σ',
    mu: 'μ',
    pi: 'π',
  };
  return out
    .replace(/\\([a-zA-Z]+)/g, (_, name: string) => (symbols[name] ? ` ${symbols[name]} ` : name))
    .replace(/\\[,;!: ]/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\((\w+|[\d.]+)\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/** The TeX source KaTeX keeps in its MathML annotation, or null when there is none. */
export function texAnnotation(html: string): string | null {
  const match = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(html);
  if (!match?.[1]) return null;
  return match[1].replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? entity;
  });
}

/**
 * The words a screen reader should hear for content that contains KaTeX math: the text,
 * with each formula read from its TeX source (KaTeX's visual HTML is aria-hidden, and
 * accessibility checkers do not compute names from MathML). Null when there is no math.
 */
export function spokenText(node: ReactNode): string | null {
  let hasMath = false;
  const walk = (n: ReactNode): string => {
    if (typeof n === 'string' || typeof n === 'number') return String(n);
    if (Array.isArray(n)) return n.map(walk).join('');
    if (
      !isValidElement<{
        children?: ReactNode;
        className?: string;
        dangerouslySetInnerHTML?: {__html?: unknown};
      }>(n)
    )
      return '';
    const className = n.props.className ?? '';
    if (className.split(' ').includes('katex-html')) return '';
    // A formula the build shipped as an HTML string (plugins/rehype-static-math.mjs).
    const html = n.props.dangerouslySetInnerHTML?.__html;
    if (typeof html === 'string') {
      const tex = texAnnotation(html);
      if (tex === null) return '';
      hasMath = true;
      return readableTex(tex);
    }
    if (n.type === 'annotation') {
      hasMath = true;
      return readableTex(textOf(n.props.children));
    }
    return walk(n.props.children);
  };
  const text = walk(node).replace(/\s+/g, ' ').trim();
  return hasMath ? text : null;
}

/** Nothing to show: the whitespace and line breaks MDX leaves between elements. */
function isBlank(node: ReactNode): boolean {
  return (
    node === null ||
    node === undefined ||
    typeof node === 'boolean' ||
    (typeof node === 'string' && node.trim() === '')
  );
}

function isElementOf<P>(node: ReactNode, type: (props: P) => ReactNode): node is ReactElement<P> {
  return isValidElement(node) && node.type === type;
}

function isParagraph(node: ReactNode): node is ReactElement<{children?: ReactNode}> {
  return isValidElement(node) && node.type === 'p';
}

/** The children of a lone paragraph, so that one-line Markdown stays phrasing content. */
function unwrapParagraph(children: ReactNode): ReactNode {
  const nodes = Children.toArray(children).filter((n) => !isBlank(n));
  const only = nodes[0];
  return nodes.length === 1 && isParagraph(only) ? only.props.children : children;
}

export type ParsedQuestion = {
  prompt: ReactNode[];
  choices: ChoiceProps[];
  explanations: ReactNode[];
};

/**
 * Splits a question's children into prompt, choices and explanation. MDX wraps a JSX
 * element written on one line (`<Choice>1</Choice>`) in a paragraph, so choices are also
 * lifted out of paragraphs; any other text of such a paragraph stays in the prompt.
 */
export function parseQuestion(children: ReactNode): ParsedQuestion {
  const parsed: ParsedQuestion = {prompt: [], choices: [], explanations: []};
  const take = (node: ReactNode): boolean => {
    if (isElementOf(node, Choice)) parsed.choices.push(node.props);
    else if (isElementOf(node, Explanation)) parsed.explanations.push(node.props.children);
    else return false;
    return true;
  };
  for (const node of Children.toArray(children)) {
    if (take(node)) continue;
    if (isParagraph(node)) {
      const parts = Children.toArray(node.props.children);
      if (parts.some((part) => isElementOf(part, Choice) || isElementOf(part, Explanation))) {
        const rest = parts.filter((part) => !take(part));
        if (rest.some((part) => !isBlank(part))) parsed.prompt.push(<p key={node.key}>{rest}</p>);
        continue;
      }
    }
    if (!isBlank(node)) parsed.prompt.push(node);
  }
  return parsed;
}

/** "Quiz: question 2 ("Where only real data occurs…")", to say which question is wrong. */
function questionName(number: number | undefined, prompt: ReactNode[]): string {
  const text = textOf(prompt).replace(/\s+/g, ' ').trim();
  const snippet = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return ['Quiz: question', number, snippet && `("${snippet}")`].filter(Boolean).join(' ');
}

/** Throws a clear message for a question that would mislead or break. */
export function validateQuestion(
  parsed: ParsedQuestion,
  {multiple = false, number}: Omit<QuestionProps, 'children'>,
) {
  const name = questionName(number, parsed.prompt);
  const correct = parsed.choices.filter((c) => c.correct).length;
  if (parsed.prompt.length === 0)
    throw new Error(`${name}: has no prompt; write the question before the choices.`);
  if (parsed.choices.length < 2) {
    throw new Error(`${name}: needs at least two <Choice>s, found ${parsed.choices.length}.`);
  }
  parsed.choices.forEach((choice, i) => {
    if (Children.toArray(choice.children).every(isBlank))
      throw new Error(`${name}: choice ${i + 1} is empty.`);
  });
  if (correct === 0)
    throw new Error(`${name}: has no correct choice. Mark the right answer with <Choice correct>.`);
  if (!multiple && correct > 1) {
    throw new Error(
      `${name}: has ${correct} correct choices but takes one answer. Keep one <Choice correct>, ` +
        'or add `multiple` to the <Question> for a "select all that apply" question.',
    );
  }
  if (parsed.explanations.length !== 1) {
    throw new Error(`${name}: needs exactly one <Explanation>, found ${parsed.explanations.length}.`);
  }
}

// ---------------------------------------------------------------------------------------
// Components

/** One answer of a `<Question>`; only meaningful inside one. */
export function Choice({children}: ChoiceProps): ReactNode {
  throw new Error(
    `Quiz: <Choice> ("${textOf(children).trim()}") must be placed directly inside a <Question>.`,
  );
}

/** The explanation of a `<Question>`, shown once the reader answers or asks for it. */
export function Explanation({children}: ExplanationProps): ReactNode {
  throw new Error(
    `Quiz: <Explanation> ("${textOf(children).trim().slice(0, 40)}") must be placed inside a <Question>.`,
  );
}

/** How a question tells its quiz the outcome of a check: right or not. */
const QuizReportContext = createContext<((number: number, right: boolean) => void) | null>(null);

type Outcome =
  {kind: 'empty'} | {kind: 'correct'} | {kind: 'wrong'; hits: number; misses: number} | {kind: 'revealed'};

function CheckIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" className={styles.icon} aria-hidden="true" focusable="false">
      <path d="M4 12.5 9.5 18 20 6.5" />
    </svg>
  );
}

function CrossIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" className={styles.icon} aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  );
}

function AnswerList({choices}: {choices: ChoiceProps[]}): ReactNode {
  const right = choices.filter((c) => c.correct);
  return (
    <>
      <strong>{right.length > 1 ? 'Answers:' : 'Answer:'}</strong>{' '}
      {right.map((choice, i) => (
        <React.Fragment key={i}>
          {i > 0 && '; '}
          {unwrapParagraph(choice.children)}
        </React.Fragment>
      ))}
    </>
  );
}

/** One question: a fieldset of radio buttons or checkboxes with a check and an explanation. */
export function Question({multiple = false, children, number}: QuestionProps): ReactNode {
  const parsed = parseQuestion(children);
  validateQuestion(parsed, {multiple, number});
  const {prompt, choices} = parsed;
  const explanation = parsed.explanations[0];
  const baseId = useId();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<number[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [markedSelection, setMarkedSelection] = useState<number[]>([]);
  const [attempt, setAttempt] = useState(0);
  const report = useContext(QuizReportContext);
  const totalRight = choices.filter((c) => c.correct).length;

  const choose = (index: number, on: boolean) => {
    setSelected((current) =>
      multiple
        ? on
          ? [...current, index].sort((a, b) => a - b)
          : current.filter((i) => i !== index)
        : [index],
    );
    if (outcome?.kind !== 'revealed') setOutcome(null);
    setMarkedSelection([]);
  };

  const check = () => {
    setAttempt((n) => n + 1);
    if (selected.length === 0) {
      setOutcome({kind: 'empty'});
      return;
    }
    const hits = selected.filter((i) => choices[i]?.correct).length;
    const misses = selected.length - hits;
    setMarkedSelection(selected);
    const right = hits === totalRight && misses === 0;
    setOutcome(right ? {kind: 'correct'} : {kind: 'wrong', hits, misses});
    if (number !== undefined) report?.(number, right);
  };

  const reveal = () => {
    setAttempt((n) => n + 1);
    setOutcome({kind: 'revealed'});
  };

  const markOf = (index: number): 'right' | 'wrong' | 'answer' | undefined => {
    const correct = choices[index]?.correct === true;
    if (outcome?.kind === 'revealed') return correct ? 'answer' : undefined;
    if (!markedSelection.includes(index)) return undefined;
    return correct ? 'right' : 'wrong';
  };

  const legendPrompt =
    prompt.length === 1 && isParagraph(prompt[0])
      ? prompt[0].props.children
      : prompt.map((node, i) =>
          isParagraph(node) ? (
            <span key={i} className={styles.promptBlock}>
              {node.props.children}
            </span>
          ) : (
            node
          ),
        );

  return (
    <fieldset className={styles.question}>
      <legend className={styles.legend}>
        {/* Spaces between the parts keep the group's accessible name readable. */}
        {number !== undefined && <span className={styles.number}>Question {number}</span>}{' '}
        <span className={styles.prompt}>{legendPrompt}</span>
        {multiple && (
          <>
            {' '}
            <span className={styles.hint}>Select all that apply.</span>
          </>
        )}
      </legend>
      <ul className={styles.choices}>
        {choices.map((choice, index) => {
          const mark = markOf(index);
          return (
            <li key={index} className={styles.choice} data-mark={mark}>
              <label className={styles.choiceLabel}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={baseId}
                  value={String(index)}
                  checked={selected.includes(index)}
                  onChange={(event) => choose(index, event.target.checked)}
                  className={styles.input}
                  aria-label={spokenText(choice.children) ?? undefined}
                />
                <span>{unwrapParagraph(choice.children)}</span>
              </label>
              {mark && (
                <span className={styles.mark}>
                  {mark === 'wrong' ? <CrossIcon /> : <CheckIcon />}
                  {mark === 'wrong' ? 'Not this one' : mark === 'right' ? 'Right' : 'Answer'}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {hydrated ? (
        <>
          <div className={styles.actions}>
            <button type="button" className="button button--primary button--sm" onClick={check}>
              Check
            </button>
            <button
              type="button"
              className="button button--outline button--primary button--sm"
              onClick={reveal}>
              Show answer
            </button>
          </div>
          <div className={styles.feedback} role="status" aria-live="polite">
            {outcome && (
              <Feedback
                key={attempt}
                outcome={outcome}
                multiple={multiple}
                totalRight={totalRight}
                choices={choices}
                explanation={explanation}
              />
            )}
          </div>
        </>
      ) : (
        <details className={styles.answer}>
          <summary>Show answer</summary>
          <div className={styles.answerBody}>
            <p>
              <AnswerList choices={choices} />
            </p>
            <div className={styles.explanation}>{explanation}</div>
          </div>
        </details>
      )}
    </fieldset>
  );
}

function Feedback({
  outcome,
  multiple,
  totalRight,
  choices,
  explanation,
}: {
  outcome: Outcome;
  multiple: boolean;
  totalRight: number;
  choices: ChoiceProps[];
  explanation: ReactNode;
}): ReactNode {
  if (outcome.kind === 'empty') {
    return (
      <p className={styles.verdict}>
        {multiple ? 'Choose at least one answer first.' : 'Choose an answer first.'}
      </p>
    );
  }
  if (outcome.kind === 'wrong') {
    const detail = multiple
      ? ` You found ${outcome.hits} of the ${totalRight} right answers` +
        (outcome.misses > 0
          ? ` and chose ${outcome.misses} that ${outcome.misses === 1 ? 'is' : 'are'} wrong.`
          : '.')
      : '';
    return (
      <div className={clsx('alert alert--danger', styles.feedbackBox)}>
        <p className={styles.verdict}>
          <CrossIcon />
          <span>
            <strong>Not quite.</strong>
            {detail} Try again, or show the answer.
          </span>
        </p>
      </div>
    );
  }
  const correct = outcome.kind === 'correct';
  return (
    <div className={clsx('alert', correct ? 'alert--success' : 'alert--info', styles.feedbackBox)}>
      <p className={styles.verdict}>
        <CheckIcon />
        <span>{correct ? <strong>Correct.</strong> : <AnswerList choices={choices} />}</span>
      </p>
      <div className={styles.explanation}>{explanation}</div>
    </div>
  );
}

/** A generous height guess for one question on a phone (see `Quiz`). */
const QUESTION_REM = 45;

/** A self-check: numbered `<Question>`s. */
export function Quiz({children}: QuizProps): ReactNode {
  const note = useContext(NoteProgressContext);
  const outcomes = useRef(new Map<number, boolean>());
  const nodes = Children.toArray(children).filter((node) => !isBlank(node));
  if (nodes.length === 0) throw new Error('Quiz: has no <Question>s.');
  const questions = nodes.map((node, i) => {
    if (!isElementOf(node, Question)) {
      const what = isValidElement(node)
        ? `<${typeof node.type === 'string' ? node.type : 'component'}>`
        : 'text';
      throw new Error(
        `Quiz: found ${what} ("${textOf(node).trim().slice(0, 40)}") between the questions; a <Quiz> holds only <Question>s.`,
      );
    }
    return cloneElement(node, {number: i + 1});
  });
  const total = questions.length;
  const report = useCallback(
    (number: number, right: boolean) => {
      outcomes.current.set(number, right);
      note?.recordQuizScore([...outcomes.current.values()].filter(Boolean).length, total);
    },
    [note, total],
  );
  // Far from the screen, a quiz with formulas skips rendering (src/css/custom.css) and
  // stands in with this height: a question is at most about 40rem tall on a phone.
  return (
    <QuizReportContext.Provider value={report}>
      <div
        className={styles.quiz}
        data-quiz=""
        style={{containIntrinsicHeight: `auto ${questions.length * QUESTION_REM}rem`}}>
        {questions}
        {note?.lastQuizScore}
      </div>
    </QuizReportContext.Provider>
  );
}

export default Quiz;
