import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Progress,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { restoreMethods } from '../../../../shared/contract/methods/restore';
import type { SessionInfo } from '../../../../shared/domain/accounts';
import type { JobProgress } from '../../../../shared/domain/jobs';
import type {
  RestoreContents,
  RestoreManifestSummary,
  RestoreSource,
} from '../../../../shared/domain/restore';
import {
  callKaona,
  errorMessage,
  onKaonaEvent,
  toKaonaApiError,
  type KaonaApiError,
} from '../../api';
import { PasswordField } from '../../components/PasswordField';
import { fieldErrorMessage } from '../../components/field-error';
import { ThrottleAlert } from '../auth/throttle/ThrottleAlert';
import { useCountdown } from '../auth/throttle/use-countdown';
import { RestoreContentsTable } from './RestoreContentsTable';

const unlockSchema = restoreMethods['restore.unlock'].input;
type UnlockValues = z.input<typeof unlockSchema>;

type Stage =
  | { step: 'choose'; source: RestoreSource | null; none: boolean }
  | { step: 'verifying'; source: RestoreSource }
  | { step: 'password'; summary: RestoreManifestSummary }
  | { step: 'contents'; contents: RestoreContents }
  | { step: 'done'; info: SessionInfo };

const STEP_INDEX = { choose: 0, verifying: 1, password: 2, contents: 3, done: 4 } as const;

/**
 * Restore from a backup, step by step: choose the folder → main checks every file (progress,
 * cancel) → an admin password OF THE BACKUP → what it contains → confirm (the current data is
 * kept as a dated copy) → done → sign in. The same flow on the admin's `/restore` page and on
 * the first-run and database-missing screens; main decides who may use it.
 */
export function RestoreFlow({
  onFinished,
  onCancel,
}: {
  /** After "done": hand main's session (signed out) to the app, which shows sign-in. */
  onFinished: (info: SessionInfo) => void;
  /** Leaves the flow (back to setup); absent on the admin's page. */
  onCancel?: () => void;
}) {
  const { t } = useTranslation(['restore', 'auth', 'shell']);
  const [stage, setStage] = useState<Stage>({ step: 'choose', source: null, none: false });
  const [failure, setFailure] = useState<KaonaApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<JobProgress | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const throttle = useCountdown();
  const form = useForm<UnlockValues>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { userName: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const verifying = stage.step === 'verifying';
  useEffect(() => {
    if (!verifying) return undefined;
    return onKaonaEvent('job.progress', (progress) => {
      if (progress.kind === 'backup.restore')
        setJob(progress.state === 'running' ? progress : null);
    });
  }, [verifying]);

  const run = async (work: () => Promise<void>) => {
    setFailure(null);
    setBusy(true);
    try {
      await work();
    } catch (caught) {
      setFailure(toKaonaApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    run(async () => {
      const source = await callKaona((api) => api.restore.choose());
      setStage({ step: 'choose', source, none: source === null });
    });

  const verify = async (source: RestoreSource) => {
    setFailure(null);
    setStage({ step: 'verifying', source });
    try {
      const summary = await callKaona((api) => api.restore.inspect());
      setStage({ step: 'password', summary });
    } catch (caught) {
      setFailure(toKaonaApiError(caught));
      setStage({ step: 'choose', source, none: false });
    } finally {
      setJob(null);
    }
  };

  const unlock = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const contents = await callKaona((api) => api.restore.unlock(values));
      form.reset({ userName: values.userName, password: '' });
      setConfirmed(false);
      setStage({ step: 'contents', contents });
    } catch (caught) {
      const error = toKaonaApiError(caught);
      form.resetField('password');
      if (error.reason === 'throttled') throttle.start(error.retryAfterSeconds ?? 30);
      else setFailure(error);
    }
  });

  const apply = (contents: RestoreContents) =>
    run(async () => {
      const info = await callKaona((api) => api.restore.apply({ token: contents.token }));
      setStage({ step: 'done', info });
    });

  // A check that was running ends as `restore_cancelled`, which stays on screen: "nothing changed".
  const cancel = async () => {
    setFailure(null);
    await callKaona((api) => api.restore.cancel()).catch(() => undefined);
    setStage({ step: 'choose', source: null, none: false });
  };

  const leave = async () => {
    await cancel();
    onCancel?.();
  };

  const total = job?.total ?? null;
  const percent = job && total ? Math.floor((job.done / total) * 100) : 0;

  return (
    <Stack gap="lg" data-testid="restore-flow">
      <Stepper active={STEP_INDEX[stage.step]} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('flow.choose')} />
        <Stepper.Step label={t('flow.verify')} />
        <Stepper.Step label={t('flow.password')} />
        <Stepper.Step label={t('flow.contentsTitle')} />
        <Stepper.Step label={t('flow.doneTitle')} />
      </Stepper>
      {failure && (
        <Alert color="red" variant="light" role="alert" title={t('flow.failedTitle')}>
          {errorMessage(failure, t)}
        </Alert>
      )}

      {stage.step === 'choose' && (
        <Stack gap="md">
          <Text>{t('flow.intro')}</Text>
          {stage.none && <Text c="red.8">{t('flow.noFolder')}</Text>}
          {stage.source && (
            <Text fw={700} data-testid="restore-folder">
              {t('flow.chosen', { folderName: stage.source.folderName })}
            </Text>
          )}
          <Group>
            <Button
              variant={stage.source ? 'default' : 'filled'}
              onClick={() => void choose()}
              loading={busy}
              data-testid="restore-choose"
            >
              {t('flow.choose')}
            </Button>
            {stage.source && (
              <Button onClick={() => void verify(stage.source!)} data-testid="restore-verify">
                {t('flow.verify')}
              </Button>
            )}
            {onCancel && (
              <Button variant="subtle" onClick={() => void leave()}>
                {t('flow.back')}
              </Button>
            )}
          </Group>
        </Stack>
      )}

      {stage.step === 'verifying' && (
        <Stack gap={4} role="status" aria-live="polite" data-testid="restore-progress">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {total === null ? t('flow.verifying') : t('flow.progress', { percent })}
            </Text>
            <Button size="xs" variant="subtle" color="red" onClick={() => void cancel()}>
              {t('flow.cancel')}
            </Button>
          </Group>
          <Progress value={percent} aria-label={t('flow.progressLabel')} />
        </Stack>
      )}

      {stage.step === 'password' && (
        <form onSubmit={unlock} noValidate>
          <Stack gap="md">
            <Alert color="teal" variant="light">
              {t('flow.verified', { files: stage.summary.files })}
            </Alert>
            <Text>{t('flow.passwordIntro')}</Text>
            <ThrottleAlert secondsLeft={throttle.secondsLeft} />
            <TextInput
              label={t('flow.userName')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              error={fieldErrorMessage(errors.userName, t)}
              data-testid="restore-username"
              {...form.register('userName')}
            />
            <PasswordField
              label={t('flow.password')}
              autoComplete="off"
              error={fieldErrorMessage(errors.password, t)}
              data-testid="restore-password"
              {...form.register('password')}
            />
            <Group>
              <Button
                type="submit"
                loading={isSubmitting}
                disabled={throttle.secondsLeft > 0}
                data-testid="restore-open"
              >
                {throttle.secondsLeft > 0
                  ? t('auth:throttle.button', { seconds: throttle.secondsLeft })
                  : t('flow.open')}
              </Button>
              <Button variant="subtle" onClick={() => void cancel()}>
                {t('flow.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}

      {stage.step === 'contents' && (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('flow.contentsTitle')}
          </Title>
          <RestoreContentsTable contents={stage.contents} />
          <Alert color="orange" variant="light" role="note" title={t('flow.confirmTitle')}>
            {t('flow.confirmWarning')}
          </Alert>
          <Checkbox
            label={t('flow.confirmCheck')}
            checked={confirmed}
            data-testid="restore-confirm"
            onChange={(event) => setConfirmed(event.currentTarget.checked)}
          />
          <Group>
            <Button
              color="red"
              disabled={!confirmed}
              loading={busy}
              onClick={() => void apply(stage.contents)}
              data-testid="restore-apply"
            >
              {t('flow.apply')}
            </Button>
            <Button variant="subtle" onClick={() => void cancel()}>
              {t('flow.cancel')}
            </Button>
          </Group>
        </Stack>
      )}

      {stage.step === 'done' && (
        <Stack gap="md" role="status" data-testid="restore-done">
          <Title order={2} size="h4">
            {t('flow.doneTitle')}
          </Title>
          <Text>{t('flow.doneBody')}</Text>
          <Button onClick={() => onFinished(stage.info)} data-testid="restore-sign-in">
            {t('flow.signIn')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
