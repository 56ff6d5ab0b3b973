import type { SaveDialogOptions } from 'electron';
import type { SaveKind, SaveRequest } from '../core/files/save-file';

const FILTERS: Record<SaveKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  backup: { name: 'Kaona backup', extensions: ['kaona-backup'] },
  carry: { name: 'Kaona carried file', extensions: ['kaona-carry'] },
};

/**
 * The save dialog for a file Kaona writes: the suggested name in the person's Documents folder
 * and one filter for the kind. Kept pure so it is tested without Electron.
 */
export function saveDialogOptions(request: SaveRequest, documentsDir: string): SaveDialogOptions {
  return {
    defaultPath: `${documentsDir}/${request.suggestedName.replace(/[/\\]/g, '-')}`,
    filters: [FILTERS[request.kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
