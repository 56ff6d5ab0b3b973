import { Button, FileButton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../../shared/contract';
import { CARRY_FILE_MAX_BYTES, type MergeReport } from '../../../../../shared/domain/mentoring';
import { KaonaApiError, useKaonaMutation } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fileToBase64 } from '../../cases/attachment-bytes';

interface CarryImportButtonProps {
  /** The mentor whose file this must be: main refuses another mentor's. */
  mentorId: number;
  /** What arrived, for the screen that shows merge reports. */
  onImported?: (report: MergeReport) => void;
}

/** The office takes in a mentor's carried file: verified, merged and reported by main. */
export function CarryImportButton({ mentorId, onImported }: CarryImportButtonProps) {
  const { t } = useTranslation(['mentors', 'shell']);
  const [refusal, setRefusal] = useState<KaonaApiError | null>(null);
  // Cleared after each pick, so that picking the same file again (after a refusal) is heard.
  const resetPicker = useRef<() => void>(null);
  const importFile = useKaonaMutation({
    call: (api, input: MethodInput<'sync.importCarry'>) => api.sync.importCarry(input),
    onSuccess: (report) => {
      const added = Object.values(report.added).reduce((sum, count) => sum + count, 0);
      notifications.show({
        color: 'teal',
        message: t('carry.imported', { added, conflicts: report.conflicts }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
      onImported?.(report);
    },
  });

  async function take(file: File | null) {
    resetPicker.current?.();
    if (!file) return;
    importFile.reset();
    // Refused before reading: a huge file read into the page would freeze an office PC.
    if (file.size > CARRY_FILE_MAX_BYTES) {
      setRefusal(new KaonaApiError({ code: 'VALIDATION', reason: 'carry_file_too_large' }));
      return;
    }
    setRefusal(null);
    const contentBase64 = await fileToBase64(file);
    importFile.mutate({ mentorId, fileName: file.name.slice(0, 255), contentBase64 });
  }

  const error = refusal ?? (importFile.isError ? importFile.error : null);
  return (
    <Stack gap="xs" align="flex-start">
      <FileButton resetRef={resetPicker} onChange={(file) => void take(file)} accept=".kaona-carry">
        {(props) => (
          <Button variant="default" loading={importFile.isPending} {...props}>
            {t('carry.import')}
          </Button>
        )}
      </FileButton>
      {error && <ErrorAlert title={t('carry.importFailed')} error={error} />}
    </Stack>
  );
}
