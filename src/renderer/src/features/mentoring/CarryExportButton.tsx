import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The mentor's compartment as one encrypted file, to take to another PC; main writes the file. */
export function CarryExportButton() {
  const { t } = useTranslation(['mentoring', 'shell']);
  const exported = useKaonaMutation({ call: (api) => api.carry.export({}) });
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="default"
        loading={exported.isPending}
        onClick={() => exported.mutate()}
        title={t('carry.exportHint')}
      >
        {t('carry.export')}
      </Button>
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
      {exported.error && <ErrorAlert title={t('carry.export')} error={exported.error} />}
    </Stack>
  );
}
