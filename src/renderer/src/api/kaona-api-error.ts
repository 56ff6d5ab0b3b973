import {
  isErrorCode,
  type ErrorCode,
  type KaonaError,
  type ValidationIssue,
} from '../../../shared/contract/errors';

/** A failed call to `window.kaona`, carrying the contract's error code for the UI to translate. */
export class KaonaApiError extends Error {
  readonly code: ErrorCode;
  readonly reason: string | undefined;
  readonly issues: readonly ValidationIssue[];
  readonly retryAfterSeconds: number | undefined;

  constructor(error: KaonaError, options?: { cause?: unknown }) {
    super(error.reason ? `${error.code} (${error.reason})` : error.code, options);
    this.name = 'KaonaApiError';
    this.code = error.code;
    this.reason = error.reason;
    this.issues = error.issues ?? [];
    this.retryAfterSeconds = error.retryAfterSeconds;
  }
}

/**
 * Any failure as a `KaonaApiError`. An error that did not come from the contract (a rejected
 * transport, a bug in the page, a malformed reply) is `INTERNAL`: the clerk gets the generic
 * message and the original stays on `cause` for the console.
 */
export function toKaonaApiError(error: unknown): KaonaApiError {
  if (error instanceof KaonaApiError) return error;
  return new KaonaApiError({ code: 'INTERNAL' }, { cause: error });
}

/** Reads the `error` of a failed Result defensively: the other side of a transport is not trusted. */
export function fromKaonaError(error: KaonaError): KaonaApiError {
  if (!isErrorCode(error?.code)) return new KaonaApiError({ code: 'INTERNAL' }, { cause: error });
  return new KaonaApiError(error);
}
