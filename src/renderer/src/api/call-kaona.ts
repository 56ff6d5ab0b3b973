import type { KaonaApi } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import { fromKaonaError, KaonaApiError, toKaonaApiError } from './kaona-api-error';
import { reportIfSessionLost } from './session-signal';

/** `window.kaona`, or an `INTERNAL` error when the page was opened without the app around it. */
export function getKaona(): KaonaApi {
  const api = (window as Partial<Window>).kaona;
  if (!api) throw new KaonaApiError({ code: 'INTERNAL', reason: 'no_bridge' });
  return api;
}

/** The value of a Result, or a thrown `KaonaApiError` with its code, reason and issues. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (cause) {
    // The transport itself failed (IPC torn down, web host gone): not a contract error.
    throw new KaonaApiError({ code: 'INTERNAL' }, { cause });
  }
  if (result.ok) return result.value;
  const error = fromKaonaError(result.error);
  reportIfSessionLost(error);
  throw error;
}

/**
 * Calls one contract method and unwraps its Result:
 * `const info = await callKaona((api) => api.app.info())`. Whatever goes wrong rejects with a
 * `KaonaApiError`, so the query cache and the forms only ever meet that one error type.
 */
export async function callKaona<T>(call: (api: KaonaApi) => Promise<Result<T>>): Promise<T> {
  try {
    return await unwrap(call(getKaona()));
  } catch (error) {
    throw toKaonaApiError(error);
  }
}
