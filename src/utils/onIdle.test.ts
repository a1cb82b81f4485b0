// @vitest-environment jsdom
/**
 * onIdle: runs work in an idle period with the time that period has left, can be
 * cancelled, and falls back to a timer where the browser has no idle callbacks.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {onIdle} from './onIdle';

afterEach(() => {
  vi.useRealTimers();
  // @ts-expect-error: jsdom has no idle callbacks of its own; the tests add them.
  delete window.requestIdleCallback;
});

/** Like Safari before 18.4 (jsdom itself may have idle callbacks). */
function withoutIdleCallbacks() {
  Object.defineProperty(window, 'requestIdleCallback', {
    value: undefined,
    configurable: true,
    writable: true,
  });
}

describe('onIdle', () => {
  it('passes the idle period its remaining time, with the timeout asked for', () => {
    const requested = vi.fn<typeof window.requestIdleCallback>((callback) => {
      callback({didTimeout: false, timeRemaining: () => 12});
      return 1;
    });
    window.requestIdleCallback = requested;
    let left = -1;
    onIdle((timeRemaining) => (left = timeRemaining()), {timeout: 900});
    expect(left).toBe(12);
    expect(requested.mock.calls[0]?.[1]).toEqual({timeout: 900});
  });

  it('cancels the idle callback', () => {
    window.requestIdleCallback = () => 7;
    const cancelled = vi.fn();
    window.cancelIdleCallback = cancelled;
    onIdle(() => {})();
    expect(cancelled).toHaveBeenCalledWith(7);
  });

  it('without idle callbacks, waits on a timer and offers at most 50 ms', () => {
    withoutIdleCallbacks();
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const work = vi.fn((timeRemaining: () => number) => timeRemaining());
    onIdle(work, {fallbackMs: 300});
    vi.advanceTimersByTime(299);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    expect(work.mock.results[0]?.value).toBeLessThanOrEqual(50);
    expect(work.mock.results[0]?.value).toBeGreaterThan(40);
  });

  it('without idle callbacks, can be cancelled before the timer fires', () => {
    withoutIdleCallbacks();
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const work = vi.fn();
    onIdle(work, {fallbackMs: 100})();
    vi.advanceTimersByTime(200);
    expect(work).not.toHaveBeenCalled();
  });
});
