import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportApplied, ImportChecked, ImportOpened } from '../../../../shared/domain/imports';
import { ErrorReportButtons } from './ErrorReportButtons';

/** What was imported, the way to the cases, and the rows still to fix. */
export function DoneStep({
  opened,
  checked,
  applied,
  onAgain,
}: {
  opened: ImportOpened;
  checked: ImportChecked;
  applied: ImportApplied;
  onAgain: () => void;
}) {
  const { t } = useTranslation('imports');
  return (
    <Paper withBorder p="md" data-testid="import-done">
      <Stack gap="sm">
        <Alert color="teal" variant="light" role="status" title={t('done.title')}>
          {t('done.body', { count: applied.imported, skipped: applied.skipped })}
        </Alert>
        {checked.counts.error > 0 && (
          <Stack gap="xs">
            <Text size="sm">{t('done.fixIntro')}</Text>
            <ErrorReportButtons importId={opened.importId} />
          </Stack>
        )}
        <Group gap="sm">
          <Button component={Link} to="/cases">
            {t('done.toCases')}
          </Button>
          <Button variant="default" onClick={onAgain}>
            {t('done.again')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
