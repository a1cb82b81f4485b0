// The worker's message handler, driven directly in Node as the page would drive it: init,
// step, train, pause, reset, bad input and a run that turns NaN. Timers are replaced by a
// queue the test empties, and the clock advances 10 ms per reading.
import {describe, expect, it} from 'vitest';
import type {PageToWorker, PlaygroundKind, WorkerToPage} from './protocol';
import {createPlaygroundHandler} from './workerRuntime';
import {ganAdapter} from './GanPlayground/adapter';
import {GAN_PAGE_DEFAULTS} from './GanPlayground/presets';

type Message = WorkerToPage<PlaygroundKind>;

function harness() {
  const messages: Message[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const handle = createPlaygroundHandler(ganAdapter, {
    post: (message) => messages.push(message),
    schedule: (task) => queue.push(task),
    now: () => (clock += 10),
    chunkMs: 25,
  });
  return {
    messages,
    send: (message: PageToWorker<'gan'>) => handle(message),
    /** Runs up to `limit` scheduled chunks. */
    run(limit = 1000) {
      for (let i = 0; i < limit && queue.length > 0; i++) queue.shift()?.();
    },
    pending: () => queue.length,
    losses: () => messages.flatMap((m) => (m.type === 'progress' ? (m.newLosses.discriminator ?? []) : [])),
  };
}

describe('the playground worker protocol (GAN)', {timeout: 60_000}, () => {
  it('init answers ready and a first snapshot; Step runs exactly that many steps, then pauses', () => {
    const h = harness();
    h.send({type: 'init', run: 1, seed: 4, params: GAN_PAGE_DEFAULTS});
    expect(h.messages.map((m) => m.type)).toEqual(['ready', 'snapshot']);
    h.send({type: 'step', steps: 7});
    h.run();
    expect(h.losses()).toHaveLength(7);
    const last = h.messages.filter((m) => m.type === 'progress').at(-1);
    expect(last).toMatchObject({step: 7, running: false});
    // The final snapshot comes just before the final progress, which the page reads as "paused".
    expect(h.messages.at(-2)?.type).toBe('snapshot');
    expect(h.messages.at(-1)).toMatchObject({type: 'progress', running: false});
  });

  it('the same seed gives the same losses; another seed does not', () => {
    const run = (seed: number) => {
      const h = harness();
      h.send({type: 'init', run: 1, seed, params: GAN_PAGE_DEFAULTS});
      h.send({type: 'step', steps: 5});
      h.run();
      return h.losses();
    };
    expect(run(9)).toEqual(run(9));
    expect(run(9)).not.toEqual(run(10));
  });

  it('Train runs until Pause; after Pause no chunk runs and the step stays put', () => {
    const h = harness();
    h.send({type: 'init', run: 1, seed: 1, params: GAN_PAGE_DEFAULTS});
    h.send({type: 'train'});
    h.run(3);
    expect(h.pending()).toBe(1);
    const running = h.messages.filter((m) => m.type === 'progress');
    expect(running.every((m) => m.type === 'progress' && m.running)).toBe(true);
    h.send({type: 'pause'});
    const paused = h.messages.filter((m) => m.type === 'progress').at(-1);
    expect(paused).toMatchObject({running: false});
    const count = h.messages.length;
    h.run();
    expect(h.messages).toHaveLength(count);
  });

  it('reset starts again from step 0 and reproduces the first run', () => {
    const h = harness();
    h.send({type: 'init', run: 1, seed: 3, params: GAN_PAGE_DEFAULTS});
    h.send({type: 'step', steps: 4});
    h.run();
    const first = h.losses();
    h.messages.length = 0;
    h.send({type: 'reset', run: 2, seed: 3, params: GAN_PAGE_DEFAULTS});
    expect(h.messages[0]).toMatchObject({type: 'ready', step: 0});
    h.send({type: 'step', steps: 4});
    h.run();
    expect(h.losses()).toEqual(first);
  });

  it('too few drawn points: a clear error at init, repeated on Train, until a reset with good data', () => {
    const h = harness();
    const few = {...GAN_PAGE_DEFAULTS, dataset: 'custom' as const, customPoints: [0, 0, 1, 1, 2, 2]};
    h.send({type: 'init', run: 1, seed: 1, params: few});
    expect(h.messages[0]).toMatchObject({type: 'error', error: {code: 'too-few-points'}});
    h.send({type: 'train'});
    expect(h.messages[1]).toMatchObject({type: 'error', error: {code: 'too-few-points'}});
    h.send({type: 'reset', run: 2, seed: 1, params: GAN_PAGE_DEFAULTS});
    expect(h.messages[2]).toMatchObject({type: 'ready'});
  });
});
