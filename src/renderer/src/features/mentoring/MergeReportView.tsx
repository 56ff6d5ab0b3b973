import { List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MERGED_RECORD_KINDS, type MergeReport } from '../../../../shared/domain/mentoring';

/** What one merge brought in: counts per kind, the cases concerned, conflicts left to pick. */
export function MergeReportView({ report }: { report: MergeReport }) {
  const { t } = useTranslation('mentoring');
  const kinds = MERGED_RECORD_KINDS.filter(
    (kind) => report.added[kind] > 0 || report.updated[kind] > 0,
  );
  return (
    <Stack gap="xs">
      {kinds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.nothing')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing={4} maw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.kind')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.added')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.updated')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((kind) => (
              <Table.Tr key={kind}>
                <Table.Th scope="row" fw={400}>
                  {t(`codes.recordKinds.${kind}`)}
                </Table.Th>
                <Table.Td ta="right">{report.added[kind]}</Table.Td>
                <Table.Td ta="right">{report.updated[kind]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {report.refused > 0 && (
        <Text size="sm" c="red.9">
          {t('reports.refused', { count: report.refused })}
        </Text>
      )}
      {report.conflicts > 0 && (
        <Text size="sm" c="orange.9">
          {t('reports.conflicts', { count: report.conflicts })}
        </Text>
      )}
      {report.cases.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            {t('reports.cases')}
          </Text>
          <List size="sm" spacing={2}>
            {report.cases.map((each) => (
              <List.Item key={each.caseId}>
                {each.caseNumber} · {each.beneficiaryName}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
