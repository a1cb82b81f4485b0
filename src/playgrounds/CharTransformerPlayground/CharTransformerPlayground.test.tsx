// @vitest-environment jsdom
// The transformer playground's server HTML and its limits against the engine's; in the
// worker's handler, pasted text with unsupported characters or too long is refused with
// a message, and the built-in text trains and samples.
import React from 'react';
import {renderToString} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {MAX_TEXT_LENGTH, MIN_TEXT_LENGTH} from '@site/src/ml';
import type {WorkerToPage} from '../protocol';
import {createPlaygroundHandler} from '../workerRuntime';
import CharTransformerPlayground from '.';
import {charTransformerAdapter} from './adapter';
import {CHAR_PAGE_DEFAULTS, TEXT_LIMITS} from './presets';

function harness() {
  const messages: WorkerToPage<'char-transformer'>[] = [];
  const queue: (() => void)[] = [];
  const handle = createPlaygroundHandler(charTransformerAdapter, {
    post: (m) => messages.push(m as WorkerToPage<'char-transformer'>),
    schedule: (task) => queue.push(task),
  });
  const drain = () => {
    while (queue.length > 0) queue.shift()?.();
  };
  return {messages, handle, drain};
}

describe('CharTransformerPlayground', () => {
  it('renders its controls, the text and its licence, and a status on the server', () => {
    const html = renderToString(<CharTransformerPlayground />);
    for (const text of [
      'Train',
      'Temperature',
      'Ecclesiastes (King James Version)',
      'letters patent',
      'Not trained yet',
    ])
      expect(html).toContain(text);
    expect(TEXT_LIMITS).toEqual({min: MIN_TEXT_LENGTH, max: MAX_TEXT_LENGTH});
  });

  it('refuses pasted text with unsupported characters, naming them, and text that is too long', () => {
    const h = harness();
    const accented = `${'The cafe was open. '.repeat(12)}Naïve café — €5`;
    h.handle({type: 'init', run: 1, seed: 1, params: {...CHAR_PAGE_DEFAULTS, text: accented}});
    const first = h.messages[0];
    expect(first).toMatchObject({type: 'error', error: {code: 'unsupported-characters'}});
    expect(first?.type === 'error' && first.error.message).toContain('"ï" (U+00EF)');
    h.handle({
      type: 'reset',
      run: 2,
      seed: 1,
      params: {...CHAR_PAGE_DEFAULTS, text: 'a'.repeat(MAX_TEXT_LENGTH + 1)},
    });
    expect(h.messages[1]).toMatchObject({type: 'error', error: {code: 'text-too-long'}});
  });

  it('trains on the built-in text, reports the unigram baseline, and samples at step 100', () => {
    const h = harness();
    h.handle({type: 'init', run: 1, seed: 1, params: CHAR_PAGE_DEFAULTS});
    h.handle({type: 'step', steps: 100});
    h.drain();
    const snapshot = h.messages.filter((m) => m.type === 'snapshot').at(-1);
    expect(snapshot?.type).toBe('snapshot');
    if (snapshot?.type !== 'snapshot') return;
    expect(snapshot.snapshot.unigramNats).toBeGreaterThan(2.5);
    expect(snapshot.snapshot.samples[0]).toMatchObject({step: 100, temperature: 0.8});
    expect(snapshot.snapshot.samples[0]?.text).toHaveLength(160);
    expect(snapshot.snapshot.attention?.characters.join('')).toBe(
      'Vanity of vanities, saith the Preacher'.slice(-32),
    );
  }, 120_000);
});
