import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatThaiPhone, parseThaiPhone } from '../../../../../shared/thai';
import { useLanguage } from '../../../app/providers/language-context';
import { formatDate } from '../../../i18n/format';
import type { ComparedRow } from './compare-candidate';

/**
 * The person being registered beside the registered one. A difference is marked in words as well
 * as in colour, so it is not lost on a screen reader or a faded office monitor.
 */
export function SideBySide({ rows, caption }: { rows: ComparedRow[]; caption: string }) {
  const { t } = useTranslation('intake');
  const { language } = useLanguage();
  const show = (row: ComparedRow, value: string) => {
    if (value.trim() === '') return t('review.none');
    if (row.field === 'birthDate') return formatDate(value, language);
    if (row.field === 'phone' && parseThaiPhone(value).ok) return formatThaiPhone(value);
    return value;
  };
  return (
    <Table withTableBorder withColumnBorders layout="fixed">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="25%">
            <VisuallyHidden>{t('duplicates.field')}</VisuallyHidden>
          </Table.Th>
          <Table.Th scope="col">{t('duplicates.typed')}</Table.Th>
          <Table.Th scope="col">{t('duplicates.registered')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field} bg={row.differs ? 'yellow.0' : undefined}>
            <Table.Th scope="row">
              {t(`duplicates.fields.${row.field}`)}
              {/* red.9 on yellow.0 passes WCAG AA (orange.9 was 4.05:1, too faint). */}
              {row.differs && (
                <Text component="span" size="xs" fw={700} c="red.9" ml={6}>
                  {t('duplicates.differs')}
                </Text>
              )}
            </Table.Th>
            <Table.Td fw={row.differs ? 700 : undefined}>{show(row, row.typed)}</Table.Td>
            <Table.Td fw={row.differs ? 700 : undefined}>{show(row, row.registered)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
