import type { Handler } from '../handlers';
import { notBuilt } from '../call/not-built';

/** The register: list, one document, the letter's preview and issue, void (issue 10, being built). */
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
  return notBuilt([
    'documents.list',
    'documents.get',
    'documents.previewLetter',
    'documents.issueLetter',
    'documents.void',
  ]);
}
