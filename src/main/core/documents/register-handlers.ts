import type { Handler } from '../handlers';
import { issueLetter, previewLetter } from './letter-service';
import { documentDetail, documentList, voidDocument } from './register-service';

/** The register: list, one document, the letter's preview and issue, void. */
export function registerHandlers(): {
  [
    K in
      | 'documents.list'
      | 'documents.get'
      | 'documents.previewLetter'
      | 'documents.issueLetter'
      | 'documents.void'
  ]: Handler<K>;
} {
  return {
    'documents.list': (query, call) => documentList(call, query),
    'documents.get': ({ documentId }, call) => documentDetail(call, documentId),
    'documents.previewLetter': (request, call) => previewLetter(call, request),
    'documents.issueLetter': (request, call) => issueLetter(call, request),
    'documents.void': (input, call) => voidDocument(call, input),
  };
}
