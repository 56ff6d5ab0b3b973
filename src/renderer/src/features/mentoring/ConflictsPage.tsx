import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MergeConflict } from '../../../../shared/domain/mentoring';
import { useKaonaMutation } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { mentorChangeStales, mentoringQueries } from './mentoring-queries';
import { useMentoringFormat } from './use-mentoring-format';

type Value = MergeConflict['officeVersion'][string];

/** Field names the session form uses, shown with the form's own labels. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  heldOn: 'session.heldOn',
  heldTime: 'session.heldTime',
  durationMinutes: 'session.duration',
  mode: 'session.mode',
  topics: 'session.topics',
  summary: 'session.summary',
  actions: 'session.actions',
  nextSessionOn: 'session.nextSessionOn',
  correctionNote: 'session.correctionNote',
  occurredOn: 'milestone.occurredOn',
  shopName: 'milestone.shopName',
  shopRef: 'milestone.shopRef',
  productsCount: 'milestone.productsCount',
  note: 'milestone.note',
  orders: 'month.orders',
  salesSatang: 'month.sales',
  incomeSatang: 'month.income',
  description: 'session.actionDescription',
  dueOn: 'session.actionDue',
  owner: 'session.actionOwner',
};

const same = (a: Value | undefined, b: Value | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** `/workspace/conflicts`: the same record edited in two places, side by side; the mentor picks. */
export function ConflictsPage() {
  const { t } = useTranslation('mentoring');
  const conflicts = useQuery(mentoringQueries.conflicts());
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/workspace" size="sm">
        {t('mentee.back')}
      </Anchor>
      <PageHeader title={t('conflicts.title')} description={t('conflicts.description')} />
      <QueryView
        query={conflicts}
        errorTitle={t('conflicts.loadFailed')}
        isEmpty={(list) => list.length === 0}
        empty={<Text c="dimmed">{t('conflicts.empty')}</Text>}
      >
        {(list) => (
          <Stack gap="lg">
            {list.map((conflict) => (
              <ConflictView key={conflict.conflictId} conflict={conflict} />
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}

function ConflictView({ conflict }: { conflict: MergeConflict }) {
  const { t } = useTranslation(['mentoring', 'shell']);
  const format = useMentoringFormat();
  const resolve = useKaonaMutation({
    call: (api, keep: 'office' | 'incoming') =>
      api.mentoring.resolveConflict({ conflictId: conflict.conflictId, keep }),
    invalidates: mentorChangeStales(conflict.caseId),
  });
  const fields = [
    ...new Set([...Object.keys(conflict.officeVersion), ...Object.keys(conflict.incomingVersion)]),
  ];
  const show = (value: Value | undefined): string => {
    if (value === null || value === undefined || value === '') return t('shell:common.none');
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'boolean') return value ? t('mentee.yes') : t('mentee.no');
    return String(value);
  };
  const label = (field: string) => {
    const key = FIELD_LABELS[field];
    return key ? t(key as 'session.heldOn') : field;
  };
  const titleId = `conflict-${conflict.conflictId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('conflicts.recordTitle', {
            kind: t(`codes.recordKinds.${conflict.recordKind}`),
            name: conflict.displayName,
          })}
        </Title>
        {resolve.error && <ErrorAlert title={t('conflicts.title')} error={resolve.error} />}
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder withColumnBorders layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="20%">
                  {t('conflicts.field')}
                </Table.Th>
                <Table.Th scope="col">
                  {t('conflicts.office')}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('conflicts.changedAt', { at: format.instant(conflict.officeChangedAt) })}
                  </Text>
                </Table.Th>
                <Table.Th scope="col">
                  {t('conflicts.incoming')}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('conflicts.changedAt', { at: format.instant(conflict.incomingChangedAt) })}
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field) => {
                const differs = !same(
                  conflict.officeVersion[field],
                  conflict.incomingVersion[field],
                );
                const background = differs ? 'var(--mantine-color-yellow-light)' : undefined;
                return (
                  <Table.Tr key={field} bg={background}>
                    <Table.Th scope="row">
                      {label(field)}
                      {differs && (
                        <Text size="xs" c="orange.9" fw={600}>
                          {t('conflicts.differs')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {show(conflict.officeVersion[field])}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {show(conflict.incomingVersion[field])}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            loading={resolve.isPending && resolve.variables === 'office'}
            disabled={resolve.isPending}
            onClick={() => resolve.mutate('office')}
          >
            {t('conflicts.useThis')} ({t('conflicts.office')})
          </Button>
          <Button
            loading={resolve.isPending && resolve.variables === 'incoming'}
            disabled={resolve.isPending}
            onClick={() => resolve.mutate('incoming')}
          >
            {t('conflicts.useThis')} ({t('conflicts.incoming')})
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
