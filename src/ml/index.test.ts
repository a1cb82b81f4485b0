// The worker-facing API: bad input is reported with a code and a message, a loss that
// stops being a number stops training with a reason, and a seed fixes the whole run.
import {describe, expect, it} from 'vitest';
import {MAX_TEXT_LENGTH, Trainer, createTrainer, normalizeText} from './index';
import type {TrainableModel} from './index';

function created<T>(result: {ok: true; trainer: T} | {ok: false; error: {message: string}}): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.trainer;
}

describe('createTrainer reports bad input', () => {
  it('a drawn data set with fewer than 10 points', () => {
    const result = createTrainer(
      {
        kind: 'gan',
        dataset: {
          kind: 'custom',
          points: [
            [0, 0],
            [1, 0],
            [0, 1],
          ],
        },
      },
      1,
    );
    expect(result).toEqual({
      ok: false,
      error: {code: 'too-few-points', message: 'Draw at least 10 points to train on; there are 3.'},
    });
    expect(createTrainer({kind: 'flow', dataset: {kind: 'custom', points: []}}, 1).ok).toBe(false);
  });

  it('pasted text that is too long', () => {
    const result = createTrainer({kind: 'char-transformer', text: 'a'.repeat(MAX_TEXT_LENGTH + 1)}, 1);
    expect(result.ok || result.error.code).toBe('text-too-long');
    expect(result.ok || result.error.message).toBe('The text has 100,001 characters; the limit is 100,000.');
  });

  it('pasted text with unsupported characters, each listed once', () => {
    const text = `${'Plain words. '.repeat(20)}Naïve café — “quoted” ✓ é`;
    const result = createTrainer({kind: 'char-transformer', text}, 1);
    if (result.ok) throw new Error('accepted unsupported characters');
    expect(result.error.code).toBe('unsupported-characters');
    expect(result.error.characters).toEqual(['ï', 'é', '—', '“', '”', '✓']);
    expect(result.error.message).toContain(
      '6 unsupported characters: "ï" (U+00EF), "é" (U+00E9), "—" (U+2014)',
    );
  });

  it('normalizeText fixes the typographic ones, not the letters', () => {
    expect(normalizeText('“Don’t” — he said…\r\n\tok')).toBe('"Don\'t" - he said...\n ok');
  });

  it('text that is too short, and settings out of range', () => {
    expect(createTrainer({kind: 'char-transformer', text: 'too short'}, 1)).toMatchObject({
      ok: false,
      error: {code: 'text-too-short'},
    });
    expect(createTrainer({kind: 'char-transformer', heads: 5}, 1)).toMatchObject({
      error: {code: 'invalid-config'},
    });
    expect(createTrainer({kind: 'gan', generatorLearningRate: 0}, 1)).toMatchObject({
      error: {code: 'invalid-config'},
    });
    expect(createTrainer({kind: 'flow', batchSize: 0.5}, 1)).toMatchObject({error: {code: 'invalid-config'}});
    expect(createTrainer({kind: 'gan'}, NaN)).toMatchObject({error: {code: 'invalid-config'}});
  });
});

describe('training that goes wrong stops with a reason', () => {
  it('a learning rate far too high: the loss becomes NaN and training stops', () => {
    const trainer = created(
      createTrainer({kind: 'flow', optimizer: 'sgd', learningRate: 1, hiddenUnits: 16, batchSize: 32}, 1),
    );
    const report = trainer.step(200);
    expect(report.error?.code).toBe('non-finite-loss');
    expect(report.stepsRun).toBeLessThan(200);
    expect(report.error?.step).toBe(report.step + 1);
    expect(report.error?.message).toMatch(
      /^Training stopped at step \d+: the (flow|diffusion) loss became (NaN|Infinity)\. The learning rate is probably too high/,
    );
    // Later calls run nothing and repeat the reason; the history holds only finite losses.
    expect(trainer.step(10)).toMatchObject({stepsRun: 0, error: report.error});
    expect(trainer.history.flow.every(Number.isFinite)).toBe(true);
  });

  it('stops at the first non-finite loss of any model', () => {
    let calls = 0;
    const model: TrainableModel<'a' | 'b'> = {
      lossNames: ['a', 'b'],
      trainStep: () => (++calls === 3 ? [1, Infinity] : [1, 2]),
    };
    const trainer = new Trainer('test', model);
    expect(trainer.step(5)).toMatchObject({
      stepsRun: 2,
      step: 2,
      losses: {a: 1, b: 2},
      error: {loss: 'b', step: 3},
    });
  });
});

describe('a seed fixes the run', () => {
  it('same seed, same losses; another seed, other losses', () => {
    const losses = (seed: number): number[][] => {
      const gan = created(createTrainer({kind: 'gan', hiddenUnits: 16, batchSize: 32}, seed));
      const flow = created(createTrainer({kind: 'flow', hiddenUnits: 16, batchSize: 32}, seed));
      const text = created(
        createTrainer(
          {
            kind: 'char-transformer',
            layers: 1,
            modelDimensions: 16,
            heads: 2,
            contextLength: 16,
            batchSize: 4,
          },
          seed,
        ),
      );
      gan.step(5);
      flow.step(5);
      text.step(3);
      return [
        gan.history.discriminator,
        gan.history.generator,
        flow.history.flow,
        flow.history.diffusion,
        text.history.loss,
      ];
    };
    expect(losses(7)).toEqual(losses(7));
    expect(losses(7)).not.toEqual(losses(8));
  });
});
