import {describe, expect, it} from 'vitest';
import {
  answerDistribution,
  distributionFor,
  majorityVoteAccuracy,
  readSettings,
  simulateMajorityVote,
  voteVerdict,
  wrongSharesFromTop,
  verdictSentence,
  type RawSettings,
} from './selfConsistency';

const DEFAULT_RAW: RawSettings = {
  p: '0.4',
  wrongAnswers: '5',
  topWrongShare: '0.4',
  samples: '15',
  seed: '42',
};

function accuracies(probabilities: readonly number[], from = 1, to = 64): number[] {
  const values: number[] = [];
  for (let n = from; n <= to; n++) values.push(majorityVoteAccuracy(probabilities, n));
  return values;
}

describe('majorityVoteAccuracy: small cases worked by hand', () => {
  it('one sample is right with probability p', () => {
    expect(majorityVoteAccuracy([0.37, 0.63], 1)).toBeCloseTo(0.37, 14);
    expect(majorityVoteAccuracy([0.2, 0.5, 0.3], 1)).toBeCloseTo(0.2, 14);
  });

  it('two answers, p = 0.6, N = 3: p³ + 3p²(1 − p) = 0.648', () => {
    expect(majorityVoteAccuracy([0.6, 0.4], 3)).toBeCloseTo(0.648, 14);
  });

  it('two samples never beat one: a split vote is a coin flip, so the accuracy is p², plus p(1 − p)', () => {
    // Both right: p². One right and one wrong (probability 2pq for each wrong answer q): a
    // two-way tie, won half the time. Total p² + p(1 − p) = p.
    expect(majorityVoteAccuracy([0.5, 0.3, 0.2], 2)).toBeCloseTo(0.5, 14);
    expect(majorityVoteAccuracy([0.3, 0.6, 0.1], 2)).toBeCloseTo(0.3, 14);
  });

  it('p = 1/2 and two wrong answers of 1/4, N = 3: 0.5 + 0.0625 = 0.5625', () => {
    // Two or three right votes: 3·(1/4)·(1/2) + 1/8 = 1/2. One right vote wins only in a
    // three-way tie (one vote each): 3·(1/2)·2·(1/4)·(1/4) = 3/16, won a third of the time.
    expect(majorityVoteAccuracy([0.5, 0.25, 0.25], 3)).toBeCloseTo(0.5625, 14);
  });

  it('three answers at 1/3 each, N = 3: 1/3 by symmetry', () => {
    expect(majorityVoteAccuracy([1 / 3, 1 / 3, 1 / 3], 3)).toBeCloseTo(1 / 3, 12);
  });

  it('is 0 when p = 0 and 1 when p = 1, for every N', () => {
    for (const n of [1, 2, 7, 64]) {
      expect(majorityVoteAccuracy([0, 0.5, 0.5], n)).toBe(0);
      expect(majorityVoteAccuracy([1, 0, 0], n)).toBeCloseTo(1, 12);
    }
  });

  it('matches the binomial tail for two answers and odd N (N = 9, p = 0.55)', () => {
    let tail = 0;
    const binomial = (n: number, k: number) => {
      let value = 1;
      for (let i = 1; i <= k; i++) value = (value * (n - k + i)) / i;
      return value;
    };
    for (let k = 5; k <= 9; k++) tail += binomial(9, k) * 0.55 ** k * 0.45 ** (9 - k);
    expect(majorityVoteAccuracy([0.55, 0.45], 9)).toBeCloseTo(tail, 12);
  });
});

describe('simulation', () => {
  it('agrees with the exact value within four standard errors', () => {
    const cases: [number[], number][] = [
      [distributionFor({p: 0.4, wrongAnswers: 5, topWrongShare: 0.4}), 15],
      [distributionFor({p: 0.3, wrongAnswers: 4, topWrongShare: 0.6}), 8],
      [distributionFor({p: 0.5, wrongAnswers: 2, topWrongShare: 0.5}), 2],
      [[0.25, 0.25, 0.25, 0.25], 4],
    ];
    cases.forEach(([probabilities, n], index) => {
      const exact = majorityVoteAccuracy(probabilities, n);
      const simulated = simulateMajorityVote(probabilities, n, 20000, 7 + index);
      expect(Math.abs(simulated.accuracy - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 20000));
    });
  });

  it('gives the same result for the same seed and a different one for another seed', () => {
    const probabilities = distributionFor({p: 0.4, wrongAnswers: 5, topWrongShare: 0.4});
    const a = simulateMajorityVote(probabilities, 15, 2000, 42);
    expect(simulateMajorityVote(probabilities, 15, 2000, 42)).toEqual(a);
    expect(simulateMajorityVote(probabilities, 15, 2000, 43).correct).not.toBe(a.correct);
    expect(a.standardError).toBeCloseTo(Math.sqrt((a.accuracy * (1 - a.accuracy)) / 2000), 14);
  });

  it('never draws an answer with probability 0', () => {
    expect(simulateMajorityVote([1, 0], 5, 500, 1).correct).toBe(500);
    expect(simulateMajorityVote([0, 1], 5, 500, 1).correct).toBe(0);
  });
});

describe('how accuracy changes with N', () => {
  it('never falls as N grows when the right answer beats every single wrong answer', () => {
    const cases = [
      distributionFor({p: 0.4, wrongAnswers: 5, topWrongShare: 0.4}), // p < 1/2, wrong answers scattered
      distributionFor({p: 0.2, wrongAnswers: 10, topWrongShare: 0.1}), // ten wrong answers of 0.08
      [0.6, 0.4],
    ];
    for (const probabilities of cases) {
      const values = accuracies(probabilities);
      for (let i = 1; i < values.length; i++)
        expect(values[i] ?? 0).toBeGreaterThanOrEqual((values[i - 1] ?? 0) - 1e-12);
      expect(values[63] ?? 0).toBeGreaterThan((probabilities[0] ?? 0) + 0.2);
      expect(voteVerdict(probabilities).verdict).toBe('helps');
    }
  });

  it('falls as N grows when one wrong answer is more likely than the right one', () => {
    // Two answers: never rises, and odd N strictly falls.
    const binary = accuracies([0.4, 0.6]);
    for (let i = 1; i < binary.length; i++)
      expect(binary[i] ?? 0).toBeLessThanOrEqual((binary[i - 1] ?? 0) + 1e-12);
    // Many answers: a small early gain is possible, but from N = 10 on it only falls.
    const probabilities = distributionFor({p: 0.3, wrongAnswers: 4, topWrongShare: 0.6}); // top wrong 0.42
    const values = accuracies(probabilities, 10);
    for (let i = 1; i < values.length; i++) expect(values[i] ?? 0).toBeLessThan(values[i - 1] ?? 0);
    expect(majorityVoteAccuracy(probabilities, 64)).toBeLessThan(0.3 - 0.1);
    expect(voteVerdict(probabilities)).toEqual({verdict: 'hurts', topWrong: expect.closeTo(0.42, 12)});
  });

  it('calls a tie between the right answer and the top wrong answer level', () => {
    expect(voteVerdict([0.4, 0.4, 0.2]).verdict).toBe('level');
  });
});

describe('validation', () => {
  it('rejects p outside 0 to 1', () => {
    expect(() => answerDistribution(1.2, [1])).toThrow(/between 0 and 1, got 1.2/);
    expect(() => answerDistribution(-0.1, [1])).toThrow(/between 0 and 1/);
    expect(() => answerDistribution(Number.NaN, [1])).toThrow(/between 0 and 1/);
  });

  it('rejects wrong-answer shares that add up to more (or less) than 1', () => {
    expect(() => answerDistribution(0.5, [0.7, 0.6])).toThrow(/add up to 1.3, more than 1/);
    expect(() => answerDistribution(0.5, [0.3, 0.3])).toThrow(/less than 1/);
    expect(() => answerDistribution(0.5, [1.2, -0.2])).toThrow(/from 0 to 1, got -0.2/);
    expect(answerDistribution(0.4, [0.5, 0.5])).toEqual([0.4, 0.3, 0.3]);
  });

  it('rejects a distribution that does not add up to 1', () => {
    expect(() => majorityVoteAccuracy([0.6, 0.6], 3)).toThrow(/add up to 1\.2/);
    expect(() => majorityVoteAccuracy([1], 3)).toThrow(/at least two answers/);
  });

  it('rejects N out of range or not whole', () => {
    expect(() => majorityVoteAccuracy([0.5, 0.5], 0)).toThrow(/from 1 to 64, got 0/);
    expect(() => majorityVoteAccuracy([0.5, 0.5], 65)).toThrow(/from 1 to 64, got 65/);
    expect(() => majorityVoteAccuracy([0.5, 0.5], 2.5)).toThrow(/whole number/);
    expect(() => simulateMajorityVote([0.5, 0.5], 65, 10, 1)).toThrow(/from 1 to 64/);
  });

  it('rejects a most common wrong answer holding less than an even split', () => {
    expect(() => wrongSharesFromTop(4, 0.2)).toThrow(/at least 1\/4/);
    expect(wrongSharesFromTop(4, 0.25)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(wrongSharesFromTop(1, 1)).toEqual([1]);
    expect(() => wrongSharesFromTop(11, 0.5)).toThrow(/from 1 to 10/);
  });
});

describe('readSettings', () => {
  it('reads the defaults', () => {
    expect(readSettings(DEFAULT_RAW)).toEqual({
      ok: true,
      settings: {p: 0.4, wrongAnswers: 5, topWrongShare: 0.4, samples: 15, seed: 42},
      notes: [],
    });
  });

  it('clamps out-of-range numbers and says so', () => {
    const result = readSettings({...DEFAULT_RAW, p: '1.5', samples: '100', seed: '-3'});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toMatchObject({p: 1, samples: 64, seed: 0});
    expect(result.notes).toEqual([
      'p is a probability, so 1.5 was read as 1.00.',
      'N must be a whole number from 1 to 64; 100 was read as 64.',
      'The seed must be a whole number from 0 to 4294967295; it was read as 0.',
    ]);
  });

  it('rounds N to a whole number', () => {
    const result = readSettings({...DEFAULT_RAW, samples: '7.6'});
    expect(result.ok && result.settings.samples).toBe(8);
  });

  it('reports an empty field or an impossible share in words, never NaN', () => {
    const empty = readSettings({...DEFAULT_RAW, p: '', samples: 'abc'});
    expect(empty).toEqual({
      ok: false,
      problems: [
        'Type the chance p that one sample is right, a number from 0 to 1.',
        'Type the number of samples N, a whole number from 1 to 64.',
      ],
      notes: [],
    });
    const impossible = readSettings({...DEFAULT_RAW, wrongAnswers: '4', topWrongShare: '0.1'});
    expect(impossible.ok).toBe(false);
    if (impossible.ok) return;
    expect(impossible.problems[0]).toMatch(
      /^Impossible: with 4 wrong answers the most common one holds at least 1\/4 = 0\.25/,
    );
    expect(impossible.problems.join(' ')).not.toMatch(/NaN|Infinity/);
  });

  it('sets the share to 1 when there is a single wrong answer', () => {
    const result = readSettings({...DEFAULT_RAW, wrongAnswers: '1', topWrongShare: '0.3'});
    expect(result.ok && result.settings.topWrongShare).toBe(1);
    expect(result.notes).toEqual([
      'With a single wrong answer it holds all of the wrong share, so the share is 1.',
    ]);
  });
});

describe('verdictSentence', () => {
  it('says voting helps, and why, when the right answer beats every wrong answer', () => {
    const probabilities = distributionFor({p: 0.4, wrongAnswers: 5, topWrongShare: 0.4});
    const exact = majorityVoteAccuracy(probabilities, 15);
    expect(verdictSentence(probabilities, 15, exact)).toBe(
      'Voting helps here: the right answer (0.400) is more likely than every single wrong answer (the most common has 0.240), ' +
        'so the more samples you take, the more often it collects the most votes, even though one sample is right less than half the time. ' +
        'At N = 15 the vote is right 0.754 of the time, against 0.400 for one sample.',
    );
  });

  it('says voting hurts, and why, when a wrong answer beats the right one', () => {
    const probabilities = [0.3, 0.45, 0.25];
    expect(verdictSentence(probabilities, 2, majorityVoteAccuracy(probabilities, 2))).toBe(
      'Voting hurts here: one wrong answer (0.450) is more likely than the right one (0.300), so the more samples you take, ' +
        'the more often that wrong answer wins the vote, and the accuracy heads toward 0. ' +
        'At N = 2 a split vote is a coin flip, so two samples are exactly as good as one.',
    );
  });
});
