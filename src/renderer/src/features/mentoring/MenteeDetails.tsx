import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MenteeCase, TopicOption } from '../../../../shared/domain/mentoring';
import { formatThaiPhone, parseThaiPhone } from '../../../../shared/thai';
import { DetailsTable } from '../../components/DetailsTable';
import { MentoringSection } from './MentoringSection';

const READINESS = [
  'hasSmartphone',
  'hasInternet',
  'hasBankAccount',
  'hasProductPhotos',
  'hasOnlineShop',
] as const;

/** Stored as +66…; read as the local number a mentor dials, or as kept when it is not Thai. */
function localPhone(phone: string): string {
  return parseThaiPhone(phone).ok ? formatThaiPhone(phone) : phone;
}

/** What a mentor may know of their mentee: how to reach them, their business, their needs. */
export function MenteeDetails({
  mentee,
  topics,
}: {
  mentee: MenteeCase;
  topics: readonly TopicOption[];
}) {
  const { t, i18n } = useTranslation(['mentoring', 'shell']);
  const none = t('shell:common.none');
  const need = (code: string) => {
    const topic = topics.find((each) => each.code === code);
    if (!topic) return code;
    return i18n.language === 'en' ? topic.labelEn : topic.labelTh;
  };
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <MentoringSection title={t('mentee.contact')}>
        <DetailsTable
          rows={[
            { label: t('mentee.phone'), value: mentee.phone ? localPhone(mentee.phone) : none },
            { label: t('mentee.lineId'), value: mentee.lineId || none },
          ]}
        />
      </MentoringSection>
      <MentoringSection title={t('mentee.business')}>
        <DetailsTable
          rows={[
            // With the business, not under the contact details: it is what the mentor helps with.
            {
              label: t('mentee.needs'),
              value:
                mentee.mentoringNeeds.length > 0
                  ? mentee.mentoringNeeds.map(need).join(', ')
                  : none,
            },
            { label: t('mentee.occupation'), value: mentee.occupation || none },
            { label: t('mentee.products'), value: mentee.products || none },
            {
              label: t('mentee.productCategory'),
              value: mentee.productCategory
                ? t(`codes.productCategories.${mentee.productCategory}`)
                : none,
            },
            { label: t('mentee.businessSkills'), value: mentee.businessSkills || none },
            { label: t('mentee.lazadaSellerId'), value: mentee.lazadaSellerId || none },
            {
              label: t('mentee.readiness'),
              value:
                READINESS.filter((key) => mentee[key])
                  .map((key) => t(`mentee.ready.${key}`))
                  .join(', ') || none,
            },
            { label: t('mentee.goals'), value: mentee.goals || none },
          ]}
        />
      </MentoringSection>
    </SimpleGrid>
  );
}
