// @vitest-environment jsdom
/**
 * useIdleMount: a part mounts when the reader asks for it, or in an idle period after
 * start-up (after as many idle periods as asked), and never while it is disabled.
 */
import React from 'react';
import {act, cleanup, render, screen} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {useIdleMount} from './useIdleMount';

let held: IdleRequestCallback[] = [];
const runIdlePeriod = () =>
  act(() => {
    for (const callback of held.splice(0)) callback({didTimeout: false, timeRemaining: () => 50});
  });

beforeEach(() => {
  held = [];
  window.requestIdleCallback = (callback) => held.push(callback);
  window.cancelIdleCallback = (handle) => {
    held[handle - 1] = () => {};
  };
});
afterEach(() => {
  cleanup();
  // @ts-expect-error: jsdom has no idle callbacks of its own.
  delete window.requestIdleCallback;
});

function Part({needed = false, enabled = true, idlePeriods = 1}) {
  const mounted = useIdleMount(needed, {enabled, idlePeriods});
  return <p>{mounted ? 'mounted' : 'waiting'}</p>;
}

describe('useIdleMount', () => {
  it('waits for an idle period, then mounts', async () => {
    render(<Part />);
    expect(screen.getByText('waiting')).toBeTruthy();
    await runIdlePeriod();
    expect(screen.getByText('mounted')).toBeTruthy();
  });

  it('lets the asked number of idle periods pass first', async () => {
    render(<Part idlePeriods={2} />);
    await runIdlePeriod();
    expect(screen.getByText('waiting')).toBeTruthy();
    await runIdlePeriod();
    expect(screen.getByText('mounted')).toBeTruthy();
  });

  it('mounts in the same render when the part is needed', () => {
    const {rerender} = render(<Part />);
    rerender(<Part needed />);
    expect(screen.getByText('mounted')).toBeTruthy();
  });

  it('does not mount while disabled, and stays mounted once mounted', async () => {
    const {rerender} = render(<Part enabled={false} />);
    await runIdlePeriod();
    expect(screen.getByText('waiting')).toBeTruthy();
    rerender(<Part />);
    await runIdlePeriod();
    rerender(<Part enabled={false} />);
    expect(screen.getByText('mounted')).toBeTruthy();
  });
});
