import type { ErrorCode } from '../../shared/contract/errors';

/**
 * A failure a service means to report to the caller. Anything else thrown inside the core is a
 * bug and reaches the renderer only as `INTERNAL`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(reason ? `${code}: ${reason}` : code);
    this.name = 'AppError';
  }
}
