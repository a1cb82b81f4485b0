/**
 * Errors the API reports instead of failing silently: bad input found before training,
 * and training that stopped (a loss that became NaN or infinite). They are plain data, so
 * a worker can post them to the page as they are.
 */
export type MlErrorCode =
  | 'invalid-config'
  | 'too-few-points'
  | 'too-many-points'
  | 'non-finite-point'
  | 'text-too-short'
  | 'text-too-long'
  | 'unsupported-characters'
  | 'non-finite-loss';

export interface MlError {
  code: MlErrorCode;
  /** A sentence for the reader: what is wrong and what to do. */
  message: string;
  /** For 'unsupported-characters': each offending character once, in order of appearance. */
  characters?: string[];
  /** For 'non-finite-loss': the step (1-based) whose loss was not finite, and which loss. */
  step?: number;
  loss?: string;
}

/** Thrown by constructors and validators; `error` carries the reportable data. */
export class MlInputError extends Error {
  constructor(readonly error: MlError) {
    super(error.message);
    this.name = 'MlInputError';
  }
}

export function fail(code: MlErrorCode, message: string, extra: Partial<MlError> = {}): never {
  throw new MlInputError({code, message, ...extra});
}
