import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isMentorOnly } from '../../../../../shared/domain/accounts';
import { useKaonaMutation } from '../../../api';
import { useSession } from '../../../app/session/session-context';
import { ErrorAlert } from '../../../components/ErrorAlert';

/**
 * The mentor's "take my work with me" (or, in mentor-only mode, "bring it back"): main writes the
 * encrypted file where the person chooses and answers with its name and copy number.
 */
export function CarryExportButton() {
  const { t } = useTranslation(['mentoring', 'shell']);
  const { info } = useSession();
  const mentorOnly = isMentorOnly(info);
  const exportFile = useKaonaMutation({
    call: (api) => api.carry.export(),
    onSuccess: (exported) => {
      if (!exported.savedTo) return;
      notifications.show({
        color: 'teal',
        message: t('carry.exported', { fileName: exported.savedTo, sequence: exported.sequence }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
    },
  });
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" loading={exportFile.isPending} onClick={() => exportFile.mutate()}>
        {t(mentorOnly ? 'carry.exportBack' : 'carry.export')}
      </Button>
      <Text size="sm" c="dimmed">
        {t(mentorOnly ? 'carry.exportBackHint' : 'carry.exportHint')}
      </Text>
      {exportFile.isError && (
        <ErrorAlert title={t('carry.exportFailed')} error={exportFile.error} />
      )}
    </Stack>
  );
}
