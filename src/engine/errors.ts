/**
 * Every invalid input to the engine surfaces as an EngineError with a machine-readable code,
 * so callers (UI, CLI) can show a clear message instead of silently propagating NaN.
 */
export type EngineErrorCode =
  | 'unknown_cell'
  | 'shape_mismatch'
  | 'non_finite'
  | 'invalid_size'
  | 'missing_parameter'
  | 'invalid_input';

export class EngineError extends Error {
  readonly code: EngineErrorCode;

  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}

export function assertFinite(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new EngineError(
        'non_finite',
        `${what} contains a non-finite number (${values[i]}) at index ${i}`,
      );
    }
  }
}

export function assertLength(values: ArrayLike<number>, expected: number, what: string): void {
  if (values.length !== expected) {
    throw new EngineError('shape_mismatch', `${what} has ${values.length} values, expected ${expected}`);
  }
}

export function assertPositiveInt(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new EngineError('invalid_size', `${what} must be a positive integer, got ${value}`);
  }
}
