// @vitest-environment jsdom
// The flow playground's server HTML, its defaults against the engine's, and in the
// worker's handler: a too-high learning rate with plain SGD stops with a message.
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {FLOW_DEFAULTS} from '@site/src/ml';
import type {WorkerToPage} from '../protocol';
import {createPlaygroundHandler} from '../workerRuntime';
import FlowPlayground from '.';
import {flowAdapter} from './adapter';
import {FLOW_PAGE_DEFAULTS} from './presets';

describe('FlowPlayground', () => {
  it('renders its controls, a first picture of the moons and a status on the server', () => {
    const html = renderToString(<FlowPlayground />);
    for (const text of [
      'Train',
      'Sampling steps',
      'Learning rate',
      'Plain SGD',
      'Not trained yet',
      'src/ml/flow.ts',
    ])
      expect(html).toContain(text);
    expect(html.match(/data-static-picture="moons"/g)).toHaveLength(2);
  });

  it("starts from the engine's defaults", () => {
    expect(FLOW_PAGE_DEFAULTS).toMatchObject({
      optimizer: FLOW_DEFAULTS.optimizer,
      learningRate: FLOW_DEFAULTS.learningRate,
      dataset: FLOW_DEFAULTS.dataset.kind,
    });
  });

  it('plain SGD at learning rate 1: a non-finite loss stops training with a message; reset recovers', () => {
    const messages: WorkerToPage<'flow'>[] = [];
    const queue: (() => void)[] = [];
    const handle = createPlaygroundHandler(flowAdapter, {
      post: (m) => messages.push(m as WorkerToPage<'flow'>),
      schedule: (task) => queue.push(task),
    });
    const params = {...FLOW_PAGE_DEFAULTS, optimizer: 'sgd' as const, learningRate: 1, samplingSteps: 2};
    handle({type: 'init', run: 1, seed: 1, params});
    handle({type: 'step', steps: 200});
    while (queue.length > 0) queue.shift()?.();
    const error = messages.find((m) => m.type === 'error');
    expect(error).toMatchObject({error: {code: 'non-finite-loss'}});
    expect(error?.type === 'error' && error.error.message).toMatch(/learning rate is probably too high/);
    handle({type: 'train'});
    expect(messages.at(-1)).toMatchObject({type: 'error'});
    handle({type: 'reset', run: 2, seed: 1, params: {...FLOW_PAGE_DEFAULTS, samplingSteps: 2}});
    expect(messages.at(-2)).toMatchObject({type: 'ready', run: 2});
  }, 60_000);
});
