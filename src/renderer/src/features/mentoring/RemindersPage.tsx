import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  REMINDER_KINDS,
  type Reminder,
  type ReminderList,
} from '../../../../shared/domain/mentoring';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { MentoringSection } from './MentoringSection';
import { useReminders } from './use-reminders';

/** `/reminders`: what needs following up, grouped by kind, each linked to its case. */
export function RemindersPage() {
  const { t } = useTranslation('mentoring');
  const { side, query } = useReminders();
  return (
    <Stack gap="lg">
      <PageHeader title={t('reminders.title')} description={t('reminders.description')} />
      <QueryView
        query={query}
        errorTitle={t('reminders.loadFailed')}
        isEmpty={(list) => list.items.length === 0}
        empty={<Text c="dimmed">{t('reminders.empty')}</Text>}
      >
        {(list) => (
          <ReminderGroups
            list={list}
            casePath={casePathFor(side)}
            linkMentors={side === 'office'}
          />
        )}
      </QueryView>
    </Stack>
  );
}

/** The office opens the case file; a mentor opens their mentee. */
function casePathFor(side: 'office' | 'mentor') {
  return (caseId: number) =>
    side === 'office' ? `/cases/${caseId}` : `/workspace/cases/${caseId}`;
}

function ReminderGroups({
  list,
  casePath,
  linkMentors,
}: {
  list: ReminderList;
  casePath: (caseId: number) => string;
  /** The office opens a mentor's profile (`/mentors/:userId`); a mentor has no such page. */
  linkMentors: boolean;
}) {
  const { t } = useTranslation('mentoring');
  return (
    <Stack gap="lg">
      {REMINDER_KINDS.map((kind) => {
        const items = list.items.filter((item) => item.kind === kind);
        if (items.length === 0) return null;
        return (
          <MentoringSection
            key={kind}
            title={`${t(`codes.reminderKinds.${kind}`)} (${items.length})`}
          >
            {kind === 'no_recent_session' && (
              <Text size="sm" c="dimmed">
                {t('reminders.noSessionRule', { days: list.noSessionDays })}
              </Text>
            )}
            <List spacing="xs">
              {items.map((item, index) => (
                <List.Item
                  key={`${item.caseId ?? ''}-${item.actionId ?? ''}-${item.mentorId ?? ''}-${index}`}
                >
                  <ReminderLine item={item} casePath={casePath} linkMentors={linkMentors} />
                </List.Item>
              ))}
            </List>
          </MentoringSection>
        );
      })}
    </Stack>
  );
}

function ReminderLine({
  item,
  casePath,
  linkMentors,
}: {
  item: Reminder;
  casePath: (caseId: number) => string;
  linkMentors: boolean;
}) {
  const { t } = useTranslation('mentoring');
  const text =
    item.kind === 'overdue_action'
      ? t('reminders.overdueItem', { description: item.description, days: item.amount })
      : item.kind === 'no_recent_session'
        ? t('reminders.noSessionItem', { days: item.amount })
        : t('reminders.overCapacityItem', { name: item.mentorName ?? '', count: item.amount });
  return (
    <Stack gap={0}>
      {item.kind === 'mentor_over_capacity' && linkMentors && item.mentorId !== null && (
        <Anchor component={Link} to={`/mentors/${item.mentorId}`}>
          {item.mentorName}
        </Anchor>
      )}
      {item.caseId !== null && (
        <Anchor component={Link} to={casePath(item.caseId)}>
          {[item.beneficiaryName, item.caseNumber].filter(Boolean).join(' · ')}
        </Anchor>
      )}
      <Text size="sm">{text}</Text>
      {item.kind !== 'mentor_over_capacity' && item.mentorName && (
        <Text size="xs" c="dimmed">
          {t('reminders.mentor', { name: item.mentorName })}
        </Text>
      )}
    </Stack>
  );
}
