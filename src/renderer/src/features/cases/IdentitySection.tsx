import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/domain/cases';
import { formatNationalId } from '../../../../shared/thai';
import { DetailsTable, type DetailRow } from '../../components/DetailsTable';
import { EditIdentityModal } from './EditIdentityModal';
import { MaskedValue } from './MaskedValue';
import { SectionCard } from './SectionCard';
import type { RevealState } from './use-reveal';

/** The national ID (masked until "show") or the other document a stateless person has. */
export function IdentitySection({ file, reveal }: { file: CaseFile; reveal: RevealState }) {
  const { t } = useTranslation(['cases', 'shell']);
  const [editing, setEditing] = useState(false);
  const { profile, canReveal } = file;
  const revealed = reveal.revealed.national_id;
  const rows: DetailRow[] = profile.hasThaiId
    ? [
        {
          label: t('fields.identity.nationalId'),
          value: (
            <MaskedValue
              field="national_id"
              masked={profile.nationalIdMasked}
              shown={revealed?.nationalId ? formatNationalId(revealed.nationalId) : ''}
              canReveal={canReveal}
              reveal={reveal}
            />
          ),
        },
      ]
    : [
        { label: t('fields.identity.hasThaiId'), value: t('profile.noThaiId') },
        {
          label: t('fields.identity.otherIdDocument'),
          value: profile.otherIdDocument
            ? t(`codes.otherIdDocuments.${profile.otherIdDocument}`)
            : t('shell:common.none'),
        },
        {
          label: t('fields.identity.otherIdNumber'),
          value: profile.otherIdNumber || t('shell:common.none'),
        },
      ];
  // Editing a national ID starts from the whole number: it must have been shown first.
  const mustReveal = profile.hasThaiId && !revealed;
  return (
    <SectionCard
      title={t('sections.identity')}
      onEdit={canReveal && profile.erasedAt === null ? () => setEditing(true) : undefined}
      editDisabledReason={mustReveal ? t('profile.revealToEdit') : undefined}
    >
      <DetailsTable rows={rows} />
      {editing && (
        <EditIdentityModal
          caseId={file.case.caseId}
          profile={profile}
          nationalId={revealed?.nationalId ?? ''}
          onClose={() => setEditing(false)}
        />
      )}
    </SectionCard>
  );
}
