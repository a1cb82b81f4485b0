/**
 * What a page's main thread did during one Lighthouse run, read from the run's trace: its
 * longer tasks, each with its wall time and the CPU time the thread actually got.
 *
 * Lighthouse's mobile score simulates a slow phone from the tasks it saw (about four
 * times their wall time). On a shared machine the thread sometimes waits for a CPU in the
 * middle of a task; the wall time then grows but the work does not, and the run scores
 * lower. A task whose wall time is far above its CPU time was stretched by the machine,
 * not by the page. Lighthouse's own `long-tasks` audit lists only the simulated durations,
 * so this reads the trace's thread time (`tdur`) itself. `npm run bench` reports the
 * waiting share of every run, and lists the tasks of the runs `--keep-below` keeps.
 */

/** Names of the trace events worth showing inside a task (what the page made Chrome do). */
const WORK = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'FunctionCall',
  'v8.callFunction',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'RunMicrotasks',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
]);

/**
 * @typedef {{name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, args?: any}} TraceEvent
 * @typedef {{name: string, wallMs: number, cpuMs: number | null, url: string | null}} Work
 * @typedef {{startMs: number, wallMs: number, cpuMs: number | null, work: Work[]}} Task
 */

/**
 * The page's main thread: the renderer main thread that ran the most task time (the page
 * Lighthouse loaded, not the blank page it starts from).
 * @param {TraceEvent[]} events
 */
function pageMainThread(events) {
  /** @type {Map<string, string>} */
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  /** @type {Map<string, number>} */
  const busy = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && names.get(key) === 'CrRendererMain')
      busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const best = [...busy.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error('The trace has no renderer main thread (CrRendererMain) with tasks.');
  const [pid, tid] = best[0].split(':').map(Number);
  return {pid, tid};
}

const ms = (us) => Math.round(us / 100) / 10;

/**
 * The main thread's tasks of at least `minMs` wall time, in order, with the work inside
 * each (events of at least 2 ms, outermost first), timed from the navigation's start.
 * @param {TraceEvent[] | {traceEvents: TraceEvent[]}} trace
 * @param {number} [minMs]
 * @returns {Task[]}
 */
export function longTasks(trace, minMs = 30) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const {pid, tid} = pageMainThread(events);
  const mine = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  // The page's own navigation, not that of an image or frame the page created.
  const navigation =
    events.find(
      (e) =>
        e.name === 'navigationStart' &&
        e.pid === pid &&
        e.args?.data?.isLoadingMainFrame === true &&
        /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''),
    ) ?? events.find((e) => e.name === 'navigationStart' && e.pid === pid);
  const origin = navigation?.ts ?? mine[0]?.ts ?? 0;
  /** @type {Task[]} */
  const tasks = [];
  for (const task of mine) {
    if (task.name !== 'RunTask' || task.ts < origin || (task.dur ?? 0) < minMs * 1000) continue;
    const end = task.ts + (task.dur ?? 0);
    const work = mine
      .filter(
        (e) =>
          e !== task &&
          WORK.has(e.name) &&
          e.ts >= task.ts &&
          e.ts + (e.dur ?? 0) <= end &&
          (e.dur ?? 0) >= 2000,
      )
      .map((e) => ({
        name: e.name,
        wallMs: ms(e.dur ?? 0),
        cpuMs: typeof e.tdur === 'number' ? ms(e.tdur) : null,
        url: e.args?.data?.url ? String(e.args.data.url).split('/').pop() || null : null,
      }));
    tasks.push({
      startMs: ms(task.ts - origin),
      wallMs: ms(task.dur ?? 0),
      cpuMs: typeof task.tdur === 'number' ? ms(task.tdur) : null,
      work,
    });
  }
  return tasks;
}

/**
 * How much of the long tasks' wall time the thread spent waiting for a CPU rather than
 * working: the sum of (wall − CPU) over the tasks, and the share of their wall time.
 * @param {Task[]} tasks
 */
export function waiting(tasks) {
  const timed = tasks.filter((t) => t.cpuMs !== null);
  const wall = timed.reduce((sum, t) => sum + t.wallMs, 0);
  const waited = timed.reduce((sum, t) => sum + Math.max(0, t.wallMs - (t.cpuMs ?? 0)), 0);
  return {wallMs: Math.round(wall), waitedMs: Math.round(waited), share: wall > 0 ? waited / wall : 0};
}

/** A few lines a person can read: each task, then what ran inside it. */
export function describeTasks(tasks) {
  const lines = tasks.map((t) => {
    const inside = t.work
      .slice(0, 6)
      .map((w) => `${w.name}${w.url ? ` ${w.url}` : ''} ${w.wallMs}${w.cpuMs === null ? '' : `/${w.cpuMs}`}`)
      .join('; ');
    return `at ${t.startMs} ms: ${t.wallMs} ms wall, ${t.cpuMs ?? '?'} ms CPU${inside ? ` (${inside})` : ''}`;
  });
  const w = waiting(tasks);
  lines.push(
    `waiting for a CPU: ${w.waitedMs} of ${w.wallMs} ms of these tasks' wall time (${Math.round(w.share * 100)}%)`,
  );
  return lines.join('\n');
}
