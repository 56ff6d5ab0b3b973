import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../../shared/domain/cases';
import { useLanguage } from '../../app/providers/language-context';
import { formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { timelineDetail } from './timeline-detail';

/** What happened to the case, newest first (as the core sends it). */
export function TimelineTab({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, i18n } = useTranslation(['cases', 'shell']);
  const { language } = useLanguage();
  if (entries.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={entries.length}>
      {entries.map((entry) => (
        <Timeline.Item key={entry.id} title={t(`codes.timelineKinds.${entry.kind}`)}>
          {timelineDetail(entry, t, i18n).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
          <Text size="xs" c="dimmed" mt={4}>
            {formatDateTime(entry.at, language, { timeZone: THAI_TIME_ZONE })} ·{' '}
            {t('timeline.by', { name: entry.byName })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
