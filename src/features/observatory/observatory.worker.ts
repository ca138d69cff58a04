/** The observatory's stepping off the main thread: its API exposed through Comlink. */
import * as Comlink from 'comlink';
import { observatoryApi } from './observatoryApi';

Comlink.expose(observatoryApi());
