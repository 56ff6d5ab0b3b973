import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/domain/cases';
import { DetailsTable } from '../../components/DetailsTable';
import { EditSensitiveModal } from './EditSensitiveModal';
import { MaskedValue } from './MaskedValue';
import { SectionCard } from './SectionCard';
import type { RevealState } from './use-reveal';

/** Disability types and health notes (PDPA s.26): masked, each shown on its own "show". */
export function SensitiveSection({ file, reveal }: { file: CaseFile; reveal: RevealState }) {
  const { t } = useTranslation(['cases', 'shell']);
  const [editing, setEditing] = useState(false);
  const { case: details, canReveal } = file;
  const { disability, health_notes: health } = reveal.revealed;
  const masked = (recorded: boolean) =>
    recorded ? t('profile.recorded') : t('profile.notRecorded');
  return (
    <SectionCard
      title={t('sections.sensitive')}
      onEdit={canReveal && file.profile.erasedAt === null ? () => setEditing(true) : undefined}
      editDisabledReason={!disability || !health ? t('profile.revealToEdit') : undefined}
    >
      <DetailsTable
        rows={[
          {
            label: t('fields.baseline.disabilityTypes'),
            value: (
              <MaskedValue
                field="disability"
                masked={masked(details.hasDisabilityTypes)}
                shown={
                  disability?.disabilityTypes.length
                    ? disability.disabilityTypes
                        .map((type) => t(`codes.disabilityTypes.${type}`))
                        .join(', ')
                    : t('profile.notRecorded')
                }
                canReveal={canReveal}
                reveal={reveal}
              />
            ),
          },
          {
            label: t('fields.baseline.healthNotes'),
            value: (
              <MaskedValue
                field="health_notes"
                masked={masked(details.hasHealthNotes)}
                shown={
                  <Text style={{ whiteSpace: 'pre-wrap' }}>
                    {health?.healthNotes || t('profile.notRecorded')}
                  </Text>
                }
                canReveal={canReveal}
                reveal={reveal}
              />
            ),
          },
        ]}
      />
      {editing && disability && health && (
        <EditSensitiveModal
          caseId={details.caseId}
          disability={disability}
          health={health}
          onClose={() => setEditing(false)}
        />
      )}
    </SectionCard>
  );
}
