import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { JobKind, JobProgress } from '../../../shared/domain/jobs';
import { useKaonaMutation } from '../api';
import { onKaonaEvent } from '../api/kaona-events';

/**
 * The progress of the one job of `kind` that this screen started, while `active` (its mutation
 * is pending): null before the first event and after the job ends. Call `clear` in the
 * mutation's `onSettled` so the line goes in the same render as the result appears.
 */
export function useJobProgress(
  kind: JobKind,
  active: boolean,
): { job: JobProgress | null; clear: () => void } {
  const [job, setJob] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!active) return undefined;
    return onKaonaEvent('job.progress', (progress) => {
      if (progress.kind !== kind) return;
      // A writing job waits `queued` behind another writing job: show it as not started yet.
      setJob(progress.state === 'running' || progress.state === 'queued' ? progress : null);
    });
  }, [kind, active]);
  return { job: active ? job : null, clear: () => setJob(null) };
}

/** What a progress line says, in the feature's own namespace. */
export interface JobProgressLabels {
  preparing: string;
  progress: (done: number, total: number) => string;
  cancel: string;
  bar: string;
}

/** Test ids of the line and its cancel button, when a screen needs its own. */
export interface JobProgressTestIds {
  progress: string;
  cancel: string;
}

const DEFAULT_TEST_IDS: JobProgressTestIds = { progress: 'job-progress', cancel: 'job-cancel' };

/**
 * A running job's line: what is done of how much, a bar and a cancel button. Every long piece of
 * work shows the same line (PDF output, reports, import, backup, the subject export, restore);
 * the labels come from the feature, in its namespace.
 */
export function JobProgressPanel({
  job,
  labels,
  onCancel,
  cancelling,
  testIds = DEFAULT_TEST_IDS,
}: {
  job: JobProgress;
  labels: JobProgressLabels;
  onCancel: (jobId: string) => void;
  cancelling: boolean;
  testIds?: JobProgressTestIds;
}) {
  const total = job.total;
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid={testIds.progress}>
      <Group gap="sm" justify="space-between" wrap="nowrap">
        <Text size="sm">
          {total === null || total === 0 ? labels.preparing : labels.progress(job.done, total)}
        </Text>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => onCancel(job.jobId)}
          loading={cancelling}
          data-testid={testIds.cancel}
        >
          {labels.cancel}
        </Button>
      </Group>
      <Progress value={total ? Math.round((job.done / total) * 100) : 0} aria-label={labels.bar} />
    </Stack>
  );
}

/**
 * The line for the job of `kind` that this screen's pending call started, cancelled through
 * `jobs.cancel`; nothing while no such job runs. For calls that wait for their job (backup,
 * import); a screen with its own cancel (restore before sign-in) uses the hook and the panel.
 */
export function JobProgressFor({
  kind,
  active,
  labels,
  testIds,
}: {
  kind: JobKind;
  active: boolean;
  labels: JobProgressLabels;
  testIds?: JobProgressTestIds;
}) {
  const { job } = useJobProgress(kind, active);
  const cancel = useKaonaMutation({ call: (api, jobId: string) => api.jobs.cancel({ jobId }) });
  if (!job) return null;
  return (
    <JobProgressPanel
      job={job}
      labels={labels}
      onCancel={(jobId) => cancel.mutate(jobId)}
      cancelling={cancel.isPending}
      {...(testIds ? { testIds } : {})}
    />
  );
}
