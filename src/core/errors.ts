// Errors that cross process boundaries as `{ ok: false, error }`. Each has a stable code and a
// message written for the candidate.
export type ErrorCode =
  | 'bad-request'
  | 'not-found'
  | 'conflict'
  | 'corrupt-file'
  | 'invalid-template'
  | 'unsafe-path'
  | 'locked'
  | 'needs-confirmation'
  | 'unavailable'
  | 'internal';

export class DossierError extends Error {
  readonly code: ErrorCode;
  /** Workspace-relative file the error is about, if any. */
  readonly file: string | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, opts: { file?: string; details?: unknown } = {}) {
    super(message);
    this.name = 'DossierError';
    this.code = code;
    this.file = opts.file;
    this.details = opts.details;
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  file?: string;
  details?: unknown;
}

export function toErrorPayload(err: unknown): ErrorPayload {
  if (err instanceof DossierError) {
    const payload: ErrorPayload = { code: err.code, message: err.message };
    if (err.file !== undefined) payload.file = err.file;
    if (err.details !== undefined) payload.details = err.details;
    return payload;
  }
  return {
    code: 'internal',
    message: 'Something went wrong inside Dossier. Your saved work is untouched; please try again.',
  };
}
