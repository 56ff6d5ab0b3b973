import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/providers/language-context';
import { formatDate, formatDateTime, THAI_TIME_ZONE } from '../../i18n/format';
import { formatMonth, splitMinutes } from './mentoring-format';

export interface MentoringFormat {
  language: 'th' | 'en';
  date: (isoDate: string | null) => string;
  instant: (isoTimestamp: string) => string;
  month: (month: string) => string;
  duration: (minutes: number) => string;
}

/** The mentoring screens' dates (พ.ศ.), times and durations in the chosen language. */
export function useMentoringFormat(): MentoringFormat {
  const { t } = useTranslation(['mentoring', 'shell']);
  const { language } = useLanguage();
  return {
    language,
    date: (isoDate: string | null) =>
      isoDate === null ? t('shell:common.none') : formatDate(isoDate, language, 'medium'),
    instant: (isoTimestamp: string) =>
      formatDateTime(isoTimestamp, language, { timeZone: THAI_TIME_ZONE }),
    month: (month: string) => formatMonth(month, language),
    duration: (total: number) => {
      const { hours, minutes } = splitMinutes(total);
      // "1 ชั่วโมง", not "1 ชม. 0 นาที".
      if (hours === 0) return t('session.durationMinutes', { minutes });
      if (minutes === 0) return t('session.durationWholeHours', { hours });
      return t('session.durationHours', { hours, minutes });
    },
  };
}
