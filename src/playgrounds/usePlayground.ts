/**
 * The page side of a playground, shared by the three: it creates the Web Worker on the
 * first Train or Step (so nothing of the engine loads with the page), sends the commands,
 * keeps the loss history and the latest snapshot, redraws at most 30 times a second (once
 * a second when the reader prefers reduced motion), updates the live status at most every
 * 2 seconds while training, and pauses when the tab is hidden.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import type {
  MlError,
  PageToWorker,
  ParamsByKind,
  PlaygroundKind,
  SnapshotByKind,
  WorkerToPage,
} from './protocol';

export type Phase = 'idle' | 'loading' | 'running' | 'paused' | 'error';

export const FRAME_MS = 1000 / 30;
export const REDUCED_MOTION_FRAME_MS = 1000;
export const ANNOUNCE_MS = 2000;

export interface PlaygroundView<K extends PlaygroundKind> {
  phase: Phase;
  step: number;
  /** Every step's losses since the last reset, per loss name. */
  history: Readonly<Record<string, readonly number[]>>;
  snapshot: SnapshotByKind[K] | null;
  stepsPerSecond: number;
  error: MlError | null;
  /** Why training paused, if not by the Pause button (the tab was hidden). */
  pausedBecauseHidden: boolean;
  reducedMotion: boolean;
}

export interface PlaygroundControls<K extends PlaygroundKind> {
  view: PlaygroundView<K>;
  /** The live status text (role="status"). */
  status: string;
  /** Bumped on every drawn frame: canvases redraw when it changes. */
  frame: number;
  train(seed: number, params: ParamsByKind[K]): void;
  pause(): void;
  step(seed: number, params: ParamsByKind[K], steps: number): void;
  reset(seed: number, params: ParamsByKind[K]): void;
  setView(params: Partial<ParamsByKind[K]>): void;
  /** The seed and settings of the current run (null before the first), to tell the reader when they differ. */
  runKey: string | null;
}

export function runKeyOf(seed: number, params: unknown): string {
  return JSON.stringify([seed, params]);
}

export function usePlayground<K extends PlaygroundKind>(options: {
  createWorker: () => Worker;
  /** The status sentence for the current state (step, losses, quality number). */
  describe: (view: PlaygroundView<K>) => string;
  /** Settings that only change the view; the rest need a new run. */
  viewKeys: readonly (keyof ParamsByKind[K])[];
}): PlaygroundControls<K> {
  const {createWorker, describe, viewKeys} = options;
  const worker = useRef<Worker | null>(null);
  /** The current run's number; messages of earlier runs (still in flight at a reset) are dropped. */
  const run = useRef(0);
  const history = useRef<Record<string, number[]>>({});
  const snapshot = useRef<SnapshotByKind[K] | null>(null);
  const phase = useRef<Phase>('idle');
  const stepRef = useRef(0);
  const speed = useRef(0);
  const error = useRef<MlError | null>(null);
  const hiddenPause = useRef(false);
  const [reducedMotion, setReducedMotion] = useState(false);
  const [frame, setFrame] = useState(0);
  const [status, setStatus] = useState('Not trained yet. Press Train to start, or Step to run a few steps.');
  const [runKey, setRunKey] = useState<string | null>(null);
  const lastAnnounce = useRef(-Infinity);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const frameTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastFrame = useRef(-Infinity);
  const reduced = useRef(false);

  const view = useCallback(
    (): PlaygroundView<K> => ({
      phase: phase.current,
      step: stepRef.current,
      history: history.current,
      snapshot: snapshot.current,
      stepsPerSecond: speed.current,
      error: error.current,
      pausedBecauseHidden: hiddenPause.current,
      reducedMotion: reduced.current,
    }),
    [],
  );

  const announce = useCallback((text: string, now: boolean) => {
    if (announceTimer.current !== null) {
      clearTimeout(announceTimer.current);
      announceTimer.current = null;
    }
    const wait = lastAnnounce.current + ANNOUNCE_MS - performance.now();
    if (now || wait <= 0) {
      lastAnnounce.current = performance.now();
      setStatus(text);
      return;
    }
    announceTimer.current = setTimeout(() => {
      announceTimer.current = null;
      lastAnnounce.current = performance.now();
      setStatus(text);
    }, wait);
  }, []);

  /** Schedules a redraw, at most one per frame interval. */
  const requestFrame = useCallback(() => {
    if (frameTimer.current !== null) return;
    const interval = reduced.current ? REDUCED_MOTION_FRAME_MS : FRAME_MS;
    const wait = Math.max(0, lastFrame.current + interval - performance.now());
    frameTimer.current = setTimeout(() => {
      frameTimer.current = null;
      lastFrame.current = performance.now();
      setFrame((f) => f + 1);
    }, wait);
  }, []);

  const onMessage = useCallback(
    (message: WorkerToPage<K>) => {
      if (message.run !== run.current) return;
      switch (message.type) {
        case 'ready':
          history.current = Object.fromEntries(message.lossNames.map((name) => [name, []]));
          stepRef.current = 0;
          error.current = null;
          if (phase.current === 'loading') phase.current = 'idle';
          break;
        case 'progress':
          for (const [name, values] of Object.entries(message.newLosses)) {
            const list = (history.current[name] ??= []);
            for (const v of values) list.push(v);
          }
          stepRef.current = message.step;
          if (message.stepsPerSecond > 0) speed.current = message.stepsPerSecond;
          if (!message.running && phase.current === 'running') {
            phase.current = 'paused';
            announce(
              hiddenPause.current
                ? `Paused because the tab was hidden. ${describe(view())} Press Train to continue.`
                : `Paused. ${describe(view())}`,
              true,
            );
          } else if (message.running) {
            if (phase.current !== 'running') phase.current = 'running';
            announce(describe(view()), false);
          }
          break;
        case 'snapshot':
          snapshot.current = message.snapshot;
          stepRef.current = message.step;
          break;
        case 'error':
          error.current = message.error;
          phase.current = 'error';
          announce(`Stopped at step ${message.step}: ${message.error.message}`, true);
          break;
      }
      requestFrame();
    },
    [announce, describe, requestFrame, view],
  );

  const post = useCallback((message: PageToWorker<K>) => worker.current?.postMessage(message), []);

  const ensureWorker = useCallback(
    (seed: number, params: ParamsByKind[K]): void => {
      if (worker.current) return;
      phase.current = 'loading';
      setStatus('Loading the model and its training code…');
      const created = createWorker();
      created.onmessage = (event: MessageEvent<WorkerToPage<K>>) => onMessage(event.data);
      created.onerror = (event) => {
        event.preventDefault();
        error.current = {
          code: 'invalid-config',
          message: `The training worker stopped: ${event.message || 'it could not load'}. Reload the page to try again.`,
        };
        phase.current = 'error';
        announce(error.current.message, true);
        requestFrame();
      };
      worker.current = created;
      run.current += 1;
      created.postMessage({type: 'init', run: run.current, seed, params} satisfies PageToWorker<K>);
      setRunKey(runKeyOf(seed, trainingPart(params, viewKeys)));
    },
    [announce, createWorker, onMessage, requestFrame, viewKeys],
  );

  const train = useCallback(
    (seed: number, params: ParamsByKind[K]) => {
      hiddenPause.current = false;
      ensureWorker(seed, params);
      if (phase.current === 'error') return;
      phase.current = 'running';
      announce(`Training. ${describe(view())}`, true);
      post({type: 'train'});
      requestFrame();
    },
    [announce, describe, ensureWorker, post, requestFrame, view],
  );

  const pause = useCallback(() => {
    if (phase.current !== 'running') return;
    post({type: 'pause'});
  }, [post]);

  const step = useCallback(
    (seed: number, params: ParamsByKind[K], steps: number) => {
      hiddenPause.current = false;
      ensureWorker(seed, params);
      if (phase.current === 'error' || phase.current === 'running') return;
      phase.current = 'running';
      post({type: 'step', steps});
      requestFrame();
    },
    [ensureWorker, post, requestFrame],
  );

  const reset = useCallback(
    (seed: number, params: ParamsByKind[K]) => {
      hiddenPause.current = false;
      error.current = null;
      history.current = {};
      snapshot.current = null;
      stepRef.current = 0;
      speed.current = 0;
      if (worker.current) {
        phase.current = 'idle';
        run.current += 1;
        post({type: 'reset', run: run.current, seed, params});
        setRunKey(runKeyOf(seed, trainingPart(params, viewKeys)));
      } else phase.current = 'idle';
      announce(`Reset to step 0 with seed ${seed}. Press Train to start.`, true);
      requestFrame();
    },
    [announce, post, requestFrame, viewKeys],
  );

  const setView = useCallback(
    (params: Partial<ParamsByKind[K]>) => post({type: 'setParams', params}),
    [post],
  );

  useEffect(() => {
    const media =
      typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
    const update = () => {
      reduced.current = media?.matches ?? false;
      setReducedMotion(reduced.current);
    };
    update();
    media?.addEventListener('change', update);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden' && phase.current === 'running') {
        hiddenPause.current = true;
        post({type: 'pause'});
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      media?.removeEventListener('change', update);
      document.removeEventListener('visibilitychange', onVisibility);
      worker.current?.terminate();
      worker.current = null;
      if (announceTimer.current !== null) clearTimeout(announceTimer.current);
      if (frameTimer.current !== null) clearTimeout(frameTimer.current);
    };
  }, [post]);

  return {
    view: {...view(), reducedMotion},
    status,
    frame,
    train,
    pause,
    step,
    reset,
    setView,
    runKey,
  };
}

/** The settings that need a new run (all but the view settings). */
export function trainingPart<T extends object>(params: T, viewKeys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(
    Object.entries(params).filter(([key]) => !viewKeys.includes(key as keyof T)),
  ) as Partial<T>;
}
