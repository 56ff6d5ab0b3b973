export { callKaona, getKaona, unwrap } from './call-kaona';
export { errorMessage, isKnownReason } from './error-message';
export { KaonaApiError, toKaonaApiError } from './kaona-api-error';
export { onSessionLost } from './session-signal';
export { useKaonaQuery, type QueryState } from './use-kaona-query';
