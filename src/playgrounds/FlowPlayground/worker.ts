/** The flow-matching playground's Web Worker: the engine runs here, never on the page's thread. */
import {serveInWorker} from '../workerScope';
import {flowAdapter} from './adapter';

serveInWorker(flowAdapter);
