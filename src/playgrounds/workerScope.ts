/**
 * The little of a worker's global scope the playgrounds' workers use. Typed here rather
 * than with the "webworker" lib, whose declarations clash with the DOM's in one project.
 */
import type {PageToWorker, PlaygroundKind, WorkerToPage} from './protocol';
import {createPlaygroundHandler} from './workerRuntime';
import type {PlaygroundAdapter, PlaygroundSession} from './workerRuntime';

interface WorkerScope {
  postMessage(message: WorkerToPage<PlaygroundKind>, options: {transfer: Transferable[]}): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** Wires an adapter to the worker's messages; call once at the top of worker.ts. */
export function serveInWorker<K extends PlaygroundKind, S extends PlaygroundSession<K>>(
  adapter: PlaygroundAdapter<K, S>,
): void {
  const scope = globalThis as unknown as WorkerScope;
  const handle = createPlaygroundHandler(adapter, {
    post: (message, transfer) => scope.postMessage(message, {transfer}),
  });
  scope.onmessage = (event: MessageEvent<PageToWorker<K>>) => handle(event.data);
}
