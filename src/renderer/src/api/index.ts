export { callKaona, getKaona, unwrap } from './call-kaona';
export { errorMessage } from './error-message';
export { KaonaApiError, toKaonaApiError } from './kaona-api-error';
export { onKaonaEvent } from './kaona-events';
export { createQueryClient } from './query-client';
export { onSessionLost } from './session-signal';
export { useKaonaMutation } from './use-kaona-mutation';
