import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {LATEST_START_MS, SSR_TEMPLATE, startAfterFirstPaint, type StartWindow} from '.';

const {stripSsrTemplate} = createRequire(import.meta.url)('./client-config-loader.cjs') as {
  stripSsrTemplate: (source: string) => string;
};

/** A window with the parts the start-up script uses, driven by hand. */
function fakeWindow({paintTiming = true, hidden = false} = {}) {
  const added: Array<{src: string; async: boolean}> = [];
  const listeners: Array<() => void> = [];
  const timers: Array<{run: () => void; ms: number}> = [];
  let observer:
    | {
        callback: (list: {getEntriesByName(name: string): unknown[]}, o: {disconnect(): void}) => void;
        options?: unknown;
        disconnected: boolean;
      }
    | undefined;
  const doc = {
    visibilityState: hidden ? 'hidden' : 'visible',
    head: {appendChild: (element: {src: string; async: boolean}) => added.push(element)},
    createElement: () => ({src: '', async: true}),
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  };
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['mark', 'paint'] : ['mark'];
    constructor(callback: NonNullable<typeof observer>['callback']) {
      observer = {callback, disconnected: false};
    }
    observe(options: unknown) {
      if (observer) observer.options = options;
    }
  }
  const win = {
    document: doc,
    PerformanceObserver: FakeObserver,
    setTimeout: (run: () => void, ms: number) => timers.push({run, ms}),
  } as unknown as StartWindow;
  const paint = (...names: string[]) =>
    observer?.callback(
      {getEntriesByName: (name) => names.filter((n) => n === name)},
      {disconnect: () => observer && (observer.disconnected = true)},
    );
  const hide = () => {
    doc.visibilityState = 'hidden';
    for (const listener of listeners) listener();
  };
  return {win, added, timers, paint, hide, observer: () => observer};
}

const SOURCES = ['/assets/js/runtime~main.1.js', '/assets/js/main.2.js', '/assets/js/note.3.js'];

describe('the start-up script', () => {
  it('adds nothing before the first contentful paint, then every script once, in order', () => {
    const page = fakeWindow();
    startAfterFirstPaint(SOURCES, page.win, LATEST_START_MS);
    expect(page.added).toEqual([]);
    expect(page.observer()?.options).toEqual({type: 'paint', buffered: true});

    page.paint('first-paint');
    expect(page.added, 'the first paint without content is not enough').toEqual([]);
    page.paint('first-contentful-paint');
    expect(page.added).toEqual(SOURCES.map((src) => ({src, async: false})));
    expect(page.observer()?.disconnected).toBe(true);

    page.timers.forEach((timer) => timer.run());
    page.hide();
    expect(page.added, 'nothing is added twice').toHaveLength(SOURCES.length);
  });

  it(`starts after ${LATEST_START_MS} ms at the latest`, () => {
    const page = fakeWindow();
    startAfterFirstPaint(SOURCES, page.win, LATEST_START_MS);
    expect(page.timers.map((timer) => timer.ms)).toEqual([LATEST_START_MS]);
    page.timers[0]?.run();
    expect(page.added.map((script) => script.src)).toEqual(SOURCES);
  });

  it('starts at once in a background tab, or when the page is hidden before it paints', () => {
    const background = fakeWindow({hidden: true});
    startAfterFirstPaint(SOURCES, background.win, LATEST_START_MS);
    expect(background.added).toHaveLength(SOURCES.length);

    const hiddenLater = fakeWindow();
    startAfterFirstPaint(SOURCES, hiddenLater.win, LATEST_START_MS);
    hiddenLater.hide();
    expect(hiddenLater.added).toHaveLength(SOURCES.length);
  });

  it('starts at once where the browser reports no paints', () => {
    const noPaintTiming = fakeWindow({paintTiming: false});
    startAfterFirstPaint(SOURCES, noPaintTiming.win, LATEST_START_MS);
    expect(noPaintTiming.added).toHaveLength(SOURCES.length);

    const noObserver = fakeWindow();
    startAfterFirstPaint(SOURCES, {...noObserver.win, PerformanceObserver: undefined}, LATEST_START_MS);
    expect(noObserver.added).toHaveLength(SOURCES.length);
  });

  it('is self-contained, so the page template can inline its source', () => {
    const page = fakeWindow();
    // The same text the template inlines.
    const inlined = new Function(
      `return (${startAfterFirstPaint.toString()})`,
    )() as typeof startAfterFirstPaint;
    inlined(SOURCES, page.win, 10);
    page.paint('first-contentful-paint');
    expect(page.added.map((script) => script.src)).toEqual(SOURCES);
  });
});

describe('the page template', () => {
  it('preloads the scripts instead of deferring them, and ends the body with the start-up script', () => {
    expect(SSR_TEMPLATE).not.toMatch(/<script[^>]*\sdefer/);
    expect(SSR_TEMPLATE).toContain('<link rel="preload" as="script" fetchpriority="low"');
    expect(SSR_TEMPLATE).toMatch(
      /<script>\(function startAfterFirstPaint[\s\S]*, window, 2000\)<\/script>\s*<\/body>/,
    );
  });
});

describe('the client copy of the site config', () => {
  const config = [
    'export default {',
    '  "title": "Generative AI, explained",',
    '  "ssrTemplate": "\\n<!DOCTYPE html>\\n<script>a(\\"b\\")</script>",',
    '  "future": {}',
    '};',
  ].join('\n');

  it('loses the page template and keeps everything else', () => {
    expect(stripSsrTemplate(config)).toBe(
      ['export default {', '  "title": "Generative AI, explained",', '  "future": {}', '};'].join('\n'),
    );
  });

  it('stops the build, saying why, when the template is not where it should be', () => {
    expect(() => stripSsrTemplate('export default {\n  "title": "x"\n};')).toThrow(
      /no "ssrTemplate" field to drop.*docusaurus\.config\.mjs/,
    );
  });
});
