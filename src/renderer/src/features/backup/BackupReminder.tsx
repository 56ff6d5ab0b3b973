import { Alert, Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';
import { backupQueries } from './backup-queries';

/**
 * The signed-in shell's reminder, for the roles that make backups: no backup yet, or the newest
 * is `backupReminderDays` days old or more (an office setting). Links to the backup page; not
 * shown on that page, which says the same at length.
 */
export function BackupReminder() {
  const { role } = useSignedInUser();
  const allowed = roleHasPermission(role, 'backup.create');
  if (!allowed) return null;
  return <Reminder />;
}

function Reminder() {
  const { t } = useTranslation('backup');
  const { pathname } = useLocation();
  const status = useQuery({ ...backupQueries.status(), staleTime: 5 * 60_000 });
  if (!status.data?.reminderDue || pathname === '/backup') return null;
  const { daysSince } = status.data;
  return (
    <Alert color="yellow" mb="md" title={t('reminder.title')} data-testid="backup-reminder">
      {daysSince === null ? t('reminder.never') : t('reminder.days', { count: daysSince })}{' '}
      {/* The alert's own text colour, underlined: Mantine's blue link on the yellow alert is
          4.46:1, under AA's 4.5 (axe, in the e2e walk). */}
      <Anchor component={Link} to="/backup" c="inherit" underline="always" fw={700}>
        {t('reminder.link')}
      </Anchor>
    </Alert>
  );
}
