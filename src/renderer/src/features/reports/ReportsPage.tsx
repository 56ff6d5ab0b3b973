import { Group, NativeSelect, Select, Stack, Table, Text, Button, Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS } from '../../../../shared/domain/cases';
import {
  isPersonalReport,
  REPORT_KINDS,
  type ExportFormat,
  type ExportOutcome,
  type ReportColumnHeader,
  type ReportFilters,
  type ReportKind,
  type ReportPreview,
} from '../../../../shared/domain/reports';
import { roleHasPermission } from '../../../../shared/permissions';
import { bangkokToday, fiscalYearOf } from '../../../../shared/thai';
import { errorMessage, useKaonaMutation } from '../../api';
import { useLanguage } from '../../app/providers/language-context';
import { useSignedInUser } from '../../app/session/session-context';
import { JobProgressPanel, useJobProgress } from '../../components/JobProgressPanel';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { fiscalYearChoices } from '../certificates/cohort-filters';
import { useProvinceNames } from '../mentors/use-province-names';
import { ExportReasonDialog } from './ExportReasonDialog';
import { reportsQueries } from './reports-queries';

const ALL = 'all';

/**
 * `/reports`: choose a standard report and its filters, see its first rows and total, export it
 * to XLSX or CSV. Reports that name people are offered only to roles that may export them, and
 * ask for a reason first; the export is a background job with progress and cancel.
 */
export function ReportsPage() {
  const { t } = useTranslation(['reports', 'shell', 'cases']);
  const { language } = useLanguage();
  const { role } = useSignedInUser();
  const mayName = roleHasPermission(role, 'reports.exportPersonal');
  const kinds = REPORT_KINDS.filter((kind) => mayName || !isPersonalReport(kind));
  const [report, setReport] = useState<ReportKind>(kinds[0] ?? 'mentoring_activity');
  const [filters, setFilters] = useState<ReportFilters>(() => ({
    fiscalYear: fiscalYearOf(bangkokToday()),
    provinceId: null,
    department: null,
  }));
  const [asking, setAsking] = useState<ExportFormat | null>(null);
  const provinces = useProvinceNames();
  const preview = useQuery(reportsQueries.preview({ report, filters, language }));
  const personal = isPersonalReport(report);

  const exported = useKaonaMutation({
    call: (api, input: { format: ExportFormat; reason?: string }) =>
      api.reports.export({ report, filters, language, ...input }),
    onSuccess: (outcome: ExportOutcome) => {
      if (!outcome.done) return;
      notifications.show({
        color: 'teal',
        title: t('export.savedTitle'),
        message: t('export.savedBody', { fileName: outcome.fileName, count: outcome.rows }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: t('export.failedTitle'),
        message: errorMessage(error, t),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      }),
    // `progress` is read when the export settles, long after it is declared below.
    onSettled: () => progress.clear(),
  });
  const cancel = useKaonaMutation({
    call: (api, jobId: string) => api.jobs.cancel({ jobId }),
  });
  const progress = useJobProgress('reports.export', exported.isPending);

  const start = (format: ExportFormat) => {
    if (personal) setAsking(format);
    else exported.mutate({ format });
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('filters.report')}
          data-testid="report-kind"
          value={report}
          onChange={(event) => setReport(event.currentTarget.value as ReportKind)}
          data={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        <NativeSelect
          label={t('filters.fiscalYear')}
          data-testid="report-fiscal-year"
          value={String(filters.fiscalYear)}
          onChange={(event) =>
            setFilters({ ...filters, fiscalYear: Number(event.currentTarget.value) })
          }
          data={fiscalYearChoices().map((year) => ({
            value: String(year),
            label: t('filters.fiscalYearOption', { year }),
          }))}
        />
        <Select
          label={t('filters.province')}
          placeholder={t('filters.allProvinces')}
          clearable
          searchable
          value={filters.provinceId === null ? null : String(filters.provinceId)}
          onChange={(value) => setFilters({ ...filters, provinceId: value ? Number(value) : null })}
          data={provinces.options}
        />
        <NativeSelect
          label={t('filters.department')}
          value={filters.department ?? ALL}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setFilters({
              ...filters,
              department: value === ALL ? null : (value as ReportFilters['department']),
            });
          }}
          data={[
            { value: ALL, label: t('filters.allDepartments') },
            ...DEPARTMENTS.map((code) => ({
              value: code,
              label: t(`cases:codes.departmentsShort.${code}`),
            })),
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t(`descriptions.${report}`)}
      </Text>
      <Group gap="sm">
        <Button
          data-testid="report-export-xlsx"
          onClick={() => start('xlsx')}
          loading={exported.isPending && exported.variables?.format === 'xlsx'}
          disabled={exported.isPending}
        >
          {t('export.xlsx')}
        </Button>
        <Button
          variant="light"
          data-testid="report-export-csv"
          onClick={() => start('csv')}
          loading={exported.isPending && exported.variables?.format === 'csv'}
          disabled={exported.isPending}
        >
          {t('export.csv')}
        </Button>
      </Group>
      {progress.job && (
        <JobProgressPanel
          job={progress.job}
          labels={{
            preparing: t('export.preparing'),
            progress: (done, total) => t('export.progress', { done, total }),
            cancel: t('export.cancel'),
            bar: t('export.progressLabel'),
          }}
          onCancel={(jobId) => cancel.mutate(jobId)}
          cancelling={cancel.isPending}
        />
      )}
      <QueryView query={preview} errorTitle={t('preview.loadFailed')}>
        {(data) => <PreviewTable preview={data} />}
      </QueryView>
      {asking && (
        <ExportReasonDialog
          onConfirm={(reason) => exported.mutate({ format: asking, reason })}
          onClose={() => setAsking(null)}
        />
      )}
    </Stack>
  );
}

function PreviewTable({ preview }: { preview: ReportPreview }) {
  const { t } = useTranslation('reports');
  return (
    <Stack gap="xs">
      <Text size="sm" aria-live="polite" data-testid="report-preview-total">
        {preview.total > preview.rows.length
          ? t('preview.shownOf', { shown: preview.rows.length, total: preview.total })
          : t('preview.total', { count: preview.total })}
      </Text>
      {preview.excluded !== null && preview.excluded > 0 && (
        <Alert color="yellow" data-testid="report-preview-excluded">
          {t('preview.excluded', { count: preview.excluded })}
        </Alert>
      )}
      {preview.rows.length === 0 ? (
        <Text c="dimmed">{t('preview.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table
            striped
            withTableBorder
            aria-label={t('preview.tableLabel')}
            data-testid="report-preview"
          >
            <Table.Thead>
              <Table.Tr>
                {preview.columns.map((column) => (
                  <Table.Th
                    key={column.key}
                    style={column.numeric ? { textAlign: 'right' } : undefined}
                  >
                    {column.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((row, index) => (
                <Table.Tr key={index}>
                  {row.map((cell, column) => (
                    <Table.Td
                      key={preview.columns[column]?.key ?? column}
                      style={cellStyle(preview.columns[column])}
                    >
                      {cell ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/**
 * Codes and dates stay on one line: in a narrow column "2569-000040" broke after its hyphen and
 * read as two values (seen in the e2e screenshots); the table scrolls sideways instead.
 */
const UNBROKEN_COLUMNS = new Set([
  'caseNumber',
  'number',
  'nationalId',
  'intakeDate',
  'issuedOn',
  'lastSession',
]);

function cellStyle(column: ReportColumnHeader | undefined) {
  if (!column) return undefined;
  if (column.numeric) return { textAlign: 'right' as const };
  return UNBROKEN_COLUMNS.has(column.key) ? { whiteSpace: 'nowrap' as const } : undefined;
}
