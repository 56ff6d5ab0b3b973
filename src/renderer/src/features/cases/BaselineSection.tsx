import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetails } from '../../../../shared/domain/cases';
import { DetailsTable } from '../../components/DetailsTable';
import { EditBaselineModal } from './EditBaselineModal';
import { SectionCard } from './SectionCard';

const baht = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function BaselineSection({ details, canEdit }: { details: CaseDetails; canEdit: boolean }) {
  const { t } = useTranslation(['cases', 'shell']);
  const [editing, setEditing] = useState(false);
  const none = t('shell:common.none');
  const yesNo = (value: boolean) => (value ? t('profile.yes') : t('profile.no'));
  return (
    <SectionCard
      title={t('sections.baseline')}
      onEdit={canEdit ? () => setEditing(true) : undefined}
    >
      <DetailsTable
        rows={[
          { label: t('fields.baseline.householdSize'), value: details.householdSize },
          {
            label: t('fields.baseline.monthlyIncomeSatang'),
            value: t('profile.baht', { amount: baht.format(details.monthlyIncomeSatang / 100) }),
          },
          { label: t('fields.baseline.welfareCard'), value: yesNo(details.welfareCard) },
          { label: t('fields.baseline.disabilityCard'), value: yesNo(details.disabilityCard) },
          { label: t('fields.baseline.caregiverName'), value: details.caregiverName || none },
          {
            label: t('fields.baseline.caregiverRelation'),
            value: details.caregiverRelation || none,
          },
          { label: t('fields.baseline.occupation'), value: details.occupation || none },
        ]}
      />
      {editing && <EditBaselineModal details={details} onClose={() => setEditing(false)} />}
    </SectionCard>
  );
}
