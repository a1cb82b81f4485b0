/**
 * The bench's reading of a run's trace (scripts/bench/main-thread.mjs): it finds the
 * page's main thread, lists its long tasks with wall and CPU time and what ran inside,
 * and says how much of that time the thread spent waiting for a CPU.
 */
import {describe, expect, it} from 'vitest';
import {describeTasks, longTasks, waiting} from '../../scripts/bench/main-thread.mjs';

const PAGE = {pid: 7, tid: 1};
const BLANK = {pid: 5, tid: 1};

/** A task (RunTask) or work inside one, timed in milliseconds as traces do in microseconds. */
function x(
  name: string,
  where: {pid: number; tid: number},
  startMs: number,
  wallMs: number,
  cpuMs: number,
  args = {},
) {
  return {
    name,
    ph: 'X',
    ...where,
    ts: 1_000_000 + startMs * 1000,
    dur: wallMs * 1000,
    tdur: cpuMs * 1000,
    args,
  };
}

const trace = {
  traceEvents: [
    {name: 'thread_name', ph: 'M', ...PAGE, ts: 0, args: {name: 'CrRendererMain'}},
    {name: 'thread_name', ph: 'M', ...BLANK, ts: 0, args: {name: 'CrRendererMain'}},
    {name: 'thread_name', ph: 'M', pid: 7, tid: 2, ts: 0, args: {name: 'Compositor'}},
    // An SVG image's document starts first in the same process; the page's navigation counts.
    {
      name: 'navigationStart',
      ph: 'R',
      ...PAGE,
      ts: 900_000,
      args: {data: {isLoadingMainFrame: true, documentLoaderURL: ''}},
    },
    {
      name: 'navigationStart',
      ph: 'R',
      ...PAGE,
      ts: 1_000_000,
      args: {data: {isLoadingMainFrame: true, documentLoaderURL: 'http://127.0.0.1:1/docs/models/vaes'}},
    },
    // The blank page Lighthouse starts from: one short task.
    x('RunTask', BLANK, 0, 40, 40),
    // Parsing and layout, stretched by the machine: 120 ms of wall time, 55 ms of work.
    x('RunTask', PAGE, 160, 120, 55),
    x('ParseHTML', PAGE, 161, 10, 9),
    x('Layout', PAGE, 175, 90, 40),
    x('Layout', PAGE, 270, 1, 1), // too short to show
    // The app's script, not stretched.
    x('RunTask', PAGE, 500, 40, 38),
    x('EvaluateScript', PAGE, 500, 39, 37, {data: {url: 'http://127.0.0.1:1/assets/js/main.abc.js'}}),
    // Short tasks are left out.
    x('RunTask', PAGE, 600, 12, 12),
    // A long task on another thread of the page is not the main thread's.
    x('RunTask', {pid: 7, tid: 2}, 700, 90, 90),
  ],
};

describe('the main thread of a benchmark run', () => {
  it("lists the page's long tasks with wall time, CPU time and the work inside", () => {
    expect(longTasks(trace)).toEqual([
      {
        startMs: 160,
        wallMs: 120,
        cpuMs: 55,
        work: [
          {name: 'ParseHTML', wallMs: 10, cpuMs: 9, url: null},
          {name: 'Layout', wallMs: 90, cpuMs: 40, url: null},
        ],
      },
      {
        startMs: 500,
        wallMs: 40,
        cpuMs: 38,
        work: [{name: 'EvaluateScript', wallMs: 39, cpuMs: 37, url: 'main.abc.js'}],
      },
    ]);
    expect(longTasks(trace.traceEvents, 100).map((t) => t.startMs)).toEqual([160]);
  });

  it('measures the time the thread waited for a CPU', () => {
    expect(waiting(longTasks(trace))).toEqual({wallMs: 160, waitedMs: 67, share: 67 / 160});
    expect(waiting([])).toEqual({wallMs: 0, waitedMs: 0, share: 0});
  });

  it('describes the tasks in words', () => {
    expect(describeTasks(longTasks(trace))).toBe(
      [
        'at 160 ms: 120 ms wall, 55 ms CPU (ParseHTML 10/9; Layout 90/40)',
        'at 500 ms: 40 ms wall, 38 ms CPU (EvaluateScript main.abc.js 39/37)',
        "waiting for a CPU: 67 of 160 ms of these tasks' wall time (42%)",
      ].join('\n'),
    );
  });

  it('says so when a trace has no page to read', () => {
    expect(() => longTasks({traceEvents: []})).toThrow(/no renderer main thread/);
  });
});
