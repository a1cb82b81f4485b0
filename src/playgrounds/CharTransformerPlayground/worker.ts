/** The character-level transformer playground's Web Worker: the engine runs here, never on the page's thread. */
import {serveInWorker} from '../workerScope';
import {charTransformerAdapter} from './adapter';

serveInWorker(charTransformerAdapter);
