import { Button, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { formatDate } from '../../i18n/format';
import { pdpaQueries } from './pdpa-queries';
import { RequestFormModal } from './RequestFormModal';
import { RequestsTable } from './RequestsTable';

/** `/pdpa`: every request with its due date (overdue first to catch the eye), and the retention report. */
export function PdpaPage() {
  const { t } = useTranslation('pdpa');
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const requests = useQuery(pdpaQueries.requests(status));
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <SegmentedControl
        value={status}
        onChange={(value) => setStatus(value as 'open' | 'all')}
        data={[
          { value: 'open', label: t('filters.open') },
          { value: 'all', label: t('filters.all') },
        ]}
        w="fit-content"
      />
      <QueryView
        query={requests}
        errorTitle={t('title')}
        isEmpty={(rows) => rows.length === 0}
        empty={<Text c="dimmed">{t('empty')}</Text>}
      >
        {(rows) => <RequestsTable requests={rows} withPerson />}
      </QueryView>
      <RetentionReport />
    </Stack>
  );
}

/** Final cases past the office's retention period, each with a button to start an erasure request. */
function RetentionReport() {
  const { t } = useTranslation(['pdpa', 'cases']);
  const { language } = useLanguage();
  const report = useQuery(pdpaQueries.retention());
  const [starting, setStarting] = useState<number | null>(null);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('retention.title')}
      </Title>
      <QueryView query={report} errorTitle={t('retention.title')}>
        {(data) => (
          <Stack gap="xs">
            <Text c="dimmed">
              {t('retention.intro', {
                years: data.retentionYears,
                date: formatDate(data.cutoff, language),
              })}
            </Text>
            {data.rows.length === 0 ? (
              <Text c="dimmed">{t('retention.empty')}</Text>
            ) : (
              <Table striped withTableBorder data-testid="pdpa-retention">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.case')}</Table.Th>
                    <Table.Th>{t('columns.person')}</Table.Th>
                    <Table.Th>{t('columns.status')}</Table.Th>
                    <Table.Th>{t('columns.finalOn')}</Table.Th>
                    <Table.Th>{t('columns.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row) => (
                    <Table.Tr key={row.caseId}>
                      <Table.Td>{row.caseNumber}</Table.Td>
                      <Table.Td>{row.personName}</Table.Td>
                      <Table.Td>{t(`cases:codes.statuses.${row.status}`)}</Table.Td>
                      <Table.Td>{formatDate(row.finalOn, language)}</Table.Td>
                      <Table.Td>
                        {row.erasureRequestId === null ? (
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setStarting(row.beneficiaryId)}
                          >
                            {t('retention.startErasure')}
                          </Button>
                        ) : (
                          <Text size="sm">{t('retention.erasurePending')}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </QueryView>
      {starting !== null && (
        <RequestFormModal
          beneficiaryId={starting}
          kind="erasure"
          onClose={() => setStarting(null)}
        />
      )}
    </Stack>
  );
}
