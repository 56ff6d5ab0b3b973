import type { Reason } from '../../shared/contract';
import type { ErrorCode } from '../../shared/contract/errors';

/**
 * A failure a service means to report to the caller. Anything else thrown inside the core is a
 * bug and reaches the renderer only as `INTERNAL`. The reason must be one of the features' typed
 * lists (see `REASONS` in the contract), so the renderer always has a message for it.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason?: Reason,
    readonly retryAfterSeconds?: number,
  ) {
    super(reason ? `${code}: ${reason}` : code);
    this.name = 'AppError';
  }
}
