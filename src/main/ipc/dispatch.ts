import type { z } from 'zod';
import type { MethodDefinition } from '../../shared/contract/define';
import type { KaonaError, Result, ValidationIssue } from '../../shared/contract/errors';
import { roleHasPermission } from '../../shared/permissions';
import { AppError } from '../core/errors';
import type { SessionState } from '../core/session';

type AnyContract = Record<string, MethodDefinition>;
type AnyHandler = (input: never, call: { session: SessionState }) => unknown;

export interface DispatcherOptions<TContract extends AnyContract> {
  contract: TContract;
  handlers: { [C in keyof TContract]: AnyHandler };
  getSession: () => SessionState;
  /**
   * Told about unexpected failures. It receives the error object so a caller can count or report
   * it, but must not write its message anywhere: messages can carry personal data.
   */
  onInternalError?: (channel: string, error: unknown) => void;
  /** Told about every call that passed the access check (the idle timer counts it as activity). */
  onAuthorized?: (channel: string, session: SessionState) => void;
}

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The transport-free half of the IPC wrapper: session and permission check, schema parse
 * (unknown keys rejected by the contract's strict schemas), and mapping of failures to error
 * codes. Electron IPC and the web host both call it, so both enforce exactly the same rules.
 */
export function createDispatcher<TContract extends AnyContract>(
  options: DispatcherOptions<TContract>,
): Dispatch {
  const { contract, handlers, getSession, onInternalError, onAuthorized } = options;

  return async function dispatch(channel, rawInput) {
    if (!Object.hasOwn(contract, channel)) return failure({ code: 'NOT_FOUND' });
    const definition = contract[channel] as MethodDefinition;

    // Access first: a caller who may not use a method learns nothing about its input schema.
    const session = getSession();
    const denied = checkAccess(definition, session);
    if (denied) return failure(denied);

    const parsed = definition.input.safeParse(rawInput);
    if (!parsed.success) {
      return failure({ code: 'VALIDATION', issues: toIssues(parsed.error) });
    }
    onAuthorized?.(channel, session);

    try {
      const handler = handlers[channel] as (
        input: unknown,
        call: { session: SessionState },
      ) => unknown;
      const value = await handler(parsed.data, { session });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return failure(describeAppError(error));
      onInternalError?.(channel, error);
      return failure({ code: 'INTERNAL' });
    }
  };
}

/** Decides whether the session may call a method; `undefined` means yes. */
export function checkAccess(
  definition: Pick<MethodDefinition, 'access'>,
  session: SessionState,
): KaonaError | undefined {
  if (definition.access === 'public') return undefined;
  if (session.status === 'signed-out') return { code: 'UNAUTHENTICATED' };
  if (session.status === 'locked') return { code: 'LOCKED' };
  if (!roleHasPermission(session.user.role, definition.access)) return { code: 'FORBIDDEN' };
  // After a reset, the temporary password must be replaced before anything else.
  if (session.user.mustChangePassword && definition.access !== 'session.own') {
    return { code: 'FORBIDDEN', reason: 'password_change_required' };
  }
  return undefined;
}

function describeAppError(error: AppError): KaonaError {
  const described: KaonaError = { code: error.code };
  if (error.reason) described.reason = error.reason;
  if (error.retryAfterSeconds !== undefined) described.retryAfterSeconds = error.retryAfterSeconds;
  return described;
}

function failure(error: KaonaError): Result<never> {
  return { ok: false, error };
}

function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    code: issue.code,
  }));
}
