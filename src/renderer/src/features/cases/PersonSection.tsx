import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/domain/cases';
import { useLanguage } from '../../app/providers/language-context';
import { DetailsTable } from '../../components/DetailsTable';
import { formatDate } from '../../i18n/format';
import { EditPersonModal } from './EditPersonModal';
import { SectionCard } from './SectionCard';

export function PersonSection({ file, canEdit }: { file: CaseFile; canEdit: boolean }) {
  const { t } = useTranslation(['cases', 'shell']);
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const { profile } = file;
  const none = t('shell:common.none');
  return (
    <SectionCard title={t('sections.person')} onEdit={canEdit ? () => setEditing(true) : undefined}>
      <DetailsTable
        rows={[
          {
            label: t('fields.identity.title'),
            value:
              profile.title === 'other' ? profile.titleOther : t(`codes.titles.${profile.title}`),
          },
          { label: t('fields.identity.firstName'), value: profile.firstName },
          { label: t('fields.identity.lastName'), value: profile.lastName },
          { label: t('fields.identity.nickname'), value: profile.nickname || none },
          { label: t('fields.identity.latinName'), value: profile.latinName || none },
          {
            label: t('fields.identity.birthDate'),
            value: formatDate(profile.birthDate, language),
          },
          { label: t('fields.identity.sex'), value: t(`codes.sexes.${profile.sex}`) },
        ]}
      />
      {editing && (
        <EditPersonModal
          caseId={file.case.caseId}
          profile={profile}
          onClose={() => setEditing(false)}
        />
      )}
    </SectionCard>
  );
}
