import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetails } from '../../../../shared/domain/cases';
import { DetailsTable } from '../../components/DetailsTable';
import { EditProgrammeModal } from './EditProgrammeModal';
import { SectionCard } from './SectionCard';

export function ProgrammeSection({ details, canEdit }: { details: CaseDetails; canEdit: boolean }) {
  const { t } = useTranslation(['cases', 'shell']);
  const [editing, setEditing] = useState(false);
  return (
    <SectionCard
      title={t('sections.programme')}
      onEdit={canEdit ? () => setEditing(true) : undefined}
    >
      <DetailsTable
        rows={[
          {
            label: t('fields.programme.targetGroups'),
            value: details.targetGroups.map((group) => t(`codes.targetGroups.${group}`)).join(', '),
          },
          {
            label: t('fields.programme.department'),
            value: t(`codes.departments.${details.department}`),
          },
          {
            label: t('fields.programme.flagshipProject'),
            value: t(`codes.flagshipProjects.${details.flagshipProject}`),
          },
          {
            label: t('fields.programme.referralSource'),
            value: [
              t(`codes.referralSources.${details.referralSource}`),
              details.referralSourceDetail,
            ]
              .filter(Boolean)
              .join(' — '),
          },
        ]}
      />
      {editing && <EditProgrammeModal details={details} onClose={() => setEditing(false)} />}
    </SectionCard>
  );
}
