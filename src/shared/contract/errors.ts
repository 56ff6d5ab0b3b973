/**
 * The only failures that cross the process boundary. Raw errors, stack traces and SQL never do:
 * the renderer shows one Thai/English message per code (see the i18n catalogues, `errors.*`).
 */
export const ERROR_CODES = [
  'VALIDATION',
  'LOCKED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One rejected field: a path into the input and zod's issue code, never the offending value. */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
}

export interface KaonaError {
  code: ErrorCode;
  /** A stable, translatable sub-reason (for example `username_taken`), never free text. */
  reason?: string;
  issues?: ValidationIssue[];
  /** For `throttled` sign-ins: how long to wait before the next attempt. */
  retryAfterSeconds?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KaonaError };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
