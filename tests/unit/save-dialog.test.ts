import { describe, expect, it } from 'vitest';
import { saveDialogOptions } from '../../src/main/app/save-dialog';

describe('the save dialog', () => {
  it('suggests the name in Documents with one filter for the kind', () => {
    expect(
      saveDialogOptions({ suggestedName: 'รายงาน.xlsx', kind: 'xlsx' }, '/home/clerk/Documents'),
    ).toEqual({
      defaultPath: '/home/clerk/Documents/รายงาน.xlsx',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('does not let a suggested name pick another folder', () => {
    const options = saveDialogOptions({ suggestedName: '../secret/x.pdf', kind: 'pdf' }, '/docs');
    expect(options.defaultPath).toBe('/docs/..-secret-x.pdf');
  });
});
