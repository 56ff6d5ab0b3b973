export const REGISTER_PATH = '/documents';

export function documentPath(documentId: number): string {
  return `${REGISTER_PATH}/${documentId}`;
}
