/** The engine's public surface: pure math, no DOM, no React. */
export * from './types';
export * from './errors';
export { initModel, modelFromPyTorch, modelToPyTorch } from './model';
export type { PyTorchWeights } from './model';
export { runForward, outputOf } from './forward';
export { runBackward } from './backward';
export type { LossSpec } from './backward';
export { jacobianNormsToFinal, influenceOfInput } from './jacobian';
export { tokenize, embedToken, embedTokens } from './tokens';
export { parseRunInputs, buildReferenceRun } from './pytorchFormat';
