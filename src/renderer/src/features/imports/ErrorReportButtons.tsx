import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage, useKaonaMutation } from '../../api';

/** "Download the rows with problems" as XLSX or CSV, written by main where the person chooses. */
export function ErrorReportButtons({ importId }: { importId: string }) {
  const { t } = useTranslation(['imports', 'shell']);
  const save = useKaonaMutation({
    call: (api, format: 'xlsx' | 'csv') => api.imports.saveErrorReport({ importId, format }),
    onSuccess: (outcome) => {
      if (!outcome.done) return;
      notifications.show({
        color: 'teal',
        title: t('errorReport.savedTitle'),
        message: t('errorReport.savedBody', { fileName: outcome.fileName }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: t('errorReport.failedTitle'),
        message: errorMessage(error, t),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      }),
  });
  return (
    <Group gap="xs">
      <Button
        variant="light"
        loading={save.isPending && save.variables === 'xlsx'}
        onClick={() => save.mutate('xlsx')}
        data-testid="import-error-report-xlsx"
      >
        {t('errorReport.xlsx')}
      </Button>
      <Button
        variant="default"
        loading={save.isPending && save.variables === 'csv'}
        onClick={() => save.mutate('csv')}
        data-testid="import-error-report-csv"
      >
        {t('errorReport.csv')}
      </Button>
    </Group>
  );
}
