import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MenteeSummary } from '../../../../shared/domain/mentoring';
import { useMentoringFormat } from './use-mentoring-format';

interface MenteesTableProps {
  mentees: readonly MenteeSummary[];
  onLog: (mentee: MenteeSummary) => void;
}

/** My mentees, in the order main gives (next session soonest, then name in Thai order). */
export function MenteesTable({ mentees, onLog }: MenteesTableProps) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const format = useMentoringFormat();
  if (mentees.length === 0) return <Text c="dimmed">{t('workspace.noMentees')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('workspace.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('workspace.columns.area')}</Table.Th>
            <Table.Th scope="col">{t('workspace.columns.nextSession')}</Table.Th>
            <Table.Th scope="col">{t('workspace.columns.lastSession')}</Table.Th>
            <Table.Th scope="col">{t('workspace.columns.actions')}</Table.Th>
            <Table.Th scope="col">{t('workspace.columns.log')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mentees.map((mentee) => (
            <Table.Tr key={mentee.caseId}>
              <Table.Th scope="row" fw={400}>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/workspace/cases/${mentee.caseId}`} fw={500}>
                    {mentee.displayName}
                  </Anchor>
                  {mentee.nickname && (
                    <Text size="sm" c="dimmed">
                      {mentee.nickname}
                    </Text>
                  )}
                </Stack>
              </Table.Th>
              <Table.Td>
                {[mentee.districtName, mentee.provinceName].filter(Boolean).join(', ')}
              </Table.Td>
              <Table.Td>{format.date(mentee.nextSessionOn)}</Table.Td>
              <Table.Td>{format.date(mentee.lastSessionOn)}</Table.Td>
              <Table.Td>
                {/* A dash like the other empty cells, not a blank. */}
                {mentee.overdueActions === 0 && mentee.openActions === 0 && t('shell:common.none')}
                <Group gap={4}>
                  {mentee.overdueActions > 0 && (
                    <Badge color="red" variant="light">
                      {t('workspace.overdueBadge', { count: mentee.overdueActions })}
                    </Badge>
                  )}
                  {mentee.openActions > 0 && (
                    <Badge color="gray" variant="light">
                      {t('workspace.openCount', { count: mentee.openActions })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t('workspace.logSessionFor', { name: mentee.displayName })}
                  onClick={() => onLog(mentee)}
                >
                  {t('workspace.logSession')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
