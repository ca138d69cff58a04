/**
 * KaTeX off the main thread. A cold first typeset (KaTeX's tables built, its code not yet
 * optimised) held the page's main thread for ~25 ms after load, and every new step's equation
 * for a few more; here it delays nothing the reader touches.
 */
import * as Comlink from 'comlink';
import { typesetApi } from './typesetApi';

Comlink.expose(typesetApi);
