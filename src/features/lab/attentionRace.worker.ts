/** The attention race off the main thread: its API exposed through Comlink. */
import * as Comlink from 'comlink';
import { attentionRaceApi } from './attentionRaceApi';

Comlink.expose(attentionRaceApi());
