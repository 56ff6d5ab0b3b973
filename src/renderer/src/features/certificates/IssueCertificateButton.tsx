import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';
import { IssueCertificateModal } from './IssueCertificateModal';

/** The case header's "ออกเกียรติบัตร", for the roles that issue documents. */
export function IssueCertificateButton({ caseId }: { caseId: number }) {
  const { t } = useTranslation('certificates');
  const { role } = useSignedInUser();
  const [open, setOpen] = useState(false);
  if (!roleHasPermission(role, 'documents.issue')) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('issue.open')}
      </Button>
      {open && <IssueCertificateModal caseId={caseId} onClose={() => setOpen(false)} />}
    </>
  );
}
