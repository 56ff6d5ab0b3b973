import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentHistoryRow } from '../../../../shared/domain/pdpa';
import { useLanguage } from '../../app/providers/language-context';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';

/** Every consent row of the person, newest first: the whole history, not only the state. */
export function ConsentHistoryTable({ consents }: { consents: ConsentHistoryRow[] }) {
  const { t } = useTranslation(['pdpa', 'cases']);
  const { language } = useLanguage();
  if (consents.length === 0) return <Text c="dimmed">{t('consents.empty')}</Text>;
  return (
    <Table striped withTableBorder data-testid="pdpa-consents">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('consents.purpose')}</Table.Th>
          <Table.Th>{t('consents.state')}</Table.Th>
          <Table.Th>{t('consents.notice')}</Table.Th>
          <Table.Th>{t('consents.givenBy')}</Table.Th>
          <Table.Th>{t('consents.recorded')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {consents.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>{t(`cases:codes.consentPurposes.${row.purpose}`)}</Table.Td>
            <Table.Td>{row.granted ? t('consents.granted') : t('consents.withdrawn')}</Table.Td>
            <Table.Td>{row.noticeVersion}</Table.Td>
            <Table.Td>
              {row.givenBy === 'self'
                ? t('consents.self')
                : t('consents.guardian', { name: row.guardianName })}
            </Table.Td>
            <Table.Td>
              {row.recordedBy}
              <Text size="xs" c="dimmed">
                {formatDateTime(row.recordedAt, language, { timeZone: THAI_TIME_ZONE })}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
