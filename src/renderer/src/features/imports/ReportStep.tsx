import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ROW_KINDS,
  type ImportApplied,
  type ImportChecked,
  type ImportOpened,
  type ImportSettings,
} from '../../../../shared/domain/imports';
import { errorMessage, useKaonaMutation } from '../../api';
import { JobProgressFor } from '../../components/JobProgressPanel';
import { ErrorReportButtons } from './ErrorReportButtons';
import { KIND_COLOURS, ProblemTable } from './ProblemTable';

/**
 * The dry run's result: counts by kind, the rows with problems, the error report, and the import
 * of the valid rows (ok and warning) after a confirmation — with the paper-consent declaration
 * when the file has no consent column.
 */
export function ReportStep({
  opened,
  settings,
  checked,
  onBack,
  onApplied,
}: {
  opened: ImportOpened;
  settings: ImportSettings;
  checked: ImportChecked;
  onBack: () => void;
  onApplied: (applied: ImportApplied) => void;
}) {
  const { t } = useTranslation('imports');
  const [declared, setDeclared] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const valid = checked.counts.ok + checked.counts.warning;
  const needsDeclaration = settings.consentBasis === 'paper_declaration';
  const apply = useKaonaMutation({
    call: (api) => api.imports.apply({ importId: opened.importId, consentDeclared: declared }),
    onMutate: () => setCancelled(false),
    onSuccess: (outcome) => {
      if (outcome.done) onApplied(outcome);
      else setCancelled(true);
    },
  });

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('report.title', { total: checked.total })}
          </Title>
          <Group gap="xs" data-testid="import-counts">
            {ROW_KINDS.map((kind) => (
              <Badge key={kind} color={KIND_COLOURS[kind]} size="lg" variant="light">
                {t(`counts.${kind}`, { count: checked.counts[kind] })}
              </Badge>
            ))}
          </Group>
          {checked.counts.error > 0 && (
            <Group gap="sm">
              <Text size="sm">{t('errorReport.intro')}</Text>
              <ErrorReportButtons importId={opened.importId} />
            </Group>
          )}
        </Stack>
      </Paper>
      <ProblemTable importId={opened.importId} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text>{t('apply.confirm', { count: valid })}</Text>
          {needsDeclaration && (
            <Checkbox
              checked={declared}
              onChange={(event) => setDeclared(event.currentTarget.checked)}
              label={t('apply.declaration')}
              data-testid="import-consent-declaration"
            />
          )}
          {cancelled && (
            <Alert color="yellow" variant="light" role="status">
              {t('apply.cancelled')}
            </Alert>
          )}
          {apply.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(apply.error, t)}
            </Alert>
          )}
          <JobProgressFor
            kind="imports.apply"
            active={apply.isPending}
            labels={{
              preparing: t('apply.preparing'),
              progress: (done, total) => t('apply.progress', { done, total }),
              cancel: t('apply.cancel'),
              bar: t('apply.progressLabel'),
            }}
            testIds={{ progress: 'import-progress', cancel: 'import-cancel' }}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={onBack} disabled={apply.isPending}>
              {t('report.back')}
            </Button>
            <Button
              onClick={() => apply.mutate()}
              loading={apply.isPending}
              disabled={valid === 0 || (needsDeclaration && !declared)}
              data-testid="import-apply"
            >
              {t('apply.button', { count: valid })}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
