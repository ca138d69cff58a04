/**
 * The training core's nonlinearities, bit-reproducible (detMath.ts): the same seed trains the same
 * bits in Node and every browser. The float32 fast mode's tanh trades float64 digits it cannot
 * keep anyway for speed.
 */
import type { Activations } from '../engine/cells';
import { sigmoid, sigmoidFast, tanh, tanhFast } from './detMath';

export const DET_ACTIVATIONS: Activations = { sigmoid, tanh };

export const FAST32_ACTIVATIONS: Activations = { sigmoid: sigmoidFast, tanh: tanhFast };
