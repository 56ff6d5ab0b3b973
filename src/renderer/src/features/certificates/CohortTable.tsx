import { Checkbox, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortMember } from '../../../../shared/domain/documents';
import { useLanguage } from '../../app/providers/language-context';
import { formatDate } from '../../i18n/format';

interface CohortTableProps {
  members: readonly CohortMember[];
  selected: ReadonlySet<number>;
  onSelect: (selected: Set<number>) => void;
}

/** The cohort with a box per person, "select all" and the serials they already hold. */
export function CohortTable({ members, selected, onSelect }: CohortTableProps) {
  const { t } = useTranslation('certificates');
  const { language } = useLanguage();
  const all = members.length > 0 && members.every((member) => selected.has(member.caseId));
  const some = members.some((member) => selected.has(member.caseId));
  const toggle = (caseId: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(caseId);
    else next.delete(caseId);
    onSelect(next);
  };
  return (
    <ScrollArea.Autosize mah={480}>
      <Table striped highlightOnHover stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('batch.selectAll')}
                checked={all}
                indeterminate={some && !all}
                onChange={(event) =>
                  onSelect(
                    event.currentTarget.checked
                      ? new Set(members.map((member) => member.caseId))
                      : new Set(),
                  )
                }
              />
            </Table.Th>
            <Table.Th>{t('batch.columns.name')}</Table.Th>
            <Table.Th>{t('batch.columns.caseNumber')}</Table.Th>
            <Table.Th>{t('batch.columns.province')}</Table.Th>
            <Table.Th>{t('batch.columns.reachedOn')}</Table.Th>
            <Table.Th>{t('batch.columns.existing')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.caseId}>
              <Table.Td>
                <Checkbox
                  aria-label={t('batch.selectOne', { name: member.personName })}
                  checked={selected.has(member.caseId)}
                  onChange={(event) => toggle(member.caseId, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{member.personName}</Table.Td>
              <Table.Td ff="monospace">{member.caseNumber}</Table.Td>
              <Table.Td>{member.provinceName ?? '—'}</Table.Td>
              <Table.Td>{member.reachedOn ? formatDate(member.reachedOn, language) : '—'}</Table.Td>
              <Table.Td>
                {member.existingSerial ? (
                  <Text ff="monospace" size="sm">
                    {member.existingSerial}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
