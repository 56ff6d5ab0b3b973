import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isMentorOnly } from '../../../../shared/domain/accounts';
import { useKaonaMutation } from '../../api';
import { useSession } from '../../app/session/session-context';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * The mentor's "take my work with me" — or, in mentor-only mode, "bring it back": main writes the
 * encrypted file where the person chooses; the screen keeps where it went and its copy number.
 */
export function CarryExportButton() {
  const { t } = useTranslation(['mentoring', 'shell']);
  const { info } = useSession();
  const mentorOnly = isMentorOnly(info);
  const exported = useKaonaMutation({ call: (api) => api.carry.export({}) });
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" loading={exported.isPending} onClick={() => exported.mutate()}>
        {t(mentorOnly ? 'carry.exportBack' : 'carry.export')}
      </Button>
      <Text size="sm" c="dimmed">
        {t(mentorOnly ? 'carry.exportBackHint' : 'carry.exportHint')}
      </Text>
      {exported.data && (
        <Alert color={exported.data.savedTo ? 'teal' : 'gray'} variant="light" role="status">
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {exported.data.savedTo
              ? t('carry.savedTo', {
                  path: exported.data.savedTo,
                  sequence: exported.data.sequence,
                })
              : t('carry.cancelled')}
          </Text>
        </Alert>
      )}
      {exported.error && <ErrorAlert title={t('carry.exportFailed')} error={exported.error} />}
    </Stack>
  );
}
