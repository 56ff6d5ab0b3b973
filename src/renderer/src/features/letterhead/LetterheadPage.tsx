import { Alert, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { LetterheadForm } from './LetterheadForm';
import { letterheadKeys, letterheadQueries } from './letterhead-queries';
import { SignersSection } from './SignersSection';

/** The admin's page of the letterhead and signers (settings area). */
export function LetterheadPage() {
  const { t } = useTranslation('letterhead');
  const { role } = useSignedInUser();
  if (!roleHasPermission(role, 'letterhead.manage'))
    return (
      <Stack gap="lg">
        <PageHeader title={t('title')} />
        <Alert color="gray" variant="light">
          {t('adminOnly')}
        </Alert>
      </Stack>
    );
  return <LetterheadEditor />;
}

function LetterheadEditor() {
  const { t } = useTranslation('letterhead');
  const queryClient = useQueryClient();
  const letterhead = useQuery(letterheadQueries.letterhead());
  const signers = useQuery(letterheadQueries.signers());
  const [staleNotice, setStaleNotice] = useState(false);

  async function reload() {
    await queryClient.invalidateQueries({ queryKey: letterheadKeys.all });
    setStaleNotice(true);
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <Alert color="blue" variant="light" title={t('emblemNotice.title')}>
        {t('emblemNotice.body')}
      </Alert>
      {staleNotice && (
        <Alert
          color="yellow"
          variant="light"
          role="alert"
          withCloseButton
          onClose={() => setStaleNotice(false)}
        >
          {t('reasons.stale_version')}
        </Alert>
      )}
      <QueryView query={letterhead} errorTitle={t('loadFailed')}>
        {(initial) => (
          <QueryView query={signers} errorTitle={t('loadFailed')}>
            {(list) => (
              // A new version (after a save or a reload) starts the form from what main has.
              <LetterheadForm
                key={initial.version}
                initial={initial}
                signers={list}
                onStale={() => void reload()}
              />
            )}
          </QueryView>
        )}
      </QueryView>
      <QueryView query={signers} errorTitle={t('loadFailed')}>
        {(list) => <SignersSection signers={list} />}
      </QueryView>
    </Stack>
  );
}
