/** The engine's public surface: pure math, no DOM, no React. */
export * from './types';
export * from './errors';
export { initModel, modelFromPyTorch, modelToPyTorch, listStreams, validateSpec } from './model';
export type { PyTorchWeights } from './model';
export { runForward, outputOf, finalStates } from './forward';
export type { InitialState } from './forward';
export { runBackward, lossGradient } from './backward';
export type { LossSpec } from './backward';
export { jacobianNormsToFinal, influenceOfInput } from './jacobian';
export { tokenize, embedToken, embedTokens } from './tokens';
export { parseRunInputs, buildReferenceRun } from './pytorchFormat';
export { seededRandom } from './random';
