import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReminders } from './use-reminders';

/** The header's count of reminders, a link to the list; nothing while there are none. */
export function ReminderBadge() {
  const { t } = useTranslation('mentoring');
  const { query } = useReminders();
  const count = query.data?.items.length ?? 0;
  if (count === 0) return null;
  const label = t('reminders.badge', { count });
  return (
    <Anchor component={Link} to="/reminders" aria-label={label} title={label} underline="never">
      {/* A word with the number: an orange "1" alone did not say what it counts. */}
      <Badge color="orange" variant="filled" size="lg" tt="none">
        {t('reminders.badgeShort', { count })}
      </Badge>
    </Anchor>
  );
}
