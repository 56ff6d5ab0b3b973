import { Alert, Button, FileButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MIME_TYPES } from '../../../../shared/domain/cases';
import type { MethodInput } from '../../../../shared/contract';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fileToBase64 } from './attachment-bytes';
import { caseChangeStales } from './cases-queries';
import { useFileSize } from './use-file-size';

/**
 * Picking a file attaches it. A file over the limit is refused here before it is read at all —
 * reading 200 MB into the page only to be refused by main would freeze an office PC — and main
 * checks the size and the content's real type again.
 */
export function AddAttachment({ caseId }: { caseId: number }) {
  const { t } = useTranslation(['cases', 'shell']);
  const fileSize = useFileSize();
  const [caption, setCaption] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  // Cleared after each pick, so that picking the same file again (after a refusal) is heard.
  const resetPicker = useRef<() => void>(null);
  const add = useKaonaMutation({
    call: (api, input: MethodInput<'cases.addAttachment'>) => api.cases.addAttachment(input),
    invalidates: caseChangeStales(caseId),
  });

  async function attach(file: File | null) {
    resetPicker.current?.();
    if (!file) return;
    add.reset();
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setRefusal(
        t('attachments.tooLarge', {
          name: file.name,
          size: fileSize(file.size),
          max: fileSize(ATTACHMENT_MAX_BYTES),
        }),
      );
      return;
    }
    setRefusal(null);
    let dataBase64: string;
    try {
      dataBase64 = await fileToBase64(file);
    } catch {
      setRefusal(t('attachments.readFailed'));
      return;
    }
    add.mutate(
      { caseId, fileName: file.name.slice(0, 200), caption: caption.trim(), dataBase64 },
      {
        onSuccess: () => {
          setCaption('');
          notifications.show({
            color: 'teal',
            message: t('attachments.added'),
            closeButtonProps: { 'aria-label': t('shell:common.close') },
          });
        },
      },
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('attachments.caption')}
            description={t('attachments.captionHint')}
            value={caption}
            onChange={(event) => setCaption(event.currentTarget.value)}
            maxLength={200}
            w={360}
          />
          <FileButton
            resetRef={resetPicker}
            onChange={(file) => void attach(file)}
            accept={ATTACHMENT_MIME_TYPES.join(',')}
          >
            {(props) => (
              <Button {...props} loading={add.isPending}>
                {t('attachments.add')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t('attachments.accepted', { size: fileSize(ATTACHMENT_MAX_BYTES) })}
        </Text>
        {refusal && (
          <Alert color="red" variant="light" role="alert">
            {refusal}
          </Alert>
        )}
        {add.isError && <ErrorAlert title={t('attachments.addFailed')} error={add.error} />}
      </Stack>
    </Paper>
  );
}
