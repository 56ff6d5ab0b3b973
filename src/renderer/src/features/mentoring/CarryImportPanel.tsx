import { Alert, Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRY_FILE_MAX_BYTES } from '../../../../shared/domain/mentoring';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fileToBase64 } from '../cases/attachment-bytes';
import { casesKeys } from '../cases/cases-queries';
import { mentoringKeys } from './mentoring-queries';
import { MergeReportView } from './MergeReportView';

/**
 * The office takes back a mentor's carried file (for the mentor's profile page). main checks that
 * the file is Kaona's, whole, this office's, this mentor's and not older than one it took in, and
 * merges it in one transaction; a refusal comes back as its reason, in the mentors' words.
 */
export function CarryImportPanel({ mentorId }: { mentorId: number }) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const [tooLarge, setTooLarge] = useState(false);
  const resetPicker = useRef<() => void>(null);
  const carry = useKaonaMutation({
    call: (api, input: { fileName: string; contentBase64: string }) =>
      api.sync.importCarry({ mentorId, ...input }),
    invalidates: [mentoringKeys.mergeReports(), casesKeys.all, ['progress']],
  });

  async function pick(file: File | null) {
    resetPicker.current?.();
    if (!file) return;
    carry.reset();
    // Refused before reading: a huge file read into the page only to be refused freezes a PC.
    setTooLarge(file.size > CARRY_FILE_MAX_BYTES);
    if (file.size > CARRY_FILE_MAX_BYTES) return;
    carry.mutate({ fileName: file.name.slice(0, 255), contentBase64: await fileToBase64(file) });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="carry-import">
      <Stack gap="sm">
        <Title order={2} size="h4" id="carry-import">
          {t('carry.importTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('carry.importHint')}
        </Text>
        <Group>
          <FileButton onChange={(file) => void pick(file)} resetRef={resetPicker}>
            {(props) => (
              <Button {...props} loading={carry.isPending}>
                {t('carry.import')}
              </Button>
            )}
          </FileButton>
        </Group>
        {tooLarge && (
          <Alert color="red" variant="light" role="alert">
            {t('carry.tooLarge')}
          </Alert>
        )}
        {carry.error && <ErrorAlert title={t('carry.importTitle')} error={carry.error} />}
        {carry.data && (
          <Alert color="teal" variant="light" title={t('carry.arrived')} role="status">
            <MergeReportView report={carry.data} />
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
