import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage, useKaonaMutation } from '../../api';
import { backupKeys } from './backup-queries';
import { JobProgressFor } from '../../components/JobProgressPanel';

/** "สำรองข้อมูลตอนนี้": main asks for the folder, then copies as a job (progress, cancel). */
export function BackupNow() {
  const { t } = useTranslation(['backup', 'shell']);
  const queryClient = useQueryClient();
  const create = useKaonaMutation({
    call: (api) => api.backup.create({}),
    onSuccess: (outcome) => {
      if (!outcome.done) return;
      notifications.show({
        color: 'teal',
        title: t('now.doneTitle'),
        message: t('now.doneBody', { folderName: outcome.folderName }),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      });
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: t('now.failedTitle'),
        message: errorMessage(error, t),
        closeButtonProps: { 'aria-label': t('shell:common.close') },
      }),
    // A cancelled or failed backup is in the history too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  });

  return (
    <Stack gap="xs" maw={560}>
      <Button
        size="md"
        onClick={() => create.mutate()}
        loading={create.isPending}
        data-testid="backup-now"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('now.button')}
      </Button>
      {/* A fresh bar per run: nothing from the previous backup's reports shows. */}
      <JobProgressFor
        key={create.submittedAt}
        kind="backup.create"
        active={create.isPending}
        labels={{
          preparing: t('now.preparing'),
          progress: (done, total) => t('now.progress', { done, total }),
          cancel: t('now.cancel'),
          bar: t('now.progressLabel'),
        }}
        testIds={{ progress: 'job-progress-backup.create', cancel: 'backup-cancel' }}
      />
    </Stack>
  );
}
