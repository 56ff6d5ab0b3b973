import { Alert, Button, Divider, FileButton, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRY_FILE_MAX_BYTES } from '../../../../../shared/domain/mentoring';
import { callKaona, errorMessage, KaonaApiError, toKaonaApiError } from '../../../api';
import { useSession } from '../../../app/session/session-context';
import { fileToBase64 } from '../../cases/attachment-bytes';

/**
 * The first run's second choice: this PC becomes a mentor's (mentor-only mode) by opening the
 * file they carried from the office. Main keeps the file and answers with its owner; the session
 * then reads "signed out, mentor-only", and the sign-in screen takes over.
 */
export function OpenCarriedFile() {
  const { t } = useTranslation('auth');
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  // Cleared after each pick, so that picking the same file again (after a refusal) is heard.
  const resetPicker = useRef<() => void>(null);

  async function open(file: File | null) {
    resetPicker.current?.();
    if (!file) return;
    setFailure(null);
    // Refused before reading: a huge file read into the page would freeze an office PC.
    if (file.size > CARRY_FILE_MAX_BYTES) {
      setFailure(new KaonaApiError({ code: 'VALIDATION', reason: 'carry_file_too_large' }));
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await fileToBase64(file);
      await callKaona((api) =>
        api.carry.open({ fileName: file.name.slice(0, 255), contentBase64 }),
      );
      await refresh();
    } catch (caught) {
      setFailure(toKaonaApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  // Set apart from the office's setup above it: under the office form's own buttons it read
  // as one more part of that form, easy to miss for the mentor it is for.
  return (
    <Stack gap="md">
      <Divider label={t('setup.carry.or')} labelPosition="center" />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('setup.carry.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('setup.carry.intro')}
          </Text>
          {failure && (
            <Alert color="red" variant="light" role="alert" title={t('setup.carry.failed')}>
              {errorMessage(failure, t)}
            </Alert>
          )}
          <FileButton
            resetRef={resetPicker}
            onChange={(file) => void open(file)}
            accept=".kaona-carry"
          >
            {(props) => (
              <Button variant="default" loading={busy} {...props}>
                {t('setup.carry.choose')}
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>
    </Stack>
  );
}
