import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStatusEntry } from '../../../../../shared/domain/documents';
import { useLanguage } from '../../../app/providers/language-context';
import { formatDate, formatDateTime, THAI_TIME_ZONE } from '../../../i18n/format';

/** Each status the referral went through, oldest first as main sends them, with its note. */
export function StatusHistory({ history }: { history: readonly ReferralStatusEntry[] }) {
  const { t } = useTranslation('referrals');
  const { language } = useLanguage();
  return (
    <Timeline bulletSize={14} lineWidth={2} active={history.length - 1}>
      {history.map((entry, index) => (
        <Timeline.Item key={`${entry.at}-${index}`} title={t(`statuses.${entry.status}`)}>
          <Text size="sm">{t('page.historyOn', { date: formatDate(entry.on, language) })}</Text>
          {entry.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.note}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            {t('page.historyBy', {
              name: entry.byDisplayName,
              at: formatDateTime(entry.at, language, { timeZone: THAI_TIME_ZONE }),
            })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
