/**
 * Majority voting over N sampled answers (self-consistency), computed exactly and by
 * seeded simulation. Answer 0 is the right answer; answers 1…m are distinct wrong ones.
 * Each sample is drawn independently from the same distribution over answers. The vote
 * picks the answer that appears most often; a tie is broken uniformly at random among the
 * tied answers, and both the exact sum and the simulation count that tie-break exactly.
 */
import {createUniform} from '@site/src/utils/prng';

/** Limits of the explorer's controls (and of the exact computation's intended range). */
export const LIMITS = {
  minSamples: 1,
  maxSamples: 64,
  minWrongAnswers: 1,
  maxWrongAnswers: 10,
  maxSeed: 4294967295,
} as const;

/** Tolerance for probabilities that should add up to 1. */
const SUM_TOLERANCE = 1e-9;

/** The settings of one experiment, already checked. */
export type VoteSettings = {
  /** Chance that one sample gives the right answer, 0 to 1. */
  p: number;
  /** Number of distinct wrong answers, 1 to 10. */
  wrongAnswers: number;
  /** Share of the wrong answers' probability held by the most common wrong answer, 1/m to 1. */
  topWrongShare: number;
  /** Number of samples voted over, 1 to 64. */
  samples: number;
  /** Seed of the simulation, a whole number from 0 to 2^32 − 1. */
  seed: number;
};

/** A computed number for a message: rounding noise such as 1.2999999999999998 shows as 1.3. */
function show(value: number): string {
  return String(Number(value.toPrecision(6)));
}

function fail(message: string): never {
  throw new RangeError(message);
}

/** Throws unless `n` is a whole number of samples the explorer supports. */
export function checkSampleCount(n: number): void {
  if (!Number.isInteger(n) || n < LIMITS.minSamples || n > LIMITS.maxSamples)
    fail(`The number of samples N must be a whole number from 1 to 64, got ${n}.`);
}

/**
 * Throws unless `probabilities` is a distribution over answers: at least two entries,
 * none negative or non-finite, adding up to 1.
 */
export function checkDistribution(probabilities: readonly number[]): void {
  if (probabilities.length < 2)
    fail(`Give at least two answers (the right one and one wrong one), got ${probabilities.length}.`);
  let total = 0;
  probabilities.forEach((value, index) => {
    if (!Number.isFinite(value) || value < 0)
      fail(`The probability of answer ${index} must be a number from 0 to 1, got ${value}.`);
    total += value;
  });
  if (Math.abs(total - 1) > SUM_TOLERANCE)
    fail(`The answers' probabilities must add up to 1, but they add up to ${show(total)}.`);
}

/**
 * The distribution over answers: the right answer with probability p, and the remaining
 * 1 − p split among wrong answers in the given shares (which must add up to 1).
 */
export function answerDistribution(p: number, wrongShares: readonly number[]): number[] {
  if (!Number.isFinite(p) || p < 0 || p > 1)
    fail(`The chance p that one sample is right must lie between 0 and 1, got ${p}.`);
  if (wrongShares.length === 0) fail('Give the share of at least one wrong answer.');
  let total = 0;
  for (const share of wrongShares) {
    if (!Number.isFinite(share) || share < 0)
      fail(`Each wrong answer's share must be a number from 0 to 1, got ${share}.`);
    total += share;
  }
  if (total > 1 + SUM_TOLERANCE)
    fail(`The wrong answers' shares add up to ${show(total)}, more than 1: they split 1 − p between them.`);
  if (total < 1 - SUM_TOLERANCE)
    fail(
      `The wrong answers' shares add up to ${show(total)}, less than 1: every wrong sample must land somewhere.`,
    );
  return [p, ...wrongShares.map((share) => (1 - p) * share)];
}

/**
 * Shares of m wrong answers when the most common one holds `topShare` of the wrong
 * probability and the others split the rest evenly. Needs 1/m ≤ topShare ≤ 1 (the most
 * common answer cannot hold less than an even split), and topShare = 1 when m = 1.
 */
export function wrongSharesFromTop(wrongAnswers: number, topShare: number): number[] {
  if (
    !Number.isInteger(wrongAnswers) ||
    wrongAnswers < LIMITS.minWrongAnswers ||
    wrongAnswers > LIMITS.maxWrongAnswers
  )
    fail(`The number of wrong answers m must be a whole number from 1 to 10, got ${wrongAnswers}.`);
  if (!Number.isFinite(topShare) || topShare > 1 + SUM_TOLERANCE)
    fail(`The most common wrong answer's share must be at most 1, got ${topShare}.`);
  if (topShare < 1 / wrongAnswers - SUM_TOLERANCE)
    fail(
      `With m = ${wrongAnswers} wrong answers the most common one holds at least 1/${wrongAnswers} of their share, got ${topShare}.`,
    );
  if (wrongAnswers === 1) return [1];
  const rest = (1 - Math.min(1, topShare)) / (wrongAnswers - 1);
  return [Math.min(1, topShare), ...Array.from({length: wrongAnswers - 1}, () => rest)];
}

/** The distribution over answers for a checked set of settings. */
export function distributionFor(
  settings: Pick<VoteSettings, 'p' | 'wrongAnswers' | 'topWrongShare'>,
): number[] {
  return answerDistribution(settings.p, wrongSharesFromTop(settings.wrongAnswers, settings.topWrongShare));
}

/** log(k!) for k = 0…n, by summing logarithms (exact enough for n ≤ 64 and beyond). */
function logFactorials(n: number): number[] {
  const table = [0];
  for (let k = 1; k <= n; k++) table.push((table[k - 1] ?? 0) + Math.log(k));
  return table;
}

/**
 * Probability that the majority vote over `n` independent samples picks the right answer
 * (answer 0), with ties broken uniformly at random among the tied answers.
 *
 * Exact sum over all multinomial outcomes, organised so it stays fast: for each count c of
 * right answers, a dynamic programme runs over the wrong answers, each allowed at most c
 * votes, and tracks how many of them tie with the right answer at exactly c (the right
 * answer then wins with probability 1/(1 + ties)). The multinomial coefficient is split
 * into factors q^k / k!, and n! is applied once at the end.
 */
export function majorityVoteAccuracy(probabilities: readonly number[], n: number): number {
  checkDistribution(probabilities);
  checkSampleCount(n);
  const [p = 0, ...wrong] = probabilities;
  const logFact = logFactorials(n);
  // term(q, k) = q^k / k!, with 0^0 = 1.
  const term = (q: number, k: number) =>
    k === 0 ? 1 : q === 0 ? 0 : Math.exp(k * Math.log(q) - (logFact[k] ?? 0));
  const m = wrong.length;
  let total = 0;
  for (let c = 1; c <= n; c++) {
    const right = term(p, c);
    if (right === 0) continue;
    const left = n - c; // votes the wrong answers share
    // ways[s][t]: sum over wrong counts so far, using s votes, with t of them tied at c.
    let ways: number[][] = Array.from({length: left + 1}, () => new Array<number>(m + 1).fill(0));
    (ways[0] as number[])[0] = 1;
    for (const q of wrong) {
      const next: number[][] = Array.from({length: left + 1}, () => new Array<number>(m + 1).fill(0));
      for (let s = 0; s <= left; s++) {
        const row = ways[s] as number[];
        for (let t = 0; t <= m; t++) {
          const value = row[t] ?? 0;
          if (value === 0) continue;
          for (let k = 0; k <= Math.min(c, left - s); k++) {
            const weight = term(q, k);
            if (weight === 0) break; // q = 0: only k = 0 contributes
            const target = next[s + k] as number[];
            const tied = k === c ? t + 1 : t;
            target[tied] = (target[tied] ?? 0) + value * weight;
          }
        }
      }
      ways = next;
    }
    const complete = ways[left] as number[];
    let favourable = 0;
    for (let t = 0; t <= m; t++) favourable += (complete[t] ?? 0) / (t + 1);
    total += right * favourable;
  }
  // Multiply by n! (in logs, then back), and keep rounding from leaving [0, 1].
  const accuracy = total * Math.exp(logFact[n] ?? 0);
  return Math.min(1, Math.max(0, accuracy));
}

/** One simulated vote: the index of the winning answer. */
function oneVote(cumulative: readonly number[], n: number, uniform: () => number, counts: number[]): number {
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const u = uniform();
    let answer = cumulative.length - 1;
    for (let a = 0; a < cumulative.length; a++) {
      if (u < (cumulative[a] ?? 1)) {
        answer = a;
        break;
      }
    }
    counts[answer] = (counts[answer] ?? 0) + 1;
  }
  let best = -1;
  let tied = 0;
  let winner = 0;
  // Reservoir choice among tied answers: each of the t tied answers wins with chance 1/t.
  for (let a = 0; a < counts.length; a++) {
    const count = counts[a] ?? 0;
    if (count > best) {
      best = count;
      tied = 1;
      winner = a;
    } else if (count === best) {
      tied += 1;
      if (uniform() * tied < 1) winner = a;
    }
  }
  return winner;
}

/** Result of a simulation: how often the vote was right, and its standard error. */
export type SimulationResult = {trials: number; correct: number; accuracy: number; standardError: number};

/**
 * Runs `trials` votes of `n` samples each with a generator seeded by `seed`, so the same
 * seed always gives the same result (on the server, in the browser and in tests).
 */
export function simulateMajorityVote(
  probabilities: readonly number[],
  n: number,
  trials: number,
  seed: number,
): SimulationResult {
  checkDistribution(probabilities);
  checkSampleCount(n);
  if (!Number.isInteger(trials) || trials < 1 || trials > 100000)
    fail(`The number of simulated votes must be a whole number from 1 to 100,000, got ${trials}.`);
  if (!Number.isInteger(seed) || seed < 0 || seed > LIMITS.maxSeed)
    fail(`The seed must be a whole number from 0 to ${LIMITS.maxSeed}, got ${seed}.`);
  const uniform = createUniform(seed);
  const cumulative: number[] = [];
  let running = 0;
  for (const probability of probabilities) {
    running += probability;
    cumulative.push(running);
  }
  // Answers with probability 0 can never be drawn, even through rounding at the top end.
  const counts = new Array<number>(probabilities.length).fill(0);
  let correct = 0;
  for (let trial = 0; trial < trials; trial++) {
    if (oneVote(cumulative, n, uniform, counts) === 0) correct += 1;
  }
  const accuracy = correct / trials;
  return {trials, correct, accuracy, standardError: Math.sqrt((accuracy * (1 - accuracy)) / trials)};
}

/** Does voting help, hurt, or stay level as N grows, and why. */
export type VoteVerdict = 'helps' | 'hurts' | 'level';

/**
 * The long-run verdict: voting converges to the right answer when it is more likely than
 * every single wrong answer, and to the most common wrong answer when that one is more
 * likely than the right answer.
 */
export function voteVerdict(probabilities: readonly number[]): {verdict: VoteVerdict; topWrong: number} {
  checkDistribution(probabilities);
  const [p = 0, ...wrong] = probabilities;
  const topWrong = Math.max(...wrong);
  const gap = p - topWrong;
  if (Math.abs(gap) < 1e-12) return {verdict: 'level', topWrong};
  return {verdict: gap > 0 ? 'helps' : 'hurts', topWrong};
}

/** What the reader typed or slid, before checking. */
export type RawSettings = {
  p: string;
  wrongAnswers: string;
  topWrongShare: string;
  samples: string;
  seed: string;
};

/** Either checked settings (with notes on anything clamped) or the problems, in words. */
export type ReadResult =
  {ok: true; settings: VoteSettings; notes: string[]} | {ok: false; problems: string[]; notes: string[]};

function parse(raw: string): number {
  const trimmed = raw.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function two(value: number): string {
  return value.toFixed(2);
}

/**
 * Reads the controls: clamps every value into its range (saying so in a note), rounds
 * whole-number fields, and reports a configuration that cannot exist (a missing number,
 * or a most common wrong answer holding less than an even share) as a problem in words.
 */
export function readSettings(raw: RawSettings): ReadResult {
  const notes: string[] = [];
  const problems: string[] = [];

  let p = parse(raw.p);
  if (!Number.isFinite(p)) problems.push('Type the chance p that one sample is right, a number from 0 to 1.');
  else if (p < 0 || p > 1) {
    const clamped = Math.min(1, Math.max(0, p));
    notes.push(`p is a probability, so ${raw.p.trim()} was read as ${two(clamped)}.`);
    p = clamped;
  }

  let m = parse(raw.wrongAnswers);
  if (!Number.isFinite(m)) problems.push('Choose how many distinct wrong answers there are, from 1 to 10.');
  else {
    const clamped = Math.min(LIMITS.maxWrongAnswers, Math.max(LIMITS.minWrongAnswers, Math.round(m)));
    if (clamped !== m)
      notes.push(
        `The number of wrong answers must be a whole number from 1 to 10; it was read as ${clamped}.`,
      );
    m = clamped;
  }

  let top = parse(raw.topWrongShare);
  if (!Number.isFinite(top))
    problems.push('Type the share of the most common wrong answer, a number from 0 to 1.');
  else if (top < 0 || top > 1) {
    const clamped = Math.min(1, Math.max(0, top));
    notes.push(`A share lies between 0 and 1, so ${raw.topWrongShare.trim()} was read as ${two(clamped)}.`);
    top = clamped;
  }
  if (Number.isFinite(m) && Number.isFinite(top)) {
    if (m === 1 && top < 1) {
      notes.push('With a single wrong answer it holds all of the wrong share, so the share is 1.');
      top = 1;
    } else if (top < 1 / m - SUM_TOLERANCE) {
      problems.push(
        `Impossible: with ${m} wrong answers the most common one holds at least 1/${m} = ${two(1 / m)} of the wrong share, ` +
          `because the others cannot each hold more than it does. Raise the share to ${two(Math.ceil((100 - 1e-9) / m) / 100)} or more, or choose fewer wrong answers.`,
      );
    }
  }

  let n = parse(raw.samples);
  if (!Number.isFinite(n)) problems.push('Type the number of samples N, a whole number from 1 to 64.');
  else {
    const clamped = Math.min(LIMITS.maxSamples, Math.max(LIMITS.minSamples, Math.round(n)));
    if (clamped !== n)
      notes.push(`N must be a whole number from 1 to 64; ${raw.samples.trim()} was read as ${clamped}.`);
    n = clamped;
  }

  let seed = parse(raw.seed);
  if (!Number.isFinite(seed)) problems.push(`Type a seed, a whole number from 0 to ${LIMITS.maxSeed}.`);
  else {
    const clamped = Math.min(LIMITS.maxSeed, Math.max(0, Math.round(seed)));
    if (clamped !== seed)
      notes.push(`The seed must be a whole number from 0 to ${LIMITS.maxSeed}; it was read as ${clamped}.`);
    seed = clamped;
  }

  if (problems.length > 0) return {ok: false, problems, notes};
  return {ok: true, settings: {p, wrongAnswers: m, topWrongShare: top, samples: n, seed}, notes};
}

function three(value: number): string {
  return value.toFixed(3);
}

/**
 * One or two sentences for the reader: whether voting helps or hurts with these answer
 * probabilities and why, then what it does at the current N.
 */
export function verdictSentence(probabilities: readonly number[], n: number, exact: number): string {
  const {verdict, topWrong} = voteVerdict(probabilities);
  const p = probabilities[0] ?? 0;
  let why: string;
  if (verdict === 'helps') {
    why =
      `Voting helps here: the right answer (${three(p)}) is more likely than every single wrong answer ` +
      `(the most common has ${three(topWrong)}), so the more samples you take, the more often it collects the most votes` +
      (p < 0.5 ? ', even though one sample is right less than half the time.' : '.');
  } else if (verdict === 'hurts') {
    why =
      `Voting hurts here: one wrong answer (${three(topWrong)}) is more likely than the right one (${three(p)}), ` +
      'so the more samples you take, the more often that wrong answer wins the vote, and the accuracy heads toward 0.';
  } else {
    why =
      `Voting cannot settle this: the right answer and the most common wrong answer are equally likely (${three(p)}), ` +
      'so with many samples the vote goes to one or the other about equally often.';
  }
  let now: string;
  if (n === 1) now = 'With N = 1 there is nothing to vote over: the vote is the single sample.';
  else if (n === 2) now = 'At N = 2 a split vote is a coin flip, so two samples are exactly as good as one.';
  else now = `At N = ${n} the vote is right ${three(exact)} of the time, against ${three(p)} for one sample.`;
  return `${why} ${now}`;
}
