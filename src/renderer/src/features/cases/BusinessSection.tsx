import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetails } from '../../../../shared/domain/cases';
import { DetailsTable } from '../../components/DetailsTable';
import { useSkillLabels } from '../mentors/use-skill-labels';
import { EditBusinessModal, READINESS } from './EditBusinessModal';
import { SectionCard } from './SectionCard';

export function BusinessSection({ details, canEdit }: { details: CaseDetails; canEdit: boolean }) {
  const { t } = useTranslation(['cases', 'shell']);
  const [editing, setEditing] = useState(false);
  const none = t('shell:common.none');
  const skills = useSkillLabels();
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : none);
  const long = (text: string) =>
    text ? <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text> : none;
  return (
    <SectionCard
      title={t('sections.business')}
      onEdit={canEdit ? () => setEditing(true) : undefined}
    >
      <DetailsTable
        rows={[
          { label: t('fields.business.skills'), value: long(details.skills) },
          { label: t('fields.business.products'), value: long(details.products) },
          ...READINESS.map((name) => ({
            label: t(`fields.business.${name}`),
            value: details[name] ? t('profile.yes') : t('profile.no'),
          })),
          { label: t('fields.business.lazadaSellerId'), value: details.lazadaSellerId || none },
          { label: t('fields.business.goals'), value: long(details.goals) },
          {
            label: t('fields.business.mentoringNeeds'),
            value: list(skills.labels(details.mentoringNeeds)),
          },
          {
            label: t('fields.business.productCategory'),
            value: details.productCategory
              ? t(`codes.productCategories.${details.productCategory}`)
              : none,
          },
          {
            label: t('fields.business.languages'),
            value: list(details.languages.map((code) => t(`codes.languages.${code}`))),
          },
          { label: t('fields.business.notes'), value: long(details.notes) },
        ]}
      />
      {editing && <EditBusinessModal details={details} onClose={() => setEditing(false)} />}
    </SectionCard>
  );
}
