import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../shared/domain/cases/duplicates';
import { DetailsTable } from '../../../components/DetailsTable';
import { useLanguage } from '../../../app/providers/language-context';
import { formatDate } from '../../../i18n/format';

/** A registered person as the duplicate check shows them: never their full national ID. */
export function CandidateSummary({ candidate }: { candidate: DuplicateCandidate }) {
  const { t } = useTranslation('intake');
  const { language } = useLanguage();
  return (
    <DetailsTable
      rows={[
        { label: t('duplicates.name'), value: candidate.displayName },
        { label: t('identity.birthDate'), value: formatDate(candidate.birthDate, language) },
        {
          label: t('duplicates.idLastDigits'),
          value: candidate.idLastDigits
            ? t('duplicates.endsWith', { digits: candidate.idLastDigits })
            : t('review.none'),
        },
        { label: t('duplicates.province'), value: candidate.provinceName ?? t('review.none') },
        {
          label: t('duplicates.cases'),
          value:
            candidate.cases.length === 0 ? (
              <Text size="sm">{t('review.none')}</Text>
            ) : (
              <List size="sm">
                {candidate.cases.map((related) => (
                  <List.Item key={related.caseId}>
                    {t('duplicates.caseLine', {
                      number: related.caseNumber,
                      date: formatDate(related.intakeDate, language),
                    })}
                  </List.Item>
                ))}
              </List>
            ),
        },
      ]}
    />
  );
}
