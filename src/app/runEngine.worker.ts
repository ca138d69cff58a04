/**
 * The engine off the main thread. At 200 tokens × hidden 64 the three cells' traces and memory
 * curves take ~50 ms, the deep quantities ~200 ms — far over a frame, so the page keeps showing the
 * previous run until this one arrives (useRun.ts).
 */
import * as Comlink from 'comlink';
import { runApi } from '../compute/runApi';

Comlink.expose(runApi);
