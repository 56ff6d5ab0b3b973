export { callKaona, getKaona, unwrap } from './call-kaona';
export { errorMessage } from './error-message';
export { KaonaApiError, toKaonaApiError } from './kaona-api-error';
export { useKaonaQuery, type QueryState } from './use-kaona-query';
