import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isOpenStatus, type CaseFile } from '../../../../shared/domain/cases';
import { QueryView } from '../../components/QueryView';
import { ReferralFormModal } from './form/ReferralFormModal';
import { ReferralsTable } from './list/ReferralsTable';
import { NoConsentAlert } from './NoConsentAlert';
import { referralPath } from './referral-paths';
import { referralsQueries } from './referrals-queries';
import { useReferralPermissions } from './use-referral-permissions';

/**
 * The case page's "referrals" tab: the case's referrals and, for roles that refer, a new one.
 * Without the person's referral consent the tab says why nothing can be sent and how to record
 * it, and offers no button (main refuses anyway, and audits the attempt).
 */
export function ReferralsTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation(['referrals', 'shell']);
  const { canWrite } = useReferralPermissions();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { caseId, status } = file.case;
  const referrals = useQuery(referralsQueries.ofCase(caseId));
  const consent = file.consents.find((state) => state.purpose === 'referral')?.granted === true;
  const open = isOpenStatus(status);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4">
          {t('tab.title')}
        </Title>
        {canWrite && (
          <Button onClick={() => setCreating(true)} disabled={!consent || !open}>
            {t('tab.create')}
          </Button>
        )}
      </Group>
      {!consent && open && <NoConsentAlert />}
      {!open && (
        <Alert color="gray" variant="light">
          {t('tab.caseClosed')}
        </Alert>
      )}
      <QueryView
        query={referrals}
        errorTitle={t('tab.loadFailed')}
        isEmpty={(list) => list.length === 0}
        empty={<Text c="dimmed">{t('tab.empty')}</Text>}
      >
        {(list) => <ReferralsTable referrals={list} withPerson={false} />}
      </QueryView>
      {creating && (
        <ReferralFormModal
          caseId={caseId}
          onClose={() => setCreating(false)}
          onSaved={(referral) => void navigate(referralPath(referral.referralId))}
        />
      )}
    </Stack>
  );
}
