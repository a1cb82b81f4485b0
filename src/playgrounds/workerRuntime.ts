/**
 * The worker side of the protocol, shared by the three playgrounds: it owns the training
 * session, runs steps in chunks of about `chunkMs` (so a pause message is read between
 * chunks), reports progress after each chunk and a snapshot at most every
 * `snapshotIntervalMs`. A kind-specific adapter creates the session and draws the
 * snapshot. The handler is a plain function, so tests call it directly in Node.
 */
import type {MlError} from '@site/src/ml/errors';
import type {PageToWorker, ParamsByKind, PlaygroundKind, SnapshotByKind, WorkerToPage} from './protocol';

type Unstamped<M> = M extends unknown ? Omit<M, 'run'> : never;

export interface TrainerLike {
  readonly stepCount: number;
  readonly model: {readonly lossNames: readonly string[]};
  /** history[name][s] is loss `name` after step s + 1. */
  readonly history: Readonly<Record<string, readonly number[]>>;
  step(n?: number): {stepsRun: number; step: number; losses: Record<string, number>; error: MlError | null};
}

export interface PlaygroundSession<K extends PlaygroundKind> {
  trainer: TrainerLike;
  params: ParamsByKind[K];
}

export interface PlaygroundAdapter<K extends PlaygroundKind, S extends PlaygroundSession<K>> {
  create(seed: number, params: ParamsByKind[K]): {ok: true; session: S} | {ok: false; error: MlError};
  /** What the page draws now; may cache work in the session. */
  snapshot(session: S): {snapshot: SnapshotByKind[K]; transfer: Transferable[]};
  /** Milliseconds between snapshots while training. */
  snapshotIntervalMs: number;
}

export interface RuntimeOptions {
  /** Posts a message to the page (self.postMessage in the worker). */
  post: (message: WorkerToPage<PlaygroundKind>, transfer: Transferable[]) => void;
  /** Runs `task` soon, after pending messages (setTimeout(…, 0) in the worker). */
  schedule?: (task: () => void) => void;
  now?: () => number;
  /** Work per chunk, in milliseconds, before the worker looks at its messages again. */
  chunkMs?: number;
}

export function createPlaygroundHandler<K extends PlaygroundKind, S extends PlaygroundSession<K>>(
  adapter: PlaygroundAdapter<K, S>,
  options: RuntimeOptions,
): (message: PageToWorker<K>) => void {
  const {
    post: postStamped,
    schedule = (task) => setTimeout(task, 0),
    now = () => performance.now(),
    chunkMs = 40,
  } = options;
  let session: S | null = null;
  /** The page's number for the current run, stamped on every message. */
  let run = 0;
  const post = (message: Unstamped<WorkerToPage<PlaygroundKind>>, transfer: Transferable[]) =>
    postStamped({...message, run} as WorkerToPage<PlaygroundKind>, transfer);
  let running = false;
  /** True while running the steps of a Step press; `stepsLeft` counts them down. */
  let isStepping = false;
  let stepsLeft = 0;
  let loopScheduled = false;
  let lastSnapshot = -Infinity;
  /** Bumped on reset, so a chunk scheduled for an old session does nothing. */
  let generation = 0;
  let reported: Record<string, number> = {};
  /** Why the last init or reset made no session (bad input), repeated if Train is pressed. */
  let createError: MlError | null = null;

  /** Time the last snapshot took: snapshots never take more than a quarter of the time. */
  let snapshotCost = 0;

  function sendSnapshot(current: S): void {
    const started = now();
    const {snapshot, transfer} = adapter.snapshot(current);
    lastSnapshot = now();
    snapshotCost = lastSnapshot - started;
    post({type: 'snapshot', step: current.trainer.stepCount, snapshot}, transfer);
  }

  /** Losses recorded since the last report, read from the trainer's history. */
  function newLosses(current: S): Record<string, number[]> {
    const {history} = current.trainer;
    const out: Record<string, number[]> = {};
    for (const name of current.trainer.model.lossNames) {
      const values = history[name] ?? [];
      out[name] = values.slice(reported[name] ?? 0);
      reported[name] = values.length;
    }
    return out;
  }

  function progress(current: S, stepsPerSecond: number): void {
    post(
      {
        type: 'progress',
        step: current.trainer.stepCount,
        running,
        newLosses: newLosses(current),
        stepsPerSecond,
      },
      [],
    );
  }

  function stop(current: S): void {
    running = false;
    stepsLeft = 0;
    // The snapshot first, so the page's "Paused" sentence describes the final state.
    sendSnapshot(current);
    progress(current, 0);
  }

  function loop(forGeneration: number): void {
    loopScheduled = false;
    const current = session;
    if (!current || !running || forGeneration !== generation) return;
    const start = now();
    let steps = 0;
    let error: MlError | null = null;
    do {
      const report = current.trainer.step(1);
      steps += report.stepsRun;
      error = report.error;
      if (isStepping) stepsLeft -= report.stepsRun;
    } while (error === null && now() - start < chunkMs && !(isStepping && stepsLeft <= 0));
    const elapsed = Math.max(now() - start, 1e-3);
    if (error) {
      running = false;
      stepsLeft = 0;
      sendSnapshot(current);
      progress(current, 0);
      post({type: 'error', step: current.trainer.stepCount, error}, []);
      return;
    }
    if (isStepping && stepsLeft <= 0) {
      isStepping = false;
      stop(current);
      return;
    }
    progress(current, (1000 * steps) / elapsed);
    if (now() - lastSnapshot >= Math.max(adapter.snapshotIntervalMs, 3 * snapshotCost)) sendSnapshot(current);
    scheduleLoop();
  }

  function scheduleLoop(): void {
    if (loopScheduled) return;
    loopScheduled = true;
    const forGeneration = generation;
    schedule(() => loop(forGeneration));
  }

  function start(seed: number, params: ParamsByKind[K]): void {
    generation += 1;
    running = false;
    isStepping = false;
    stepsLeft = 0;
    loopScheduled = false;
    reported = {};
    const created = adapter.create(seed, params);
    createError = created.ok ? null : created.error;
    if (!created.ok) {
      session = null;
      post({type: 'error', step: 0, error: created.error}, []);
      return;
    }
    session = created.session;
    post({type: 'ready', step: 0, lossNames: [...session.trainer.model.lossNames]}, []);
    sendSnapshot(session);
  }

  function noSession(): void {
    post(
      {
        type: 'error',
        step: 0,
        error: createError ?? {
          code: 'invalid-config',
          message: 'There is no model to train: fix the settings above, then press Reset.',
        },
      },
      [],
    );
  }

  return (message) => {
    switch (message.type) {
      case 'init':
      case 'reset':
        run = message.run;
        start(message.seed, message.params);
        return;
      case 'train':
        if (!session) return noSession();
        {
          // A run that stopped on NaN stays stopped until a reset.
          const {error} = session.trainer.step(0);
          if (error) return post({type: 'error', step: session.trainer.stepCount, error}, []);
        }
        isStepping = false;
        stepsLeft = 0;
        running = true;
        scheduleLoop();
        return;
      case 'step':
        if (!session) return noSession();
        if (!(Number.isInteger(message.steps) && message.steps > 0)) return;
        {
          const {error} = session.trainer.step(0);
          if (error) return post({type: 'error', step: session.trainer.stepCount, error}, []);
        }
        isStepping = true;
        stepsLeft = message.steps;
        running = true;
        scheduleLoop();
        return;
      case 'pause':
        if (!session) return;
        if (running) stop(session);
        return;
      case 'setParams':
        if (!session) return;
        session.params = {...session.params, ...message.params};
        sendSnapshot(session);
        return;
    }
  };
}
