/** The lab's training loop off the main thread: the trainer API exposed through Comlink. */
import * as Comlink from 'comlink';
import { trainerApi } from './trainerApi';

Comlink.expose(trainerApi());
