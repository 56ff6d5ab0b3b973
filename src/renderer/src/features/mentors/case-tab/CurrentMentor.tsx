import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssignmentEntry } from '../../../../../shared/domain/mentoring';
import { useLanguage } from '../../../app/providers/language-context';
import { formatDateTime, THAI_TIME_ZONE } from '../../../i18n/format';
import { mentorPath } from '../mentor-paths';

interface CurrentMentorProps {
  current: AssignmentEntry | null;
  onEnd?: () => void;
}

/** Who mentors the case now, since when and on whose decision. */
export function CurrentMentor({ current, onEnd }: CurrentMentorProps) {
  const { t } = useTranslation(['mentors', 'shell']);
  const { language } = useLanguage();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('tab.current')}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('tab.current')}
          </Title>
          {current && onEnd && (
            <Button size="compact-sm" variant="default" color="red" onClick={onEnd}>
              {t('tab.end')}
            </Button>
          )}
        </Group>
        {current ? (
          <>
            <Anchor component={Link} to={mentorPath(current.mentorId)} fw={600}>
              {current.mentorName}
            </Anchor>
            <Text size="sm">
              {t('tab.since', {
                date: formatDateTime(current.startedAt, language, { timeZone: THAI_TIME_ZONE }),
                name: current.startedByName,
              })}
            </Text>
            {current.reason && (
              <Text size="sm">{t('tab.reasonGiven', { reason: current.reason })}</Text>
            )}
            {current.overCapacityReason && (
              <Text size="sm">
                {t('tab.overCapacityGiven', { reason: current.overCapacityReason })}
              </Text>
            )}
          </>
        ) : (
          <Text c="dimmed">{t('tab.none')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
