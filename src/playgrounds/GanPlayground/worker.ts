/** The GAN playground's Web Worker: the engine runs here, never on the page's thread. */
import {serveInWorker} from '../workerScope';
import {ganAdapter} from './adapter';

serveInWorker(ganAdapter);
