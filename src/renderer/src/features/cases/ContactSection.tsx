import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/domain/cases';
import { formatThaiPhone, parseThaiPhone } from '../../../../shared/thai';
import { DetailsTable } from '../../components/DetailsTable';
import { AddressView } from '../addresses/AddressView';
import { EditContactModal } from './EditContactModal';
import { SectionCard } from './SectionCard';

/** A stored number in its local form (081-234-5678); anything unreadable as it is. */
function localPhone(phone: string): string {
  return parseThaiPhone(phone).ok ? formatThaiPhone(phone) : phone;
}

export function ContactSection({ file, canEdit }: { file: CaseFile; canEdit: boolean }) {
  const { t } = useTranslation(['cases', 'shell']);
  const [editing, setEditing] = useState(false);
  const { profile } = file;
  const none = t('shell:common.none');
  return (
    <SectionCard
      title={t('sections.contact')}
      onEdit={canEdit ? () => setEditing(true) : undefined}
    >
      <DetailsTable
        rows={[
          {
            label: t('fields.contact.phone'),
            value: profile.phone ? localPhone(profile.phone) : none,
          },
          { label: t('fields.contact.lineId'), value: profile.lineId || none },
          {
            label: t('fields.contact.registeredAddress'),
            value: <AddressView address={profile.registeredAddress} />,
          },
          {
            label: t('fields.contact.currentAddress'),
            value: profile.currentSameAsRegistered ? (
              t('profile.sameAddress')
            ) : (
              <AddressView address={profile.currentAddress} />
            ),
          },
        ]}
      />
      {editing && (
        <EditContactModal
          caseId={file.case.caseId}
          profile={profile}
          onClose={() => setEditing(false)}
        />
      )}
    </SectionCard>
  );
}
